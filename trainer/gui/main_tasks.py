"""The main window's long tasks: importing, generating a deck, and what follows each.

A task runs off the GUI thread behind a progress dialog with a Cancel button; when it ends,
what it changed is handed to the window's ``apply_changes`` like any other operation's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog

from trainer.config import default_documents_dir
from trainer.gui import messages
from trainer.gui.main_actions import bundled_available
from trainer.gui.tasks import Progress, Task, Work
from trainer.services import (
    Cancelled,
    CancelToken,
    CollectionError,
    DeckImportError,
    GeneratedDeck,
    GenerationFailed,
    ImportReport,
    NothingFound,
    generate_deck,
)
from trainer.services.generation import deck_id_for

if TYPE_CHECKING:
    from trainer.gui.main_window import MainWindow


def run_task(window: MainWindow, title: str, work: Work, *,
             on_success: Callable[[Any], None]) -> Task:
    """Run ``work`` off the GUI thread with a progress dialog and a Cancel button."""
    task = Task(window, title, work, on_success=on_success,
                on_error=lambda exc: task_failed(window, exc),
                pool=QThreadPool.globalInstance())
    window.task = task
    task.finished.connect(lambda: task_done(window))
    window.update_actions()
    task.start()
    return task


def task_done(window: MainWindow) -> None:
    window.task = None
    window.collector.collect()  # a task's garbage, on this thread
    window.update_actions()
    window.activateWindow()  # back from the progress dialog, keyboard focus included
    if window.pages.currentIndex() == window.PAGE_DECKS:
        window.decks.focus_tree()


def task_failed(window: MainWindow, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        window.statusBar().showMessage(str(exc) or "Cancelled; nothing was changed.", 8000)
    elif isinstance(exc, DeckImportError):
        problems = exc.problems or [str(exc)]
        shown = "\n".join(problems[:8])
        more = f"\n… and {len(problems) - 8} more." if len(problems) > 8 else ""
        messages.error(window, "Deck file has problems",
                       "Nothing was imported. Fix these places in the file, then import "
                       f"again:\n\n{shown}{more}", details="\n".join(problems))
    elif isinstance(exc, NothingFound):
        messages.error(window, "No facts found", str(exc))
    elif isinstance(exc, (CollectionError, GenerationFailed, OSError, ValueError)):
        messages.error(window, "Could not finish", str(exc))
    else:
        messages.error(window, "Something went wrong",
                       "The task stopped unexpectedly; nothing was changed. "
                       f"({type(exc).__name__}: {exc})")
    # A failed task returns no record of its changes; recount rather than trust that
    # nothing moved.
    window.refresh()


def imported(window: MainWindow, report: ImportReport) -> None:
    window.last_report = report
    window.apply_changes(report.changes)
    if report.decks:
        window.decks.select_deck(report.decks[0].deck_id)
    window.statusBar().showMessage(report.summary().replace("\n", "; "), 10000)


def choose_deck_files(window: MainWindow) -> None:
    if window.col is None:
        return
    from trainer.gui.import_flow import FILE_FILTER, import_paths

    paths, _ = QFileDialog.getOpenFileNames(
        window, "Import deck files, Anki packages or spreadsheets", str(Path.home()),
        FILE_FILTER)
    if paths:
        import_paths(window, [Path(p) for p in paths])


def import_files(window: MainWindow, paths: Sequence[Path]) -> Task | None:
    """Import deck files in the background; the deck list refreshes when done."""
    col = window.col
    if col is None or window.task is not None:
        return None
    files = list(paths)
    return window.run_task(
        "Importing decks",
        lambda progress, cancel: col.import_deck_files(files, progress=progress,
                                                       cancel=cancel),
        on_success=window._imported)


def import_bundled(window: MainWindow) -> Task | None:
    """Import the decks that come with Trainer (first run, or from the empty state)."""
    col = window.col
    if col is None or window.task is not None or not bundled_available():
        return None
    return window.run_task(
        "Adding the bundled decks",
        lambda progress, cancel: col.import_bundled_decks(progress=progress, cancel=cancel),
        on_success=window._imported)


def generate(window: MainWindow) -> None:
    """Ask for a folder of documents, generate a deck from it, and import it to study."""
    col, profile = window.col, window.profile
    if col is None or profile is None or window.task is not None:
        return
    start = window.app_settings.documents_dir or default_documents_dir()
    from trainer.gui.generate_dialog import GenerateDialog  # opened rarely: not at start-up

    dialog = GenerateDialog(Path(start) if start else None, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    documents, title, cloze = dialog.documents(), dialog.deck_title(), dialog.cloze.isChecked()
    topic = dialog.deck_topic()
    output = window.profiles.folder(profile) / "decks" / f"{deck_id_for(title)}.yaml"
    if documents:  # S and the fact review look for the deck's documents there too
        window.app_settings = window.app_settings.with_document_folder(documents[0].parent)
        col.set_app_settings(window.app_settings)

    def work(progress: Progress, cancel: CancelToken) -> tuple[GeneratedDeck, ImportReport]:
        output.parent.mkdir(parents=True, exist_ok=True)
        made = generate_deck(documents, output, title=title, topic=topic, cloze=cloze,
                             progress=progress, cancel=cancel)
        return made, col.import_deck_files([made.path], progress=progress, cancel=cancel)

    window.run_task("Generating a deck", work, on_success=lambda result: generated(window, result))


def generated(window: MainWindow, result: tuple[GeneratedDeck, ImportReport]) -> None:
    made, report = result
    window._imported(report)
    window.statusBar().showMessage(f"{made.summary()}. Saved as {made.path}.", 15000)
    if made.warnings:
        count = len(made.warnings)
        messages.info(
            window, "Some documents gave no facts",
            f"{made.summary()}.\n\nThe deck was made from the other documents; "
            f"{'this one' if count == 1 else f'these {count}'} gave nothing:\n\n"
            + "\n\n".join(made.warnings))
    if (made.conflicts or made.names_to_check or made.held) and messages.confirm(
            window, "Documents disagree" if made.conflicts
            else "Names to check" if made.names_to_check else "Readings to check",
            f"{made.summary()}.\n\nReview those facts now? You can also do it later "
            "with Tools ▸ Review facts of a deck file."):
        window.review_facts(made.path)


def review_facts(window: MainWindow, path: Path | None = None) -> None:
    """Open a deck file's facts for checking; a saved deck in the collection is updated."""
    from trainer.gui.fact_review import open_fact_review  # loads the deck parser

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, "Review facts of a deck file", str(Path.home()),
            "Deck files (*.yaml *.yml)")
        if not chosen:
            return
        path = Path(chosen)
    folders = window.app_settings.folders()
    dialog = open_fact_review(path, documents_dir=folders or None, parent=window)
    if dialog is None:
        return
    dialog.exec()
    dialog.deleteLater()
    if dialog.saves and dialog.review.deck.id in {c.deck_id for c in window.counts}:
        window.import_files([path])
