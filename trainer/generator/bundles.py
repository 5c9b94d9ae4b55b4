"""The decks bundled with Trainer: which relations go to which deck, and their titles.

Every bundled deck is generated from the seed documents (``../shared/documents`` beside a
checkout) by ``trainer generate --bundled`` into ``decks/<id>.yaml``, then reviewed. The
grouping follows what a learner studies together, and keeps together what the templates
need together: risk factors are asked as multiple choice with symptoms as the wrong
choices, so both live in one deck.

The review of the generated facts is recorded in the deck files themselves, as ``rejected``
facts with the reviewer's reason as their note (no card), or ``accepted`` ones; regenerating
carries those verdicts over to the new facts with the same id (see
:mod:`trainer.generator.verdicts`). No verdict lives in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.domain import Relation

GROUP = "ALL"
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf"})


@dataclass(frozen=True, slots=True)
class Bundle:
    """One bundled deck: its id (also its file name), title, description and relations."""

    id: str
    title: str
    description: str
    relations: frozenset[Relation]

    @property
    def file_name(self) -> str:
        return f"{self.id}.yaml"


BUNDLES: tuple[Bundle, ...] = (
    Bundle(
        id="all-drug-targets",
        title="ALL: drugs and their targets",
        description=("What the targeted drugs and cell therapies used in ALL act on, whom they "
                     "are for, and their main risks."),
        relations=frozenset({Relation.DRUG_TARGET}),
    ),
    Bundle(
        id="all-drug-classes",
        title="ALL: drug classes",
        description="Which class each drug used in ALL belongs to.",
        relations=frozenset({Relation.DRUG_CLASS}),
    ),
    Bundle(
        id="all-treatment-phases",
        title="ALL: phases of treatment",
        description=("The phases of ALL treatment: their aims, how long each lasts and which drugs "
                     "it uses; transplant and radiotherapy."),
        relations=frozenset({Relation.PHASE_DURATION, Relation.PHASE_DRUGS}),
    ),
    Bundle(
        id="all-diagnosis-markers",
        title="ALL: diagnosis and markers",
        description="Markers that identify and classify ALL.",
        relations=frozenset({Relation.MARKER}),
    ),
    Bundle(
        id="all-risk-symptoms",
        title="ALL: risk factors and symptoms",
        description="What raises the risk of ALL, and which symptoms it causes and why.",
        relations=frozenset({Relation.RISK_FACTOR, Relation.SYMPTOM_CAUSE}),
    ),
    Bundle(
        id="all-prognosis",
        title="ALL: prognosis and outcomes",
        description="What shapes the outlook in ALL, and the numbers behind it.",
        relations=frozenset({Relation.PROGNOSTIC_FACTOR, Relation.NUMERIC}),
    ),
)


def seed_documents(folder: Path) -> list[Path]:
    """The documents in ``folder`` that bundled decks are made from, sorted by name."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
