"""symptom_cause from a sentence whose signs have no owner of their own, in a paragraph about the
page's condition: "X is a disorder of the connective tissue. ... Other common features include A,
B and C." names X's signs, though the sentence never names X.

A writer names the condition once, as the subject of the paragraph's first sentence, and then
speaks of "the signs", "other features", "symptoms" without repeating it; a reader takes them as
the paragraph's condition's. The reading asks for the structure, not a phrasing:

* the sentence's subject is a bare sign noun ("signs and symptoms", "features", "findings"),
  with no "of ..." naming an owner, followed by "include" or "are" and an inline list;
* the paragraph's first sentence names the page's condition, and no sentence of the paragraph
  up to this one names another condition (the signs would then be that one's);
* the members are read as the "features of X include" lists are (:func:`.inline_members`):
  every one must read as a symptom, so a predicate ("are mild", "vary widely") is never taken
  for a list.

"These features include A, B and C" points back to the sentence before it, not to the
paragraph: that sentence, in the same paragraph, must name the page's condition and the same
kind of sign ("Most people with X have characteristic features."); other conditions named
earlier in the paragraph (often the condition's own features) do not matter then.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION, drop_parens, lower_first
from trainer.generator.extract.symptom_members import inline_members
from trainer.generator.extract.symptom_owners import other_known_condition
from trainer.generator.extract.symptom_shapes import symptom_shaped
from trainer.generator.extract.topic_qualified import starts_with_topic
from trainer.generator.text import Unit

_WHICH = (
    r"(?:the|other|additional|further|common|more|most|less|early|initial|first|later|late|"
    r"main|typical|usual|primary|major|key|classic|characteristic|frequent|rare|uncommon|"
    r"physical|clinical|also)"
)
_BARE_SIGNS = re.compile(
    rf"^\s*(?:{_WHICH}\s+|,\s*)*(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|"
    r"signs?|features?|findings?)\s+"
    r"(?:(?:may|can|might|often|usually|commonly|typically|sometimes)\s+)?(?:also\s+)?"
    r"(?:include|includes|are)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Behavioral problems are common, including temper outbursts and stubbornness": a kind of
# sign said to be common, then its examples
# a kind of sign named by a vague noun and up to two words before it ("behavioral problems")
_KINDS = r"(?:[\w-]+\s+){0,2}?(?:problems|abnormalities|difficulties|changes|features|issues"
_COMMON_INCLUDING = re.compile(
    rf"^\s*(?P<kind>{_KINDS}|signs|symptoms))\s+(?:are|is)\s+(?:(?:also|very|quite)\s+)?"
    r"(?:common|frequent|typical)\s*(?:,\s*(?:including|such\s+as)\s+(?P<rest>\S.*))?\.?\s*$",
    re.IGNORECASE,
)
# "Hyperactivity, a short attention span, and a fascination with water are common": a list of
# signs said to be common, with no owner of their own
# (the list's shape, a comma and a last "and"/"or" member, is checked apart: one pattern for
# both would backtrack without end on a long sentence)
_LIST_COMMON = re.compile(
    r"^\s*(?P<list>[^;:]+?)\s+are\s+(?:also\s+|very\s+|quite\s+)?(?:common|frequent|typical)"
    r"\.?\s*$",
    re.IGNORECASE,
)
_SERIES = re.compile(r",[^,]*,?\s+(?:and|or)\s+[^,]+$", re.IGNORECASE)
# "Signs and symptoms may be debilitating ... They may include A, B, and C": the bare signs of
# the sentence before, the paragraph's condition's
_THEY_INCLUDE = re.compile(
    r"^\s*they\s+(?:(?:may|can|often|usually|commonly|typically)\s+)?(?:also\s+)?include\s+"
    r"(?P<rest>[^-\s].*)$",
    re.IGNORECASE,
)
_BARE_SIGNS_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?|"
    r"features?)\s+(?!of\b)",
    re.IGNORECASE,
)
# "Sleep abnormalities can also occur.": a kind of sign said to occur, nothing more ("Symptoms
# can occur" names no kind)
_OCCUR = re.compile(
    rf"^\s*(?P<kind>{_KINDS}))\s+(?:(?:can|may|often|also|commonly|sometimes)\s+)*"
    r"(?:occur|develop)\.?\s*$",
    re.IGNORECASE,
)
_BACK = 30  # sentences of one paragraph looked back at
# "..., and in males, enlarged testicles": who the next member is seen in, no part of it
_WHO_ASIDE = re.compile(
    r",?\s+(and\s+|or\s+)?(?:in|among)\s+(?:males|females|men|women|boys|girls|adults|"
    r"children|infants)\s*,\s+",
    re.IGNORECASE,
)
_THESE = re.compile(
    r"^\s*these\s+(?:\w+\s+)?(?P<noun>features?|signs?|symptoms?|findings?|characteristics?)\s+"
    r"(?:(?:may|can|often|usually|commonly|typically|also)\s+)*(?:include|includes|are)\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def topic_paragraph_pairs(dc: DocContext, seg: Segment) -> list[tuple[str, list[str], float]]:
    """(topic, signs, confidence) of an owner-less "Other features include A, B and C." in a
    paragraph about the page's condition."""
    u = seg.main
    if u.kind != "sentence":
        return []
    body = seg.body.strip()
    topic = dc.main_disease
    these = _THESE.match(body)
    they = _THEY_INCLUDE.match(body)
    if they is not None and topic is not None and not NEGATION.search(body):
        before = dc.previous(u)
        if before is None or before.para != u.para or not _BARE_SIGNS_SUBJECT.match(before.text):
            return []
        if not _opens_on_topic(dc, u, topic):
            return []
        said = re.sub(r",?\s*and\s+other\s+(?:signs|symptoms|features)\.?$", "",
                      they.group("rest").rstrip(" ."))
        named = [s for s in inline_members(dc, said) if s.lower() != topic.lower()]
        return [(topic, named, 0.7)] if named else []
    listed = _LIST_COMMON.match(body) if body.rstrip(" .").lower().endswith(
        ("common", "frequent", "typical")
    ) else None
    if listed is not None and not _SERIES.search(listed.group("list")):
        listed = None
    if listed is not None and topic is not None and not NEGATION.search(body):
        if not _paragraph_of(dc, u, topic):
            return []
        members = inline_members(dc, listed.group("list"))
        named = [x for x in members if x.lower() != topic.lower()]
        return [(topic, named, 0.7)] if len(named) >= 2 else []
    common = _COMMON_INCLUDING.match(body) or _OCCUR.match(body)
    m = these or _BARE_SIGNS.match(body) or common
    if m is None or NEGATION.search(body) or topic is None:
        return []
    if (m.groupdict().get("rest") or "").startswith("-"):
        return []  # "Symptoms include - A - B": a list whose line breaks were lost, read as one
    if common is not None:
        # "Behavioral problems are common, including A and B": the kind is a sign too
        if not _paragraph_of(dc, u, topic) or not symptom_shaped(dc.lexicon, common.group("kind")):
            return []
        rest = common.groupdict().get("rest")
        # ("compulsive behavior such as picking at the skin": the example is no sign of its own)
        rest = re.sub(r"\s+(?:such\s+as|like)\s+[^,;]*$", "", rest.rstrip(" .")) if rest else None
        named = [lower_first(common.group("kind")), *(inline_members(dc, rest) if rest else [])]
        return [(topic, [s for s in named if s.lower() != topic.lower()], 0.7)]
    if these is not None:
        if not _pointed_back(dc, u, topic, these.group("noun")):
            return []
    elif not _paragraph_of(dc, u, topic):
        return []
    rest = _WHO_ASIDE.sub(lambda a: f", {a.group(1) or ''}", m.group("rest"))
    named = [s for s in inline_members(dc, rest) if s.lower() != topic.lower()]
    return [(topic, named, 0.7)] if named else []


