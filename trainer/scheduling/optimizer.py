"""Fitting FSRS parameters to a learner's own review log, with fsrs-rs-python (no torch)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as fsrs_rs

from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS

# Below this many reviews the fit is mostly noise; keep the defaults.
MIN_REVIEWS = 400


@dataclass(frozen=True, slots=True)
class LoggedReview:
    card_id: int
    reviewed_at: datetime
    rating: int


def training_items(reviews: Iterable[LoggedReview]) -> list[fsrs_rs.FSRSItem]:
    """One item per review after a card's first: the card's history up to that review."""
    by_card: dict[int, list[LoggedReview]] = {}
    for review in sorted(reviews, key=lambda r: (r.card_id, r.reviewed_at)):
        by_card.setdefault(review.card_id, []).append(review)
    items: list[fsrs_rs.FSRSItem] = []
    for history in by_card.values():
        steps: list[fsrs_rs.FSRSReview] = []
        previous: datetime | None = None
        for review in history:
            delta = 0 if previous is None else max(0, (review.reviewed_at - previous).days)
            steps.append(fsrs_rs.FSRSReview(review.rating, delta))
            previous = review.reviewed_at
            if len(steps) > 1 and delta > 0:
                items.append(fsrs_rs.FSRSItem(list(steps)))
    return items


def optimise(reviews: Sequence[LoggedReview]) -> tuple[float, ...] | None:
    """Fitted parameters, or None when the log is too small to improve on the defaults."""
    if len(reviews) < MIN_REVIEWS:
        return None
    items = training_items(reviews)
    if not items:
        return None
    fitted = fsrs_rs.FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items)
    return tuple(float(p) for p in fitted)


@dataclass(frozen=True, slots=True)
class Fit:
    """An optimisation: the parameters found (None: too few reviews) and how well the old
    and the new parameters predict the learner's own answers (log loss, lower is better)."""

    parameters: tuple[float, ...] | None
    reviews: int
    log_loss_before: float | None = None
    log_loss_after: float | None = None

    @property
    def better(self) -> bool:
        """True when the new parameters predict the answers better than the old ones."""
        return (self.parameters is not None and self.log_loss_before is not None
                and self.log_loss_after is not None
                and self.log_loss_after < self.log_loss_before)


def log_loss(items: Sequence[fsrs_rs.FSRSItem], parameters: Sequence[float]) -> float:
    """How surprised ``parameters`` are by the answers in ``items`` (lower is better)."""
    return float(fsrs_rs.FSRS(list(parameters)).evaluate(list(items)).log_loss)


def fit(reviews: Sequence[LoggedReview], current: Sequence[float] | None) -> Fit:
    """Fit parameters, and measure the log loss of the current and the fitted ones."""
    if len(reviews) < MIN_REVIEWS:
        return Fit(None, len(reviews))
    items = training_items(reviews)
    if not items:
        return Fit(None, len(reviews))
    before = log_loss(items, current or DEFAULT_PARAMETERS)
    fitted = tuple(float(p) for p in
                   fsrs_rs.FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items))
    return Fit(fitted, len(reviews), before, log_loss(items, fitted))
