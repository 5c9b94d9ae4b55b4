"""numeric: how many people have the page's own condition, as the sentence counts them.

Read from two shapes of a plain statement of fact:
  * "<count> <people> (in <place>) have / live with / are diagnosed with / develop <condition>"
    ("About 60,000 Americans are diagnosed with Parkinson's disease each year");
  * "<condition> affects <count> <people> (in <place>)" ("Psoriasis affects more than 5 million
    adults in the United States").
A share told as one of every N: "One out of every three people 60 years or older will get X"
("people 60 years or older who get X" -> "1 in 3"), "X affects 1 in 12 adults" ("adults with
X" -> "1 in 12").
A subject pointing back ("It currently affects ...", "The disease affects ...") is the page's
condition when the sentence before, in the same paragraph, opens with its name. A share of
the whole population ("In the United States, the condition affects about 8 percent of the
population") takes its place from the opening of the sentence, and a general noun for its
subject is resolved by :mod:`.topic_referents`.
The measure names the group and the condition ("adults with psoriasis in the United States"),
the value keeps the count and its modifier ("above 5 million"). Only the document's own disease
counts: a count of people with another condition is another page's figure. A fraction after a
preposition ("missed in almost half of people with X") counts the clause before it, which the
group's words alone do not say: no figure. A hedged count ("may
be infected"), a negated one, or one whose condition is not a name the lexicon knows, gives
nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract import topic_referents
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import MODAL_HEDGE, NEGATION
from trainer.generator.facts import ExtractedFact

_COUNT = (
    r"(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|up to|"
    r"at least|an estimated|less than|fewer than)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion)|half a million)"
)
_GROUP = r"(?P<g>people|persons|Americans|adults|children|men|women|patients)"
_WHERE = (
    r"(?P<w>\s+(?:in the (?:United States|U\.S\.|US|UK|United Kingdom|world)|worldwide|"
    r"around the world|nationwide))?"
)
_HAVE = re.compile(
    rf"(?<![\w.,]){_COUNT}\s+{_GROUP}{_WHERE}\s+(?:(?:currently|now|still)\s+)?"
    r"(?P<v>have|has|live with|are living with|are diagnosed with|develop|get|"
    r"are affected by)\s+(?P<c>[^.;:,]{3,60})",
    re.IGNORECASE,
)
_AFFECTS = re.compile(
    rf"(?P<c>[^.;:,]{{3,60}}?)\s+(?:currently\s+)?(?:affects|strikes)\s+{_COUNT}\s+"
    rf"{_GROUP}{_WHERE}",
    re.IGNORECASE,
)
# "Anxiety disorders affect up to 15 percent of older adults": the page's condition, the share
# of a group of people it affects
_AFFECTS_SHARE = re.compile(
    r"(?P<c>[^.;:,]{3,60}?)\s+(?:currently\s+)?(?:affects?|strikes?)\s+"
    r"(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|up to|"
    r"at least|an estimated|less than|fewer than)\s+)?"
    r"(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:percent\b|per cent\b|%)\s+of\s+"
    # ("of the population": everyone, the place said before or after)
    r"(?:all\s+|the\s+)?(?P<g>(?:older\s+|young\s+)?(?:people|persons|Americans|adults|"
    rf"children|men|women|patients|population)){_WHERE}",
    re.IGNORECASE,
)
# "Approximately half of all people with MS experience cognitive impairments": a share told
# as a fraction of a group of people, up to the end of its clause
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|"
    r"up to|at least|less than|fewer than)\s+)?"
    r"(?P<n>half|one[- ]half|(?:one|a)[- ]third|two[- ]thirds|"
    r"(?:one|a)[- ]quarter|three[- ]quarters)\s+of\s+(?:all\s+|the\s+)?"
    r"(?P<x>(?:people|persons|Americans|adults|children|men|women|patients)\b[^.;:,]{5,90})",
    re.IGNORECASE,
)
# A group followed by its verb ("Americans either have", "adults develop", "people with X have")
_GROUP_VERB = re.compile(
    r"^(?P<g>(?:people|persons|Americans|adults|children|men|women|patients)"
    r"(?:\s+with\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?)\s+"
    r"(?P<v>(?:either\s+|also\s+|will\s+)?(?:have|has|get|develop|experience)\b)",
    re.IGNORECASE,
)
# Where a share's clause ends: an example list, a contrast, a reason
_FRACTION_END = re.compile(
    r"\s+(?:such as|including|but|while|whereas|although|because|compared)\b.*$", re.IGNORECASE
)
# A fraction after a preposition is where the clause before it holds ("Tumours are missed in
# almost half of people with X"): the group is not the subject of what is counted
_SHARE_OF_CLAUSE = re.compile(r"\b(?:in|among|for|to|by|from|with|of)\s*$", re.IGNORECASE)
# A study's arm or its randomised groups: one trial's figure, not a fact about the disease
_STUDY = re.compile(r"\b(?:arm|trial|study|random(?:ly|i[sz]ed))\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d,\d{3}")
_YEARLY = re.compile(r"\b(?:(?:each|every|per|in a given)\s+year|annually)\b", re.IGNORECASE)
_MOD = {
    "approximately": "about", "around": "about", "roughly": "about", "an estimated": "about",
    "more than": "above", "over": "above", "almost": "nearly", "less than": "below",
    "fewer than": "below",
}  # fmt: skip
# "In the United States, about 100,000 people develop X each year": the place the sentence
# opens with is where the count holds
_LEADING_WHERE = re.compile(
    r"^\s*(?P<w>in the (?:United States|U\.S\.|US|UK|United Kingdom)|worldwide|"
    r"around the world|nationwide),\s*",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Counts of people with the document's disease in ``seg``."""
    text = seg.text
    if dc.main_disease is None:
        return []
    out = []
    # cheap word tests first: most sentences hold neither a count of people nor a fraction
    low = text.lower()
    counted = ("million" in low or "billion" in low or _THOUSANDS.search(text) is not None)
    for m in _HAVE.finditer(text) if counted else ():
        condition = _condition(dc, m.group("c"), at_start=True)
        if condition is None or not seg.in_body(m.start()):
            continue
        if NEGATION.search(text[max(0, m.start() - 20) : m.end()]):
            continue
        verb = m.group("v").lower()
        how = {"are diagnosed with": "diagnosed with", "develop": "who develop",
               "get": "who get"}.get(verb, "with")  # fmt: skip
        measure = f"{_group(m)} {how} {condition}{_where(m)}"
        out.append(_fact(dc, seg, measure, m))
    for m in _AFFECTS.finditer(text) if counted else ():
        condition = _condition(dc, m.group("c"), at_start=False) or _pointed_to(dc, seg, m)
        if condition is None or not seg.in_body(m.start("n")):
            continue
        if NEGATION.search(text[max(0, m.start("n") - 30) : m.end()]):
            continue
        out.append(_fact(dc, seg, f"{_group(m)} with {condition}{_where(m)}", m))
    shares = "percent" in low or "per cent" in low or "%" in low
    for m in _AFFECTS_SHARE.finditer(text) if shares else ():
        condition = _condition(dc, m.group("c"), at_start=False) or _general_noun(dc, seg, m)
        if condition is None or not seg.in_body(m.start("n")) or _STUDY.search(text):
            continue
        if NEGATION.search(text[max(0, m.start("n") - 30) : m.end()]) or MODAL_HEDGE.search(
            m.group(0)
        ):
            continue
        where = _where(m) or _said_first(seg, m)
        out.append(_fact(dc, seg, f"{_group(m)} with {condition}{where}", m, unit="%"))
    for m in _ONE_IN.finditer(text) if (" in " in low or " out of " in low) else ():
        fact = _one_in(dc, seg, m)
        if fact is not None:
            out.append(fact)
    one_in = any(w in low for w in ("affect", "occur", "prevalence", "incidence", "strikes"))
    for m in _AFFECTS_ONE_IN.finditer(text) if one_in else ():
        condition = _condition(dc, m.group("c"), at_start=False) or _pointed_to(dc, seg, m)
        if condition is None or not seg.in_body(m.start("a")) or _STUDY.search(text):
            continue
        if NEGATION.search(m.group(0)) or MODAL_HEDGE.search(m.group(0)):
            continue
        mod = (m.group("mod") or "").lower()
        mod = _MOD.get(mod, mod)
        a = _WORDS.get(m.group("a").lower(), m.group("a"))
        b = _WORDS.get(m.group("b").lower(), m.group("b"))
        value = f"{mod + ' ' if mod else ''}{a} in {b}"
        condition = _form_said(m.group("c"), condition)
        out.append(dc.fact(seg, Relation.NUMERIC, f"{_group(m)} with {condition}{_where(m)}",
                           value, 0.7))  # fmt: skip
    fractions = "half" in low or "third" in low or "quarter" in low
    for m in _FRACTION.finditer(text) if fractions else ():
        what = _FRACTION_END.sub("", m.group("x")).strip()
        if not seg.in_body(m.start()) or _STUDY.search(text) or len(what.split()) > 14:
            continue
        if NEGATION.search(text[max(0, m.start() - 20) : m.end()]) or not names_main(dc, what):
            continue
        if MODAL_HEDGE.search(what):
            continue  # "half of people with X may ...": a possibility, not a share
        if _SHARE_OF_CLAUSE.search(text[: m.start()]):
            continue  # "Stones form in about half of people with X": what the share has is
            # the clause before, which the group's words alone would not say
        if _POINTER.search(what):
            continue  # "half of patients with X have these changes": what is counted is
            # said in another sentence, and a card could not say it
        mod = (m.group("mod") or "").lower()
        mod = _MOD.get(mod, mod)
        n = m.group("n").lower()
        # "half of all Americans either have X or ..." -> "Americans who either have X ...":
        # the group is what the share counts, the verb what it has
        what = _GROUP_VERB.sub(r"\g<g> who \g<v>", what, count=1)
        out.append(dc.fact(seg, Relation.NUMERIC, what, f"{mod} {n}" if mod else n, 0.7))
    return out


