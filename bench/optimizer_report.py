"""The optimiser on simulated learners: log loss and RMSE before and after fitting.

    python -m bench.optimizer_report [--seeds 5] [--cards 400] [--days 180]

A simulated learner remembers by a "true" FSRS-6 memory model; Trainer schedules them with
the default parameters (fuzz on, steps 1m 10m, relearning 10m, answers at random hours in
Europe/Berlin), and the learner's grades are drawn from the true model's recall odds. The
log is then fitted as ``trainer optimize`` fits it. Two learners: one far from the
defaults (forgets much faster, another decay), one close to them.
"""

from __future__ import annotations

import argparse
import random
import statistics
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from trainer.domain import Memory, Phase, Rating
from trainer.scheduling import DEFAULT_PARAMETERS, DayRule, SchedulerConfig, fuzz_factor, review
from trainer.scheduling.optimizer import LoggedReview, evaluate, fit, training_items

DAY = DayRule(starts_at_hour=4, tz=ZoneInfo("Europe/Berlin"))
START = datetime(2026, 1, 5, 8, tzinfo=UTC)


def far_learner() -> tuple[float, ...]:
    """Initial stabilities a third of the defaults, harder growth, a steeper forgetting curve."""
    w = list(DEFAULT_PARAMETERS)
    w[0:4] = [x / 3 for x in w[0:4]]
    w[8] *= 0.8
    w[20] = 0.45
    return tuple(w)


def close_learner() -> tuple[float, ...]:
    """Within about a tenth of the defaults."""
    rng = random.Random(3)
    return tuple(x * rng.uniform(0.92, 1.08) if i < 19 else x
                 for i, x in enumerate(DEFAULT_PARAMETERS))


def _recall(stability: float, days: float, decay: float) -> float:
    factor = 0.9 ** (-1 / decay) - 1
    return float((1 + factor * days / stability) ** (-decay))


def simulate(truth: tuple[float, ...], *, seed: int, cards: int,
             days: int) -> list[LoggedReview]:
    """A learner's log: Trainer schedules with the defaults, the truth decides recall."""
    rng = random.Random(seed)
    scheduled = SchedulerConfig()
    true_config = SchedulerConfig(parameters=truth, fuzz=False)
    end = START + timedelta(days=days)
    log: list[LoggedReview] = []
    for card_id in range(cards):
        now = START + timedelta(days=card_id * days // (2 * cards),
                                minutes=rng.randrange(14 * 60))
        mine, true = Memory(), Memory()
        while now < end:
            if true.phase is Phase.NEW or true.stability is None or true.last_review is None:
                knows = rng.random() < 0.6
            else:
                elapsed = (now - true.last_review).total_seconds() / 86400
                knows = rng.random() < _recall(true.stability, elapsed, truth[20])
            rating = (rng.choices((Rating.HARD, Rating.GOOD, Rating.EASY), (15, 75, 10))[0]
                      if knows else Rating.AGAIN)
            log.append(LoggedReview(card_id, now, int(rating), int(mine.phase)))
            before = mine
            mine = review(mine, rating, now=now, config=scheduled, day=DAY,
                          fuzz_factor=fuzz_factor(card_id, before.reps))
            true = review(true, rating, now=now, config=true_config, day=DAY)
            assert mine.due is not None
            if mine.phase in (Phase.LEARNING, Phase.RELEARNING) and mine.due - now < \
                    timedelta(hours=2):
                now = mine.due + timedelta(minutes=rng.randrange(5))
            else:
                now = max(mine.due, now) + timedelta(minutes=rng.randrange(18 * 60))
    return log


def _held_out(log: list[LoggedReview], last: datetime) -> str:
    train = [r for r in log if r.card_id % 2 == 0]
    test, _ids = training_items([r for r in log if r.card_id % 2], day=DAY, now=last)
    result = fit(train, day=DAY, now=last)
    if result is None or not test:
        return "  (too few)"
    before, after = evaluate(DEFAULT_PARAMETERS, test), evaluate(result.fitted, test)
    return (f"{before.log_loss:>20.4f}{after.log_loss:>8.4f}"
            f"{before.rmse:>13.4f}{after.rmse:>8.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--cards", type=int, default=400)
    parser.add_argument("--days", type=int, default=180)
    args = parser.parse_args()
    print("In-sample (as Anki decides), and held out: fitted on even cards, tested on odd.")
    print(f"{'learner':<8}{'seed':>5}{'reviews':>9}{'items':>7}"
          f"{'log loss before':>17}{'after':>8}{'RMSE before':>13}{'after':>8}  applied"
          f"{'held-out LL before':>20}{'after':>8}{'RMSE before':>13}{'after':>8}")
    for name, truth in (("far", far_learner()), ("close", close_learner())):
        gains: list[float] = []
        applied = 0
        for seed in range(args.seeds):
            log = simulate(truth, seed=seed, cards=args.cards, days=args.days)
            last = max(r.reviewed_at for r in log)
            result = fit(log, day=DAY, now=last)
            if result is None:
                print(f"{name:<8}{seed:>5}{len(log):>9}  too few reviews")
                continue
            applied += result.applied
            gains.append(result.before.log_loss - result.after.log_loss)
            print(f"{name:<8}{seed:>5}{len(log):>9}{result.items:>7}"
                  f"{result.before.log_loss:>17.4f}{result.after.log_loss:>8.4f}"
                  f"{result.before.rmse:>13.4f}{result.after.rmse:>8.4f}  {result.applied!s:<7}"
                  + _held_out(log, last))
        if gains:
            print(f"{name}: applied {applied} of {len(gains)}; median log-loss gain "
                  f"{statistics.median(gains):.4f}")


if __name__ == "__main__":
    main()
