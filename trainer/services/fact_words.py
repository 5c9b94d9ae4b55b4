"""A deck's facts in words for the fact review: statuses, relations, sentences, citations.

Pure functions over :class:`~trainer.domain.Fact`; the review dialog only shows what they
return, so tests read the same words an instructor reads without opening a window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.domain import Fact, FactStatus, Relation, Source

#: Relation -> (short name for the table, sentence with {s} subject and {o} answers).
RELATION_WORDS: dict[Relation, tuple[str, str]] = {
    Relation.DRUG_TARGET: ("Drug target", "{s} acts on {o}."),
    Relation.DRUG_CLASS: ("Drug class", "{s} is a kind of {o}."),
    Relation.PHASE_DURATION: ("Phase duration", "{phase} lasts {o}."),
    Relation.PHASE_DRUGS: ("Drugs of a phase", "Drugs given in {phase}: {o}."),
    Relation.MARKER: ("Marker", "Markers of {s}: {o}."),
    Relation.RISK_FACTOR: ("Risk factor", "Risk factors for {s}: {o}."),
    Relation.SYMPTOM_CAUSE: ("Symptom", "{s} can cause {o}."),
    Relation.PROGNOSTIC_FACTOR: ("Prognostic factor", "What shapes the outlook of {s}: {o}."),
    Relation.NUMERIC: ("Number", "{s}: {o}."),
    Relation.NOTE: ("Note", "{s}: {o}."),
}

#: Status -> (table text with its sign, what it means for the instructor).
STATUS_WORDS: dict[FactStatus, tuple[str, str]] = {
    FactStatus.CONFLICT: ("⚠ Conflict", "The documents disagree. Settle it by choosing the "
                          "value to keep (S, or 1–9); it makes no cards until then."),
    FactStatus.DRAFT: ("● Draft", "Generated and not checked yet; learners already study it. "
                       "Accept (A) or reject (R) it."),
    FactStatus.ACCEPTED: ("✓ Accepted", "Checked; it makes cards."),
    FactStatus.REJECTED: ("✕ Rejected", "Rejected; it makes no cards. Press R to restore it."),
}

#: A conflict with one value is no disagreement: a name or a reading the generator doubted
#: (its note says why); the instructor answers a yes/no question about it.
TO_CHECK_WORDS: tuple[str, str] = (
    "⚠ To check", "Read with doubt (the note says why). Confirm it (S, a yes/no question) to "
    "make cards, or reject it (R); it makes no cards until then.")


def status_words(fact: Fact) -> tuple[str, str]:
    """The status's table text and its meaning for ``fact``."""
    if fact.asks_yes_or_no:
        return TO_CHECK_WORDS
    return STATUS_WORDS[fact.status]


#: Where a status sorts in the table: what needs work first.
STATUS_ORDER: dict[FactStatus, int] = {FactStatus.CONFLICT: 0, FactStatus.DRAFT: 1,
                                       FactStatus.ACCEPTED: 2, FactStatus.REJECTED: 3}

NEEDS_ATTENTION = frozenset({FactStatus.CONFLICT, FactStatus.DRAFT})

#: The table's columns, in order.
COLUMNS = ("Status", "Relation", "Subject", "Answer(s)", "Source")


def relation_name(relation: Relation) -> str:
    return RELATION_WORDS.get(relation, (relation.value.replace("_", " ").capitalize(), ""))[0]


