"""Managing decks: create, rename, move to a group, delete, and undo each of these.

A deck keeps its id whatever the learner does to it, so importing its file again still
updates it; a renamed or moved deck keeps the learner's title and group on that import.
Deleting a deck removes its cards and their review history, so a backup of the whole
collection is taken first and everything removed is kept for Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from trainer.clock import Clock
from trainer.services.changes import OpChanges
from trainer.services.generation import deck_id_for
from trainer.storage import tables as db
from trainer.storage.backups import take as take_backup
from trainer.storage.codec import ms

_MAX_TITLE = 200


class DeckAdminError(ValueError):
    """A deck operation that cannot be done; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class DeletePreview:
    """What deleting some decks would remove, for the question asked first."""

    deck_ids: tuple[str, ...]
    titles: tuple[str, ...]
    cards: int
    reviews: int

    def question(self) -> str:
        what = (f"the deck “{self.titles[0]}”" if len(self.titles) == 1
                else f"{len(self.titles)} decks")
        return (f"Delete {what}? This removes {self.cards} card{'s' * (self.cards != 1)} "
                f"and {self.reviews} review{'s' * (self.reviews != 1)} from your history. "
                "A backup is kept, and Undo (Ctrl+Z) brings them back.")


@dataclass(slots=True)
class DeckOp:
    """What one operation changed: enough to show it and to undo it."""

    kind: str  # create | rename | move | delete
    deck_ids: tuple[str, ...]
    description: str
    # table name -> rows as they were before (delete); or deck id -> (title, group, renamed)
    saved: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    before: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    backup_path: Path | None = None

    @property
    def changes(self) -> OpChanges:
        """What the operation changed; its undo puts the same rows back, so it changes the same."""
        if self.kind == "delete":  # the decks' cards, their schedules and history went too
            return OpChanges(cards=True, study=True, decks=True, deck_config=True,
                             review_log=True, deck_ids=self.deck_ids)
        # A renamed group takes its exam date along (an exam plan is deck configuration).
        return OpChanges(decks=True, deck_config="group" in self.saved, deck_ids=self.deck_ids)


# Tables a deck's rows live in, parents first (the order to put them back in).
_DECK_TABLES: tuple[tuple[Table, str], ...] = (
    (db.decks, "id"), (db.facts, "deck_id"), (db.cards, "deck_id"),
    (db.deck_overrides, "deck_id"),
)
_CARD_TABLES: tuple[Table, ...] = (db.card_states, db.card_marks, db.review_log, db.cram_log)


