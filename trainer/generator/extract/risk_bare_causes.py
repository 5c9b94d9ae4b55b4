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
from trainer.generator.extract.risk_causes import DOUBT, is_topic, shared_opening
from trainer.generator.extract.risk_factor_phrases import factor, is_treatment, rejoined
from trainer.generator.extract.risk_group_at_risk import group_members

_BARE_CAUSES = re.compile(
    r"^\s*(?:(?:the|other|common|main|possible|known|some)\s+)*causes\s+"
    r"(?:(?:may|can|might|often)\s+)?include\s*:?\s*(?P<c>.+)$"
    r"|^\s*there\s+(?:can|may|are)\s+(?:be\s+)?(?:many\s+|several\s+|a\s+few\s+)?(?:other\s+)?"
    r"causes\s*,?\s+including\s*:?\s*(?P<c2>.+)$"
    # "The most common cause worldwide is A": one cause, ranked, still no one's by its words
    r"|^\s*the\s+(?:most\s+common|main|leading|usual|commonest)\s+cause(?:\s+worldwide|\s+in\s+"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+(?:is|are)\s+(?P<c3>.+)$"
    # "Other causes are A and B" after a sentence on the topic's causes
    r"|^\s*other\s+causes\s+are\s+(?P<c4>.+)$"
    # "Group A strep bacteria are the most common cause" (of what the sentence before names)
    r"|^\s*(?P<c5>[^,;:]{3,80}?)\s+(?:is|are)\s+the\s+(?:most\s+common|main|leading|usual)\s+"
    r"causes?$",
    re.IGNORECASE,
)
# the subject of the sentence before: its words up to the first verb
_SUBJECT = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?P<s>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)\s+(?:happens|"
    r"occurs|is|are|develops|results|starts|begins)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\s*(?:it|they|this|these)\b", re.IGNORECASE)
_GLOSS = re.compile(r",\s+(?:(?:the|a|an)\s+[\w-]+\s+)?(?:that|which|who)\b.*$", re.IGNORECASE)
_ITEM = re.compile(r"\s+-\s+")


# "Exercising too much for your age are also factors": what the sentence before began
_ALSO_FACTORS = re.compile(
    r"^\s*(?P<c>[^;:]{3,120}?)\s+(?:is|are)\s+also\s+(?:(?:risk|contributing)\s+)?factors?$",
    re.IGNORECASE,
)
# "Older adults, young children and those who are sick are most at risk": of the condition the
# paragraph is about
_MOST_AT_RISK = re.compile(
    r"^\s*(?P<g>[^;:]{3,160}?)\s+(?:are|is)\s+(?:(?:the\s+)?most\s+at\s+risk|at\s+(?:the\s+)?"
    r"(?:highest|greatest|most)\s+risk)$",
    re.IGNORECASE,
)


def bare_cause_factors(dc: DocContext, seg: Segment) -> list[tuple[str, str]]:
    """(owner, factor) for each cause a bare list of causes in ``seg`` gives."""
    body = seg.body.strip().rstrip(".")
    low = body.lower()
    if "factor" in low or "risk" in low:
        return _bare_factors(dc, seg, body)
    if "cause" not in low:
        return []
    m = _BARE_CAUSES.match(body)
    if m is None:
        return []
    group = next((g for g in ("c", "c2", "c3", "c4", "c5") if m.group(g)), "c")
    # (a negation after the list, "it is not possible to tell why", is not the list's)
    if NEGATION.search(body[: m.start(group)]) or UNPROVEN.search(body) or DOUBT.search(body):
        # ("Many think a diet low in fiber is the main cause": a belief, no cause stated)
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


def _bare_factors(dc: DocContext, seg: Segment, body: str) -> list[tuple[str, str]]:
    """(owner, factor) of "A are also factors" and "A, B and C are most at risk", owned as a
    bare list of causes is."""
    if NEGATION.search(body) or UNPROVEN.search(body):
        return []
    also, most = _ALSO_FACTORS.match(body), _MOST_AT_RISK.match(body)
    if also is None and most is None:
        return []
    owner = _owner(dc, seg)
    if owner is None:
        return []
    if most is not None:
        return [(owner, typed) for typed in group_members(dc, most.group("g"))]
    assert also is not None
    out = []
    said = also.group("c")
    # ("Exercising too much for your age and physical condition": one doing, its "and" inside)
    parts = [said] if re.match(r"[A-Za-z]+ing\b", said) else list_members(dc, said)
    for part in parts:
        for f in factor(dc, part.strip(" ,")):
            typed = as_factor(dc, f)
            if typed and not is_topic(dc, typed) and not is_treatment(dc, typed):
                out.append((owner, typed))
    return out


def _owner(dc: DocContext, seg: Segment, *, depth: int = 0) -> str | None:
    """The form of the topic the sentence before opens with, else the topic it names; a
    sentence before that is itself a bare list of causes or factors passes its owner on."""
    topic = dc.main_disease
    before = dc.previous(seg.main)
    if topic is None or before is None or before.para != seg.main.para:
        return None
    said_before = before.text.strip().rstrip(".")
    if depth < 2 and before.kind == "sentence" and (
        _BARE_CAUSES.match(said_before) or _ALSO_FACTORS.match(said_before)
        or _MOST_AT_RISK.match(said_before)
    ) and topic.lower().rstrip("s") not in said_before.lower():
        return _owner(dc, dc.segment_of(before), depth=depth + 1)
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
