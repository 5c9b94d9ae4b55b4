"""The main window: deck list, review and summary pages, the open collection, its views.

It owns the open Collection of the current profile and reaches the core only through
trainer.services. Its commands and when each is enabled are in trainer.gui.main_actions;
its long tasks (import, generate) in trainer.gui.main_tasks. Every operation returns what it
changed (an OpChanges), and :meth:`MainWindow.apply_changes` is the one place that decides
which views show it anew.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from trainer.clock import Clock
from trainer.config import AppSettings, Profiles
from trainer.domain import DeckCounts
from trainer.gui import backups_dialog, exam_view, main_actions, main_tasks, messages
from trainer.gui.collector import GuiThreadCollector
from trainer.gui.deck_admin_view import DeckManager
from trainer.gui.deck_list import DeckListView, display_title
from trainer.gui.quiz_pages import QuizPages
from trainer.gui.review_view import ReviewView
from trainer.gui.summary_view import SummaryView
from trainer.gui.tasks import Task, Work
from trainer.gui.theme import apply_theme
from trainer.services import (
    Collection,
    CollectionCorrupt,
    CollectionError,
    CollectionLocked,
    ImportReport,
)
from trainer.services.changes import NOTHING, OpChanges
from trainer.services.empty_session import nothing_to_study

if TYPE_CHECKING:
    from trainer.gui.browser import BrowserWindow

SETTINGS_ORG = "Trainer"
SETTINGS_APP = "Trainer"


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

        self.decks_stale = False  # the deck list missed a change while another page showed
        self.deck_ops = DeckManager(self, self.decks, lambda: self.col, self.apply_changes,
                                    lambda text: self.statusBar().showMessage(text, 10000))
        self.actions_: dict[str, QAction] = main_actions.build_actions(self)
        self.decks.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.decks.tree.addActions([self.actions_[k] for k in main_actions.DECK_ACTIONS])
        self.decks.tree.selectionModel().currentChanged.connect(
            lambda *_: self.update_actions())
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
        self.review.state_changed.connect(self.update_actions)
        self.review.notice.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.review.changed.connect(self.apply_changes)
        self.summary.back_requested.connect(self.show_decks)
        self.pages.currentChanged.connect(self._page_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self._restore_geometry()
        self.update_actions()
        self.backup_timer = backups_dialog.start_periodic_backups(self)

    def update_actions(self) -> None:
        """Enable the commands that make sense on the page on screen (see main_actions)."""
        main_actions.update_actions(self)

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
        self.update_actions()

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
        from trainer.gui.profile_dialog import ProfileDialog  # opened rarely: not at start-up

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
                                     can_add_bundled=main_actions.bundled_available())
        self.decks_stale = False
        self.update_actions()

    def apply_changes(self, changes: OpChanges, *, shown_by: QWidget | None = None) -> None:
        """Show what an operation changed: each view refreshes only if what it shows changed.

        The deck list recounts at once when it is on screen; behind another page (a study
        session) it only notes the change, so answering costs no recount, and recounts when
        it is shown again. An open browser reads again the rows of the cards touched.
        ``shown_by`` is the view that made the change and has shown it already.
        """
        if not changes:
            return
        if changes.deck_counts and self.col is not None:
            if self.pages.currentIndex() == self.PAGE_DECKS:
                self.refresh()
            else:
                self.decks_stale = True
        browser = self.browser
        if changes.card_rows and browser is not None and browser.isVisible() \
                and shown_by is not browser:
            browser.show_changes(changes)

    def _page_changed(self, page: int) -> None:
        if page == self.PAGE_DECKS and self.decks_stale:
            self.refresh()
        self.update_actions()

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
            from trainer.gui.browser import BrowserWindow  # not needed for the first screen

            browser = self.browser = BrowserWindow(self.col.browser(), parent=self)
            browser.changed.connect(lambda changes: self.apply_changes(changes,
                                                                       shown_by=browser))
        elif not self.browser.isVisible():
            self.browser.run_search()  # cards may have been studied since it was closed
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()


    def undo(self) -> None:
        """Ctrl+Z: the last answer while studying, the last deck change on the deck list."""
        if self.pages.currentIndex() == self.PAGE_DECKS:
            self.deck_ops.undo()
            self.update_actions()
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
        changes = NOTHING
        for added in dialog.added:
            changes |= added.changes
        self.apply_changes(changes)
        if dialog.added:
            self.statusBar().showMessage(f"Added {len(dialog.added)} card(s) by hand.", 8000)

    def show_stats(self) -> None:
        """The statistics window, opened on the selected deck or group."""
        main_actions.show_stats(self)

    # -- card commands --------------------------------------------------------------------
    def edit_card(self) -> None:
        card = self.review.current
        if self.col is None or card is None:
            return
        from trainer.gui.edit_dialog import EditDialog

        dialog = EditDialog(card, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        prompt, answer = dialog.values()
        try:
            changes = self.col.edit_card(card.card_id, prompt=prompt, answer=answer)
        except (ValueError, KeyError) as exc:
            messages.error(self, "Card not saved", str(exc).strip("'\""))
            return
        edited = replace(card, content=card.content._replace(prompt=prompt, answer=answer))
        self.review.replace_card(edited)
        self.apply_changes(changes)
        self.statusBar().showMessage("Card saved.", 4000)

    def show_source(self) -> None:
        card = self.review.current
        if self.col is None or card is None:
            return
        citation, passage = self.col.citation_passage(card)
        from trainer.gui.source_dialog import SourceDialog

        SourceDialog(citation, passage, parent=self).exec()

    # -- settings ---------------------------------------------------------------------------
    def open_settings(self, *, deck_id: str | None = None, tab: str = "deck") -> None:
        if self.col is None:
            return
        col = self.col
        from trainer.gui.presets_page import PresetsPage
        from trainer.gui.settings_dialog import SettingsDialog

        presets = PresetsPage(col.presets(), self.counts, col.optimise)
        dialog = SettingsDialog(app_settings=self.app_settings, decks=self.counts,
                                load_deck_settings=col.deck_settings,
                                current_deck=deck_id or self.decks.selected_deck_id(),
                                profile=self.profile or "", start_tab=tab,
                                exam=exam_view.tab_input(col, self.decks.selected_scope()),
                                presets=presets, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        changes = presets.changes  # presets are saved as they are edited, even on Cancel
        if not accepted:
            self.apply_changes(changes)
            return
        try:
            for deck, settings in dialog.decks.items():
                changes |= col.set_deck_settings(deck, settings)
        except ValueError as exc:
            messages.error(self, "Deck settings not saved", str(exc))
        try:
            changes |= exam_view.save_dates(col, dialog.exam_dates)
        except ValueError as exc:
            messages.error(self, "Exam date not saved", str(exc))
        if dialog.app_settings != self.app_settings:
            changes |= col.set_app_settings(dialog.app_settings)
            self.app_settings = dialog.app_settings
            self.apply_app_settings(dialog.app_settings)
        self.apply_changes(changes)
        if dialog.manage_profiles:
            self.manage_profiles()

    # -- long tasks (trainer.gui.main_tasks) --------------------------------------------
    def run_task(self, title: str, work: Work, *, on_success: Callable[[Any], None]) -> Task:
        """Run ``work`` off the GUI thread with a progress dialog and a Cancel button."""
        return main_tasks.run_task(self, title, work, on_success=on_success)

    def _imported(self, report: ImportReport) -> None:
        main_tasks.imported(self, report)

    def choose_deck_files(self) -> None:
        main_tasks.choose_deck_files(self)

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
        return main_tasks.import_files(self, paths)

    def import_bundled(self) -> Task | None:
        """Import the decks that come with Trainer (first run, or from the empty state)."""
        return main_tasks.import_bundled(self)

    def import_bundled_if_new(self) -> Task | None:
        """On a profile's first run (no decks yet), add the bundled decks at once."""
        if self.col is not None and not self.col.has_decks():
            return self.import_bundled()
        return None

    def generate_deck(self) -> None:
        """Ask for a folder of documents, generate a deck from it, and import it to study."""
        main_tasks.generate(self)

    def review_facts(self, path: Path | None = None) -> None:
        """Open a deck file's facts for checking; a saved deck in the collection is updated."""
        main_tasks.review_facts(self, path)

    # -- help -------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def shortcuts_dialog(self) -> QMessageBox:
        """Every shortcut in one table, from the same specs the menus use."""
        return main_actions.shortcuts_dialog(self)

    def show_about(self) -> None:
        main_actions.show_about(self)

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

