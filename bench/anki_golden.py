"""Record review histories scheduled by Anki's own engine, and compare Trainer with them.

    python -m bench.anki_golden                 # 300 histories, compare, print the table
    python -m bench.anki_golden --write 40      # also write the first 40 to tests/data

Needs the ``anki`` package (Anki's Rust backend) and a C compiler. Anki reads the wall
clock inside its backend, so the script re-runs itself with a tiny preloaded library that
answers ``clock_gettime``/``gettimeofday``/``time`` with an instant the script sets before
every answer (an environment variable): Anki's collection is created, its day counted and
every card answered at simulated instants, at random hours, in a chosen zone (TZ).

Anki's settings: FSRS on, default parameters, desired retention 0.9, learning steps
1m 10m, relearning step 10m, load balancer off. Fuzz is off because ``ANKI_TEST_MODE`` is
set; that mode also moves Anki's clock back two hours between 02:00 and 04:00 local time,
so no answer is given at those hours (answers due then are taken at 04:00 or later).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "data" / "anki_golden"
_CHILD = "TRAINER_GOLDEN_CHILD"
_NOW = "TRAINER_FAKE_NOW_MS"

_SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long fake_ms(void) {
    const char *s = getenv("TRAINER_FAKE_NOW_MS");
    return s ? atoll(s) : -1;
}

int clock_gettime(clockid_t clk, struct timespec *tp) {
    static int (*real)(clockid_t, struct timespec *) = 0;
    long long ms = fake_ms();
    if (ms >= 0 && (clk == CLOCK_REALTIME || clk == CLOCK_REALTIME_COARSE)) {
        tp->tv_sec = ms / 1000;
        tp->tv_nsec = (ms % 1000) * 1000000;
        return 0;
    }
    if (!real) real = dlsym(RTLD_NEXT, "clock_gettime");
    return real(clk, tp);
}

int gettimeofday(struct timeval *tv, void *tz) {
    long long ms = fake_ms();
    if (ms >= 0 && tv) {
        tv->tv_sec = ms / 1000;
        tv->tv_usec = (ms % 1000) * 1000;
        return 0;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (tv) { tv->tv_sec = ts.tv_sec; tv->tv_usec = ts.tv_nsec / 1000; }
    return 0;
}

time_t time(time_t *out) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (out) *out = ts.tv_sec;
    return ts.tv_sec;
}
"""

RATING_WEIGHTS = (0.12, 0.13, 0.60, 0.15)  # Again, Hard, Good, Easy
STEPS = (1.0, 10.0)
RELEARNING = (10.0,)
RETENTION = 0.9
DAY_STARTS_AT = 4
_LAST_YEAR = 2036


# -- the recording, inside Anki's process ------------------------------------------------------
def _set_now(when: datetime) -> None:
    os.environ[_NOW] = str(int(when.timestamp() * 1000))


def _avoid_test_mode_hours(when: datetime, zone: ZoneInfo) -> datetime:
    """ANKI_TEST_MODE shifts Anki's clock between 02:00 and 04:00 local: answer at 04:00+."""
    local = when.astimezone(zone)
    if 2 <= local.hour < 4:
        when = datetime.combine(local.date(), datetime.min.time().replace(hour=4),
                                tzinfo=zone).astimezone(UTC) + timedelta(minutes=local.minute)
    return when


