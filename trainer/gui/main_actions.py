"""The main window's commands: its QActions, menus and toolbar, when each is enabled, and
the small windows some of them open (shortcuts, about, statistics).

Every command is built from the specs in trainer.gui.actions and connected to a method of
the window; :func:`update_actions` enables only what makes sense on the page on screen, so
a shortcut never fires where it means nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from trainer import __version__
from trainer.config import bundled_decks_dir
from trainer.domain import Flag, Rating
from trainer.gui import backups_dialog, messages
from trainer.gui.actions import ACTIONS, MENUS, make_action, shortcut_text

if TYPE_CHECKING:
    from trainer.gui.main_window import MainWindow

FLAGS = {"flag_red": Flag.RED, "flag_orange": Flag.ORANGE, "flag_green": Flag.GREEN,
         "flag_blue": Flag.BLUE}
GRADES = {"again": Rating.AGAIN, "hard": Rating.HARD, "good": Rating.GOOD,
          "easy": Rating.EASY}
STUDY_ACTIONS = ("reveal", "again", "hard", "good", "easy", "undo", "bury", "suspend",
                 "edit", "source", "end", *FLAGS)
DECK_ACTIONS = ("add_card", "new_deck", "rename_deck", "move_deck", "delete_deck")
TASK_ACTIONS = ("import", "generate", "bundled", "profiles", "settings", "deck_options",
                "study", "refresh", "review_facts", "exam", "cram", "backups", "check",
                "export_anki", "export_csv", "stats")


def bundled_available() -> bool:
    """Whether Trainer came with decks to add (a source checkout may have none)."""
    folder = bundled_decks_dir()
    return folder.is_dir() and any(folder.glob("*.yaml"))


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Every command of the window, in its menus and toolbar; keyed by the spec's key."""
    w = window
    slots: dict[str, Callable[[], object]] = {
        "import": w.choose_deck_files,
        "generate": w.generate_deck,
        "bundled": w.import_bundled,
        "export_anki": w.export_to_anki,
        "export_csv": w.export_to_csv,
        "profiles": w.manage_profiles,
        "backups": lambda: backups_dialog.show_backups(w),
        "check": lambda: backups_dialog.check(w),
        "quit": w.close,
        "decks": w.show_decks,
        "study": w.decks.study_selected,
        "refresh": w.refresh,
        "quiz": w.quiz.new_quiz,
        "quiz_history": w.quiz.show_history,
        "browse": w.open_browser,
        "reveal": w.review.show_answer_or_grade,
        "stats": w.show_stats,
        "undo": w.undo,
        "new_deck": lambda: w.deck_ops.new_deck(w.counts),
        "add_card": w.add_hand_card,
        "rename_deck": lambda: w.deck_ops.rename(w.counts),
        "move_deck": lambda: w.deck_ops.move(w.counts),
        "delete_deck": w.deck_ops.delete,
        "bury": w.review.bury,
        "suspend": w.review.suspend,
        "edit": w.edit_card,
        "source": w.show_source,
        "end": lambda: w.end_session(finished=False),
        "review_facts": w.review_facts,
        "deck_options": lambda: w.open_settings(deck_id=w.decks.selected_deck_id()),
        "exam": lambda: w.open_settings(deck_id=w.decks.selected_deck_id(), tab="exam"),
        "cram": w.cram,
        "settings": lambda: w.open_settings(tab="general"),
        "shortcuts": w.show_shortcuts,
        "about": w.show_about,
    }
    for key, rating in GRADES.items():
        slots[key] = partial(w.review.grade, rating)
    for key, flag in FLAGS.items():
        slots[key] = partial(w.review.toggle_flag, flag)
    menus = {key: w.menuBar().addMenu(title) for key, title in MENUS}
    flag_menu = menus["study"].addMenu("&Flag")
    toolbar = QToolBar("Main toolbar")
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setAccessibleName("Main toolbar")
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # on a narrow window
    if more is not None:
        more.setAccessibleName("More toolbar actions")
    w.addToolBar(toolbar)
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = make_action(spec, w, slots[spec.key])
        actions[spec.key] = action
        if spec.menu == "flag":
            flag_menu.addAction(action)
        else:
            menus[spec.menu].addAction(action)
            if spec.key in ("profiles", "refresh", "reveal", "easy", "source"):
                menus[spec.menu].addSeparator()
        if spec.toolbar:
            toolbar.addAction(action)
    actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    return actions


