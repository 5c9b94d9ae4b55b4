"""A quiz taken from the keyboard only: deck list -> set-up -> questions -> report."""

from __future__ import annotations

import random
from pathlib import Path

from conftest import wait_for_task
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trainer.clock import FixedClock
from trainer.gui.main_window import MainWindow
from trainer.gui.quiz_report_view import save_report
from trainer.services.quiz_models import QuestionKind

K = Qt.Key
QUIZ_DECK = Path(__file__).resolve().parents[1] / "data" / "quiz_deck.yaml"


def test_a_quiz_from_the_deck_list_to_the_report_by_keyboard(
        qtbot, window: MainWindow, press, on_modal, clock: FixedClock, tmp_path: Path) -> None:
    window.import_files([QUIZ_DECK])
    wait_for_task(qtbot, window)
    window.quiz.rng = random.Random(4)
    assert window.decks.tree.hasFocus()
    press(K.Key_Down)  # from the group row to the deck

    def set_up(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.count, "5")  # the count is selected: typing replaces it
        qtbot.keyClick(dialog.count, K.Key_Return)  # Enter starts the quiz

    on_modal(set_up)
    press(K.Key_Q)
    qtbot.waitUntil(lambda: window.quiz.taking(), timeout=5000)
    view = window.quiz.view
    run = view.run
    assert run is not None and len(run.questions) == 5
    assert {q.kind for q in run.questions} == {QuestionKind.MCQ}
    assert window.pages.currentWidget() is view and "Question 1 of 5" in view.progress.text()
    right = 0
    for n, question in enumerate(run.questions):
        assert view.prompt.text() == question.prompt
        clock.advance(seconds=3)
        pick = question.correct_choice if n % 2 == 0 else (question.correct_choice + 1) % len(
            question.choices)
        right += pick == question.correct_choice
        press(getattr(K, f"Key_{pick + 1}"))
        press(K.Key_Return)  # submit: the feedback shows
        assert view.feedback.text().startswith("\u2713" if pick == question.correct_choice
                                               else "\u2717")
        press(K.Key_Return)  # next
    report_view = window.quiz.report_view
    assert window.pages.currentWidget() is report_view
    text = report_view.browser.toPlainText()
    assert f"Score: {right}/5" in text and "drug" in text
    assert "Right answer:" in text  # the missed questions, with their answers
    press(K.Key_T)  # the missed cards go to tomorrow
    assert "due tomorrow" in report_view.status.text()
    png = save_report(report_view.report, tmp_path / "report.png")
    pdf = save_report(report_view.report, tmp_path / "report.pdf")
    assert png.stat().st_size > 1000 and pdf.read_bytes().startswith(b"%PDF")
    press(K.Key_H)  # the history shows this quiz
    history = window.quiz.history_view
    assert window.pages.currentWidget() is history and history.table.rowCount() == 1
    assert f"{right}/5" in history.table.item(0, 2).text()
    press(K.Key_Escape)
    assert window.pages.currentIndex() == window.PAGE_DECKS


def test_escape_ends_a_quiz_after_asking(qtbot, window: MainWindow, press, monkeypatch) -> None:
    from trainer.gui import messages
    from trainer.services.quiz_models import QuizSetup

    window.import_files([QUIZ_DECK])
    wait_for_task(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _t: asked.append(title) or True)
    window.quiz.start(QuizSetup(count=4))
    assert window.quiz.taking()
    press(K.Key_1)
    press(K.Key_Return)
    press(K.Key_Escape)
    assert asked == ["End the quiz?"] and not window.quiz.taking()
    text = window.quiz.report_view.browser.toPlainText()
    assert "(not answered)" in text and "/4" in text