def _record_one(index: int, *, seed: int, zone: ZoneInfo, workdir: Path) -> dict[str, Any]:
    from anki.collection import Collection
    from anki.decks import DeckConfigId

    rng = random.Random(seed * 100_003 + index)
    start = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(730 * 86400))
    now = _avoid_test_mode_hours(start, zone)
    _set_now(now)
    col = Collection(str(workdir / f"h{index}.anki2"))
    try:
        col.set_config("fsrs", True)
        col.set_config("rollover", DAY_STARTS_AT)
        conf: Any = col.decks.get_config(DeckConfigId(1))
        conf["new"]["delays"] = list(STEPS)
        conf["lapse"]["delays"] = list(RELEARNING)
        conf["desiredRetention"] = RETENTION
        conf["rev"]["maxIvl"] = 36500
        col.decks.update_config(conf)
        note = col.new_note(col.models.by_name("Basic"))  # type: ignore[arg-type]
        note["Front"], note["Back"] = f"q{index}", f"a{index}"
        col.add_note(note, col.decks.id("Default"))  # type: ignore[arg-type]
        card_id = note.card_ids()[0]
        answers: list[dict[str, Any]] = []
        for _ in range(rng.randint(5, 14)):
            if now.year >= _LAST_YEAR:
                break  # Anki keeps learning-step due times as 32-bit seconds
            _set_now(now)
            card = col.get_card(card_id)
            card.start_timer()
            type_before = card.type
            states = col._backend.get_scheduling_states(card_id)
            labels = col.sched.describe_next_states(states)
            rating = rng.choices((1, 2, 3, 4), weights=RATING_WEIGHTS)[0]
            answer = col.sched.build_answer(card=card, states=states, rating=rating - 1)  # type: ignore[arg-type]  # 0-based there
            col.sched.answer_card(answer)
            card = col.get_card(card_id)
            today = col.sched.today
            record: dict[str, Any] = {
                "at": now.isoformat(), "rating": rating, "type_before": type_before,
                "labels": list(labels), "type": card.type, "queue": card.queue,
                "ivl": card.ivl,
                "stability": card.memory_state.stability if card.memory_state else None,
                "difficulty": card.memory_state.difficulty if card.memory_state else None,
            }
            if card.queue in (2, 3):  # review, or learning counted in days
                record["due_in_days"] = card.due - today
            else:
                record["due_at"] = datetime.fromtimestamp(card.due, UTC).isoformat()
            answers.append(record)
            if os.environ.get("TRAINER_GOLDEN_DEBUG"):
                print(record, file=sys.stderr)
            now = _next_answer_time(rng, card.queue, card.due, today, now, zone)
        return {"index": index, "seed": seed, "zone": zone.key, "answers": answers}
    finally:
        col.close()


def _learning_day_start(now: datetime, days: int, zone: ZoneInfo) -> datetime:
    local = now.astimezone(zone)
    day = (local - timedelta(hours=DAY_STARTS_AT)).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, DAY_STARTS_AT, tzinfo=zone).astimezone(UTC)


