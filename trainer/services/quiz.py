"""Quizzes: set one up, take it, read its report, look back at past ones.

A quiz is practice apart from FSRS. Its answers go to ``quiz_answers``, each committed
as it is given (a crash loses at most the question on screen); card states and the
review log are written only by :meth:`Quizzes.send_missed_to_tomorrow`, the one explicit
action that asks for it. Time comes from the injected clock and every random choice from
the injected generator, so a test replays a quiz exactly.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from trainer.clock import Clock
from trainer.domain import CardQueue, CardView
from trainer.services import citations
from trainer.services.quiz_builder import NoQuestions, build_questions, deck_infos
from trainer.services.quiz_models import (
    Outcome,
    Question,
    QuizOptions,
    QuizReport,
    QuizSetup,
    QuizSummary,
    ReportLine,
    SentToTomorrow,
)
from trainer.services.quiz_report import build_report, score
from trainer.storage import quizzes as store
from trainer.storage.codec import content_from_json, from_ms, ms

__all__ = ["NoQuestions", "QuizOver", "QuizRun", "Quizzes"]


class QuizOver(Exception):
    """An answer came after the quiz ended (its time ran out, or it was finished)."""


def _setup_json(setup: QuizSetup) -> str:
    return json.dumps({
        "decks": list(setup.deck_ids), "tags": list(setup.tags),
        "relations": list(setup.relations), "count": setup.count,
        "time_limit_s": setup.time_limit_s, "kinds": sorted(k.value for k in setup.kinds),
        "feedback": setup.feedback.value}, ensure_ascii=False)


class QuizRun:
    """One quiz being taken: the current question, answers, the countdown."""

    def __init__(self, engine: Engine, *, quiz_id: int, setup: QuizSetup,
                 questions: Sequence[Question], clock: Clock, title: str) -> None:
        self._engine = engine
        self.quiz_id = quiz_id
        self.setup = setup
        self.title = title
        self.questions = tuple(questions)
        self._clock = clock
        self.started_at = clock.now()
        self._shown_at = self.started_at
        self.outcomes: list[Outcome] = []
        self.finished = False

    @property
    def position(self) -> int:
        return len(self.outcomes)

    def current(self) -> Question | None:
        if self.finished or self.position >= len(self.questions):
            return None
        return self.questions[self.position]

    def time_left(self) -> float | None:
        """Seconds left on the whole quiz's countdown; None when untimed."""
        if self.setup.time_limit_s is None:
            return None
        spent = (self._clock.now() - self.started_at).total_seconds()
        return max(0.0, self.setup.time_limit_s - spent)

    def expired(self) -> bool:
        left = self.time_left()
        return left is not None and left <= 0

    def answer(self, *, choice: int | None = None, text: str | None = None,
               order: Sequence[str] | None = None) -> Outcome:
        """Score and store the answer to the current question, then move on."""
        question = self.current()
        if question is None or self.expired():
            raise QuizOver("This quiz has ended; its report shows your answers.")
        given, correct, close = score(question, choice=choice, text=text, order=order)
        return self._record(question, given, correct, close)

    def _record(self, question: Question, given: str, correct: bool, close: bool) -> Outcome:
        now = self._clock.now()
        elapsed = max(0, int((now - self._shown_at).total_seconds() * 1000))
        outcome = Outcome(position=question.position, given=given, correct=correct,
                          duration_ms=elapsed, answered_at=now, close=close)
        with self._engine.begin() as conn:
            store.add_answer(
                conn, quiz_id=self.quiz_id, position=question.position,
                deck_id=question.deck_id, card_id=question.card_id,
                fact_id=question.fact_id, relation=question.relation, tags=question.tags,
                kind=question.kind.value, question=question.prompt, expected=question.answer,
                given=given, correct=correct, duration_ms=elapsed, answered_at=ms(now))
        self.outcomes.append(outcome)
        self._shown_at = now
        return outcome

    def finish(self) -> int:
        """End the quiz: questions left are recorded as not answered. Returns its id."""
        if not self.finished:
            while (question := self.current()) is not None:
                self._record(question, "", False, False)
            with self._engine.begin() as conn:
                store.finish_quiz(conn, quiz_id=self.quiz_id, finished_at=ms(self._clock.now()))
            self.finished = True
        return self.quiz_id


