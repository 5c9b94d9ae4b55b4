"""A phenotype table flattened into one line: "Signs and Symptoms Approximate number of patients
(when available) Term 90% Term 50% Term - ...".

Rare-disease pages give a condition's signs as a two-column table, the sign and how many
patients have it; when the page is flattened, the header and the rows run on in one sentence.
The table is read by position, not by the words of its terms: after the header each row is a
term (a capitalised name) and the frequency beside it (a percentage, a fraction, or "-" when
none is known). Every term is a sign of the condition the table is about, and each frequency
is a key figure, "<condition> patients with <term>". The rows end at the first words that are
no row (the page's note on the table, "The ... has collected ..."); a row whose term is a mode of
inheritance or a modifier ("Autosomal dominant inheritance", "Variable expressivity") is no
sign, while a term the lexicon files as a disease ("Meningitis") is kept: the table lists it
among the signs, which the other symptom readers cannot tell from prose. Whose table it is:
the condition the sentence before names ("... signs and symptoms for X"), else the page's
topic when the page is about one condition.

A layout reader, as :mod:`.tables` is: it emits symptom_cause and numeric facts.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract import page_topic, topic_referents
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import lower_first
from trainer.generator.extract.symptom_shapes import symptom_shaped
from trainer.generator.facts import ExtractedFact

# The two column headers: the signs, and how many patients have each
HEADER = re.compile(
    r"\b(?:signs\s+and\s+symptoms|symptoms|signs|features|clinical\s+features)\s+"
    r"(?:approximate\s+)?(?:number|percent(?:age)?|frequency|proportion)"
    r"(?:\s+of\s+(?:patients|cases|people))?(?:\s*\(when\s+available\))?\s+",
    re.IGNORECASE,
)
# A frequency worded as a class with its range: "Very frequent (80-99%)", "Occasional (5-29%)"
_CLASS = (
    r"(?:(?:very\s+)?(?:frequent|occasional|rare|common)|obligate|hallmark)\s*"
    r"\((?P<r>\s*[<>≥≤]?\s*\d{1,3}(?:\.\d+)?\s*%?(?:\s*[-–]\s*\d{1,3}(?:\.\d+)?\s*%?)?\s*)\)"
)
# One row: a capitalised term, then its frequency ("90%", "7.5%", "5/12", a class and its
# range) or "-" for none
_ROW = re.compile(
    r"(?P<t>(?-i:[A-Z0-9])[^%.;:()]*?(?:\([^()]{1,40}\)[^%.;:()]*?)?)\s+"
    rf"(?P<f>\d{{1,3}}(?:\.\d+)?%|\d{{1,4}}/\d{{1,4}}|-|{_CLASS})(?=\s|$)\s*",
    re.IGNORECASE,
)
# Terms that are no sign: how the condition is inherited, a modifier of its course, when it
# begins ("Infantile onset") or how it ends ("Neonatal death"): an outcome, not a sign
_NOT_A_SIGN = re.compile(
    r"\b(?:inheritance|penetrance|expressivity|mosaicism|anticipation|heterogeneity)\b|"
    r"^(?:sporadic|heterogeneous|variable|onset|progressive|genetic\s+heterogeneity)$|"
    r"^(?:[\w-]+\s+){0,2}onset$|^(?:[\w-]+\s+)?death(?:\s+in\s+[\w-]+)?$",
    re.IGNORECASE,
)
_MAX_TERM_WORDS = 10
# "the following list of signs and symptoms for X": whose signs the table lists
_WHOSE = re.compile(
    r"\b(?:signs\s+and\s+symptoms|symptoms|signs|features)\s+(?:for|of)\s+(?P<x>[^.;:]{2,60}?)"
    r"\s*[.:]?\s*$",
    re.IGNORECASE,
)


def rows(text: str) -> list[tuple[str, str]]:
    """The (term, frequency) rows after a phenotype table's header in ``text`` ("-" where no
    frequency is given); none when no header is there or fewer than two rows follow."""
    head = HEADER.search(text)
    if head is None:
        return []
    out: list[tuple[str, str]] = []
    at = head.end()
    while True:
        m = _ROW.match(text, at)
        if m is None or len(m.group("t").split()) > _MAX_TERM_WORDS:
            break
        freq = m.group("r") or m.group("f")  # a class's range is its figure
        out.append((m.group("t").strip(), " ".join(freq.split())))
        at = m.end()
    return out if len(out) >= 2 else []


def _as_sign(term: str) -> str:
    """A term as a sign's name in running text: its capital lowered, also after a slash
    ("Aplasia/Hypoplasia of the skin"); an acronym keeps its form."""
    first, _, rest = term.partition(" ")
    first = "/".join(lower_first(p) for p in first.split("/"))
    return f"{first} {rest}" if rest else first


def owner(dc: DocContext, seg: Segment) -> str | None:
    """The condition the table is about: the one the sentence before names as the list's,
    else the page's topic when the page is about one condition."""
    before = dc.previous(seg.main)
    for _ in range(3):
        if before is None:
            break
        m = _WHOSE.search(before.text)
        if m is not None:
            named = page_topic.names_topic(dc, m.group("x")) or _topic_by_lexicon(dc, m.group("x"))
            if named is not None:
                return named
            return None  # the table of another condition than the page's
        before = dc.previous(before)
    return topic_referents.titled_topic(dc)


def _topic_by_lexicon(dc: DocContext, text: str) -> str | None:
    """The page's topic when the lexicon reads ``text`` as the topic's name by another spelling
    ("Scleroderma" on a page whose topic the lexicon calls "systemic scleroderma"): the whole
    text one condition name, the topic's."""
    topic = dc.main_disease
    if topic is None:
        return None
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(" ,.;:"), flags=re.IGNORECASE)
    found = dc.find(t)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(t):
        return None
    hit = found[0].hit("condition")
    return topic if hit is not None and hit.name.lower() == topic.lower() else None


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if "%" not in seg.body and " - " not in seg.body:
        return []  # a cheap test first: no row without a frequency or its dash
    table = rows(seg.body)
    if not table:
        return []
    condition = owner(dc, seg)
    if condition is None:
        return []
    out: list[ExtractedFact] = []
    for term, freq in table:
        if _NOT_A_SIGN.search(term):
            continue
        sign = _as_sign(term)
        if page_topic.names_topic(dc, sign) is not None or _part_of_name(condition, sign) or (
            condition.lower().endswith(f" {sign.lower()}") and not symptom_shaped(dc.lexicon, sign)
        ):
            continue  # the condition itself listed among its features ("Arthritis" of JIA)
        out.append(dc.fact(seg, Relation.SYMPTOM_CAUSE, condition, sign, 0.75))
        if freq != "-":
            out.append(
                dc.fact(seg, Relation.NUMERIC, f"{condition} patients with {sign}", freq, 0.7)
            )
    return out


def _part_of_name(condition: str, sign: str) -> bool:
    """Whether the sign is a run of two words or more of the condition's own name ("Congenital
    neutropenia" in the table of "Severe congenital neutropenia X-linked"): the condition
    itself, not one of its features."""
    words = sign.lower().split()
    return len(words) >= 2 and f" {' '.join(words)} " in f" {condition.lower()} "
