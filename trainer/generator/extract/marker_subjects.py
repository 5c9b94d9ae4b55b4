"""Which tests a marker cue is said of: the subject list of the cue's clause, a test a label
names ("Flow cytometry: showed ..."), or the test "it" stands for; a test set aside ("instead
of a CT scan") or one whose "uses" names its means is none, a generic "the biopsy" is the
specific one its paragraph named, and a marker that "indicates" at a level is named with it.
A test named inside another clause - a purpose that opens the sentence, a question word's
clause, a relative clause on something else - does not do the showing; a name that stops at
"function" is the organ's work, not its test. A clause whose subject is a pronoun ("These
will check the cells for hormone receptors ...") is said of the one test the same or the
sentence before names, never of a name inside the clause. Read by :mod:`.markers`.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_clauses import in_frame, own_clause
from trainer.generator.extract.marker_labels import labelled_test
from trainer.generator.extract.marker_names import stands_for_test
from trainer.generator.extract.marker_objects import (
    in_ratio,
    is_examination,
    is_marker,
    marker_name,
)
from trainer.generator.extract.patterns import drop_parens
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit


def _item_start(text: str, pos: int) -> int:
    """Where the item of a list flattened into one line (" - An EKG measures ...") that holds
    ``pos`` starts, counted as a sentence end is (two characters before its first word); -1
    when there is none."""
    at = text.rfind(" - ", 0, pos)
    return at + 1 if at >= 0 else -1


# A sentence about the test named just before: "It shows ...", "This test can show ...".
_PRONOUN = (r"(?:it|this test|the test|this procedure|this exam|this scan|these tests|these scans|"
            r"the images|these images|the pictures|these pictures)")
# "For example, the test can ...": a linking word before the pronoun leaves it the subject
_ASIDE = r"(?:(?:for example|for instance|also|in addition|however|then),?\s+)?"
PRONOUN_OPENING = re.compile(rf"\s*{_ASIDE}(?:{_PRONOUN}|these|this)\b", re.IGNORECASE)
# A clause whose subject is a pronoun ("These will check ...", "It also shows ...", "This test
# looks for ..."): the test it stands for was named before; a noun phrase of the pronoun
# naming a kind of test ("this scan") asks for a test, not a substance measured. ("They" is
# left out: "they will check your blood" speaks of the doctors.)
_SUBJECT_PRONOUN = re.compile(
    rf"\s*{_ASIDE}(?:(?P<noun>this test|the test|this procedure|this exam|this scan|"
    # "The images can show X": what an imaging test's pictures show, it shows
    rf"these tests|these scans|these procedures|the images|these images|the pictures|"
    rf"these pictures)|it|these|this)\s+",
    re.IGNORECASE,
)
# "An A1C of 5.7 to 6.4 percent indicates prediabetes": a result above or below a cut-off is a
# threshold (a numeric fact), not what the test shows.
_VALUE_OF = re.compile(r"\b(?:of|at|above|below|over|under|between)\s+\d", re.IGNORECASE)
_FOLLOWING = re.compile(r"\b(?:the|these)\s+following\s+(?:\w+\s+)?$", re.IGNORECASE)
_WHICH = re.compile(r"\s*,\s*(?:which|that)\s+$", re.IGNORECASE)
FOLLOWING_IN = re.compile(r"\b(?:the|these)\s+following\b", re.IGNORECASE)
# "DEXA uses low-dose x rays to measure ...": what a test uses is its means, not a test
_MEANS = re.compile(r"\s(?:by|with|using|uses|use|via|through)\s", re.IGNORECASE)
# "The radiologist studies the x rays to identify ...": a person does the finding, and the
# test named after the person is the thing looked at
_PERSON_OPENING = re.compile(
    r"^\s*(?:the|a|an|your)\s+(?:radiologists?|doctors?|pathologists?|technicians?|"
    r"specialists?|surgeons?|(?:health\s+care\s+)?providers?|physicians?)\s+"
    # "A provider may use the biopsy to diagnose X, find Y": the test is the person's means
    r"(?!(?:(?:may|can|will|might|often|usually|also)\s+)*(?:use|uses|order|orders|perform|"
    r"performs|recommend|recommends|suggest|suggests)\b)\w+",
    re.IGNORECASE,
)
# "This x ray of the area around the anus shows ...": a demonstrative points back to a
# procedure named before (often by a name the lexicon lacks); the generic word is not its name
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|that|those|such)\s+$", re.IGNORECASE)
# A sentence that opens with its purpose, "To find out ..., you may have more tests": the test
# named inside that clause is what is checked, not what does the checking
_PURPOSE_OPENING = re.compile(r"^\s*(?:in order\s+)?to\s+\w", re.IGNORECASE)
# "Because early cancer causes no pain, a colonoscopy is ...": a subordinate clause before the
# main one, whose subject comes after its last comma
_SUBORDINATE_OPENING = re.compile(
    r"^\s*(?:because|since|although|though|while|as|if|when|once|unless)\b", re.IGNORECASE
)


# "dual energy x-ray absorptiometry": a test word that modifies the procedure's own noun
_MODIFIER_OF = re.compile(r"^[\s-]?\w*(?:metry|graphy|scopy)\b", re.IGNORECASE)


def _pointed_back(text: str, m: Mention, earlier: str = "") -> bool:
    """ "This x ray of the area ...": a generic test word after a demonstrative names a
    procedure said before, unless that procedure was the same test ("An MRI ... This MRI");
    and "x-ray" inside "x-ray absorptiometry" is a word of another test's name."""
    if _MODIFIER_OF.match(text[m.end : m.end + 30]):
        return True  # part of a longer procedure's name, not the test that does the showing
    if not _DEMONSTRATIVE.search(text[max(0, m.start - 12) : m.start]):
        return False
    said = (earlier + " " + text[: m.start])[-300:].lower()  # the sentence before included
    return text[m.start : m.end].lower() not in said


