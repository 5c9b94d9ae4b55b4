"""The desktop app (PySide6): windows, views, Qt item models and background tasks.

The only package that imports Qt. It reaches the core only through trainer.services,
trainer.domain and trainer.config.
"""

from trainer.gui.none_guard import guard_none_refcount

# Before any Qt call: one PySide6 release miscounts None on Python 3.11 (see none_guard).
guard_none_refcount()
