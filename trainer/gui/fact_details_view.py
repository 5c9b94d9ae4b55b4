"""The fact review's right side: the selected fact in words, its note, and its evidence.

It shows what :func:`trainer.services.fact_words.fact_details` and the review's evidence
say; it decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Fact, FactStatus
from trainer.gui.plain import escape, make_plain
from trainer.gui.theme import current_colors
from trainer.services.authoring import Evidence
from trainer.services.fact_words import fact_details

NO_DOCUMENT = ("The document is not on this computer; set the documents folder in Settings "
               "to see the passage.")


class PassageBox(QPlainTextEdit):
    """A read-only monospace passage as tall as its wrapped text (up to a limit)."""

    MAX_LINES = 16

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(QFont().pointSizeF(), 10.0))
        self.setFont(font)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        layout = doc.documentLayout()
        height = 0.0
        block = doc.begin()
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        line = self.fontMetrics().lineSpacing()
        height = max(2 * line, min(height, self.MAX_LINES * line))
        total = int(height + 2 * doc.documentMargin() + 2 * self.frameWidth()) + 2
        if self.height() != total or self.minimumHeight() != total:
            self.setFixedHeight(total)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # the text wraps anew at each width


def _label(name: str, *, selectable: bool = False) -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FactDetailsPane(QScrollArea):
    """The selected fact: a sentence, its fields, and each cited passage with the answers
    marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = _label("Fact in words", selectable=True)
        self.sentence.setProperty("role", "heading")
        self.status_label = _label("Status")
        self.relation_label = QLabel("")
        self.relation_label.setAccessibleName("Relation")
        self.subject_label = _label("Subject", selectable=True)
        self.answers_label = _label("Answers", selectable=True)
        self.note_label = _label("Note", selectable=True)
        self.extra_label = _label("Qualifier, tags and id")
        self.extra_label.setProperty("role", "muted")
        # Subjects, notes, qualifiers and tags come from the deck file: shown as written.
        make_plain(self.sentence, self.relation_label, self.subject_label, self.note_label,
                   self.extra_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.addRow("Status:", self.status_label)
        self.form.addRow("Relation:", self.relation_label)
        self.form.addRow("Subject:", self.subject_label)
        self.form.addRow("Answer(s):", self.answers_label)
        self.form.addRow("Note:", self.note_label)
        self.form.addRow("", self.extra_label)

        self.evidence_heading = QLabel("<b>Evidence</b>")
        self.evidence_heading.setAccessibleName("Evidence")
        self.evidence_box = QVBoxLayout()
        self.evidence_box.setSpacing(4)
        self.citation_labels: list[QLabel] = []
        self.passage_boxes: list[PassageBox] = []

        inner = QWidget()
        inner.setAccessibleName("Fact details")
        layout = QVBoxLayout(inner)
        layout.addWidget(self.sentence)
        layout.addLayout(self.form)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(self.rule)
        layout.addWidget(self.evidence_heading)
        layout.addLayout(self.evidence_box, 1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(inner)
        self.setAccessibleName("Selected fact")
        self.setMinimumWidth(360)

    def show_nothing(self, why: str) -> None:
        """No fact selected: say why (nothing chosen yet, or nothing matches the view)."""
        self._clear_evidence()
        self.sentence.setText("No fact selected")
        for label in (self.status_label, self.relation_label, self.subject_label,
                      self.answers_label, self.note_label, self.extra_label):
            label.setText("")
        self._show_fields(False)  # "Status:", "Subject:"... with nothing after them say nothing
        empty = QLabel(why)
        empty.setProperty("role", "muted")
        empty.setWordWrap(True)
        self.evidence_box.addWidget(empty)
        self.evidence_box.addStretch(1)

    def show_fact(self, fact: Fact, evidence: list[Evidence]) -> None:
        self._clear_evidence()
        self._show_fields(True)
        words = fact_details(fact)
        colors = current_colors()
        self.sentence.setText(words.sentence)
        colour = {FactStatus.CONFLICT: colors.close, FactStatus.REJECTED: colors.muted,
                  FactStatus.ACCEPTED: colors.correct}.get(fact.status, "")
        styled = f"<span style='color:{colour}'><b>{escape(words.status)}</b></span>" \
            if colour else f"<b>{escape(words.status)}</b>"
        self.status_label.setText(f"{styled} — {escape(words.meaning)}")
        self.relation_label.setText(words.relation)
        self.subject_label.setText(words.subject)
        self.answers_label.setText("<br>".join(
            (f"<b>{mark}</b>&nbsp;&nbsp;" if mark.isdigit() else f"{mark}&nbsp;&nbsp;"
             if mark else "") + escape(text) for mark, text in words.answers))
        self.note_label.setText(words.note)
        self.extra_label.setText(words.extra)
        if not evidence:
            none = QLabel("This fact cites no document.")
            none.setProperty("role", "muted")
            self.evidence_box.addWidget(none)
        for item in evidence:
            citation = QLabel(f"<b>{escape(item.citation)}</b>")
            citation.setAccessibleName("Citation")
            citation.setWordWrap(True)
            citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.citation_labels.append(citation)
            self.evidence_box.addWidget(citation)
            if item.passage is None:
                missing = QLabel(NO_DOCUMENT)
                missing.setWordWrap(True)
                missing.setProperty("role", "muted")
                missing.setAccessibleName("Passage not available")
                self.evidence_box.addWidget(missing)
                continue
            box = PassageBox(item.passage)
            box.setAccessibleName(f"Passage: {item.citation}")
            self._mark(box, fact)
            self.passage_boxes.append(box)
            self.evidence_box.addWidget(box)
        if evidence and any(e.passage for e in evidence):
            hint = QLabel("The answers are marked in each passage.")
            hint.setProperty("role", "muted")
            self.evidence_box.addWidget(hint)
        self.evidence_box.addStretch(1)

    def _show_fields(self, shown: bool) -> None:
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        self.rule.setVisible(shown)
        self.evidence_heading.setVisible(shown)

    def _mark(self, box: QPlainTextEdit, fact: Fact) -> None:
        """Highlight each answer where it appears in the passage."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(current_colors().highlight_bg))
        fmt.setForeground(box.palette().color(QPalette.ColorRole.Text))
        selections = []
        doc = box.document()
        for value in fact.objects:
            if not value.strip():
                continue
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(value, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        box.setExtraSelections(selections)

    def _clear_evidence(self) -> None:
        while self.evidence_box.count():
            item = self.evidence_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; hide it now
                widget.deleteLater()
        self.citation_labels = []
        self.passage_boxes = []
