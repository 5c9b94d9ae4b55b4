"""The card browser, driven with the keyboard: search, sort, bulk actions and their undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import open_browser
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.modeltest import ModelTester

from trainer.domain import Flag
from trainer.gui.browser import BrowserWindow
from trainer.gui.browser import model as model_module
from trainer.gui.browser.model import CardTableModel
from trainer.gui.main_window import MainWindow
from trainer.services.browse_models import COLUMNS

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _search(qtbot, browser: BrowserWindow, text: str) -> None:
    box = browser.search_box
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, K.Key_Return)


def _activate(qtbot, browser: BrowserWindow) -> None:
    """Give the browser the keyboard again (offscreen, closing a dialog does not)."""
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow, timeout=3000)
    browser.table.setFocus()


def _select_all(qtbot, browser: BrowserWindow) -> None:
    _activate(qtbot, browser)
    qtbot.keyClick(browser.table, K.Key_A, CTRL)


def _questions(browser: BrowserWindow) -> list[str]:
    model = browser.model
    return [model.index(r, COLUMNS.index("question")).data() for r in range(model.rowCount())]


def test_b_opens_the_browser_on_every_card_and_a_search_narrows_it(
        qtbot, deck_window: MainWindow, press) -> None:
    browser = open_browser(qtbot, deck_window, press)
    assert browser.model.total == 7
    assert browser.count_label.text() == "7 cards"
    _search(qtbot, browser, "vinca")
    assert _questions(browser) == [
        "Vincristine belongs to the [drug class]."]
    # diacritics and case are folded: "LYMPHOÏD" finds "lymphoid"
    _search(qtbot, browser, "LYMPHOÏD")
    assert _questions(browser) == ["Which blood cells does ALL start from?"]


def test_the_card_that_opens_selected_has_its_info_shown(
        qtbot, deck_window: MainWindow, press) -> None:
    """B opens the browser with its first card selected: the info pane shows that card,
    not "Select a card" beside a highlighted row."""
    browser = open_browser(qtbot, deck_window, press)
    assert browser.selected_ids() == [browser.model.card_id(0)]
    first = browser.model.index(0, COLUMNS.index("question")).data()
    text = browser.info.toPlainText()
    assert "Select a card" not in text
    assert first in text
    # Ctrl+Shift+I hides the pane and shows it again, still on that card
    qtbot.keyClick(browser.table, K.Key_I, CTRL | SHIFT)
    assert not browser.info.isVisible()
    qtbot.keyClick(browser.table, K.Key_I, CTRL | SHIFT)
    assert browser.info.isVisible() and first in browser.info.toPlainText()


def test_a_bad_search_points_at_the_bad_term_and_keeps_the_list(
        qtbot, deck_window: MainWindow, press) -> None:
    browser = open_browser(qtbot, deck_window, press)
    _search(qtbot, browser, "deck:Every is:sleepy")
    assert browser.problem.isVisible()
    assert "is:sleepy" in browser.problem.text() and "position 12" in browser.problem.text()
    assert browser.search_box.selectedText() == "is:sleepy"
    assert browser.model.total == 7, "the previous result stays"


def test_suspend_with_ctrl_j_finds_the_card_again_and_undo_puts_it_back(
        qtbot, deck_window: MainWindow, press) -> None:
    browser = open_browser(qtbot, deck_window, press)
    _search(qtbot, browser, '"card to"')
    assert browser.model.total == 2
    _select_all(qtbot, browser)
    qtbot.keyClick(browser.table, K.Key_J, CTRL)
    assert "Suspended 2 cards" in browser.statusBar().currentMessage()
    _search(qtbot, browser, "is:suspended")
    assert sorted(_questions(browser)) == ["Card to bury for today", "Card to suspend"]
    assert browser.model.index(0, COLUMNS.index("due")).data().startswith("(")
    browser.table.setFocus()
    qtbot.keyClick(browser.table, K.Key_Z, CTRL)
    _search(qtbot, browser, "is:suspended")
    assert browser.model.total == 0


def test_flags_tags_and_delete_by_keyboard_each_undone(
        qtbot, deck_window: MainWindow, press, on_modal: Callable[..., None]) -> None:
    browser = open_browser(qtbot, deck_window, press)
    _search(qtbot, browser, "methotrexate or vinca")
    _select_all(qtbot, browser)
    qtbot.keyClick(browser.table, K.Key_1, CTRL)
    _search(qtbot, browser, "flag:1")
    assert browser.model.total == 2
    assert browser.model.index(0, COLUMNS.index("flag")).data() == "Red"

    _select_all(qtbot, browser)

    def type_tag(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        qtbot.keyClicks(dialog.findChild(type(browser.search_box)), "to-revise")
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)

    on_modal(type_tag)
    qtbot.keyClick(browser.table, K.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "Tagged 2 cards" in browser.statusBar().currentMessage())
    _search(qtbot, browser, "tag:to-revise")
    assert browser.model.total == 2

    _select_all(qtbot, browser)

    def confirm(dialog: QWidget) -> None:
        assert "Delete these 2 cards?" in dialog.text()  # type: ignore[attr-defined]
        qtbot.keyClick(QApplication.focusWidget() or dialog, K.Key_Return)

    on_modal(confirm)
    qtbot.keyClick(browser.table, K.Key_Delete, CTRL)
    qtbot.waitUntil(lambda: browser.model.total == 0)
    _activate(qtbot, browser)
    qtbot.keyClick(browser.table, K.Key_Z, CTRL)  # the delete
    assert browser.model.total == 2
    assert len(browser.selected_ids()) == 2, "the cards come back selected"
    qtbot.keyClick(browser.table, K.Key_Z, CTRL)  # the tag
    _search(qtbot, browser, "tag:to-revise")
    assert browser.model.total == 0
    browser.table.setFocus()
    qtbot.keyClick(browser.table, K.Key_Z, CTRL)  # the flag
    _search(qtbot, browser, "flag:1")
    assert browser.model.total == 0
    assert not browser.service.can_undo and not browser.actions_["undo"].isEnabled()


def test_card_info_shows_the_source_passage(qtbot, deck_window: MainWindow, press) -> None:
    browser = open_browser(qtbot, deck_window, press)
    _search(qtbot, browser, "lymphoblasts")
    browser.table.setFocus()
    browser.table.selectRow(0)
    text = browser.info.toPlainText()
    assert "Not answered yet" in text
    assert "Lymphoid precursor cells keep dividing" in text
    qtbot.keyClick(browser.table, K.Key_I, CTRL | SHIFT)
    assert not browser.info.isVisible()


def test_sorting_by_a_column_reorders_the_cards(qtbot, deck_window: MainWindow,
                                                press) -> None:
    browser = open_browser(qtbot, deck_window, press)
    browser.table.sortByColumn(COLUMNS.index("question"), Qt.SortOrder.AscendingOrder)
    ascending = _questions(browser)
    assert ascending == sorted(ascending, key=str.casefold)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, K.Key_R, CTRL | SHIFT)
    assert _questions(browser) == list(reversed(ascending))


def test_the_table_model_passes_qtmodeltester_and_fetches_lazily(
        qtbot, deck_window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(model_module, "PAGE", 3)
    assert deck_window.col is not None
    service = deck_window.col.browser()
    model = CardTableModel(service)
    ModelTester(qtbot).check(model)
    top = QModelIndex()
    assert model.search("") == 7
    assert model.rowCount() == 0 and model.canFetchMore(top), "nothing read before asked"
    model.fetchMore(top)
    assert model.rowCount() == 3
    model.load_until(6)
    assert model.rowCount() == 7 and not model.canFetchMore(top)
    model.sort(COLUMNS.index("question"), Qt.SortOrder.DescendingOrder)
    model.load_until(6)
    questions = [model.index(r, 0).data() for r in range(7)]
    assert questions == sorted(questions, key=str.casefold, reverse=True)
    first = model.card_id(0)
    service.set_flag([first], Flag.BLUE)
    model.refresh((first,))
    assert model.index(0, COLUMNS.index("flag")).data() == "Blue"


def test_due_date_move_reset_and_bury_by_keyboard_then_undone(
        qtbot, deck_window: MainWindow, press, on_modal: Callable[..., None],
        tmp_path: Path) -> None:
    second = tmp_path / "second.yaml"
    second.write_text("format: 1\nid: second\ndeck: Second deck\ncards:\n"
                      "  - {id: s1, type: basic, front: Another, back: Card}\n",
                      encoding="utf-8")
    assert deck_window.col is not None
    deck_window.col.import_deck_files([second])
    browser = open_browser(qtbot, deck_window, press)
    _search(qtbot, browser, '"card to"')
    _select_all(qtbot, browser)

    def days(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, K.Key_A, CTRL)
        qtbot.keyClicks(focus, "5")
        qtbot.keyClick(focus, K.Key_Return)

    on_modal(days)
    qtbot.keyClick(browser.table, K.Key_D, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "due in 5 days" in browser.statusBar().currentMessage())
    due = browser.model.index(0, COLUMNS.index("due")).data()
    assert due == "2026-03-07"

    _activate(qtbot, browser)

    def other_deck(dialog: QWidget) -> None:
        focus = QApplication.focusWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Second deck", "decks listed by group, then title"
        qtbot.keyClick(focus, K.Key_Return)

    on_modal(other_deck)
    qtbot.keyClick(browser.table, K.Key_D, CTRL)
    qtbot.waitUntil(lambda: "Moved 2 cards" in browser.statusBar().currentMessage())
    assert {browser.model.index(r, COLUMNS.index("deck")).data() for r in range(2)} == {
        "Second deck"}

    _activate(qtbot, browser)
    qtbot.keyClick(browser.table, K.Key_N, CTRL | ALT)
    assert {browser.model.index(r, COLUMNS.index("due")).data()[:5] for r in range(2)} == {
        "New #"}
    qtbot.keyClick(browser.table, K.Key_J, CTRL | SHIFT)
    _search(qtbot, browser, "is:buried")
    assert browser.model.total == 2

    for _ in range(4):  # bury, reset, move, due date
        _activate(qtbot, browser)
        qtbot.keyClick(browser.table, K.Key_Z, CTRL)
    _search(qtbot, browser, '"card to"')
    rows = [browser.model.row_data(r) for r in range(2)]
    assert all(r is not None and r.deck == "Every card kind" and r.due is None
               and not r.buried for r in rows)
