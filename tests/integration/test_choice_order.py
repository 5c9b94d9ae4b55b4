"""Multiple-choice options are shuffled with the learner's seed, hand-written cards too."""

from __future__ import annotations

from pathlib import Path

from trainer.clock import FixedClock
from trainer.domain import CardContent, CardKind, Rating
from trainer.services import Collection
from trainer.services.choices import shuffle_choices

DECK = """\
format: 1
id: choices
deck: Choices
cards:
  - id: lineage
    type: mcq
    front: Which test confirms the lineage of the blasts?
    choices:
      - chest X-ray
      - {text: flow cytometry, correct: true}
      - serum ferritin
      - bone scan
      - urine culture
"""


def _content() -> CardContent:
    return CardContent("k", "k", CardKind.MCQ, "Q?", "b", choices=("a", "b", "c", "d"),
                       correct_choice=1)


def test_the_order_depends_on_seed_card_and_showing_and_keeps_the_right_answer() -> None:
    orders = {shuffle_choices(_content(), seed=7, card_id=1, seen=n).choices for n in range(8)}
    assert len(orders) > 1  # seen again: another order
    again = shuffle_choices(_content(), seed=7, card_id=1, seen=3)
    assert again == shuffle_choices(_content(), seed=7, card_id=1, seen=3)  # a redraw
    for seed in range(20):
        shown = shuffle_choices(_content(), seed=seed, card_id=1, seen=0)
        assert shown.correct_choice is not None
        assert shown.choices[shown.correct_choice] == "b"
        assert sorted(shown.choices) == ["a", "b", "c", "d"]
    other_learners = {shuffle_choices(_content(), seed=s, card_id=1, seen=0).choices
                      for s in range(20)}
    assert len(other_learners) > 1


def test_a_hand_written_card_is_shown_in_new_orders_as_it_comes_back(
        tmp_path: Path, clock: FixedClock) -> None:
    deck = tmp_path / "choices.yaml"
    deck.write_text(DECK, encoding="utf-8")
    with Collection.open(tmp_path / "c.sqlite3", clock=clock) as col:
        col.import_deck_files([deck])
        assert col.app_settings().shuffle_seed is None
        col.start_session(deck_ids=["choices"]).close()
        drawn = col.app_settings().shuffle_seed
        assert drawn is not None  # drawn on first use, kept with the profile
        col.start_session(deck_ids=["choices"]).close()
        assert col.app_settings().shuffle_seed == drawn
        col.set_app_settings(col.app_settings().with_changes(shuffle_seed=12345))
        orders = []
        for _ in range(6):
            session = col.start_session(deck_ids=["choices"])
            card = session.next_card()
            assert card is not None and card.content.correct_choice is not None
            assert card.content.choices[card.content.correct_choice] == "flow cytometry"
            orders.append(card.content.choices)
            session.reveal()
            session.answer(Rating.AGAIN, duration_ms=1000)
            session.close()
            clock.advance(minutes=30)
        assert len(set(orders)) > 1
        assert any(o[1] != "flow cytometry" for o in orders)  # not always as written
