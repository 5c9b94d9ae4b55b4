"""How far each reading path of :mod:`.markers` is trusted: calibrated marker confidence.

Every marker fact records the path that read it (``ExtractedFact.origin``, e.g.
``"marker:lead_tests"`` or ``"marker:cue:measur"`` for "M measures X"; an internal tag, never
shown). Each path's precision was measured on the whole tuning half (the scorer's right/wrong
split) and on the three audit pools (each fact's lines read by hand). A path measured below
:data:`TRUSTED` gives its facts a confidence below the card threshold, with a flag saying why,
so they reach the instructor's fact review as drafts instead of cards; unless a general check
lifts a particular fact: the test is a lexicon test, imaging study or procedure, and the
object is a condition or finding the lexicon names (whole, or after a purpose noun such as
"diagnosis of"), so the reading cannot have taken a stray phrase for the finding.

Measured precision per path (tune found/wrong; pools found/wrong; pooled precision); the tune
column of cue:show, cue:used, definition and use_to was measured again once the fourth read half
joined the tuning half. (*) Two of cue:used's three wrong there are wording, not reading: "done
to diagnose the specific type of leukemia" read as "diagnosis of type of leukemia", which the
key words with "the specific"; read by hand they are right (pooled 26 of 27), so the path stays
trusted (held as drafts, it also lost right cards such as "check for cancer in the sentinel
lymph node"):

=====================  ==========  ==========  =========
path                   tune        pools       precision
=====================  ==========  ==========  =========
cue:help               17 / 0      11 / 1      0.96
cue:show               18 / 2      18 / 1      0.92
cue:used               14 / 3      13 / 0      0.96 *
definition              8 / 0      38 / 0      1.00
key                     1 / 0      11 / 0      1.00
lead_purpose            8 / 0       0 / 0      1.00
use_to                  8 / 0       1 / 0      1.00
test_used_to            2 / 0       4 / 0      1.00
cue:other               3 / 0       4 / 0      1.00
section                 0 / 0       5 / 0      1.00
lead_tests              9 / 3       8 / 0      0.82
cue:detect              8 / 2       2 / 0      0.80
cue:determin            5 / 1       0 / 0      0.80
cue:measur              5 / 3       7 / 0      0.75
cue:check               1 / 0       4 / 2      0.60
diagnoses_with          1 / 1       3 / 0      0.75
cue:reveal              1 / 1       2 / 0      0.67
=====================  ==========  ==========  =========

A path is judged only on five or more measured facts: a precision from three or four (0.67 or
0.75 for one wrong) cannot tell a weak path from a sound one, so diagnoses_with and cue:reveal
stay trusted. The paths with three or fewer facts in all (test_that, cue:look, cue:indicat,
cue:identif, diagnosis_based, marker_of, measure_of_is, cue:find, cue:allow, cue:confirm,
cue:evaluat, cue:assess, uses_to_show, and the later owner, diagnosed_by, diagnoses_when,
to_diagnose and diagnosis_requires) were all right; carry and measurement read none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.marker_doubts import (
    part_checked,
    research_aim,
    tidy_object,
    unnamed_finding,
)
from trainer.generator.extract.marker_objects import is_examination, is_marker
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention

TRUSTED = 0.9  # a path measured below this precision gives drafts, not cards

# Pooled precision of the paths measured below TRUSTED (see the table above), and why each
# one's reading is uncertain, as the review shows it.
_DOUBTFUL: dict[str, tuple[float, str]] = {
    "lead_tests": (0.82, "a lead-in's purpose given to every test listed under it"),
    "cue:detect": (0.80, "what a test detects, read from a free phrase"),
    "cue:determin": (0.80, "what a test determines, read from a free phrase"),
    "cue:measur": (0.75, "what a test measures, read from a free phrase"),
    "cue:check": (0.60, "what a test checks, read from a free phrase"),
}
# A purpose noun before the condition: "diagnosis of X", "staging of X", "presence of X"
_PURPOSE = re.compile(
    r"^(?:(?:diagnosis|staging|detection|confirmation|classification|monitoring|assessment|"
    r"evaluation|identification|presence|signs?|levels?|amounts?)\s+of|screening\s+for)\s+"
    r"(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
# Where a measured substance is found, no part of its name: "chloride in sweat"
_SPECIMEN = re.compile(
    r"\s+in\s+(?:the\s+|a\s+person's\s+)?(?:blood|urine|sweat|stool|serum|plasma|saliva|"
    r"cerebrospinal fluid|spinal fluid|bone marrow)$",
    re.IGNORECASE,
)
# Words before a condition that only narrow it ("autosomal dominant PKD"), not a clause
_FUNCTION_WORD = re.compile(
    r"\b(?:of|in|to|on|at|by|for|from|with|the|an?|and|or|that|which|is|are|whether|if|how)\b",
    re.IGNORECASE,
)
_CONDITION_TYPES = {"disease", "subtype", "complication", "syndrome", "infection", "sign",
                    "symptom"}  # fmt: skip


# Objects of any path that state no finding of the patient's, and why (the review shows it):
# a diagnosis whose disease the sentence leaves unnamed ("order x-rays to confirm the
# diagnosis"), how a measure is worked out ("a measure of weight in relation to height"), and
# the make-up of the specimen itself ("the portion of the sample made up of red cells")
_NO_OWN_FINDING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:(?:confirmation|establishment)\s+of\s+)?(?:the\s+)?diagnosis$", re.I),
     "the diagnosis it confirms is not named"),
    (re.compile(r"\b(?:in relation to|relative to|divided by|per unit of)\b", re.I),
     "how the measure is worked out, not what it shows"),
    (re.compile(r"\b(?:portion|share|fraction|part|percentage|proportion)\s+of\s+(?:the|a|each)"
                r"\s+(?:blood\s+|tissue\s+|urine\s+)?sample\b", re.I),
     "the make-up of the sample, not a finding"),
)


# Paths held as drafts whatever their test and object, because the development keys disagree on
# them. None now: the flattened test lists ("Tests that examine the blood are used to diagnose
# X. The following tests may be used: - A : ... - B : ...") were held while two older keys gave
# each test its own finding only and two newer ones test -> X; the convention is now recorded
# (tests/data/realdocs/README.md) and the older keys follow it.
_HELD: dict[str, str] = {
    # a PDQ test list's item describing what its test finds on any page ("a blood count checks
    # the number of red cells"): the older keys keyed it, the seven pages keyed since do not
    "list_definition": "what the test finds on any page, not a finding of this condition",
}


def object_doubt(obj: str) -> str | None:
    """Why ``obj`` states no finding of the patient's, whatever path read it, or None."""
    return next((why for shape, why in _NO_OWN_FINDING if shape.search(obj)), None)


