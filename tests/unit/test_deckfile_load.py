"""Good deck files load to the expected Deck objects."""

from __future__ import annotations

from pathlib import Path

from trainer.deckfile import load_deck, parse_deck, validate_file
from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    DeckSettings,
    Fact,
    FactStatus,
    HandCard,
    Relation,
    Source,
)

DECKS = Path(__file__).resolve().parents[1] / "data" / "decks"
GOOD = DECKS / "good"


def test_minimal_deck_gets_defaults() -> None:
    assert load_deck(GOOD / "minimal.yaml") == Deck(id="minimal", title="Minimal deck")


def test_full_deck_loads_every_field() -> None:
    deck = load_deck(GOOD / "all-drug-targets.yaml")
    assert deck == Deck(
        id="all-drug-targets",
        title="ALL: drugs and targets",
        group="ALL",
        description="Targeted drugs used in acute lymphoblastic leukemia and what they bind.",
        settings=DeckSettings(
            desired_retention=0.85,
            new_per_day=15,
            reviews_per_day=200,
            learning_steps_minutes=(0.5, 1.0, 10.0),
            relearning_steps_minutes=(60.0,),
            maximum_interval_days=3650,
        ),
        sources=(
            Source(
                id="doc003",
                file="003_4dc0da2e69ed16bb.txt",
                sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                title="ALL treatment overview",
            ),
            Source(id="doc007", file="007_guideline.txt"),
        ),
        facts=(
            Fact(
                id="blinatumomab.drug_target",
                relation=Relation.DRUG_TARGET,
                subject="blinatumomab",
                objects=("CD19", "CD3"),
                sources=(Citation("doc003", (14, 15), page=2),),
                tags=("immunotherapy", "bite"),
            ),
            Fact(
                id="inotuzumab.drug_target",
                relation=Relation.DRUG_TARGET,
                subject="inotuzumab ozogamicin",
                objects=("CD22",),
                sources=(Citation("doc003", (20, 22)), Citation("doc007", (5, 5))),
                status=FactStatus.DRAFT,
                note="Second source gives the same target.",
            ),
            Fact(
                id="induction.duration",
                relation=Relation.PHASE_DURATION,
                subject="induction",
                objects=("4 weeks",),
                sources=(Citation("doc007", (40, 41)),),
                qualifier="adults",
            ),
        ),
    )
    assert isinstance(deck.facts[0].relation, Relation)
    assert isinstance(deck.facts[1].status, FactStatus)


def test_every_card_type_loads() -> None:
    deck = load_deck(GOOD / "hand-cards.yaml")
    assert deck.cards == (
        HandCard(
            id="phases.first",
            kind=CardKind.BASIC,
            front="Which treatment phase comes first in ALL?",
            back="Induction",
            source=Citation("doc001", (3, 4)),
        ),
        HandCard(
            id="cd19.reverse",
            kind=CardKind.REVERSE,
            front="CD19",
            back="B-cell marker targeted by blinatumomab",
        ),
        HandCard(
            id="blina.cloze",
            kind=CardKind.CLOZE,
            front="Blinatumomab binds {{c1::CD19}} and {{c2::CD3::a T-cell marker}}.",
            back="It is a bispecific T-cell engager.",
        ),
        HandCard(
            id="mtx.typed",
            kind=CardKind.TYPED,
            front="Which drug is given intrathecally to prevent CNS relapse?",
            back="methotrexate",
            tags=("cns",),
        ),
        HandCard(
            id="ph.mcq",
            kind=CardKind.MCQ,
            front="Which drug class is added for Philadelphia-positive ALL?",
            back="The BCR-ABL1 fusion is targeted by imatinib, dasatinib or ponatinib.",
            choices=(
                Choice("anthracyclines", correct=False),
                Choice("tyrosine kinase inhibitors", correct=True),
                Choice("vinca alkaloids", correct=False),
            ),
        ),
        HandCard(
            id="phases.order",
            kind=CardKind.ORDER,
            front="Put the treatment phases in order.",
            items=("induction", "consolidation", "maintenance"),
        ),
    )


def test_good_fixtures_have_no_problems() -> None:
    for path in sorted(GOOD.glob("*.yaml")):
        assert validate_file(path) == [], path


def test_durations_in_every_unit() -> None:
    deck = parse_deck(
        "id: d\ndeck: D\nsettings:\n  learning_steps: [90s, 1.5m, 2h, 1d, 0.25h]\n"
        "  relearning_steps: []\n",
        filename="d.yaml",
    )
    assert deck.settings.learning_steps_minutes == (1.5, 1.5, 120.0, 1440.0, 15.0)
    assert deck.settings.relearning_steps_minutes == ()


def test_yaml_niceties_are_accepted() -> None:
    text = (
        "\ufeff# a comment\n"
        "---\n"
        "id: 'quoted-id'\n"
        'deck: "Title with ünïcödé"\n'
        "description: |\n"
        "  Two lines\n"
        "  of text.\n"
        "settings: {desired_retention: 0.9, new_per_day: 0}\n"
        "...\n"
    )
    deck = parse_deck(text, filename="d.yaml")
    assert deck.id == "quoted-id"
    assert deck.title == "Title with ünïcödé"
    assert deck.description == "Two lines\nof text.\n"
    assert deck.settings.new_per_day == 0


def test_one_item_object_list_equals_plain_object() -> None:
    base = "id: d\ndeck: D\nfacts:\n  - {id: f, relation: note, subject: s, object: %s}\n"
    assert parse_deck(base % "[x]", filename="a") == parse_deck(base % "x", filename="b")


def _yaml_blocks(markdown: str) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    inside = False
    for line in markdown.splitlines():
        if line.strip() == "```yaml" and not line.startswith(" "):
            inside, current = True, []
        elif line.strip() == "```" and inside:
            inside = False
            blocks.append("\n".join(current) + "\n")
        elif inside:
            current.append(line)
    return blocks


def test_examples_in_the_guide_are_valid() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "deck-format.md").read_text("utf-8")
    blocks = _yaml_blocks(guide)
    example = parse_deck(blocks[0], filename="guide-example.yaml")
    assert [f.id for f in example.facts] == ["blinatumomab.drug_target", "induction.duration"]
    cards_block = next(b for b in blocks if b.startswith("cards:"))
    cards = parse_deck("id: guide\ndeck: Guide\n" + cards_block, filename="guide-cards.yaml")
    assert [c.kind for c in cards.cards] == [
        CardKind.BASIC, CardKind.CLOZE, CardKind.MCQ, CardKind.ORDER
    ]
