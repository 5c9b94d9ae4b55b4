"""marker: diagnostic test or marker -> what it shows or is used for.

Shape: subject = the test or marker (a lexicon name: a test such as "complete blood count", or
an antigen/gene/abnormality such as "CD10"), object = a short noun phrase from the text. Verbs
become nouns so objects read alike: "helps classify the leukemia" -> "classification of
leukemia", "plan treatment" -> "treatment planning", "ALL diagnosis" / "diagnose ALL" ->
"diagnosis of <disease>". Read from
  * "M (helps|is used to|guides|shows|reveals|detects|indicates|measures|confirms) X" (also
    "Markers such as M1, M2 and M3 guide X", and "it shows X" when M is the sentence subject);
  * "M is key / essential / used for X";
  * "<disease> is diagnosed / confirmed by M1 and M2";
  * "M is a marker / hallmark of X";
  * a lead-in "Tests used to diagnose X include:" over a list of tests;
  * "M, which shows X"; "M is the main test used to diagnose X"; "It allows the doctor to see
    X"; "recommend M to help stage X".
An object that is a clause ("shows if leukemia cells are present") is skipped, as are a bedside
examination's routine ("the exam checks balance"), what an imaging test "looks at" (an organ),
and one term of a ratio ("the ratio of albumin to creatinine") taken for the marker.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_methods import measurements
from trainer.generator.extract.marker_objects import (
    FRAGMENT,
    VERB,
    canonical_disease,
    definitions,
    in_ratio,
    is_bedside,
    is_examination,
    is_marker,
    marker_name,
    names_condition,
    objects,
)
from trainer.generator.extract.patterns import clean_phrase, drop_parens, negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

_CUE = re.compile(
    rf"\b(?:(?:can|may|also|often|sometimes|usually|is|are|be)\s+)*(?:"
    rf"(?:help|helps|helped)\s+(?:us\s+|doctors\s+|to\s+)?(?P<hv>{VERB})|"
    rf"(?:is|are|be)\s+(?:(?:also|often|sometimes|usually)\s+)?"
    rf"(?:used|done|performed|carried out|needed|required)\s+"
    rf"(?:to\s+(?P<uv>{VERB})|to\s+(?:look|search|test)\s+for|for)|"
    r"(?P<g>guide|guides|inform|informs)|"
    # "It allows the doctor to examine the blood flow": what the test lets its reader see
    r"(?:allow|allows|let|lets|enable|enables)\s+(?:the\s+|your\s+|a\s+)?(?:doctors?|"
    rf"health care providers?|providers?|physicians?)\s+to\s+(?:see|examine|view|(?P<av>{VERB}))|"
    r"(?P<s>show|shows|showed|reveal|reveals|revealed|detect|detects|detected|indicate|"
    r"indicates|measure|measures|identify|identifies|confirm|confirms|confirmed|check|checks|"
    r"checked(?:\s+for)?|look(?:s|ed)?\s+for|find|finds|"
    r"assess(?:es)?|evaluate(?:s)?|determine(?:s)?))\s+",
    re.IGNORECASE,
)
_KEY = re.compile(
    r"\s+(?:is|are)\s+(?:\w+\s+)?(?:key|vital|essential|important|crucial|critical|central|"
    r"used|needed|required|necessary|the gold standard|the main test)\s+(?:for|in|to)\s+",
    re.IGNORECASE,
)
_DIAGNOSED_BY = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|typically\s+|often\s+)?(?P<v>diagnosed|confirmed|classified|"
    r"detected|monitored)\s+(?:by|with|using|through|via|on)\s+",
    re.IGNORECASE,
)
_DIAGNOSES_WITH = re.compile(
    r"\bdiagnoses\s+(?P<x>[\w\s'’-]{1,50}?)\s+(?:with|using|by|through|based on)\s+",
    re.IGNORECASE,
)
_DIAGNOSIS_BASED = re.compile(
    r"\bdiagnosis\s+(?:of\s+[\w\s-]{1,40}?\s+)?(?:is|can be)\s+"
    r"(?:usually\s+|typically\s+|often\s+)?"
    r"(?:based on|made (?:by|with|using)|confirmed (?:by|with))\s+",
    re.IGNORECASE,
)
_MARKER_OF = re.compile(
    r"\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:marker|markers|hallmark|sign|"
    r"indicator|measure)\s+of\s+",
    re.IGNORECASE,
)
# "A useful measure of overweight and obesity is body mass index": the copula turned round
_MEASURE_OF_IS = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?:\w+\s+)?(?:marker|measure|indicator|sign)\s+of\s+"
    r"(?P<x>[^,.;]{2,60}?)\s+(?:is|are)\s+",
    re.IGNORECASE,
)
# "Upper GI series is an x-ray exam that provides a look at the shape of the upper GI tract":
# the test defined by what it shows
_TEST_THAT = re.compile(
    r"\s+(?:is|are)\s+(?:an?\s+)?(?:[\w,-]+\s+){0,3}?(?:test|exam|examination|procedure|scan|"
    r"study|blood test|imaging test)\s+(?:that|which)\s+(?:(?:can|may|also)\s+)?"
    # "... is a test that uses dye and special x rays to show ...": the means, then the finding
    r"(?:uses?\s+[^.;:]{2,60}?\s+to\s+)?"
    r"(?:provides?\s+a\s+(?:look|view)\s+(?:at|of)|shows?|reveals?|detects?|looks?\s+for|"
    r"checks?\s+for|finds?)\s+",
    re.IGNORECASE,
)
# "Blood cultures are the most important blood tests used to diagnose IE": the test named as
# the kind of test used for a purpose
_TEST_USED_TO = re.compile(
    r"\s+(?:is|are)\s+(?:the|an?|one of the)\s+(?:[\w-]+\s+){0,4}?(?:tests?|exams?|"
    r"examinations?|procedures?|scans?|study|studies)\s+(?:(?:that|which)\s+(?:is|are)\s+)?"
    rf"(?:(?:most\s+)?(?:often|commonly|usually)\s+)?used\s+to\s+(?P<v>{VERB})\s+",
    re.IGNORECASE,
)
# "A health care provider can use liver biopsy to diagnose autoimmune hepatitis"
# "<test> uses radioactive tracers to show X"; what a test "looks at" or "examines" is the
# organ it images ("uses sound waves to look at the fetus"), not a finding
_USES_TO_SHOW = re.compile(
    r"\s+(?:uses|use|involves|involve)\s+[^.;:]{2,80}?\s+to\s+(?:show|see|detect|find|measure|"
    r"look\s+for|check\s+for)\s+",
    re.IGNORECASE,
)
# "use a liver biopsy to diagnose X"; "may suggest biomarker tests to help predict X": the test
# ordered for a purpose
_USE_TO = re.compile(
    r"\b(?:use|uses|used|using|suggest|suggests|recommend|recommends|order|orders|ordered|"
    rf"perform|performs|performed)\s+(?P<t>[^.;:]{{2,80}}?)\s+to\s+(?:help\s+)?(?P<v>{VERB})\s+",
    re.IGNORECASE,
)
_LEAD_TESTS = re.compile(
    r"\b(?:tests?|procedures?|investigations?|exams?|examinations?|"
    r"studies)\b[^:]{0,40}?\b(?:to|for)\s+"
    rf"(?P<v>{VERB}|diagnosis of|diagnosing)\s+(?P<x>[^:]{{0,40}}?)\s*(?:include|includes|are|:)",
    re.IGNORECASE,
)
# "Diagnostic evaluation of patients with lymphoma may include:" over a list of tests.
_LEAD_PURPOSE = re.compile(
    r"^\s*(?:the\s+|a\s+)?(?:initial\s+)?(?P<v>diagnostic evaluation|diagnostic work-?up|"
    r"work-?up|evaluation|staging|diagnosis|screening|monitoring|follow-up)\s+(?:of|for)\s+"
    r"(?:(?:patients|people|adults|children|someone)\s+(?:with|who have)\s+)?"
    r"(?P<x>[^:,;]{2,40}?)\s+(?:(?:may|should|will|can|usually|typically|often)\s+)?"
    r"(?:include|includes|involve|involves|consist of|consists of)\s*:?\s*$",
    re.IGNORECASE,
)
# "B-cell blasts carry CD19 and CD79a": the antigens mark those cells.
_CARRY = re.compile(
    r"(?P<cells>\b(?:(?!(?:while|whereas|and|but|or|although|the|their|its|most|many|some|all|"
    r"few|these|those|of|in)\b)[\w-]+\s+){1,2}"
    r"(?:lympho)?blasts)\s+(?:(?:usually|typically|often|also|"
    r"normally)\s+)?(?:carry|carries|express|expresses)\s+",
    re.IGNORECASE,
)
_END = re.compile(
    r"[.;!?](?:\s|$)|,(?!(?:\s*[\w\s-]{1,60}?,)*?\s*(?:[\w\s-]{1,60}?\s+)?(?:and|or)\s+"
    r"[\w\s-]{1,60}?(?:[.;]|$))|"
    r"\s+(?:which|while|but|and\s+(?:is|are|can|it|they))\b|\s[–—-]\s",
    re.IGNORECASE,
)

def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    body = seg.body
    base = seg.body_start
    # "An MRI may be used instead of a CT scan": the test set aside is not the subject
    ms = [m for m in seg.mentions if seg.in_body(m) and not _SET_ASIDE.search(
        seg.text[max(0, m.start - 30) : m.start])]
    if not any(is_marker(m) for m in ms) and not _PRONOUN_OPENING.match(body):
        return out

    def emit(
        markers: list[Mention], objects: list[str], conf: float, *, listed: bool = False
    ) -> None:
        for mk in markers:
            for obj in objects:
                if _CLAUSE_OBJECT.search(obj):
                    continue  # "(confirm that) the urinary tract is infection free": a clause
                if is_bedside(mk) and obj.startswith("diagnosis of "):
                    continue  # every disease is diagnosed partly by examining the patient
                if is_bedside(mk) and not listed and not names_condition(dc, obj):
                    continue  # "the exam checks alertness and balance": a routine, no finding
                if _restates(marker_name(mk), obj):
                    continue  # "a platelet count measures the number of platelets"
                if obj and obj.lower() != marker_name(mk).lower() and not FRAGMENT.search(obj):
                    out.append(dc.fact(seg, Relation.MARKER, marker_name(mk), obj, conf))

    for cue in _CUE.finditer(body):
        subj = _subjects(dc, seg, ms, base + cue.start())
        if _NEEDED.search(cue.group(0)):
            subj = [m for m in subj if is_examination(m)]  # "calcium is needed for bones"
        if not subj or negated(body[max(0, cue.start() - 15) : cue.start()]):
            continue
        verb = (cue.group("hv") or cue.group("uv") or cue.group("av")
                or (cue.group("g") and "guide"))
        said = (cue.group("s") or "").lower()
        if verb is None and said.startswith("confirm"):
            verb = "confirm"  # "confirms the diagnosis" -> "confirmation of diagnosis"
        elif verb is None and said.startswith("check") and not said.endswith("for"):
            verb = "check"  # "checked the fluid for blasts" -> "blasts in the fluid"
        objs = objects(dc, body[cue.end() : _end(body, cue.end())], verb)
        emit(subj, objs, 0.75)
    k = _KEY.search(body)
    if k:
        # "calcium is needed for strong bones": what a substance is needed for is no finding;
        # only a test is "key for" or "used for" something
        subj = [m for m in _subjects(dc, seg, ms, base + k.start(), allow_pronoun=False)
                if is_examination(m)]
        if subj:
            emit(subj, objects(dc, body[k.end() : _end(body, k.end())], None), 0.75)
    ut = _USES_TO_SHOW.search(body)
    if ut and not negated(body[: ut.start()]):
        # "A nuclear heart scan uses radioactive tracers to show damage to the heart": what
        # the means serves to show is what the test shows
        subj = _subjects(dc, seg, ms, base + ut.start(), allow_pronoun=False)
        subj = [m for m in subj if is_examination(m)]
        if subj:
            emit(subj, objects(dc, body[ut.end() : _end(body, ut.end())], None), 0.75)
    d = _DIAGNOSED_BY.search(body)
    if d:
        disease = dc.disease_in([m for m in ms if m.start < base + d.start()])
        tests = [m for m in ms if m.start >= base + d.end() and is_marker(m)]
        end = base + _end(body, d.end())
        tests = [m for m in tests if m.start < end]
        if disease and tests:
            noun = {"diagnosed": "diagnosis of", "confirmed": "confirmation of",
                    "classified": "classification of", "detected": "detection of",
                    "monitored": "monitoring of"}[d.group("v").lower()]  # fmt: skip
            emit(tests, [f"{noun} {disease}"], 0.75)
    da = _DIAGNOSES_WITH.search(body)
    if da:
        # "A health care provider diagnoses autoimmune hepatitis with a medical history, a
        # physical exam, blood tests and a liver biopsy"
        named = [m for m in ms if base + da.start("x") <= m.start < base + da.end("x")]
        disease = dc.disease_in(named) or (dc.main_disease if not named else None)
        end = base + _end(body, da.end())
        tests = [m for m in ms if base + da.end() <= m.start < end and is_marker(m)]
        if disease and tests and not negated(body[: da.start()]):
            emit(tests, [f"diagnosis of {disease}"], 0.75)
    db = _DIAGNOSIS_BASED.search(body)
    if db:
        disease = dc.disease_in([m for m in ms if m.start < base + db.start()]) or dc.main_disease
        end = base + _end(body, db.end())
        tests = [m for m in ms if base + db.end() <= m.start < end and is_marker(m)]
        if disease and tests:
            emit(tests, [f"diagnosis of {disease}"], 0.75)
    mo = _MARKER_OF.search(body)
    if mo:
        subj = _subjects(dc, seg, ms, base + mo.start(), allow_pronoun=False)
        if subj:
            emit(subj, objects(dc, body[mo.end() : _end(body, mo.end())], None), 0.75)
    for tt in (_TEST_THAT.search(body), _TEST_USED_TO.search(body)):
        if tt is None:
            continue
        # the test is the clause's subject, named first: "Upper GI series is an x-ray exam ..."
        named = [m for m in ms if m.start < base + tt.start() and is_marker(m)]
        opening = body[: named[0].start - base] if named else "x"
        verb = tt.groupdict().get("v")
        if named and re.fullmatch(r"\s*(?:(?:an?|the)\s+)?", opening, re.I) and not negated(
            body[: tt.end()]
        ):
            emit(named[:1], objects(dc, body[tt.end() : _end(body, tt.end())], verb), 0.75)
    mi = _MEASURE_OF_IS.match(body)
    if mi and not negated(body[: mi.end()]):
        after = [m for m in ms if m.start >= base + mi.end() and is_marker(m)]
        if after and after[0].start - base - mi.end() <= 4:
            emit(after[:1], objects(dc, mi.group("x"), None), 0.75)
    for use in _USE_TO.finditer(body):
        if _FOLLOWING_IN.search(use.group("t")):
            continue  # "order the following urine tests to ...": the list below names them
        tests = [m for m in ms if base + use.start("t") <= m.start < base + use.end("t")
                 and is_marker(m)]  # fmt: skip
        if tests and not negated(body[max(0, use.start() - 20) : use.start()]):
            emit(tests, objects(dc, body[use.end() : _end(body, use.end())], use.group("v")), 0.75)
    for test, objs in definitions(dc, body, base, ms):
        emit([test], objs, 0.7)
    for what, methods in measurements(body, base, ms):
        emit(methods, [marker_name(what)], 0.75)  # each method measures the marker
    for carry in _CARRY.finditer(body):
        end = base + _end(body, carry.end())
        carried = [m for m in ms if base + carry.end() <= m.start < end and is_marker(m)]
        if carried and not negated(body[carry.start() : carry.end()]):
            emit(carried, [clean_phrase(carry.group("cells"))], 0.75)
    if seg.lead is not None:
        lp = _LEAD_PURPOSE.match(seg.text[: seg.body_start])
        if lp and not negated(lp.group(0)):
            disease = canonical_disease(dc, clean_phrase(lp.group("x")))
            emit(_item_heads(body, base, ms), [f"{lp.group('v').lower()} of {disease}"], 0.75,
                 listed=True)
        lt = _LEAD_TESTS.search(seg.text[: seg.body_start])
        if lt:
            tests = [m for m in ms if is_marker(m)]
            objs = objects(dc, f"{lt.group('v')} {lt.group('x')}", None)
            emit(tests, objs, 0.75)
    return out



# A copula inside an object that is not a "whether"/"if"/"how" question: a clause cut short
_CLAUSE_OBJECT = re.compile(r"^(?!(?:whether|if|how|what|which)\b).*\b(?:is|are|was|were)\b", re.I)
_NEEDED = re.compile(r"\b(?:needed|required)\b", re.IGNORECASE)
# A test set aside or compared with: "instead of (...) a CT scan", "rather than a biopsy"
_SET_ASIDE = re.compile(
    r"\b(?:instead of|rather than|compared (?:with|to)|in addition to|unlike)\b[^.;:]{0,25}$",
    re.IGNORECASE,
)


# "(assessment of) the number / amount / level of X": what a test's name already says
_QUANTITY_OF = re.compile(
    r"^(?:assessment of\s+)?(?:the\s+)?(?:number|amount|level|levels|quantity|concentration)\s+"
    r"of\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset({"blood", "serum", "plasma", "urine", "test", "level", "count", "cell"})


def _restates(test: str, obj: str) -> bool:
    """Whether an object only restates the test's name: the quantity of something the name
    holds ("platelet count" -> "number of platelets in the blood"); such a card teaches
    nothing the question does not already say."""
    q = _QUANTITY_OF.match(obj.strip())
    if q is None:
        return False

    def words(text: str) -> set[str]:
        return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]+", text)} - _GENERIC_WORDS

    return bool(words(test) & words(q.group("x")))


def _item_start(text: str, pos: int) -> int:
    """Where the item of a list flattened into one line (" - An EKG measures ...") that holds
    ``pos`` starts, counted as a sentence end is (two characters before its first word); -1
    when there is none."""
    at = text.rfind(" - ", 0, pos)
    return at + 1 if at >= 0 else -1


def _item_heads(body: str, base: int, ms: list[Mention]) -> list[Mention]:
    """The tests a list item names: the one it opens with, and the one opening each
    alternative after "; or" ("CT of the chest ...; or PET-CT"). Tests named inside it
    ("Chemistry panel (electrolytes, creatinine ...)") are parts of the first, not items."""
    out = []
    for start in [0] + [m.end() for m in re.finditer(r";\s*(?:or\s+|and\s+)?", body)]:
        lead = re.match(r"\s*(?:(?:an?|the)\s+)?", body[start:])
        at = base + start + (lead.end() if lead else 0)
        first = next((m for m in ms if m.start == at and is_marker(m)), None)
        if first is None:
            # "metabolic imaging (... PET ...) with PET-CT": the test the alternative names
            stop = base + _end_clause(body, start)
            first = next((m for m in ms if at < m.start < stop and is_marker(m)
                          and not _inside_parens(body, m.start - base)), None)
            if first is None or start == 0:
                continue
        out.append(first)
    return out


def _end_clause(body: str, start: int) -> int:
    m = re.compile(r";|\.(?:\s|$)").search(body, start)
    return m.start() if m else len(body)


def _inside_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos) or text.count(
        "[", 0, pos
    ) > text.count("]", 0, pos)


# A sentence about the test named just before: "It shows ...", "This test can show ...".
_PRONOUN = r"(?:it|this test|the test|this procedure|this exam|this scan)"
# "For example, the test can ...": a linking word before the pronoun leaves it the subject
_ASIDE = r"(?:(?:for example|for instance|also|in addition|however|then),?\s+)?"
_PRONOUN_OPENING = re.compile(rf"\s*{_ASIDE}{_PRONOUN}\b", re.IGNORECASE)
# "An A1C of 5.7 to 6.4 percent indicates prediabetes": a result above or below a cut-off is a
# threshold (a numeric fact), not what the test shows.
_VALUE_OF = re.compile(r"\b(?:of|at|above|below|over|under|between)\s+\d", re.IGNORECASE)
_FOLLOWING = re.compile(r"\b(?:the|these)\s+following\s+(?:\w+\s+)?$", re.IGNORECASE)
_WHICH = re.compile(r"\s*,\s*(?:which|that)\s+$", re.IGNORECASE)
_FOLLOWING_IN = re.compile(r"\b(?:the|these)\s+following\b", re.IGNORECASE)
_MEANS = re.compile(r"\s(?:by|with|using|via|through)\s", re.IGNORECASE)


def _subjects(
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
    outside = re.sub(r"\([^()]*\)", " ", span)
    markers = [m for m in ms if start <= m.start < cue_pos and is_marker(m)
               and not in_ratio(text, start, m)]
    # "order the following urine tests to ...": a category the list below names, not a test
    markers = [m for m in markers if not _FOLLOWING.search(text, 0, m.start)]
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
        r"\b(?:is|are|was|were|has|have|had|as|if|when|because|which|that|we|you|doctors)\b",
        re.sub(r"\bsuch as\b|^\s*(?:markers?|tests?)\b", " ", outside),
        re.IGNORECASE,
    ):
        return markers
    if not span.strip() and text[max(0, start - 2) : start] == ": ":
        return _label(text, ms, seg.body_start, start - 2)
    if allow_pronoun and re.search(rf"\b{_PRONOUN}\s+$", span, re.IGNORECASE):
        first = next((m for m in ms if m.start >= start), None)
        if first is not None and is_marker(first) and first.start - start < 25:
            return [first]
        if re.fullmatch(rf"\s*{_ASIDE}{_PRONOUN}\s+", span, re.IGNORECASE):
            return _said_before(dc, seg)
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


def _said_before(dc: DocContext, seg: Segment) -> list[Mention]:
    """ "It" opening a sentence: the test the sentence before is about, when that sentence
    starts with it ("A complete blood count is usually the first test. It often shows ...")."""
    before = dc.previous(seg.main)
    if before is None or seg.lead is not None:
        return []
    ms = dc.mentions(before)
    if not ms or not is_marker(ms[0]):
        return []
    opening = before.text[: ms[0].start]
    if not re.fullmatch(r"\s*(?:(?:an?|the|your|this)\s+)?", opening, re.IGNORECASE):
        return []
    return [ms[0]]



def _end(text: str, start: int) -> int:
    m = _END.search(text, start)
    return m.start() if m else len(text)
