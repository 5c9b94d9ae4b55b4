"""Cards made from one fact by its relation's templates (see :mod:`.phrasing`).

Templates and their keys (``<fact id>/<template>``), all siblings under the fact id:

* ``forward``: the question answered by the fact's objects (all, or those its wording
  picks, e.g. only the specific drug classes); answered by typing when the answer is one
  short value (with a number in it, for durations and numbers), else by recall;
* ``reverse-<object>``: the subject asked for from one object, only when no other subject
  in the deck shares that object (otherwise the question has several right answers);
* ``mcq-<object>``: multiple choice with that object right and two or three clearly wrong
  choices of the same relation (see :mod:`trainer.templates.distractors`), only for an
  object the forward question does not already ask for, so no two cards ask the same thing;
  skipped when fewer than two distractors exist;
* ``ask-<object>``: a question of the relation's own about one object (a prognostic
  factor's direction, what a test can show).

Choices are shuffled, and distractors drawn, by a generator seeded from the card key.
"""

from __future__ import annotations

from collections.abc import Iterator

from trainer.domain import CardContent, CardKind, Fact
from trainer.templates.citations import explain_sources
from trainer.templates.deck_index import DeckIndex
from trainer.templates.distractors import MIN_DISTRACTORS, choose_distractors
from trainer.templates.keys import fact_card_key, slug, stable_rng
from trainer.templates.phrasing import WORDINGS, Wording, answer_text, qualified
from trainer.templates.quantities import parse_quantity
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
    base = CardContent(
        key=fact.id, sibling=fact.id, kind=CardKind.BASIC, prompt="", answer="",
        explanation=explain_sources(fact.sources, index.sources),
        source=fact.sources[0] if fact.sources else None, tags=fact.tags,
    )
    qualifier = None if wording.qualifier_in_question else fact.qualifier

    def card(template: str, kind: CardKind, prompt: str, answer: str) -> CardContent:
        return base._replace(key=fact_card_key(fact.id, template), kind=kind,
                             prompt=qualified(prompt, qualifier), answer=answer)

    asked: set[str] = set()
    if wording.forward is not None:
        objects = wording.forward_objects(fact, index)
        if objects:
            # One card per question: typing when the answer is short enough, else recall.
            # The key stays "forward" either way, so a learner's history follows the card.
            typed = wording.typed and _typeable(objects, numeric=wording.numeric)
            yield card("forward", CardKind.TYPED if typed else CardKind.BASIC,
                       wording.forward(fact, index), answer_text(objects))
            asked = {obj.casefold() for obj in objects}

    if wording.reverse is not None:
        for obj in fact.objects:
            if index.subjects_of(fact.relation, obj) != {fact.subject.casefold()}:
                continue
            reverse = wording.reverse(fact, obj, index)
            if reverse is not None:
                yield card(f"reverse-{slug(obj)}", CardKind.BASIC, reverse,
                           sentence_case(fact.subject))

    if wording.choice is not None:
        pool = wording.distractors_from or (fact.relation,)
        for obj in wording.choice_objects(fact, index):
            if obj.casefold() in asked:
                continue  # the forward card already asks for it
            template = f"mcq-{slug(obj)}"
            rng = stable_rng(fact_card_key(fact.id, template))
            wrong = choose_distractors(fact, obj, index, rng, pool=pool,
                                       numeric=wording.numeric, exclusive=wording.exclusive)
            if len(wrong) < MIN_DISTRACTORS:
                continue
            choices = [obj, *wrong]
            rng.shuffle(choices)
            mcq = card(template, CardKind.MCQ, wording.choice(fact, index), sentence_case(obj))
            yield mcq._replace(choices=tuple(sentence_case(c) for c in choices),
                               correct_choice=choices.index(obj))

    if wording.per_object is not None:
        for obj in fact.objects:
            own = wording.per_object(fact, obj, index)
            if own is not None:
                yield card(f"ask-{slug(obj)}", CardKind.BASIC, *own)


def _typeable(objects: tuple[str, ...], *, numeric: bool) -> bool:
    """One short answer, and for numbers one that has a number ("2-3 years", not "months")."""
    if len(objects) != 1 or not is_short_answer(objects[0]):
        return False
    return not numeric or parse_quantity(objects[0]) is not None
