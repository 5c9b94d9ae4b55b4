"""What a reviewer should look at in a deck before handing it out (``trainer check-deck``).

Each finding names the fact or card it is about, in words an instructor can act on:

* **repeated question**: two cards ask the same thing (the app shows only the first);
* **same answer**: three or more cards of two or more facts give one answer, which usually
  means the answer is too general to teach anything ("classification and treatment");
* **other kind of distractor**: a wrong choice of a multiple-choice card is not of the
  answer's relation (a symptom offered as a wrong risk factor is spotted without knowing any
  risk factor);
* **draft** / **conflict**: a fact not yet reviewed, or one the documents disagree on;
* **no card**: an accepted fact that no template can ask (write a question for it);
* **citation lacks the answer**: none of a fact's cited lines holds the words of one of its
  answers (checked only when the documents are at hand);
* **teaches nothing**: a yes/no answer, an answer that only repeats the question's words, or
  one word repeated ("dizziness and dizziness").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from trainer.domain import CardContent, CardKind, Deck, Fact, FactStatus, Relation
from trainer.services.citations import document_lines
from trainer.templates.deck_index import value_key
from trainer.templates.render import question_key, render_cards
from trainer.templates.wording import content_words

SAME_ANSWER_CARDS = 3  # this many cards of two or more facts sharing one answer is a finding
_YES_NO = frozenset({"yes", "no", "true", "false", "yes.", "no."})


class FindingKind(StrEnum):
    REPEATED_QUESTION = "repeated question"
    SAME_ANSWER = "same answer"
    OTHER_KIND_DISTRACTOR = "other kind of distractor"
    DRAFT = "draft"
    CONFLICT = "conflict"
    NO_CARD = "no card"
    CITATION_LACKS_ANSWER = "citation lacks the answer"
    TEACHES_NOTHING = "teaches nothing"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a reviewer should look at: what, where (fact id or card key), and why."""

    kind: FindingKind
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind}: {self.message}"


def check_deck(deck: Deck, *, documents_dir: Path | Sequence[Path] | None = None
               ) -> list[Finding]:
    """Every finding for ``deck``, in a stable order (by kind, then place).

    Citations are checked against the documents in ``documents_dir`` (a folder, or folders
    searched in order) when it holds them; a document that cannot be read there is skipped,
    not reported as a problem.
    """
    cards = render_cards(deck, drop_repeats=False)
    findings = [
        *_fact_statuses(deck, cards),
        *_repeated_questions(cards),
        *_same_answers(cards),
        *_other_kind_distractors(deck, cards),
        *_teaching_nothing(cards),
    ]
    if documents_dir:
        findings.extend(_citations_without_answers(deck, documents_dir))
    order = list(FindingKind)
    return sorted(findings, key=lambda f: (order.index(f.kind), f.where))


def _fact_statuses(deck: Deck, cards: list[CardContent]) -> Iterable[Finding]:
    asked = {card.sibling for card in cards}
    for fact in deck.facts:
        if fact.status is FactStatus.DRAFT:
            yield Finding(FindingKind.DRAFT, fact.id, "not reviewed yet: accept, edit or "
                          "reject it against its cited lines")
        elif fact.status is FactStatus.CONFLICT:
            yield Finding(FindingKind.CONFLICT, fact.id,
                          f"the documents disagree ({fact.note or 'see the fact'}); settle it")
        elif fact.status is FactStatus.ACCEPTED and fact.id not in asked:
            yield Finding(FindingKind.NO_CARD, fact.id, "no template can ask this fact in "
                          "this deck; write a question for it (relation: note) or reject it")


def _repeated_questions(cards: list[CardContent]) -> Iterable[Finding]:
    first: dict[str, CardContent] = {}
    for card in cards:
        key = question_key(card)
        if key in first:
            yield Finding(FindingKind.REPEATED_QUESTION, card.key,
                          f"asks what {first[key].key} already asks ({card.prompt!r}); only "
                          "the first is studied")
        else:
            first[key] = card


