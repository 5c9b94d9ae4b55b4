"""An instructor settles a conflict, edits a fact and saves; learners keep their history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.integration.decks import deck, fact
from trainer.clock import FixedClock
from trainer.deckfile import load_deck
from trainer.domain import FactStatus, Rating
from trainer.services import Collection
from trainer.services.authoring import DeckReview


def _deck_text() -> str:
    return deck(facts=fact("maintenance.phase_duration", "maintenance", "[2-3 years, 18 months]",
                           relation="phase_duration", status="conflict", lines="[3, 4]")
                + fact("imatinib.drug_class", "imatinib", "tyrosine kinase inhibitor",
                       relation="drug_class"))


def test_evidence_shows_the_cited_lines_when_the_document_is_here(
        tmp_path: Path, write_deck: Callable[..., Path]) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("one\ntwo\nthree: the phase\nfour: lasts\nfive\n",
                                    encoding="utf-8")
    review = DeckReview(write_deck(_deck_text()), documents_dir=docs)
    evidence = review.evidence(review.facts[0])
    assert evidence[0].citation == "notes.txt, lines 3\u20134"
    assert evidence[0].passage == "three: the phase\nfour: lasts"
    assert DeckReview(review.path, documents_dir=None).evidence(review.facts[0])[0].passage is None


def test_settling_a_conflict_gives_cards_and_keeps_history(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    path = write_deck(_deck_text())
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=False) as col:
        col.import_deck_files([path])
        before = col.deck_counts()[0].total
        session = col.start_session()
        card = session.next_card()
        assert card is not None and "maintenance" not in card.content.prompt.lower()
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=900)

        review = DeckReview(path, documents_dir=None)
        conflict = next(f for f in review.facts if f.status is FactStatus.CONFLICT)
        with pytest.raises(ValueError):
            review.settle(conflict, "5 years")
        review.settle(conflict, "2-3 years")
        drug = next(f for f in review.facts if f.subject == "imatinib")
        review.edit(drug, subject="imatinib", objects=("BCR-ABL1 tyrosine kinase inhibitor",))
        review.save()

        saved = load_deck(path)
        settled = next(f for f in saved.facts if f.id == "maintenance.phase_duration")
        assert settled.objects == ("2-3 years",) and settled.status is FactStatus.ACCEPTED
        report = col.import_deck_files([path])
        assert report.decks[0].added > 0
        assert col.deck_counts()[0].total > before
        with col.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM review_log")).scalar() == 1
