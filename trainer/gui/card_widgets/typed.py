"""Typed-answer card: type, press Enter, then see your answer diffed against the right one."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QWidget

from trainer.domain import Rating
from trainer.gui.card_widgets.base import CardWidget, text_label
from trainer.gui.theme import restyle
from trainer.services.answers import TypedAnswerResult, check_typed_answer


def case_blind_diff(given: str, expected: str) -> list[tuple[str, str]]:
    """The service's diff, but not marking differences of case (the check ignores them).

    The diff is taken on case-folded text, then the right answer's own letters are put back
    (when folding keeps the length, which it does for nearly all text).
    """
    folded_given, folded_expected = given.strip().casefold(), expected.strip().casefold()
    if len(folded_expected) != len(expected.strip()):
        return check_typed_answer(given, expected).diff
    original = expected.strip()
    out: list[tuple[str, str]] = []
    at = 0
    for op, text in check_typed_answer(folded_given, folded_expected).diff:
        if op == "delete":
            out.append((op, text))
        else:
            out.append((op, original[at:at + len(text)]))
            at += len(text)
    return out


class TypedCard(CardWidget):
    """A line edit under the question; reveal compares what was typed with the answer."""

    def build_front(self) -> None:
        self.entry = QLineEdit()
        font = QFont(self.entry.font())
        font.setPointSizeF(self.point_size)
        self.entry.setFont(font)
        self.entry.setPlaceholderText("Type your answer, then press Enter")
        self.entry.setAccessibleName("Your answer")
        self.entry.setClearButtonEnabled(False)
        self.layout_.addWidget(self.entry)
        self.verdict = text_label(point_size=self.point_size * 0.85, name="Verdict")
        self.verdict.hide()
        self.diff_label = text_label(point_size=self.point_size, name="Your answer compared")
        self.diff_label.hide()
        self.layout_.addWidget(self.verdict)
        self.layout_.addWidget(self.diff_label)
        self.result: TypedAnswerResult | None = None

    def focus_widget(self) -> QWidget:
        return self.entry

    def judge(self) -> Rating:
        given = self.entry.text()
        self.entry.setReadOnly(True)
        self.entry.hide()
        self.result = result = check_typed_answer(given, self.card.content.answer)
        if not given.strip():
            text, role = "No answer typed.", "verdict-wrong"
        elif result.correct:
            text, role = "✓ Right.", "verdict-right"
        elif result.close:
            text, role = "≈ Nearly right: a small typo.", "verdict-close"
        else:
            text, role = "✗ Not right.", "verdict-wrong"
        self.verdict.setText(html.escape(text))
        restyle(self.verdict, role=role)
        self.verdict.show()
        expected_raw = self.card.content.answer
        expected = html.escape(expected_raw.strip())
        lines = []
        if given.strip():
            lines.append(f"You typed: {html.escape(given.strip())}")
        if given.strip() and not result.correct:
            lines.append(f"Right answer: {self.diff_html(case_blind_diff(given, expected_raw))}")
            lines.append(f'<span style="font-size:small; color:{self.colors.muted}">'
                         "Underlined: missing or different in yours; struck out: extra in "
                         "yours.</span>")
        else:
            lines.append(f"Right answer: <b>{expected}</b>")
        self.diff_label.setText("<br>".join(lines))
        self.diff_label.show()
        return result.suggested

    def answer_html(self) -> str:
        return ""  # the right answer is shown with the comparison

    def diff_html(self, diff: list[tuple[str, str]]) -> str:
        """The right answer, with what you missed or got wrong underlined in green and
        what you typed in excess struck out in red."""
        c = self.colors
        out: list[str] = []
        for op, text in diff:
            t = html.escape(text)
            if op == "equal":
                out.append(t)
            elif op == "delete":
                out.append(f'<s style="color:{c.wrong}">{t}</s>')
            else:  # insert (missing) or replace (the right characters)
                out.append(f'<u style="color:{c.correct}"><b>{t}</b></u>')
        return "".join(out)
