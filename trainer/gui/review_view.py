"""The review screen: a card, Show answer, then Again / Hard / Good / Easy.

The view shows what the study session (a controller in trainer.services) says and forwards
the learner's keys to it; it makes no scheduling decision of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import CardQueue, CardView, Flag, Rating
from trainer.gui.card_widgets import CardWidget, widget_for
from trainer.gui.plain import make_plain
from trainer.gui.theme import current_colors, restyle

if TYPE_CHECKING:
    from trainer.services import StudySession
    from trainer.services.changes import OpChanges

GRADE_NAMES: dict[Rating, str] = {
    Rating.AGAIN: "Again",
    Rating.HARD: "Hard",
    Rating.GOOD: "Good",
    Rating.EASY: "Easy",
}
FLAG_NAMES: dict[Flag, str] = {
    Flag.NONE: "",
    Flag.RED: "Red flag",
    Flag.ORANGE: "Orange flag",
    Flag.GREEN: "Green flag",
    Flag.BLUE: "Blue flag",
}
#: What Undo takes back, as the Study menu names it ("Undo Bury").
UNDO_NAMES: dict[str, str] = {"answer": "Answer", "cram": "Answer", "bury": "Bury",
                              "suspend": "Suspend", "flag": "Flag"}
#: Anki shows at most a minute on the card clock; longer means the learner walked away.
MAX_CARD_SECONDS = 60


def format_seconds(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class ReviewView(QWidget):
    """Shows the session's current card and turns keys and clicks into session calls."""

    #: The session ran out of cards.
    finished = Signal()
    #: The card on screen or its revealed state changed (the window updates its actions).
    state_changed = Signal()
    #: A brief word on what just happened (bury, suspend, undo), for the status bar.
    notice = Signal(str)
    #: An action changed the collection: the OpChanges it returned (the window passes it on
    #: to the other views, which refresh only what they show).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: StudySession | None = None
        self.card_widget: CardWidget | None = None
        #: The grade Space and Enter give on the answer side (Anki's habit: Good).
        self.suggested = Rating.GOOD
        self.font_scale = 1.0
        self.deck_titles: dict[str, str] = {}
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Review")

        # Header: deck, flag, remaining counts, time on card.
        self.deck_label = QLabel()
        self.deck_label.setProperty("role", "muted")
        self.deck_label.setAccessibleName("Deck")
        self.flag_label = QLabel()
        self.flag_label.setAccessibleName("Flag")
        self.count_labels: dict[CardQueue, QLabel] = {}
        counts = QHBoxLayout()
        counts.setSpacing(14)
        for queue, role, name in ((CardQueue.NEW, "count-new", "New cards left"),
                                  (CardQueue.LEARNING, "count-learning", "Learning cards left"),
                                  (CardQueue.REVIEW, "count-review", "Reviews left")):
            label = QLabel("0")
            label.setProperty("role", role)
            label.setAccessibleName(name)
            label.setToolTip(name)
            self.count_labels[queue] = label
            counts.addWidget(label)
        self.timer_label = QLabel("0:00")
        self.timer_label.setProperty("role", "muted")
        self.timer_label.setAccessibleName("Time on this card")
        self.timer_label.setToolTip("Time on this card")
        self.mode_label = QLabel()  # cram sessions say so: their answers move no card
        self.mode_label.setProperty("role", "count-new")
        self.mode_label.setAccessibleName("Study mode")
        self.mode_label.hide()
        make_plain(self.deck_label, self.mode_label)  # deck titles, searches, tags
        header = QHBoxLayout()
        header.addWidget(self.mode_label)
        header.addWidget(self.deck_label, 1)
        header.addWidget(self.flag_label)
        header.addSpacing(16)
        header.addLayout(counts)
        header.addSpacing(16)
        header.addWidget(self.timer_label)

        # The card, scrollable when it is long or the text is large.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Bottom: Show answer, or the four grades.
        self.show_button = QPushButton("Show answer")
        self.show_button.setProperty("role", "primary")
        self.show_button.setToolTip("Show the answer (Space or Enter)")
        self.show_button.setAccessibleName("Show answer")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.clicked.connect(self.show_answer)
        self.show_hint = QLabel("Space or Enter")
        self.show_hint.setProperty("role", "muted")
        show_page = QWidget()
        show_row = QVBoxLayout(show_page)
        show_row.setContentsMargins(0, 0, 0, 0)
        show_row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        show_row.addWidget(self.show_hint, 0, Qt.AlignmentFlag.AlignHCenter)

        self.grade_buttons: dict[Rating, QPushButton] = {}
        grade_page = QWidget()
        grade_column = QVBoxLayout(grade_page)
        grade_column.setContentsMargins(0, 0, 0, 0)
        grade_row = QHBoxLayout()
        grade_row.addStretch(1)
        for rating, name in GRADE_NAMES.items():
            button = QPushButton(name)
            button.setProperty("role", "grade")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, r=rating: self.grade(r))
            self.grade_buttons[rating] = button
            grade_row.addWidget(button)
        grade_row.addStretch(1)
        self.grade_hint = QLabel("Keys 1 · 2 · 3 · 4")
        self.grade_hint.setProperty("role", "muted")
        grade_column.addLayout(grade_row)
        grade_column.addWidget(self.grade_hint, 0, Qt.AlignmentFlag.AlignHCenter)
        self.bottom = QStackedWidget()
        self.bottom.addWidget(show_page)
        self.bottom.addWidget(grade_page)
        self.bottom.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.bottom)

    # -- session ------------------------------------------------------------------------
    def start(self, session: StudySession, *, font_scale: float = 1.0,
              deck_titles: dict[str, str] | None = None) -> bool:
        """Begin showing ``session``; False when it has nothing to study."""
        self.session = session
        self.font_scale = font_scale
        self.deck_titles = dict(deck_titles or {})
        choice = getattr(session, "choice", None)
        self.mode_label.setVisible(choice is not None)
        if choice is not None:
            self.mode_label.setText(f"{choice.describe()} ·")
            self.mode_label.setToolTip("Cramming: these answers do not change when cards "
                                       "are due")
        card = session.current or session.next_card()
        if card is None:
            self._stop()
            return False
        self._show_card(card)
        return True

    @property
    def current(self) -> CardView | None:
        return self.card_widget.card if self.card_widget is not None else None

    @property
    def revealed(self) -> bool:
        return self.card_widget is not None and self.card_widget.revealed

    def show_answer(self) -> None:
        """Reveal the back (and, for typed/choice/order cards, judge the answer)."""
        if self.session is None or self.card_widget is None or self.card_widget.revealed:
            return
        self.session.reveal()
        suggested = self.card_widget.reveal()
        self.suggested = suggested or Rating.GOOD
        intervals = self.session.intervals()
        for rating, button in self.grade_buttons.items():
            interval = intervals.get(rating, "")
            button.setText(f"{GRADE_NAMES[rating]}\n{interval}" if interval
                           else GRADE_NAMES[rating])
            tip = f"{GRADE_NAMES[rating]} ({int(rating)})"
            if interval:
                tip += f": next review in {interval}"
            if rating == self.suggested:
                tip += " - suggested, also Space or Enter"
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            restyle(button, suggested=rating == self.suggested)
        self.grade_hint.setText(f"Keys 1 · 2 · 3 · 4 · Space or Enter: "
                                f"{GRADE_NAMES[self.suggested]}")
        self.bottom.setCurrentIndex(1)
        self.setFocus()
        self.state_changed.emit()

    def show_answer_or_grade(self) -> None:
        """Space or Enter: the answer; on the answer side, the suggested grade (as in Anki)."""
        if self.revealed:
            self.grade(self.suggested)
        else:
            self.show_answer()

    def grade(self, rating: Rating) -> None:
        """Answer the card with ``rating`` and move on."""
        if self.session is None or not self.revealed:
            return
        changes = self.session.answer(rating, duration_ms=self._duration_ms())
        self._changed(changes)
        self._advance()

    def undo_name(self) -> str:
        """What Undo would take back, for the menu ("Bury"), or "" when there is nothing."""
        action = getattr(self.session, "undo_action", None) if self.session else None
        return UNDO_NAMES.get(action, "") if isinstance(action, str) else ""

    def undo(self) -> None:
        if self.session is None or not self.session.can_undo:
            return
        name = self.undo_name()
        changes = self.session.undo()
        card = self.session.current
        if card is not None:
            self._show_card(card)
        self._changed(changes)
        self.notice.emit(f"Undone: {name.lower() or 'last step'}.")

    def bury(self) -> None:
        if self.session is not None and self.card_widget is not None:
            self._changed(self.session.bury())
            self.notice.emit("Card buried until tomorrow (Ctrl+Z to undo).")
            self._advance()

    def suspend(self) -> None:
        if self.session is not None and self.card_widget is not None:
            self._changed(self.session.suspend())
            self.notice.emit("Card suspended: it will not be shown again (Ctrl+Z to undo).")
            self._advance()

    def toggle_flag(self, flag: Flag) -> None:
        """Set ``flag`` on the current card, or clear it if the card has it already."""
        if self.session is None or self.card_widget is None:
            return
        changes = self.session.set_flag(flag)
        if self.session.current is not None:
            self.card_widget.card = self.session.current
        self._update_header()
        self._changed(changes)
        self.state_changed.emit()  # Undo now takes back the flag

    def replace_card(self, card: CardView) -> None:
        """Show an edited version of the current card, keeping whether it was revealed."""
        was_revealed = self.revealed
        self._show_card(card, restart_timer=False)
        if was_revealed:
            self.show_answer()

    def set_font_scale(self, font_scale: float) -> None:
        """Redraw the current card at a new text size."""
        self.font_scale = font_scale
        if self.card_widget is not None:
            self.replace_card(self.card_widget.card)

    def stop(self) -> None:
        """Leave the session (the window shows the summary or the deck list)."""
        self._stop()

    # -- internals ----------------------------------------------------------------------
    def _changed(self, changes: OpChanges) -> None:
        if changes:  # nothing to tell when nothing changed (a skipped cram card)
            self.changed.emit(changes)

    def _advance(self) -> None:
        assert self.session is not None
        card = self.session.next_card()
        if card is None:
            self._stop()
            self.finished.emit()
        else:
            self._show_card(card)

    def _stop(self) -> None:
        self._tick.stop()
        self.card_widget = None
        holder = self.scroll_area.takeWidget()
        if holder is not None:
            holder.deleteLater()
        self.state_changed.emit()

    def _show_card(self, card: CardView, *, restart_timer: bool = True) -> None:
        self.card_widget = widget_for(card, font_scale=self.font_scale)
        self.card_widget.checked.connect(self.show_answer)
        holder = QWidget()
        holder.setAccessibleName("Card")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 8, 0, 8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_widget, 20)
        row.addStretch(1)
        self.card_widget.setMaximumWidth(int(900 * max(1.0, self.font_scale)))
        column.addLayout(row)
        column.addStretch(1)
        self.scroll_area.setWidget(holder)  # deletes the previous holder and card
        self.bottom.setCurrentIndex(0)
        for button in self.grade_buttons.values():
            restyle(button, suggested=False)
        if restart_timer:
            self._elapsed.start()
        self._tick.start()
        self._update_timer()
        self._update_header()
        target = self.card_widget.focus_widget()
        (target or self).setFocus()
        self.state_changed.emit()

    def _update_header(self) -> None:
        if self.session is None:
            return
        new, learning, review = self.session.remaining()
        card = self.card_widget.card if self.card_widget is not None else None
        colors = current_colors()
        for queue, value in zip(self.count_labels, (new, learning, review), strict=True):
            label = self.count_labels[queue]
            underline = card is not None and card.queue == queue
            label.setText(f"<u>{value}</u>" if underline else str(value))
            name = label.toolTip()
            label.setAccessibleName(f"{name}: {value}")
        if card is not None:
            self.deck_label.setText(self.deck_titles.get(card.deck_id, card.deck_id))
            flag = card.flag
            if flag != Flag.NONE:
                self.flag_label.setText(
                    f'<span style="color:{colors.flag_color(int(flag))}">⚑</span> '
                    f"{FLAG_NAMES[flag]}")
            else:
                self.flag_label.setText("")

    def _duration_ms(self) -> int:
        return min(int(self._elapsed.elapsed()), MAX_CARD_SECONDS * 1000) \
            if self._elapsed.isValid() else 0

    def _update_timer(self) -> None:
        seconds = self._elapsed.elapsed() / 1000 if self._elapsed.isValid() else 0
        self.timer_label.setText(format_seconds(min(seconds, MAX_CARD_SECONDS)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the window's shortcuts leave alone go to the card (e.g. 1-n on a choice)."""
        if self.card_widget is not None and not self.card_widget.revealed \
                and self.card_widget.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)
