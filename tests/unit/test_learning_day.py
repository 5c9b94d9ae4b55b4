from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from trainer.scheduling import LearningDay, is_leech

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
