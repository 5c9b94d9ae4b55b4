"""`trainer check-deck` finds what a reviewer should look at, on decks made to have it."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    Fact,
    FactStatus,
    HandCard,
    Relation,
    Source,
)
from trainer.services.deck_check import Finding, FindingKind, check_deck

CITE = Citation("d1", (1, 1))
ACCEPTED = FactStatus.ACCEPTED


def fact(fid: str, relation: Relation, subject: str, *objects: str,
         status: FactStatus = ACCEPTED, lines: tuple[int, int] = (1, 1)) -> Fact:
    return Fact(fid, relation, subject, objects, (Citation("d1", lines),), status=status)


def kinds(findings: list[Finding]) -> dict[str, set[FindingKind]]:
    out: dict[str, set[FindingKind]] = {}
    for finding in findings:
        out.setdefault(finding.where, set()).add(finding.kind)
    return out


def test_a_clean_deck_has_nothing_to_look_at() -> None:
    deck = Deck(id="ok", title="OK", group="ALL", facts=(
        fact("a.t", Relation.DRUG_TARGET, "blinatumomab", "CD19"),
        fact("b.t", Relation.DRUG_TARGET, "inotuzumab ozogamicin", "CD22"),
    ))
    assert check_deck(deck) == []


def test_drafts_conflicts_and_facts_without_a_card_are_listed() -> None:
    deck = Deck(id="s", title="S", group="ALL", facts=(
        fact("a.t", Relation.DRUG_TARGET, "blinatumomab", "CD19", status=FactStatus.DRAFT),
        fact("b.t", Relation.DRUG_TARGET, "rituximab", "CD20", status=FactStatus.CONFLICT),
        fact("all.rf", Relation.RISK_FACTOR, "ALL", "benzene", "Down syndrome"),
    ))
    found = kinds(check_deck(deck))
    assert found == {"a.t": {FindingKind.DRAFT}, "b.t": {FindingKind.CONFLICT},
                     "all.rf": {FindingKind.NO_CARD}}


def test_repeated_questions_and_one_answer_for_many_cards_are_found() -> None:
    deck = Deck(id="r", title="R", group="ALL", facts=(
        fact("cd10.m", Relation.MARKER, "CD10", "raised white cell count"),
        fact("cd19.m", Relation.MARKER, "CD19", "raised white cell count"),
        fact("cd20.m", Relation.MARKER, "CD20", "raised white cell count"),
    ), cards=(
        HandCard("h1", CardKind.BASIC, "CD10: what can it show in ALL?", "Something else"),
    ))
    findings = check_deck(deck)
    found = kinds(findings)
    assert FindingKind.REPEATED_QUESTION in found["h1"]
    same = [f for f in findings if f.kind is FindingKind.SAME_ANSWER]
    assert len(same) == 1 and "3 cards answer 'Raised white cell count'" in same[0].message


def test_wrong_choices_of_another_kind_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from trainer.templates import phrasing

    # The templates once offered symptoms as wrong risk factors; the check catches that.
    old = replace(phrasing.WORDINGS[Relation.RISK_FACTOR],
                  distractors_from=(Relation.SYMPTOM_CAUSE,), exclusive=False)
    monkeypatch.setitem(phrasing.WORDINGS, Relation.RISK_FACTOR, old)
    deck = Deck(id="m", title="M", group="ALL", facts=(
        fact("all.rf", Relation.RISK_FACTOR, "ALL", "benzene"),
        fact("an.s", Relation.SYMPTOM_CAUSE, "anaemia", "fatigue", "dizziness", "pallor"),
    ))
    found = [f for f in check_deck(deck) if f.kind is FindingKind.OTHER_KIND_DISTRACTOR]
    assert [f.where for f in found] == ["all.rf/mcq-benzene"]
    assert "not risk factor answers" in found[0].message
    # A hand card belongs to no fact: its choices are the instructor's to judge.
    mcq = HandCard("h-mcq", CardKind.MCQ, "Which of these is a target of blinatumomab?",
                   choices=(Choice("CD19", True), Choice("Fever", False),
                            Choice("CD22", False)))
    assert not [f for f in check_deck(replace(deck, cards=(mcq,)))
                if f.where == "h-mcq"]


def test_cards_that_teach_nothing_are_found() -> None:
    deck = Deck(id="n", title="N", facts=(
        fact("q1", Relation.NOTE, "Is ALL a cancer?", "Yes"),
        fact("q2", Relation.NOTE, "Which symptom does anaemia cause?", "Dizziness and dizziness"),
        fact("q3", Relation.NOTE, "What guides treatment in ALL?", "Treatment"),
    ))
    found = kinds(check_deck(deck))
    assert all(found[f"{q}/forward"] == {FindingKind.TEACHES_NOTHING}
               for q in ("q1", "q2", "q3"))


def test_citations_are_checked_against_the_documents(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Blinatumomab binds CD19.\nRituximab is given.\n",
                                        encoding="utf-8")
    deck = Deck(id="c", title="C", sources=(Source("d1", "notes.txt"),), facts=(
        fact("a.t", Relation.DRUG_TARGET, "blinatumomab", "CD19", lines=(1, 1)),
        fact("b.t", Relation.DRUG_TARGET, "rituximab", "CD20", lines=(2, 2)),
    ))
    findings = check_deck(deck, documents_dir=tmp_path)
    assert [(f.where, f.kind) for f in findings] == [("b.t", FindingKind.CITATION_LACKS_ANSWER)]
    assert "'CD20'" in findings[0].message
    assert check_deck(deck, documents_dir=tmp_path / "elsewhere") == []


def test_the_command_prints_findings_and_exits_non_zero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "d.yaml"
    deck.write_text(
        "format: 1\nid: d\ndeck: D\nsources:\n  - id: d1\n    file: n.txt\nfacts:\n"
        "  - id: a.t\n    relation: drug_target\n    subject: blinatumomab\n    object: CD19\n"
        "    source: {doc: d1, lines: [1, 1]}\n    status: draft\n", encoding="utf-8")
    assert main(["check-deck", str(deck)]) == 1
    out = capsys.readouterr().out
    assert f"{deck}: a.t: draft: not reviewed yet" in out and "1 thing to look at" in out
    deck.write_text(deck.read_text(encoding="utf-8").replace("draft", "accepted"),
                    encoding="utf-8")
    assert main(["check-deck", str(deck)]) == 0
    assert "nothing to look at" in capsys.readouterr().out
    (tmp_path / "bad.yaml").write_text("shopping: [milk]\n", encoding="utf-8")
    assert main(["check-deck", str(tmp_path / "bad.yaml")]) == 2
    assert "not a valid deck file" in capsys.readouterr().err
