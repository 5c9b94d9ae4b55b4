"""Options presets shared by decks and groups, the maximum interval, and "Optimise"."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import DeckSettings, Rating
from trainer.services import Collection
from trainer.services.presets import DECK, DECK_PRESET, FILE, GROUP, GROUP_PRESET, OWN, PresetError


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Collection:
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=False)
    col.import_deck_files([
        write_deck(deck(cards=basics(60, "a"), deck_id="d1", title="One"), "1.yaml"),
        write_deck(deck(cards=basics(60, "b"), deck_id="d2", title="Two"), "2.yaml")])
    yield col
    col.close()


def _new_today(col: Collection) -> dict[str, int]:
    return {c.deck_id: c.new for c in col.deck_counts()}


def test_a_group_preset_applies_to_every_deck_of_the_group(col: Collection) -> None:
    assert _new_today(col) == {"d1": 20, "d2": 20}  # the file's default
    presets = col.presets()
    exam = presets.create(name="Exam month", settings=DeckSettings(desired_retention=0.95,
                                                                   new_per_day=50))
    presets.link(scope_kind=GROUP, scope="Tests", preset_id=exam.id)
    assert _new_today(col) == {"d1": 50, "d2": 50}
    assert col.deck_settings_source("d1") == (exam.settings, GROUP_PRESET)
    assert presets.get(exam.id).scopes == ((GROUP, "Tests"),)
    # One edit of the preset changes every deck that uses it.
    presets.update(preset_id=exam.id, settings=replace(exam.settings, new_per_day=35))
    assert _new_today(col) == {"d1": 35, "d2": 35}


def test_a_deck_s_own_preset_or_own_settings_win_over_its_group_s(col: Collection) -> None:
    presets = col.presets()
    group = presets.create(name="Group", settings=DeckSettings(new_per_day=40))
    slow = presets.create(name="Slow", settings=DeckSettings(new_per_day=5,
                                                             maximum_interval_days=60))
    presets.link(scope_kind=GROUP, scope="Tests", preset_id=group.id)
    presets.link(scope_kind=DECK, scope="d2", preset_id=slow.id)
    assert _new_today(col) == {"d1": 40, "d2": 5}
    assert col.deck_settings("d2").maximum_interval_days == 60
    assert col.deck_settings_source("d2")[1] == DECK_PRESET
    col.set_deck_settings("d1", DeckSettings(new_per_day=12))
    assert col.deck_settings_source("d1")[1] == OWN and _new_today(col)["d1"] == 12
    col.clear_deck_settings("d1")
    assert _new_today(col)["d1"] == 40
    # Deleting a preset sends its decks back to their group's, then to the file's.
    presets.delete(preset_id=slow.id)
    assert _new_today(col)["d2"] == 40
    presets.delete(preset_id=group.id)
    assert col.deck_settings_source("d2") == (DeckSettings(), FILE)


def test_preset_mistakes_are_said_plainly(col: Collection) -> None:
    presets = col.presets()
    presets.create(name="Exam", settings=DeckSettings())
    with pytest.raises(PresetError, match="named “Exam” already exists"):
        presets.create(name=" Exam ", settings=DeckSettings())
    with pytest.raises(PresetError, match="needs a name"):
        presets.create(name="  ", settings=DeckSettings())
    with pytest.raises(ValueError, match="maximum interval must be between 1 and 36500"):
        presets.create(name="Zero", settings=DeckSettings(maximum_interval_days=0))


def test_optimise_reports_log_loss_before_and_after_and_keeps_a_better_fit(
        col: Collection, clock: FixedClock) -> None:
    too_early = col.optimise()
    assert too_early.parameters is None and not too_early.better
    rng = random.Random(7)
    col.set_deck_settings("d1", DeckSettings(new_per_day=60))
    for _day in range(40):
        session = col.start_session(deck_ids=["d1"])
        while session.next_card() is not None:
            session.reveal()
            # A learner who forgets more than FSRS's defaults expect.
            session.answer(Rating.AGAIN if rng.random() < 0.35 else Rating.GOOD,
                           duration_ms=2000)
        session.close()
        clock.advance(days=1)
    fit = col.optimise()
    assert fit.reviews >= 400
    assert fit.log_loss_before is not None and fit.log_loss_after is not None
    assert fit.log_loss_after < fit.log_loss_before and fit.better
    assert col.fsrs_parameters() == fit.parameters
