"""Write an Anki package (.apkg): decks with their options, notes, and the schedule.

genanki supplies the collection schema and the note types; the rows are written here, so
note and card ids are stable (derived from Trainer's ids) and modification times real.
The file is built under a temporary name and renamed, so a failed export leaves nothing.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from trainer.domain import Deck
from trainer.interop.anki import notetypes as nt
from trainer.interop.anki.bundle import ExportDeck, ExportResult
from trainer.interop.anki.notes import NotePlan, plan_notes
from trainer.interop.anki.schedule import CollectionDay, card_columns, revlog_rows

_TAG = re.compile(r"<[^>]*>")
DECK_META = re.compile(r"<!--trainer:(.*?)-->", re.DOTALL)


def derived_id(text: str) -> int:
    """An id in Anki's range (milliseconds since 2001-2017), the same for the same text."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)
    return 1_000_000_000_000 + digest % 500_000_000_000


def checksum(first_field: str) -> int:
    """Anki's duplicate-check sum: the first 8 hex digits of SHA-1 of the stripped field."""
    plain = _TAG.sub("", first_field).strip()
    return int(hashlib.sha1(plain.encode("utf-8")).hexdigest()[:8], 16)


def anki_deck_name(deck: Deck) -> str:
    """``"ALL::Drug targets"``: Anki nests decks by ``::`` in their names."""
    title = deck.title.replace("::", ":")
    group = deck.group.replace("::", ":").strip()
    return f"{group}::{title}" if group else title


def _deck_options(deck: Deck, base: dict[str, Any], conf_id: int, mod: int) -> dict[str, Any]:
    s = deck.settings
    conf = copy.deepcopy(base)
    conf.update(id=conf_id, name=f"Trainer: {deck.title}", mod=mod, usn=-1,
                desiredRetention=s.desired_retention)
    conf["new"].update(perDay=s.new_per_day, delays=list(s.learning_steps_minutes))
    conf["rev"].update(perDay=s.reviews_per_day, maxIvl=s.maximum_interval_days)
    conf["lapse"].update(delays=list(s.relearning_steps_minutes))
    return conf


def _deck_json(deck_id: int, name: str, conf_id: int, mod: int, desc: str) -> dict[str, Any]:
    return {"id": deck_id, "name": name, "conf": conf_id, "desc": desc, "mod": mod, "usn": -1,
            "collapsed": False, "browserCollapsed": False, "dyn": 0, "extendNew": 0,
            "extendRev": 0, "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0],
            "timeToday": [0, 0]}


def _deck_meta(deck: Deck) -> str:
    """What Trainer needs to read the deck back, hidden in the description as a comment."""
    payload = {"id": deck.id, "title": deck.title, "group": deck.group,
               "sources": [{"id": s.id, "file": s.file, "title": s.title, "sha256": s.sha256}
                           for s in deck.sources]}
    text = json.dumps(payload, ensure_ascii=False).replace("--", "\\u002d\\u002d")
    return f"<!--trainer:{text}-->"


