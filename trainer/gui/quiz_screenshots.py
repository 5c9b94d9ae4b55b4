"""The quiz screens for :mod:`trainer.gui.screenshots`: set-up, a question, the feedback,
the report and the history (with earlier quizzes, so the chart has a line to show).

Driven through the real pages with a seeded generator and the shooter's fixed clock.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from trainer.gui.main_window import MainWindow
from trainer.gui.quiz_setup import QuizSetupDialog
from trainer.services.quiz_models import QuestionKind, QuizSetup

if TYPE_CHECKING:
    from trainer.gui.screenshots import Shooter

DECKS = ("all-drug-targets", "all-drug-classes", "all-treatment-phases")
SETUP = QuizSetup(deck_ids=DECKS, count=12, time_limit_s=15 * 60,
                  kinds=frozenset({QuestionKind.MCQ, QuestionKind.TYPED}))


def _take(shooter: Shooter, window: MainWindow, *, wrong_every: int,
          shots: bool = False) -> None:
    """Answer a whole quiz: every ``wrong_every``-th question wrong, four seconds each."""
    window.quiz.start(SETUP)
    view = window.quiz.view
    run = view.run
    assert run is not None
    # Multiple choice is the default kind, so the shots show it: a question, a wrong pick.
    choice_qs = [n for n, q in enumerate(run.questions) if q.choices]
    question_shot = choice_qs[0] if choice_qs else 0
    wrong_qs = [n for n in choice_qs if n % wrong_every == 1]
    feedback_shot = wrong_qs[0] if wrong_qs else 1
    for n, question in enumerate(run.questions):
        wrong = n % wrong_every == 1
        shooter.clock.advance(seconds=4 + n % 5)
        if question.choices:
            assert question.correct_choice is not None
            pick = question.correct_choice
            if wrong:
                pick = (pick + 1) % len(question.choices)
            view.pick(pick)
        else:
            view.typed.setText("not sure" if wrong else question.answer.lower())
        if shots and n == question_shot:
            shooter.save(window, "quiz-question")
        view.submit()  # the feedback
        if shots and n == feedback_shot:
            shooter.save(window, "quiz-feedback")
        view.submit()  # next
    shooter.settle()


def shoot_quiz(shooter: Shooter, window: MainWindow) -> None:
    window.show_decks()
    window.decks.select_deck(DECKS[0])
    shooter.dialog_shot(window, "quiz-setup", lambda: QuizSetupDialog(
        window.col.quizzes().options() if window.col else None,  # type: ignore[arg-type]
        selected_deck=DECKS[0], previous=SETUP, parent=window))
    window.quiz.rng = random.Random(2026)
    now = shooter.clock.now()
    for days, wrong_every in ((12, 2), (8, 3), (5, 4), (2, 6)):  # earlier quizzes
        shooter.clock.set(now - timedelta(days=days))
        _take(shooter, window, wrong_every=wrong_every)
    shooter.clock.set(now)
    _take(shooter, window, wrong_every=5, shots=True)
    shooter.save(window, "quiz-report")
    window.quiz.show_history()
    shooter.save(window, "quiz-history")
    window.show_decks()
