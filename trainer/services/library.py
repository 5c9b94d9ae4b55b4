"""Importing deck files into the collection: atomic, idempotent, history-preserving.

A deck file is content; card states, the review log, marks and edits are the learner's.
Re-importing a changed deck updates content in place (cards keep their row ids, hence
their history), adds cards for new facts, and suspends - never deletes - cards whose
fact disappeared, so their reviews stay and come back if the fact returns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from json.encoder import encode_basestring, encode_basestring_ascii
from pathlib import Path

from sqlalchemy import Connection, Engine, func, insert, select, update

from trainer import __version__
from trainer.deckfile import DeckError, load_deck
from trainer.deckfile.load import gc_paused
from trainer.domain import CardKind, Citation, Deck
from trainer.services.cancel import CancelToken, Progress
from trainer.services.errors import DeckImportError
from trainer.services.reports import DeckChange, ImportReport
from trainer.storage import tables as db
from trainer.storage.codec import content_to_json, ms
from trainer.templates import render_cards

REMOVED = "removed"
_BATCH = 2000


Loaded = tuple[Path, Deck | DeckChange, str]


def load_decks(paths: Sequence[Path], *,
               known: dict[str, tuple[str, str]] | None = None) -> list[Loaded]:
    """Parse every file first, so one bad file stops the import before anything is written.

    A file whose bytes were already imported (``known``: hash -> (deck id, title)) is not
    parsed again; it stands as an unchanged DeckChange.
    """
    problems: list[str] = []
    decks: list[Loaded] = []
    for path in paths:
        try:
            digest = content_hash(path)
            if known and digest in known:
                deck_id, title = known[digest]
                decks.append((path, DeckChange(deck_id, title, unchanged=True), digest))
            else:
                decks.append((path, load_deck(path), digest))
        except DeckError as exc:
            problems.extend(str(p) for p in exc.problems)
        except OSError as exc:
            problems.append(f"{path}:1:1: cannot read the file ({exc.strerror or exc})")
    seen: dict[str, Path] = {}
    for path, deck, _digest in decks:
        deck_id = deck.deck_id if isinstance(deck, DeckChange) else deck.id
        if deck_id in seen:
            problems.append(f"{path}:1:1: deck id '{deck_id}' is also used by {seen[deck_id]}; "
                            "each deck needs its own id")
        seen[deck_id] = path
    if problems:
        raise DeckImportError(problems)
    return decks


def content_hash(path: Path) -> str:
    """Same file and same Trainer version: same cards, so a re-import can be skipped."""
    digest = hashlib.sha256(f"trainer {__version__}\n".encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()


def import_decks(engine: Engine, paths: Sequence[Path], *, now: datetime,
                 progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> ImportReport:
    """Import deck files in one transaction: all of them, or none on error or cancel."""
    with engine.connect() as conn:
        known = {h: (i, t) for i, t, h in conn.execute(
            select(db.decks.c.id, db.decks.c.title, db.decks.c.content_hash))}
    report = ImportReport()
    # One import makes several objects per card and no cycles: a cyclic collection midway
    # would only rescan them all.
    with gc_paused():
        decks = load_decks(paths, known=known)
        _write_decks(engine, decks, report, now=now, progress=progress, cancel=cancel)
    if progress:
        progress(len(decks), len(decks), "done")
    return report


def _write_decks(engine: Engine, decks: list[Loaded], report: ImportReport, *, now: datetime,
                 progress: Progress | None, cancel: CancelToken | None) -> None:
    with engine.begin() as conn:
        for index, (path, deck, digest) in enumerate(decks):
            if cancel:
                cancel.check()
            if progress:
                progress(index, len(decks), deck.title)
            if isinstance(deck, DeckChange):
                report.decks.append(deck)
                continue
            report.decks.append(_import_one(conn, deck, path, digest, now=now, cancel=cancel))
        if cancel:
            cancel.check()


def import_deck_object(conn: Connection, deck: Deck, *, origin: Path, digest: str,
                       now: datetime, cancel: CancelToken | None = None) -> DeckChange:
    """Add or update one deck read from elsewhere (an Anki package, a spreadsheet) inside
    the caller's transaction, exactly as a deck file is: history kept, gone cards retired."""
    return _import_one(conn, deck, origin, digest, now=now, cancel=cancel)