def _form_said(said: str, condition: str) -> str:
    """The form of the condition the sentence counts, in its words ("Classic galactosemia
    occurs in 1 in 30,000 newborns": classic galactosemia), else the condition."""
    words = re.sub(r"^(?:the|a|an)\s+", "", " ".join(said.split()), flags=re.IGNORECASE)
    if words.lower().endswith(condition.lower()) and 0 < len(words.split()) - len(
        condition.split()
    ) <= 2 and not _POINTER.search(words):
        return words[:1].lower() + words[1:] if not words[:2].isupper() else words
    return condition


# "It currently affects ...", "The disease affects ...": a subject pointing back
_BACK_SUBJECT = re.compile(
    r"^\s*(?:it|this (?:disease|condition|disorder|illness)|the (?:disease|condition|disorder|"
    r"illness))(?:\s+(?:currently|now|still|only))?\s*$",
    re.IGNORECASE,
)


def _pointed_to(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    """The page's disease, when the count's subject points back to it ("Parkinson's disease is
    a brain disorder. It affects about 1 million people"): the sentence before, in the same
    paragraph, must open with its name, so that "it" cannot be a drug or a test."""
    if not _BACK_SUBJECT.match(seg.text[seg.body_start : m.end("c")]):
        return None
    before = dc.previous(seg.main)
    if before is None or dc.main_disease is None:
        return None
    return _condition(dc, before.text.split(" is ")[0].split(" are ")[0], at_start=True)


# "One out of every three people 60 years or older will get X", "About 1 in 8 women develop
# X": a share told as one of every N of a group
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10"}  # fmt: skip
_NUMBER = r"\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten"
_ONE_IN = re.compile(
    r"(?<![\w,.])(?:(?P<mod>about|approximately|around|roughly|nearly|almost)\s+)?"
    rf"(?P<a>{_NUMBER})\s+(?:out\s+of|in)\s+(?:every\s+)?(?P<b>{_NUMBER}|\d+\s+million)\s+"
    r"(?P<g>(?:people|persons|Americans|adults|children|men|women)\b[^.;:,]{0,40}?)\s+"
    r"(?:(?:will|also|eventually)\s+)?(?P<v>get|gets|have|has|develop|develops|"
    r"(?:are|is)\s+diagnosed\s+with)\s+(?P<c>[^.;:,]{2,50})",
    re.IGNORECASE,
)

# "Asthma affects 1 in 12 adults", "X affects about 8 of every 100 people in the US"
# ("X affects an estimated 1 in 4,000 people", "X is estimated to affect 1 in 7,500 to 10,000
# people worldwide": an estimate is how such a share is known, no comparison of its own)
_AFFECTS_ONE_IN = re.compile(
    r"(?P<c>[^.;:,]{2,60}?)\s+(?:currently\s+)?(?:affects|strikes|occurs\s+in|"
    # ("X is a rare disorder, affecting fewer than 1 in every 100,000 individuals")
    r"(?:is\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:disorder|disease|condition|syndrome),\s+)?affecting|"
    r"(?:is|are|has\s+been|have\s+been)\s+estimated\s+to\s+(?:affect|occur\s+in)|"
    # "X has an estimated prevalence of 1 in 200,000 people", "a reported incidence of"
    r"(?:has|have)\s+(?:an?\s+)?(?:estimated\s+|reported\s+)?(?:prevalence|incidence)\s+of)\s+"
    r"(?:an\s+estimated\s+|(?P<mod>about|approximately|around|roughly|nearly|almost|fewer\s+than|"
    r"less\s+than|more\s+than)\s+)?"
    rf"(?P<a>{_NUMBER})\s+(?:in|out\s+of|of)\s+(?:every\s+)?"
    rf"(?P<b>(?:{_NUMBER})(?:\s*(?:to|-|–)\s*(?:{_NUMBER}))?|\d+\s+million)\s+"
    rf"(?P<g>people|persons|individuals|Americans|adults|children|men|women|patients|newborns|"
    rf"infants|babies|(?:live\s+)?births){_WHERE}",
    re.IGNORECASE,
)


def _one_in(dc: DocContext, seg: Segment, m: re.Match[str]) -> ExtractedFact | None:
    """ "One out of every three people 60 years or older will get shingles" -> "people 60
    years or older who get shingles" -> "1 in 3"; only the page's own condition, named at the
    head of what the group gets, in a clause neither hedged nor negated."""
    condition = _condition(dc, m.group("c"), at_start=True)
    if condition is None or not seg.in_body(m.start()):
        return None
    if NEGATION.search(m.group(0)) or MODAL_HEDGE.search(m.group(0)) or _STUDY.search(seg.text):
        return None
    if re.search(r"\b(?:who|that|with)\b", m.group("g"), re.IGNORECASE):
        return None  # "people who have had chickenpox": the group is told by another condition
    a = _WORDS.get(m.group("a").lower(), m.group("a"))
    b = _WORDS.get(m.group("b").lower(), m.group("b"))
    if a != "1":
        return None  # "two in three": read as a share elsewhere, if at all
    verb = m.group("v").lower()
    verb = {"gets": "get", "has": "have", "develops": "develop"}.get(verb, verb)
    verb = "are diagnosed with" if "diagnosed" in verb else verb
    group = " ".join(m.group("g").split())
    said = re.match(r"\s*(?:(?:a|an|the)\s+)?([\w'’ -]+?)\s*$", m.group("c"))
    name = said.group(1) if said else condition
    mod = (m.group("mod") or "").lower()
    mod = _MOD.get(mod, mod)
    value = f"{mod + ' ' if mod else ''}1 in {b}"
    return dc.fact(seg, Relation.NUMERIC, f"{group} who {verb} {name}", value, 0.7)


# A word pointing back to another sentence ("these deletions", "this change")
_POINTER = re.compile(r"\b(?:these|those|this|such)\b", re.IGNORECASE)


def names_main(dc: DocContext, phrase: str) -> bool:
    """Whether ``phrase`` names the document's disease (by its title's name or the lexicon)."""
    main = dc.main_disease
    if main is None:
        return False
    if re.search(rf"\b{re.escape(main)}\b", phrase, re.IGNORECASE):
        return True
    initials = "".join(w[0] for w in main.split() if w[:1].isalpha()).upper()
    if len(initials) >= 2 and re.search(rf"\b{initials}s?\b", phrase):
        return True  # "people with MS" on a page about multiple sclerosis
    return any(
        (h := x.hit("condition")) is not None and dc.same_disease(h.name, main)
        for x in dc.find(phrase)
    )


def _fact(
    dc: DocContext, seg: Segment, measure: str, m: re.Match[str], *, unit: str = ""
) -> ExtractedFact:
    yearly = " each year" if _YEARLY.search(seg.text) else ""
    if not (m.groupdict().get("w") or "").strip():
        # the place the count's sentence opens with, when the count follows it directly
        lead = _LEADING_WHERE.match(seg.text[seg.body_start :])
        if lead is not None and seg.body_start + lead.end() == m.start():
            where = " ".join(lead.group("w").split())
            measure = f"{measure} {where[:1].lower()}{where[1:]}"
    mod = (m.group("mod") or "").lower()
    mod = _MOD.get(mod, mod)
    n = " ".join(m.group("n").split()) + unit
    value = f"{mod} {n}" if mod else n
    return dc.fact(seg, Relation.NUMERIC, f"{measure}{yearly}", value, 0.75)


def _group(m: re.Match[str]) -> str:
    g = " ".join(m.group("g").split())
    return g if g == "Americans" else g.lower()


def _said_first(seg: Segment, m: re.Match[str]) -> str:
    """ " in the United States" when the sentence opens with its place right before the
    subject ("In the United States, the condition affects ..."), else nothing."""
    lead = _LEADING_WHERE.match(seg.text[seg.body_start :])
    c = m.group("c")
    if lead is None or seg.body_start + lead.end() != m.start("c") + len(c) - len(c.lstrip()):
        return ""
    where = " ".join(lead.group("w").split())
    return f" {where[:1].lower()}{where[1:]}"


def _general_noun(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    """The page's condition when the subject of "affects N percent of" names it by a general
    noun ("In the United States, the condition affects ..."), as
    :func:`.topic_referents.topic_referent` resolves it."""
    at = max(0, m.start("c") - seg.body_start)
    return topic_referents.topic_referent(dc, m.group("c"), seg.main, upto=at)


def _where(m: re.Match[str]) -> str:
    return " ".join((m.group("w") or "").split()) and f" {' '.join(m.group('w').split())}"


def _condition(dc: DocContext, phrase: str, *, at_start: bool) -> str | None:
    """The document's disease named at the start (or the end) of ``phrase``, else None: the
    name the document's title gives it, or a lexicon name of it or of one of its subtypes."""
    main = dc.main_disease
    if main is None:
        return None
    words = re.escape(main).replace(r"\ ", r"\s+").replace("'", "['’]")
    own = re.compile(
        rf"^\s*(?:(?:a|an|the)\s+)?(?P<x>{words})\b" if at_start else rf"\b(?P<x>{words})\s*$",
        re.IGNORECASE,
    )
    said = own.search(phrase)
    if said is not None:
        return main
    broader = _broader(dc, main, phrase, at_start=at_start)
    if broader is not None:
        return broader
    ms = [x for x in dc.find(phrase) if x.hit("condition") is not None]
    if not ms:
        return None
    m = ms[0] if at_start else ms[-1]
    if at_start and not re.fullmatch(r"\s*(?:(?:a|an|the)\s+)?", phrase[: m.start]):
        return None
    if not at_start and phrase[m.end :].strip():
        return None
    hit = m.hit("condition")
    if hit is None or not dc.same_disease(hit.name, main):
        return None
    return hit.name


def _broader(dc: DocContext, main: str, phrase: str, *, at_start: bool) -> str | None:
    """The condition the page's own is a qualified form of, named alone ("235 million people
    have asthma" on a page about allergic asthma): a lexicon disease that ends the page's
    name, so the count is of the broader condition and the measure says so."""
    words = main.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if not any(h.kind == "condition" and h.type == "disease" for h in dc.lexicon.lookup(tail)):
            continue
        named = re.escape(tail).replace(r"\ ", r"\s+")
        rx = rf"^\s*(?:(?:a|an|the)\s+)?({named})\s*$" if at_start else rf"^\s*({named})\s*$"
        if re.match(rx, phrase.strip(" ,"), re.IGNORECASE):
            return tail
    return None
