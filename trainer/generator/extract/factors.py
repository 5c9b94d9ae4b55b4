"""What the risk_factor and prognostic_factor readers share: which segments are worth reading,
how a list of factors is split into its members, and the clause before a cue.

* :func:`worth_reading`: a list item under a lead-in, or a sentence with a word either reader
  looks for ("risk", "prognosis", "outlook", "depends", ...);
* :func:`list_members`: "A, B and C"; "A and B" / "A or B" is split unless it is one name
  ("nausea and vomiting") or one factor named two ways ("race or ethnicity");
* :func:`clause_before`, ``REPORTING``: the clause a cue ends, without a reporting lead-in
  ("Studies have shown that ...");
* :func:`is_disease`: whether a whole phrase is a disease name.
"""

from __future__ import annotations

import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import split_list

REPORTING = re.compile(
    r"^(?:(?:also|in addition|additionally|moreover|furthermore|however|for example|"
    r"for instance|(?:in|among|for|with|"
    r"in patients with)\s+[^,]{1,40},)\s*,?\s+)*(?:(?:recent\s+)?(?:studies|research|"
    r"researchers|evidence|data)\s+"
    r"(?:have\s+|has\s+)?(?:found|shown|show|shows|suggest|suggests|indicate|indicates)\s+"
    r"(?:that\s+)?)?",
    re.IGNORECASE,
)


_WORTH_READING = re.compile(
    r"risk|chance|prognos|outlook|outcome|depend|likely|lead|factor|role|predict|feature|adverse|"
    r"favou?rable|better|worse|worst|best|survival|common|causes",
    re.IGNORECASE,
)


def worth_reading(seg: Segment) -> bool:
    """Whether a segment may state a risk or prognostic factor."""
    return seg.lead is not None or bool(_WORTH_READING.search(seg.text))


def list_members(dc: DocContext, text: str) -> list[str]:
    """List members; "A and B" / "A or B" is split unless it is one name ("nausea and vomiting")."""
    out: list[str] = []
    members = _semicolon_members(text) if _SEMICOLON.search(text) else split_list(text)
    # "in infants and in older adults"
    members = [p for m in members for p in re.split(r"\s+(?:and|or)\s+(?=(?:in|among)\s)", m)]
    for member in members:
        parts = [p for p in re.split(r"\s+(?:and|or)\s+", member) if p.strip()]
        # "race or ethnicity" is one factor named two ways; "A or B" splits only when both
        # are names
        either = (
            re.search(r"\s+or\s+", member)
            and all(len(p.split()) == 1 for p in parts)
            and not all(dc.lexicon.lookup(phrases.strip_filler(p)) for p in parts)
        )
        if len(parts) > 1 and not either and not dc.lexicon.lookup(member) and _separable(
            dc, parts
        ):
            out += parts
        else:
            out.append(member)
    return out


# "sleep problems, especially sleep apnea": an aside that narrows the member before it
_ASIDE = re.compile(r",\s*(?:especially|particularly|mainly|mostly|such as|including)\b.*$", re.I)


_SEMICOLON = re.compile(r";(?![^()]*\))")  # not the ";" of "t(4;11)"


def _semicolon_members(text: str) -> list[str]:
    """ "ethnicity; certain diseases; sleep problems, especially sleep apnea; and smoking": the
    semicolons divide the members, so the commas inside one stay."""
    parts = [
        re.sub(r"^\s*(?:and|or)\s+", "", _ASIDE.sub("", p)).strip()
        for p in _SEMICOLON.split(text)
    ]
    return [p for p in parts if p]


def _separable(dc: DocContext, parts: list[str]) -> bool:
    """ "benzene and previous chemotherapy" splits; "chemotherapy or radiation for other
    cancers" does not (the phrase at the end belongs to both)."""
    if all(dc.lexicon.lookup(phrases.strip_filler(p)) for p in parts):
        return True
    if re.search(r"\bbetween\s+\S+$", parts[0], re.IGNORECASE):
        return False  # "age between 1 and 10 years" is one member
    if all(_starts_with_name(dc, p) for p in parts):
        return True  # "the IKZF1 deletion and the Ph-like gene expression profile"
    return all(len(p.split()) <= 3 for p in parts) and not re.search(
        r"\b(?:for|in|of|with|to|from|during|after|before|at)\b", parts[-1], re.IGNORECASE
    )


def _starts_with_name(dc: DocContext, text: str) -> bool:
    t = re.sub(r"^\s*(?:the|a|an)\s+", "", text, flags=re.IGNORECASE).strip()
    ms = dc.find(t)
    return bool(ms) and ms[0].start == 0 and ms[0].is_kind("target", "marker")


def is_disease(dc: DocContext, text: str) -> bool:
    """Whether the whole phrase is a disease name."""
    t = text.strip()
    ms = dc.find(t)
    return (
        len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(t) and dc.disease_in(ms) is not None
    )


def clause_before(text: str, pos: int) -> str:
    head = text[:pos]
    cut = max(head.rfind(". "), head.rfind("; "), head.rfind(": "))
    return head[cut + 2 :] if cut >= 0 else head