def write_apkg(exports: Sequence[ExportDeck], output: Path, *, now: datetime,
               with_schedule: bool = False) -> ExportResult:
    """Write ``exports`` to ``output`` (.apkg); returns what went in."""
    output = Path(output)
    with tempfile.TemporaryDirectory(prefix="trainer-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            result = _fill(conn, exports, now=now, with_schedule=with_schedule)
            conn.commit()
        finally:
            conn.close()
        tmp = output.with_name(f".{output.name}.part")
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as package:
                package.write(db_path, "collection.anki2")
                package.writestr("media", "{}")
            os.replace(tmp, output)
        finally:
            tmp.unlink(missing_ok=True)
    return result


def _fill(conn: sqlite3.Connection, exports: Sequence[ExportDeck], *, now: datetime,
          with_schedule: bool) -> ExportResult:
    cur = conn.cursor()
    cur.executescript(APKG_SCHEMA)
    cur.executescript(APKG_COL)
    day = CollectionDay.around(now)
    mod_s, mod_ms = int(now.timestamp()), int(now.timestamp() * 1000)
    conf = json.loads(cur.execute("SELECT conf FROM col").fetchone()[0])
    # Without schedVer, Anki reads the package as its first scheduler's and renumbers
    # the answer buttons of learning reviews.
    conf["schedVer"] = 2
    cur.execute("UPDATE col SET crt = ?, mod = ?, scm = ?, conf = ?",
                (day.crt, mod_ms, mod_ms, json.dumps(conf)))
    base_conf = json.loads(cur.execute("SELECT dconf FROM col").fetchone()[0])["1"]
    decks_json: dict[str, Any] = json.loads(cur.execute("SELECT decks FROM col").fetchone()[0])
    dconf: dict[str, Any] = {"1": base_conf}
    models = {str(m.model_id): m.to_json(mod_s, 1) for m in nt.ALL_MODELS}
    for m in models.values():
        m["mod"] = mod_s
    notes = cards = reviews = 0
    used_review_ids: set[int] = set()
    for export in exports:
        deck = export.deck
        name = anki_deck_name(deck)
        conf_id = nt.stable_id(f"conf:{deck.id}")
        dconf[str(conf_id)] = _deck_options(deck, base_conf, conf_id, mod_s)
        parts = name.split("::")
        for depth in range(1, len(parts)):
            parent = "::".join(parts[:depth])
            parent_id = nt.stable_id(f"deck-name:{parent}")
            decks_json.setdefault(str(parent_id), _deck_json(parent_id, parent, 1, mod_s, ""))
        anki_id = nt.stable_id(f"deck:{deck.id}")
        desc = "\n".join(p for p in (deck.description, _deck_meta(deck)) if p)
        decks_json[str(anki_id)] = _deck_json(anki_id, name, conf_id, mod_s, desc)
        plans = plan_notes(deck, export.cards)
        position = {card.key: i for i, card in enumerate(export.cards)}
        note_rows, card_rows, review_rows = [], [], []
        for plan in plans:
            note_id = derived_id(plan.guid)
            note_rows.append(_note_row(note_id, plan, mod_s))
            for ordinal, key in plan.keys.items():
                schedule = export.schedules.get(key) if with_schedule else None
                card_id = derived_id(f"{plan.guid}#{ordinal}")
                sched = card_columns(schedule, day=day, position=position.get(key, 0),
                                     desired_retention=deck.settings.desired_retention)
                card_rows.append((card_id, note_id, anki_id, ordinal, mod_s, *sched))
                if schedule is not None and schedule.reviews:
                    review_rows.extend(revlog_rows(card_id, schedule.reviews, used_review_ids))
        # One executemany a table: a 30,000-note export writes in well under a second.
        cur.executemany("INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,?,0,'')", note_rows)
        cur.executemany(
            "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, "
            "reps, lapses, left, odue, odid, flags, data) "
            "VALUES (?,?,?,?,?,-1,?,?,?,?,?,?,?,?,0,0,0,?)", card_rows)
        cur.executemany("INSERT INTO revlog VALUES (?,?,-1,?,?,?,?,?,?)", review_rows)
        notes, cards, reviews = (notes + len(note_rows), cards + len(card_rows),
                                 reviews + len(review_rows))
    cur.execute("UPDATE col SET decks = ?, dconf = ?, models = ?",
                (json.dumps(decks_json), json.dumps(dconf), json.dumps(models)))
    return ExportResult(decks=len(exports), notes=notes, cards=cards, reviews=reviews)


def _note_row(note_id: int, plan: NotePlan, mod_s: int) -> tuple[object, ...]:
    """(id, guid, mid, mod, tags, flds, sfld, csum) of one note."""
    sort_field = _TAG.sub("", plan.fields[plan.model.sort_field_index])
    tags = f" {' '.join(plan.tags)} " if plan.tags else ""
    return (note_id, plan.guid, plan.model.model_id, mod_s, tags, "\x1f".join(plan.fields),
            sort_field, checksum(plan.fields[0]))
