"""Golden FSRS-6 intervals: a fixed sequence of grades gives exactly these schedules.

If an upgrade of the fsrs package changes them, learners' schedules change: look first.
"""

from datetime import UTC, datetime, timedelta

import pytest

from trainer.domain import Rating
from trainer.scheduling import Memory, Phase, SchedulerConfig, format_interval, preview, review

NO_FUZZ = SchedulerConfig(fuzz=False)
START = datetime(2026, 3, 1, 9, tzinfo=UTC)

GOLDEN = [
    # rating, phase after, interval, stability, difficulty, lapses
    (Rating.GOOD, Phase.LEARNING, timedelta(minutes=10), 2.3065, 2.1181, 0),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=2), 2.3065, 2.1112, 0),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=11), 10.971, 2.1043, 0),
    (Rating.AGAIN, Phase.RELEARNING, timedelta(minutes=10), 1.539, 7.39, 1),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=2), 1.5718, 7.3778, 1),
    (Rating.EASY, Phase.REVIEW, timedelta(days=8), 7.8703, 6.4868, 1),
    (Rating.HARD, Phase.REVIEW, timedelta(days=16), 16.1274, 7.653, 1),
]


def test_a_fixed_grade_sequence_gives_the_golden_schedule() -> None:
    memory, now = Memory(), START
    for rating, phase, interval, stability, difficulty, lapses in GOLDEN:
        memory = review(memory, rating, now=now, config=NO_FUZZ)
        assert memory.phase is phase
        assert memory.due is not None and memory.due - now == interval
        assert memory.stability == pytest.approx(stability, abs=1e-4)
        assert memory.difficulty == pytest.approx(difficulty, abs=1e-4)
        assert memory.lapses == lapses
        now = memory.due
    assert memory.reps == len(GOLDEN)


def test_button_labels_for_a_new_card() -> None:
    deltas = preview(Memory(), now=START, config=NO_FUZZ)
    labels = {r: format_interval(d) for r, d in deltas.items()}
    assert labels == {Rating.AGAIN: "1m", Rating.HARD: "6m", Rating.GOOD: "10m", Rating.EASY: "8d"}


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    memory = review(review(Memory(), Rating.GOOD, now=START, config=NO_FUZZ), Rating.GOOD,
                    now=START + timedelta(minutes=10), config=NO_FUZZ)
    later = START + timedelta(days=2)
    relaxed = preview(memory, now=later, config=SchedulerConfig(desired_retention=0.8, fuzz=False))
    strict = preview(memory, now=later, config=SchedulerConfig(desired_retention=0.97, fuzz=False))
    assert strict[Rating.GOOD] < relaxed[Rating.GOOD]


def test_maximum_interval_caps_easy_answers() -> None:
    capped = SchedulerConfig(maximum_interval_days=3, fuzz=False)
    memory = review(Memory(), Rating.EASY, now=START, config=capped)
    assert memory.due is not None and memory.due - START <= timedelta(days=3)


@pytest.mark.parametrize(("delta", "label"), [
    (timedelta(seconds=30), "30s"), (timedelta(minutes=10), "10m"), (timedelta(hours=5), "5h"),
    (timedelta(days=3), "3d"), (timedelta(days=63), "2.1mo"), (timedelta(days=500), "1.4y"),
])
def test_interval_labels(delta: timedelta, label: str) -> None:
    assert format_interval(delta) == label
