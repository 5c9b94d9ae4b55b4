"""The card browser: search, sort, select many cards and change them, with undo."""

from trainer.gui.browser.window import BrowserWindow

__all__ = ["BrowserWindow"]
