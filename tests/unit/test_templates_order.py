"""The phase ordering card and cloze deletions made from sentences."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.domain import CardKind, Citation, Deck, Fact, Relation
from trainer.templates import cloze_from_sentence, render_cards
from trainer.templates.phases import normalise_phase, parse_phase_order, phase_order

CITE = Citation("doc000", (1, 2))


def phase_fact(relation: Relation, phase: str, *objects: str) -> Fact:
    return Fact(f"{phase}.{relation.value}", relation, phase, objects, (CITE,))


def test_ordering_card_needs_three_known_phases() -> None:
    two = Deck(id="p", title="P", group="ALL", facts=(
        phase_fact(Relation.PHASE_DURATION, "maintenance", "2-3 years"),
        phase_fact(Relation.PHASE_DRUGS, "induction", "vincristine"),
        phase_fact(Relation.PHASE_DURATION, "post-induction therapy", "2-3 years"),
    ))
    assert not [c for c in render_cards(two) if c.kind is CardKind.ORDER]


def test_ordering_card_orders_the_decks_phases_canonically() -> None:
    deck = Deck(id="p", title="P", group="ALL", facts=(
        phase_fact(Relation.PHASE_DURATION, "maintenance therapy", "2-3 years"),
        phase_fact(Relation.PHASE_DRUGS, "consolidation", "cytarabine"),
        phase_fact(Relation.PHASE_DRUGS, "Induction chemotherapy", "vincristine"),
        phase_fact(Relation.PHASE_DRUGS, "maintenance", "mercaptopurine"),
    ))
    [card] = [c for c in render_cards(deck) if c.kind is CardKind.ORDER]
    assert card.key == card.sibling == "order/treatment-phases"
    assert card.prompt == "Put these phases of ALL treatment in the order they are given."
    assert card.items == ("Induction", "Consolidation", "Maintenance")
    assert card.answer == "Induction → Consolidation → Maintenance"
    assert sorted(card.shuffled_items) == sorted(card.items)
    assert card.shuffled_items != card.items
    assert card.source == CITE


def test_phase_order_resource_is_the_documented_sequence() -> None:
    assert phase_order().names == (
        "pre-phase", "induction", "consolidation", "interim maintenance",
        "delayed intensification", "maintenance",
    )
    path = Path(__file__).resolve().parents[2] / "resources" / "phase_order.json"
    assert parse_phase_order(json.loads(path.read_text())).names == phase_order().names


def test_phase_names_normalise() -> None:
    order = phase_order()
    assert normalise_phase("Maintenance  Therapy") == "maintenance"
    assert order.canonical("remission induction") == "induction"
    assert order.canonical("interim maintenance phase") == "interim maintenance"
    assert order.canonical("post-induction therapy") is None


def test_cloze_from_sentence_hides_the_answer_as_written() -> None:
    assert cloze_from_sentence("Imatinib inhibits BCR-ABL in Ph+ ALL.", "bcr-abl") == (
        "Imatinib inhibits {{c1::BCR-ABL}} in Ph+ ALL.")


def test_cloze_from_sentence_matches_whole_words_only() -> None:
    assert cloze_from_sentence("CD190 is not CD19.", "CD19") == "CD190 is not {{c1::CD19}}."
    assert cloze_from_sentence("No answer here.", "CD19") is None


def test_templates_import_only_the_domain_and_the_standard_library() -> None:
    import ast
    import sys

    package = Path(__file__).resolve().parents[2] / "trainer" / "templates"
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                allowed = (top in sys.stdlib_module_names or top == "__future__"
                           or name == "trainer.domain" or name.startswith("trainer.templates"))
                assert allowed, f"{module.name} imports {name}"
