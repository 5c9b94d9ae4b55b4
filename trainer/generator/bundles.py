"""The decks bundled with Trainer: which relations go to which deck, and their titles.

Every bundled deck is generated from the seed documents (``../shared/documents`` beside a
checkout) by ``trainer generate --bundled`` into ``decks/<id>.yaml``, then reviewed. The
grouping follows what a learner studies together, and keeps together what the templates
need together: risk factors are asked as multiple choice with symptoms as the wrong
choices, so both live in one deck.

The review of the generated cards is recorded here too, as :data:`REJECTIONS`: statements
the extractor reads from the seeds that must not be taught, each with the reviewer's
reason. They stay in the deck files as ``rejected`` facts (no card), so the decision is
visible where the fact is. A rejection that no longer matches anything the extractor reads
fails the bundled-deck tests: review the new output and drop it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from trainer.domain import Relation
from trainer.generator.facts import ExtractedFact
from trainer.generator.merge import reject

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
        description="What the targeted drugs and cell therapies used in ALL act on.",
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
        description="The phases of ALL treatment: how long each lasts and which drugs it uses.",
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


@dataclass(frozen=True, slots=True)
class Rejection:
    """A reviewer's decision that one extracted statement must not be taught."""

    relation: Relation
    subject: str
    object: str
    reason: str

    def matches(self, item: ExtractedFact) -> bool:
        return (item.relation is self.relation
                and item.subject.casefold() == self.subject.casefold()
                and item.object.casefold() == self.object.casefold())


_TKI_TARGET = ("imprecise: a tyrosine kinase inhibitor inhibits the BCR-ABL1 kinase that the "
               "Philadelphia chromosome encodes, not the chromosome itself")

_COPIED_CAUSE = "the cause is a phrase copied from the source; reword it before teaching"

REJECTIONS: tuple[Rejection, ...] = (
    *(Rejection(Relation.DRUG_TARGET, drug, "Philadelphia chromosome", _TKI_TARGET)
      for drug in ("dasatinib", "imatinib", "nilotinib", "ponatinib")),
    Rejection(Relation.SYMPTOM_CAUSE, "low red blood cell count", "anemia",
              "anemia is the low red blood cell count itself, not a symptom of it"),
    Rejection(Relation.SYMPTOM_CAUSE, "infiltration of leukemia cells in the liver or spleen",
              "abdominal swelling", _COPIED_CAUSE),
    *(Rejection(Relation.SYMPTOM_CAUSE, "cancer cells in the bone marrow and lymph nodes",
                symptom, _COPIED_CAUSE) for symptom in ("bone pain", "lymphadenopathy")),
)


def review(extracted: Iterable[ExtractedFact],
           rejections: Iterable[Rejection] = REJECTIONS) -> list[ExtractedFact]:
    """``extracted`` with every statement a rejection matches marked as rejected."""
    rejections = tuple(rejections)
    out = []
    for item in extracted:
        found = next((r for r in rejections if r.matches(item)), None)
        out.append(reject(item, found.reason) if found else item)
    return out