def _import_one(conn: Connection, deck: Deck, path: Path, digest: str, *, now: datetime,
                cancel: CancelToken | None) -> DeckChange:
    change = DeckChange(deck_id=deck.id, title=deck.title)
    existing = conn.execute(select(db.decks.c.content_hash, db.decks.c.renamed)
                            .where(db.decks.c.id == deck.id)).first()
    if existing is not None and existing[0] == digest:
        change.unchanged = True
        return change
    deck_values = {
        "title": deck.title, "group_name": deck.group, "description": deck.description,
        "file_settings": json.dumps(_settings_dict(deck), sort_keys=True),
        "sources": json.dumps([asdict(s) for s in deck.sources], sort_keys=True),
        "content_hash": digest, "source_path": str(path), "imported_at": ms(now),
    }
    if existing is None:
        conn.execute(insert(db.decks).values(id=deck.id, **deck_values))
    else:
        if existing[1]:  # the learner's own title and group win over the file's
            del deck_values["title"], deck_values["group_name"]
        conn.execute(update(db.decks).where(db.decks.c.id == deck.id).values(**deck_values))
    _sync_facts(conn, deck)
    _sync_cards(conn, deck, change, cancel)
    return change


def _settings_dict(deck: Deck) -> dict[str, object]:
    s = asdict(deck.settings)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in s.items()}


def _sync_facts(conn: Connection, deck: Deck) -> None:
    old = {r[0] for r in conn.execute(select(db.facts.c.fact_id)
                                      .where(db.facts.c.deck_id == deck.id))}
    # Tuples straight to the driver's executemany (insert() processed a dict per fact), and
    # the JSON written by hand exactly as json.dumps writes it: together most of this time.
    rows = [(f.relation.value, f.subject, _texts_json(f.objects), f.status.value,
             _citations_json(f.sources), deck.id, f.id) for f in deck.facts]
    fresh = [r for r in rows if r[-1] not in old]
    if fresh:
        conn.exec_driver_sql("INSERT INTO facts (relation, subject, objects, status, sources, "
                             "removed, deck_id, fact_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?)", fresh)
    kept = [r for r in rows if r[-1] in old]
    if kept:
        conn.exec_driver_sql("UPDATE facts SET relation = ?, subject = ?, objects = ?, "
                             "status = ?, sources = ?, removed = 0 "
                             "WHERE deck_id = ? AND fact_id = ?", kept)
    gone = old - {f.id for f in deck.facts}
    if gone:
        conn.execute(update(db.facts).where(db.facts.c.deck_id == deck.id,
                                           db.facts.c.fact_id.in_(gone)).values(removed=True))


def _texts_json(texts: Sequence[str]) -> str:
    """``json.dumps(list(texts), ensure_ascii=False)``, several times faster."""
    return "[" + ", ".join(map(encode_basestring, texts)) + "]"


def _citations_json(citations: Sequence[Citation]) -> str:
    """``json.dumps`` of the citations as {doc, lines, page} dicts, several times faster."""
    return "[" + ", ".join(
        '{"doc": ' + encode_basestring_ascii(c.doc) + ', "lines": [' + int.__repr__(c.lines[0])
        + ", " + int.__repr__(c.lines[1]) + '], "page": '
        + ("null" if c.page is None else json.dumps(c.page)) + "}" for c in citations) + "]"


