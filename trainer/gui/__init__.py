"""The desktop app (PySide6): windows, views, Qt item models and background tasks.

The only package that imports Qt. It reaches the core only through trainer.services,
trainer.domain and trainer.config.
"""
