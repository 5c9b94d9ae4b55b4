"""Habits a long-time Anki user brings to the review screen."""

from __future__ import annotations

from pathlib import Path

from conftest import DECK_ID
from PySide6.QtCore import Qt

from trainer.domain import CardKind, Rating
from trainer.gui.main_window import MainWindow

K = Qt.Key


def _last_rating(window: MainWindow) -> Rating:
    assert window.col is not None
    with window.col.engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT rating FROM review_log ORDER BY id DESC LIMIT 1").scalar_one()
    return Rating(value)


def test_space_and_enter_on_the_answer_side_give_the_suggested_grade(
        deck_window: MainWindow, press) -> None:
    window = deck_window
    window.study([DECK_ID])
    review = window.review
    # A basic card: Space shows the answer, Space again is Good, as in Anki.
    assert review.current is not None and review.current.content.kind is CardKind.BASIC
    press(K.Key_Space)
    assert review.revealed
    assert "Space or Enter: Good" in review.grade_hint.text()
    press(K.Key_Space)
    assert _last_rating(window) is Rating.GOOD
    # The cloze card: Enter, Enter.
    assert review.current is not None and review.current.content.kind is CardKind.CLOZE
    press(K.Key_Return)
    press(K.Key_Return)
    assert _last_rating(window) is Rating.GOOD
    # Typed: a wrong answer suggests Again, and Enter gives Again.
    assert review.current is not None and review.current.content.kind is CardKind.TYPED
    card = review.card_widget
    assert card is not None
    for char in "aspirin":
        press(char)
    press(K.Key_Return)
    assert review.revealed
    assert "Space or Enter: Again" in review.grade_hint.text()
    press(K.Key_Return)
    assert _last_rating(window) is Rating.AGAIN
    # Multiple choice: a wrong pick suggests Again; Space gives it.
    assert review.current is not None and review.current.content.kind is CardKind.MCQ
    content = review.current.content
    wrong = next(i for i in range(1, len(content.choices) + 1) if i - 1 != content.correct_choice)
    press(getattr(K, f"Key_{wrong}"))
    assert review.revealed
    press(K.Key_Space)
    assert _last_rating(window) is Rating.AGAIN


def test_undo_names_what_it_takes_back_and_bury_suspend_undo_say_what_happened(
        deck_window: MainWindow, press) -> None:
    window = deck_window
    window.study([DECK_ID])
    undo = window.actions_["undo"]
    status = window.statusBar()
    assert undo.text() == "&Undo" and not undo.isEnabled()
    press(K.Key_Space)
    press(K.Key_3)
    assert undo.text() == "&Undo Answer"
    press(K.Key_Minus)
    assert "buried until tomorrow" in status.currentMessage()
    assert undo.text() == "&Undo Bury"
    press(K.Key_Return)  # the typed card's box takes every key until the answer shows
    press(K.Key_At)
    assert "suspended" in status.currentMessage()
    assert undo.text() == "&Undo Suspend"
    press(K.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert undo.text() == "&Undo Flag"
    press(K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status.currentMessage() == "Undone: flag."
    press(K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status.currentMessage() == "Undone: suspend."
    assert undo.text() == "&Undo Bury"


def test_studying_a_deck_without_cards_says_why(
        qtbot, window: MainWindow, tmp_path: Path, press) -> None:
    deck = tmp_path / "disputed.yaml"
    deck.write_text(
        "format: 1\nid: disputed\ndeck: Disputed durations\nfacts:\n"
        "  - id: induction.duration\n    relation: phase_duration\n    subject: induction\n"
        "    object: 4 weeks\n    status: conflict\n    note: two documents disagree\n",
        encoding="utf-8")
    window.import_files([deck])
    qtbot.waitUntil(lambda: window.task is None, timeout=10000)
    window.study(["disputed"])
    assert window.pages.currentWidget() is window.summary
    assert window.summary.heading.text() == "Nothing to study here now"
    assert "This deck has no cards" in window.summary.message.text()
    assert "Ctrl+Shift+R" in window.summary.message.text()
    assert "Congratulations" not in window.summary.heading.text()


def test_a_long_status_message_is_not_cut_off_by_the_profile_label(
        qtbot, deck_window: MainWindow) -> None:
    window = deck_window
    window.resize(700, 500)
    status = window.statusBar()
    long = ("Imported 6 decks: ALL: drugs and their targets, ALL: drug classes, ALL: phases "
            "of treatment; 107 new cards")
    status.clearMessage()  # the import's own message
    assert window.profile_label.isVisible()
    status.showMessage(long, 10000)
    assert status.currentMessage() == long
    assert not window.profile_label.isVisible()  # the message has the whole width
    assert window.windowTitle().endswith(window.profile or "?")  # the profile stays named
    status.clearMessage()
    assert window.profile_label.isVisible()
