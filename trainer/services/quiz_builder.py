"""Drawing a quiz: which cards and facts to ask, and in which form.

A quiz is drawn from the cards the templates made from a deck's facts (and from hand
cards), so its wording is the templates' own. What changes from quiz to quiz comes from
the quiz's own random generator:

* which facts are asked, at most one question per fact (siblings are not asked twice);
* the direction: a fact's multiple-choice card asks subject -> object, its reverse card
  object -> subject, with other subjects of the same relation as the wrong choices;
* in a small deck, the wrong choices themselves, drawn afresh by
  :func:`trainer.templates.distractors.choose_distractors` from the same relation (a big
  deck keeps the ones stored at import, which costs nothing to read);
* the order of choices, and of the items of an ordering question.

Only light rows of the eligible cards are read; the content of the drawn ones is decoded.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from trainer.domain import CardContent, CardKind, Deck, Fact, FactStatus, Relation
from trainer.services.quiz_models import Direction, Question, QuestionKind, QuizSetup
from trainer.storage import quizzes as store
from trainer.storage.codec import content_from_json
from trainer.templates.deck_index import DeckIndex
from trainer.templates.distractors import MAX_DISTRACTORS, MIN_DISTRACTORS, choose_distractors
from trainer.templates.keys import slug
from trainer.templates.ordering import PHASE_ORDER_KEY
from trainer.templates.phrasing import WORDINGS
from trainer.templates.wording import content_words, sentence_case

SMALL_DECK = 400  # facts; up to this many, wrong choices are drawn afresh for each quiz
PHASE_ORDER = "phase_order"  # the relation a report gives the deck-wide order of phases
_SPARE = 10  # extra candidates drawn for questions that cannot be made
_REVERSE_SAMPLE = 64  # other subjects looked at for the wrong choices of a reverse question


class NoQuestions(Exception):
    """Nothing in the chosen decks, tags and relations can be asked as a quiz question."""


@dataclass(frozen=True, slots=True)
class DeckInfo:
    title: str
    group: str
    source_files: Mapping[str, str]  # source id -> file name


def deck_infos(conn: Connection) -> dict[str, DeckInfo]:
    out = {}
    for deck_id, (title, group, sources) in store.decks(conn).items():
        files = {s["id"]: s["file"] for s in json.loads(sources or "[]")}
        out[deck_id] = DeckInfo(title, group, files)
    return out


def build_questions(conn: Connection, *, setup: QuizSetup, rng: random.Random,
                    decks: Mapping[str, DeckInfo]) -> list[Question]:
    """Up to ``setup.count`` questions; raises :class:`NoQuestions` when none can be made."""
    if setup.count < 1:
        raise NoQuestions("A quiz needs at least one question.")
    if not setup.kinds:
        raise NoQuestions("Choose at least one kind of question.")
    card_kinds = sorted({CardKind.MCQ.value if k is QuestionKind.MCQ else k.value
                         for k in setup.kinds})
    reverse = bool(setup.kinds & {QuestionKind.MCQ, QuestionKind.TYPED})
    ids = store.candidate_ids(conn, deck_ids=setup.deck_ids, tags=setup.tags,
                              relations=setup.relations, kinds=card_kinds, reverse=reverse)
    if not ids:
        raise NoQuestions("No card or fact in the chosen decks, tags and relations can be "
                          "asked this way. Choose more decks or other kinds of question.")
    maker = _Maker(conn, setup=setup, rng=rng, decks=decks)
    questions: list[Question] = []
    for batch in _draw(conn, ids, rng, setup.count):
        for question in maker.make(batch, start=len(questions)):
            if len(questions) < setup.count:
                questions.append(question)
        if len(questions) >= setup.count:
            break
    if not questions:
        raise NoQuestions("The chosen cards cannot be asked this way (too few wrong choices "
                          "in the deck). Allow typed answers or choose more decks.")
    return questions


def _draw(conn: Connection, ids: Sequence[int], rng: random.Random, count: int
          ) -> list[list[store.Candidate]]:
    """Candidates in random order, one per fact, in batches of about ``count`` (then spares).

    A big pool is sampled by index (a few dozen draws, whose rows alone are read); a small
    one is shuffled whole.
    """
    wanted = count + _SPARE
    if len(ids) > 8 * wanted:
        drawn: list[int] = []
        taken: set[int] = set()
        rows: list[store.Candidate] = []
        for _round in range(4):  # more rounds only when many draws hit one fact twice
            target = len(drawn) + wanted
            while len(drawn) < target and len(taken) < len(ids):
                i = rng.randrange(len(ids))
                if i not in taken:
                    taken.add(i)
                    drawn.append(ids[i])
            rows = store.candidates(conn, drawn)
            if len({(row[1], row[4]) for row in rows}) >= wanted:
                break
    else:
        shuffled = list(ids)
        rng.shuffle(shuffled)
        rows = store.candidates(conn, shuffled)
    seen: set[tuple[str, str]] = set()
    picked: list[store.Candidate] = []
    for row in rows:
        if (row[1], row[4]) not in seen:
            seen.add((row[1], row[4]))
            picked.append(row)
    return [picked[:count], picked[count:]]


class _Maker:
    """Turns drawn cards into questions, caching what several questions of a deck share."""

    def __init__(self, conn: Connection, *, setup: QuizSetup, rng: random.Random,
                 decks: Mapping[str, DeckInfo]) -> None:
        self._conn = conn
        self._setup = setup
        self._rng = rng
        self._decks = decks
        self._indexes: dict[str, DeckIndex | None] = {}
        self._subjects: dict[tuple[str, str], list[str]] = {}

    def make(self, batch: Sequence[store.Candidate], *, start: int) -> list[Question]:
        contents = store.card_contents(self._conn, [row[0] for row in batch])
        facts = store.facts_of(self._conn, {(row[1], row[4]) for row in batch})
        out: list[Question] = []
        for card_id, deck_id, _kind, _key, sibling in batch:
            raw = contents.get(card_id)
            if raw is None:
                continue
            content = content_from_json(*raw)
            fact = facts.get((deck_id, sibling))
            question = self._question(card_id, deck_id, content, fact, start + len(out))
            if question is not None:
                out.append(question)
        return out

    def _question(self, card_id: int, deck_id: str, content: CardContent,
                  fact: tuple[str, str, tuple[str, ...]] | None, position: int
                  ) -> Question | None:
        info = self._decks.get(deck_id, DeckInfo(deck_id, "", {}))
        relation = fact[0] if fact else (PHASE_ORDER if content.key == PHASE_ORDER_KEY else None)
        base = Question(
            position=position, kind=QuestionKind.MCQ, direction=Direction.CARD,
            prompt=content.prompt, answer=content.answer, deck_id=deck_id,
            deck_title=info.title, card_id=card_id,
            fact_id=content.sibling if fact else None, relation=relation,
            tags=content.tags, source=content.source,
            source_file=info.source_files.get(content.source.doc) if content.source else None,
            explanation=content.explanation)
        kinds = self._setup.kinds
        if content.kind is CardKind.MCQ:
            return self._mcq(base, content, deck_id, fact)
        if fact is not None and content.key.endswith("/forward"):
            return self._forward(base, content, deck_id, fact)
        if content.kind is CardKind.TYPED:
            direction = Direction.FORWARD if fact else Direction.CARD
            return replace(base, kind=QuestionKind.TYPED, direction=direction)
        if content.kind is CardKind.ORDER:
            items = list(content.items)
            self._rng.shuffle(items)
            if len(set(items)) >= 2 and items == list(content.items):
                items = items[1:] + items[:1]
            return replace(base, kind=QuestionKind.ORDER, items=content.items,
                            shuffled_items=tuple(items))
        if fact is None:  # a reverse card is always made from a fact
            return None
        as_typed = QuestionKind.TYPED in kinds and (
            QuestionKind.MCQ not in kinds or self._rng.random() < 0.5)
        if as_typed:
            return replace(base, kind=QuestionKind.TYPED, direction=Direction.REVERSE)
        return self._reverse_mcq(base, deck_id, fact)

    def _forward(self, base: Question, content: CardContent, deck_id: str,
                 fact: tuple[str, str, tuple[str, ...]]) -> Question | None:
        """Subject -> object, by choices when the answer is one object the deck can offer
        wrong choices for, else typed when the card's answer is short enough to type."""
        kinds = self._setup.kinds
        typed_ok = QuestionKind.TYPED in kinds and content.kind is CardKind.TYPED
        if QuestionKind.MCQ in kinds and not (typed_ok and self._rng.random() < 0.5):
            right = next((o for o in fact[2] if sentence_case(o) == content.answer), None)
            wrong = (self._fresh_distractors(deck_id, content, fact, right=right)
                     if right is not None else None)
            if wrong is not None:
                choices = [content.answer, *wrong]
                self._rng.shuffle(choices)
                return replace(base, direction=Direction.FORWARD, choices=tuple(choices),
                               correct_choice=choices.index(content.answer))
        if typed_ok:
            return replace(base, kind=QuestionKind.TYPED, direction=Direction.FORWARD)
        return None

    def _mcq(self, base: Question, content: CardContent, deck_id: str,
             fact: tuple[str, str, tuple[str, ...]] | None) -> Question | None:
        if content.correct_choice is None or not content.choices:
            return None
        right = content.choices[content.correct_choice]
        wrong = [c for i, c in enumerate(content.choices) if i != content.correct_choice]
        if fact is not None:
            fresh = self._fresh_distractors(deck_id, content, fact)
            if fresh is not None:
                wrong = fresh
        choices = [right, *wrong]
        self._rng.shuffle(choices)
        direction = Direction.FORWARD if fact else Direction.CARD
        return replace(base, direction=direction, choices=tuple(choices),
                        correct_choice=choices.index(right), answer=right)

    def _fresh_distractors(self, deck_id: str, content: CardContent,
                           fact: tuple[str, str, tuple[str, ...]], *, right: str | None = None
                           ) -> list[str] | None:
        index = self._index(deck_id)
        relation, subject, objects = fact
        wording = WORDINGS.get(Relation(relation))
        template = content.key.rpartition("/")[2]
        if right is None:
            right = next((o for o in objects if f"mcq-{slug(o)}" == template), None)
        if index is None or wording is None or right is None:
            return None
        pool = wording.distractors_from or (Relation(relation),)
        domain_fact = Fact(id=content.sibling, relation=Relation(relation), subject=subject,
                           objects=objects)
        wrong = choose_distractors(domain_fact, right, index, self._rng, pool=pool,
                                   numeric=wording.numeric, exclusive=wording.exclusive)
        if len(wrong) < MIN_DISTRACTORS:
            return None
        return [sentence_case(w) for w in wrong]

    def _index(self, deck_id: str) -> DeckIndex | None:
        """The deck's facts for the templates, when the deck is small enough to read whole."""
        if deck_id not in self._indexes:
            index = None
            if store.fact_count(self._conn, deck_id) <= SMALL_DECK:
                info = self._decks.get(deck_id, DeckInfo(deck_id, "", {}))
                facts = tuple(
                    Fact(id=fid, relation=Relation(rel), subject=subj,
                         objects=tuple(json.loads(objs)), status=FactStatus(status))
                    for fid, rel, subj, objs, status, _sources
                    in store.deck_facts(self._conn, deck_id))
                index = DeckIndex.of(Deck(id=deck_id, title=info.title, group=info.group,
                                          facts=facts))
            self._indexes[deck_id] = index
        return self._indexes[deck_id]

    def _reverse_mcq(self, base: Question, deck_id: str,
                     fact: tuple[str, str, tuple[str, ...]]) -> Question | None:
        """Object -> subject. The reverse card exists only when no other subject of the deck
        has this object, so every other subject of the relation is a wrong answer; those
        sharing a word with the right one are left out, lest they give it away."""
        relation, subject, _objects = fact
        key = (deck_id, relation)
        if key not in self._subjects:
            self._subjects[key] = store.subjects(self._conn, deck_id, relation)
        pool = self._subjects[key]
        # A sample is enough, and keeps a deck of thousands of drugs as quick as one of ten.
        sample = self._rng.sample(pool, min(len(pool), _REVERSE_SAMPLE))
        words = content_words(subject)
        wrong: list[str] = []
        for other in sample:
            if other.casefold() != subject.casefold() and not content_words(other) & words:
                wrong.append(other)
                if len(wrong) == MAX_DISTRACTORS:
                    break
        if len(wrong) < MIN_DISTRACTORS:
            return None
        choices = [base.answer, *(sentence_case(w) for w in wrong)]
        self._rng.shuffle(choices)
        return replace(base, direction=Direction.REVERSE, choices=tuple(choices),
                        correct_choice=choices.index(base.answer))