def join_values(values: Sequence[str], word: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or with ``or``)."""
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {word} {values[-1]}"


def fact_sentence(fact: Fact) -> str:
    """The fact as a sentence: "The induction phase lasts 4–6 weeks or 4 to 5 weeks."."""
    template = RELATION_WORDS.get(fact.relation, ("", "{s}: {o}."))[1]
    answers = join_values(fact.objects, "or" if fact.status is FactStatus.CONFLICT else "and")
    subject = fact.subject
    if re.search(r"\b(phase|therapy|treatment|chemotherapy)\b", subject, re.IGNORECASE):
        phase = subject
    else:
        phase = f"the {subject} phase"
    text = template.format(s=subject, o=answers, phase=phase)
    text = text[:1].upper() + text[1:]
    if fact.qualifier:
        text = f"In {fact.qualifier}: {text[:1].lower()}{text[1:]}"
    return text


def source_words(fact: Fact, sources: Sequence[Source]) -> tuple[str, str]:
    """Short text for the Source column ("notes: 3 (+1)") and every citation in full."""
    by_id = {s.id: s for s in sources}
    full = []
    for cite in fact.sources:
        source = by_id.get(cite.doc)
        name = source.file if source else cite.doc
        a, b = cite.lines
        full.append(f"{name}, line {a}" if a == b else f"{name}, lines {a}\u2013{b}")
    if not fact.sources:
        return "—", "No source cited"
    first = fact.sources[0]
    source = by_id.get(first.doc)
    name = (source.title or Path(source.file).stem) if source else first.doc
    a, b = first.lines
    short = f"{name}: {a}" if a == b else f"{name}: {a}\u2013{b}"
    if len(fact.sources) > 1:
        short += f" (+{len(fact.sources) - 1})"
    return short, "\n".join(full)


def cell_text(fact: Fact, column: int, sources: Sequence[Source]) -> str | None:
    """What the table shows in ``column`` for ``fact``."""
    if column == 0:
        return status_words(fact)[0]
    if column == 1:
        return relation_name(fact.relation)
    if column == 2:
        return fact.subject
    if column == 3:
        return " | ".join(fact.objects)
    if column == 4:
        return source_words(fact, sources)[0]
    return None


def sort_key(fact: Fact, column: int, sources: Sequence[Source]) -> int | str:
    """What a click on ``column``'s header sorts by: statuses by urgency, answers as words."""
    if column == 0:
        return STATUS_ORDER.get(fact.status, 9)
    if column == 3:
        return "; ".join(fact.objects)
    return cell_text(fact, column, sources) or ""


def cell_tooltip(fact: Fact, column: int, sources: Sequence[Source]) -> str | None:
    """The longer words behind a cell: the status's meaning, every answer, every citation."""
    if column == 0:
        return status_words(fact)[1]
    if column == 3:
        return "\n".join(fact.objects)
    if column == 4:
        return source_words(fact, sources)[1]
    return fact.subject if column == 2 else None


def spoken_row(fact: Fact) -> str:
    """What a screen reader says for a row: "Conflict: Induction lasts 4 weeks or 6 weeks."."""
    return f"{status_words(fact)[0][2:]}: {fact_sentence(fact)}"


def search_words(fact: Fact) -> str:
    """Every word the search box looks in, folded for a case-blind match."""
    return " ".join((fact.id, fact.subject, *fact.objects, relation_name(fact.relation),
                     fact.note or "", fact.qualifier or "", *fact.tags)).casefold()


@dataclass(frozen=True, slots=True)
class FactDetails:
    """The selected fact as the details pane shows it."""

    sentence: str
    status: str  # "⚠ Conflict"
    meaning: str  # what the status means for the instructor
    relation: str
    subject: str
    #: Each answer with what goes before it: its number (1-9 keep it) for a conflict, a
    #: bullet when there are several, nothing for one answer.
    answers: tuple[tuple[str, str], ...]
    note: str
    extra: str  # qualifier, tags and id


def fact_details(fact: Fact) -> FactDetails:
    """The words of the details pane for ``fact``."""
    if len(fact.objects) > 1:
        numbered = fact.status is FactStatus.CONFLICT  # the keys 1-9 keep that value
        answers = tuple((str(i) if numbered else "•", o) for i, o in enumerate(fact.objects, 1))
    else:
        answers = tuple(("", o) for o in fact.objects) or (("", "—"),)
    extra = []
    if fact.qualifier:
        extra.append(f"Only for: {fact.qualifier}")
    if fact.tags:
        extra.append(f"Tags: {', '.join(fact.tags)}")
    extra.append(f"Id: {fact.id}")
    word, meaning = status_words(fact)
    return FactDetails(sentence=fact_sentence(fact), status=word, meaning=meaning,
                       relation=relation_name(fact.relation), subject=fact.subject,
                       answers=answers, note=fact.note or "—", extra=" · ".join(extra))
