"""Exam date in deck options, its plan in the deck list, and cramming, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from trainer.gui.cram_dialog import CramDialog
from trainer.gui.main_window import MainWindow
from trainer.gui.settings_dialog import SettingsDialog

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_exam_date_set_in_deck_options_shows_pace_and_recall_in_the_deck_list(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    window = deck_window
    seen: dict[str, str] = {}

    def set_date(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog) and dialog.exam_page is not None
        page = dialog.exam_page
        assert dialog.tabs.currentWidget() is page
        assert tuple(page.scope.currentData()) == ("group", "Tests")  # the row selected
        assert page.heading.text() == "No exam date"
        page.enabled.setFocus()
        qtbot.keyClick(_focused(), K.Key_Space)  # "There is an exam on"
        assert page.enabled.isChecked()
        page.date.setFocus()
        qtbot.keyClick(page.date, K.Key_Up)  # 30 March (four weeks ahead) -> 31 March
        seen["heading"] = page.heading.text()
        seen["pace"] = page.pace.text()
        seen["recall"] = page.recall.text()
        seen["chart"] = page.chart.accessibleDescription()
        qtbot.keyClick(_focused(), K.Key_Return)

    on_modal(set_date)
    press(K.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert seen["heading"] == "Exam on 31 March (in 29 days)"
    assert seen["pace"] == "1 new card a day until 25 March"
    assert seen["recall"].startswith("Predicted recall on exam day: 0% as the cards stand, ")
    assert seen["chart"].startswith("29 days, ")
    # The deck list: the exam column (the group and its deck) and the plan under the tree.
    group_row = window.decks.tree.currentIndex()
    assert group_row.siblingAtColumn(4).data() == "31 Mar · 0%"
    assert window.decks.model.index(0, 4, group_row.siblingAtColumn(0)).data() == "31 Mar · 0%"
    assert not window.decks.tree.isColumnHidden(4)
    label = window.decks.exam_label.text()
    assert "Exam on 31 March" in label and "1 new card a day until 25 March" in label
    assert window.decks.model.totals()[0] == 1  # today's new cards follow the plan
    # Studying moves the predicted recall up.
    window.decks.tree.setFocus()
    press(K.Key_Return)
    press(K.Key_Space)
    press(K.Key_3)
    window.show_decks()
    recall = window.decks.tree.currentIndex().siblingAtColumn(4).data()
    assert recall.startswith("31 Mar · ") and recall != "31 Mar · 0%"


def test_cram_a_deck_by_keyboard_leaves_the_schedule_alone(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    window = deck_window
    assert window.col is not None
    with window.col.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT * FROM card_states ORDER BY card_id").all()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, CramDialog)
        dialog.by_search.setFocus()
        qtbot.keyClick(_focused(), K.Key_Space)  # Search: the words field takes the focus
        qtbot.keyClicks(_focused(), "vinca")
        qtbot.keyClick(_focused(), K.Key_Return)

    on_modal(choose)
    press(K.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.review, timeout=5000)
    assert window.review.mode_label.isVisible()
    assert window.review.mode_label.text() == "Cram: “vinca” ·"
    press(K.Key_Space)
    press(K.Key_1)  # Again: it comes back in this session
    press(K.Key_Space)
    press(K.Key_3)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.summary, timeout=5000)
    with window.col.engine.connect() as conn:
        after = conn.exec_driver_sql("SELECT * FROM card_states ORDER BY card_id").all()
        logged = conn.exec_driver_sql("SELECT rating, mode FROM cram_log ORDER BY id").all()
        reviews = conn.exec_driver_sql("SELECT count(*) FROM review_log").scalar_one()
    assert after == before and reviews == 0
    assert [tuple(r) for r in logged] == [(1, "search"), (3, "search")]


def test_shortcut_help_lists_exam_and_cram(deck_window: MainWindow) -> None:
    text = deck_window.shortcuts_dialog().text()
    assert "Exam date…</td><td><b>Ctrl+Shift+E" in text
    assert "Cram or preview…</td><td><b>Ctrl+Shift+C" in text
