"""An exam day after a clock change starts at the usual local hour, not an hour off, also
when no time zone is given (the app runs on the computer's own zone)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from trainer.clock import FixedClock
from trainer.scheduling import DayRule
from trainer.services.exam import ExamPlanner
from trainer.storage.codec import from_ms

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("in_berlin")
def test_the_exam_day_starts_at_four_local_time_across_the_autumn_change() -> None:
    now = datetime(2027, 6, 10, 12, 0, tzinfo=BERLIN)  # summer time, UTC+2
    rule = DayRule(4, None)  # no zone given: the computer's own rules
    today = rule.containing(now)
    planner = ExamPlanner(None, clock=FixedClock(now), day=lambda: today,  # type: ignore[arg-type]
                          settings=lambda _deck: None, parameters=lambda: None)  # type: ignore[arg-type,return-value]
    start = from_ms(planner._day_start(date(2027, 11, 15), today))
    assert start is not None
    # Winter time, UTC+1: 04:00 in Berlin is 03:00 UTC (the summer offset gave 02:00).
    assert start.astimezone(UTC) == datetime(2027, 11, 15, 3, 0, tzinfo=UTC)
