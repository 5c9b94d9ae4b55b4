"""The learning day: it starts at a configurable local hour (default 4 am), not at midnight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo


@dataclass(frozen=True, slots=True)
class LearningDay:
    """The learning day containing an instant, for a given start hour and time zone."""

    start: datetime  # UTC
    end: datetime  # UTC, exclusive

    @classmethod
    def containing(
        cls, now: datetime, *, starts_at_hour: int = 4, tz: tzinfo | None = None
    ) -> LearningDay:
        if not 0 <= starts_at_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")
        local = now.astimezone(tz) if tz is not None else now.astimezone()
        zone = local.tzinfo
        boundary = datetime.combine(local.date(), time(starts_at_hour), tzinfo=zone)
        if local < boundary:
            boundary -= timedelta(days=1)
        # Recompute through the calendar so a DST change keeps the local hour.
        next_boundary = datetime.combine(
            boundary.date() + timedelta(days=1), time(starts_at_hour), tzinfo=zone
        )
        return cls(start=boundary.astimezone(UTC), end=next_boundary.astimezone(UTC))

    def contains(self, when: datetime) -> bool:
        return self.start <= when < self.end
