"""The subject of a target cue that is not simply the drug right before it.

A pronoun ("It binds CD19", "This drug, an antibody, targets T", "The drug brings T cells to
leukemia cells by binding CD19") stands for the drug the sentence before is about (the caller
finds it with :func:`.drug_names.antecedent`). Only a subject right before the cue counts,
after a phrase that sets the scene ("In lung cancer, it blocks ..."), an apposition ("This
drug, a monoclonal antibody, targets ..."), or the drug's own verb and "by" ("works by",
"does this by").

A drug that labels a list item or line ("- Erlotinib: blocks EGFR", "Crizotinib – targets the
ALK protein") is the subject of the cue that opens what follows its colon or dash, its brand
names in brackets allowed; where the dash split the item in two ("Crizotinib" / "targets the
ALK protein."), the part before is the drug's name alone. In "X, not Y, targets T" the drug
set aside between commas is not the subject; the one before it is.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import DRUG
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# "X is changed in the body into substances that bind to DNA": what the drug becomes acts for it;
# "It contains the metal platinum, which binds to DNA": so does what the drug holds
PRODRUG = (
    r"(?:(?:is|are|gets?)\s+(?:converted|changed|turned|broken\s+down|metaboli[sz]ed|activated)"
    r"(?:\s+(?:in|by)\s+the\s+(?:body|liver|cells?))?\s+(?:in)?to\s+(?:an?\s+|its\s+)?"
    r"(?:active\s+)?(?:substances?|compounds?|forms?|chemicals?|molecules?|metabolites?)"
    r"\s+(?:that|which)"
    r"|contains?\s+(?:the\s+(?:metal|element)\s+|an?\s+)?[\w-]+,?\s+(?:which|that))"
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s*and\s+|,\s*but\s+|"
    # "In lung cancer, it blocks ...": a phrase that sets the scene before the subject
    r"^(?:in|for|at|during|after|once|within|inside)\s[^,;:.!?]{1,40}(?:,\s*|\s+(?=it\s|they\s)))"
    r"\s*(?P<p>it|they|both|both drugs|each of (?:these|the|them|the two) (?:drugs|agents|"
    r"medicines|medications|antibodies|inhibitors|therapies)|"
    r"this (?:type of |kind of )?(?:(?!other\b|second\b|first\b|new\b|same\b)[\w-]+\s+){0,3}?"
    r"(?:drug|agent|medicine|medication|antibody|therapy|inhibitor|treatment|blocker)|"
    r"these (?:[\w-]+\s+){0,3}?(?:drugs|agents|medicines|medications|antibodies|inhibitors|"
    r"therapies|blockers)|the (?:(?!other\b|second\b|first\b|new\b|same\b|older\b)[\w-]+\s+){0,2}?"
    r"(?:drug|agent|medicine|medication|antibody))"
    # "This drug, a monoclonal antibody, targets ...": an apposition between subject and verb
    r"(?:,\s*(?:a|an)\s+[^,;:.!?()\[\]]{1,60},)?"
    r"\s+(?:(?:(?:also|both|"
    r"specifically|selectively|directly|then|is|are|works by|work by|acts by|act by|"
    r"(?:does|do|did) (?:this|so) by|" + PRODRUG + r")\s+)*|"
    # "The drug brings T cells close to leukemia cells by binding ...": its own verb, then how
    r"(?:(?:also|then|mainly|directly)\s+)?[a-z]{3,}\b(?:(?!\b(?:which|that|who|whom|while|"
    r"whereas|but)\b)[^;:.!?()\[\]])*\bby\s+)$",
    re.IGNORECASE,
)


def pronoun_before(text: str, body_start: int, cue: int) -> tuple[int, str] | None:
    """A subject pronoun ("it", "they", "this drug") right before the cue: (offset, word)."""
    start = max(body_start, cue - 200)
    window = text[start:cue] if start == body_start else "\x00" + text[start:cue]
    m = _PRONOUN_SUBJECT.search(window)
    if m is None:
        return None
    return start + m.start("p") - (0 if start == body_start else 1), m.group("p").lower()


# "Erlotinib (Tarceva): blocks", "Crizotinib – targets", "Osimertinib - also inhibits"
_LABEL_TO_CUE = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?::|\s[–—-]|[–—])\s*"
    r"(?:(?:also|mainly|specifically|selectively|directly|it|this drug)\s+)*",
    re.IGNORECASE,
)


def label_subject(text: str, body_start: int, before: list[Mention], cue: int) -> Mention | None:
    """The drug that labels the item or line whose cue starts at ``cue``: the one name
    between the start of the item's own text and a colon or dash right before the cue."""
    own = [m for m in before if m.start >= body_start]
    if len(own) != 1 or not own[0].is_kind(*DRUG) or text[body_start : own[0].start].strip(" -*•"):
        return None
    return own[0] if _LABEL_TO_CUE.fullmatch(text, own[0].end, cue) else None


_BARE_LABEL = re.compile(r"\s*(?:[\(\[][^()\[\]]{0,60}[\)\]])?\s*[:–—-]?\s*")


def split_label(dc: DocContext, seg: Segment, cue: int) -> tuple[Mention, Unit] | None:
    """The drug of "Crizotinib – targets T" split at its dash: the cue opens the segment's own
    text and the unit before holds the drug's name alone; with that unit, for the citation."""
    if _LABEL_TO_CUE.sub("", seg.text[seg.body_start : cue], count=1).strip():
        return None
    prev = dc.previous(seg.main)
    if prev is None:
        return None
    pms = dc.mentions(prev)
    if len(pms) != 1 or not pms[0].is_kind(*DRUG) or prev.text[: pms[0].start].strip(" -*•"):
        return None
    return (pms[0], prev) if _BARE_LABEL.fullmatch(prev.text, pms[0].end) else None


_SET_ASIDE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:but\s+)?(?:not|rather than|instead of|unlike)\s+",
    re.IGNORECASE,
)


def set_aside(text: str, ms: list[Mention], i: int, cue: int) -> Mention | None:
    """The name before drug ``ms[i]`` when "X, not Y, <cue>" sets ``ms[i]`` aside (the caller
    checks that it is a drug); None when ``ms[i]`` is not set aside."""
    if (
        i
        and re.match(r"\s*,", text[ms[i].end : cue])
        and _SET_ASIDE.fullmatch(text, ms[i - 1].end, ms[i].start)
    ):
        return ms[i - 1]
    return None
