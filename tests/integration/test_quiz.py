"""Quizzes on a real collection: what is asked, how it is scored, and what it leaves alone."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from tests.integration.decks import deck, fact
from trainer.clock import FixedClock
from trainer.services import Collection
from trainer.services.quiz import NoQuestions, QuizOver, QuizRun
from trainer.services.quiz_models import Direction, Question, QuestionKind, QuizSetup

DATA = Path(__file__).resolve().parents[1] / "data"
QUIZ_DECK = DATA / "quiz_deck.yaml"
MCQ = frozenset({QuestionKind.MCQ})
ALL_KINDS = frozenset(QuestionKind)
NOTES = "".join(f"Line {n} of the quiz notes.\n" for n in range(1, 25))


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Iterator[Collection]:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "quiz-notes.txt").write_text(NOTES, encoding="utf-8")
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False) as c:
        c.import_deck_files([QUIZ_DECK])
        c.set_app_settings(c.app_settings().with_changes(documents_dir=str(docs)))
        yield c


def _start(col: Collection, seed: int = 7, **setup: object) -> QuizRun:
    return col.quizzes().start(setup=QuizSetup(**setup), rng=random.Random(seed))  # type: ignore[arg-type]


def _facts(col: Collection) -> dict[str, tuple[str, str, set[str]]]:
    """fact id -> (relation, subject, objects), case folded, as the deck file gives them."""
    import json
    with col.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT fact_id, relation, subject, objects FROM facts")
        return {r[0]: (r[1], r[2].casefold(), {o.casefold() for o in json.loads(r[3])})
                for r in rows}


def _answer_right(run: QuizRun, question: Question) -> None:
    if question.kind is QuestionKind.MCQ:
        run.answer(choice=question.correct_choice)
    elif question.kind is QuestionKind.TYPED:
        run.answer(text=question.answer)
    else:
        run.answer(order=question.items)


def _card_states(col: Collection) -> list[tuple[object, ...]]:
    with col.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT * FROM card_states ORDER BY card_id")]


def _log_rows(col: Collection) -> int:
    with col.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM review_log").scalar_one())


def test_a_quiz_has_the_number_of_questions_asked_for_one_per_fact(col: Collection) -> None:
    run = _start(col, count=8)
    assert len(run.questions) == 8
    assert [q.position for q in run.questions] == list(range(8))
    everything = _start(col, count=100, kinds=ALL_KINDS)
    facts = [q.fact_id for q in everything.questions if q.fact_id]
    # every fact none twice; the two cure rates have only a written answer (one wrong
    # choice each is too few), so they are not asked
    assert len(facts) == len(set(facts)) == 18
    assert len(everything.questions) == 20  # plus the hand card and the order of phases


def test_multiple_choice_is_the_default_and_the_other_kinds_are_options(col: Collection) -> None:
    assert {q.kind for q in _start(col, count=20).questions} == {QuestionKind.MCQ}
    assert {q.kind for q in _start(col, count=20, kinds=frozenset({QuestionKind.TYPED}))
            .questions} == {QuestionKind.TYPED}
    order = _start(col, count=5, kinds=frozenset({QuestionKind.ORDER})).questions
    assert len(order) == 1 and order[0].items == ("Induction", "Consolidation",
                                                  "Interim maintenance", "Maintenance")
    assert order[0].shuffled_items != order[0].items
    assert sorted(order[0].shuffled_items) == sorted(order[0].items)
    mixed = _start(col, count=20, kinds=ALL_KINDS).questions
    assert {q.kind for q in mixed} == set(QuestionKind)


def test_facts_are_asked_both_ways_and_cards_are_asked_too(col: Collection) -> None:
    questions = _start(col, count=20).questions
    directions = {q.direction for q in questions}
    assert directions == {Direction.FORWARD, Direction.REVERSE, Direction.CARD}
    reverse = next(q for q in questions if q.direction is Direction.REVERSE)
    assert reverse.prompt.startswith("Which drug in this deck")
    assert any(q.prompt == "Which test confirms the lineage of the blasts?" for q in questions)


def test_wrong_choices_come_from_the_same_relation_and_are_never_right(col: Collection) -> None:
    facts = _facts(col)
    for seed in range(6):
        for q in _start(col, seed=seed, count=20).questions:
            if q.fact_id is None:
                continue
            relation, subject, objects = facts[q.fact_id]
            assert q.correct_choice is not None
            wrong = {c.casefold() for i, c in enumerate(q.choices) if i != q.correct_choice}
            assert len(wrong) >= 2 and q.answer.casefold() not in wrong
            same = [f for f in facts.values() if f[0] == relation]
            if q.direction is Direction.FORWARD:
                assert not wrong & objects
                assert wrong <= set().union(*(f[2] for f in same))
            else:
                assert subject not in wrong and q.answer.casefold() == subject
                assert wrong <= {f[1] for f in same}


def test_the_same_seed_gives_the_same_quiz_and_other_seeds_vary_it(col: Collection) -> None:
    def shape(seed: int) -> list[tuple[str, tuple[str, ...]]]:
        return [(q.prompt, q.choices) for q in _start(col, seed=seed, count=10).questions]

    assert shape(3) == shape(3)
    quizzes = {tuple(shape(seed)) for seed in range(5)}
    assert len(quizzes) == 5
    # a deck of twenty facts gives more than twenty different questions over a few quizzes
    prompts = {p for quiz in quizzes for p, _ in quiz}
    assert len(prompts) > 20


def test_filters_by_deck_tag_and_relation(col: Collection, write_deck) -> None:
    col.import_deck_files([write_deck(deck(facts="".join(
        fact(f"f{i}", f"drug{i}", f"target{i}") for i in range(6)), deck_id="other"))])
    both = {q.deck_id for q in _start(col, count=40).questions}
    assert both == {"quiz-facts", "other"}
    only = _start(col, count=40, deck_ids=("other",)).questions
    assert {q.deck_id for q in only} == {"other"}
    tagged = _start(col, count=40, tags=("phases",)).questions
    assert tagged and all("phases" in q.tags for q in tagged)
    classes = _start(col, count=40, relations=("drug_class",)).questions
    assert classes and {q.relation for q in classes} == {"drug_class"}
    with pytest.raises(NoQuestions, match="No card or fact"):
        _start(col, count=5, tags=("no-such-tag",))


def test_the_report_scores_overall_and_per_deck_tag_and_relation(
        col: Collection, clock: FixedClock) -> None:
    run = _start(col, count=20, kinds=ALL_KINDS)
    for q in run.questions:
        clock.advance(seconds=4)
        if q.relation == "drug_target":
            _answer_right(run, q)
        else:
            run.answer(text="no idea", choice=None, order=None)
    report = col.quizzes().report(quiz_id=run.finish())
    targets = sum(q.relation == "drug_target" for q in run.questions)
    assert str(report.overall) == f"Score: {targets}/20"
    by_relation = {line.label: str(line) for line in report.by_relation}
    assert by_relation["drug \u2192 target"] == f"drug \u2192 target: {targets}/{targets}"
    assert by_relation["drug \u2192 class"] == "drug \u2192 class: 0/6"
    assert [str(line) for line in report.by_deck] == [f"Quiz: drugs and phases: {targets}/20"]
    by_tag = {line.label: (line.correct, line.total) for line in report.by_tag}
    assert by_tag["phases"] == (0, 4)
    assert all(line.seconds == 4.0 for line in report.lines)
    missed = report.missed[0]
    assert missed.answer and missed.citation.startswith("quiz-notes.txt, line")
    assert missed.passage is not None and "quiz notes" in missed.passage


def test_a_typed_answer_forgives_case_and_a_small_typo(col: Collection) -> None:
    run = _start(col, count=20, kinds=frozenset({QuestionKind.TYPED}))
    q = next(q for q in run.questions if len(q.answer) > 7 and " " not in q.answer)
    while run.current() is not q:
        run.answer(text="x")
    outcome = run.answer(text=q.answer.lower()[:-1])  # "asparagin" for "Asparagine"
    assert outcome.correct and outcome.close
    assert not run.answer(text="something else").correct


def test_attempts_are_stored_and_leave_the_fsrs_state_alone(col: Collection) -> None:
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    session.reveal()
    from trainer.domain import Rating
    session.answer(Rating.GOOD, duration_ms=1000)
    session.close()
    states, log = _card_states(col), _log_rows(col)
    run = _start(col, count=10)
    for q in run.questions[:5]:
        run.answer(choice=((q.correct_choice or 0) + 1) % len(q.choices))
    quiz_id = run.finish()
    assert _card_states(col) == states and _log_rows(col) == log
    with col.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT count(*), sum(given = '') FROM quiz_answers WHERE quiz_id = ?",
            (quiz_id,)).one()
    assert tuple(stored) == (10, 5)  # the five left are stored as not answered
    history = col.quizzes().history()
    assert [(h.quiz_id, h.total) for h in history] == [(quiz_id, 10)]


def test_missed_cards_go_to_tomorrow_and_nothing_else_changes(
        col: Collection, clock: FixedClock) -> None:
    with col.engine.begin() as conn:  # one card already in review, due in ten days
        conn.exec_driver_sql("UPDATE card_states SET phase = 2, stability = 12.0, "
                             "difficulty = 5.0, due = ?, reps = 3 WHERE card_id = "
                             "(SELECT id FROM cards WHERE key = 'imatinib.target/mcq-bcr-abl1')",
                             (int((clock.now() + timedelta(days=10)).timestamp() * 1000),))
    before = {row[0]: row for row in _card_states(col)}
    log = _log_rows(col)
    run = _start(col, count=20)
    for i, q in enumerate(run.questions):
        if i % 3 == 0 or q.fact_id == "imatinib.target":
            run.answer(choice=((q.correct_choice or 0) + 1) % len(q.choices))  # wrong
        else:
            run.answer(choice=q.correct_choice)
    quiz_id = run.finish()
    missed = {q.card_id for q, o in zip(run.questions, run.outcomes, strict=True)
              if not o.correct}
    clock.advance(minutes=2)  # the last backup (on opening) is older than a minute
    sent = col.quizzes().send_missed_to_tomorrow(quiz_id=quiz_id)
    from trainer.storage.backups import list_backups
    assert [b.reason for b in list_backups(col.path)].count("before-bulk-change") == 1
    tomorrow = int(sent.due.timestamp() * 1000)
    assert sent.due == clock.now().replace(hour=4, minute=0) + timedelta(days=1)
    assert set(sent.card_ids) == missed
    after = {row[0]: row for row in _card_states(col)}
    columns = ("card_id", "deck_id", "phase", "step", "stability", "difficulty", "due",
               "last_review", "reps", "lapses", "suspended", "buried_until")
    for card_id, row in after.items():
        old = dict(zip(columns, before[card_id], strict=True))
        new = dict(zip(columns, row, strict=True))
        if card_id not in missed:
            assert new == old
            continue
        moved = {k for k in columns if new[k] != old[k]}
        if old["phase"] == 0:  # a new card: first in line, held back until tomorrow
            assert moved <= {"due", "buried_until"} and new["buried_until"] == tomorrow
        else:
            assert moved == {"due"} and new["due"] == tomorrow
    assert _log_rows(col) == log
    again = col.quizzes().send_missed_to_tomorrow(quiz_id=quiz_id)
    assert again.already_sent and _card_states(col) == list(after.values())
    assert col.quizzes().report(quiz_id=quiz_id).missed_sent_at == clock.now()


def test_a_countdown_ends_the_quiz(col: Collection, clock: FixedClock) -> None:
    run = _start(col, count=5, time_limit_s=60)
    assert run.time_left() == 60
    _answer_right(run, run.questions[0])
    clock.advance(seconds=61)
    assert run.expired() and run.time_left() == 0
    with pytest.raises(QuizOver):
        run.answer(choice=0)
    report = col.quizzes().report(quiz_id=run.finish())
    assert str(report.overall) == "Score: 1/5"
    assert [line.given for line in report.lines[1:]] == [""] * 4
