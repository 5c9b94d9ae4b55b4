"""risk_factor from the complications the page's own condition leads to: the complication is
the subject, the topic its factor ("Bronchiectasis can lead to heart failure" -> heart failure,
factor bronchiectasis).

Read from
  * "X (can) lead(s) to / cause(s) / result(s) in A, B, and C" (X the topic, the whole subject),
    "Having X increases your risk for A";
  * "X can lead to (serious) health problems / complications, such as A and B";
  * "People who have X are at higher / increased risk for A and B", "If you have X, you are at
    higher risk for A".
A member counts as a complication when the lexicon names it a disease, a complication, an
infection or a syndrome, or when the sentence itself calls the members complications or health
problems ("complications, such as"); a symptom or sign ("can cause pain and swelling"), or a
function the condition hampers ("problems, including difficulty chewing and swallowing"), is left
to the symptom readers. A negated or doubted sentence gives nothing, and a treatment's words
never name the topic.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import UNPROVEN, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK, drop_parens
from trainer.generator.extract.risk_bare_causes import bare_cause_factors
from trainer.generator.extract.risk_causes import cause_factors, is_topic
from trainer.generator.extract.risk_group_at_risk import group_factors
from trainer.generator.extract.risk_history import history_factors
from trainer.generator.extract.risk_linked import linked_factors
from trainer.generator.extract.risk_organisms import organism_factors
from trainer.generator.extract.risk_passive import passive_risk_factors
from trainer.generator.extract.risk_shape import shaped_fact
from trainer.generator.facts import ExtractedFact

_ADV = r"(?:(?:can|may|might|could|often|also|eventually|sometimes|usually|later|in\s+turn)\s+)*"
# "X can lead to (serious health problems, such as) A, B and C"
_LEADS = re.compile(
    rf"^(?:having\s+)?(?P<s>[^,;:]{{2,60}}?)\s+{_ADV}(?:lead(?:s)?\s+to|cause[sd]?|result(?:s)?\s+in|"
    r"(?P<risk>(?:raises?|increases?)\s+(?:the|your|a person's)\s+(?:risk|chances?)\s+(?:of|for)"
    r"(?:\s+(?:getting|developing|having))?))\s+(?P<o>.+)$",
    re.IGNORECASE,
)
# "People who have X are at higher risk for A", "If you have X, you're at increased risk for A"
_HOLDERS = re.compile(
    r"^(?:(?:people|persons|patients|children|adults|those|anyone|someone)\s+(?:who\s+(?:have|had|"
    r"has)|with)\s+(?P<s>[^,;:]{2,60}?)\s+(?:(?:are|is|may be|also are|are also)\s+)|"
    r"if\s+you\s+have\s+(?P<s2>[^,;:]{2,60}?),\s*you(?:'re|\u2019re|\s+are)\s+)"
    r"(?:(?:also|often)\s+)?at\s+(?:an?\s+)?(?:(?:much|slightly)\s+)?(?:increased|higher|greater|"
    r"high)\s+risk\s+(?:for|of)\s+(?:(?:developing|getting|having)\s+)?(?P<o>.+)$",
    re.IGNORECASE,
)
# the members are called complications by the sentence itself
_CALLED = re.compile(
    r"^(?:(?:other|serious|severe|several|many|some|possible|long-term|life-threatening)\s+)*"
    r"(?:health\s+problems|complications|conditions|diseases|problems)\s*,?\s*(?:such\s+as|like|"
    r"including)\s+",
    re.IGNORECASE,
)
_KINDS = ("disease", "complication", "infection", "syndrome", "subtype")
_DOUBT = re.compile(r"\b(?:believe\w*|think|suspect\w*|suggest\w*|possibl\w+|unclear|whether)\b",
                    re.IGNORECASE)
_OBJECT_END = re.compile(
    r",\s*(?:which|who|but|as|so|although|though|while|especially|even)\b|\s+(?:because|which|"
    r"when|where|if|unless|even)\b|:|"
    # "the risk of stroke by 4 times": how much the risk rises, not part of the name
    r"\s+by\s+(?:about\s+|up\s+to\s+|nearly\s+|almost\s+|as\s+much\s+as\s+)?(?:\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|half)\b",
    re.IGNORECASE,
)
# A function the condition hampers, named by its activity ("chewing", "difficulty swallowing",
# "trouble sleeping"): a symptom-like trouble, never a condition that can have risk factors
_FUNCTION = re.compile(
    r"^(?:(?:difficulty|difficulties|trouble|problems?|pain)\s+(?:with\s+|in\s+)?)?[a-z]+ing$",
    re.IGNORECASE,
)


_GROUP_DRAFT = "uncertain: a complication read from a group said to be at higher risk"


def topic_causes_and_complications(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The risk facts of the topic's causes (:mod:`.risk_causes`), the organisms it is caught
    from (:mod:`.risk_organisms`) and its complications."""
    out = [shaped_fact(dc, seg, d, f, 0.75) for d, f in cause_factors(dc, seg.body)]
    # "X is caused by the bacterium Borrelia burgdorferi" (:mod:`.risk_organisms`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in organism_factors(dc, seg.body)]
    # "X can also result from diseases such as A and B" (:mod:`.risk_linked`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in linked_factors(dc, seg.body)]
    # "Information such as recent tick bites can help make the diagnosis" (:mod:`.risk_history`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in history_factors(dc, seg.body)]
    # "The risk of X is higher in people who have A" (:mod:`.risk_passive`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in passive_risk_factors(dc, seg.body)]
    # "Causes include A and B" after a sentence on the topic (:mod:`.risk_bare_causes`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in bare_cause_factors(dc, seg)]
    # "Slaughterhouse workers are at risk of X" (:mod:`.risk_group_at_risk`)
    out += [shaped_fact(dc, seg, d, f, 0.75) for d, f in group_factors(dc, seg.body)]
    for d, f, sure in complication_pairs(dc, seg.body):
        out.append(
            shaped_fact(dc, seg, d, f, 0.75) if sure
            else dc.fact(seg, Relation.RISK_FACTOR, d, f, 0.45, flags=(_GROUP_DRAFT,))
        )
    return out


