"""symptom_cause from lists whose lead-in says whose symptoms they are.

When a lead-in names the condition and says the list holds its symptoms, every item is a symptom
by the structure of the text, so an item is kept as the text words it ("general malaise",
"pain below the ribs", "severe headache") when it is a short noun phrase, whether or not the
lexicon knows it; a longer item gives the lexicon names in it. Lead-ins read:
  * "The following is a list of symptoms (commonly) seen with X.", "Symptoms of X include:",
    "Signs and symptoms of X may include:";
  * "X can lead to signs and symptoms, such as:" ("This can ..." = the condition the section's
    heading names);
  * "Check with your doctor if you have any of the following:" right after "These and other
    signs and symptoms may be caused by X";
  * "People with X may develop (the following) signs and symptoms:" (and inline, "... such as
    A, B and C"); a symptoms heading right over a list ("Symptoms", "Signs and Symptoms of X");
  * "Adults may have one or more of the following symptoms:" (the topic's), but not a group
    defined by them ("given to patients with any of the following symptoms");
  * in a sentence: "X is characterized by A, B and C", "Symptoms of X include A, B and C",
    "the symptoms of X, such as A, B and C" (every
    member must read as a symptom, or the list's extent is a guess and nothing is kept; a
    member the lexicon names takes the lexicon's name, as the other symptom readers do);
    "include A and B" with no comma is two short members, "include A" one member the lexicon
    knows as a symptom, and a bare word before "or" shares the next member's head noun
    ("kidney or genital abnormalities" -> "kidney abnormalities", "genital abnormalities").
  * "When signs and symptoms occur, they may include:" (an opening clause saying when, no one
    named: the condition the clause names, else the topic); "Check with your doctor if you
    have:" after "These signs may be caused by X or by other conditions", or under a heading
    "Symptoms of <topic>" (not when the lead-in speaks of another syndrome).
The lead-in is the item's own (a list the text marks as such), else the sentence before the run
of items in the same section. A negated lead-in gives nothing (a negated sentence before a
lead-in's own last sentence does not count). Item wording: :mod:`.symptom_members`.
"""

from __future__ import annotations

import re

from trainer.generator.extract import (
    page_topic,
    para_lists,
    phrases,
    symptom_bare_lead,
    symptom_run_in,
)
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.guards import may_hold
from trainer.generator.extract.patterns import DENIED_AFTER, NEGATION, SENTENCE_BREAK
from trainer.generator.extract.symptom_bare_inline import NO_PREDICATE
from trainer.generator.extract.symptom_leads import plain_lead, promised_condition
from trainer.generator.extract.symptom_members import inline_members, item_symptoms, opens_a_list
from trainer.generator.extract.symptom_open_leads import (
    open_lead_cause,
    presented_cause,
    recurrence_owner,
)
from trainer.generator.extract.symptom_owners import (
    KINDS,
    cause_named,
    condition_named,
    free_cause,
    mentions_topic,
    names_other_condition,
    the_topic,
    whole_condition,
)
from trainer.generator.extract.symptom_shapes import reads_as_symptom
from trainer.generator.text import Unit

