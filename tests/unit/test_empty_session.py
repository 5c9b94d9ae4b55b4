"""Why a study session is empty, told apart from the counts of its decks."""

from __future__ import annotations

from trainer.domain import DeckCounts
from trainer.services.empty_session import nothing_to_study


def _counts(*, new: int = 0, learning: int = 0, review: int = 0, total: int = 0,
            suspended: int = 0) -> DeckCounts:
    return DeckCounts("d", "Deck", "", new, learning, review, total, suspended)


def test_each_cause_has_its_own_words() -> None:
    assert "has no cards" in nothing_to_study([_counts()])
    assert "is suspended" in nothing_to_study([_counts(total=5, suspended=5)])
    done = nothing_to_study([_counts(total=5)])
    assert "Nothing is due today" in done and "Deck options" in done
    assert "tomorrow" in nothing_to_study([_counts(new=2, total=5)])
    assert nothing_to_study([_counts(), _counts()]).startswith("These decks have no cards")