def _earlier(dc: DocContext, seg: Segment) -> str:
    """The text of the unit before the segment's own (where "this MRI" may have been named)."""
    before = dc.previous(seg.main)
    return before.text if before is not None else ""


def _body_function(text: str, m: Mention) -> bool:
    """ "Kidney function is crucial for growth": a name that stops at "function" is the organ's
    work, not the test of it (the lexicon takes "kidney function tests" whole)."""
    return bool(re.search(r"\bfunction$", text[m.start : m.end], re.IGNORECASE))


def subjects(
    dc: DocContext, seg: Segment, ms: list[Mention], cue_pos: int, *, allow_pronoun: bool = True
) -> list[Mention]:
    """Markers the cue at ``cue_pos`` is said of: the clause's subject list, or "it" = M."""
    text = seg.text
    start = max(
        text.rfind(". ", 0, cue_pos), text.rfind("; ", 0, cue_pos), text.rfind(": ", 0, cue_pos),
        _item_start(text, cue_pos),
    )
    start = seg.body_start if start < seg.body_start else start + 2
    span = text[start:cue_pos]
    if _PURPOSE_OPENING.match(span):
        # "To confirm a chest x-ray finding, or to find out ...": a test inside the purpose is
        # what is checked; the clause's subject, if any, comes after the purpose's last comma
        comma = span.rfind(",")
        if comma < 0:
            return []
        start, span = start + comma + 1, span[comma + 1 :]
    if _SUBORDINATE_OPENING.match(span) and "," in span:
        comma = span.rfind(",")
        start, span = start + comma + 1, span[comma + 1 :]
    outside = re.sub(r"\([^()]*\)", " ", span)
    if _PERSON_OPENING.match(span):
        return []
    said = _SUBJECT_PRONOUN.match(span)
    if said and not any(m.start == start + said.end() for m in ms):
        # "These will check the abnormal cells for hormone receptors and help plan treatment":
        # the pronoun is the clause's subject; a name later in it is what is checked. ("This
        # CT scan shows ...": the name right after "this" is the subject, read below.)
        if not allow_pronoun or _CLAUSE_WORD.search(span, said.end()):
            return []  # "It reveals details that guide ...": the cue's subject is "details"
        return _antecedent(dc, seg, start, tests_only=said.group("noun") is not None)
    earlier = _earlier(dc, seg)
    markers = [m for m in ms if start <= m.start < cue_pos and is_marker(m)
               and not in_ratio(text, start, m) and not _body_function(text, m)
               and not _pointed_back(text, m, earlier)]
    # "order the following urine tests to ...": a category the list below names, not a test
    markers = [m for m in markers if not _FOLLOWING.search(text, 0, m.start)]
    markers = [m for m in markers if not in_frame(span, m.start - start)]
    markers = own_clause(span, start, markers)
    means = _MEANS.search(span)
    if means is not None and any(m.start < start + means.start() for m in markers):
        # "Measurement of MRD by flow cytometry or PCR identifies ...": what is measured is the
        # subject; the methods after "by" are how
        markers = [m for m in markers if m.start < start + means.start()]
    if markers and any(m.is_kind("drug") and start <= m.start < markers[0].start for m in ms):
        return []  # "X targets CD33 and is used in AML": the clause's subject is the drug
    if markers and _VALUE_OF.search(outside):
        return []
    which = _WHICH.search(span)
    if markers and which is not None:
        # "the erythrocyte sedimentation rate, which indicates inflammation": the test the
        # relative clause hangs on
        last = markers[-1]
        between = text[last.end : start + which.start()]
        if re.fullmatch(r"\s*(?:tests?|levels?)?\s*(?:\([^()]*\))?\s*", between, re.IGNORECASE):
            return [last]
    if markers and not re.search(
        # "makes a picture of where glucose is used": a question word opens a clause of its
        # own, whose verb the cue is
        r"\b(?:is|are|was|were|has|have|had|as|if|when|because|which|that|we|you|doctors|"
        r"where|what|how|whether|why)\b",
        re.sub(r"\bsuch as\b|^\s*(?:markers?|tests?)\b", " ", outside),
        re.IGNORECASE,
    ):
        return markers
    if not span.strip() and text[max(0, start - 2) : start] == ": ":
        return _label(text, ms, seg.body_start, start - 2)
    if allow_pronoun and re.search(rf"\b{_PRONOUN}\s+$", span, re.IGNORECASE):
        # the test named with the pronoun, before the cue: "This test checks your hemoglobin"
        # names hemoglobin as what is checked, not as the test
        first = next((m for m in ms if m.start >= start), None)
        if first is not None and is_marker(first) and first.start - start < 25 and (
            first.end <= cue_pos
        ):
            return [first]
    return []


