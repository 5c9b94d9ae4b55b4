"""The learning day: it starts at a configurable local hour (default 4 am), not at midnight.

Days are counted the way Anki counts them, so that a history moved between the two apps
gives the same schedule:

* a learning day runs from one local start hour to the next, by the zone's own rules
  (a daylight-saving change makes it 23 or 25 hours long);
* a review interval of N days makes a card due at the start of the learning day N days
  after the one it was answered on, never "now plus N x 24 hours";
* the days elapsed since a review are whole 24-hour periods from that review to the end of
  today (Anki's ``next_day_at - last_review``), so a card answered yesterday evening and
  again this morning counts one day, not zero.

With no zone given, the computer's own zone rules apply to each instant
(``datetime.astimezone()`` on a naive local time), not the offset in force when the app
started, so a session left open over a clock change still rolls over once, at the hour.
"""

from __future__ import annotations

import time as time_module
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

SECONDS_PER_DAY = 86_400


# Showing one card asks for the day of the same few instants a dozen times (its due date, the
# four answers' due dates, today's end), and each zone conversion is a time-zone rule lookup.
# The answers are kept for the instants last asked about; the computer's zone name is part of
# the key, so a change of zone (time.tzset) is never answered from the old one.
_CONVERSIONS: dict[tuple[bool, datetime, int, tzinfo | None, tuple[str, str]], datetime] = {}
_MAX_CONVERSIONS = 256
# The learning day last found for each rule, and its date: "now" is asked about most.
_LAST_DAYS: dict[tuple[int, tzinfo | None, tuple[str, str]], tuple[LearningDay, date]] = {}


def _converted(local: bool, when: datetime, tz: tzinfo | None) -> datetime:
    key = (local, when, when.fold, tz, time_module.tzname)  # fold: equality ignores it
    hit = _CONVERSIONS.get(key)
    if hit is None:
        if local:  # wall-clock time of an instant, naive
            hit = (when.astimezone(tz) if tz is not None else when.astimezone()
                   ).replace(tzinfo=None)
        elif tz is not None:  # the UTC instant of a naive wall-clock time
            hit = when.replace(tzinfo=tz).astimezone(UTC)
        else:
            hit = when.astimezone(UTC)  # naive: the computer's zone rules for that date
        if len(_CONVERSIONS) >= _MAX_CONVERSIONS:
            _CONVERSIONS.clear()
        _CONVERSIONS[key] = hit
    return hit


def _local(when: datetime, tz: tzinfo | None) -> datetime:
    """Wall-clock time of an instant, naive, in the zone (or the computer's zone)."""
    return _converted(True, when, tz)


def _instant(wall: datetime, tz: tzinfo | None) -> datetime:
    """The UTC instant of a naive wall-clock time, by the zone's rules on that date."""
    return _converted(False, wall, tz)


@dataclass(frozen=True, slots=True)
class DayRule:
    """Where learning days begin: a local start hour and a zone (None: the computer's)."""

    starts_at_hour: int = 4
    tz: tzinfo | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.starts_at_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")

    def day_of(self, when: datetime) -> date:
        """The learning day an instant belongs to, named by the date it starts on."""
        last = _LAST_DAYS.get((self.starts_at_hour, self.tz, time_module.tzname))
        if last is not None and when.tzinfo is not None and last[0].start <= when < last[0].end:
            return last[1]
        wall = _local(when, self.tz)
        return (wall - timedelta(hours=self.starts_at_hour)).date()

    def start_of(self, day: date) -> datetime:
        """When a learning day starts (UTC)."""
        return _instant(datetime.combine(day, time(self.starts_at_hour)), self.tz)

    def containing(self, when: datetime) -> LearningDay:
        # Asked for today several times per card shown (elapsed days, learning steps, the
        # counts, due dates): an instant inside the day last found is answered from it.
        key = (self.starts_at_hour, self.tz, time_module.tzname)
        last = _LAST_DAYS.get(key)
        if last is not None and when.tzinfo is not None and last[0].start <= when < last[0].end:
            return last[0]
        day = self.day_of(when)
        found = LearningDay(start=self.start_of(day), end=self.start_of(day + timedelta(days=1)))
        if len(_LAST_DAYS) >= _MAX_CONVERSIONS:
            _LAST_DAYS.clear()
        _LAST_DAYS[key] = (found, day)
        return found

    def elapsed_days(self, since: datetime, now: datetime) -> int:
        """Days elapsed since ``since``, as Anki gives them to FSRS.

        Whole 24-hour periods between ``since`` and the end of today: answered yesterday at
        21:00 and today at 08:00 counts 1; answered earlier today counts 0.
        """
        next_day_at = self.containing(now).end
        seconds = int(next_day_at.timestamp()) - int(since.timestamp())
        return max(0, seconds) // SECONDS_PER_DAY

    def due_after(self, now: datetime, days: int) -> datetime:
        """The start of the learning day ``days`` after today: where an N-day interval lands."""
        return self.start_of(self.day_of(now) + timedelta(days=days))

    def days_between(self, earlier: datetime, later: datetime) -> int:
        """Learning days from the day of ``earlier`` to the day of ``later``."""
        return (self.day_of(later) - self.day_of(earlier)).days


@dataclass(frozen=True, slots=True)
class LearningDay:
    """The learning day containing an instant, for a given start hour and time zone."""

    start: datetime  # UTC
    end: datetime  # UTC, exclusive

    @classmethod
    def containing(
        cls, now: datetime, *, starts_at_hour: int = 4, tz: tzinfo | None = None
    ) -> LearningDay:
        return DayRule(starts_at_hour, tz).containing(now)

    def contains(self, when: datetime) -> bool:
        return self.start <= when < self.end
