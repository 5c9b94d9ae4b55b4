"""symptom_cause from a sentence that lists symptoms without naming whose: "Other symptoms
include A, B, and C", "Occasionally, symptoms like A and B may be seen", "Contact a doctor if
you notice symptoms such as A, B, or C".

Whose they are is told by the discourse, not the sentence: the page's topic, when neither the
sentence (outside its list), nor its section's heading, nor a run-in label opening its
paragraph ("Eye damage: ...") names another condition or thing. A qualifier
that says whose or which symptoms they are ("reflux symptoms", "these symptoms", "symptoms of
X", read by :mod:`.symptom_lists`) makes the reading someone else's, and it gives nothing;
so does a negated sentence. Most members must read as symptoms (the lexicon, a complication
it knows, or a symptom name's shape) and the few others, plain names, are left out; else the
list's extent is a guess and nothing is kept. One member is read only when the lexicon knows it
as a sign ("Symptoms may also include jaundice").

The subject and the list may stand apart: an aside joined by "and" ("Symptoms vary from person
to person and include A"; what the aside likens them to, "may be taken for the flu", is not
whose they are), "with" before the noun ("The onset is sudden, with early signs and symptoms
including A"), and a colon before members that semicolons divide ("include: A, in the arm or
leg; B; and C").
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.symptom_holders import worded_members

# a sentence adverb of time before the list's subject: "Then symptoms begin, including ..."
_WHEN = r"(?:then|soon|later|eventually|gradually|over\s+time|at\s+first|after\s+that)"
# the verb of the symptoms' onset: "symptoms begin, including A"
_ONSET = r"(?:begin|appear|start|develop|emerge|follow|set\s+in)s?"
_SIGNS = r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?)"
# the words that may stand before "symptoms" without saying whose: "Other", "Common early"
_PLAIN = (
    r"(?:(?:other|common|early|late|typical|usual|possible|some|occasional|additional|"
    r"less\s+common|more\s+common|most\s+common|frequent|first|initial|main|classic|"
    # the body system the symptoms show in, which says what kind they are, not whose
    r"neurological|neurologic|physical|psychological|behaviou?ral|emotional|cognitive|motor|"
    r"mental)\s+)*"
)
# the group of people the symptoms are seen in, which says in whom, not whose: "Common signs
# and symptoms in children are A and B"
_GROUP_ONE = (
    r"(?:(?:young|younger|older|most|many|some|affected)\s+)?(?:children|adults|infants|"
    r"babies|newborns|toddlers|teens|teenagers|adolescents|women|men|girls|boys|people|"
    r"patients|the\s+elderly)"
)
# ("in older children and adults": two groups named together)
_GROUP = rf"{_GROUP_ONE}(?:\s+and\s+{_GROUP_ONE})?"
_IN_GROUP = rf"(?:\s+in\s+(?P<group>{_GROUP}))?"
# the same group opening the sentence: "In children, symptoms may include A, B and C"
_GROUP_OPENER = re.compile(rf"^\s*(?:but\s+|and\s+)?in\s+(?P<group>{_GROUP})\s*,", re.I)
# a clause said of the symptoms before "and" joins the verb of the list: "Symptoms vary from
# person to person and include A", "Early symptoms may be taken for a cold and can include A"
_ASIDE = r"(?P<aside>\s+(?!(?:of|in|from|caused|due|that|which|are|is)\b)[^.;:,()]{3,50}?\s+and)?"
_BARE = re.compile(
    rf"(?:^(?:{_WHEN}\s*,?\s+)?|[,;:]\s*|\b(?:notice|have|has|experience|develop|see|get)\s+|"
    # "The onset is sudden, with early signs and symptoms including A": "with" before the list's
    # noun, then "including" (never "with symptoms such as", the people who have them)
    rf"\bwith\s+(?=(?:the\s+)?{_PLAIN}{_SIGNS}\s+including\b))"
    rf"(?:the\s+)?{_PLAIN}{_SIGNS}{_IN_GROUP}{_ASIDE}\s*,?\s+"
    # ("If you have symptoms, they may include A": "they" takes the symptoms up again)
    r"(?:(?<=,\s)they\s+)?(?:(?:may|can|might|often|usually|also)\s+)*"
    # "Then symptoms begin, including A": the verb of their onset before the list
    # "Symptoms usually start gradually, with A and B": the onset verb, then "with" its signs
    rf"(?:{_ONSET}(?:\s+\w+ly)?\s*,\s*(?:(?:often|usually)\s+)?(?:including|such\s+as|like|with)|"
    # a colon may stand before a list whose members semicolons divide: "include: A, B; C; D"
    r"include|includes|such\s+as|like|including)(?:\s*:(?=[^.]*;))?\s+(?!-|the\s+following)"
    r"(?P<rest>[^.;:]{3,500}(?:;[^.;:]{2,250})*)",
    re.IGNORECASE,
)
# What may follow "symptoms are" that is a predicate, not a list: "are usually mild", "are
# similar to ...", "are caused by ..."
NO_PREDICATE = (
    r"(?!(?:\w+ly|mild|severe|similar|rare|common|uncommon|present|absent|different|the\s+same|"
    r"those|these|due|caused|related|variable|subtle|vague|nonspecific|not|often|also|more|less|"
    r"like|listed|described|below|above|as\s+follows|usually|generally|seen|found|worse|better|"
    r"milder|minimal|none|no|a\s+result|the\s+result|because)\b)"
)
# "Other possible symptoms are A and B": a copula after a plain qualifier (one at least, so
# "Symptoms are mild" is no list); a predicate ("are usually mild", "are similar to ...") is
# no member
_COPULA = re.compile(
    r"^(?:the\s+)?(?:(?:other|common|early|late|typical|usual|possible|additional|"
    r"occasional|less\s+common|more\s+common|most\s+common|main|first|frequent|"
    # "Other frequently observed signs": how often they are seen, not whose
    r"(?:frequently|commonly|often|usually)\s+(?:observed|seen|reported|noted))\s+)+"
    # ("The main symptom is a rash": one sign, named by the copula)
    rf"{_SIGNS}{_IN_GROUP}\s+(?:are|include|is)\s+"
    rf"{NO_PREDICATE}(?P<rest>[^.;:]{{3,250}})",
    re.IGNORECASE,
)


# "i.e." and "e.g.", whose stops are no sentence's end
_ABBREVIATION = re.compile(r"\b(?:i\.\s?e|e\.\s?g)\.", re.IGNORECASE)
# the next sentence says what brings the symptoms on: "These happen because ..."
_CAUSE_FOLLOWS = re.compile(
    r"(?:^|[.!?]\s+)(?:these|they|this|such|those)\b[^.]{0,40}?\b(?:happens?|occurs?|"
    r"(?:is|are)\s+(?:caused|due|brought)|results?|comes?\s+from|stems?\s+from)\b",
    re.IGNORECASE,
)
# a run-in label naming what the unit is about ("Eye damage: ..."): a noun phrase, never a
# lead-in with its own verb ("The main symptoms of X are: - A - B"), which names no other thing
_LABEL = re.compile(
    r"^\s*(?:-\s*)?(?![^:.;]*\b(?:are|is|include|includes|may|can|might|could|will)\b)"
    r"[A-Z][^:.;]{2,50}:\s"
)
_COMES_WITH = re.compile(r"^(?P<a>[^,]{3,40}),\s+with\s+", re.IGNORECASE)
_OWN_VERB = re.compile(
    r"\s+(?:may|can|might|could|often|also|usually|are|is|were|was|will)\b", re.IGNORECASE
)


def bare_inline_pairs(
    dc: DocContext, seg: Segment, sentence: str
) -> list[tuple[str, list[str], float]]:
    """(topic, symptoms, confidence) of a sentence listing symptoms it says are no one else's."""
    low = sentence.lower()
    if "sign" not in low and "symptom" not in low:
        return []  # a cheap test first
    # "(i.e. A, B)": the abbreviation's stops end no list
    sentence = _ABBREVIATION.sub(lambda a: a.group(0).replace(".", ""), sentence)
    m = _BARE.search(sentence) or _COPULA.search(sentence.strip())
    topic = dc.main_disease
    if m is None or topic is None or NEGATION.search(sentence[: m.start("rest")]):
        return []
    if _CAUSE_FOLLOWS.search(sentence[m.end() :]) or _cause_follows(dc, seg):
        return []  # "... These happen because X is disrupted": X's, read by the back reader
    if _labelled(dc, seg):
        return []  # "Eye damage: When vessels burst. Signs include ...": the label's symptoms
    if _introduced_before(dc, seg, topic):
        return []  # "... along with Y, a condition that causes A. Symptoms include": Y's
    # an aside may liken the symptoms to another illness's ("may be taken for the flu and
    # include"): what they are likened to is not whose they are
    said = sentence[: m.start("aside")] if m.re == _BARE and m.group("aside") else sentence[
        : m.start("rest")]
    if _names_a_condition(dc, said, topic):
        return []  # "Children with X syndrome may have other symptoms such as": X's
    head = dc.heading(seg.main)
    if head is not None and _names_a_condition(dc, head.text, topic):
        return []  # a section about another condition
    # "symptoms like A and B may be seen": the list ends at the sentence's own verb
    # what the symptoms "include" is named as a symptom by the sentence itself, so a name the
    # lexicon files as a complication ("diarrhea") is as much a member as a symptom is
    # (a verb inside a bracketed gloss, "papilledema (swelling ..., which is part of ...)",
    # is the gloss's, not the list's own)
    # "a flu-like illness, with fever, cough and rash": what the first member comes with are
    # members too
    rest = _COMES_WITH.sub(r"\g<a>, ", m.group("rest"))
    masked = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), rest)
    verb = _OWN_VERB.search(masked)
    members = worded_members(
        dc, rest[: verb.start()] if verb else rest, called_symptoms=True
    )
    # one member is a list only when the lexicon knows it as a sign ("Symptoms may also
    # include jaundice"): else where the list ends is a guess
    if len(members) == 1 and not _known_sign(dc, members[0]):
        return []
    return [(_in_group(topic, sentence, m), members, 0.7)] if members else []


