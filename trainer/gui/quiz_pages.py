"""The quiz pages of the main window, and the commands that move between them.

Set-up dialog -> question page -> report page, with the history beside them. The window
hands over its page stack and its collection; everything else about quizzes is here, so
the main window only gains two commands (Q: new quiz, H: history).

The pages and their modules are built on the first quiz command, not with the window: the
deck list and the first card come up sooner at start, and most sessions never open a quiz.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from trainer.gui import messages

if TYPE_CHECKING:
    from trainer.gui.main_window import MainWindow
    from trainer.gui.quiz_history import QuizHistoryView
    from trainer.gui.quiz_report_view import QuizReportView
    from trainer.gui.quiz_view import QuizView
    from trainer.services.quiz_models import QuizSetup

PDF_FILTER = "PDF document (*.pdf)"
PNG_FILTER = "PNG image (*.png)"


class QuizPages(QObject):
    """Owns the quiz, report and history pages of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pages: tuple[QuizView, QuizReportView, QuizHistoryView] | None = None
        self.last_setup: QuizSetup | None = None
        self.rng = random.Random()  # tests and screenshots seed it

    def _built(self) -> tuple[QuizView, QuizReportView, QuizHistoryView]:
        if self._pages is None:
            from trainer.gui.quiz_history import QuizHistoryView
            from trainer.gui.quiz_report_view import QuizReportView
            from trainer.gui.quiz_view import QuizView

            view, report, history = QuizView(), QuizReportView(), QuizHistoryView()
            for page in (view, report, history):
                self.window.pages.addWidget(page)
            view.finished.connect(self.show_report)
            report.tomorrow_requested.connect(self.send_missed_to_tomorrow)
            report.save_requested.connect(self.save)
            report.history_requested.connect(self.show_history)
            report.back_requested.connect(self.window.show_decks)
            history.open_requested.connect(self.show_report)
            history.back_requested.connect(self.window.show_decks)
            self._pages = (view, report, history)
        return self._pages

    @property
    def view(self) -> QuizView:
        """The question page (built on first use)."""
        return self._built()[0]

    @property
    def report_view(self) -> QuizReportView:
        """The report page (built on first use)."""
        return self._built()[1]

    @property
    def history_view(self) -> QuizHistoryView:
        """The history page (built on first use)."""
        return self._built()[2]

    def taking(self) -> bool:
        """True while a quiz is under way (never before the first quiz command)."""
        return self._pages is not None and self._pages[0].taking()

    def new_quiz(self) -> None:
        """Ask what to quiz on, draw the questions and show the first."""
        col = self.window.col
        if col is None or self.taking():
            return
        quizzes = col.quizzes()
        options = quizzes.options()
        if not options.decks:
            messages.info(self.window, "No decks to quiz on",
                          "There are no decks in this profile yet. Import a deck (Ctrl+O) or "
                          "generate one from your documents (Ctrl+G), then press Q again.")
            return
        from trainer.gui.quiz_setup import QuizSetupDialog

        dialog = QuizSetupDialog(options, selected_deck=self.window.decks
                                 .selected_deck_id(), previous=self.last_setup,
                                 parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        setup = dialog.setup()
        self.last_setup = setup
        self.start(setup)

    def start(self, setup: QuizSetup) -> None:
        from trainer.services.quiz import NoQuestions

        col = self.window.col
        if col is None:
            return
        try:
            run = col.quizzes().start(setup=setup, rng=self.rng)
        except NoQuestions as exc:
            messages.error(self.window, "No quiz", str(exc))
            return
        self.view.start(run)  # first, so the window's commands see a quiz under way
        self.window.pages.setCurrentWidget(self.view)
        drawn = len(run.questions)
        if drawn < setup.count:  # say why the quiz is shorter than asked
            self.window.statusBar().showMessage(
                f"Only {drawn} question{'s' if drawn != 1 else ''} could be drawn from the "
                f"chosen decks, tags and relations (you asked for {setup.count}); each fact "
                "is asked once per quiz.", 15000)

    def show_report(self, quiz_id: int) -> None:
        col = self.window.col
        if col is None:
            return
        self.report_view.show_report(col.quizzes().report(quiz_id=quiz_id))
        self.window.pages.setCurrentWidget(self.report_view)
        self.report_view.browser.setFocus()

    def show_history(self) -> None:
        col = self.window.col
        if col is None or self.taking():
            return
        self.history_view.show_history(col.quizzes().history())
        self.window.pages.setCurrentWidget(self.history_view)

    def send_missed_to_tomorrow(self) -> None:
        col, report = self.window.col, self.report_view.report
        if col is None or report is None:
            return
        sent = col.quizzes().send_missed_to_tomorrow(quiz_id=report.quiz_id)
        self.window.apply_changes(sent.changes)
        n = len(sent.card_ids)
        if sent.already_sent:
            text = "The missed cards were already set to study tomorrow."
        else:
            text = f"{n} card{'s' if n != 1 else ''} will be due tomorrow."
        self.window.statusBar().showMessage(text, 8000)
        self.show_report(report.quiz_id)
        self.report_view.status.setText(text)

    def save(self) -> None:
        from trainer.gui.quiz_report_view import save_report

        report = self.report_view.report
        if report is None:
            return
        name = f"quiz-{report.started_at.astimezone():%Y-%m-%d-%H%M}.pdf"
        chosen, kind = QFileDialog.getSaveFileName(
            self.window, "Save the quiz report", str(Path.home() / name),
            f"{PDF_FILTER};;{PNG_FILTER}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".png"):  # the type chosen in the dialog
            path = path.with_name(path.name + (".png" if kind == PNG_FILTER else ".pdf"))
        try:
            path = save_report(report, path)
        except OSError as exc:
            messages.error(self.window, "Report not saved",
                           f"The report could not be saved: {exc}")
            return
        self.window.statusBar().showMessage(f"Report saved as {path}.", 8000)
