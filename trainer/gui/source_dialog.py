"""Where a card's fact comes from: the document, the line range, and the passage itself."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.plain import make_plain
from trainer.gui.theme import current_colors

# The services number each line of the passage and mark the cited ones with "▶".
_LINE = re.compile(r"^(?P<mark>\u25b6)?\s*(?P<number>\d+)  ?(?P<text>.*)$")


def passage_html(passage: str) -> str | None:
    """The passage as a table: line numbers, text, cited lines highlighted.

    None when the text is not in the numbered form the services give.
    """
    colors = current_colors()
    rows = []
    for line in passage.splitlines():
        m = _LINE.match(line)
        if m is None:
            return None
        cited = bool(m.group("mark"))
        style = f' style="background:{colors.highlight_bg}"' if cited else ""
        rows.append(
            f'<tr{style}><td align="right" style="color:{colors.muted}; padding-right:10px">'
            f'{m.group("number")}</td><td>{html.escape(m.group("text"))}</td></tr>')
    return f'<table cellspacing="0" cellpadding="3" width="100%">{"".join(rows)}</table>'


class SourceDialog(QDialog):
    """Shows the citation, and the passage when the document is on this computer."""

    def __init__(self, citation: str, passage: str | None, *, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Source")
        self.setAccessibleName("Source of this card")
        heading = QLabel("<b>Source</b>")
        self.citation_label = QLabel(citation)
        make_plain(self.citation_label)  # a deck's source title and file name
        self.citation_label.setWordWrap(True)
        self.citation_label.setAccessibleName("Citation")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.citation_label)
        self.passage: QTextBrowser | None = None
        if passage:
            box = self.passage = QTextBrowser()
            rich = passage_html(passage)
            if rich is None:
                box.setPlainText(passage)
            else:
                box.setHtml(rich)
            box.setOpenLinks(False)
            box.setAccessibleName("Passage from the document")
            box.setMinimumHeight(160)
            font = box.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            box.setFont(font)
            note = QLabel("The cited lines are highlighted; the lines around them are shown "
                          "for context.")
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            layout.addWidget(box, 1)
            layout.addWidget(note)
        else:
            note = QLabel(
                "The document is not on this computer, so only the citation can be shown. "
                "To read the passage, put the documents in a folder and choose it under "
                "Tools ▸ Settings ▸ Documents folder.")
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            note.setAccessibleName("Passage not available")
            layout.addWidget(note)
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360 if passage else 180)

    def passage_text(self) -> str:
        """The passage as plain text (empty when not shown)."""
        return self.passage.toPlainText() if self.passage is not None else ""
