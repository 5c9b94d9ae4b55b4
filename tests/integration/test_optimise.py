"""Personal FSRS parameters fitted from the learner's own review log."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.scheduling import DEFAULT_PARAMETERS
from trainer.services import Collection


def test_too_few_reviews_keep_the_defaults(tmp_path: Path, clock: FixedClock,
                                           write_deck: Callable[..., Path]) -> None:
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=False) as col:
        col.import_deck_files([write_deck(deck(cards=basics(3)))])
        assert col.optimise_parameters() is None and col.fsrs_parameters() is None


def _forgetful_learner(col: Collection, clock: FixedClock, write_deck: Callable[..., Path],
                       rng: random.Random, *, jitter: bool) -> None:
    """Sixty cards studied for forty days by a learner who forgets more than FSRS's defaults
    expect; ``jitter`` moves each day's study time by up to three hours either way."""
    col.import_deck_files([write_deck(deck(cards=basics(60), settings="  new_per_day: 60\n"))])
    for _day in range(40):
        session = col.start_session()
        while session.next_card() is not None:
            session.reveal()
            session.answer(Rating.AGAIN if rng.random() < 0.35 else Rating.GOOD,
                           duration_ms=2000)
        clock.advance(days=1, hours=rng.randrange(-3, 4) if jitter else 0)


def test_a_long_history_gives_personal_parameters_that_are_kept(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    rng = random.Random(7)
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=False) as col:
        _forgetful_learner(col, clock, write_deck, rng, jitter=False)
        fitted = col.optimise_parameters()
        assert fitted is not None and len(fitted) == len(DEFAULT_PARAMETERS)
        assert fitted != DEFAULT_PARAMETERS
        assert col.fsrs_parameters() == fitted


def test_fitting_reports_both_scores_and_keeps_only_a_better_fit(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    rng = random.Random(11)
    with Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=True) as col:
        _forgetful_learner(col, clock, write_deck, rng, jitter=True)
        first = col.fit_parameters()
        assert first is not None and first.items > 100
        assert first.applied == (first.after.log_loss < first.before.log_loss)
        kept = col.fsrs_parameters()
        assert kept == (first.fitted if first.applied else None)
        again = col.fit_parameters()  # from the parameters now in use
        assert again is not None
        if not again.applied:
            assert col.fsrs_parameters() == kept
        else:
            assert again.after.log_loss < again.before.log_loss
