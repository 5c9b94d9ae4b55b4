"""Readings the extractor doubts reach the instructor as facts to confirm, never as cards."""

from __future__ import annotations

from pathlib import Path

from trainer.deckfile import load_deck
from trainer.domain import FactStatus, Relation
from trainer.generator.build import generate
from trainer.generator.facts import ExtractedFact, held_for_review
from trainer.services.authoring import name_question
from trainer.templates import render_cards


def _fact(confidence: float, *flags: str) -> ExtractedFact:
    return ExtractedFact(doc="notes", file="notes.txt", relation=Relation.DRUG_TARGET,
                         subject="ACE inhibitor", object="angiotensin-converting enzyme",
                         lines=(2, 2), confidence=confidence, flags=flags)


def test_a_doubtful_reading_below_the_threshold_is_held_with_its_reason() -> None:
    sure = _fact(0.9)
    doubtful = _fact(0.45, "uncertain: a class's own target")
    weak = _fact(0.3)  # below the threshold with no reason given: dropped, as before
    cards, held = held_for_review([sure, doubtful, weak])
    assert cards == [sure]
    assert [h.flags[-1] for h in held] == ["held:a class's own target"]


def test_generated_deck_holds_the_class_target_for_review_and_makes_no_card_of_it(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "heart.txt"
    doc.write_text(
        "Medicines for high blood pressure\n\n"
        "ACE inhibitors, such as ramipril and enalapril, widen the blood vessels.\n",
        encoding="utf-8",
    )
    out = tmp_path / "deck.yaml"
    generate([doc], out, deck_id="bp", title="Blood pressure")
    deck = load_deck(out)
    held = [f for f in deck.facts if ".held-" in f.id]
    assert held, "the class's own target was dropped instead of held"
    assert all(f.status is FactStatus.CONFLICT for f in held)
    assert all(f.note and f.note.startswith("held for review: ") and "heart.txt" in f.note
               for f in held)
    # an instructor is asked a plain yes/no question about it
    assert name_question(held[0]) == (
        f"Is '{held[0].objects[0]}' right for {held[0].subject}?")
    assert not any(held[0].objects[0] in c.answer and held[0].subject in c.prompt
                   for c in render_cards(deck))
    # the sure facts still give their cards
    assert any(f.relation is Relation.DRUG_CLASS and f.status is FactStatus.DRAFT
               for f in deck.facts)


def test_the_generate_summary_counts_held_readings_apart_from_names_and_disagreements(
    tmp_path: Path,
) -> None:
    from trainer.services.generation import generate_deck

    doc = tmp_path / "heart.txt"
    doc.write_text("ACE inhibitors, such as ramipril, widen the blood vessels.\n",
                   encoding="utf-8")
    made = generate_deck([doc], tmp_path / "deck.yaml", title="Blood pressure", cloze=False)
    assert (made.held, made.names_to_check, made.conflicts) == (1, 0, 0)
    assert "1 read with doubt and held for your review" in made.summary()
    assert "disagree" not in made.summary()