def path_precision(path: str) -> float | None:
    """The measured precision of a path below :data:`TRUSTED`, or None (trusted)."""
    doubt = _DOUBTFUL.get(path)
    return doubt[0] if doubt else None


def calibrated(dc: DocContext, fact: ExtractedFact, test: Mention) -> ExtractedFact:
    """``fact`` with its confidence set by its path's measured precision: a fact of a path
    below :data:`TRUSTED` becomes a draft flagged ``uncertain: <reason>``, unless its test is
    a lexicon test and its object a lexicon condition or finding (:func:`names_finding`)."""
    fact = replace(fact, object=tidy_object(fact.object))
    path = fact.origin.removeprefix("marker:")
    why = (object_doubt(fact.object) or unnamed_finding(fact.object)
           or part_checked(dc, fact.object, fact.evidence, path) or research_aim(fact.evidence))
    if why is not None:
        return _draft(fact, why)
    if path in _HELD:
        return _draft(fact, _HELD[path])
    doubt = _DOUBTFUL.get(path)
    if doubt is None or doubt[0] >= TRUSTED:
        return fact
    if is_examination(test) and names_finding(dc, fact.object):
        return fact
    return _draft(fact, doubt[1])


def _draft(fact: ExtractedFact, why: str) -> ExtractedFact:
    """``fact`` below the card threshold, flagged with why its reading is uncertain."""
    return replace(
        fact,
        confidence=min(fact.confidence, DRAFT_CONFIDENCE),
        flags=(*fact.flags, f"uncertain: {why}"),
    )


def names_finding(dc: DocContext, obj: str) -> bool:
    """Whether ``obj`` is, whole or after a purpose noun ("diagnosis of", "presence of") and
    without the specimen it is found in ("in the urine") or a last "cells", one name the lexicon
    knows as a condition, sign or symptom, or as a measured marker, antigen, gene or fusion; one
    or two narrowing words may stand before it ("autosomal dominant PKD")."""
    phrase = _SPECIMEN.sub("", _PURPOSE.sub("", obj.strip()))
    # "leukaemia cells (in the cerebrospinal fluid)": the cells of a condition the lexicon names
    phrase = re.sub(r"\s+cells$", "", phrase, flags=re.IGNORECASE)
    if not phrase:
        return False
    if dc.main_disease and phrase.lower() == dc.main_disease.lower():
        return True  # the page's own disease, found from its title and headings
    ms = dc.find(phrase)
    if len(ms) != 1 or ms[0].end != len(phrase):
        return False
    before = phrase[: ms[0].start].split()
    if len(before) > 2 or _FUNCTION_WORD.search(phrase[: ms[0].start]):
        return False  # more than a narrowing word or two before the name: a phrase of its own
    cond = ms[0].hit("condition")
    if cond is not None and cond.type in _CONDITION_TYPES:
        return True
    # a measured marker, or an antigen, gene or fusion the lexicon knows ("BCR-ABL1 fusion"),
    # not another test
    return is_marker(ms[0]) and not is_examination(ms[0])