def _either_or(card: CardContent) -> bool:
    """A question that names its possible answers ("a better or a poorer prognosis?")."""
    answer = content_words(card.answer)
    return " or " in card.prompt and bool(answer) and answer <= content_words(card.prompt)


def _same_answers(cards: list[CardContent]) -> Iterable[Finding]:
    by_answer: dict[str, list[CardContent]] = defaultdict(list)
    for card in cards:
        if card.kind in (CardKind.BASIC, CardKind.TYPED) and not _either_or(card):
            by_answer[value_key(card.answer)].append(card)
    for same in by_answer.values():
        facts = {card.sibling for card in same}
        questions = {question_key(card) for card in same}
        if len(same) >= SAME_ANSWER_CARDS and len(facts) >= 2 and len(questions) >= 2:
            keys = ", ".join(card.key for card in same)
            yield Finding(FindingKind.SAME_ANSWER, same[0].key,
                          f"{len(same)} cards answer {same[0].answer!r} ({keys}); an answer "
                          "this general may teach nothing")


def _other_kind_distractors(deck: Deck, cards: list[CardContent]) -> Iterable[Finding]:
    facts = {fact.id: fact for fact in deck.facts}
    objects: dict[Relation, set[str]] = defaultdict(set)
    for fact in deck.facts:
        objects[fact.relation].update(value_key(o) for o in fact.objects)
    for card in cards:
        owner = facts.get(card.sibling)
        if card.kind is not CardKind.MCQ or owner is None or card.correct_choice is None:
            continue
        wrong = [c for i, c in enumerate(card.choices) if i != card.correct_choice]
        strays = [c for c in wrong if value_key(c) not in objects[owner.relation]]
        if strays:
            yield Finding(FindingKind.OTHER_KIND_DISTRACTOR, card.key,
                          f"wrong choices {', '.join(map(repr, strays))} are not "
                          f"{owner.relation.value.replace('_', ' ')} answers, so they can be "
                          "ruled out without knowing the answer")


def _teaching_nothing(cards: list[CardContent]) -> Iterable[Finding]:
    for card in cards:
        answer = card.answer.strip().casefold()
        words = answer.replace(",", " ").split()
        if answer in _YES_NO:
            why = "a yes/no answer"
        elif words and content_words(answer) and content_words(answer) <= content_words(
                card.prompt) and card.kind is not CardKind.MCQ and not _either_or(card):
            why = "the answer only repeats words of the question"
        elif len(words) >= 3 and len({w for w in words if w != "and"}) == 1:
            why = "one word repeated"
        else:
            continue
        yield Finding(FindingKind.TEACHES_NOTHING, card.key, f"{why} ({card.answer!r})")


def _citations_without_answers(deck: Deck, folders: Path | Sequence[Path]
                               ) -> Iterable[Finding]:
    files = {source.id: source.file for source in deck.sources}
    texts: dict[str, list[str] | None] = {}
    for fact in deck.facts:
        if not fact.status.yields_cards or not fact.sources:
            continue
        cited: list[str] = []
        readable = False
        for citation in fact.sources:
            name = files.get(citation.doc)
            if name is None:
                continue
            if name not in texts:
                texts[name] = document_lines(name, folders)
            lines = texts[name]
            if lines is not None:
                readable = True
                a, b = citation.lines
                cited.extend(lines[max(0, a - 1):b])
        if not readable:
            continue
        found = content_words(" ".join(cited))
        missing = [o for o in _answers(fact) if content_words(o) and not (
            content_words(o) & found)]
        if missing:
            yield Finding(FindingKind.CITATION_LACKS_ANSWER, fact.id,
                          f"the cited lines do not mention {', '.join(map(repr, missing))}; "
                          "cite the lines that state it, or correct the answer")


def _answers(fact: Fact) -> tuple[str, ...]:
    if fact.relation is Relation.PROGNOSTIC_FACTOR:
        # "younger age (better prognosis)": the direction is the template's wording
        return tuple(o.partition(" (")[0] for o in fact.objects)
    return fact.objects
