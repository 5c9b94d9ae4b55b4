"""Glue between the main window and the exam and cram services: read, ask, forward."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from trainer.domain import DeckCounts
from trainer.gui import messages
from trainer.services import Collection
from trainer.services.changes import NOTHING, OpChanges
from trainer.services.exam import ExamScope
from trainer.services.exam_models import ExamOverview

if TYPE_CHECKING:  # the dialogs are imported when first opened, to keep start-up short
    from trainer.gui.settings_dialog import ExamTabInput
    from trainer.services.cram import CramSession


def overviews(col: Collection,
              counts: Sequence[DeckCounts]) -> dict[tuple[str, str], ExamOverview]:
    """Every saved exam date's plan, for the deck list."""
    titles = {c.deck_id: c.title for c in counts}
    titles.update({c.group: c.group for c in counts if c.group})
    return col.exams.overviews(titles)


def tab_input(col: Collection, current: tuple[str, str] | None = None) -> ExamTabInput:
    """What the Exam tab of deck options needs; ``current`` is the deck or group to show."""
    from trainer.gui.settings_dialog import ExamTabInput

    planner = col.exams

    def preview(scope: ExamScope, exam_on: date) -> ExamOverview | None:
        return planner.overview(scope=scope, title=scope.name, exam_on=exam_on)

    return ExamTabInput(dates=planner.dates(), preview=preview, today=planner.today(),
                        current=current)


def save_dates(col: Collection, dates: Mapping[tuple[str, str], date | None]) -> OpChanges:
    """Save the exam dates changed in deck options; ValueError with a plain sentence."""
    changes = NOTHING
    for (kind, name), exam_on in dates.items():
        changes |= col.exams.set_date(scope=ExamScope(kind, name), exam_on=exam_on)
    return changes


def ask_cram(parent: QWidget, col: Collection, counts: Sequence[DeckCounts], *,
             current_deck: str | None) -> CramSession | None:
    """Ask what to cram and start the session; None when cancelled or nothing matched."""
    from trainer.gui.cram_dialog import CramDialog
    from trainer.services.cram import all_tags

    dialog = CramDialog(counts, tags=all_tags(col.engine), current_deck=current_deck,
                        parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return col.start_cram(choice=dialog.choice())
    except ValueError as exc:
        messages.info(parent, "Nothing to cram", str(exc))
        return None
