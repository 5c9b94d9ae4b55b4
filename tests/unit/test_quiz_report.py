"""Scoring a quiz answer and writing the report, without a database."""

from __future__ import annotations

from datetime import UTC, datetime

from trainer.services.quiz_models import Direction, Question, QuestionKind, ReportLine
from trainer.services.quiz_report import build_report, report_html, score

WHEN = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _question(kind: QuestionKind, **extra: object) -> Question:
    return Question(position=0, kind=kind, direction=Direction.FORWARD, prompt="Q?",
                    answer="CD19", deck_id="d", deck_title="Deck", card_id=1,
                    **extra)  # type: ignore[arg-type]


def test_each_kind_of_answer_is_scored_as_the_learner_expects() -> None:
    mcq = _question(QuestionKind.MCQ, choices=("CD20", "CD19", "CD22"), correct_choice=1)
    assert score(mcq, choice=1) == ("CD19", True, False)
    assert score(mcq, choice=0) == ("CD20", False, False)
    assert score(mcq, choice=None) == ("", False, False)
    typed = _question(QuestionKind.TYPED)
    assert score(typed, text=" cd19 ") == ("cd19", True, False)
    assert score(typed, text="CD18") == ("CD18", True, True)  # one small typo
    assert score(typed, text="CD3")[1] is False
    order = _question(QuestionKind.ORDER, items=("a", "b", "c"))
    assert score(order, order=("a", "b", "c"))[1]
    assert score(order, order=("b", "a", "c")) == ("b \u2192 a \u2192 c", False, False)


def _line(position: int, correct: bool, deck: str = "Deck") -> ReportLine:
    return ReportLine(position=position, prompt=f"Question <{position}>?", answer="A",
                      given="B" if not correct else "A", correct=correct, seconds=2.5,
                      deck_title=deck, relation_label="", card_id=position)


def test_the_report_counts_per_deck_tag_and_relation_and_shows_misses() -> None:
    lines = [_line(0, True), _line(1, False), _line(2, True, "Other"), _line(3, True)]
    report = build_report(
        quiz_id=1, title="Quiz: Deck", started_at=WHEN, finished_at=WHEN, lines=lines,
        tags={0: ("cns",), 1: ("cns",), 2: ()},
        relations={0: "drug_target", 1: "drug_target", 2: "drug_class", 3: None})
    assert str(report.overall) == "Score: 3/4" and report.overall.percent == 75
    assert [str(s) for s in report.by_deck] == ["Deck: 2/3", "Other: 1/1"]
    assert [str(s) for s in report.by_tag] == ["cns: 1/2"]
    assert [str(s) for s in report.by_relation] == [
        "cards written by hand: 1/1", "drug \u2192 class: 1/1", "drug \u2192 target: 1/2"]
    assert [m.position for m in report.missed] == [1] and report.seconds == 10.0
    html = report_html(report, tz=UTC)
    assert "Score: 3/4 (75%)" in html and "drug \u2192 target" in html
    assert "Question &lt;1&gt;?" in html and "<1>" not in html  # deck text stays plain text
    assert "Right answer: <b>A</b>" in html