def _pointed_back(dc: DocContext, u: Unit, topic: str, noun: str) -> bool:
    """Whether the sentence before ``u``, in its paragraph, names ``topic`` and ``noun``'s kind
    of sign ("... with X have characteristic physical features")."""
    before = dc.previous(u)
    if before is None or before.para != u.para or before.kind != "sentence":
        return False
    text = before.text.lower()
    stem = noun.lower().rstrip("s")
    return topic.lower() in text and re.search(rf"\b{stem}s?\b", text) is not None


def _opens_on_topic(dc: DocContext, u: Unit, topic: str) -> bool:
    """Whether the paragraph of ``u`` opens with a sentence whose subject is ``topic`` ("X is a
    syndrome observed in some patients with cirrhosis"): the signs its bare sign nouns speak
    of are X's, whatever conditions that sentence names after it."""
    k = u.index - 1
    first = None
    while k >= 0 and dc.units[k].para == u.para and dc.units[k].kind == "sentence":
        first = dc.units[k]
        k -= 1
    return first is not None and starts_with_topic(first.text.strip().lower(), topic)


def _paragraph_of(dc: DocContext, u: Unit, topic: str) -> bool:
    """Whether ``u`` stands in a paragraph that opens by naming ``topic`` and names no other
    condition before ``u``."""
    k = u.index - 1
    earlier: list[Unit] = []
    while k >= 0 and len(earlier) < _BACK and dc.units[k].para == u.para and (
        dc.units[k].kind == "sentence"
    ):
        earlier.append(dc.units[k])
        k -= 1
    if not earlier:
        return False  # the sentence opens its paragraph: nothing before names the condition
    first = earlier[-1]
    # ("Diabetes means ..." opening the paragraph of a page on type 1 diabetes: its disease)
    parent = dc._parent(topic)
    if not any(n and n.lower() in first.text.lower() for n in (topic, parent)):
        return False
    # (a general noun such as "a disorder of the connective tissue" names no other condition)
    # (a name in brackets after a sign, "seizures (epilepsy)", names that sign, no other subject)
    return not any(other_known_condition(dc, drop_parens(e.text), topic) for e in earlier)
