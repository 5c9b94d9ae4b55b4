"""Screenshots of every screen, in light and dark, for the docs and for looking at.

    python -m trainer.gui.screenshots docs/screenshots [--scales 1 1.25 1.5]

Run it under a display (``xvfb-run -a python -m trainer.gui.screenshots OUT``). It builds a
throwaway profile with a small demo deck, drives the real main window through each
screen and saves ``OUT/<theme>/<screen>.png``; other scales go to ``OUT/scale-<n>/``.
Each scale runs in its own process, since Qt reads QT_SCALE_FACTOR once at start.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from trainer.clock import FixedClock
from trainer.config import AppSettings
from trainer.domain import DeckCounts, Rating
from trainer.gui.app import application, create_main_window
from trainer.gui.card_widgets.mcq import McqCard
from trainer.gui.card_widgets.order import OrderCard
from trainer.gui.card_widgets.typed import TypedCard
from trainer.gui.generate_dialog import GenerateDialog
from trainer.gui.main_window import MainWindow
from trainer.gui.profile_dialog import ProfileDialog
from trainer.gui.settings_dialog import SettingsDialog
from trainer.gui.source_dialog import SourceDialog
from trainer.gui.tasks import Task

# The demo deck and its "document" are written for the screenshots; they quote nothing.
DEMO_DECK = """\
format: 1
id: demo-treatment
deck: "Treatment basics"
group: ALL
sources:
  - id: notes
    file: ward-notes.txt
cards:
  - id: basic.one
    type: basic
    front: Which cells multiply out of control in acute lymphoblastic leukemia?
    back: Immature lymphoid cells (lymphoblasts) in the bone marrow
    source: {doc: notes, lines: [3, 4]}
  - id: cloze.one
    type: cloze
    text: "Vincristine belongs to the {{c1::vinca alkaloids::drug class}}, so watch for
      constipation and tingling in the fingers."
    back: Neuropathy is the dose-limiting side effect.
    source: {doc: notes, lines: [6, 7]}
  - id: typed.one
    type: typed
    front: Which drug is given into the spinal fluid to protect the brain from relapse?
    back: methotrexate
    source: {doc: notes, lines: [9, 9]}
  - id: mcq.one
    type: mcq
    front: Which test confirms the lineage of the blasts?
    choices:
      - chest X-ray
      - {text: flow cytometry (immunophenotyping of marrow or blood), correct: true}
      - serum ferritin
      - lumbar puncture with opening pressure
    back: Markers such as CD19 or CD3 tell B-cell from T-cell disease.
  - id: order.one
    type: order
    front: Put the treatment phases in the order they are given.
    items: [induction, consolidation, interim maintenance, delayed intensification,
            maintenance]
"""
DEMO_DECK_2 = """\
format: 1
id: demo-nursing
deck: "Nursing care"
group: ALL
cards:
  - {id: n1, type: basic, front: "First sign of tumour lysis to report?",
     back: "Falling urine output"}
  - {id: n2, type: basic, front: "Why hydrate before induction?", back: "To protect the kidneys"}
  - {id: n3, type: basic, front: "Neutropenic fever threshold?", back: "38.0 °C"}
"""
DEMO_DECK_3 = """\
format: 1
id: demo-lab
deck: "Lab values"
group: Haematology
cards:
  - {id: l1, type: basic, front: "Normal neutrophil count (adult)?", back: "2.0-7.5 x10^9/L"}
  - {id: l2, type: basic, front: "Platelet count that needs bleeding precautions?",
     back: "Below 50 x10^9/L"}
"""
DEMO_NOTES = """\
Ward notes written for the screenshot demo.

Leukemia of the lymphoid line starts when immature lymphoid cells keep dividing
and crowd the bone marrow, so fewer normal blood cells are made.

Vinca alkaloids stop cells dividing by blocking microtubules; nurses watch for
constipation and for tingling or numbness in the hands and feet.

