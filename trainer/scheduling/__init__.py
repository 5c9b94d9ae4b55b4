"""Scheduling: the FSRS adapter, the learning day, queue order and limits.

This is the only package that imports ``fsrs``.
"""

from trainer.scheduling.day import DayRule, LearningDay
from trainer.scheduling.fsrs_adapter import (
    DEFAULT_PARAMETERS,
    Memory,
    Phase,
    SchedulerConfig,
    answers,
    format_interval,
    preview,
    review,
    valid_parameters,
)
from trainer.scheduling.fuzz import fuzz_factor
from trainer.scheduling.leech import is_leech

__all__ = [
    "DEFAULT_PARAMETERS",
    "DayRule",
    "LearningDay",
    "Memory",
    "Phase",
    "SchedulerConfig",
    "answers",
    "format_interval",
    "fuzz_factor",
    "is_leech",
    "preview",
    "review",
    "valid_parameters",
]
