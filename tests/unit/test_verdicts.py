"""Reviewers' verdicts in a deck file carried over when the deck is generated again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from trainer.domain import Citation, Deck, Fact, FactStatus, Relation
from trainer.generator.build import _build, build_deck
from trainer.generator.facts import ExtractedFact
from trainer.generator.verdicts import Carried
from trainer.templates import render_cards

R = Relation
DOCS = [Path("a.txt")]


def ef(relation: Relation, subject: str, obj: str, line: int) -> ExtractedFact:
    return ExtractedFact(doc="a", file="a.txt", relation=relation, subject=subject, object=obj,
                         lines=(line, line), confidence=0.9)


READ = [
    ef(R.DRUG_TARGET, "imatinib", "BCR-ABL1", 5),
    ef(R.DRUG_TARGET, "imatinib", "Philadelphia chromosome", 5),
    ef(R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor", 6),
    ef(R.DRUG_CLASS, "blinatumomab", "bispecific T-cell engager", 7),
]


def fact(fid: str, relation: Relation, subject: str, *objects: str,
         status: FactStatus = FactStatus.DRAFT, note: str | None = None) -> Fact:
    return Fact(id=fid, relation=relation, subject=subject, objects=objects,
                sources=(Citation("doc000", (1, 1)),), status=status, note=note)


def previous(*facts: Fact) -> Deck:
    return Deck(id="d", title="D", facts=facts)


def build(before: Deck | None,
          read: list[ExtractedFact] = READ) -> tuple[dict[str, Fact], Carried]:
    deck, carried = _build(read, deck_id="d", title="D", group="", description="",
                           relations=None, documents=DOCS, lexicon=None, previous=before)
    return {f.id: f for f in deck.facts}, carried


def test_without_a_previous_deck_nothing_changes() -> None:
    plain = build_deck(READ, deck_id="d", title="D", documents=DOCS)
    assert build_deck(READ, deck_id="d", title="D", documents=DOCS, previous=None) == plain
    assert build_deck(READ, deck_id="d", title="D", documents=DOCS, previous=previous()) == plain


def test_a_rejected_value_is_split_out_again_with_its_id_and_note() -> None:
    note = "rejected on review: 'Philadelphia chromosome': imprecise"
    facts, carried = build(previous(
        fact("imatinib.drug_target", R.DRUG_TARGET, "imatinib", "BCR-ABL1"),
        fact("imatinib.drug_target.rejected", R.DRUG_TARGET, "Imatinib",
             "philadelphia chromosome", status=FactStatus.REJECTED, note=note)))
    assert facts["imatinib.drug_target"].objects == ("BCR-ABL1",)
    assert facts["imatinib.drug_target"].status is FactStatus.DRAFT
    rejected = facts["imatinib.drug_target.rejected"]
    assert (rejected.objects, rejected.status, rejected.note) == (
        ("Philadelphia chromosome",), FactStatus.REJECTED, note)
    assert rejected.sources == (Citation("doc000", (5, 5)),)  # the new reading's lines
    assert carried.carried == ("imatinib.drug_target.rejected",)


def test_a_whole_fact_rejected_keeps_its_id_and_new_values_stay_apart() -> None:
    before = previous(fact("imatinib.drug_class", R.DRUG_CLASS, "imatinib",
                           "tyrosine kinase inhibitor", status=FactStatus.REJECTED,
                           note="too vague"))
    facts, _ = build(before)
    kept = facts["imatinib.drug_class"]
    assert (kept.status, kept.note) == (FactStatus.REJECTED, "too vague")
    assert "imatinib.drug_class.rejected" not in facts
    deck = build_deck(READ, deck_id="d", title="D", documents=DOCS, previous=before)
    assert "imatinib.drug_class" not in {c.sibling for c in render_cards(deck)}
    more = [*READ, ef(R.DRUG_CLASS, "imatinib", "BCR-ABL1 inhibitor", 9)]
    facts, _ = build(before, more)
    assert (facts["imatinib.drug_class"].objects,
            facts["imatinib.drug_class"].status) == (("BCR-ABL1 inhibitor",), FactStatus.DRAFT)
    rejected = facts["imatinib.drug_class.rejected"]
    assert (rejected.objects, rejected.note) == (("tyrosine kinase inhibitor",), "too vague")


def test_an_accepted_or_edited_fact_keeps_the_reviewers_version_with_new_citations() -> None:
    edited = replace(fact("imatinib.drug_class", R.DRUG_CLASS, "imatinib", "TKI",
                          status=FactStatus.ACCEPTED), tags=("oral",))
    accepted = fact("blinatumomab.drug_class", R.DRUG_CLASS, "blinatumomab",
                    "bispecific T-cell engager", status=FactStatus.ACCEPTED)
    facts, carried = build(previous(edited, accepted))
    assert facts["imatinib.drug_class"] == replace(edited, sources=(Citation("doc000", (6, 6)),))
    assert facts["blinatumomab.drug_class"].status is FactStatus.ACCEPTED
    assert set(carried.carried) == {edited.id, accepted.id}


def test_a_settled_conflict_stays_settled() -> None:
    read = [ef(R.PHASE_DURATION, "maintenance", "2 years", 3),
            ef(R.PHASE_DURATION, "maintenance", "3 years", 8)]
    assert build(None, read)[0]["maintenance.phase_duration"].status is FactStatus.CONFLICT
    settled = fact("maintenance.phase_duration", R.PHASE_DURATION, "maintenance", "2 years",
                   status=FactStatus.ACCEPTED,
                   note="settled by instructor: kept '2 years' of 2 years, 3 years")
    facts, _ = build(previous(settled), read)
    assert facts["maintenance.phase_duration"].objects == ("2 years",)
    assert facts["maintenance.phase_duration"].status is FactStatus.ACCEPTED


def test_verdicts_on_facts_no_longer_read_are_reported_and_drafts_are_not_verdicts() -> None:
    gone = fact("asparaginase.drug_class", R.DRUG_CLASS, "asparaginase", "enzyme",
                status=FactStatus.ACCEPTED)
    draft = fact("blinatumomab.drug_class", R.DRUG_CLASS, "blinatumomab", "antibody")
    facts, carried = build(previous(gone, draft))
    assert "asparaginase.drug_class" not in facts
    assert facts["blinatumomab.drug_class"].objects == ("bispecific T-cell engager",)
    assert carried.dropped == ("asparaginase.drug_class",)
    assert "no longer in the documents" in carried.summary()
