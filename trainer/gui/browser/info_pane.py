"""The browser's card info pane: the card, every review with its FSRS memory, the source.

Everything from decks and documents is escaped: it is shown as plain text.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from trainer.domain import Phase, Rating
from trainer.gui.browser.model import cell_text, days_text
from trainer.gui.source_dialog import passage_html
from trainer.gui.theme import current_colors
from trainer.services.browse_models import CardInfo

_RATINGS = {Rating.AGAIN: "Again", Rating.HARD: "Hard", Rating.GOOD: "Good",
            Rating.EASY: "Easy"}
_PHASES = {Phase.NEW: "New", Phase.LEARNING: "Learning", Phase.REVIEW: "Review",
           Phase.RELEARNING: "Relearning"}


def _e(text: object) -> str:
    return html.escape(str(text))


def info_html(info: CardInfo) -> str:
    """The whole pane as simple HTML (tables readable in both themes)."""
    colors = current_colors()
    row = info.row
    muted = f'style="color:{colors.muted}; padding-right:8px"'
    facts = [("Question", info.content.prompt), ("Answer", info.content.answer),
             ("Deck", row.deck), ("Relation", row.relation or "written by hand"),
             ("Kind", row.kind.value), ("State", _PHASES[row.phase]
                                        + (", suspended" if row.suspended else "")
                                        + (", buried" if row.buried else "")
                                        + (", leech" if row.leech else "")),
             ("Due", cell_text(row, "due")), ("Interval", cell_text(row, "interval")),
             ("Stability", cell_text(row, "stability")),
             ("Difficulty", cell_text(row, "difficulty")),
             ("Retrievability", cell_text(row, "retrievability")),
             ("Reviews", row.reviews), ("Lapses", row.lapses),
             ("Added", cell_text(row, "added")), ("Flag", cell_text(row, "flag") or "none"),
             ("Tags", " ".join(row.tags) or "none"), ("Card id", row.card_id)]
    parts = ['<table cellspacing="0" cellpadding="2">']
    parts += [f"<tr><td {muted}>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in facts]
    parts.append("</table>")
    parts.append(f"<h4>Reviews ({len(info.reviews)}), with the memory after each</h4>")
    if info.reviews:
        # Short headings and unbroken cells: the pane is narrow.
        head = ("Date", "Answer", "Then", "Stab.", "Diff.", "Next")
        nowrap = 'style="white-space:nowrap; padding-right:6px"'
        parts.append('<table cellspacing="0" cellpadding="1"><tr>'
                     + "".join(f"<th align='left' {nowrap}>{h}</th>" for h in head) + "</tr>")
        for step in info.reviews:
            cells = (step.reviewed_at.astimezone().strftime("%Y-%m-%d"),
                     _RATINGS[step.rating], _PHASES[step.phase_after],
                     days_text(step.stability),
                     "" if step.difficulty is None else f"{step.difficulty:.1f}",
                     days_text(step.scheduled_days))
            parts.append("<tr>" + "".join(f"<td {nowrap}>{_e(c)}</td>" for c in cells)
                         + "</tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p {muted}>Not answered yet.</p>")
    parts.append("<h4>Source</h4>")
    if not info.citation:
        parts.append(f"<p {muted}>This card cites no source.</p>")
    else:
        parts.append(f"<p>{_e(info.citation)}</p>")
        table = passage_html(info.passage) if info.passage else None
        if table is None:
            parts.append(f"<p {muted}>The document is not on this computer: set the "
                         "documents folder in Settings to see the passage.</p>")
        else:
            parts.append(table)
    return "".join(parts)


class InfoPane(QTextBrowser):
    """Read-only card info; empty text when no single card is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_info")
        self.setAccessibleName("Card info")
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self, count: int = 0) -> None:
        text = ("Select a card to see its reviews and source." if count == 0
                else f"{count:,} cards selected. Select one card to see its reviews.")
        self.setHtml(f"<p>{_e(text)}</p>")

    def show_info(self, info: CardInfo) -> None:
        self.setHtml(info_html(info))
