"""Spreadsheets in and out: preview and import a CSV/TSV with a column mapping, and
export a deck's cards as CSV.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.interop.table import TableError, TableGuess, build_decks, read_table, write_table
from trainer.services.cancel import CancelToken, Progress
from trainer.services.import_preview import DeckPreview, compare_deck
from trainer.services.library import import_deck_object
from trainer.services.reports import ImportReport

if TYPE_CHECKING:
    from trainer.services.collection import Collection

__all__ = ["TableError", "TableGuess", "TablePreview", "apply_table", "export_table",
           "import_table", "preview_table", "read_table"]


@dataclass(slots=True)
class TablePreview:
    guess: TableGuess
    mapping: dict[str, int]
    decks: list[DeckPreview]

    def summary(self) -> str:
        g = self.guess
        shape = (f"{g.path}: {len(g.rows)} rows, separated by {g.delimiter_name}, "
                 f"{'with' if g.has_header else 'without'} a header row")
        columns = ", ".join(f"{name} = {g.columns[i]}" for name, i in self.mapping.items()
                            if i < len(g.columns))
        return "\n".join([shape, f"Columns: {columns}", *(d.line() for d in self.decks)])


def preview_table(collection: Collection, guess: TableGuess,
                  mapping: Mapping[str, int] | None = None) -> TablePreview:
    """What importing ``guess`` with ``mapping`` would change; TableError on bad rows."""
    chosen = dict(mapping or guess.mapping)
    decks = build_decks(guess, chosen)
    with collection.engine.connect() as conn:
        previews = [compare_deck(conn, deck)[0] for deck in decks]
    return TablePreview(guess=guess, mapping=chosen, decks=previews)


def apply_table(collection: Collection, preview: TablePreview, *,
                progress: Progress | None = None,
                cancel: CancelToken | None = None) -> ImportReport:
    """Import the previewed decks in one transaction (all or nothing)."""
    decks = build_decks(preview.guess, preview.mapping)
    now = collection.clock.now()
    report = ImportReport()
    with collection.engine.begin() as conn:
        for index, deck in enumerate(decks):
            if cancel:
                cancel.check()
            if progress:
                progress(index, len(decks), deck.title)
            digest = hashlib.sha256(json.dumps(
                [repr(deck), preview.mapping], sort_keys=True).encode()).hexdigest()
            report.decks.append(import_deck_object(conn, deck, origin=preview.guess.path,
                                                   digest=digest, now=now, cancel=cancel))
        if cancel:
            cancel.check()
    collection.content_changed()
    return report


def import_table(collection: Collection, path: Path, *, dry_run: bool = False) -> str:
    """Guess, preview and (unless ``dry_run``) import a spreadsheet; returns what it did."""
    preview = preview_table(collection, read_table(path))
    if dry_run:
        return preview.summary() + "\nNothing was written (--dry-run)."
    report = apply_table(collection, preview)
    return preview.summary() + "\n" + report.summary()


def export_table(collection: Collection, deck_id: str, output: Path) -> int:
    """Write a deck as CSV (front, back, tags, deck, relation, source); returns the rows.

    A fact is one row (subject, objects, its relation); every other card is one row with
    its question and answer as the learner sees them.
    """
    from trainer.interop.anki.notes import source_text
    from trainer.services.exchange import collect_exports

    (export,) = collect_exports(collection, deck_ids=[deck_id])
    facts = {f.id: f for f in export.deck.facts}
    sources = {s.id: s for s in export.deck.sources}
    out: list[list[str]] = []
    done: set[str] = set()
    for card in export.cards:
        fact = facts.get(card.sibling)
        if fact is not None:  # one row per fact: it makes the same cards when read back
            if fact.id not in done:
                done.add(fact.id)
                out.append([fact.subject, "; ".join(fact.objects), " ".join(card.tags),
                            export.deck.title, fact.relation.value,
                            source_text(fact.sources, sources)])
            continue
        cite = source_text((card.source,), sources) if card.source else ""
        out.append([card.prompt, card.answer, " ".join(card.tags), export.deck.title, "",
                    cite])
    if Path(output).suffix.lower() not in (".csv", ".tsv", ".txt"):
        raise TableError(f"{output}: choose a file name ending in .csv (or .tsv).")
    try:
        write_table(out, Path(output), delimiter="\t" if Path(output).suffix.lower() == ".tsv"
                    else ",")
    except OSError as exc:
        raise TableError(f"{output}: the file could not be written ({exc.strerror or exc}). "
                         "Choose a folder you can write to.") from exc
    return len(out)
