"""Trainer schedules recorded Anki histories to the day (no ``anki`` needed to run these).

The histories in tests/data/anki_golden were answered in Anki's own engine at random hours
of the day; see the README there for how they were made and how to record them again.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.anki_replay import NO_FUZZ, replay
from trainer.domain import Memory, Rating
from trainer.scheduling import (
    DayRule,
    SchedulerConfig,
    format_interval,
    fuzz_factor,
    preview,
    review,
)

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "anki_golden"


def _histories() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted(GOLDEN.glob("*.json")):
        out += json.loads(path.read_text(encoding="utf-8"))["histories"]
    return out


HISTORIES = _histories()


def _label(text: str) -> str:
    """Anki's label without its direction marks or its 'sooner than' sign."""
    return text.replace("\u2068", "").replace("\u2069", "").lstrip("<")


def test_the_recorded_set_is_there_and_has_review_answers() -> None:
    answers = [a for h in HISTORIES for a in h["answers"]]
    assert len(HISTORIES) >= 40
    assert sum(1 for a in answers if a["type_before"] == 2) >= 200


@pytest.mark.parametrize("history", HISTORIES, ids=lambda h: f"history{h['index']}")
def test_every_answer_lands_on_the_day_anki_chose(history: dict[str, Any]) -> None:
    for got, want in replay(history):
        where = f"answer at {want['at']} (rating {want['rating']})"
        if "due_in_days" in want:
            assert got.due_in_days == want["due_in_days"], where
        else:
            assert got.due_at == want["due_at"], where
        assert got.stability == pytest.approx(want["stability"], rel=2e-3), where
        assert got.difficulty == pytest.approx(want["difficulty"], abs=2e-3), where


@pytest.mark.parametrize("history", HISTORIES[:20], ids=lambda h: f"history{h['index']}")
def test_button_labels_read_as_anki_reads_them(history: dict[str, Any]) -> None:
    day = DayRule(starts_at_hour=4, tz=ZoneInfo(history["zone"]))
    memory = Memory()
    for want in history["answers"]:
        now = datetime.fromisoformat(want["at"])
        shown = preview(memory, now=now, config=NO_FUZZ, day=day)
        labels = [format_interval(shown[r]) for r in Rating]
        assert labels == [_label(t) for t in want["labels"]], want["at"]
        memory = review(memory, Rating(want["rating"]), now=now, config=NO_FUZZ, day=day)


def test_with_fuzz_on_every_label_is_the_interval_its_answer_gives() -> None:
    fuzzed = SchedulerConfig(fuzz=True)
    checked = 0
    for history in HISTORIES:
        day = DayRule(starts_at_hour=4, tz=ZoneInfo(history["zone"]))
        memory = Memory()
        for want in history["answers"]:
            now = datetime.fromisoformat(want["at"])
            fuzz = fuzz_factor(history["index"], memory.reps)
            labels = {r: format_interval(d) for r, d in
                      preview(memory, now=now, config=fuzzed, day=day, fuzz_factor=fuzz).items()}
            for rating in Rating:
                after = review(memory, rating, now=now, config=fuzzed, day=day, fuzz_factor=fuzz)
                assert after.due is not None
                if after.due >= day.containing(now).end:
                    gave = timedelta(days=day.days_between(now, after.due))
                else:
                    gave = after.due - now
                assert format_interval(gave) == labels[rating], (want["at"], rating)
                checked += 1
            memory = review(memory, Rating(want["rating"]), now=now, config=fuzzed, day=day,
                            fuzz_factor=fuzz)
    assert checked > 1000
