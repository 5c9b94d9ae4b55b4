"""Keeps a known PySide6 release from aborting Trainer at exit on Python 3.11.

(The same miscount hits ``True`` and ``False``, which get the same reserve.)

shiboken6 6.12.0 returns ``None`` from every Qt method that returns nothing (``setText``,
``stop``, ``polish``...) without taking a reference to it. On Python 3.12 and later ``None``
is immortal and nothing happens; on 3.11 every such call takes one reference away, and after
a study session of a few hundred cards the count reaches zero while the interpreter shuts
down: ``Fatal Python error: none_dealloc`` and exit code 134. pyproject.toml keeps pip from
choosing that release on 3.11; this guard covers an environment that has it already.

The guard gives ``None`` a reference count so large that no session can use it up, which is
what Python 3.12 does for it by design. It changes nothing on any other version.
"""

from __future__ import annotations

import ctypes
import sys

#: shiboken6 releases that drop a reference to None on each void call (checked by
#: tests/gui/test_app_exit.py, which quits a long session in a fresh process).
LEAKY_SHIBOKEN = frozenset({"6.12.0"})
#: Far more references than any process makes calls, far below the counter's limit.
_RESERVE = 1 << 40


def needs_guard(python: tuple[int, int] | None = None, shiboken: str | None = None) -> bool:
    """True when this Python keeps count of None's references and shiboken6 miscounts them."""
    python = python or (sys.version_info.major, sys.version_info.minor)
    if python >= (3, 12):
        return False
    if shiboken is None:
        try:  # the module's own version: reading package metadata costs ~40 ms at start-up
            import shiboken6
        except ImportError:
            return False
        shiboken = str(getattr(shiboken6, "__version__", ""))
    return shiboken in LEAKY_SHIBOKEN


def guard_none_refcount() -> bool:
    """Raise None's reference count once per process when needed; True if it was raised."""
    global _guarded
    if _guarded or not needs_guard():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11. The
    # same release miscounts the True and False that Qt's boolean methods return
    # ("bool_dealloc" at exit after a long benchmark run), so they get the same reserve.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _guarded = True
    return True


_guarded = False
