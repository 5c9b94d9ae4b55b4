"""Golden FSRS-6 schedules: a fixed sequence of grades gives exactly these intervals.

The numbers agree with Anki's own engine (see test_anki_golden.py for the recorded set).
If an upgrade of fsrs-rs-python changes them, learners' schedules change: look first.
"""

import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from trainer.domain import Rating
from trainer.scheduling import (
    DayRule,
    Memory,
    Phase,
    SchedulerConfig,
    answers,
    format_interval,
    fuzz_factor,
    preview,
    review,
)
from trainer.scheduling.fuzz import fuzz_bounds

NO_FUZZ = SchedulerConfig(fuzz=False)
FUZZ = SchedulerConfig(fuzz=True)
DAY = DayRule(starts_at_hour=4, tz=UTC)
START = datetime(2026, 3, 1, 9, tzinfo=UTC)

GOLDEN = [
    # rating, phase after, interval shown, stability, difficulty, lapses
    (Rating.GOOD, Phase.LEARNING, timedelta(minutes=10), 2.3065, 2.118, 0),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=2), 2.3065, 2.111, 0),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=11), 10.9713, 2.104, 0),
    (Rating.AGAIN, Phase.RELEARNING, timedelta(minutes=10), 1.539, 7.39, 1),
    (Rating.GOOD, Phase.REVIEW, timedelta(days=2), 1.5718, 7.378, 1),
    (Rating.EASY, Phase.REVIEW, timedelta(days=8), 7.8699, 6.487, 1),
    (Rating.HARD, Phase.REVIEW, timedelta(days=16), 16.1266, 7.653, 1),
]


def test_a_fixed_grade_sequence_gives_the_golden_schedule() -> None:
    memory, now = Memory(), START
    for rating, phase, interval, stability, difficulty, lapses in GOLDEN:
        memory, shown = answers(memory, now=now, config=NO_FUZZ, day=DAY)[rating]
        assert memory.phase is phase
        assert shown == interval
        assert memory.stability == pytest.approx(stability, abs=1e-4)
        assert memory.difficulty == pytest.approx(difficulty, abs=1e-3)
        assert memory.lapses == lapses
        assert memory.due is not None
        if phase is Phase.REVIEW:  # due at the start of the learning day N days on
            assert memory.due == DAY.start_of(DAY.day_of(now) + interval)
        now = memory.due + timedelta(hours=5)
    assert memory.reps == len(GOLDEN)


def test_button_labels_for_a_new_card() -> None:
    deltas = preview(Memory(), now=START, config=NO_FUZZ, day=DAY)
    labels = {r: format_interval(d) for r, d in deltas.items()}
    assert labels == {Rating.AGAIN: "1m", Rating.HARD: "6m", Rating.GOOD: "10m", Rating.EASY: "8d"}


def _review_card(stability: float, scheduled_days: int, answered: datetime) -> Memory:
    return Memory(phase=Phase.REVIEW, stability=stability, difficulty=5.0,
                  last_review=answered,
                  due=DAY.due_after(answered, scheduled_days), reps=3)


def test_a_one_day_card_answered_the_next_morning_counts_a_day() -> None:
    # Answered at 21:00, due the next day, answered again at 08:00: 11 hours, but one day.
    card = _review_card(0.74, 1, datetime(2026, 3, 1, 21, tzinfo=UTC))
    morning = datetime(2026, 3, 2, 8, tzinfo=UTC)
    labels = [format_interval(d) for d in
              preview(card, now=morning, config=NO_FUZZ, day=DAY).values()]
    assert labels == ["10m", "3d", "4d", "7d"]  # counted as a same-day review: 10m 1d 1d 1d
    good = review(card, Rating.GOOD, now=morning, config=NO_FUZZ, day=DAY)
    assert good.stability is not None and good.stability > 2.5


@pytest.mark.parametrize("stability", [0.1, 0.5, 1.0, 3.0, 20.0, 400.0])
def test_review_buttons_keep_hard_below_good_below_easy(stability: float) -> None:
    card = _review_card(stability, 1, START)
    for late in range(0, 4):
        now = START + timedelta(days=1 + late, hours=3)
        for fuzz in (0.0, 0.5, 0.99):
            shown = preview(card, now=now, config=FUZZ, day=DAY, fuzz_factor=fuzz)
            assert timedelta(days=1) <= shown[Rating.HARD] < shown[Rating.GOOD] \
                < shown[Rating.EASY]


def test_easy_on_a_learning_card_is_at_least_two_days() -> None:
    learning = review(Memory(), Rating.AGAIN, now=START, config=NO_FUZZ, day=DAY)
    for fuzz in (None, 0.0, 0.99):
        shown = preview(learning, now=START + timedelta(minutes=1), config=FUZZ, day=DAY,
                        fuzz_factor=fuzz)
        assert shown[Rating.EASY] >= timedelta(days=2)


