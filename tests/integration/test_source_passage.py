"""The S key shows the passage that supports the card's answer, named by document title."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from trainer.clock import FixedClock
from trainer.services import Collection

DECK = """\
format: 1
id: sources-deck
deck: Sources deck
sources:
  - id: d1
    file: overview.txt
    title: An overview of the disease
  - id: d2
    file: therapies.txt
    title: Targeted therapies
facts:
  - id: blin.drug_target
    relation: drug_target
    subject: blinatumomab
    object: CD19
    sources:
      - {doc: d1, lines: [2, 2]}
      - {doc: d2, lines: [3, 3]}
    status: accepted
"""

OVERVIEW = "Overview.\nNew drugs such as blinatumomab have changed treatment.\nEnd.\n"
THERAPIES = "Therapies.\nSome context.\nBlinatumomab binds CD19 on leukaemia cells.\nEnd.\n"


def test_the_passage_shown_is_the_one_naming_the_answer_under_its_title(
        tmp_path: Path, clock: FixedClock) -> None:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "overview.txt").write_text(OVERVIEW, encoding="utf-8")
    (docs / "therapies.txt").write_text(THERAPIES, encoding="utf-8")
    deck_file = tmp_path / "sources-deck.yaml"
    deck_file.write_text(DECK, encoding="utf-8")
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False) as col:
        col.import_deck_files([deck_file])
        col.set_app_settings(col.app_settings().with_changes(documents_dir=str(docs)))
        session = col.start_session()
        card = session.next_card()
        assert card is not None and card.content.answer == "CD19"
        # The first citation mentions the drug but not its target: the second one is shown.
        assert card.content.source is not None and card.content.source.doc == "d1"
        citation, passage = col.citation_passage(card)
        assert citation == "Targeted therapies (therapies.txt), line 3"
        assert passage is not None and "\u25b6    3  Blinatumomab binds CD19" in passage
        # The card's own text names documents by title, not by file name.
        assert card.content.explanation == (
            "Sources: An overview of the disease, line 2; Targeted therapies, line 3")


def test_without_the_documents_the_citation_is_still_named(
        tmp_path: Path, clock: FixedClock) -> None:
    deck_file = tmp_path / "sources-deck.yaml"
    deck_file.write_text(DECK, encoding="utf-8")
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False) as col:
        col.import_deck_files([deck_file])
        col.set_app_settings(col.app_settings().with_changes(
            documents_dir=str(tmp_path / "missing")))
        card = col.start_session().next_card()
        assert card is not None
        citation, passage = col.citation_passage(card)
        assert passage is None
        assert citation == "An overview of the disease (overview.txt), line 2"
