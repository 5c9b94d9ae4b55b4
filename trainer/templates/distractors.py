"""Wrong choices for multiple-choice cards that are *clearly* wrong.

A distractor is the object of another fact in the same deck, and it is offered only when:

* it is not a right answer for the question's subject under the question's relation (any
  qualifier), compared after case folding and unifying how ranges are written;
* it shares no content word with a right answer or with the subject ("BCR-ABL1" is not a
  fair distractor for "BCR-ABL", nor "monoclonal antibody" for "antibody-drug conjugate");
* when it comes from another relation (symptoms offered as non-risk-factors), it is not an
  object of the question's relation anywhere in the deck, and shares no word with one;
* for numbers and durations (compared by value, not by words), it has the same unit and
  does not overlap the right value, nor come within 10% of it: "85%" is no distractor for
  "80-90%".

The fact it comes from must yield cards itself (a conflict's unsettled values are never
shown). Candidates are sorted, then drawn with a generator seeded from the card key.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from trainer.domain import Fact, Relation
from trainer.templates.deck_index import DeckIndex, value_key
from trainer.templates.quantities import parse_quantity

MAX_DISTRACTORS = 3
MIN_DISTRACTORS = 2
_NEAR = 0.10  # numbers within 10% of the right value are too close to be clearly wrong
_STOP_WORDS = frozenset({
    "the", "and", "for", "with", "from", "into", "such", "other", "certain", "some", "any",
    "type", "types", "per", "its",
})
_TOKEN = re.compile(r"[a-z0-9]+")


def content_words(text: str) -> set[str]:
    """Words that carry meaning: three characters or more, not a stop word."""
    return {w for w in _TOKEN.findall(text.casefold()) if len(w) >= 3 and w not in _STOP_WORDS}


def choose_distractors(
    fact: Fact,
    correct: str,
    index: DeckIndex,
    rng: random.Random,
    *,
    pool: tuple[Relation, ...],
    numeric: bool = False,
) -> list[str]:
    """Up to three clearly wrong choices for a question about ``fact`` answered by ``correct``.

    Returns fewer than :data:`MIN_DISTRACTORS` when the deck cannot supply them; the caller
    then makes no multiple-choice card.
    """
    right = index.objects_of_subject(fact.relation, fact.subject) | {value_key(correct)}
    banned_words = content_words(fact.subject)
    for key in right:
        banned_words |= content_words(key)
    cross_relation = any(relation is not fact.relation for relation in pool)
    same_relation_objects = index.objects_of(fact.relation) if cross_relation else set()
    if cross_relation:
        for key in same_relation_objects:
            banned_words |= content_words(key)
    target = parse_quantity(correct) if numeric else None
    if numeric and target is None:
        return []

    candidates: dict[str, str] = {}
    for candidate in _pool_objects(index, pool):
        key = value_key(candidate)
        if key in candidates or key in right or key in same_relation_objects:
            continue
        if target is None and content_words(key) & banned_words:
            continue
        if target is not None:
            quantity = parse_quantity(candidate)
            if quantity is None or quantity.unit != target.unit:
                continue
            if quantity.overlaps(target, margin=_NEAR):
                continue
        candidates[key] = candidate
    ordered = [candidates[key] for key in sorted(candidates)]
    return rng.sample(ordered, min(MAX_DISTRACTORS, len(ordered)))


def _pool_objects(index: DeckIndex, pool: tuple[Relation, ...]) -> Iterable[str]:
    for relation in pool:
        for fact in index.with_relation(relation, studied_only=True):
            yield from fact.objects
