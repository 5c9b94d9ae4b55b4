"""Cards made from one fact by its relation's templates.

Templates and their keys (``<fact id>/<template>``), all siblings under the fact id:

* ``forward``: the question answered by all the fact's objects;
* ``typed``: the same question with a typed answer, when the answer is one short value;
* ``reverse-<object>``: the subject asked for from one object, only when no other subject
  in the deck shares that object (otherwise the question has several right answers);
* ``mcq-<object>``: multiple choice with that object right and two or three clearly wrong
  choices (see :mod:`trainer.templates.distractors`); skipped when fewer than two exist.

Choices are shuffled, and distractors drawn, by a generator seeded from the card key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from trainer.domain import CardContent, CardKind, Fact
from trainer.templates.citations import explain_sources
from trainer.templates.deck_index import DeckIndex
from trainer.templates.distractors import MIN_DISTRACTORS, choose_distractors
from trainer.templates.keys import fact_card_key, slug, stable_rng
from trainer.templates.phrasing import WORDINGS, Wording, answer_text, qualified
from trainer.templates.wording import is_short_answer, sentence_case


def render_fact(fact: Fact, index: DeckIndex) -> list[CardContent]:
    """Every card ``fact`` yields in the deck ``index`` describes (none unless studied)."""
    if not fact.status.yields_cards or not fact.objects:
        return []
    wording = WORDINGS.get(fact.relation)
    if wording is None:
        return []
    return list(_cards(fact, wording, index))


def _cards(fact: Fact, wording: Wording, index: DeckIndex) -> Iterator[CardContent]:
    topic = index.topic
    base = CardContent(
        key=fact.id, sibling=fact.id, kind=CardKind.BASIC, prompt="", answer="",
        explanation=explain_sources(fact.sources, index.sources),
        source=fact.sources[0] if fact.sources else None, tags=fact.tags,
    )

    def card(template: str, kind: CardKind, prompt: str, answer: str) -> CardContent:
        return replace(base, key=fact_card_key(fact.id, template), kind=kind,
                       prompt=qualified(prompt, fact.qualifier), answer=answer)

    if wording.forward is not None:
        question = wording.forward(fact, topic)
        answer = answer_text(fact.objects)
        yield card("forward", CardKind.BASIC, question, answer)
        if wording.typed and len(fact.objects) == 1 and is_short_answer(fact.objects[0]):
            yield card("typed", CardKind.TYPED, question, answer)

    if wording.reverse is not None:
        for obj in fact.objects:
            if index.subjects_of(fact.relation, obj) == {fact.subject.casefold()}:
                yield card(f"reverse-{slug(obj)}", CardKind.BASIC,
                           wording.reverse(fact, obj, topic), sentence_case(fact.subject))

    if wording.choice is not None:
        pool = wording.distractors_from or (fact.relation,)
        for obj in fact.objects:
            key = fact_card_key(fact.id, f"mcq-{slug(obj)}")
            rng = stable_rng(key)
            wrong = choose_distractors(fact, obj, index, rng, pool=pool, numeric=wording.numeric)
            if len(wrong) < MIN_DISTRACTORS:
                continue
            choices = [obj, *wrong]
            rng.shuffle(choices)
            mcq = card(f"mcq-{slug(obj)}", CardKind.MCQ, wording.choice(fact, topic),
                       sentence_case(obj))
            yield replace(mcq, choices=tuple(sentence_case(c) for c in choices),
                          correct_choice=choices.index(obj))