# What may stand in a label beside its tests: "Cytogenetics and FISH", "Flow cytometry on the
# aspirate" (bracketed remarks are taken out first).
_LABEL_REST = re.compile(
    r"[\s,&]*(?:and[\s,]*)*(?:(?:on|of|in|from|at)\s+(?:the\s+)?[\w -]{1,30})?\s*",
    re.IGNORECASE,
)


def _label(text: str, ms: list[Mention], body_start: int, colon: int) -> list[Mention]:
    """The tests a "Test: showed ..." label names, when the label is nothing else."""
    dot = text.rfind(". ", body_start, colon)
    begin = body_start if dot < 0 else dot + 2
    tests = [m for m in ms if begin <= m.start and m.end <= colon and is_marker(m)]
    rest, at = [], begin
    for m in tests:
        rest.append(text[at : m.start])
        at = m.end
    rest.append(text[at:colon])
    if tests and _LABEL_REST.fullmatch(drop_parens(" ".join(rest))):
        return tests
    return []


def _antecedent(dc: DocContext, seg: Segment, start: int, *, tests_only: bool) -> list[Mention]:
    """The test a pronoun opening a clause at ``start`` stands for: the one test named in the
    same sentence before it, else in the sentence before ("A complete blood count is usually
    the first test. It often shows ..."). Where that sentence names tests and substances, the
    pronoun that does the showing is the test; where it names two tests, or none, which one is
    meant is not said: no subject."""
    text = seg.text
    begin = max(text.rfind(". ", 0, start), _item_start(text, start))
    begin = seg.body_start if begin < seg.body_start else begin + 2
    here = [m for m in seg.mentions if begin <= m.start < start]
    found = _candidates(dc, text, here, tests_only)
    if not found:
        before = dc.previous(seg.main)
        if seg.lead is not None:
            return []
        if before is not None and _SUBJECT_PRONOUN.match(before.text):
            return []  # "It may be done with biopsies. It may also ...": about a test further back
        if before is not None:
            found = _candidates(dc, before.text, dc.mentions(before), tests_only)
        if not found and tests_only:
            # "Platelet Count / ... This test is used to help diagnose X": the test the
            # paragraph's label or the section's heading names and nothing else
            return labelled_test(dc, seg)
    names = {marker_name(m) for m in found}
    return found[-1:] if len(names) == 1 else []


