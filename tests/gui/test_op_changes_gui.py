"""Views refresh from what an operation says it changed, with no Refresh (F5) pressed.

The learner changes cards in one place - the browser, the review screen - and the other
views on screen show it at once: the deck list's counts, the browser's rows.
"""

from __future__ import annotations

from conftest import DECK_ID, open_browser
from PySide6.QtCore import Qt

from trainer.gui.main_window import MainWindow
from trainer.services.browse_models import COLUMNS

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _today(window: MainWindow) -> str:
    return window.decks.totals_label.accessibleDescription()


def _back_to(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.decks.focus_tree()


def test_suspending_in_the_browser_lowers_the_deck_list_count_at_once(
        qtbot, deck_window: MainWindow, press) -> None:
    window = deck_window
    assert _today(window) == "Today: 7 new, 0 learning, 0 due"
    browser = open_browser(qtbot, window, press)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, K.Key_Home)
    qtbot.keyClick(browser.table, K.Key_J, CTRL)
    assert "Suspended 1 card" in browser.statusBar().currentMessage()
    # The deck list behind the browser recounted from the change, not from F5.
    assert _today(window) == "Today: 6 new, 0 learning, 0 due"
    qtbot.keyClick(browser.table, K.Key_Z, CTRL)
    assert _today(window) == "Today: 7 new, 0 learning, 0 due"


def test_an_answer_shows_in_the_open_browser_and_on_the_deck_list_afterwards(
        qtbot, deck_window: MainWindow, press) -> None:
    window = deck_window
    browser = open_browser(qtbot, window, press)
    _back_to(qtbot, window)
    press(K.Key_Down)
    assert window.decks.selected_deck_ids() == [DECK_ID]
    press(K.Key_Return)
    card = window.review.current
    assert window.pages.currentWidget() is window.review and card is not None
    row = browser.model.row_of(card.card_id)
    assert row is not None
    reviews = browser.model.index(row, COLUMNS.index("reviews"))
    assert reviews.data() == "0"
    press(K.Key_Space)
    press(K.Key_3)  # Good
    # The browser's row for the answered card now counts the review.
    assert reviews.data() == "1"
    # The hidden deck list only noted the change; it shows it when the learner returns.
    assert window.decks_stale
    press(K.Key_Escape)  # end the session: its summary
    assert window.pages.currentWidget() is window.summary
    press(K.Key_Return)  # back to the decks
    assert window.pages.currentWidget() is window.decks
    assert _today(window) == "Today: 6 new, 1 learning, 0 due"  # Good: in learning now
