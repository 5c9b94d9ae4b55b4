"""The exam and cram screens for :mod:`trainer.gui.screenshots`: the deck list with an exam
date and predicted recall, the Exam tab of deck options with its forecast, the cram dialog
and a card crammed in the review screen.

The bundled ALL decks get an exam date three weeks after the shooter's clock, a few of
their cards are studied first so the predicted recall is not zero.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from trainer.domain import Rating
from trainer.gui import exam_view
from trainer.gui.cram_dialog import CramDialog
from trainer.gui.deck_list import display_title
from trainer.gui.main_window import MainWindow
from trainer.gui.settings_dialog import SettingsDialog
from trainer.services.cram import CramChoice, CramScope, all_tags
from trainer.services.exam import GROUP, ExamScope

if TYPE_CHECKING:
    from trainer.gui.screenshots import Shooter

EXAM_SHOTS = ("exam-deck-list", "exam-options", "exam-options-empty", "cram-dialog",
              "cram-review")


def shoot_exam(shooter: Shooter, window: MainWindow) -> None:
    """Save the exam and cram screenshots (the window shows the deck list on return)."""
    col = window.col
    assert col is not None
    window.show_decks()
    shooter.dialog_shot(window, "exam-options-empty", lambda: _options(window, None))
    col.exams.set_date(scope=ExamScope(GROUP, "ALL"),
                       exam_on=col.exams.today() + timedelta(days=21))
    window.study(["all-treatment-phases"])
    for _ in range(8):
        if window.review.current is None:
            break
        shooter._grade(window, Rating.GOOD)
    window.end_session(finished=False)
    window.show_decks()
    window.decks.select_deck("all-drug-targets")
    shooter.save(window, "exam-deck-list")
    shooter.dialog_shot(window, "exam-options", lambda: _options(window, (GROUP, "ALL")))
    shooter.dialog_shot(window, "cram-dialog", lambda: CramDialog(
        window.counts, tags=all_tags(col.engine), current_deck="all-drug-targets",
        parent=window))
    session = col.start_cram(choice=CramChoice(CramScope.DECK,
                                               deck_ids=("all-drug-targets",)))
    titles = {c.deck_id: display_title(c.title, c.group) for c in window.counts}
    window.review.start(session, font_scale=window.app_settings.font_scale, deck_titles=titles)
    window.pages.setCurrentIndex(window.PAGE_REVIEW)
    window.review.show_answer()
    shooter.save(window, "cram-review")
    window.end_session(finished=False)
    window.show_decks()


def _options(window: MainWindow, scope: tuple[str, str] | None) -> SettingsDialog:
    assert window.col is not None
    dialog = SettingsDialog(app_settings=window.app_settings, decks=window.counts,
                            load_deck_settings=window.col.deck_settings,
                            current_deck="all-drug-targets", profile=window.profile or "",
                            start_tab="exam", exam=exam_view.tab_input(window.col, scope),
                            parent=window)
    dialog.resize(640, 640)
    return dialog
