"""symptom_cause from a sentence that lists symptoms without naming whose: "Other symptoms
include A, B, and C", "Occasionally, symptoms like A and B may be seen", "Contact a doctor if
you notice symptoms such as A, B, or C".

Whose they are is told by the discourse, not the sentence: the page's topic, when neither the
sentence (outside its list), nor its section's heading, nor a run-in label opening its
paragraph ("Eye damage: ...") names another condition or thing. A qualifier
that says whose or which symptoms they are ("reflux symptoms", "these symptoms", "symptoms of
X", read by :mod:`.symptom_lists`) makes the reading someone else's, and it gives nothing;
so does a negated sentence. Every member must read as a symptom (the lexicon or a symptom
name's shape), else the list's extent is a guess and nothing is kept.
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
    r"less\s+common|more\s+common|frequent|first|initial|main|classic|"
    # the body system the symptoms show in, which says what kind they are, not whose
    r"neurological|neurologic|physical|psychological|behaviou?ral|emotional|cognitive|motor|"
    r"mental)\s+)*"
)
# the group of people the symptoms are seen in, which says in whom, not whose: "Common signs
# and symptoms in children are A and B"
_GROUP = (
    r"(?:(?:young|younger|older|most|many|some|affected)\s+)?(?:children|adults|infants|"
    r"babies|newborns|toddlers|teens|teenagers|adolescents|women|men|girls|boys|people|"
    r"patients|the\s+elderly)"
)
_IN_GROUP = rf"(?:\s+in\s+(?P<group>{_GROUP}))?"
# the same group opening the sentence: "In children, symptoms may include A, B and C"
_GROUP_OPENER = re.compile(rf"^\s*(?:but\s+|and\s+)?in\s+(?P<group>{_GROUP})\s*,", re.I)
_BARE = re.compile(
    rf"(?:^(?:{_WHEN}\s*,?\s+)?|[,;:]\s*|\b(?:notice|have|has|experience|develop|see|get)\s+)"
    rf"(?:the\s+)?{_PLAIN}{_SIGNS}{_IN_GROUP}\s*,?\s+(?:(?:may|can|might|often|usually|also)\s+)*"
    # "Then symptoms begin, including A": the verb of their onset before the list
    # "Symptoms usually start gradually, with A and B": the onset verb, then "with" its signs
    rf"(?:{_ONSET}(?:\s+\w+ly)?\s*,\s*(?:(?:often|usually)\s+)?(?:including|such\s+as|like|with)|"
    r"include|includes|such\s+as|like|including)\s+(?P<rest>[^.;:]{3,250})",
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
    rf"{_SIGNS}{_IN_GROUP}\s+(?:are|include)\s+"
    rf"{NO_PREDICATE}(?P<rest>[^.;:]{{3,250}})",
    re.IGNORECASE,
)


# the next sentence says what brings the symptoms on: "These happen because ..."
_CAUSE_FOLLOWS = re.compile(
    r"(?:^|[.!?]\s+)(?:these|they|this|such|those)\b[^.]{0,40}?\b(?:happens?|occurs?|"
    r"(?:is|are)\s+(?:caused|due|brought)|results?|comes?\s+from|stems?\s+from)\b",
    re.IGNORECASE,
)
# a run-in label naming what the unit is about ("Eye damage: ...")
_LABEL = re.compile(r"^\s*(?:-\s*)?[A-Z][^:.;]{2,50}:\s")
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
    m = _BARE.search(sentence) or _COPULA.search(sentence.strip())
    topic = dc.main_disease
    if m is None or topic is None or NEGATION.search(sentence[: m.start("rest")]):
        return []
    if _CAUSE_FOLLOWS.search(sentence[m.end() :]) or _cause_follows(dc, seg):
        return []  # "... These happen because X is disrupted": X's, read by the back reader
    if _labelled(dc, seg):
        return []  # "Eye damage: When vessels burst. Signs include ...": the label's symptoms
    said = sentence[: m.start("rest")]
    if _names_a_condition(dc, said, topic):
        return []  # "Children with X syndrome may have other symptoms such as": X's
    head = dc.heading(seg.main)
    if head is not None and _names_a_condition(dc, head.text, topic):
        return []  # a section about another condition
    # "symptoms like A and B may be seen": the list ends at the sentence's own verb
    members = worded_members(dc, _OWN_VERB.split(m.group("rest"), maxsplit=1)[0])
    return [(_in_group(topic, sentence, m), members, 0.7)] if len(members) >= 2 else []


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