def update_actions(window: MainWindow) -> None:
    """Enable the commands that make sense on the page on screen, and name what Undo does."""
    w, actions = window, window.actions_
    page = w.pages.currentIndex()
    card = w.review.current
    in_review = page == w.PAGE_REVIEW and card is not None
    revealed = in_review and w.review.revealed
    busy = w.task is not None
    has_col = w.col is not None
    for key in STUDY_ACTIONS:
        actions[key].setEnabled(in_review)
    actions["reveal"].setEnabled(in_review)  # on the answer side: suggested grade
    for key in GRADES:
        actions[key].setEnabled(revealed)
    session = w.review.session
    actions["undo"].setEnabled(
        (page == w.PAGE_REVIEW and session is not None and session.can_undo)
        or (page == w.PAGE_DECKS and w.deck_ops.can_undo and not busy))
    # The menu says what Undo takes back, while it can.
    undo_name = (w.review.undo_name()
                 if page == w.PAGE_REVIEW and actions["undo"].isEnabled() else "")
    actions["undo"].setText(f"&Undo {undo_name}" if undo_name else "&Undo")
    actions["undo"].setIconText("Undo")  # the toolbar keeps its width
    actions["source"].setEnabled(in_review and card is not None
                                 and card.content.source is not None)
    on_decks = page == w.PAGE_DECKS
    for key in TASK_ACTIONS:
        if key in actions:
            actions[key].setEnabled(has_col and not busy)
    actions["study"].setEnabled(has_col and not busy and on_decks and not w.decks.is_empty)
    actions["deck_options"].setEnabled(has_col and not busy and bool(w.counts))
    actions["exam"].setEnabled(has_col and not busy and bool(w.counts))
    actions["cram"].setEnabled(has_col and not busy and bool(w.counts)
                               and page != w.PAGE_REVIEW)
    actions["decks"].setEnabled(has_col and page != w.PAGE_DECKS)
    actions["bundled"].setEnabled(has_col and not busy and bundled_available())
    actions["profiles"].setEnabled(not busy and page != w.PAGE_REVIEW)
    quizzing = w.quiz.taking()
    actions["browse"].setEnabled(has_col and not busy and page != w.PAGE_REVIEW)
    for key in ("quiz", "quiz_history"):
        actions[key].setEnabled(has_col and not busy and not quizzing
                                and page != w.PAGE_REVIEW)
    for key in DECK_ACTIONS:
        actions[key].setEnabled(has_col and not busy and on_decks and (
            key == "new_deck" or bool(w.counts)))
    actions["move_deck"].setEnabled(
        actions["move_deck"].isEnabled()
        and (w.decks.selected_scope() or ("", ""))[0] == "deck")
    # On the deck list only: T means "missed cards to tomorrow" on a quiz report.
    actions["stats"].setEnabled(has_col and not busy and on_decks)
    if quizzing:  # Esc, with a question, is the way out of a quiz
        for key in ("decks", "profiles"):
            actions[key].setEnabled(False)


def shortcuts_dialog(window: MainWindow) -> QMessageBox:
    """Every shortcut in one table, from the same specs the menus use."""
    rows = "".join(
        f"<tr><td>{spec.text.replace('&', '')}</td><td><b>{shortcut_text(spec)}</b></td></tr>"
        for spec in ACTIONS if spec.shortcuts)
    extra = ("<tr><td>Pick a choice (multiple choice)</td><td><b>1 … 9</b></td></tr>"
             "<tr><td>Move an item (ordering)</td>"
             "<td><b>Alt+↑ / Alt+↓ or Ctrl+↑ / Ctrl+↓</b></td></tr>"
             "<tr><td>Study the selected deck</td><td><b>Enter</b></td></tr>"
             "<tr><td>Quiz: pick a choice / submit, next</td><td><b>1 … 9 / Enter</b>"
             "</td></tr>"
             "<tr><td>Quiz: end (asks first)</td><td><b>Esc</b></td></tr>"
             "<tr><td>Quiz report: study missed cards tomorrow</td><td><b>T</b></td></tr>"
             "<tr><td>Quiz report: save as PDF or PNG</td><td><b>Ctrl+S</b></td></tr>"
             "<tr><td>Quiz report / history: back to decks</td><td><b>Esc</b></td></tr>")
    box = QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellspacing='6'>{rows}{extra}</table>")
    return box


def show_stats(window: MainWindow) -> None:
    """The statistics window, opened on the selected deck or group."""
    from trainer.gui.stats.window import StatsWindow  # QtCharts loads only when asked
    from trainer.services.stats import Scope

    if window.col is None or window.task is not None:
        return
    chosen = window.decks.selected_scope() if window.counts else None
    dialog = StatsWindow(window.col.statistics(),
                         scope=Scope(*chosen) if chosen else None, parent=window)
    window.stats_window = dialog
    dialog.exec()
    dialog.deleteLater()
    window.stats_window = None


def show_about(window: MainWindow) -> None:
    messages.info(window, "About Trainer",
                  f"Trainer {__version__}\n\nStudy medical facts with spaced repetition "
                  "(FSRS), offline. Your data stays on this computer.")
