"""The bundled decks as an educator signs them off: reviewed, no repeats, no gaps.

These read only decks/ (no seed documents needed); the citation check against the seed
documents runs when ../shared/documents is beside the checkout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.deckfile import load_deck
from trainer.domain import CardKind, Deck, FactStatus
from trainer.generator.bundles import BUNDLES
from trainer.services.deck_check import check_deck
from trainer.templates import render_cards
from trainer.templates.render import question_key

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = REPO.parent / "shared" / "documents"


@pytest.fixture(scope="module")
def decks() -> list[Deck]:
    return [load_deck(REPO / "decks" / bundle.file_name) for bundle in BUNDLES]


def test_no_fact_is_left_in_draft_or_conflict(decks: list[Deck]) -> None:
    for deck in decks:
        for fact in deck.facts:
            assert fact.status in (FactStatus.ACCEPTED, FactStatus.REJECTED), (deck.id, fact.id)
            if fact.status is FactStatus.REJECTED:
                assert fact.note and fact.note.startswith("rejected on review"), fact.id


def test_no_two_cards_of_a_deck_ask_the_same_thing(decks: list[Deck]) -> None:
    for deck in decks:
        cards = render_cards(deck, drop_repeats=False)
        keys = [question_key(card) for card in cards]
        assert len(keys) == len(set(keys)), deck.id
        for card in cards:
            if card.kind is CardKind.TYPED:
                assert len(card.answer) <= 30, card.key  # short enough to type


def test_the_deck_check_finds_nothing(decks: list[Deck]) -> None:
    for deck in decks:
        assert check_deck(deck) == [], deck.id


@pytest.mark.skipif(not DOCUMENTS.is_dir(),
                    reason="../shared/documents not found: citations cannot be read")
def test_every_citation_holds_its_answer(decks: list[Deck]) -> None:
    for deck in decks:
        assert check_deck(deck, documents_dir=DOCUMENTS) == [], deck.id


@pytest.mark.parametrize("asked", [
    "Cytokine release syndrome",  # CAR-T risks
    "Patients under 25",  # tisagenlecleucel's indication
    "Recombinant Erwinia asparaginase",  # after hypersensitivity to pegaspargase
    "amino acid",  # why depleting asparagine works
    "MRD negativity",  # blinatumomab
    "A stem cell transplant",  # blinatumomab as a bridge
    "Making treatment decisions",  # MRD monitoring
    "BCR-ABL1",  # the Philadelphia chromosome
    "B-cell and T-cell",  # lineage
    "The hipbone or the sternum",  # where the marrow sample is taken
    "night sweats",
    "Bone pain",
    "Abdominal swelling",  # liver and spleen
    "Between 2 and 5 years",  # peak age in children
    "Acute lymphoblastic leukemia (ALL)",  # the most common childhood cancer
    "Mercaptopurine daily, methotrexate weekly",  # the maintenance schedule
    "A donor's",  # allogeneic transplant
    "The patient's own",  # autologous transplant
    "brain or bones",  # when radiotherapy is used
    "complete remission",  # the goal of induction
])
def test_the_gaps_an_educator_found_are_covered(decks: list[Deck], asked: str) -> None:
    answers = [card.answer for deck in decks for card in render_cards(deck)]
    assert any(asked.casefold() in answer.casefold() for answer in answers), asked


def test_wrong_and_empty_cards_are_gone(decks: list[Deck]) -> None:
    cards = [card for deck in decks for card in render_cards(deck)]
    for card in cards:
        # Glucocorticoids are not taught as "chemotherapy", nor any drug by that bare word.
        assert card.answer.casefold() != "chemotherapy", card.key
        assert card.answer.casefold() != "classification and treatment", card.key
        assert "younger age" not in card.prompt.casefold(), card.key
    risk = [c for c in cards if "risk factor" in c.prompt]
    assert risk and all(c.kind is not CardKind.MCQ for c in risk)
