import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from trainer.scheduling import DayRule, LearningDay, is_leech

PARIS = ZoneInfo("Europe/Paris")


def test_the_day_starts_at_four_in_the_morning_local_time() -> None:
    late_night = datetime(2026, 5, 10, 2, 30, tzinfo=PARIS)  # still "yesterday"
    day = LearningDay.containing(late_night, starts_at_hour=4, tz=PARIS)
    assert day.start == datetime(2026, 5, 9, 4, tzinfo=PARIS).astimezone(UTC)
    assert day.end == datetime(2026, 5, 10, 4, tzinfo=PARIS).astimezone(UTC)
    morning = LearningDay.containing(datetime(2026, 5, 10, 4, 0, tzinfo=PARIS), tz=PARIS)
    assert morning.start == day.end


def test_a_daylight_saving_change_keeps_the_local_start_hour() -> None:
    # Clocks go forward in Paris on 29 March 2026: that learning day lasts 23 hours.
    day = LearningDay.containing(datetime(2026, 3, 28, 12, tzinfo=PARIS), tz=PARIS)
    assert day.end - day.start == timedelta(hours=23)
    assert day.end.astimezone(PARIS).hour == 4


def test_a_configured_start_hour_is_respected() -> None:
    tz = timezone(timedelta(hours=-5))
    day = LearningDay.containing(datetime(2026, 1, 1, 23, tzinfo=tz), starts_at_hour=0, tz=tz)
    assert day.start.astimezone(tz).hour == 0 and day.contains(datetime(2026, 1, 1, 23, tzinfo=tz))
    with pytest.raises(ValueError):
        LearningDay.containing(datetime(2026, 1, 1, tzinfo=UTC), starts_at_hour=24)


def test_leech_threshold_and_repeats() -> None:
    assert [n for n in range(1, 17) if is_leech(n, threshold=8)] == [8, 12, 16]
    assert not is_leech(7)


def test_odd_leech_thresholds_repeat_every_half_rounded_up() -> None:
    assert [n for n in range(1, 15) if is_leech(n, threshold=5)] == [5, 8, 11, 14]


@pytest.fixture
def berlin_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone set to Berlin, as when the app is given no zone."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin_computer")
def test_without_a_zone_the_computers_rules_place_each_day_start() -> None:
    # Opened on Saturday before the spring change (UTC+1); the day after it starts at
    # 04:00 summer time, 02:00 UTC, not at 03:00 UTC as a fixed +1 offset would say.
    rule = DayRule(starts_at_hour=4)
    sunday = rule.containing(datetime(2026, 3, 29, 12, tzinfo=UTC))
    assert sunday.start == datetime(2026, 3, 29, 2, tzinfo=UTC)
    assert rule.containing(datetime(2026, 3, 28, 12, tzinfo=UTC)).end == sunday.start
    # In autumn the day is 25 hours long and the session rolls over once, at 04:00 local.
    autumn = rule.containing(datetime(2026, 10, 24, 12, tzinfo=UTC))
    assert autumn.end - autumn.start == timedelta(hours=25)
    starts = {rule.containing(datetime(2026, 10, 25, 1, tzinfo=UTC) + timedelta(minutes=m))
              .start for m in range(0, 20 * 60, 10)}
    assert len(starts) == 2


def test_elapsed_days_count_day_starts_passed_as_anki_counts_them() -> None:
    rule = DayRule(starts_at_hour=4, tz=PARIS)
    evening = datetime(2026, 5, 10, 21, tzinfo=PARIS)
    assert rule.elapsed_days(evening, datetime(2026, 5, 11, 8, tzinfo=PARIS)) == 1
    assert rule.elapsed_days(evening, datetime(2026, 5, 10, 23, tzinfo=PARIS)) == 0
    # Earlier in the day than the last review still counts the whole days between.
    assert rule.elapsed_days(evening, datetime(2026, 5, 13, 6, tzinfo=PARIS)) == 3
    assert rule.due_after(evening, 2) == datetime(2026, 5, 12, 4, tzinfo=PARIS).astimezone(UTC)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
                                  "Asia/Kolkata", "America/Havana"])
def test_every_day_start_belongs_to_its_own_day_even_in_a_skipped_hour(zone: str) -> None:
    # Havana changes its clocks at midnight, Lord Howe by half an hour at 02:00: a start
    # hour may fall in the hour that is skipped or repeated.
    tz = ZoneInfo(zone)
    for hour in range(24):
        rule = DayRule(starts_at_hour=hour, tz=tz)
        day = datetime(2026, 3, 1).date()
        for _ in range(300):
            start = rule.start_of(day)
            assert rule.day_of(start) == day, (zone, hour, day)
            assert rule.start_of(day + timedelta(days=1)) > start
            day += timedelta(days=1)


def test_a_change_of_the_computers_zone_is_followed_at_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same instant, asked about again after the zone changed, gets the new zone's day
    (conversions are remembered, but never across a zone change)."""
    rule = DayRule(starts_at_hour=4)  # no zone: the computer's
    instant = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)  # 06:00 UTC
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert rule.day_of(instant) == date(2026, 3, 10)  # 06:00, after the 4 am start
        monkeypatch.setenv("TZ", "America/New_York")
        time.tzset()
        assert rule.day_of(instant) == date(2026, 3, 9)  # 02:00 local, before 4 am
    finally:
        monkeypatch.undo()
        time.tzset()


def test_today_found_before_a_zone_change_is_not_reused_after_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Today's learning day is remembered for the instants inside it, but a change of the
    computer's zone is followed at once: the next card is due by the new zone's 4 am."""
    rule = DayRule(starts_at_hour=4)
    instant = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        utc_day = rule.containing(instant)
        assert rule.containing(instant + timedelta(hours=1)) == utc_day
        assert rule.day_of(instant + timedelta(hours=1)) == date(2026, 3, 10)
        monkeypatch.setenv("TZ", "America/New_York")
        time.tzset()
        new_york_day = rule.containing(instant)
        assert new_york_day.start == datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # 4 am EDT (UTC-4)
        assert rule.day_of(instant) == date(2026, 3, 9)
        assert rule.due_after(instant, 1) == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # EDT
    finally:
        monkeypatch.undo()
        time.tzset()
