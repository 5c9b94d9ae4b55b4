"""risk_factor from a list of causes that does not say whose: "Causes include A, B and C",
"There can be many other causes, including - A - B - C", "The most common cause worldwide is A".

Whose causes they are is told by the sentence before, in the same paragraph: the form of the
page's condition it opens with ("Hypovolemic shock happens when you lose a lot of blood.
Causes include bleeding, ..."), else the page's condition when that sentence names it
("Infections cause most fevers. There can be many other causes, including - Medicines");
a sentence before that names neither gives nothing, nor does a negated or doubted list.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import UNPROVEN, as_factor, list_members
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_causes import is_topic, shared_opening
from trainer.generator.extract.risk_factor_phrases import factor, is_treatment, rejoined

_BARE_CAUSES = re.compile(
    r"^\s*(?:(?:the|other|common|main|possible|known|some)\s+)*causes\s+"
    r"(?:(?:may|can|might|often)\s+)?include\s*:?\s*(?P<c>.+)$"
    r"|^\s*there\s+(?:can|may|are)\s+(?:be\s+)?(?:many\s+|several\s+|a\s+few\s+)?(?:other\s+)?"
    r"causes\s*,?\s+including\s*:?\s*(?P<c2>.+)$"
    # "The most common cause worldwide is A": one cause, ranked, still no one's by its words
    r"|^\s*the\s+(?:most\s+common|main|leading|usual|commonest)\s+cause(?:\s+worldwide|\s+in\s+"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+(?:is|are)\s+(?P<c3>.+)$",
    re.IGNORECASE,
)
# the subject of the sentence before: its words up to the first verb
_SUBJECT = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?P<s>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)\s+(?:happens|"
    r"occurs|is|are|develops|results|starts|begins)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\s*(?:it|they|this|these)\b", re.IGNORECASE)
_GLOSS = re.compile(r",\s+(?:the|a|an)\s+[\w-]+\s+(?:that|which|who)\b.*$", re.IGNORECASE)
_ITEM = re.compile(r"\s+-\s+")


def bare_cause_factors(dc: DocContext, seg: Segment) -> list[tuple[str, str]]:
    """(owner, factor) for each cause a bare list of causes in ``seg`` gives."""
    body = seg.body.strip().rstrip(".")
    if "cause" not in body.lower():
        return []
    m = _BARE_CAUSES.match(body)
    if m is None:
        return []
    group = next((g for g in ("c", "c2", "c3") if m.group(g)), "c")
    # (a negation after the list, "it is not possible to tell why", is not the list's)
    if NEGATION.search(body[: m.start(group)]) or UNPROVEN.search(body):
        return []
    owner = _owner(dc, seg)
    if owner is None:
        return []
    listed = m.group(group) or ""
    if listed.lstrip().startswith("-"):
        parts = [p for p in _ITEM.split(" " + listed) if p.strip()]
    else:  # ("internal or external bleeding": one head shared by both members)
        parts = shared_opening(dc, rejoined(dc, list_members(dc, listed), listed))
    out: list[tuple[str, str]] = []
    for part in _heads_shared(parts):
        part = _GLOSS.sub("", part)  # "Problems with the placenta, the organ that ...": a gloss
        for f in factor(dc, part.strip(" ,")):
            typed = as_factor(dc, f)
            if typed and not is_topic(dc, typed) and not is_treatment(dc, typed):
                out.append((owner, typed))
    return out


def _owner(dc: DocContext, seg: Segment) -> str | None:
    """The form of the topic the sentence before opens with, else the topic it names."""
    topic = dc.main_disease
    before = dc.previous(seg.main)
    if topic is None or before is None or before.para != seg.main.para:
        return None
    if before.kind != "sentence":
        return None
    t = topic.lower().rstrip("s")
    said = before.text.lower()
    if t not in said:
        # "Stillbirths are due to natural causes. They can happen before delivery. Causes
        # include": a pronoun carries the topic one sentence on
        earlier = dc.previous(before)
        if not (_PRONOUN.match(before.text) and earlier is not None
                and earlier.para == before.para and t in earlier.text.lower()):
            return None
        return topic
    subject = _SUBJECT.match(before.text)
    if subject is not None:
        s = " ".join(subject.group("s").lower().split())
        if s.rstrip("s").endswith(t) and s.rstrip("s") != t and len(s.split()) <= 3:
            return s  # "Hypovolemic shock happens when ...": that form's causes
    return topic


_ADJECTIVE = re.compile(r"^[a-z]+(?:al|ic|ous|ive|ary|ed)$", re.IGNORECASE)


def _heads_shared(parts: list[str]) -> list[str]:
    """"internal or external bleeding" split into "internal" and "external bleeding": a lone
    adjective takes the head noun of the member after it."""
    out = []
    for i, p in enumerate(parts):
        nxt = parts[i + 1].split() if i + 1 < len(parts) else []
        if _ADJECTIVE.match(p.strip()) and len(nxt) >= 2:
            p = f"{p.strip()} {' '.join(nxt[1:])}"
        out.append(p)
    return out
