"""Wrong choices for multiple-choice cards that are *clearly* wrong.

A distractor is the object of another fact in the same deck, and it is offered only when:

* it is not a right answer for the question's subject under the question's relation (any
  qualifier), compared after case folding and unifying how ranges are written;
* it shares no content word with a right answer or with the subject ("BCR-ABL1" is not a
  fair distractor for "BCR-ABL", nor "monoclonal antibody" for "antibody-drug conjugate");
* when it comes from another relation (symptoms offered as non-risk-factors), it is not an
  object of the question's relation anywhere in the deck, and shares no word with one;
* for classes (``exclusive``), no subject of the deck has it together with one of the right
  answers: if a drug is both "chemotherapy" and "glucocorticoid", neither is a clearly
  wrong class for a drug that is the other; nor is it a grouping that :data:`BROAD_GROUP`
  or more subjects share ("targeted therapy" has fuzzy edges: is asparaginase one?);
* for numbers and durations (compared by value, not by words), it has the same unit and
  does not overlap the right value, nor come within 10% of it ("85%" is no distractor for
  "80-90%"); nor does it overlap another distractor, so no choice stands out as the odd one.

The fact it comes from must yield cards itself (a conflict's unsettled values are never
shown). Candidates are sorted, then drawn with a generator seeded from the card key.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from trainer.domain import Fact, Relation
from trainer.templates.deck_index import DeckIndex, value_key
from trainer.templates.quantities import Quantity, parse_quantity
from trainer.templates.wording import content_words

MAX_DISTRACTORS = 3
MIN_DISTRACTORS = 2
BROAD_GROUP = 4  # a class this many subjects of a deck share is a grouping, not a class
_NEAR = 0.10  # numbers within 10% of the right value are too close to be clearly wrong


def choose_distractors(
    fact: Fact,
    correct: str,
    index: DeckIndex,
    rng: random.Random,
    *,
    pool: tuple[Relation, ...],
    numeric: bool = False,
    exclusive: bool = False,
) -> list[str]:
    """Up to three clearly wrong choices for a question about ``fact`` answered by ``correct``.

    Returns fewer than :data:`MIN_DISTRACTORS` when the deck cannot supply them; the caller
    then makes no multiple-choice card.
    """
    right = index.objects_of_subject(fact.relation, fact.subject) | {value_key(correct)}
    banned = set(right)
    if any(relation is not fact.relation for relation in pool):
        banned |= index.objects_of(fact.relation)
    if exclusive:
        banned |= _companions(fact.relation, right, index)
    banned_words = content_words(fact.subject)
    for key in banned:
        banned_words |= content_words(key)
    target = parse_quantity(correct) if numeric else None
    if numeric and target is None:
        return []

    candidates: dict[str, str] = {}
    for key, candidate, words in _pool_candidates(index, pool):
        if key in candidates or key in banned:
            continue
        if target is None and words & banned_words:
            continue
        if exclusive and len(index.subjects_of(fact.relation, key)) >= BROAD_GROUP:
            continue
        if target is not None and not _far_enough(candidate, target):
            continue
        candidates[key] = candidate
    ordered = [candidates[key] for key in sorted(candidates)]
    rng.shuffle(ordered)
    if target is None:
        return ordered[:MAX_DISTRACTORS]
    return _spread(ordered)


def _companions(relation: Relation, right: set[str], index: DeckIndex) -> set[str]:
    """Objects that some subject has together with one of the ``right`` objects."""
    found: set[str] = set()
    for key in right:
        for subject in index.subjects_of(relation, key):
            found |= index.objects_of_subject(relation, subject)
    return found


def _far_enough(candidate: str, target: Quantity) -> bool:
    quantity = parse_quantity(candidate)
    return (quantity is not None and quantity.unit == target.unit
            and not quantity.overlaps(target, margin=_NEAR))


def _spread(candidates: list[str]) -> list[str]:
    """Up to three candidates whose values do not overlap one another."""
    chosen: list[tuple[str, Quantity]] = []
    for candidate in candidates:
        quantity = parse_quantity(candidate)
        if quantity is None:
            continue
        if all(not quantity.overlaps(q, margin=_NEAR) for _, q in chosen):
            chosen.append((candidate, quantity))
        if len(chosen) == MAX_DISTRACTORS:
            break
    return [text for text, _ in chosen]


_CANDIDATES: dict[tuple[int, tuple[Relation, ...]],
                  tuple[DeckIndex, list[tuple[str, str, frozenset[str]]]]] = {}


def _pool_candidates(index: DeckIndex,
                     pool: tuple[Relation, ...]) -> list[tuple[str, str, frozenset[str]]]:
    """Each distinct spelling in a pool, in deck order, with its value key and content words.

    Worked out once per deck index and pool: every question of a deck then looks at each
    distinct object once, instead of at every fact's objects again (which made importing a
    deck of thousands of facts take minutes).
    """
    found = _CANDIDATES.get((id(index), pool))
    if found is not None and found[0] is index:
        return found[1]
    distinct: dict[str, tuple[str, str, frozenset[str]]] = {}
    for candidate in _pool_objects(index, pool):
        if candidate not in distinct:
            key = value_key(candidate)
            distinct[candidate] = (key, candidate, frozenset(content_words(key)))
    if len(_CANDIDATES) >= 8:
        _CANDIDATES.clear()  # the index is kept alive with its entry, so id() stays unique
    _CANDIDATES[(id(index), pool)] = (index, list(distinct.values()))
    return _CANDIDATES[(id(index), pool)][1]


def _pool_objects(index: DeckIndex, pool: tuple[Relation, ...]) -> Iterable[str]:
    for relation in pool:
        for fact in index.with_relation(relation, studied_only=True):
            yield from fact.objects
