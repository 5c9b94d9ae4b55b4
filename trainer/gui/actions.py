"""Every command of the main window, with its keyboard shortcut, as data.

The table feeds the menus, the toolbar, the tooltips ("Show answer (Space)") and the
keyboard-shortcuts help, so the three can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class ActionSpec:
    key: str  # identifier used by the window
    text: str  # menu text, with & for the mnemonic
    shortcuts: tuple[str, ...]  # portable key sequences; the first is shown in menus
    tip: str  # one line for the tooltip and status bar
    menu: str  # which menu it lives in
    toolbar: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("import", "&Import…", ("Ctrl+O",),
               "Import deck files (YAML), Anki packages (.apkg, .colpkg) or spreadsheets "
               "(CSV, TSV)", "file", toolbar=True),
    ActionSpec("generate", "&Generate deck from documents…", ("Ctrl+G",),
               "Make a deck from a folder of documents", "file", toolbar=True),
    ActionSpec("bundled", "Import &bundled decks", ("Ctrl+Shift+O",),
               "Import the decks that come with Trainer", "file"),
    ActionSpec("backups", "Bac&kups…", ("Ctrl+Shift+B",),
               "See, take and restore backups of this profile's collection", "file"),
    ActionSpec("export_anki", "&Export to Anki…", ("Ctrl+E",),
               "Export a deck, a group or the collection as an Anki package (.apkg)", "file"),
    ActionSpec("export_csv", "Export deck as &spreadsheet…", ("Ctrl+Shift+X",),
               "Export the selected deck as a CSV spreadsheet", "file"),
    ActionSpec("profiles", "Switch &profile…", ("Ctrl+Shift+P",),
               "Create, rename or switch profiles", "file"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close Trainer", "file"),
    # Go
    ActionSpec("decks", "&Decks", ("D",), "Back to the deck list", "go", toolbar=True),
    ActionSpec("study", "&Study selected deck", ("Ctrl+Return",),
               "Study the selected deck (or press Enter in the list)", "go", toolbar=True),
    ActionSpec("refresh", "&Refresh", ("F5",), "Recount the decks", "go"),
    ActionSpec("cram", "&Cram or preview…", ("Ctrl+Shift+C",),
               "Study a deck, tag, search or today's failures ahead of schedule, "
               "leaving the schedule as it is", "go"),
    ActionSpec("quiz", "&Quiz…", ("Q",), "A quiz on chosen decks, tags and relations; "
               "it leaves your study schedule alone", "go", toolbar=True),
    ActionSpec("quiz_history", "Quiz &history", ("H",), "Scores of past quizzes over time",
               "go"),
    ActionSpec("browse", "&Browse cards", ("B",),
               "Find, sort and change cards: suspend, flag, tag, reschedule, move, delete",
               "go", toolbar=True),
    ActionSpec("stats", "S&tatistics", ("T",),
               "Charts of answers, retention and the cards of a deck, group or all decks",
               "go", toolbar=True),
    # Study (only while a card is shown)
    ActionSpec("reveal", "Show &answer", ("Space", "Return", "Enter"),
               "Show the answer; on the answer side, give the suggested grade", "study"),
    ActionSpec("again", "&Again", ("1",), "Forgot: see it again soon", "study"),
    ActionSpec("hard", "&Hard", ("2",), "Recalled with difficulty", "study"),
    ActionSpec("good", "&Good", ("3",), "Recalled", "study"),
    ActionSpec("easy", "&Easy", ("4",), "Recalled at once", "study"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Undo the last answer or action", "study",
               toolbar=True),
    ActionSpec("bury", "&Bury card", ("-",), "Hide this card until tomorrow", "study"),
    ActionSpec("suspend", "S&uspend card", ("@",), "Stop showing this card", "study"),
    ActionSpec("edit", "&Edit card…", ("E",), "Edit this card's question and answer",
               "study", toolbar=True),
    ActionSpec("source", "&Source…", ("S",), "Where this fact comes from", "study",
               toolbar=True),
    ActionSpec("flag_red", "Flag &red", ("Ctrl+1",), "Toggle a red flag", "flag"),
    ActionSpec("flag_orange", "Flag &orange", ("Ctrl+2",), "Toggle an orange flag", "flag"),
    ActionSpec("flag_green", "Flag &green", ("Ctrl+3",), "Toggle a green flag", "flag"),
    ActionSpec("flag_blue", "Flag &blue", ("Ctrl+4",), "Toggle a blue flag", "flag"),
    ActionSpec("end", "E&nd session", ("Escape",), "Stop and see the summary", "study"),
    # Tools
    ActionSpec("add_card", "&Add card…", ("A",),
               "Write a basic, reverse, cloze or typed card into a deck", "tools"),
    ActionSpec("new_deck", "&New deck…", ("Ctrl+Shift+N",),
               "Make an empty deck for cards you add yourself", "tools"),
    ActionSpec("rename_deck", "Re&name deck or group…", ("F2",),
               "Rename the selected deck or group", "tools"),
    ActionSpec("move_deck", "&Move deck to group…", ("Ctrl+Shift+M",),
               "Put the selected deck in another group (or drag it there)", "tools"),
    ActionSpec("delete_deck", "De&lete deck or group…", ("Del",),
               "Delete the selected deck or group with its cards; Undo brings it back",
               "tools"),
    ActionSpec("deck_options", "&Deck options…", ("Ctrl+Shift+D",),
               "Retention and daily limits of the selected deck", "tools"),
    ActionSpec("exam", "E&xam date…", ("Ctrl+Shift+E",),
               "Exam date, pace and forecast of the selected deck or group", "tools"),
    ActionSpec("review_facts", "&Review facts of a deck file…", ("Ctrl+Shift+R",),
               "Check a generated deck fact by fact beside its sources", "tools"),
    ActionSpec("check", "C&heck collection", ("Ctrl+Shift+K",),
               "Check the collection for damage and repair what can be repaired", "tools"),
    ActionSpec("settings", "&Settings…", ("Ctrl+,", "Ctrl+P"),
               "Theme, font size, day start, documents folder", "tools", toolbar=True),
    # Help
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1",), "List every shortcut", "help"),
    ActionSpec("about", "&About Trainer", (), "Version and licence", "help"),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"),
    ("go", "&Go"),
    ("study", "&Study"),
    ("tools", "&Tools"),
    ("help", "&Help"),
)


def shortcut_text(spec: ActionSpec) -> str:
    """Shortcuts as the user reads them: "Space or Return"."""
    names: list[str] = []
    for s in spec.shortcuts:
        name = QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
        name = "Enter" if name == "Return" else name  # the same key to a user
        if name not in names:
            names.append(name)
    return " or ".join(names)


def make_action(spec: ActionSpec, parent: QWidget, slot: Callable[[], object]) -> QAction:
    """A QAction with the spec's shortcuts, a tooltip naming them, and an accessible name."""
    action = QAction(spec.text, parent)
    action.setObjectName(f"action_{spec.key}")
    if spec.shortcuts:
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    keys = shortcut_text(spec)
    tip = f"{spec.tip} ({keys})" if keys else spec.tip
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action