class Quizzes:
    """The quiz use cases of one collection."""

    def __init__(self, engine: Engine, *, clock: Clock, next_day: Callable[[], datetime],
                 documents_dir: Callable[[], Path | Sequence[Path] | None],
                 before_bulk: Callable[[], object] = lambda: None) -> None:
        self._engine = engine
        self._before_bulk = before_bulk  # a backup before rescheduling many cards
        self._clock = clock
        self._next_day = next_day
        self._documents_dir = documents_dir

    def options(self) -> QuizOptions:
        with self._engine.connect() as conn:
            decks = tuple((d, info.title) for d, info in deck_infos(conn).items())
            return QuizOptions(decks=decks, tags=tuple(store.tags_in_use(conn)),
                               relations=tuple(store.relations_in_use(conn)))

    def start(self, *, setup: QuizSetup, rng: random.Random) -> QuizRun:
        """Draw the questions and open the attempt. Raises :class:`NoQuestions`."""
        with self._engine.connect() as conn:
            decks = deck_infos(conn)
            questions = build_questions(conn, setup=setup, rng=rng, decks=decks)
        titles = sorted({q.deck_title for q in questions})
        title = titles[0] if len(titles) == 1 else f"{len(titles)} decks"
        title = f"Quiz: {title}"
        with self._engine.begin() as conn:
            quiz_id = store.start_quiz(conn, started_at=ms(self._clock.now()),
                                       setup=_setup_json(setup), title=title,
                                       question_count=len(questions),
                                       time_limit_s=setup.time_limit_s)
        return QuizRun(self._engine, quiz_id=quiz_id, setup=setup, questions=questions,
                       clock=self._clock, title=title)

    def history(self) -> list[QuizSummary]:
        """Finished quizzes, oldest first: the scores over time."""
        with self._engine.connect() as conn:
            rows = store.finished_quizzes(conn)
        return [QuizSummary(quiz_id=i, title=t, started_at=from_ms(at) or self._clock.now(),
                            correct=c, total=n) for i, t, at, c, n in rows]

    def report(self, *, quiz_id: int) -> QuizReport:
        with self._engine.connect() as conn:
            row = store.quiz(conn, quiz_id)
            if row is None:
                raise KeyError(f"No quiz {quiz_id} in this collection.")
            answers = store.answers(conn, quiz_id)
            decks = deck_infos(conn)
            missed_cards = [a[2] for a in answers if not a[10] and a[2] is not None]
            contents = store.card_contents(conn, missed_cards)
        documents = self._documents_dir()
        lines, tags, relations = [], {}, {}
        for (position, deck_id, card_id, _fact, relation, tag_json, _kind, prompt, expected,
             given, correct, duration_ms) in answers:
            info = decks.get(deck_id)
            citation, passage = "", None
            if not correct and card_id in contents:
                content = content_from_json(*contents[card_id])
                source_file = (info.source_files.get(content.source.doc)
                               if info and content.source else None)
                view = CardView(card_id=card_id, deck_id=deck_id, content=content,
                                queue=CardQueue.REVIEW, source_file=source_file)
                citation, passage = citations.passage(view, documents_dir=documents)
            lines.append(ReportLine(
                position=position, prompt=prompt, answer=expected, given=given,
                correct=bool(correct), seconds=duration_ms / 1000,
                deck_title=info.title if info else deck_id,
                relation_label=relation or "", card_id=card_id, citation=citation,
                passage=passage))
            tags[position] = tuple(json.loads(tag_json))
            relations[position] = relation
        started = from_ms(row[1]) or self._clock.now()
        return build_report(quiz_id=quiz_id, title=row[4], started_at=started,
                            finished_at=from_ms(row[2]) or started, lines=lines, tags=tags,
                            relations=relations, time_limit_s=row[7],
                            missed_sent_at=from_ms(row[8]))

    def send_missed_to_tomorrow(self, *, quiz_id: int) -> SentToTomorrow:
        """Make the cards of the missed questions due on the next learning day.

        The learner's explicit choice, done once per quiz and recorded on it; nothing else
        of their scheduling changes.
        """
        due = self._next_day()
        with self._engine.connect() as conn:
            row = store.quiz(conn, quiz_id)
            if row is None:
                raise KeyError(f"No quiz {quiz_id} in this collection.")
            missed = sorted({a[2] for a in store.answers(conn, quiz_id)
                             if not a[10] and a[2] is not None})
        if row[8] is not None:
            return SentToTomorrow(card_ids=tuple(missed), due=due, already_sent=True)
        if len(missed) > 1:
            self._before_bulk()
        with self._engine.begin() as conn:
            changed = store.send_to_tomorrow(conn, quiz_id=quiz_id, card_ids=missed,
                                             due_ms=ms(due), sent_at=ms(self._clock.now()))
        return SentToTomorrow(card_ids=tuple(changed), due=due)