def test_each_label_is_what_its_answer_schedules_with_fuzz_on() -> None:
    card = _review_card(12.0, 10, START)
    now = START + timedelta(days=10, hours=2)
    for fuzz in (0.0, 0.3, 0.7, 0.99):
        for rating, (after, shown) in answers(card, now=now, config=FUZZ, day=DAY,
                                              fuzz_factor=fuzz).items():
            assert after.due is not None
            if after.phase is Phase.REVIEW:
                assert DAY.days_between(now, after.due) == shown.days
            assert review(card, rating, now=now, config=FUZZ, day=DAY,
                          fuzz_factor=fuzz).due == after.due


def test_fuzz_spreads_a_review_within_anki_ranges() -> None:
    card = _review_card(30.0, 30, START)
    now = START + timedelta(days=30, hours=2)
    goods = {preview(card, now=now, config=FUZZ, day=DAY, fuzz_factor=f / 20)[Rating.GOOD].days
             for f in range(20)}
    plain = preview(card, now=now, config=NO_FUZZ, day=DAY)[Rating.GOOD].days
    assert len(goods) > 3 and min(goods) < plain < max(goods)
    assert max(goods) - min(goods) <= 2 * (1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (plain - 20)) + 1


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    memory = review(review(Memory(), Rating.GOOD, now=START, config=NO_FUZZ, day=DAY),
                    Rating.GOOD, now=START + timedelta(minutes=10), config=NO_FUZZ, day=DAY)
    later = START + timedelta(days=2)
    relaxed = preview(memory, now=later, config=SchedulerConfig(desired_retention=0.8, fuzz=False),
                      day=DAY)
    strict = preview(memory, now=later, config=SchedulerConfig(desired_retention=0.97, fuzz=False),
                     day=DAY)
    assert strict[Rating.GOOD] < relaxed[Rating.GOOD]


def test_maximum_interval_caps_easy_answers() -> None:
    capped = SchedulerConfig(maximum_interval_days=3, fuzz=False)
    memory = review(Memory(), Rating.EASY, now=START, config=capped, day=DAY)
    assert memory.due is not None and DAY.days_between(START, memory.due) <= 3


@pytest.mark.parametrize(("delta", "label"), [
    (timedelta(seconds=30), "30s"), (timedelta(minutes=10), "10m"), (timedelta(hours=5), "5h"),
    (timedelta(hours=1, minutes=30), "1.5h"), (timedelta(days=3), "3d"),
    (timedelta(days=38), "1.2mo"), (timedelta(days=63), "2.1mo"), (timedelta(days=500), "1.4y"),
    (timedelta(days=2190), "6y"),
])
def test_interval_labels(delta: timedelta, label: str) -> None:
    assert format_interval(delta) == label


def test_fuzz_is_the_same_for_a_showing_and_spread_evenly_over_cards() -> None:
    """Labels and answers agree because a card's fuzz depends only on the card and its review
    count; across many cards it is spread evenly, so cards learned together drift apart."""
    assert fuzz_factor(1234, 3) == fuzz_factor(1234, 3)
    assert fuzz_factor(1234, 3) != fuzz_factor(1234, 4)
    assert fuzz_factor(1234, 3) != fuzz_factor(1235, 3)
    values = [fuzz_factor(card_id, 2) for card_id in range(1, 10_001)]
    assert all(0.0 <= v < 1.0 for v in values)
    tenths = [0] * 10
    for v in values:
        tenths[int(v * 10)] += 1
    assert all(900 <= n <= 1100 for n in tenths), tenths


def _reference_bounds(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """Anki's fuzz range written as its plain loop over the three bands."""
    def rounded(value: float) -> int:
        return math.floor(value + 0.5) if value >= 0 else -math.floor(-value + 0.5)
    minimum = min(minimum, maximum)
    interval = min(max(interval, float(minimum)), float(maximum))
    delta = 0.0
    if interval >= 2.5:
        delta = 1.0
        for start, end, factor in ((2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, math.inf, 0.05)):
            delta += factor * max(0.0, min(interval, end) - start)
    lower = min(max(rounded(interval - delta), minimum), maximum)
    upper = min(max(rounded(interval + delta), minimum), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def test_fuzz_ranges_are_anki_band_for_band() -> None:
    """Every interval a review can reach gets exactly the day range of Anki's bands, so a
    fuzzed card comes back on a day Anki could also have chosen."""
    rng = random.Random(7)
    cases = [(x / 4, 1, 36500) for x in range(0, 400)] + [
        (rng.uniform(0.0, 40000.0), rng.randint(0, 50), rng.choice([3, 30, 365, 36500]))
        for _ in range(5000)]
    for interval, minimum, maximum in cases:
        assert fuzz_bounds(interval, minimum, maximum) == _reference_bounds(
            interval, minimum, maximum), (interval, minimum, maximum)
