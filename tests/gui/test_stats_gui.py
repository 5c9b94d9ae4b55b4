"""The statistics window, driven from the keyboard: open it, change period and scope, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tests.gui.conftest import DECK_ID
from trainer.domain import Rating
from trainer.gui.main_window import MainWindow
from trainer.gui.stats.window import StatsWindow
from trainer.services.stats import DECK, Scope


def _answer(window: MainWindow, ratings: list[Rating]) -> None:
    assert window.col is not None
    session = window.col.start_session(deck_ids=[DECK_ID])
    for rating in ratings:
        assert session.next_card() is not None
        session.reveal()
        session.answer(rating, duration_ms=30_000)
    session.close()


def test_t_opens_statistics_of_the_selected_deck(qtbot, deck_window: MainWindow, press,
                                                 on_modal, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(deck_window, [Rating.GOOD, Rating.AGAIN, Rating.GOOD])
    deck_window.refresh()
    deck_window.decks.tree.setFocus()
    press(Qt.Key.Key_Home)  # the group "Tests"
    press(Qt.Key.Key_Down)  # its deck
    assert deck_window.decks.selected_scope() == (DECK, DECK_ID)
    seen: dict[str, object] = {}
    target = tmp_path / "answers.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "answers"), "PNG images (*.png)"))

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, StatsWindow)
        assert dialog.scope.currentData() == Scope(DECK, DECK_ID)
        seen["summary"] = dialog.summary.text()
        report = dialog.report
        assert report is not None
        seen["today"] = report.days[-1].total
        # Alt+P goes to the period; Down picks the next one (the last 3 months).
        press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is dialog.period
        press(Qt.Key.Key_Down)
        assert dialog.report is not None and dialog.report.period_days == 91
        assert len(dialog.report.days) == 91
        # Tab to the first chart's Save button and press Space: a PNG of that chart.
        dialog.panels["answers"].save_button.setFocus()
        press(Qt.Key.Key_Space)
        seen["saved"] = target.exists()
        press(Qt.Key.Key_Escape)

    on_modal(check)
    press(Qt.Key.Key_T)
    qtbot.waitUntil(lambda: "saved" in seen, timeout=5000)
    assert "3 answers" in str(seen["summary"]) and "1 of 30 days" in str(seen["summary"])
    assert seen["today"] == 3
    assert seen["saved"]
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    assert deck_window.stats_window is None


def test_the_charts_follow_the_scope_and_the_chart_figures(qtbot, deck_window: MainWindow,
                                                           press) -> None:
    _answer(deck_window, [Rating.GOOD, Rating.EASY])
    assert deck_window.col is not None
    dialog = StatsWindow(deck_window.col.statistics())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope.currentText() == "Whole collection"
    chart = dialog.views["answers"].chart()
    learning = chart.series()[0].barSets()[0]
    assert learning.label() == "Learning" and learning.at(0) == 2  # index 0 is today
    states = dialog.views["states"].chart().series()[0].barSets()[0]
    assert states.at(0) == dialog.report.states["New"]  # type: ignore[union-attr]
    press(Qt.Key.Key_End, target=dialog.scope)  # the last scope: the deck itself
    assert dialog.report is not None and dialog.report.title.endswith("Every card kind")
    assert "2 answers" in dialog.summary.text()


def test_a_chart_that_cannot_be_saved_says_where_and_what_to_do(
        qtbot, deck_window: MainWindow, shown_messages, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert deck_window.col is not None
    dialog = StatsWindow(deck_window.col.statistics())
    qtbot.addWidget(dialog)
    missing = tmp_path / "no such folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(missing), "PNG images (*.png)"))
    dialog.save_chart("forecast")
    assert not missing.exists()
    text = shown_messages.texts()
    assert "could not be saved" in text and "no such folder" in text
    assert "Choose a folder you can write to" in text


def test_answer_counts_on_the_axis_stay_readable_on_a_busy_day(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    """Ten answers in a day: the 'Answers per day' axis labels each get a line of their own
    (eleven labels, 0 to 10, did not fit and Qt drew every one as '…')."""
    _answer(deck_window, [Rating.AGAIN] * 3 + [Rating.GOOD] * 7)
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, StatsWindow)
        assert dialog.report is not None and dialog.report.days[-1].total == 10
        view = dialog.views["answers"]
        qtbot.waitUntil(lambda: view.chart().plotArea().height() > 0)
        axis = view.chart().axes(Qt.Orientation.Vertical)[0]
        seen["top"] = axis.max()
        seen["labels"] = axis.tickCount()
        seen["room"] = view.chart().plotArea().height() / (axis.tickCount() - 1)
        seen["line"] = QFontMetrics(axis.labelsFont()).height()
        press(Qt.Key.Key_Escape)

    on_modal(check)
    press(Qt.Key.Key_T)
    qtbot.waitUntil(lambda: "line" in seen, timeout=5000)
    assert seen["top"] == 10  # the busiest day still fits under the top
    assert seen["labels"] == 6  # 0, 2, 4, 6, 8, 10
    assert seen["room"] >= seen["line"]  # type: ignore[operator]


def test_the_save_buttons_of_charts_side_by_side_are_level(qtbot, deck_window: MainWindow,
                                                           press, on_modal) -> None:
    """The calendar is shorter than the chart beside it; its Save button stays level."""
    seen: dict[str, int] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, StatsWindow)
        for key in ("answers", "calendar"):
            button = dialog.panels[key].save_button
            seen[key] = button.mapTo(dialog, button.rect().topLeft()).y()
        press(Qt.Key.Key_Escape)

    on_modal(check)
    press(Qt.Key.Key_T)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen["answers"] == seen["calendar"]
