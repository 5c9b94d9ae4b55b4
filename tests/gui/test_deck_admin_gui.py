"""Managing decks from the deck list with the keyboard: new, rename, move, delete, Undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.conftest import DECK_ID
from trainer.domain import Rating
from trainer.gui.main_window import MainWindow


def _tree_rows(window: MainWindow) -> list[str]:
    """Every row of the deck tree, children indented: what the learner sees."""
    model = window.decks.model
    out: list[str] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append("  " * depth + str(index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return out


def _type_and_enter(qtbot, text: str, press) -> None:
    """Replace what the focused field holds with ``text``, then press Enter."""
    widget = QApplication.focusWidget()
    assert widget is not None
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    press(Qt.Key.Key_Return)


def _select_deck(window: MainWindow, press) -> None:
    window.decks.tree.setFocus()
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)
    assert window.decks.selected_scope() == ("deck", DECK_ID)


def test_new_deck_goes_into_the_selected_group_and_undo_removes_it(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    assert _tree_rows(deck_window) == ["Tests", "  Every card kind"]
    on_modal(lambda _d: _type_and_enter(qtbot, "Night shift", press))
    deck_window.decks.tree.setFocus()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(_tree_rows(deck_window)) == 3)
    assert _tree_rows(deck_window) == ["Tests", "  Every card kind", "  Night shift"]
    assert "Created the deck “Night shift”" in deck_window.statusBar().currentMessage()
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tree_rows(deck_window) == ["Tests", "  Every card kind"]


def test_f2_renames_and_ctrl_shift_m_moves_a_deck(qtbot, deck_window: MainWindow, press,
                                                  on_modal) -> None:
    _select_deck(deck_window, press)
    on_modal(lambda _d: _type_and_enter(qtbot, "Ward round", press))
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "  Ward round" in _tree_rows(deck_window))
    assert deck_window.decks.selected_scope() == ("deck", DECK_ID)  # same deck, same id
    on_modal(lambda _d: _type_and_enter(qtbot, "Finals", press))
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _tree_rows(deck_window) == ["Finals", "  Ward round"])
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back to "Tests"
    assert _tree_rows(deck_window) == ["Tests", "  Ward round"]


def test_dragging_a_deck_onto_a_group_moves_it(deck_window: MainWindow) -> None:
    assert deck_window.col is not None
    deck_window.col.deck_admin().create(title="Elsewhere", group="Other")
    deck_window.refresh()
    assert _tree_rows(deck_window) == ["Other", "  Elsewhere", "Tests", "  Every card kind"]
    tree = deck_window.decks.tree
    model = deck_window.decks.model
    tests_group = model.index(1, 0)
    assert tree.drop_target_group(tests_group) == "Tests"
    assert tree.drop_target_group(model.index(0, 0, tests_group)) == "Tests"  # onto a deck
    assert tree.drop_target_group(QModelIndex()) == ""  # empty space: no group
    tree.decks_dropped.emit(["elsewhere"], "Tests")  # what a drop onto "Tests" sends
    assert _tree_rows(deck_window) == ["Tests", "  Elsewhere", "  Every card kind"]


def test_delete_asks_first_with_counts_and_undo_brings_the_deck_back(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    assert deck_window.col is not None
    session = deck_window.col.start_session()
    assert session.next_card() is not None
    session.reveal()
    session.answer(Rating.GOOD, duration_ms=1000)
    session.close()
    deck_window.refresh()
    _select_deck(deck_window, press)
    asked: list[str] = []

    def answer(key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        def handle(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            press(key, modifier)
            # A button's letter clicks it after a short flash: wait for the box to close.
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
        on_modal(handle)

    answer(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # Enter alone: Cancel
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0].startswith("Delete the deck “Every card kind”? This removes 7 cards and "
                               "1 review from your history.")
    assert _tree_rows(deck_window) == ["Tests", "  Every card kind"]
    answer(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: the "&Delete" button
    deck_window.decks.tree.setFocus()
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 2)
    qtbot.waitUntil(lambda: deck_window.decks.is_empty)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not deck_window.decks.is_empty)
    assert _tree_rows(deck_window) == ["Tests", "  Every card kind"]
    counts = {c.deck_id: c.total for c in deck_window.counts}
    assert counts == {DECK_ID: 7}