def _known_sign(dc: DocContext, member: str) -> bool:
    """Whether the lexicon names ``member`` as a symptom or a sign."""
    return any(
        h.kind == "condition" and h.type in ("symptom", "sign")
        for h in dc.lexicon.lookup(member)
    )


def _in_group(topic: str, sentence: str, m: re.Match[str]) -> str:
    """The topic as the symptoms' owner, narrowed to the group of people they are said of
    ("In children, symptoms may include ..." -> "<topic> in children"): the same condition
    shows other signs in other groups, so the card says in whom."""
    opener = _GROUP_OPENER.match(sentence)
    group = m.group("group") or (opener.group("group") if opener else None)
    if not group:
        return topic
    return f"{topic} in {' '.join(group.lower().split())}"


def _names_a_condition(dc: DocContext, text: str, topic: str) -> bool:
    """Whether ``text`` names a condition (a disease, syndrome, infection) other than the
    page's topic."""
    for x in dc.find(text):
        h = x.hit("condition")
        if (
            h is not None
            and h.type in _CONDITION_TYPES
            and dc.disease_in([x]) != topic
            and h.name.lower() != topic.lower()
        ):
            return True
    return False


_CONDITION_TYPES = ("disease", "subtype", "syndrome", "infection", "complication")


def _labelled(dc: DocContext, seg: Segment) -> bool:
    """Whether the sentence's paragraph opens with a run-in label ("Eye damage: ...")."""
    unit = seg.main
    for _ in range(10):
        if _LABEL.match(unit.text):
            return True
        before = dc.previous(unit)
        if before is None or before.para != unit.para or before.kind == "heading":
            return False
        unit = before
    return False