class DeckAdmin:
    """Deck operations on one collection; each returns a :class:`DeckOp` for Undo."""

    def __init__(self, engine: Engine, *, clock: Clock, path: Path | None,
                 changed: Callable[[], None] = lambda: None) -> None:
        self._engine = engine
        self._clock = clock
        self._path = path  # the collection file, for the backup before a delete
        self._changed = changed  # lets the collection drop cached counts

    # -- create, rename, move ----------------------------------------------------------
    def create(self, *, title: str, group: str = "") -> DeckOp:
        """A new empty deck, for cards added by hand."""
        title, group = _clean(title, "deck name"), group.strip()
        with self._engine.begin() as conn:
            taken = {r[0] for r in conn.execute(select(db.decks.c.id))}
            base = deck_id_for(title)
            deck_id, n = base, 2
            while deck_id in taken:
                deck_id, n = f"{base[:76]}-{n}", n + 1
            conn.execute(insert(db.decks).values(
                id=deck_id, title=title, group_name=group, description="", file_settings="{}",
                sources="[]", content_hash="", source_path=None,
                imported_at=ms(self._clock.now()), renamed=True))
        self._changed()
        return DeckOp("create", (deck_id,), f"Created the deck “{title}”")

    def rename(self, *, deck_id: str, title: str) -> DeckOp:
        title = _clean(title, "deck name")
        with self._engine.begin() as conn:
            before = _names(conn, [deck_id])
            conn.execute(update(db.decks).where(db.decks.c.id == deck_id)
                         .values(title=title, renamed=True))
        self._changed()
        return DeckOp("rename", (deck_id,), f"Renamed “{before[deck_id][0]}” to “{title}”",
                      before=before)

    def move(self, *, deck_ids: Sequence[str], group: str) -> DeckOp:
        """Put decks in a group ("" for no group); a group is just a name decks share."""
        group = group.strip()
        with self._engine.begin() as conn:
            before = _names(conn, deck_ids)
            conn.execute(update(db.decks).where(db.decks.c.id.in_(list(deck_ids)))
                         .values(group_name=group, renamed=True))
        self._changed()
        where = f"the group “{group}”" if group else "no group"
        what = (f"“{before[deck_ids[0]][0]}”" if len(deck_ids) == 1
                else f"{len(deck_ids)} decks")
        return DeckOp("move", tuple(deck_ids), f"Moved {what} to {where}", before=before)

    def rename_group(self, *, group: str, new_name: str) -> DeckOp:
        """Rename a group: every deck in it moves to the new name, and so does its exam."""
        new_name = _clean(new_name, "group name")
        with self._engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(db.decks.c.id)
                                              .where(db.decks.c.group_name == group))]
        if not ids:
            raise DeckAdminError(f"There is no group “{group}”; refresh the deck list (F5).")
        op = self.move(deck_ids=ids, group=new_name)
        with self._engine.begin() as conn:
            conn.execute(update(db.exam_dates).where(db.exam_dates.c.scope_kind == "group",
                                                     db.exam_dates.c.scope == group)
                         .values(scope=new_name))
        self._changed()
        op.description = f"Renamed the group “{group}” to “{new_name}”"
        op.saved["group"] = [{"old": group, "new": new_name}]
        return op

    # -- delete ------------------------------------------------------------------------
    def preview_delete(self, *, deck_ids: Sequence[str]) -> DeletePreview:
        with self._engine.connect() as conn:
            names = _names(conn, deck_ids)
            cards = conn.execute(select(func.count()).select_from(db.cards)
                                 .where(db.cards.c.deck_id.in_(list(deck_ids)))).scalar_one()
            reviews = conn.execute(
                select(func.count()).select_from(db.review_log).where(
                    db.review_log.c.card_id.in_(select(db.cards.c.id).where(
                        db.cards.c.deck_id.in_(list(deck_ids)))))).scalar_one()
        return DeletePreview(tuple(names), tuple(t for t, _g, _r in names.values()),
                             int(cards), int(reviews))

    def delete(self, *, deck_ids: Sequence[str]) -> DeckOp:
        """Delete decks with their cards and history, after a backup; Undo restores them."""
        preview = self.preview_delete(deck_ids=deck_ids)
        saved_backup = None
        if self._path is not None and self._path.exists() and preview.reviews:
            taken = take_backup(self._path, reason="before-deleting-decks",
                                when=self._clock.now())
            saved_backup = taken.path if taken is not None else None
        ids = list(preview.deck_ids)
        saved: dict[str, list[dict[str, Any]]] = {}
        with self._engine.begin() as conn:
            card_ids = select(db.cards.c.id).where(db.cards.c.deck_id.in_(ids))
            for table, column in _DECK_TABLES:
                saved[table.name] = _rows(conn, table, table.c[column].in_(ids))
            for table in _CARD_TABLES:
                saved[table.name] = _rows(conn, table, table.c.card_id.in_(card_ids))
            exam = (db.exam_dates.c.scope_kind == "deck") & db.exam_dates.c.scope.in_(ids)
            saved["exam_dates"] = _rows(conn, db.exam_dates, exam)
            saved["quiz_answers"] = [
                {"id": r[0], "card_id": r[1]} for r in conn.execute(
                    select(db.quiz_answers.c.id, db.quiz_answers.c.card_id)
                    .where(db.quiz_answers.c.card_id.in_(card_ids)))]
            # The review log refuses to lose a card's history silently (RESTRICT): it goes
            # first, on purpose; the rest follows the deck by cascade.
            conn.execute(delete(db.review_log).where(db.review_log.c.card_id.in_(card_ids)))
            conn.execute(delete(db.exam_dates).where(exam))
            conn.execute(delete(db.decks).where(db.decks.c.id.in_(ids)))
        self._changed()
        what = (f"the deck “{preview.titles[0]}”" if len(ids) == 1 else f"{len(ids)} decks")
        return DeckOp("delete", tuple(ids), f"Deleted {what} ({preview.cards} cards, "
                      f"{preview.reviews} reviews)", saved=saved, backup_path=saved_backup)

    # -- undo --------------------------------------------------------------------------
    def undo(self, op: DeckOp) -> str:
        """Put things back as they were before ``op``; returns what was undone."""
        with self._engine.begin() as conn:
            if op.kind == "create":
                used = conn.execute(select(func.count()).select_from(db.cards)
                                    .where(db.cards.c.deck_id == op.deck_ids[0])).scalar_one()
                if used:
                    raise DeckAdminError("Cards were added to the new deck since; delete the "
                                         "deck instead (Delete in the deck list).")
                conn.execute(delete(db.decks).where(db.decks.c.id == op.deck_ids[0]))
            elif op.kind in ("rename", "move"):
                for deck_id, (title, group, renamed) in op.before.items():
                    conn.execute(update(db.decks).where(db.decks.c.id == deck_id)
                                 .values(title=title, group_name=group, renamed=renamed))
                for change in op.saved.get("group", []):
                    conn.execute(update(db.exam_dates).where(
                        db.exam_dates.c.scope_kind == "group",
                        db.exam_dates.c.scope == change["new"]).values(scope=change["old"]))
            elif op.kind == "delete":
                try:
                    _restore(conn, op.saved)
                except IntegrityError as exc:
                    raise DeckAdminError(
                        "The deleted decks cannot come back: cards imported since use their "
                        "places. Restore the backup taken before the delete "
                        f"({op.backup_path or 'in the backups folder'}).") from exc
        self._changed()
        return f"Undone: {op.description[0].lower()}{op.description[1:]}"


def _clean(text: str, what: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise DeckAdminError(f"The {what} cannot be empty: type a name.")
    if len(text) > _MAX_TITLE:
        raise DeckAdminError(f"The {what} is too long: keep it under {_MAX_TITLE} characters.")
    return text


def _names(conn: Connection, deck_ids: Sequence[str]) -> dict[str, tuple[str, str, bool]]:
    rows = {r[0]: (r[1], r[2], bool(r[3])) for r in conn.execute(
        select(db.decks.c.id, db.decks.c.title, db.decks.c.group_name, db.decks.c.renamed)
        .where(db.decks.c.id.in_(list(deck_ids))))}
    missing = [d for d in deck_ids if d not in rows]
    if missing:
        raise DeckAdminError(f"There is no deck “{missing[0]}” any more; refresh the deck "
                             "list (F5).")
    return {d: rows[d] for d in deck_ids}


def _rows(conn: Connection, table: Table, where: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(table).where(where)).mappings()]


def _restore(conn: Connection, saved: dict[str, list[dict[str, Any]]]) -> None:
    for table in (*(t for t, _c in _DECK_TABLES), *_CARD_TABLES, db.exam_dates):
        rows = saved.get(table.name, [])
        if rows:
            conn.execute(insert(table), rows)
    for row in saved.get("quiz_answers", []):
        conn.execute(update(db.quiz_answers).where(db.quiz_answers.c.id == row["id"])
                     .values(card_id=row["card_id"]))