Methotrexate is given intrathecally to protect the central nervous system.
"""


#: At 125% and 150% only the screens most likely to clip text are kept.
SCALED_SCREENS = frozenset({
    "deck-list", "empty-state", "review-basic-back", "review-typed-back", "review-mcq-back",
    "review-order-back",
    "settings-deck", "settings-general", "summary", "source-dialog", "generate-dialog",
    "quiz-question", "quiz-report", "quiz-history", "exam-options", "exam-deck-list", "browser",
    "fact-review", "deck-check",
})


class Shooter:
    """Drives one main window through every screen and saves a PNG of each."""

    def __init__(self, out: Path, data: Path, theme: str,
                 only: frozenset[str] | None = None) -> None:
        self.out = out
        self.only = only
        self.theme = theme
        self.app = application()
        self.data = data
        out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self.clock = FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        random.seed(2026)  # the scheduler's fuzz: the same counts on every run

    def settle(self, rounds: int = 5) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        if self.only is not None and name not in self.only:
            return
        if isinstance(widget, MainWindow):
            widget.statusBar().clearMessage()  # import reports would sit in every shot
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def window(self, profile: str) -> MainWindow:
        settings = QSettings(str(self.data / "qt.ini"), QSettings.Format.IniFormat)
        settings.clear()
        window = create_main_window(
            data_dir=self.data, profile=profile, settings=settings, import_bundled=False,
            clock=self.clock)
        assert window is not None, "could not open the demo profile"
        assert window.col is not None
        window.col.set_app_settings(AppSettings(theme=self.theme, documents_dir=str(self.data),
                                                shuffle_seed=1))  # the same order each run
        window.app_settings = window.col.app_settings()
        window.apply_app_settings(window.app_settings)
        window.resize(960, 680)
        window.show()
        self.settle()
        return window

    def wait_task(self, window: MainWindow) -> None:
        while window.task is not None:
            self.app.processEvents()
            QThreadPool.globalInstance().waitForDone(20)
        self.settle()

    def shoot_all(self) -> None:
        # Empty state: a fresh profile.
        empty = self.window(f"empty-{self.theme}")
        self.save(empty, "empty-state")
        empty.close()

        window = self.window(f"demo-{self.theme}")
        (self.data / "ward-notes.txt").write_text(DEMO_NOTES, encoding="utf-8")
        files = []
        for i, text in enumerate((DEMO_DECK, DEMO_DECK_2, DEMO_DECK_3)):
            path = self.data / f"demo{i}.yaml"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        self.progress_shot(window)
        window.import_bundled()
        self.wait_task(window)
        window.import_files(files)
        self.wait_task(window)
        window.decks.select_deck("demo-treatment")
        self.save(window, "deck-list-first-day")

        window.study(["demo-treatment"])
        shots: dict[str, Callable[[MainWindow], None]] = {
            "basic": lambda w: None,
            "cloze": lambda w: None,
            "typed": lambda w: self._type(w, "methotrexat"),
            "mcq": lambda w: None,
            "order": lambda w: self._arrange(w),
        }
        for kind, before_reveal in shots.items():
            card = window.review.current
            assert card is not None and card.content.kind.value == kind, card
            before_reveal(window)
            self.save(window, f"review-{kind}-front")
            if kind == "mcq":
                widget = window.review.card_widget
                assert isinstance(widget, McqCard)
                widget.choose(0 if card.content.correct_choice != 0 else 1)  # a wrong one
            else:
                window.review.show_answer()
            self.save(window, f"review-{kind}-back")
            if kind == "basic":
                self.dialog_shot(window, "source-dialog", lambda: self._source(window))
                self.dialog_shot(window, "source-dialog-no-document",
                                 lambda: SourceDialog(
                                     "ward-notes.txt, lines 3–4", None, parent=window))
            self._grade(window, window.review.card_widget.suggested or Rating.GOOD)  # type: ignore[union-attr]
        window.end_session(finished=False)

        # A card of a bundled deck, as a new learner meets it; a few learned at once.
        window.study(["all-drug-targets"])
        self.save(window, "review-bundled-front")
        window.review.show_answer()
        self.save(window, "review-bundled-back")
        for _ in range(6):
            self._grade(window, Rating.EASY)
        window.end_session(finished=False)

        # Nine days on: learning cards (red) and reviews (green) are due.
        self.clock.advance(timedelta(days=9))
        window.show_decks()
        window.decks.select_deck("all-drug-targets")
        self.save(window, "deck-list")
        window.study(["all-drug-targets"])
        for rating in (Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD):
            self._grade(window, rating)
        window.end_session(finished=False)
        self.save(window, "summary")
        window.show_decks()
        self.dialog_shot(window, "settings-deck", lambda: self._settings(window, "deck"))
        self.dialog_shot(window, "settings-general", lambda: self._settings(window, "general"))
        self.dialog_shot(window, "keyboard-shortcuts", window.shortcuts_dialog)
        self.dialog_shot(window, "generate-dialog",
                         lambda: GenerateDialog(self.data, parent=window))
        self.dialog_shot(window, "profiles", lambda: ProfileDialog(
            window.profiles, window.profile, rename=window.rename_profile, parent=window))
        from trainer.gui.quiz_screenshots import shoot_quiz

        shoot_quiz(self, window)
        from trainer.gui.exam_screenshots import shoot_exam

        shoot_exam(self, window)
        from trainer.gui.browser.screenshots import shoot_browser

        shoot_browser(self, window)
        from trainer.gui.fact_review_screenshots import shoot_fact_review

        shoot_fact_review(self, window)

        from trainer.gui.stats_screenshots import shoot_stats

        shoot_stats(self, window)  # last: it moves the clock a month on
        window.close()

    # -- helpers ------------------------------------------------------------------------
    def _grade(self, window: MainWindow, rating: Rating) -> None:
        window.review.show_answer()
        window.review.grade(rating)
        self.settle()

    def dialog_shot(self, window: MainWindow, name: str, make: Callable[[], QWidget]) -> None:
        dialog = make()
        dialog.show()
        self.settle(10)
        self.save(dialog, name)
        dialog.close()
        dialog.deleteLater()
        self.settle()

    def _source(self, window: MainWindow) -> QWidget:
        assert window.col is not None and window.review.current is not None
        citation, passage = window.col.citation_passage(window.review.current)
        return SourceDialog(citation, passage, parent=window)

    def _settings(self, window: MainWindow, tab: str) -> QWidget:
        assert window.col is not None
        counts: list[DeckCounts] = window.counts
        return SettingsDialog(app_settings=window.app_settings, decks=counts,
                              load_deck_settings=window.col.deck_settings,
                              current_deck="demo-treatment", profile=window.profile or "",
                              start_tab=tab, parent=window)

    def _type(self, window: MainWindow, text: str) -> None:
        widget = window.review.card_widget
        assert isinstance(widget, TypedCard)
        widget.entry.setText(text)

    def _arrange(self, window: MainWindow) -> None:
        widget = window.review.card_widget
        assert isinstance(widget, OrderCard)
        widget.list.setCurrentRow(0)
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Down,
                          Qt.KeyboardModifier.AltModifier)
        QApplication.sendEvent(widget.list, event)

    def progress_shot(self, window: MainWindow) -> None:
        """The progress dialog of a long task, frozen half way."""
        task = Task(window, "Importing decks", lambda progress, cancel: None,
                    on_success=lambda _r: None, on_error=lambda _e: None)
        task.dialog.show()
        task._progress(3, 7, "Treatment basics: checking cards…")
        self.settle(10)
        window.activateWindow()
        self.save(task.dialog, "progress-dialog")
        task._close_dialog()
        task.deleteLater()


def shoot(out: Path, themes: list[str], *, only: frozenset[str] | None = None) -> list[Path]:
    saved: list[Path] = []
    for theme in themes:
        # A fixed folder, so the paths the dialogs show are the same in every run.
        base = Path(tempfile.gettempdir()) / f"trainer-screenshots-{theme}"
        shutil.rmtree(base, ignore_errors=True)
        data = base / "ALL ward notes"
        data.mkdir(parents=True)
        try:
            shooter = Shooter(out / theme, data, theme, only)
            shooter.shoot_all()
            saved.extend(shooter.saved)
        finally:
            shutil.rmtree(base, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trainer.gui.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--themes", nargs="+", default=["light", "dark"])
    parser.add_argument("--scales", nargs="+", type=float, default=[1.0, 1.25, 1.5])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--subset", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        saved = shoot(args.out, args.themes, only=SCALED_SCREENS if args.subset else None)
        print("\n".join(str(p) for p in saved))
        return 0
    code = 0
    for scale in args.scales:
        env = dict(os.environ)
        out = args.out
        themes = args.themes
        if scale != 1.0:
            env["QT_SCALE_FACTOR"] = f"{scale:g}"
            out = args.out / f"scale-{round(scale * 100)}"
        extra = ["--subset"] if scale != 1.0 else []
        code |= subprocess.call([sys.executable, "-m", "trainer.gui.screenshots", str(out),
                                 "--child", *extra, "--themes", *themes], env=env)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
