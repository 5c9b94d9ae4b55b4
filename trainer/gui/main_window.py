"""The main window: deck list, review and summary pages, menus, toolbar and long tasks.

It owns the open Collection of the current profile and reaches the core only through
trainer.services. Every command is a QAction built from trainer.gui.actions, enabled or
disabled by what is on screen, so shortcuts only fire where they make sense.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from trainer import __version__
from trainer.clock import Clock
from trainer.config import AppSettings, Profiles, bundled_decks_dir, default_documents_dir
from trainer.domain import DeckCounts, Flag, Rating
from trainer.gui import backups_dialog, exam_view, messages
from trainer.gui.actions import ACTIONS, MENUS, make_action, shortcut_text
from trainer.gui.browser import BrowserWindow
from trainer.gui.collector import GuiThreadCollector
from trainer.gui.deck_admin_view import DeckManager
from trainer.gui.deck_list import DeckListView, display_title
from trainer.gui.edit_dialog import EditDialog
from trainer.gui.generate_dialog import GenerateDialog
from trainer.gui.presets_page import PresetsPage
from trainer.gui.profile_dialog import ProfileDialog
from trainer.gui.quiz_pages import QuizPages
from trainer.gui.review_view import ReviewView
from trainer.gui.settings_dialog import SettingsDialog
from trainer.gui.source_dialog import SourceDialog
from trainer.gui.summary_view import SummaryView
from trainer.gui.tasks import Progress, Task, Work
from trainer.gui.theme import apply_theme
from trainer.services import (
    Cancelled,
    CancelToken,
    Collection,
    CollectionCorrupt,
    CollectionError,
    CollectionLocked,
    DeckImportError,
    GeneratedDeck,
    GenerationFailed,
    ImportReport,
    NothingFound,
    generate_deck,
)
from trainer.services.empty_session import nothing_to_study
from trainer.services.generation import deck_id_for

SETTINGS_ORG = "Trainer"
SETTINGS_APP = "Trainer"
_FLAGS = {"flag_red": Flag.RED, "flag_orange": Flag.ORANGE, "flag_green": Flag.GREEN,
          "flag_blue": Flag.BLUE}
_GRADES = {"again": Rating.AGAIN, "hard": Rating.HARD, "good": Rating.GOOD,
           "easy": Rating.EASY}
_STUDY_ACTIONS = ("reveal", "again", "hard", "good", "easy", "undo", "bury", "suspend",
                  "edit", "source", "end", *_FLAGS)
_DECK_ACTIONS = ("add_card", "new_deck", "rename_deck", "move_deck", "delete_deck")
_TASK_ACTIONS = ("import", "generate", "bundled", "profiles", "settings", "deck_options",
                 "study", "refresh", "review_facts", "exam", "cram", "backups", "check",
                 "export_anki", "export_csv", "stats")


class MainWindow(QMainWindow):
    """One window per running app; it shows one profile's collection at a time."""

    PAGE_DECKS, PAGE_REVIEW, PAGE_SUMMARY = range(3)

    def __init__(self, profiles: Profiles, *, clock: Clock | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.clock = clock
        self.qsettings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.col: Collection | None = None
        self.profile: str | None = None
        self.app_settings = AppSettings()
        self.task: Task | None = None
        self.last_report: ImportReport | None = None
        self.counts: list[DeckCounts] = []
        self.browser: BrowserWindow | None = None
        self.stats_window: QDialog | None = None  # while the statistics window is open
        self.setWindowTitle("Trainer")
        self.setAccessibleName("Trainer")
        self.setMinimumSize(640, 460)
        self.collector = GuiThreadCollector(self)  # before any worker thread starts

        self.decks = DeckListView()
        self.review = ReviewView()
        self.summary = SummaryView()
        self.pages = QStackedWidget()
        for page in (self.decks, self.review, self.summary):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.quiz = QuizPages(self)  # adds the quiz, report and history pages

        self.deck_ops = DeckManager(self, self.decks, lambda: self.col, self.refresh,
                                    lambda text: self.statusBar().showMessage(text, 10000))
        self.actions_: dict[str, QAction] = {}
        self._build_actions()
        self.decks.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.decks.tree.addActions([self.actions_[k] for k in _DECK_ACTIONS])
        self.decks.tree.selectionModel().currentChanged.connect(
            lambda *_: self._update_actions())
        self.profile_label = QLabel()
        self.profile_label.setAccessibleName("Profile")
        self.statusBar().addPermanentWidget(self.profile_label)
        # A message gets the whole bar (Qt would cut it off at the label); the window title
        # still names the profile meanwhile.
        self.statusBar().messageChanged.connect(
            lambda text: self.profile_label.setVisible(not text))

        self.decks.study_requested.connect(self.study)
        self.decks.options_requested.connect(lambda d: self.open_settings(deck_id=d))
        self.decks.empty.import_requested.connect(self.choose_deck_files)
        self.decks.empty.generate_requested.connect(self.generate_deck)
        self.decks.empty.bundled_requested.connect(self.import_bundled)
        self.review.finished.connect(lambda: self.end_session(finished=True))
        self.review.state_changed.connect(self._update_actions)
        self.review.notice.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.summary.back_requested.connect(self.show_decks)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self._restore_geometry()
        self._update_actions()
        self.backup_timer = backups_dialog.start_periodic_backups(self)

    # -- actions, menus, toolbar ----------------------------------------------------------
    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "import": self.choose_deck_files,
            "generate": self.generate_deck,
            "bundled": self.import_bundled,
            "export_anki": self.export_to_anki,
            "export_csv": self.export_to_csv,
            "profiles": self.manage_profiles,
            "backups": lambda: backups_dialog.show_backups(self),
            "check": lambda: backups_dialog.check(self),
            "quit": self.close,
            "decks": self.show_decks,
            "study": self.decks.study_selected,
            "refresh": self.refresh,
            "quiz": self.quiz.new_quiz,
            "quiz_history": self.quiz.show_history,
            "browse": self.open_browser,
            "reveal": self.review.show_answer_or_grade,
            "stats": self.show_stats,
            "undo": self.undo,
            "new_deck": lambda: self.deck_ops.new_deck(self.counts),
            "add_card": self.add_hand_card,
            "rename_deck": lambda: self.deck_ops.rename(self.counts),
            "move_deck": lambda: self.deck_ops.move(self.counts),
            "delete_deck": self.deck_ops.delete,
            "bury": self.review.bury,
            "suspend": self.review.suspend,
            "edit": self.edit_card,
            "source": self.show_source,
            "end": lambda: self.end_session(finished=False),
            "review_facts": self.review_facts,
            "deck_options": lambda: self.open_settings(deck_id=self.decks.selected_deck_id()),
            "exam": lambda: self.open_settings(deck_id=self.decks.selected_deck_id(),
                                               tab="exam"),
            "cram": self.cram,
            "settings": lambda: self.open_settings(tab="general"),
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        for key, rating in _GRADES.items():
            slots[key] = partial(self.review.grade, rating)
        for key, flag in _FLAGS.items():
            slots[key] = partial(self.review.toggle_flag, flag)
        menus = {key: self.menuBar().addMenu(title) for key, title in MENUS}
        flag_menu = menus["study"].addMenu("&Flag")
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setAccessibleName("Main toolbar")
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # on a narrow window
        if more is not None:
            more.setAccessibleName("More toolbar actions")
        self.addToolBar(toolbar)
        for spec in ACTIONS:
            action = make_action(spec, self, slots[spec.key])
            self.actions_[spec.key] = action
            if spec.menu == "flag":
                flag_menu.addAction(action)
            else:
                menus[spec.menu].addAction(action)
                if spec.key in ("profiles", "refresh", "reveal", "easy", "source"):
                    menus[spec.menu].addSeparator()
            if spec.toolbar:
                toolbar.addAction(action)
        self.actions_["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions_["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)

    def _update_actions(self) -> None:
        page = self.pages.currentIndex()
        card = self.review.current
        in_review = page == self.PAGE_REVIEW and card is not None
        revealed = in_review and self.review.revealed
        busy = self.task is not None
        has_col = self.col is not None
        for key in _STUDY_ACTIONS:
            self.actions_[key].setEnabled(in_review)
        self.actions_["reveal"].setEnabled(in_review)  # on the answer side: suggested grade
        for key in _GRADES:
            self.actions_[key].setEnabled(revealed)
        session = self.review.session
        self.actions_["undo"].setEnabled(
            (page == self.PAGE_REVIEW and session is not None and session.can_undo)
            or (page == self.PAGE_DECKS and self.deck_ops.can_undo and not busy))
        # The menu says what Undo takes back, while it can.
        undo_name = (self.review.undo_name()
                     if page == self.PAGE_REVIEW and self.actions_["undo"].isEnabled() else "")
        self.actions_["undo"].setText(f"&Undo {undo_name}" if undo_name else "&Undo")
        self.actions_["undo"].setIconText("Undo")  # the toolbar keeps its width
        self.actions_["source"].setEnabled(in_review and card is not None
                                           and card.content.source is not None)
        on_decks = page == self.PAGE_DECKS
        for key in _TASK_ACTIONS:
            if key in self.actions_:
                self.actions_[key].setEnabled(has_col and not busy)
        self.actions_["study"].setEnabled(has_col and not busy and on_decks
                                          and not self.decks.is_empty)
        self.actions_["deck_options"].setEnabled(has_col and not busy and bool(self.counts))
        self.actions_["exam"].setEnabled(has_col and not busy and bool(self.counts))
        self.actions_["cram"].setEnabled(has_col and not busy and bool(self.counts)
                                         and page != self.PAGE_REVIEW)
        self.actions_["decks"].setEnabled(has_col and page != self.PAGE_DECKS)
        self.actions_["bundled"].setEnabled(has_col and not busy and _bundled_available())
        self.actions_["profiles"].setEnabled(not busy and page != self.PAGE_REVIEW)
        quizzing = self.quiz.taking()
        self.actions_["browse"].setEnabled(has_col and not busy and page != self.PAGE_REVIEW)
        for key in ("quiz", "quiz_history"):
            self.actions_[key].setEnabled(has_col and not busy and not quizzing
                                          and page != self.PAGE_REVIEW)
        for key in _DECK_ACTIONS:
            self.actions_[key].setEnabled(has_col and not busy and on_decks and (
                key == "new_deck" or bool(self.counts)))
        self.actions_["move_deck"].setEnabled(
            self.actions_["move_deck"].isEnabled()
            and (self.decks.selected_scope() or ("", ""))[0] == "deck")
        # On the deck list only: T means "missed cards to tomorrow" on a quiz report.
        self.actions_["stats"].setEnabled(has_col and not busy and on_decks)
        if quizzing:  # Esc, with a question, is the way out of a quiz
            for key in ("decks", "profiles"):
                self.actions_[key].setEnabled(False)

    # -- profile and collection ---------------------------------------------------------
    def open_profile(self, name: str, *, report: bool = True) -> bool:
        """Close the current collection and open ``name``'s; False (and a message) on error.

        On failure the previous profile, if any, is opened again.
        """
        previous = self.profile
        self.close_collection()
        try:
            col = Collection.open(self.profiles.collection_path(name), clock=self.clock)
        except CollectionError as exc:
            if report and isinstance(exc, CollectionCorrupt) \
                    and backups_dialog.offer_restore(self, name, str(exc)):
                return self.open_profile(name, report=report)
            if report:
                title, text = messages.collection_problem(exc, name)
                messages.error(self, title, text)
            if previous is not None and previous != name:
                self.open_profile(previous, report=report)
            return False
        self.col = col
        self.profile = name
        self.profiles.remember(name)
        self.app_settings = col.app_settings()
        self.setWindowTitle(f"Trainer — {name}")
        self.profile_label.setText(f"Profile: {name}")
        self.apply_app_settings(self.app_settings)
        self.show_decks()
        return True

    def close_collection(self, *, backup: bool = True) -> None:
        """Leave any session and close the collection (releasing the profile lock),
        taking a verified backup of it first unless ``backup`` is False."""
        self.review.stop()
        self.review.session = None
        if self.browser is not None:
            self.browser.close()
            self.browser = None
        self.deck_ops.forget()
        if self.col is not None:
            col, self.col = self.col, None
            try:
                col.close(backup=backup)
            except CollectionError as exc:  # closed all the same; only the backup failed
                messages.error(self, "Backup failed", f"{exc}\n\nYour collection is saved.")
        self._update_actions()

    def apply_app_settings(self, settings: AppSettings) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        self.review.set_font_scale(settings.font_scale)
        if self.col is not None:
            self.decks.set_counts(self.counts)  # recolour the counts

    def _system_scheme_changed(self) -> None:
        if self.app_settings.theme == "system":
            self.apply_app_settings(self.app_settings)

    def rename_profile(self, old: str, new: str) -> None:
        """Rename a profile; the open one is closed and reopened under its new name."""
        self.profiles.folder(new)  # validates the name, raising ValueError
        if old != self.profile:
            try:  # refuse to pull a profile from under another Trainer window
                Collection.open(self.profiles.collection_path(old), clock=self.clock).close()
            except CollectionLocked as exc:
                raise ValueError(f"The profile “{old}” is open in another Trainer window; "
                                 "close it there first.") from exc
            except CollectionError:
                pass  # unreadable: renaming the folder does no harm
            self.profiles.rename(old, new)
            return
        self.close_collection()
        try:
            self.profiles.rename(old, new)
        except (ValueError, OSError):
            self.open_profile(old)
            raise
        self.profile = None
        self.open_profile(new)

    def manage_profiles(self) -> None:
        dialog = ProfileDialog(self.profiles, self.profile, rename=self.rename_profile,
                               parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen \
                and dialog.chosen != self.profile:
            self.open_profile(dialog.chosen)

    # -- pages --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount the decks from the collection."""
        if self.col is None:
            return
        self.counts = self.col.deck_counts()
        self.decks.set_counts(self.counts, exams=exam_view.overviews(self.col, self.counts))
        self.decks.empty.set_options(can_generate="generate" in self.actions_,
                                     can_add_bundled=_bundled_available())
        self._update_actions()

    def show_decks(self) -> None:
        if self.pages.currentIndex() == self.PAGE_REVIEW:
            self.review.stop()
        self.refresh()
        self.pages.setCurrentIndex(self.PAGE_DECKS)
        self.decks.focus_tree()

    def study(self, deck_ids: Sequence[str]) -> None:
        """Start a session over ``deck_ids``."""
        if self.col is None or self.task is not None:
            return
        session = self.col.start_session(deck_ids=list(deck_ids))
        self.app_settings = self.col.app_settings()  # with the choice seed, once drawn
        titles = {c.deck_id: display_title(c.title, c.group) for c in self.counts}
        if self.review.start(session, font_scale=self.app_settings.font_scale,
                             deck_titles=titles):
            self.pages.setCurrentIndex(self.PAGE_REVIEW)
        else:
            chosen = [c for c in self.counts if c.deck_id in set(deck_ids)]
            self.summary.show_empty(session.summary(), nothing_to_study(chosen))
            session.close()
            self.pages.setCurrentIndex(self.PAGE_SUMMARY)
            self.summary.setFocus()

    def end_session(self, *, finished: bool) -> None:
        """Leave the review: the summary if anything was studied, else the deck list."""
        session = self.review.session
        self.review.stop()
        if session is None:
            self.show_decks()
            return
        summary = session.summary()
        session.close()
        self.collector.collect()  # a natural pause: the learner has just stopped
        if summary.cards_studied == 0 and not finished:
            self.show_decks()
            return
        self.summary.show_summary(summary, finished=finished)
        self.pages.setCurrentIndex(self.PAGE_SUMMARY)
        self.summary.setFocus()

    def cram(self) -> None:
        """Choose cards to cram and study them in the review screen, schedule untouched."""
        if self.col is None or self.task is not None or not self.counts:
            return
        session = exam_view.ask_cram(self, self.col, self.counts,
                                     current_deck=self.decks.selected_deck_id())
        if session is None:
            return
        titles = {c.deck_id: display_title(c.title, c.group) for c in self.counts}
        if self.review.start(session, font_scale=self.app_settings.font_scale,
                             deck_titles=titles):
            self.pages.setCurrentIndex(self.PAGE_REVIEW)

    def open_browser(self) -> None:
        """The card browser, in a window of its own (brought forward if already open)."""
        if self.col is None or self.task is not None:
            return
        if self.browser is None:
            self.browser = BrowserWindow(self.col.browser(), parent=self)
            self.browser.changed.connect(self._browser_changed)
        elif not self.browser.isVisible():
            self.browser.run_search()  # cards may have been studied since it was closed
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()

    def _browser_changed(self) -> None:
        if self.pages.currentIndex() == self.PAGE_DECKS:
            self.refresh()
    def undo(self) -> None:
        """Ctrl+Z: the last answer while studying, the last deck change on the deck list."""
        if self.pages.currentIndex() == self.PAGE_DECKS:
            self.deck_ops.undo()
            self._update_actions()
        else:
            self.review.undo()

    def add_hand_card(self) -> None:
        """Add cards by hand to the selected deck (or another chosen in the dialog)."""
        from trainer.gui.add_card_dialog import AddCardDialog

        if self.col is None or self.task is not None or not self.counts:
            return
        dialog = AddCardDialog(self.col.hand_cards(), self.counts,
                               current_deck=self.decks.selected_deck_id(), parent=self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.added:
            self.refresh()
            self.statusBar().showMessage(f"Added {len(dialog.added)} card(s) by hand.", 8000)

    def show_stats(self) -> None:
        """The statistics window, opened on the selected deck or group."""
        from trainer.gui.stats.window import StatsWindow  # QtCharts loads only when asked
        from trainer.services.stats import Scope

        if self.col is None or self.task is not None:
            return
        chosen = self.decks.selected_scope() if self.counts else None
        dialog = StatsWindow(self.col.statistics(),
                             scope=Scope(*chosen) if chosen else None, parent=self)
        self.stats_window = dialog
        dialog.exec()
        dialog.deleteLater()
        self.stats_window = None

    # -- card commands --------------------------------------------------------------------
    def edit_card(self) -> None:
        card = self.review.current
        if self.col is None or card is None:
            return
        dialog = EditDialog(card, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        prompt, answer = dialog.values()
        try:
            self.col.edit_card(card.card_id, prompt=prompt, answer=answer)
        except (ValueError, KeyError) as exc:
            messages.error(self, "Card not saved", str(exc).strip("'\""))
            return
        edited = replace(card, content=card.content._replace(prompt=prompt, answer=answer))
        self.review.replace_card(edited)
        self.statusBar().showMessage("Card saved.", 4000)

    def show_source(self) -> None:
        card = self.review.current
        if self.col is None or card is None:
            return
        citation, passage = self.col.citation_passage(card)
        SourceDialog(citation, passage, parent=self).exec()

    # -- settings ---------------------------------------------------------------------------
    def open_settings(self, *, deck_id: str | None = None, tab: str = "deck") -> None:
        if self.col is None:
            return
        col = self.col
        dialog = SettingsDialog(app_settings=self.app_settings, decks=self.counts,
                                load_deck_settings=col.deck_settings,
                                current_deck=deck_id or self.decks.selected_deck_id(),
                                profile=self.profile or "", start_tab=tab,
                                exam=exam_view.tab_input(col, self.decks.selected_scope()),
                                presets=PresetsPage(col.presets(), self.counts, col.optimise),
                                parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            for deck, settings in dialog.decks.items():
                col.set_deck_settings(deck, settings)
        except ValueError as exc:
            messages.error(self, "Deck settings not saved", str(exc))
        try:
            exam_view.save_dates(col, dialog.exam_dates)
        except ValueError as exc:
            messages.error(self, "Exam date not saved", str(exc))
        if dialog.app_settings != self.app_settings:
            col.set_app_settings(dialog.app_settings)
            self.app_settings = dialog.app_settings
            self.apply_app_settings(dialog.app_settings)
        if self.pages.currentIndex() == self.PAGE_DECKS:
            self.refresh()
        if dialog.manage_profiles:
            self.manage_profiles()

    # -- long tasks -----------------------------------------------------------------------
    def run_task(self, title: str, work: Work, *, on_success: Callable[[Any], None]) -> Task:
        """Run ``work`` off the GUI thread with a progress dialog and a Cancel button."""
        task = Task(self, title, work, on_success=on_success, on_error=self._task_failed,
                    pool=QThreadPool.globalInstance())
        self.task = task
        task.finished.connect(self._task_done)
        self._update_actions()
        task.start()
        return task

    def _task_done(self) -> None:
        self.task = None
        self.collector.collect()  # a task's garbage, on this thread
        self._update_actions()
        self.activateWindow()  # back from the progress dialog, keyboard focus included
        if self.pages.currentIndex() == self.PAGE_DECKS:
            self.decks.focus_tree()

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(str(exc) or "Cancelled; nothing was changed.", 8000)
        elif isinstance(exc, DeckImportError):
            problems = exc.problems or [str(exc)]
            shown = "\n".join(problems[:8])
            more = f"\n… and {len(problems) - 8} more." if len(problems) > 8 else ""
            messages.error(self, "Deck file has problems",
                           "Nothing was imported. Fix these places in the file, then import "
                           f"again:\n\n{shown}{more}", details="\n".join(problems))
        elif isinstance(exc, NothingFound):
            messages.error(self, "No facts found", str(exc))
        elif isinstance(exc, (CollectionError, GenerationFailed, OSError, ValueError)):
            messages.error(self, "Could not finish", str(exc))
        else:
            messages.error(self, "Something went wrong",
                           "The task stopped unexpectedly; nothing was changed. "
                           f"({type(exc).__name__}: {exc})")
        self.refresh()

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.refresh()
        if report.decks:
            self.decks.select_deck(report.decks[0].deck_id)
        self.statusBar().showMessage(report.summary().replace("\n", "; "), 10000)

    def choose_deck_files(self) -> None:
        if self.col is None:
            return
        from trainer.gui.import_flow import FILE_FILTER, import_paths

        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import deck files, Anki packages or spreadsheets", str(Path.home()),
            FILE_FILTER)
        if paths:
            import_paths(self, [Path(p) for p in paths])

    def export_to_anki(self) -> None:
        """File ▸ Export to Anki: a deck, its group or the collection, as an .apkg."""
        from trainer.gui.export_dialog import export_to_anki

        export_to_anki(self)

    def export_to_csv(self) -> None:
        """File ▸ Export deck as spreadsheet: the selected deck, as CSV."""
        from trainer.gui.export_dialog import export_to_csv

        export_to_csv(self)

    def import_files(self, paths: Sequence[Path]) -> Task | None:
        """Import deck files in the background; the deck list refreshes when done."""
        col = self.col
        if col is None or self.task is not None:
            return None
        files = list(paths)
        return self.run_task(
            "Importing decks",
            lambda progress, cancel: col.import_deck_files(files, progress=progress,
                                                           cancel=cancel),
            on_success=self._imported)

    def import_bundled(self) -> Task | None:
        """Import the decks that come with Trainer (first run, or from the empty state)."""
        col = self.col
        if col is None or self.task is not None or not _bundled_available():
            return None
        return self.run_task(
            "Adding the bundled decks",
            lambda progress, cancel: col.import_bundled_decks(progress=progress, cancel=cancel),
            on_success=self._imported)

    def import_bundled_if_new(self) -> Task | None:
        """On a profile's first run (no decks yet), add the bundled decks at once."""
        if self.col is not None and not self.col.has_decks():
            return self.import_bundled()
        return None

    def generate_deck(self) -> None:
        """Ask for a folder of documents, generate a deck from it, and import it to study."""
        col, profile = self.col, self.profile
        if col is None or profile is None or self.task is not None:
            return
        start = self.app_settings.documents_dir or default_documents_dir()
        dialog = GenerateDialog(Path(start) if start else None, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        documents, title, cloze = dialog.documents(), dialog.deck_title(), dialog.cloze.isChecked()
        topic = dialog.deck_topic()
        output = self.profiles.folder(profile) / "decks" / f"{deck_id_for(title)}.yaml"
        if documents:  # S and the fact review look for the deck's documents there too
            self.app_settings = self.app_settings.with_document_folder(documents[0].parent)
            col.set_app_settings(self.app_settings)

        def work(progress: Progress, cancel: CancelToken) -> tuple[GeneratedDeck, ImportReport]:
            output.parent.mkdir(parents=True, exist_ok=True)
            made = generate_deck(documents, output, title=title, topic=topic, cloze=cloze,
                                 progress=progress, cancel=cancel)
            return made, col.import_deck_files([made.path], progress=progress, cancel=cancel)

        self.run_task("Generating a deck", work, on_success=self._generated)

    def _generated(self, result: tuple[GeneratedDeck, ImportReport]) -> None:
        made, report = result
        self._imported(report)
        self.statusBar().showMessage(f"{made.summary()}. Saved as {made.path}.", 15000)
        if made.warnings:
            count = len(made.warnings)
            messages.info(
                self, "Some documents gave no facts",
                f"{made.summary()}.\n\nThe deck was made from the other documents; "
                f"{'this one' if count == 1 else f'these {count}'} gave nothing:\n\n"
                + "\n\n".join(made.warnings))
        if (made.conflicts or made.names_to_check) and messages.confirm(
                self, "Documents disagree" if made.conflicts else "Names to check",
                f"{made.summary()}.\n\nReview those facts now? You can also do it later "
                "with Tools ▸ Review facts of a deck file."):
            self.review_facts(made.path)

    def review_facts(self, path: Path | None = None) -> None:
        """Open a deck file's facts for checking; a saved deck in the collection is updated."""
        from trainer.gui.fact_review import open_fact_review  # loads the deck parser

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Review facts of a deck file", str(Path.home()),
                "Deck files (*.yaml *.yml)")
            if not chosen:
                return
            path = Path(chosen)
        folders = self.app_settings.folders()
        dialog = open_fact_review(path, documents_dir=folders or None, parent=self)
        if dialog is None:
            return
        dialog.exec()
        dialog.deleteLater()
        if dialog.saves and dialog.review.deck.id in {c.deck_id for c in self.counts}:
            self.import_files([path])

    # -- help -------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def shortcuts_dialog(self) -> QMessageBox:
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
        box = QMessageBox(self)
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table cellspacing='6'>{rows}{extra}</table>")
        return box

    def show_about(self) -> None:
        messages.info(self, "About Trainer",
                      f"Trainer {__version__}\n\nStudy medical facts with spaced repetition "
                      "(FSRS), offline. Your data stays on this computer.")

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: a roomy window that still fits a small laptop screen
            room = self.screen().availableGeometry()
            self.resize(min(960, room.width() - 40), min(680, room.height() - 60))
        state = self.qsettings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
            QThreadPool.globalInstance().waitForDone(10000)
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.setValue("main/state", self.saveState())
        self.qsettings.sync()
        self.close_collection()
        self.collector.stop()
        super().closeEvent(event)


def _bundled_available() -> bool:
    folder = bundled_decks_dir()
    return folder.is_dir() and any(folder.glob("*.yaml"))
