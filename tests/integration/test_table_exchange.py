"""Spreadsheets both ways: guessed shape, column mapping, preview, import and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.clock import FixedClock
from trainer.domain import CardKind
from trainer.services import Collection
from trainer.services.exchange import collect_exports
from trainer.services.table_import import (
    apply_table,
    export_table,
    import_table,
    preview_table,
    read_table,
)


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Collection:
    collection = Collection.open(tmp_path / "c.sqlite3", clock=clock)
    yield collection
    collection.close()


def test_a_tab_separated_sheet_with_a_header_is_guessed_and_imported(col: Collection,
                                                                   tmp_path: Path) -> None:
    sheet = tmp_path / "ward-questions.tsv"
    sheet.write_text("Tags\tQuestion\tAnswer\tSource\n"
                     "basics\tWhat does ALL stand for?\tAcute lymphoblastic leukaemia\t"
                     "Ward handbook, lines 3-4\n"
                     "drugs\tWhich drug is given intrathecally?\tMethotrexate\t\n")
    guess = read_table(sheet)
    assert (guess.delimiter_name, guess.has_header) == ("tab", True)
    assert guess.mapping == {"front": 1, "back": 2, "tags": 0, "source": 3}
    preview = preview_table(col, guess)
    assert "2 rows, separated by tab, with a header row" in preview.summary()
    assert "ward-questions (new deck): 2 new" in preview.summary()
    assert not col.deck_counts()
    apply_table(col, preview)
    (export,) = collect_exports(col)
    cards = {c.prompt: c for c in export.cards}
    assert cards["What does ALL stand for?"].answer == "Acute lymphoblastic leukaemia"
    assert cards["What does ALL stand for?"].tags == ("basics",)
    assert cards["What does ALL stand for?"].explanation == "Source: Ward handbook, lines 3–4"
    sheet.write_text(sheet.read_text().replace("Methotrexate", "Methotrexate (MTX)"))
    again = preview_table(col, read_table(sheet))
    assert [(d.new, d.changed, d.unchanged) for d in again.decks] == [(0, 1, 1)]


def test_the_user_can_change_the_guessed_mapping(col: Collection, tmp_path: Path) -> None:
    sheet = tmp_path / "swapped.csv"
    sheet.write_text("Answer first,Question second\nLymphoblasts,Which cells fill the marrow?\n")
    assert not read_table(sheet).has_header  # no known column names: a guess the user fixes
    guess = read_table(sheet, has_header=True)
    assert guess.columns == ["Answer first", "Question second"]
    preview = preview_table(col, guess, {"front": 1, "back": 0})
    apply_table(col, preview)
    (export,) = collect_exports(col)
    assert [(c.prompt, c.answer) for c in export.cards] == [
        ("Which cells fill the marrow?", "Lymphoblasts")]


def test_ankis_own_text_export_is_read(col: Collection, tmp_path: Path) -> None:
    notes = tmp_path / "anki-notes.txt"
    notes.write_text("#separator:tab\n#html:true\n#tags column:3\n"
                     "CD19\tB-cell marker\tmarkers\nCD3\tT-cell marker\tmarkers\n")
    guess = read_table(notes)
    assert guess.delimiter == "\t" and not guess.has_header
    assert guess.mapping["tags"] == 2 and len(guess.rows) == 2
    import_table(col, notes)
    (export,) = collect_exports(col)
    assert {c.prompt for c in export.cards} == {"CD19", "CD3"}


def test_a_deck_exported_as_csv_comes_back_as_the_same_cards(col: Collection, tmp_path: Path,
                                                            clock: FixedClock) -> None:
    col.import_bundled_decks()
    out = tmp_path / "targets.csv"
    rows = export_table(col, "all-drug-targets", out)
    assert out.read_text().splitlines()[0] == "front,back,tags,deck,relation,source"
    (original,) = collect_exports(col, deck_ids=["all-drug-targets"])
    assert rows == len({c.sibling for c in original.cards})
    other = Collection.open(tmp_path / "other.sqlite3", clock=clock)
    import_table(other, out)
    (back,) = collect_exports(other)
    other.close()

    def shown(cards: tuple) -> set[tuple[CardKind, str, str]]:
        return {(c.kind, c.prompt, c.answer) for c in cards}

    assert shown(back.cards) == shown(original.cards)
    assert back.deck.title == "ALL: drugs and their targets"
