"""What a learner sees on the quiz, history and exam screens: nothing cut off, nothing
overlapping, empty screens that say what to do. Each test drives the window by keys."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

from conftest import Messages, with_deck
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from trainer.gui.main_window import MainWindow
from trainer.gui.quiz_pages import PNG_FILTER
from trainer.gui.quiz_report_view import PNG_WIDTH
from trainer.gui.settings_dialog import SettingsDialog
from trainer.services.quiz_models import QuizSetup

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
QUIZ_DECK = Path(__file__).resolve().parents[1] / "data" / "quiz_deck.yaml"
# Source lines as long as a paragraph of a real guideline, which is what they often are.
LONG_LINE = ("This line of the quiz notes runs on the way a paragraph copied from a guideline "
             "does, far wider than any window, so the report has to wrap it. ") * 3


def _quiz_window(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    notes = "\n".join(f"{n}. {LONG_LINE}" for n in range(1, 21))
    return with_deck(qtbot, window, tmp_path, QUIZ_DECK, {"quiz-notes.txt": notes})


def _answer_all_wrong(window: MainWindow, press) -> None:
    view = window.quiz.view
    assert view.run is not None
    for question in view.run.questions:
        assert question.correct_choice is not None
        wrong = (question.correct_choice + 1) % len(question.choices)
        press(getattr(K, f"Key_{wrong + 1}"))
        press(K.Key_Return)  # the feedback
        press(K.Key_Return)  # next


def test_report_wraps_long_source_passages_on_screen_and_in_a_saved_png(
        qtbot, window: MainWindow, press, tmp_path: Path, monkeypatch) -> None:
    window = _quiz_window(qtbot, window, tmp_path)
    window.quiz.rng = random.Random(1)
    window.quiz.start(QuizSetup(count=3))
    _answer_all_wrong(window, press)
    report = window.quiz.report_view
    assert window.pages.currentWidget() is report
    assert "This line of the quiz notes runs on" in report.browser.toPlainText()
    browser = report.browser
    # A <pre> passage made the report wider than the window (a sideways scroll bar).
    assert browser.document().idealWidth() <= browser.viewport().width() + 1
    assert not browser.horizontalScrollBar().isVisible()
    # Ctrl+S with "PNG image" chosen and a name typed without an ending gives a PNG, as
    # wide as a saved report should be (it grew to the longest source line before).
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / "proof"), PNG_FILTER)))
    press(K.Key_S, CTRL)
    saved = tmp_path / "proof.png"
    assert saved.exists() and not (tmp_path / "proof.pdf").exists()
    assert QImage(str(saved)).width() == PNG_WIDTH


def test_a_shorter_quiz_than_asked_says_why(qtbot, window: MainWindow, press, on_modal,
                                              tmp_path: Path) -> None:
    window = _quiz_window(qtbot, window, tmp_path)

    def ask_for_many(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.count, "99")
        qtbot.keyClick(dialog.count, K.Key_Return)

    on_modal(ask_for_many)
    press(K.Key_Q)
    qtbot.waitUntil(window.quiz.taking, timeout=5000)
    run = window.quiz.view.run
    assert run is not None and len(run.questions) < 99
    message = window.statusBar().currentMessage()
    assert f"Only {len(run.questions)} questions could be drawn" in message
    assert "you asked for 99" in message


def test_quiz_and_history_on_a_profile_without_decks_say_what_to_do(
        qtbot, window: MainWindow, press, shown_messages: Messages) -> None:
    assert window.decks.is_empty
    press(K.Key_Q)
    assert QApplication.activeModalWidget() is None  # no set-up dialog with empty lists
    assert shown_messages.shown[-1][1] == "No decks to quiz on"
    assert "Import a deck (Ctrl+O)" in shown_messages.shown[-1][2]
    press(K.Key_H)
    history = window.quiz.history_view
    assert window.pages.currentWidget() is history
    assert history.empty.isVisible() and "No quizzes yet" in history.empty.text()
    # The sentence sits under the heading, not half way down an empty page.
    assert history.empty.geometry().top() - history.heading.geometry().bottom() < 40
    assert history.hint.isVisible() and "Esc" in history.hint.text()
    press(K.Key_Escape)
    assert window.pages.currentIndex() == window.PAGE_DECKS


def test_exam_forecast_dates_and_counts_do_not_overlap_or_mislabel(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    seen: dict[str, object] = {}

    def set_date(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog) and dialog.exam_page is not None
        page = dialog.exam_page
        seen["scope"] = page.scope.currentText()
        page.enabled.setChecked(True)  # four weeks ahead: 29 days of bars
        chart = page.chart
        labels = chart.date_labels()
        seen["labels"] = [text for _rect, text in labels]
        seen["overlaps"] = [(a[1], b[1]) for a, b in itertools.pairwise(labels)
                            if a[0].right() >= b[0].left()]
        seen["axis"] = chart.axis_labels()
        dialog.reject()

    on_modal(set_date)
    press(K.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "labels" in seen, timeout=5000)
    assert seen["scope"] == "Tests (its 1 deck)"  # not "all 1 decks"
    assert seen["overlaps"] == []
    assert seen["labels"][0] == "2 Mar" and seen["labels"][-1] == "29 Mar"  # type: ignore[index]
    top = float(seen["axis"][-1])  # type: ignore[index]
    assert float(seen["axis"][1]) == top / 2  # type: ignore[index]  # 2.5, not 2


CRAM_AND_QUIT = """
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from trainer.gui.cram_dialog import CramDialog
app = QApplication([])
dialog = CramDialog([], tags=[], current_deck=None)
dialog.show()
QTest.keyClick(dialog.by_search, Qt.Key.Key_Space)
QTest.keyClicks(dialog.search, "CD19")
assert dialog.choice().query == "CD19"
dialog.close()
del dialog  # as the main window drops the dialog after asking
"""


def test_cram_dialog_search_then_quit_leaves_no_qt_warning() -> None:
    """Choose a search by keys, close, quit: no "shared QObject was deleted directly" (a
    lambda holding the dialog caused it, and with it a crash as the app quit)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CRAM_AND_QUIT], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "shared QObject" not in done.stderr


def test_typing_in_the_cram_search_box_chooses_a_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trainer.domain import DeckCounts
    from trainer.gui.cram_dialog import CramDialog
    from trainer.services.cram import CramScope

    deck = DeckCounts("all-drug-targets", "ALL: drugs and their targets", "ALL", 5, 0, 0, 5)
    dialog = CramDialog([deck], tags=[], current_deck="all-drug-targets")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope() is CramScope.DECK
    qtbot.mouseClick(dialog.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.search, "CD19")
    assert dialog.scope() is CramScope.SEARCH
    assert dialog.choice().query == "CD19"