def _sync_cards(conn: Connection, deck: Deck, change: DeckChange,
                cancel: CancelToken | None) -> None:
    rendered = render_cards(deck)
    change.no_cards = not rendered
    existing = {
        key: (cid, content, removed)
        for cid, key, content, removed in conn.execute(
            select(db.cards.c.id, db.cards.c.key, db.cards.c.content, db.cards.c.removed)
            .where(db.cards.c.deck_id == deck.id))
    }
    if not existing:  # a deck new to the collection: every card is new
        _add_cards(conn, deck.id, change, cancel, [
            (card.key, card.sibling, _KIND_TEXT[card.kind], content_to_json(card), position)
            for position, card in enumerate(rendered)])
        return
    next_position = len(existing)
    fresh: list[_NewCard] = []
    seen: set[str] = set()
    for position, card in enumerate(rendered, next_position):
        seen.add(card.key)
        payload = content_to_json(card)
        if card.key not in existing:
            fresh.append((card.key, card.sibling, _KIND_TEXT[card.kind], payload, position))
            continue
        card_id, old_payload, was_removed = existing[card.key]
        if old_payload != payload or was_removed:
            conn.execute(update(db.cards).where(db.cards.c.id == card_id).values(
                content=payload, sibling=card.sibling, kind=card.kind.value, removed=False))
            change.updated += old_payload != payload
        if was_removed:
            _restore(conn, card_id)
            change.restored += 1
    _add_cards(conn, deck.id, change, cancel, fresh)
    # Cards the learner added by hand are not in the file (until exported to it): keep them.
    mine = {r[0] for r in conn.execute(select(db.hand_cards.c.card_id)
                                       .where(db.hand_cards.c.deck_id == deck.id))}
    siblings = dict(conn.execute(select(db.cards.c.key, db.cards.c.sibling)
                                 .where(db.cards.c.deck_id == deck.id)).all()) if mine else {}
    for key, (card_id, _payload, removed) in existing.items():
        if key not in seen and not removed and siblings.get(key) not in mine:
            _retire(conn, card_id)
            change.removed += 1


def _add_cards(conn: Connection, deck_id: str, change: DeckChange, cancel: CancelToken | None,
               fresh: list[_NewCard]) -> None:
    for start in range(0, len(fresh), _BATCH):
        if cancel:
            cancel.check()
        _insert_cards(conn, deck_id, fresh[start:start + _BATCH])
    change.added = len(fresh)


_NewCard = tuple[str, str, str, str, int]  # key, sibling, kind, content JSON, position
_KIND_TEXT = {kind: kind.value for kind in CardKind}  # faster than Enum.value, once per card


def _insert_cards(conn: Connection, deck_id: str, rows: list[_NewCard]) -> None:
    # Ids assigned here so both tables go in with executemany: 100k cards in about a second.
    first = int(conn.execute(select(func.coalesce(func.max(db.cards.c.id), 0))).scalar_one()) + 1
    # a card is added when its deck is imported (the deck row already holds that instant)
    added = conn.execute(select(db.decks.c.imported_at)
                         .where(db.decks.c.id == deck_id)).scalar_one()
    conn.exec_driver_sql(
        "INSERT INTO cards (id, deck_id, key, sibling, kind, content, position, removed, "
        "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
        [(card_id, deck_id, *row, added) for card_id, row in enumerate(rows, first)])
    # New states made by SQLite from the rows just written, without a round trip per card.
    # A new card's due holds its position, so the queue index also orders new cards.
    conn.exec_driver_sql(
        "INSERT INTO card_states (card_id, deck_id, phase, due, reps, lapses, suspended, "
        "buried_until) SELECT id, deck_id, 0, position, 0, 0, 0, 0 FROM cards WHERE id >= ?",
        (first,))


def _retire(conn: Connection, card_id: int) -> None:
    conn.execute(update(db.cards).where(db.cards.c.id == card_id).values(removed=True))
    conn.execute(update(db.card_states).where(db.card_states.c.card_id == card_id)
                 .values(suspended=True))
    mark = conn.execute(select(db.card_marks.c.card_id, db.card_marks.c.suspended_reason)
                        .where(db.card_marks.c.card_id == card_id)).first()
    if mark is None:
        conn.execute(insert(db.card_marks).values(card_id=card_id, flag=0, leech=False,
                                                suspended_reason=REMOVED))
    elif mark[1] is None:
        conn.execute(update(db.card_marks).where(db.card_marks.c.card_id == card_id)
                     .values(suspended_reason=REMOVED))


def _restore(conn: Connection, card_id: int) -> None:
    """A retired card whose fact came back: unsuspend unless the learner suspended it."""
    mark = conn.execute(select(db.card_marks.c.suspended_reason)
                        .where(db.card_marks.c.card_id == card_id)).first()
    if mark is not None and mark[0] == REMOVED:
        conn.execute(update(db.card_marks).where(db.card_marks.c.card_id == card_id)
                     .values(suspended_reason=None))
        conn.execute(update(db.card_states).where(db.card_states.c.card_id == card_id)
                     .values(suspended=False))
