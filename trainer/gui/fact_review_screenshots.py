"""The fact review and its deck check for :mod:`trainer.gui.screenshots`.

A small generated-looking deck of its own, beside a page of teaching notes written for the
screenshots (they quote no document): one fact of each state a reviewer meets (accepted,
draft, a conflict between two handouts, rejected). Saved as ``fact-review`` (a conflict
selected, with both cited passages marked), ``fact-review-empty`` (a search nothing matches)
and ``deck-check`` (the deck check of the same deck) in the theme's folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.gui.deck_check_view import DeckCheckDialog
from trainer.gui.fact_review import FactReviewDialog
from trainer.gui.main_window import MainWindow

if TYPE_CHECKING:
    from trainer.gui.screenshots import Shooter

REVIEW_NOTES = """\
Teaching notes on ALL treatment, written for the screenshots.

Handout A: the induction phase usually lasts about 4 weeks.
Handout B: the induction phase usually lasts about 6 weeks.
Maintenance goes on for about 2 years, mostly with tablets taken at home.
Vincristine is a vinca alkaloid and is given into a vein, never into the spine.
Methotrexate blocks dihydrofolate reductase, so cells cannot make new DNA.
Imatinib blocks the BCR-ABL tyrosine kinase of Philadelphia-positive ALL.
Tiredness and pale skin come from anaemia; easy bruising from a low platelet count.
"""

REVIEW_DECK = """\
format: 1
id: demo-review
deck: "Treatment facts to check"
group: ALL
description: Facts read from the ward's teaching notes, waiting for an instructor's check.
sources:
  - id: notes
    file: teaching-notes.txt
    title: Teaching notes on ALL treatment
facts:
  - id: induction.phase_duration
    relation: phase_duration
    subject: induction
    object: ["4 weeks", "6 weeks"]
    sources:
      - {doc: notes, lines: [3, 3]}
      - {doc: notes, lines: [4, 4]}
    status: conflict
    note: "The handouts disagree: 4 weeks (line 3) or 6 weeks (line 4)"
  - id: maintenance.phase_duration
    relation: phase_duration
    subject: maintenance
    object: "2 years"
    source: {doc: notes, lines: [5, 5]}
    status: draft
  - id: vincristine.drug_class
    relation: drug_class
    subject: vincristine
    object: vinca alkaloid
    source: {doc: notes, lines: [6, 6]}
  - id: methotrexate.drug_target
    relation: drug_target
    subject: methotrexate
    object: dihydrofolate reductase
    source: {doc: notes, lines: [7, 7]}
  - id: imatinib.drug_target
    relation: drug_target
    subject: imatinib
    object: BCR-ABL tyrosine kinase
    source: {doc: notes, lines: [8, 8]}
    status: draft
  - id: anaemia.symptom_cause
    relation: symptom_cause
    subject: anaemia
    object: [tiredness, pale skin, easy bruising]
    source: {doc: notes, lines: [9, 9]}
    status: rejected
    note: "rejected on review: easy bruising comes from the platelets, not from anaemia"
"""


def shoot_fact_review(shooter: Shooter, window: MainWindow) -> None:
    """The review of the demo deck, its empty state and its deck check."""
    folder = shooter.data / "review"
    folder.mkdir(exist_ok=True)
    (folder / "teaching-notes.txt").write_text(REVIEW_NOTES, encoding="utf-8")
    deck = folder / "demo-review.yaml"
    deck.write_text(REVIEW_DECK, encoding="utf-8")
    dialog = FactReviewDialog(deck, documents_dir=folder, parent=window)  # its own size
    dialog.show()
    shooter.settle(10)
    dialog.filter_combo.setCurrentIndex(0)  # every fact, so each state is in the picture
    dialog.select_fact("induction.phase_duration")
    dialog.table_focus()
    shooter.save(dialog, "fact-review")

    check = DeckCheckDialog(dialog.state.check(), dialog)
    check.show()
    shooter.settle(10)
    shooter.save(check, "deck-check")
    check.close()
    check.deleteLater()

    dialog.search.setText("no such fact")
    shooter.save(dialog, "fact-review-empty")
    dialog.state.review.dirty = False  # nothing was changed; no question on closing
    dialog.close()
    dialog.deleteLater()
    shooter.settle()
