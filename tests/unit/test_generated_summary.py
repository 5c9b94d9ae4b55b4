"""The summary of a generated deck: doubtful names are not called disagreements."""

from __future__ import annotations

from pathlib import Path

from trainer.domain import Deck
from trainer.services import GeneratedDeck


def test_a_generated_deck_tells_name_questions_from_disagreements() -> None:
    made = GeneratedDeck(deck=Deck(id="d", title="Ward notes"), path=Path("d.yaml"), facts=5,
                         conflicts=0, names_to_check=1)
    assert "disagree" not in made.summary()
    assert "1 with a name read with doubt" in made.summary()
    both = GeneratedDeck(deck=Deck(id="d", title="Ward notes"), path=Path("d.yaml"), facts=5,
                         conflicts=2, names_to_check=1)
    assert "2 where the documents disagree" in both.summary()
