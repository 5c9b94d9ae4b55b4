"""Scheduling: the FSRS adapter, the learning day, queue order and limits.

This is the only package that imports ``fsrs``.
"""

from trainer.scheduling.day import LearningDay
from trainer.scheduling.fsrs_adapter import (
    DEFAULT_PARAMETERS,
    Memory,
    Phase,
    SchedulerConfig,
    format_interval,
    preview,
    review,
    valid_parameters,
)
from trainer.scheduling.leech import is_leech

__all__ = [
    "DEFAULT_PARAMETERS",
    "LearningDay",
    "Memory",
    "Phase",
    "SchedulerConfig",
    "format_interval",
    "is_leech",
    "preview",
    "review",
    "valid_parameters",
]
