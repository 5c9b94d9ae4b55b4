"""Risk factors told by the group of people more likely to get a condition.

"Women are more likely to develop gallstones than men" -> "female sex" (and "Men are at
higher risk for X than women" -> "male sex"); "People over age 40
are more likely to get X" -> "age over 40"; "People with diabetes are more likely to get X" ->
"diabetes"; "Obese people are more likely to form stones" -> "obese". Only groups more likely
to get the condition whose risk the text speaks of count: "These women are more likely to have
X" points back to a group the sentence before defined and gives nothing, nor does a group more
likely to get some other condition, a negated or a hedged sentence. ``GROUP_AT_RISK`` finds
a group said to have a higher risk ("Children with A have a higher risk, as do B"; "People who
smoke have a higher risk", whose habit :func:`.risk_clauses.who_habit` words).
"""

from __future__ import annotations

import re

# a group: up to three words before the noun ("Overweight and obese people"), then an age
# bound or what the group has ("with diabetes", "who have had a stroke")
_GROUP_MORE_LIKELY = re.compile(
    r"(?:^|[.;:]\s+|\s-\s+|,\s*(?:but|and)\s+)(?:(?:therefore|thus|also|overall|in general),\s*)?"
    r"(?P<g>(?P<pre>(?:[A-Za-z-]+\s+){0,3}?)(?P<n>people|persons|individuals|adults|children|"
    r"women|men|boys|girls|males|females)"
    r"(?P<post>\s+(?:(?:over|older than|younger than|under|above)\s+(?:the\s+)?"
    r"(?:age\s+(?:of\s+)?)?\d+(?:\s+years)?|"
    r"aged?\s+\d+\s*(?:to|-|or older|and older|and up)?\s*\d*(?:\s+years)?|"
    r"(?:with|who have|who had|who have had)\s+[^,.;]{2,80}?))?)"
    r"\s+(?:are|were)\s+(?:(?:much|also|far|even|slightly)\s+)?(?:more\s+likely\s+(?:than\s+"
    r"[^,.;]{2,30}?\s+)?to\s+(?:get|develop|have|form|be diagnosed with)|"
    # "Men are at slightly higher risk for X than women"
    r"at\s+(?:an?\s+)?(?:(?:much|slightly|somewhat)\s+)?(?:higher|greater|increased)\s+risk\s+"
    r"(?:for|of)(?:\s+(?:getting|developing|having))?)\s+(?P<y>[^,.;]{2,50}?)"
    r"(?:\s+than\s+[^,.;]{2,40}?)?\s*(?=[.,;]|$)",
    re.IGNORECASE,
)
_SEX = {"women": "female", "girls": "female", "females": "female",
        "men": "male", "boys": "male", "males": "male"}
# Words before the group noun that make it a reference back, a quantity or a hedge, not a trait
_NOT_A_TRAIT = re.compile(
    r"\b(?:these|those|such|this|the|some|many|most|all|other|certain|young|older|younger|"
    r"and|or)\b",
    re.IGNORECASE,
)
_HEDGE_OR_NOT = re.compile(r"\b(?:not|no|never|may|might|could|possibly|probably)\b", re.I)


def more_likely_groups(text: str, topic_words: tuple[str, ...]) -> list[str]:
    """Factor phrases of the groups ``text`` says are more likely to get the condition whose
    name holds one of ``topic_words`` (lower case, e.g. ("gallstone",)); the phrases are read
    further by the caller's factor wording."""
    low = text.lower()
    if "more likely" not in low and "risk" not in low:
        return []  # a cheap test first: most sentences say nothing of the kind
    out: list[str] = []
    for m in _GROUP_MORE_LIKELY.finditer(text):
        said = m.group("y").lower()
        if not any(w in said for w in topic_words) or _HEDGE_OR_NOT.search(m.group(0)):
            continue
        pre = m.group("pre").strip()
        post = (m.group("post") or "").strip()
        noun = m.group("n").lower()
        if pre and _NOT_A_TRAIT.search(pre) and not re.fullmatch(
            r"[A-Za-z-]+\s+(?:and|or)\s+[A-Za-z-]+", pre
        ):
            continue  # "These women", "Many people": no trait named
        if noun in _SEX and not pre and not post:
            out.append(f"{_SEX[noun]} sex")
        elif post and not pre and re.search(rf"\b{noun}\b|\b(?:men|women)\b", post, re.I):
            # "men who have sex with men": what they have is named by the group again, so it
            # is no factor alone: the whole group is, its relative clause kept
            out.append(f"{noun} {post}")
        elif post and re.match(r"(?:with|who)\b", post, re.IGNORECASE) and not pre:
            out.append(re.sub(r"^(?:with|who have had|who have|who had)\s+", "", post, flags=re.I))
        elif post and not pre:
            age = re.sub(r"\s+years$", "", post, flags=re.IGNORECASE)
            age = re.sub(r"\b(?:the\s+)?age\s+(?:of\s+)?", "", age, flags=re.IGNORECASE)
            out.append(f"age {age.strip()}")
        elif pre and not post:
            # "Overweight and obese people": each trait before the noun
            out += [w.lower() for w in re.split(r"\s+(?:and|or)\s+", pre) if w]
    return out


# "Children with Down syndrome have a higher risk, as do children exposed to radiation"
GROUP_AT_RISK = re.compile(
    r"\b(?:people|persons|individuals|children|kids|patients|adults|workers|men|women|those|"
    r"anyone|someone)\s+(?:with\s+|who have\s+|who had\s+)?"
    r"(?P<x>(?:exposed to\s+)?[^,.;]{2,60}?)\s+"
    r"(?:(?:do|does|also|may|can|often)\s+)*(?:have|has|are|is|carry)\s+"
    r"(?:an?\s+)?(?:(?:much|slightly|somewhat)\s+)?(?:higher|increased|greater|raised|elevated)"
    r"\s+risk\b(?:[^,.;]{0,40},\s*as\s+do\s+(?:people|children|kids|patients|adults|those)\s+"
    r"(?:with\s+|who have\s+|who had\s+)?(?P<y>(?:exposed to\s+)?[^,.;]{2,60}))?",
    re.IGNORECASE,
)