def _next_answer_time(rng: random.Random, queue: int, due: int, today: int, now: datetime,
                      zone: ZoneInfo) -> datetime:
    """When the learner answers next: often on time, sometimes late, at a random hour."""
    if queue == 1:  # a step in minutes: soon after, or the next day now and then
        after = datetime.fromtimestamp(due, UTC)
        later = after + timedelta(minutes=rng.choice((0, 1, 5, 30, 120, 600, 1300)))
    else:
        days = due - today
        if rng.random() < 0.3:
            days += rng.randint(1, max(1, days // 2 + 1))  # late
        elif rng.random() < 0.05 and days > 2:
            days -= 1  # a day early
        later = _learning_day_start(now, days, zone) + timedelta(
            minutes=rng.randrange(24 * 60))
    return _avoid_test_mode_hours(max(later, now + timedelta(minutes=1)), zone)


def _child(args: argparse.Namespace) -> None:
    zone = ZoneInfo(args.zone)
    histories = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.histories):
            histories.append(_record_one(i, seed=args.seed, zone=zone, workdir=Path(tmp)))
    del os.environ[_NOW]
    Path(args.dump).write_text(json.dumps(histories), encoding="utf-8")


def _record(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Compile the clock shim and run the recording in a child process that preloads it."""
    with tempfile.TemporaryDirectory() as tmp:
        shim_c, shim = Path(tmp) / "clock.c", Path(tmp) / "libclock.so"
        shim_c.write_text(_SHIM, encoding="utf-8")
        subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-o", str(shim), str(shim_c), "-ldl"],
                       check=True)
        dump = Path(tmp) / "histories.json"
        env = dict(os.environ, LD_PRELOAD=str(shim), TZ=args.zone, ANKI_TEST_MODE="1",
                   **{_CHILD: "1"})
        subprocess.run([sys.executable, "-m", "bench.anki_golden", "--histories",
                        str(args.histories), "--seed", str(args.seed), "--zone", args.zone,
                        "--dump", str(dump)], check=True, env=env, cwd=ROOT)
        loaded: list[dict[str, Any]] = json.loads(dump.read_text(encoding="utf-8"))
        return loaded


# -- the comparison, in Trainer -----------------------------------------------------------------
@dataclass
class Tally:
    answers: int = 0
    review_answers: int = 0
    review_same_day: int = 0
    learning_same_instant: int = 0
    learning_answers: int = 0
    worst_days: int = 0
    on_review_cards: int = 0  # answers to cards already in review
    on_review_cards_same_day: int = 0
    misses: list[str] = field(default_factory=list)


def compare(histories: list[dict[str, Any]]) -> Tally:
    from tests.anki_replay import replay

    tally = Tally()
    for history in histories:
        for got, want in replay(history):
            tally.answers += 1
            if "due_in_days" in want:
                tally.review_answers += 1
                same = got.due_in_days == want["due_in_days"]
                tally.review_same_day += same
                if want["type_before"] == 2:
                    tally.on_review_cards += 1
                    tally.on_review_cards_same_day += same
                if not same:
                    tally.misses.append(f"history {history['index']} at {want['at']}: Anki "
                                        f"{want['due_in_days']}d, Trainer {got.due_in_days}d")
                tally.worst_days = max(tally.worst_days,
                                       abs((got.due_in_days or 0) - want["due_in_days"]))
            else:
                tally.learning_answers += 1
                tally.learning_same_instant += got.due_at == want["due_at"]
    return tally


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--histories", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--zone", default="Europe/Berlin")
    parser.add_argument("--write", type=int, default=0,
                        help="write this many histories to tests/data/anki_golden")
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if os.environ.get(_CHILD):
        _child(args)
        return
    histories = _record(args)
    if args.write:
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        out = GOLDEN_DIR / f"{args.zone.replace('/', '_')}.json"
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps({"anki": _anki_version(), "recorded": date.today().isoformat(),
                                   "histories": histories[:args.write]}, indent=1),
                       encoding="utf-8")
        tmp.replace(out)
        print(f"wrote {out.relative_to(ROOT)} ({args.write} histories)")
    tally = compare(histories)
    share = tally.review_same_day / max(1, tally.review_answers)
    print(f"Anki {_anki_version()}, zone {args.zone}, {len(histories)} histories, "
          f"{tally.answers} answers")
    print(f"{'answers scheduled in days':<34}{tally.review_answers:>6}")
    print(f"{'  same day as Anki':<34}{tally.review_same_day:>6}  ({share:.1%})")
    review_share = tally.on_review_cards_same_day / max(1, tally.on_review_cards)
    print(f"{'  answers to review cards':<34}{tally.on_review_cards:>6}")
    print(f"{'    same day as Anki':<34}{tally.on_review_cards_same_day:>6}  ({review_share:.1%})")
    print(f"{'  largest difference (days)':<34}{tally.worst_days:>6}")
    print(f"{'answers scheduled in minutes':<34}{tally.learning_answers:>6}")
    print(f"{'  same instant as Anki':<34}{tally.learning_same_instant:>6}")
    for miss in tally.misses:
        print("  differs:", miss)


def _anki_version() -> str:
    from anki.buildinfo import version

    return str(version)


if __name__ == "__main__":
    main()