def _cause_follows(dc: DocContext, seg: Segment) -> bool:
    """Whether the sentence after the segment, in its paragraph, says what causes the list."""
    k = seg.main.index + 1
    if k >= len(dc.units):
        return False
    nxt = dc.units[k]
    return nxt.para == seg.main.para and bool(_CAUSE_FOLLOWS.match(nxt.text.strip()))


# "..., giant cell arteritis, a condition that causes swelling of the arteries": the sentence
# ends by introducing a condition, which the next sentence's bare "Symptoms include" goes on about
_INTRODUCES = re.compile(
    r"(?P<x>[^,;]{3,80}),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:condition|disease|disorder|illness|"
    r"infection|syndrome)\s+(?:that|which|in\s+which)\b[^;]*$",
    re.IGNORECASE,
)


def _introduced_before(dc: DocContext, seg: Segment, topic: str) -> bool:
    """Whether the sentence before, in the paragraph, ends by introducing a condition other
    than the topic in apposition: the bare list after it is that condition's, or unclear."""
    before = dc.previous(seg.main)
    if before is None or before.para != seg.main.para or before.kind != "sentence":
        return False
    m = _INTRODUCES.search(before.text)
    if m is None:
        return False
    named = [x for x in dc.find(m.group("x")) if x.hit("condition") is not None]
    return bool(named) and _names_a_condition(dc, named[-1].surface, topic)
