"""Ordering cards: the learner puts items in their right order."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.domain import CardContent, CardKind, Citation, Fact, Relation
from trainer.templates.citations import explain_sources
from trainer.templates.deck_index import DeckIndex
from trainer.templates.keys import stable_rng
from trainer.templates.phases import PhaseOrder, phase_order
from trainer.templates.wording import sentence_case

PHASE_RELATIONS = (Relation.PHASE_DURATION, Relation.PHASE_DRUGS)
MIN_PHASES = 3
PHASE_ORDER_KEY = "order/treatment-phases"


def shuffled(items: Sequence[str], key: str) -> tuple[str, ...]:
    """``items`` in an order drawn from ``key``; never the right order when that is possible.

    When the draw gives the right order back, the items are rotated by one instead.
    """
    result = list(items)
    stable_rng(key).shuffle(result)
    if len(set(items)) >= 2 and result == list(items):
        result = result[1:] + result[:1]
    return tuple(result)


def phase_order_card(index: DeckIndex, order: PhaseOrder | None = None) -> CardContent | None:
    """Put the deck's phases of treatment in order, when it names at least three known ones.

    Phases come from the deck's studied phase facts; their order from ``resources/``.
    """
    order = order or phase_order()
    first_fact: dict[str, Fact] = {}
    for relation in PHASE_RELATIONS:
        for fact in index.with_relation(relation, studied_only=True):
            canonical = order.canonical(fact.subject)
            if canonical is not None:
                first_fact.setdefault(canonical, fact)
    if len(first_fact) < MIN_PHASES:
        return None
    names = sorted(first_fact, key=order.names.index)
    items = tuple(sentence_case(name) for name in names)
    citations: list[Citation] = []
    for name in names:
        citations.extend(first_fact[name].sources[:1])
    topic = f"{index.topic} " if index.topic else ""
    return CardContent(
        key=PHASE_ORDER_KEY,
        sibling=PHASE_ORDER_KEY,
        kind=CardKind.ORDER,
        prompt=f"Put these phases of {topic}treatment in the order they are given.",
        answer=" → ".join(items),
        items=items,
        shuffled_items=shuffled(items, PHASE_ORDER_KEY),
        explanation=explain_sources(citations, index.sources),
        source=citations[0] if citations else None,
    )
