"""drug_class read across sentences: a class or a pronoun at the start of a sentence takes up
the drugs the sentence before opens with.

* "X or Y may be added. These monoclonal antibodies target CD20.": X and Y are monoclonal
  antibodies; "X. This antibiotic, given at low doses, ...": X is one
  (:func:`anaphoric_class_facts`);
* "X and Y are approved for children. They are TKIs.": what is said of "They" is said of X and
  of Y (:func:`said_of_each`, after :func:`.drug_names.resolve_plural_pronoun`).

"Both", "the two" and "all three" must count the drugs taken up; a negation gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG, antecedent
from trainer.generator.extract.patterns import negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

THESE = re.compile(
    r"(?:^|[.;]\s+)(?:these|both|such|the two|the three|all (?:these|three|two)|this)\s+$"
    r"|^(?:these|both|this)\b",
    re.IGNORECASE,
)
# "Erythromycin. This antibiotic, given at low doses, ...": "this" takes up one drug only
_THIS = re.compile(r"\bthis\s+$", re.IGNORECASE)


# A class named as a course of treatment: "this alkali therapy", "this hormone treatment"
_COURSE_HEAD = re.compile(r"\b(?:therapy|treatment)$", re.IGNORECASE)

# "Both", "the two", "all three": the number of drugs the words take up
_COUNT = re.compile(r"\b(?:both|two|three)\b", re.IGNORECASE)
_COUNTED = {"both": 2, "two": 2, "three": 3}


def anaphoric_class_facts(
    dc: DocContext, seg: Segment, emit: Callable[[Mention, Mention, float], None]
) -> list[ExtractedFact]:
    """ "X or Y may be added. These monoclonal antibodies target CD20.": X and Y are of the
    class that takes them up at the start of the next sentence."""
    for c in seg.mentions:
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG) or not seg.in_body(c):
            continue
        if c.start - seg.body_start > 20 or not THESE.search(seg.text[seg.body_start : c.start]):
            continue
        group, _ = antecedent(dc, seg, c.start)
        opening = seg.text[seg.body_start : c.start]
        count = _COUNT.search(opening)
        if count is not None and len(group) != _COUNTED[count.group().lower()]:
            break  # "X, Y and Z are used. Both are ...": which two?
        if _THIS.search(opening) and (len(group) != 1 or c.surface.lower().endswith("s")) and not (
            group and _COURSE_HEAD.search(c.surface)
        ):
            # "X and Y are used. This antibiotic ...": which one? But "This alkali therapy"
            # takes up the course the drugs were given as, whichever of them it was
            break
        if group and not negated(opening) and not negated(seg.text[c.end : c.end + 40]):
            for d in group:
                emit(d, c, 0.8)
        break
    return []


def said_of_each(
    found: list[ExtractedFact], drugs: list[Mention], first_line: int
) -> list[ExtractedFact]:
    """The facts read with the first of ``drugs`` standing for "They", given to each drug; each
    cites the lines that name the drugs too (from ``first_line``, when it is near)."""
    first = drugs[0].name("drug")
    out = []
    for f in found:
        lo, hi = f.lines
        if f.subject == first and 0 <= lo - first_line <= 6:
            f = replace(f, lines=(first_line, hi))
        out.append(f)
        if f.subject == first:
            out += [replace(f, subject=other.name("drug")) for other in drugs[1:]]
    return out
