"""The pure part of a study session, and the record of what an operation changed.

No collection and no SQL: the queue is given a stand-in for "is this card still waiting",
and grading is given a card's state row and returns the next one.
"""

from __future__ import annotations

from collections import deque
from datetime import UTC, datetime, timedelta

from trainer.domain import CardQueue, DeckSettings, Rating
from trainer.scheduling import DayRule, Phase, SchedulerConfig
from trainer.services.changes import NOTHING, OpChanges, study_changes
from trainer.services.study_logic import StudyQueues, grade
from trainer.storage.codec import ms

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _always(_card: int, _phase: Phase) -> bool:
    return True


def _nothing_more() -> tuple[list[int], list[int]]:
    return [], []


def _drain(queues: StudyQueues, available=_always, refill=_nothing_more) -> list[int]:
    shown = []
    while (card := queues.take(available, refill)) is not None:
        shown.append(card)
    return shown


def test_a_new_card_comes_after_every_spread_of_reviews() -> None:
    queues = StudyQueues(reviews=deque([1, 2, 3, 4]), new=deque([10, 11]), spread=2)
    assert _drain(queues) == [1, 2, 10, 3, 4, 11]


def test_cards_buried_or_answered_meanwhile_are_skipped() -> None:
    queues = StudyQueues(reviews=deque([1, 2, 3]), new=deque([10]), spread=5)
    gone = {2, 10}
    assert _drain(queues, available=lambda card, _phase: card not in gone) == [1, 3]


def test_the_next_batch_is_asked_for_only_when_both_queues_run_dry() -> None:
    batches = [([7, 8], [20])]
    asked: list[int] = []

    def refill() -> tuple[list[int], list[int]]:
        asked.append(1)
        return batches.pop() if batches else ([], [])

    queues = StudyQueues(reviews=deque([1]), new=deque(), spread=1)
    assert _drain(queues, refill=refill) == [1, 7, 20, 8]
    assert len(asked) == 2  # once for the batch, once to find there is no more


def test_a_card_put_back_is_shown_first_again() -> None:
    queues = StudyQueues(reviews=deque([2]), new=deque([11]), spread=9)
    queues.put_back(1, CardQueue.REVIEW)
    queues.put_back(10, CardQueue.NEW)
    queues.put_back(99, CardQueue.LEARNING)  # learning cards are not queued here
    assert _drain(queues) == [1, 2, 10, 11]


def _review_state(*, lapses: int) -> dict[str, object]:
    last = NOW - timedelta(days=10)
    return {"phase": int(Phase.REVIEW), "step": 0, "stability": 10.0, "difficulty": 5.0,
            "due": ms(NOW - timedelta(hours=1)), "last_review": ms(last), "reps": 12,
            "lapses": lapses, "suspended": False, "buried_until": 0}


def test_grading_returns_the_next_state_and_leaves_the_old_one_alone() -> None:
    before = _review_state(lapses=0)
    kept = dict(before)
    graded = grade(before, Rating.GOOD, card_id=5, now=NOW, duration_ms=3000,
                   config=SchedulerConfig.from_deck_settings(DeckSettings(), fuzz=False),
                   day=DayRule(4, UTC), leech_threshold=8)
    assert before == kept
    assert graded.phase_before is Phase.REVIEW and not graded.leech
    assert graded.state["reps"] == 13 and graded.state["last_review"] == ms(NOW)
    assert graded.state["due"] > ms(NOW + timedelta(days=10))  # remembered: further out
    assert graded.log[:4] == (5, ms(NOW), int(Rating.GOOD), 3000)


def test_the_eighth_lapse_makes_a_leech_that_leaves_study() -> None:
    graded = grade(_review_state(lapses=7), Rating.AGAIN, card_id=5, now=NOW,
                   duration_ms=1000,
                   config=SchedulerConfig.from_deck_settings(DeckSettings(), fuzz=False),
                   day=DayRule(4, UTC), leech_threshold=8)
    assert graded.leech and graded.state["suspended"] and graded.state["lapses"] == 8


def test_changes_of_two_operations_add_up_and_nothing_is_false() -> None:
    answered = study_changes([1], ["renal"], review_log=True)
    flagged = OpChanges(cards=True, card_ids=(2, 1), deck_ids=("renal",))
    both = answered | flagged
    assert both.study and both.cards and both.review_log and not both.decks
    assert both.card_ids == (1, 2) and both.deck_ids == ("renal",)
    assert not NOTHING and (NOTHING | flagged) == flagged
    assert flagged.card_rows and not flagged.deck_counts  # a flag moves no deck count
