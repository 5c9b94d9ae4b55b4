"""The fact review's commands: one action per key, and a button naming each key.

Single keys work anywhere in the review window (A, R, E, S, 1-9, N, K, Q, C, Ctrl+S); each
button shows its key, and its tooltip says what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

#: The commands on the current fact; they fill the first row of buttons, the deck's
#: commands the second. One row of ten buttons is wider than a 1366-pixel screen at 125 %.
FACT_COMMANDS = frozenset({"accept", "reject", "edit", "settle", "previous", "next"})

#: (key, button text, shortcuts, tooltip)
ACTIONS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("accept", "Accept", ("A",), "Mark this fact checked and correct"),
    ("reject", "Reject", ("R",), "Reject this fact: it makes no cards"),
    ("edit", "Edit…", ("E",), "Edit the subject and answers"),
    ("settle", "Settle…", ("S",), "Choose which value of a conflict to keep "
                                  "(or press 1–9 to keep that value at once)"),
    ("previous", "Previous", ("K",), "Previous fact that needs attention"),
    ("next", "Next", ("N", "J"), "Next fact that needs attention"),
    ("question", "Write question…", ("Q",), "Write a question and its answer from "
                                             "cited lines (for what no card asks)"),
    ("check", "Check deck…", ("C",), "List what a reviewer should look at: repeated "
                                     "questions, drafts, weak cards, citations"),
    ("save", "Save", ("Ctrl+S",), "Save the deck file"),
    ("close", "Close", ("Esc",), "Close; asks first when there are unsaved changes"),
)


@dataclass(frozen=True, slots=True)
class ActionBar:
    """The two rows of buttons and the actions behind them."""

    layout: QVBoxLayout
    actions: dict[str, QAction]
    buttons: dict[str, QPushButton]
    keep: list[QAction]  #: 1-9: keep that value of a conflict at once


def build_action_bar(owner: QWidget, slots: Mapping[str, Callable[[], object]],
                     keep: Callable[[int], object]) -> ActionBar:
    """An action and a button for each of :data:`ACTIONS`, calling ``slots[key]``; the keys
    1-9 call ``keep`` with 0-8."""
    fact_row, deck_row = QHBoxLayout(), QHBoxLayout()
    actions: dict[str, QAction] = {}
    buttons: dict[str, QPushButton] = {}
    for key, text, shortcuts, tip in ACTIONS:
        keys = " or ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                           for s in shortcuts)
        action = QAction(text, owner)
        action.setObjectName(f"review_{key}")
        if key != "close":  # QDialog already closes on Esc, through reject()
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({keys})")
        action.triggered.connect(lambda _checked=False, slot=slots[key]: slot())
        owner.addAction(action)
        actions[key] = action
        label = f"{text.rstrip('…')} ({shortcuts[0]}){'…' if text.endswith('…') else ''}"
        if key == "next":
            label = "Next needing attention (N)"
        elif key == "settle":
            label = "Settle… (S, 1–9)"
        button = QPushButton(label)
        button.setObjectName(f"review_{key}_button")
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        buttons[key] = button
        if key == "save":
            deck_row.addStretch(1)
        (fact_row if key in FACT_COMMANDS else deck_row).addWidget(button)
    fact_row.addStretch(1)
    bar = QVBoxLayout()
    bar.addLayout(fact_row)
    bar.addLayout(deck_row)
    keeps: list[QAction] = []
    for i in range(9):
        value = QAction(f"Keep value {i + 1}", owner)
        value.setShortcut(QKeySequence(str(i + 1)))
        value.triggered.connect(lambda _checked=False, i=i: keep(i))
        owner.addAction(value)
        keeps.append(value)
    return ActionBar(bar, actions, buttons, keeps)
