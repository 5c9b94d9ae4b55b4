"""Fitting FSRS parameters to a learner's own review log, the way Anki fits them.

With fsrs-rs-python (no torch), and Anki's way of turning a log into training items:

* time is counted in learning days: each review's distance from the end of today, in whole
  24-hour periods, as Anki counts it (``DayRule.elapsed_days``), not in 24 hours from the
  previous review;
* a card's history starts at the first answer of its last run of learning answers (a card
  never seen as new, e.g. one whose early reviews were not imported, is left out);
* same-day reviews stay in the history (with 0 days) but give no item of their own;
* the fit runs eight passes; it is evaluated with FSRS's own ``evaluate`` (log loss and
  RMSE over bins) before and after, and applied only when the log loss is lower.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as fsrs_rs

from trainer.domain import Phase
from trainer.scheduling.day import SECONDS_PER_DAY, DayRule
from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS

# Below this many reviews the fit is mostly noise; keep the defaults.
MIN_REVIEWS = 400
_EPOCHS = 8  # as Anki
_LEARNING = (int(Phase.NEW), int(Phase.LEARNING))


@dataclass(frozen=True, slots=True)
class LoggedReview:
    card_id: int
    reviewed_at: datetime
    rating: int
    phase_before: int | None = None  # None: unknown (then the first answer starts the card)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """How well a set of parameters predicts the log: lower is better for both."""

    log_loss: float
    rmse: float


@dataclass(frozen=True, slots=True)
class Fit:
    """The outcome of fitting: the parameters to use and how both sets did."""

    parameters: tuple[float, ...]  # fitted when applied, else the current ones
    fitted: tuple[float, ...]
    before: Evaluation
    after: Evaluation
    applied: bool
    items: int


def _days_before(when: datetime, next_day_at: datetime) -> int:
    """Whole 24-hour periods from a review to the end of today (Anki's revlog age)."""
    return max(0, int(next_day_at.timestamp()) - int(when.timestamp())) // SECONDS_PER_DAY


def _history(reviews: list[LoggedReview]) -> list[LoggedReview]:
    """The part of one card's log FSRS learns from: its last run of learning answers on."""
    start = None
    for index in range(len(reviews) - 1, -1, -1):
        phase = reviews[index].phase_before
        learning = phase in _LEARNING if phase is not None else index == 0
        if learning:
            start = index
        elif start is not None:
            break
    return [] if start is None else reviews[start:]


def training_histories(reviews: Iterable[LoggedReview], *, day: DayRule | None = None,
                       now: datetime | None = None) -> list[tuple[int, list[tuple[int, int]]]]:
    """Per training item, oldest first: its card and its (rating, days since previous) list.

    One item per review made on a later learning day than the card's review before it.
    """
    day = day or DayRule()
    by_card: dict[int, list[LoggedReview]] = {}
    for review in sorted(reviews, key=lambda r: (r.card_id, r.reviewed_at)):
        by_card.setdefault(review.card_id, []).append(review)
    if not by_card:
        return []
    latest = now or max(r.reviewed_at for rs in by_card.values() for r in rs)
    next_day_at = day.containing(latest).end
    keyed: list[tuple[datetime, int, list[tuple[int, int]]]] = []
    for card_id, log in by_card.items():
        steps: list[tuple[int, int]] = []
        previous: int | None = None
        for index, review in enumerate(_history(log)):
            ago = _days_before(review.reviewed_at, next_day_at)
            delta = 0 if previous is None else max(0, previous - ago)
            previous = ago
            steps.append((review.rating, delta))
            if index >= 1 and delta > 0:
                keyed.append((review.reviewed_at, card_id, list(steps)))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [(card_id, steps) for _at, card_id, steps in keyed]


def training_items(reviews: Iterable[LoggedReview], *, day: DayRule | None = None,
                   now: datetime | None = None) -> tuple[list[fsrs_rs.FSRSItem], list[int]]:
    """The items FSRS trains on, and aligned with them the card each belongs to."""
    histories = training_histories(reviews, day=day, now=now)
    items = [fsrs_rs.FSRSItem([fsrs_rs.FSRSReview(r, d) for r, d in steps])
             for _cid, steps in histories]
    return items, [cid for cid, _steps in histories]


def evaluate(parameters: Sequence[float], items: list[fsrs_rs.FSRSItem]) -> Evaluation:
    """Log loss and RMSE (over bins) of these parameters' predictions on the items."""
    result = fsrs_rs.FSRS(list(parameters)).evaluate(items)
    return Evaluation(log_loss=float(result.log_loss), rmse=float(result.rmse_bins))


def fit(reviews: Sequence[LoggedReview], *, current: Sequence[float] | None = None,
        day: DayRule | None = None, now: datetime | None = None,
        relearning_steps: int = 1) -> Fit | None:
    """Fit parameters to a log; None when it is too small to say anything."""
    if len(reviews) < MIN_REVIEWS:
        return None
    items, card_ids = training_items(reviews, day=day, now=now)
    if not items:
        return None
    current = tuple(current or DEFAULT_PARAMETERS)
    config = fsrs_rs.TrainingConfig(num_epochs=_EPOCHS)
    fitted = tuple(float(p) for p in fsrs_rs.FSRS(list(current)).compute_parameters(
        items, card_ids=card_ids, enable_short_term=True,
        num_relearning_steps=relearning_steps, training_config=config))
    before, after = evaluate(current, items), evaluate(fitted, items)
    applied = after.log_loss < before.log_loss
    return Fit(parameters=fitted if applied else current, fitted=fitted, before=before,
               after=after, applied=applied, items=len(items))


def optimise(reviews: Sequence[LoggedReview], **kwargs: object) -> tuple[float, ...] | None:
    """Fitted parameters when they predict the log better, else None (keep the current)."""
    result = fit(reviews, **kwargs)  # type: ignore[arg-type]
    return result.parameters if result is not None and result.applied else None
