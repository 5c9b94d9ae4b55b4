"""Settling: a doubtful name is a yes/no question, a real disagreement a choice of values."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from trainer.domain import FactStatus
from trainer.gui import messages
from trainer.gui.fact_review import FactReviewDialog
from trainer.services.authoring import DeckReview, name_question

DECK = """\
format: 1
id: names
deck: Names to check
sources:
  - id: notes
    file: notes.txt
facts:
  - id: induction.drugs.unclear
    relation: phase_drugs
    subject: induction
    object: cytarabine
    source: {doc: notes, lines: [2, 2]}
    status: conflict
    note: "name unclear in source: 'Alglucoside' read as cytarabine (notes.txt, line 2) — check"
  - id: maintenance.duration
    relation: phase_duration
    subject: maintenance
    object: [2 years, 3 years]
    source: {doc: notes, lines: [3, 3]}
    status: conflict
    note: two documents disagree
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "names.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def test_only_a_single_value_conflict_is_a_name_question(deck: Path) -> None:
    unclear, disputed = DeckReview(deck, documents_dir=None).facts
    assert name_question(unclear) == "Is 'Alglucoside' cytarabine?"
    assert name_question(disputed) is None


@pytest.mark.parametrize(("answer", "status"), [(True, FactStatus.ACCEPTED),
                                                 (False, FactStatus.REJECTED)])
def test_s_on_a_doubtful_name_asks_is_x_y(qtbot, deck: Path, monkeypatch: pytest.MonkeyPatch,
                                          answer: bool, status: FactStatus) -> None:
    asked: list[tuple[str, str]] = []

    def confirm(_parent: object, title: str, text: str) -> bool:
        asked.append((title, text))
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    dialog = FactReviewDialog(deck, documents_dir=None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.select_fact("induction.drugs.unclear")
    opened: list[str] = []

    def close_any_dialog() -> None:  # the old settle dialog would wait for a click forever
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not dialog:
            opened.append(modal.windowTitle())
            modal.close()

    # A timer owned by the dialog and stopped once the key is handled: a bare single-shot
    # would fire in a later test and close that test's progress dialog, cancelling its work.
    guard = QTimer(dialog)
    guard.setSingleShot(True)
    guard.timeout.connect(close_any_dialog)
    guard.start(1500)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_S)
    guard.stop()
    assert opened == []
    [(title, text)] = asked
    assert title == "Check a name" and text.startswith("Is 'Alglucoside' cytarabine?")
    assert "disagree" not in text
    fact = next(f for f in dialog.review.facts if f.id == "induction.drugs.unclear")
    assert fact.status is status and fact.objects == ("cytarabine",)
    dialog.review.dirty = False  # no unsaved-changes question when the test closes it
