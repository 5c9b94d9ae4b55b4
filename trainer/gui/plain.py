"""Text from decks, documents and learners shown as written, never as HTML.

Qt labels and tooltips guess whether a string is rich text; a deck titled
``<img src="file:///dev/zero">`` would make Qt load that file. Labels that show such text
are made plain here, and the few that mix it into markup escape it with :func:`escape`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def escape(text: str) -> str:
    """``text`` for a rich-text label or tooltip: markup shown literally, lines kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written (tooltips guess rich text otherwise)."""
    return f"<qt>{escape(text)}</qt>"


def make_plain(*labels: QLabel) -> None:
    """Show whatever these labels are given as plain text."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
