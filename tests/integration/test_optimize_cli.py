"""``trainer optimize`` tells the learner how well each set of parameters fits their log."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from trainer.cli import main
from trainer.clock import FixedClock
from trainer.config import DEFAULT_PROFILE, Profiles, data_root
from trainer.domain import Rating
from trainer.services import Collection


def test_optimize_prints_log_loss_and_rmse_before_and_after(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "decks"]) == 0  # creates the default profile
    path = Profiles(root=data_root(str(data))).collection_path(DEFAULT_PROFILE)
    rng = random.Random(5)
    with Collection.open(path, clock=clock, fuzz=True) as col:
        col.import_deck_files([write_deck(deck(cards=basics(50),
                                               settings="  new_per_day: 50\n"))])
        for _day in range(35):
            session = col.start_session()
            while session.next_card() is not None:
                session.reveal()
                session.answer(Rating.AGAIN if rng.random() < 0.4 else Rating.GOOD,
                               duration_ms=1500)
            clock.advance(days=1, hours=rng.randrange(-4, 5))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "optimize"]) == 0
    out = capsys.readouterr().out
    assert "log loss" in out and "RMSE" in out
    assert "parameters in use" in out and "fitted parameters" in out
    assert ("Saved." in out) != ("no better" in out)


def test_optimize_on_a_short_log_keeps_the_parameters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "optimize"]) == 0
    assert "Not enough reviews yet" in capsys.readouterr().out
