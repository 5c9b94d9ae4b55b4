"""Pausing Python's cyclic garbage collector while building or walking big YAML trees.

A deck of thousands of facts makes hundreds of thousands of small objects at once; the cyclic
collector would scan them over and over (it roughly triples load time). Nothing built here
forms reference cycles that need collecting, so the collector is paused and then restored.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; re-enable it after if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