# A word opening a clause of its own between the pronoun and the cue, whose verb the cue is
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|whose|where|when|if|whether|because|as|so|while|until|why|how|what)\b",
    re.I,
)
# "the x-ray machine", "x ray pictures are taken": a test's name modifying a noun names the
# means of another procedure, not a test the pronoun may stand for
_MODIFIES = re.compile(
    r"[\s-]+(?:machines?|images?|pictures?|films?|scanners?|equipment|technicians?|tables?|"
    r"probes?|beams?|dyes?|results?)\b",
    re.IGNORECASE,
)
# "A sinus x ray.", "A brain CT scan can show ...": a test name after an article and another
# word is the end of a longer name the lexicon lacks; the card would name another test
_ARTICLE_WORD = re.compile(r"\b(?:an?|the|your)\s+[a-z][\w-]*\s+$", re.IGNORECASE)


# "Angiography is a test that uses dye and special x rays to show ...": the x rays are the
# means of the procedure the sentence defines, not a test "this test" may stand for
_AS_MEANS = re.compile(r"\b(?:uses?|using)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _part_of_longer(text: str, m: Mention) -> bool:
    return bool(_ARTICLE_WORD.search(text[max(0, m.start - 30) : m.start]))


def _candidates(
    dc: DocContext, text: str, ms: list[Mention], tests_only: bool
) -> list[Mention]:
    """Tests (else markers) a pronoun may stand for among ``ms`` of ``text``: each a name that
    stands for its test here, neither set aside ("instead of a CT scan") nor a generic word
    pointing back further ("This x ray of ...")."""
    ms = [m for m in ms if is_marker(m) and stands_for_test(dc, text, m)
          and not set_aside(text, m) and not _pointed_back(text, m)
          and not _AS_MEANS.search(text, max(0, m.start - 50), m.start)
          and not _MODIFIES.match(text, m.end) and not _part_of_longer(text, m)]
    tests = [m for m in ms if is_examination(m)]
    return tests if tests or tests_only else ms


def specific_name(dc: DocContext, seg: Segment, m: Mention) -> str:
    """The test's name on a card: a one-word generic name ("the biopsy") stands for the
    specific test of that kind the paragraph named before ("A kidney biopsy is ... Only a
    biopsy can show ..."), so the card does not ask about biopsies in general; a test named
    as the device that records it ("a portable EKG monitor") is that device; else its own."""
    device = _DEVICE.match(seg.text, m.end)
    if device is not None:
        before = re.search(r"(?:\b(?:portable|ambulatory|home|event|wearable)\s+)?$",
                           seg.text[: m.start], re.IGNORECASE)
        opening = before.group(0) if before else ""
        return f"{opening}{seg.text[m.start : device.end()]}".strip()
    own = marker_name(m)
    if " " in own.strip():
        return own
    tail = f" {own.lower()}"
    earlier = _paragraph_before(dc, seg.main)
    if seg.main.kind == "item" and seg.main.lead is not None:
        # "X is diagnosed with blood tests and a kidney biopsy: ... - Biopsy. ...": the list's
        # lead-in names the specific test its item's label names by kind
        earlier.append(dc.units[seg.main.lead])
    seen = [x for x in seg.mentions if x.end <= m.start]
    for ms in [seen, *(dc.mentions(u) for u in earlier)]:
        names = {marker_name(x) for x in ms if is_marker(x)}
        longer = sorted(n for n in names if n.lower().endswith(tail))
        if len(longer) == 1:
            return longer[0]
        if longer:
            return own  # two specific tests of the kind: which one is meant is not said
    return own


# A test's name followed by the device that records it over a period: "EKG monitor"
_DEVICE = re.compile(r"\s+(?:monitor|recorder)s?\b", re.IGNORECASE)


def _paragraph_before(dc: DocContext, unit: Unit) -> list[Unit]:
    """The sentences before ``unit`` in its paragraph, nearest first (five at most)."""
    out: list[Unit] = []
    u = dc.previous(unit)
    while u is not None and len(out) < 5:
        out.append(u)
        u = dc.previous(u)
    return out


# The level a marker is named with: "elevated IGF-I", "mildly elevated TSH", "low ferritin"
_LEVEL_BEFORE = re.compile(
    r"\b(?:(?:mildly|slightly|very|markedly)\s+)?(?:elevated|high|higher|raised|increased|low|"
    r"lower|decreased|reduced)\s+$",
    re.IGNORECASE,
)
# What may follow the marker before its verb: its unit word, an adverb of frequency
_LEVEL_NOUN = re.compile(
    r"\s*(?:levels?|counts?|readings?|concentrations?)?\s*(?:\([^()]*\))?\s*$", re.IGNORECASE
)


def with_levels(
    text: str, markers: list[Mention], cue_pos: int
) -> tuple[list[Mention], dict[int, str]]:
    """The markers an "indicates" cue is said of, each named with the level the sentence gives
    it ("Elevated IGF-I levels almost always indicate X" -> "elevated IGF-I"). A level qualified
    further before the verb ("mildly elevated TSH without symptoms indicates ...") is a sign
    the card could not state whole: that marker is held back."""
    kept: list[Mention] = []
    names: dict[int, str] = {}
    for m in markers:
        level = _LEVEL_BEFORE.search(text, max(0, m.start - 30), m.start)
        if level is None:
            kept.append(m)
            continue
        if not _LEVEL_NOUN.fullmatch(text[m.end : cue_pos]):
            continue
        kept.append(m)
        surface = re.sub(r"\s+(?:levels?|counts?|readings?|concentrations?)$", "",
                         text[m.start : m.end], flags=re.IGNORECASE)
        names[m.start] = f"{level.group(0).strip().lower()} {surface}"
    return kept, names


# A test set aside or compared with: "instead of (...) a CT scan", "rather than a biopsy"
_SET_ASIDE = re.compile(
    r"\b(?:instead of|rather than|compared (?:with|to)|in addition to|unlike)\b[^.;:]{0,25}$",
    re.IGNORECASE,
)
# "In addition to measuring hematocrit and hemoglobin, the CBC ...": the phrase runs on to its
# comma, and every test it names is set aside, however far from its opening words
_SET_ASIDE_PHRASE = re.compile(
    r"\b(?:instead of|rather than|compared (?:with|to)|in addition to|unlike|apart from)\b"
    r"[^.;:,]{0,70}$",
    re.IGNORECASE,
)


def test_uses(body: str, base: int, ms: list[Mention], at: int) -> bool:
    """Whether "uses" at ``at`` has a test or procedure for its subject, so that the test it
    uses is its means: a test named earlier in the same sentence ("A DEXA scan uses x rays to
    ..."), or a procedure the lexicon does not name ("Elastography, a stiffness measurement,
    uses ultrasound or MRI to measure ..."); a person uses a test for the test's own purpose
    ("Doctors use ultrasound to look for gallstones")."""
    if not re.match(r"uses?\b", body[at:], re.IGNORECASE):
        return False
    start = max(body.rfind(". ", 0, at), body.rfind("; ", 0, at), body.rfind(": ", 0, at))
    start = 0 if start < 0 else start + 2
    if any(start <= m.start - base < at and is_marker(m) for m in ms):
        return True
    return bool(_PROCEDURE.search(body[start:at]))


# A procedure named by its kind or by the shape of its name ("elastography", "a stress
# test", "the procedure", "it"), which uses a test as its means
_PROCEDURE = re.compile(
    r"\b(?:\w+(?:graphy|scopy|metry)|tests?|scans?|procedures?|exams?|examinations?|"
    r"studies|study|techniques?|methods?|measurements?|devices?|machines?|it|this)\b",
    re.IGNORECASE,
)
# "used with the blood smear to ...", "along with an x-ray": a test named as a companion
_COMPANION = re.compile(r"^\s*(?:along\s+|together\s+)?with\b", re.IGNORECASE)


def companion(said: str) -> bool:
    """Whether the words after "used" name a test only as a companion of the subject ("This
    test is used with the blood smear to help diagnose X"): the subject is the test."""
    return bool(_COMPANION.match(said))


def set_aside(text: str, m: Mention) -> bool:
    """Whether a test is named only as set aside or compared with ("instead of a CT scan")."""
    before = text[max(0, m.start - 90) : m.start]
    return bool(_SET_ASIDE.search(before[-30:]) or _SET_ASIDE_PHRASE.search(before))
