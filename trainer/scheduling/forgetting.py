"""FSRS's forgetting curve as plain arithmetic, for the browser's columns and searches.

``R(t, S) = (1 + FACTOR * t / S) ** DECAY`` with ``DECAY = -w20`` and ``FACTOR`` chosen so
that R is 0.9 when t equals S. R falls as t/S rises, so "R below 0.8" is "t/S above a
number", which a database can test on every card without evaluating a power.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS

_FSRS5_DECAY = 0.5  # parameter sets of 19 weights (FSRS-5) have a fixed decay


def _decay(parameters: Sequence[float] | None) -> float:
    weights = parameters or DEFAULT_PARAMETERS
    return -(weights[20] if len(weights) > 20 else _FSRS5_DECAY)


def _factor(decay: float) -> float:
    return float(0.9 ** (1 / decay) - 1)


def recall(elapsed_days: float, stability: float,
           parameters: Sequence[float] | None = None) -> float:
    """Probability of recall ``elapsed_days`` after the last review."""
    decay = _decay(parameters)
    ratio = max(0.0, elapsed_days) / max(stability, 1e-9)
    return float((1 + _factor(decay) * ratio) ** decay)


def ratio_at(probability: float, parameters: Sequence[float] | None = None) -> float:
    """The elapsed/stability ratio at which recall has fallen to ``probability``."""
    decay = _decay(parameters)
    p = min(max(probability, 1e-12), 1.0)
    return float((p ** (1 / decay) - 1) / _factor(decay))