_SIGNS = r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?)"
# "the primary features of X are", "clinical features of X include": a genetic page's word for
# a condition's signs (read only when the owner is a condition by name, never a free name)
_SIGNS_OR_FEATURES = rf"(?:{_SIGNS}|(?:(?:clinical|physical|characteristic)\s+)?features)"
# which of the symptoms a lead-in lists: "the most common", "the first", "early"
_WHICH = (
    r"common|usual|main|typical|early|other|first|initial|earliest|later|late|noticeable|"
    r"obvious|primary|key|major|cardinal|classic|characteristic|two|three|four"
)
_LIST_OF = re.compile(
    rf"\b(?:list|number)\s+of\s+(?:(?:common|usual|typical)\s+)?{_SIGNS}\s+(?:(?:commonly|often|"
    r"usually|typically|most often)\s+)?(?:(?:seen|found|reported|experienced)\s+)?"
    r"(?:with|of|in|for)\s+(?P<x>[^.:;,]{3,60}?)\s*[.:]?\s*"
    # "..., however, it is important to note that ...": a remark after the name
    r"(?:,\s*(?:however|but|although|though)\b[^:]*)?$",
    re.IGNORECASE,
)
_OF_INCLUDE = re.compile(
    rf"\b(?:(?:the\s+)?(?:most\s+)?(?:{_WHICH})\s+)*{_SIGNS_OR_FEATURES}\s+"
    # (two letters may name it: "The signs of PV include:")
    r"of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{2,60}?)\s+(?:also\s+)?(?:(?:can|may|might|often|"
    r"usually|commonly)\s+)?(?:also\s+)?(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)
# "The following may be signs of kidney stones that need a doctor's help:": the list's items
# named as signs of the condition after "of"
_FOLLOWING_ARE = re.compile(
    rf"\bthe\s+following\s+(?:may|can|might|could)?\s*(?:be|are)\s+(?:(?:common|possible|"
    rf"early|warning|other)\s+)?{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{{2,60}}?)"
    r"(?:\s+(?:that|which|who)\b[^:]*)?\s*:?\s*$",
    re.IGNORECASE,
)
# "Common PMS symptoms include": the condition named before the word, as its modifier
_NAMED_BEFORE = re.compile(
    rf"^\s*(?:(?:the\s+)?(?:most\s+)?(?:{_WHICH})\s+)*(?P<x>[A-Za-z][^,.;:]{{1,40}}?)\s+"
    rf"{_SIGNS}\s+(?:(?:can|may|might|often|usually|commonly)\s+)?(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)
_LEADS_TO = re.compile(
    rf"^\s*(?P<x>[^,.;:]{{2,60}}?)\s+(?:(?:can|may|might|often|also|will)\s+)*(?:cause|causes|"
    rf"lead to|leads to|result in|results in)\s+(?:(?:many|several|other|some)\s+)?{_SIGNS}"
    r"\s*,?\s*(?:such as|like|including)?\s*:?\s*$",
    re.IGNORECASE,
)
# "People with Wilson disease may develop signs and symptoms of liver disease:": the people
# are named by the condition whose symptoms the list holds
_PEOPLE = (
    r"\b(?:people|persons|patients|children|adults|those|someone|a person|men|women)\s+"
    r"(?:who\s+have\s+|with\s+)(?:an?\s+|the\s+)?(?P<x>[^,.;:]{2,60}?)\s+"
    r"(?:(?:may|can|might|often|usually|commonly|also|will|typically|sometimes)\s+)*"
    r"(?:develop|have|experience|get|notice|show)\s+(?:(?:some|any|one or more|many|several)\s+"
    r"of\s+)?(?:the\s+following\s+|these\s+)?(?:(?:common|other|early|typical|certain)\s+)?"
    rf"{_SIGNS}\b"
)
_PEOPLE_WITH = re.compile(_PEOPLE + r"[^.:;]{0,60}?:?\s*$", re.IGNORECASE)
_PEOPLE_WITH_SUCH_AS = re.compile(_PEOPLE + r",?\s+(?:such as|like|including)\s+", re.IGNORECASE)
_FOLLOWING = re.compile(r"\b(?:any|one or more)\s+of\s+the\s+following\b", re.IGNORECASE)
_CAUSED_BY = re.compile(
    rf"\b{_SIGNS}\s+(?:(?:may|can|might)\s+)?(?:be\s+)?caused\s+by\s+(?P<x>[^.;]{{3,80}}?)"
    r"(?:\s+or\s+by\s+other\s+conditions)?\s*\.?\s*$",
    re.IGNORECASE,
)
# "a rare, inherited brain disorder (that is) ": what kind of illness the subject is
_KIND_OF_ILLNESS = (
    r"(?:(?:an?|the)\s+(?:[\w-]+,?\s+){0,4}?(?:disorders?|diseases?|conditions?|syndromes?|"
    r"infections?|illness(?:es)?|disorder of [\w\s]{3,30}?)\s+(?:(?:that|which)\s+(?:is|are)\s+)?)"
)
_A_KIND_OF_ILLNESS = _KIND_OF_ILLNESS + "?"
# "In infancy, X is characterized by": a time of life that opens the sentence before its subject
_LIFE_STAGE = (
    r"^\s*(?:(?:(?:beginning|starting)\s+)?(?:in|during|from|by|after)\s+(?:early\s+|late\s+)?"
    r"(?:infancy|childhood|adolescence|adulthood|early\s+life|later\s+life|the\s+first\s+"
    r"[\w\s-]{2,20}?|the\s+newborn\s+period),\s*)?"
)
_CHARACTERIZED = re.compile(
    _LIFE_STAGE
    + r"(?P<x>[^,.;:]{2,60}?)\s+(?:is|are)\s+(?:(?:often|usually|typically|mainly)\s+)?"
    # "X is a rare neurological disorder characterized by": the kind of illness X is, between
    + _A_KIND_OF_ILLNESS
    + r"(?:characteri[sz]ed|marked)\s+by\s+",
    re.IGNORECASE,
)
# "X is a chromosomal condition that is associated with A, B and C": a page's definition of its
# condition by its features (the kind of illness is required: "X is associated with smoking"
# names a risk, not a sign)
_ASSOCIATED = re.compile(
    r"^\s*(?P<x>[^,.;:]{2,60}?)\s+(?:is|are)\s+" + _KIND_OF_ILLNESS
    + r"(?:(?:often|usually|typically|mainly|commonly)\s+)?associated\s+with\s+",
    re.IGNORECASE,
)
_INLINE_OF = re.compile(
    rf"\b(?:(?:the\s+)?(?:most\s+)?(?:{_WHICH})\s+)*{_SIGNS_OR_FEATURES}\s+"
    # (two letters may name it: "Symptoms of RS include A and B")
    r"of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{2,60}?)\s+(?:also\s+)?(?:(?:can|may|might|often|"
    r"usually|commonly)\s+)?(?:also\s+)?(?:include|includes)\s+(?!:)",
    re.IGNORECASE,
)
# "The most common symptoms of X are A, B, and C": the copula before an inline list (a
# predicate, "are usually mild", is no list)
_INLINE_OF_ARE = re.compile(
    rf"\b(?:(?:the\s+)?(?:(?:most|and|{_WHICH})\s+)+)?{_SIGNS_OR_FEATURES}\s+"
    r"of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{2,60}?)\s+(?:(?:can|may|might|often|usually)\s+)?"
    # "the initial symptom of MS is often A, B, or C": how often the list is the case
    rf"(?:are|be|is)\s+(?:(?:often|usually|typically|commonly)\s+)?{NO_PREDICATE}(?!:)",
    re.IGNORECASE,
)
# "... many of the symptoms of hyperthyroidism, such as tremors, rapid heartbeat, and
# nervousness"
_OF_SUCH_AS = re.compile(
    rf"\b{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{{3,60}}?),?\s+(?:such as|like|"
    r"including)\s+",
    re.IGNORECASE,
)
_ITEM_SEP = re.compile(r"(?:^|\s)-\s+")
# a part that ends on a colon or a listing verb opens a list of its own
_OPENS_LIST = re.compile(
    r"(?::|\b(?:include|includes|including|following|with|from|as|are)\s*:?)\s*$", re.IGNORECASE
)


def pairs(dc: DocContext, seg: Segment) -> list[tuple[str, list[str], float]]:
    """(cause, symptoms, confidence) of the lists and inline lists in the segment."""
    out: list[tuple[str, list[str], float]] = []
    body = seg.body
    if seg.main.kind in ("sentence", "heading") and seg.lead is not None:
        # a member paragraph of a list written as paragraphs (or a member line taken for a
        # heading): the lead-in is the colon's sentence, the member the names its opening
        # sentence gives
        cause = _lead_cause(dc, seg.parts[-2].unit)
        if cause and para_lists.member_line(dc, seg.main):
            # a member line that lost its bullet is an item: kept as worded, as items are
            # ("Sudden and severe headache"), a list in it split ("Headaches and dizziness")
            listed = inline_members(dc, seg.body)
            named = len(listed) >= 2 and all(dc.lexicon.canonical(x, "condition") for x in listed)
            out.append((cause, listed if named else item_symptoms(dc, seg.body), 0.7))
        elif cause:
            out.append((cause, phrases.symptoms(dc, seg.body), 0.7))
        return out
    if seg.main.kind == "item":
        lead = _lead_of(dc, seg)
        # an item that opens a list of its own ("- A doctor checks it with") is no member
        led = lead is not None and not _led_again(dc, lead, seg) and not (
            _OPENS_LIST.search(seg.main.text.rstrip(" ."))
        )
        cause = _lead_cause(dc, lead) if lead is not None and led else None
        if cause:
            syms = [s for part in _ITEM_SEP.split(body) for s in _item_members(dc, part)]
            out.append((cause, syms, 0.75))
        return out
    colon, run_in = body.find(":"), False
    if colon < 0 and (dash := symptom_run_in.RUN_IN_DASH.search(body)) is not None:
        # "The most common symptoms of X are - A - B - C.": a lead-in that lost its colon with
        # the list's line breaks, the dashes left inline; read as if the colon stood there
        colon, run_in = dash.start("at"), True
        # the list ends with its sentence (a page may repeat the items run together after it)
        end = re.search(r"\.(?:\s|$)", body[colon:])
        body = f"{body[:colon]}:{body[colon : colon + end.start() if end else None]}"
    if colon < 0 and not run_in and (continued := _continued_list(dc, seg, body)) is not None:
        out.append(continued)
    if colon >= 0 and _ITEM_SEP.search(body, colon):
        cause = _sentence_lead_cause(dc, seg, body[: colon + 1]) or (
            symptom_run_in.owner(dc, seg, body[:colon]) if run_in else None
        )
        if cause:
            parts = _ITEM_SEP.split(body[colon + 1 :])
            # "- A mole that: - changes in size - itches": an item ending in a colon opens a
            # nested list whose items finish it, not symptoms of their own; where that nested
            # list ends is lost with the line breaks, so the list is read up to it
            # a later part that is itself a lead-in ("- The symptoms of Y may include - A"), its
            # dashes lost too, ends this list: what follows is the next list's
            nested = next((k for k, p in enumerate(parts) if _OPENS_LIST.search(p)), None)
            parts = parts if nested is None else parts[:nested]
            glossed = _glosses(parts)
            out.append((cause, [s for k, p in enumerate(parts) for s in (
                _gloss_members(dc, p) if k in glossed else _item_members(dc, p))], 0.75))
    # each needs "characterized" / "marked", or "signs" / "symptoms" (see :mod:`.guards`)
    cued = may_hold(body, ("characteri", "marked", "sign", "symptom", "feature", "associated"))
    for rx in (
        (_CHARACTERIZED, _ASSOCIATED, _INLINE_OF, _INLINE_OF_ARE, _OF_SUCH_AS,
         _PEOPLE_WITH_SUCH_AS)
        if cued else ()
    ):
        m = rx.search(body)
        if m is None or NEGATION.search(body[: m.end()]) or DENIED_AFTER.match(body, m.end()):
            continue
        cause = cause_named(dc, seg, m.group("x"))
        if cause is None and rx in (_CHARACTERIZED, _ASSOCIATED):
            # "Tourette syndrome (TS) is a disorder characterized by" on its own page: a name
            # the lexicon lacks, known as the page's topic
            cause = page_topic.names_topic(dc, m.group("x"))
        if cause is None and rx is _PEOPLE_WITH_SUCH_AS:
            cause = the_topic(dc, m.group("x"))
        elif cause is None and "feature" in m.group(0).lower():
            cause = the_topic(dc, m.group("x"))  # "features of X": X named, never a free name
        elif cause is None and rx not in (_CHARACTERIZED, _ASSOCIATED):
            cause = free_cause(dc, m.group("x"))  # "symptoms of X" names a condition
        if opens_a_list(body[m.end() :]):
            continue  # "include the following: - A": the items are read as such, not inline
        listed = inline_members(dc, body[m.end() :], single=rx is _INLINE_OF)
        if rx is _INLINE_OF_ARE and not all(reads_as_symptom(dc, s) for s in listed):
            continue  # "are treated with rest, ...", "can be hard to spot": a predicate
        if cause and listed:
            out.append((cause, listed, 0.75))
    return out


# "Nausea, vomiting, dizziness, lightheadedness, sweating": an item that is itself a series of
# short names, three at least, is each of them
_SERIES = re.compile(r"\s*[^,;:()]{2,40}(?:,\s*(?:and\s+|or\s+)?[^,;:()]{2,40}){2,}\.?\s*")


def _continued_list(
    dc: DocContext, seg: Segment, body: str
) -> tuple[str, list[str], float] | None:
    """A flattened list broken by a full stop inside an item ("Symptoms include - A, called
    abscesses. The abscesses get bigger - B - C"): the dash items of the next sentence, whose
    own opening is the broken item's tail and no lead-in, are the first list's."""
    first = re.search(r"\s-\s+[A-Z]", body)
    if first is None:
        return None
    before = dc.previous(seg.main)
    if before is None or before.kind != "sentence" or before.para != seg.main.para:
        return None
    dash = symptom_run_in.RUN_IN_DASH.search(before.text)
    if dash is None:
        return None
    cause = symptom_run_in.owner(dc, dc.segment_of(before), before.text[: dash.start("at")])
    if cause is None:
        return None
    parts = [p for p in _ITEM_SEP.split(body[first.start() :]) if p.strip()]
    return (cause, [x for p in parts for x in _item_members(dc, p)], 0.75)


def _glosses(parts: list[str]) -> set[int]:
    """Which parts of a flattened list are glosses its dashes also set off: "- Chest
    discomfort - pressure, squeezing, or pain - Shortness of breath" has items that open with a
    capital, and a part in lower case among them says what the item before it is."""
    items = [p for p in parts if p.strip()]
    if not items or not items[0].strip()[:1].isupper():
        return set()  # items written in lower case throughout ("- have high blood pressure")
    return {k for k, p in enumerate(parts) if p.strip()[:1].islower()}


_EXAMPLES_OPENING = re.compile(r"^\s*(?:such\s+as|like|including|e\.g\.,?)\s+", re.IGNORECASE)


def _gloss_members(dc: DocContext, part: str) -> list[str]:
    """The signs a gloss names ("such as irritability or confusion"), those reading as a
    symptom; none from a gloss of places ("arms, shoulder, neck, back"); "headache or joint
    pain", one item's alternatives, as the item is read."""
    said = _EXAMPLES_OPENING.sub("", part).strip(" .")
    if re.fullmatch(r"[^,;]+\s+or\s+[^,;]+", said):
        return item_symptoms(dc, said)  # "headache or joint pain": one sign or the other
    return [x for x in inline_members(dc, said) if reads_as_symptom(dc, x)]


def _item_members(dc: DocContext, part: str) -> list[str]:
    """The symptoms of one list item: its members when it is a series of short names (each
    reading as a symptom), else the item as worded."""
    if _SERIES.fullmatch(part):
        listed = inline_members(dc, part.strip(" ."))
        if len(listed) >= 3 and all(
            len(x.split()) <= 3 and reads_as_symptom(dc, x) for x in listed
        ):
            return listed
    return item_symptoms(dc, part)


def _led_again(dc: DocContext, lead: Unit, seg: Segment) -> bool:
    """Whether an item between the lead-in and this one opens a list of its own ("- The
    symptoms of Y may include - A"; its colon lost with the line breaks): the later items are
    that list's, not the first lead-in's."""
    between = dc.units[lead.index + 1 : seg.main.index]
    return any(u.kind == "item" and _OPENS_LIST.search(u.text.rstrip(" .")) for u in between)


def _lead_of(dc: DocContext, seg: Segment) -> Unit | None:
    """The lead-in of an item: the one the text marks, else the sentence just before the run
    of items it belongs to, in the same section."""
    if seg.lead is not None:
        return seg.lead
    for k in range(seg.main.index - 1, max(-1, seg.main.index - 40), -1):
        u = dc.units[k]
        if u.section != seg.main.section or u.kind == "heading":
            return None
        if u.kind != "item":
            return u
    return None


def _lead_cause(dc: DocContext, lead: Unit) -> str | None:
    text = lead.text.strip()
    if NEGATION.search(text):
        # "Sometimes X does not cause early symptoms. When symptoms occur, they may include:":
        # a negated sentence before the lead-in's own does not reach it
        if NEGATION.search(_last_sentence(text)):
            return None
        bare = _bare_lead_cause(dc, lead)
        if bare is not None or lead.kind == "heading":
            return bare
        text = _last_sentence(text)
    if lead.kind == "heading" and not _LISTING_END.search(text):
        # (a lead-in that lost its colon may be taken for a heading: "... include ... plus")
        return _heading_cause(dc, text)
    said, text = text, plain_lead(text)  # "include the following:" reads as "include:"
    for rx in (_LIST_OF, _OF_INCLUDE, _LEADS_TO, _PEOPLE_WITH, _NAMED_BEFORE, _FOLLOWING_ARE):
        m = rx.search(_last_sentence(text) if rx is _NAMED_BEFORE else text)
        if m:
            named = cause_named(dc, None, m.group("x"), lead)
            if rx is _NAMED_BEFORE and not (named or the_topic(dc, m.group("x"))):
                continue  # "Early warning symptoms include": no condition before the word
            free = rx in (_LIST_OF, _OF_INCLUDE)
            if named or not free:
                return named or the_topic(dc, m.group("x"))
            return free_cause(dc, m.group("x"))
    promised = promised_condition(dc, _last_sentence(said), KINDS, whole_condition)
    if promised is not None:
        return promised  # "With progression to X, people may have the following symptoms:"
    if _FOLLOWING.search(said) or _CHECK_IF.search(_last_sentence(said)):
        # "These and other signs may be caused by X. Check with your doctor if you have:"
        before = dc.units[lead.index - 1] if lead.index > 0 else None
        return (
            _caused_by(dc, before)
            or _caused_by_text(dc, said)
            or _topic_symptoms(dc, said)
            or _topic_heading(dc, lead)
            or recurrence_owner(dc, said)  # "..., which may mean the cancer has come back:"
        )
    bare = (  # "X presents with:", "Other symptoms may include" after "A is a sign of X."
        _bare_lead_cause(dc, lead) or presented_cause(dc, said, whole_condition)
        or open_lead_cause(dc, lead, whole_condition, names_other_condition, free_cause))
    if bare is not None:
        return bare
    # "The following is a list of symptoms commonly seen with acute Q fever. However, ...": the
    # lead-in's first sentence names the list
    before = dc.units[lead.index - 1] if lead.index > 0 else None
    m = _LIST_OF.search(before.text) if before is not None and before.para == lead.para else None
    if m is None or before is None:
        return None
    return cause_named(dc, None, m.group("x"), before) or free_cause(dc, m.group("x"))


# A lead-in whose symptoms are nobody's by its words, an opening clause saying when they come:
# "When signs and symptoms occur, they may include:", "As the tumor grows, symptoms may include:"
# (a bare "Symptoms include:" lists the symptoms of the condition the sentence before opens
# with, :mod:`.symptom_bare_lead`; else the readers of its items' own causes read it)
_BARE_LEAD = re.compile(
    r"^(?:(?P<when>(?:when|if|as|once)\b[^.;:]{3,160}?),\s*)?(?:(?:the|common|early|other|possible|"
    rf"some)\s+)*(?:{_SIGNS}|(?P<they>they))\s+(?:(?:may|can|might|often|usually|commonly)\s+)?"
    # (the colon may be lost when the list's items stand right after the lead-in)
    r"(?:include|includes)\s*(?:the\s+following)?\s*:?\s*$",
    re.IGNORECASE,
)


# a line ending on a listing verb, or on the "and" / "plus" that adds a list to another, is a
# lead-in, never a heading
_LISTING_END = re.compile(r"\b(?:include|includes|plus|and)\s*:?\s*$", re.IGNORECASE)
# "When symptoms of X do occur": the opening clause names whose symptoms "they" are
_WHEN_OF = re.compile(
    rf"^(?:when|if|once)\s+(?:the\s+)?{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{{2,60}}?)"
    r"\s+(?:(?:do|does|first|finally)\s+)?(?:occur|appear|develop|start|begin|show)s?\s*$",
    re.IGNORECASE,
)


def _last_sentence(text: str) -> str:
    return SENTENCE_BREAK.split(text.strip())[-1]


def _bare_lead_cause(dc: DocContext, lead: Unit) -> str | None:
    """Whose symptoms a lead-in that names no one's lists: the condition its opening clause
    names ("When MVP causes symptoms, they may include:"), else the page's topic when the
    clause names it or nothing at all, if the section is about the topic's symptoms (its
    heading names the topic, or no condition) and not about another condition."""
    m = _BARE_LEAD.match(_last_sentence(lead.text))
    if m is not None and not m.group("when") and not lead.text.rstrip().endswith(":"):
        return None  # without its colon only a lead-in saying when is read here
    if m is not None and not m.group("when") and not m.group("they"):
        return symptom_bare_lead.opening_condition(dc, lead, KINDS, whole_condition)
    if m is None or not m.group("when"):
        return None  # only a lead-in whose opening clause sets when the symptoms come
    when = m.group("when")
    if m.group("they") and not re.search(_SIGNS, when, re.IGNORECASE):
        return None  # "they" must stand for the signs the clause names
    of = _WHEN_OF.search(when)
    owned = condition_named(dc, of.group("x"), lead) if of is not None else None
    if owned is not None:
        # "When symptoms of early-stage X do occur, they may include": the clause says whose
        return owned
    named = [x for x in dc.find(when) if (h := x.hit("condition")) and h.type in KINDS]
    if named:
        return whole_condition(dc, named[0].surface)
    topic = dc.main_disease
    if topic is None:
        return None
    head = dc.heading(lead)
    if head is not None and not page_topic.names_topic(dc, head.text):
        others = [x for x in dc.mentions(head) if (h := x.hit("condition")) and h.type in KINDS]
        if any(dc.disease_in([x]) != topic for x in others) or not mentions_topic(head, topic):
            return None  # a section about something else than the topic's symptoms
    return topic


def _sentence_lead_cause(dc: DocContext, seg: Segment, lead: str) -> str | None:
    """An inline list after a colon: "Check with your doctor if any of the following ...:"."""
    if NEGATION.search(re.sub(r"\bdo not go away\b", "", lead)):
        return None
    for rx in (_LIST_OF, _OF_INCLUDE, _LEADS_TO, _PEOPLE_WITH, _NAMED_BEFORE, _FOLLOWING_ARE):
        said = plain_lead(lead.rstrip(": ") + ":")
        m = rx.search(_last_sentence(said) if rx is _NAMED_BEFORE else said)
        if m:
            named = cause_named(dc, seg, m.group("x"))
            if rx is _NAMED_BEFORE and not (named or the_topic(dc, m.group("x"))):
                continue
            free = rx in (_LIST_OF, _OF_INCLUDE)
            if named or not free:
                return named or the_topic(dc, m.group("x"))
            return free_cause(dc, m.group("x"))
    if _FOLLOWING.search(lead):
        return _caused_by(dc, dc.previous(seg.main)) or _topic_symptoms(dc, lead)
    return None


# The person has the symptoms the list gives ("may have", "experience"), not a group defined
# by them ("patients with any of the following") or told what to do about them
_HAVING = re.compile(
    r"\b(?:have|has|experience|experiences|develop|develops|get|gets|notice|feel|show|shows)\s+"
    r"(?:(?:one|some|any|all|more|most|two)\s+(?:or\s+more\s+|than\s+one\s+)?(?:of\s+)?)?"
    r"(?:the\s+following|these)\b",
    re.IGNORECASE,
)
# A heading that is only a symptoms label: "Symptoms", "Signs and Symptoms of Q Fever",
# "What are the symptoms of X?"
_SIGNS_HEADING = re.compile(
    r"^\s*(?:what\s+are\s+)?(?:the\s+)?(?:(?:common|main|usual|typical|early|other)\s+)?"
    rf"{_SIGNS}(?:\s+of\s+(?P<x>[^?]{{2,60}}?))?\s*\??\s*$",
    re.IGNORECASE,
)


def _heading_cause(dc: DocContext, text: str) -> str | None:
    """Whose symptoms a list right under a symptoms heading gives: the condition the heading
    names, else (a bare "Symptoms") the document's topic."""
    m = _SIGNS_HEADING.match(text)
    if m is None:
        return None
    if m.group("x"):
        return cause_named(dc, None, m.group("x")) or the_topic(dc, m.group("x"))
    return dc.main_disease


# "may have one or more of the following symptoms:" — the symptoms the text is about
_FOLLOWING_SYMPTOMS = re.compile(rf"\bof\s+the\s+following\s+{_SIGNS}\s*:?\s*$", re.IGNORECASE)


def _topic_symptoms(dc: DocContext, lead: str) -> str | None:
    """A lead-in that promises symptoms without naming whose ("Adults may have one or more of
    the following symptoms:") lists the document's topic's, when it names no condition."""
    if not _FOLLOWING_SYMPTOMS.search(lead) or dc.main_disease is None:
        return None
    if not _HAVING.search(lead):
        return None  # "B is given to patients with any of the following": a definition
    if any(m.hit("condition") is not None for m in dc.find(lead)):
        return None
    return dc.main_disease


def _caused_by(dc: DocContext, before: Unit | None) -> str | None:
    """ "These and other signs and symptoms may be caused by X or by other conditions." """
    if before is None:
        return None
    m = _CAUSED_BY.search(before.text)
    if m is None:
        return None
    named = [x for x in dc.find(m.group("x")) if x.hit("condition") is not None]
    if named:
        return whole_condition(dc, named[0].surface)
    # a condition the lexicon lacks: the page's topic when the words name it
    x = re.sub(r"\s+or\s+(?:by\s+)?other\s+(?:conditions|problems)$", "", m.group("x").strip())
    return page_topic.names_topic(dc, x)


# "Check with your (child's) doctor if you have (any of the following):": a lead-in whose
# symptoms are those the sentence before it names the cause of
_CHECK_IF = re.compile(
    r"\bcheck\s+with\s+(?:your|a)\s+(?:child's\s+|child’s\s+)?(?:doctor|health care provider)\s+"
    r"if\s+(?:you|your child|they)\s+(?:have|has)\b[^.:]{0,40}:\s*$",
    re.IGNORECASE,
)


def _caused_by_text(dc: DocContext, text: str) -> str | None:
    """The cause a lead-in's own earlier sentence names ("These and other signs may be caused
    by X or by other conditions. Check with your doctor if you have:")."""
    sentences = SENTENCE_BREAK.split(text.strip())
    if len(sentences) < 2:
        return None
    m = _CAUSED_BY.search(sentences[-2])
    if m is None:
        return None
    x = re.sub(r"\s+or\s+(?:by\s+)?other\s+(?:conditions|problems)$", "", m.group("x").strip())
    return whole_condition(dc, x) or page_topic.names_topic(dc, x)


def _topic_heading(dc: DocContext, lead: Unit) -> str | None:
    """The page's topic when the lead-in's section heading is a symptoms heading naming it
    ("Symptoms of childhood laryngeal tumors")."""
    head = dc.heading(lead)
    topic = dc.main_disease
    before = dc.previous(lead)
    same_para = before is not None and before.para == lead.para
    said = lead.text + (" " + before.text if before is not None and same_para else "")
    if head is None or topic is None or names_other_condition(dc, said, topic):
        return None  # "Children with X syndrome may have symptoms ... if your child has:"
    m = _SIGNS_HEADING.match(head.text)
    return topic if m is not None and m.group("x") and mentions_topic(head, topic) else None


