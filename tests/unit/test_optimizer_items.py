"""The optimiser's training items are built as Anki builds them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from trainer.domain import Phase
from trainer.scheduling import DayRule
from trainer.scheduling.optimizer import LoggedReview, training_histories

DAY = DayRule(starts_at_hour=4, tz=UTC)
T0 = datetime(2026, 3, 1, 21, tzinfo=UTC)
NEW, LEARN, REVIEW, RELEARN = (int(p) for p in Phase)


def _items(*log: tuple[int, timedelta, int, int]) -> list[list[tuple[int, int]]]:
    reviews = [LoggedReview(cid, T0 + at, rating, phase) for cid, at, rating, phase in log]
    return [steps for _card, steps in
            training_histories(reviews, day=DAY, now=T0 + timedelta(days=30))]


def test_a_review_the_next_morning_is_a_day_later_not_the_same_day() -> None:
    # 21:00, then 08:00 the next day: 11 hours, but the day started at 04:00 in between.
    assert _items((1, timedelta(0), 3, NEW), (1, timedelta(hours=11), 3, REVIEW)) == [
        [(3, 0), (3, 1)]]


def test_same_day_reviews_stay_in_the_history_but_make_no_item() -> None:
    items = _items((1, timedelta(0), 1, NEW), (1, timedelta(minutes=1), 3, LEARN),
                   (1, timedelta(minutes=11), 3, LEARN), (1, timedelta(days=2), 3, REVIEW),
                   (1, timedelta(days=2, minutes=3), 1, REVIEW))
    assert items == [[(1, 0), (3, 0), (3, 0), (3, 2)]]


def test_a_card_first_seen_in_review_is_left_out() -> None:
    # Its first answers are not in the log (e.g. studied elsewhere): nothing to learn from.
    assert _items((2, timedelta(0), 3, REVIEW), (2, timedelta(days=5), 3, REVIEW)) == []


def test_a_card_learned_again_starts_from_its_last_learning_answers() -> None:
    items = _items((3, timedelta(0), 3, NEW), (3, timedelta(days=3), 3, REVIEW),
                   (3, timedelta(days=10), 3, NEW), (3, timedelta(days=14), 4, REVIEW))
    assert items == [[(3, 0), (4, 4)]]  # what came before it was relearned is left out
