"""Hand-written cards render as the deck file says."""

from __future__ import annotations

from trainer.domain import CardKind, Choice, Citation, Deck, HandCard, Source
from trainer.templates import render_cards

CITE = Citation("doc001", (3, 4))
SOURCES = (Source("doc001", "notes.txt"),)


def render(*cards: HandCard) -> dict[str, object]:
    return {c.key: c for c in render_cards(Deck(id="h", title="H", sources=SOURCES, cards=cards))}


def test_basic_card() -> None:
    cards = render(HandCard("q1", CardKind.BASIC, front="Q?", back="A", source=CITE,
                            tags=("t",)))
    card = cards["q1"]
    assert (card.kind, card.prompt, card.answer, card.sibling) == (CardKind.BASIC, "Q?", "A", "q1")
    assert card.explanation == "Source: notes.txt, lines 3–4"
    assert card.tags == ("t",)


def test_reverse_card_gives_two_siblings() -> None:
    cards = render(HandCard("r", CardKind.REVERSE, front="imatinib", back="BCR-ABL"))
    forward, reverse = cards["r/forward"], cards["r/reverse"]
    assert (forward.prompt, forward.answer) == ("imatinib", "BCR-ABL")
    assert (reverse.prompt, reverse.answer) == ("BCR-ABL", "imatinib")
    assert forward.kind is reverse.kind is CardKind.BASIC
    assert forward.sibling == reverse.sibling == "r"


def test_cloze_card_gives_one_card_per_deletion_number() -> None:
    text = "{{c1::Blinatumomab}} links {{c2::CD19::an antigen}} cells to {{c1::T cells}}."
    cards = render(HandCard("c", CardKind.CLOZE, front=text, back="A BiTE."))
    assert set(cards) == {"c/c1", "c/c2"}
    assert cards["c/c1"].prompt == "[...] links CD19 cells to [...]."
    assert cards["c/c2"].prompt == "Blinatumomab links [an antigen] cells to T cells."
    assert cards["c/c1"].answer == "Blinatumomab links CD19 cells to T cells."
    assert cards["c/c1"].explanation == "A BiTE."


def test_typed_card() -> None:
    card = render(HandCard("t", CardKind.TYPED, front="Target of imatinib?", back="BCR-ABL"))["t"]
    assert (card.kind, card.answer) == (CardKind.TYPED, "BCR-ABL")


def test_mcq_keeps_the_written_order() -> None:
    choices = (Choice("CD22"), Choice("CD19", correct=True), Choice("CD33"))
    card = render(HandCard("m", CardKind.MCQ, front="Target of blinatumomab?",
                           choices=choices))["m"]
    assert card.choices == ("CD22", "CD19", "CD33")
    assert card.correct_choice == 1
    assert card.answer == "CD19"


def test_order_card_is_shuffled_deterministically_and_never_in_order() -> None:
    for n in range(2, 7):
        items = tuple(f"step {i}" for i in range(n))
        card = render(HandCard(f"o{n}", CardKind.ORDER, front="Order?", items=items))[f"o{n}"]
        assert card.items == items
        assert sorted(card.shuffled_items) == sorted(items)
        assert card.shuffled_items != items
        again = render(HandCard(f"o{n}", CardKind.ORDER, front="Order?", items=items))[f"o{n}"]
        assert again.shuffled_items == card.shuffled_items


def test_hand_cards_follow_fact_cards_and_keep_their_order() -> None:
    cards = render_cards(Deck(id="h", title="H", cards=(
        HandCard("b", CardKind.BASIC, front="1", back="1"),
        HandCard("a", CardKind.BASIC, front="2", back="2"),
    )))
    assert [c.key for c in cards] == ["b", "a"]