def complication_pairs(dc: DocContext, body: str) -> list[tuple[str, str, bool]]:
    """(complication, topic, sure) for each complication of the page's topic ``body`` states;
    ``sure`` is False for a group said to be at higher risk, a reading whose measured precision
    on the tuning pages is too low for a card (keys often leave such risks out): a draft."""
    topic = dc.main_disease
    low = body.lower()
    if topic is None or not any(w in low for w in ("lead", "cause", "result", "risk")):
        return []
    out: list[tuple[str, str, bool]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = sentence.strip().rstrip(".")
        led = _LEADS.match(s)
        m = led or _HOLDERS.match(s)
        if m is None:
            continue
        subject = m.group("s") or (m.groupdict().get("s2") or "")
        if not is_topic(dc, subject):
            continue
        obj = m.group("o")
        cut = _OBJECT_END.search(obj)
        obj = drop_parens(obj[: cut.start()] if cut else obj)
        # a negation anywhere in the sentence gives nothing; a hedge only in the clause that
        # states the complication ("..., so your doctor may suggest a test" is advice)
        said = s[: m.start("o")] + obj
        if NEGATION.search(s) or UNPROVEN.search(s) or _DOUBT.search(said):
            continue
        called = _CALLED.match(obj)
        if called:
            obj = obj[called.end() :]
        # ("the risk of A": the structure makes A a condition)
        named = called is not None or bool(led and led.group("risk"))
        for member in list_members(dc, obj.strip(" ,")):
            name = _complication(dc, member, named_by_text=named)
            if name is not None and not is_topic(dc, name):
                out.append((name, topic, led is not None))
    return out


def _complication(dc: DocContext, member: str, *, named_by_text: bool) -> str | None:
    """A member as a complication's name: the lexicon's name when it knows one of a
    complication's kinds; else, when the sentence calls its members complications, the words
    as written (a short noun phrase, no clause)."""
    t = re.sub(r"^(?:an?|the|other|some)\s+", "", member.strip(" ,.;"), flags=re.IGNORECASE)
    if not t:
        return None
    ms = dc.find(t)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(t):
        h = ms[0].hit("condition")
        if h is not None and h.type in _KINDS:
            return h.name
        if h is not None:
            return None  # a sign or symptom the lexicon knows: not a complication
    if not named_by_text or len(t.split()) > 4 or not re.fullmatch(r"[A-Za-z][\w\s'’-]*", t):
        return None
    if _FUNCTION.match(t):
        return None  # "problems, including difficulty tasting, chewing": a function it hampers
    if re.search(r"\b(?:is|are|was|were|be|can|may|will|that|which|who)\b", t, re.IGNORECASE):
        return None
    return t.lower() if not re.search(r"[A-Z]{2}", t) else t
