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
  * a lead-in "Tests used to diagnose X include:" over a list of tests.
An object that is a clause ("shows if leukemia cells are present") is skipped.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import (
    clean_phrase,
    drop_parens,
    lower_first,
    negated,
    split_list,
)
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.tokens import spelled_alike

_MARKER_TYPES = {"antigen", "fusion", "chromosomal_abnormality", "gene", "enzyme", "receptor"}
_NOUN = {
    "diagnose": "diagnosis of", "classify": "classification of", "confirm": "confirmation of",
    "detect": "detection of", "identify": "identification of", "monitor": "monitoring of",
    "measure": "measurement of", "assess": "assessment of", "determine": "determination of",
    "predict": "prediction of", "evaluate": "evaluation of", "stage": "staging of",
    "find": "detection of", "spot": "detection of", "check": "detection of",
}  # fmt: skip
_VERB = (
    r"(?:diagnose|classify|confirm|detect|identify|monitor|measure|assess|determine|predict|"
    r"evaluate|stage|find|spot|check|plan|guide)"
)
_CUE = re.compile(
    rf"\b(?:(?:can|may|also|often|sometimes|usually|is|are|be)\s+)*(?:"
    rf"(?:help|helps|helped)\s+(?:us\s+|doctors\s+|to\s+)?(?P<hv>{_VERB})|"
    rf"(?:is|are|be)\s+(?:(?:also|often|sometimes|usually)\s+)?"
    rf"(?:used|done|performed|carried out|needed|required)\s+"
    rf"(?:to\s+(?P<uv>{_VERB})|to\s+(?:look|search|test)\s+for|for)|"
    r"(?P<g>guide|guides|inform|informs)|"
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
    r"indicator)\s+of\s+",
    re.IGNORECASE,
)
_LEAD_TESTS = re.compile(
    r"\b(?:tests?|procedures?|investigations?|exams?|examinations?|"
    r"studies)\b[^:]{0,40}?\b(?:to|for)\s+"
    rf"(?P<v>{_VERB}|diagnosis of|diagnosing)\s+(?P<x>[^:]{{0,40}}?)\s*(?:include|includes|are|:)",
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
# "MRD should be measured by flow cytometry, by quantitative PCR or by NGS" and "Measurement
# of MRD by flow cytometry or by PCR": the marker measured, then the methods.
_MEASURED_BY = re.compile(
    r"\s+(?:(?:is|are|should be|can be|will be|may be|must be)\s+)?(?:measured|detected|"
    r"quantified|monitored|assessed)\s+(?:by|with|using)\s+",
    re.IGNORECASE,
)
_MEASUREMENT_OF = re.compile(
    r"\b(?:measurement|detection|quantification|monitoring|assessment)\s+of\s+"
    r"(?P<x>[^,;.()]{2,60}?)(?:\s*\([^()]{1,20}\))?\s+(?:by|with|using)\s+",
    re.IGNORECASE,
)
_METHODS_END = re.compile(
    r"[.;](?:\s|$)|,\s*(?:with|which|giving)\b|\s+(?:identif\w*|is|are|can|which|to|shows?)\s",
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
    r"\s+(?:which|while|but|and\s+(?:is|are|can|it|they))\b|\s[–—]\s",
    re.IGNORECASE,
)
# Side phrases that end an object: "identify the type of leukemia by looking at ..."
_OBJECT_TAIL = re.compile(
    r"\s+(?:by|through|using|via|such as|including|when|even|if|because|so that|in order)\b.*$",
    re.IGNORECASE,
)


def _is_marker(m: Mention) -> bool:
    if m.is_kind("marker"):
        return True
    h = m.hit("target")
    return h is not None and h.type in _MARKER_TYPES


def _name(m: Mention) -> str:
    return m.name("marker") if m.is_kind("marker") else m.name("target")


# What is left of a phrase cut short: a particle ("find out if ..." -> "out") or a last word of
# one letter ("H. pylori" cut at its full stop).
_FRAGMENT = re.compile(
    r"^(?:out|up|if|whether|how|why|what|more|it|them|this|that)$|(?:^|\s)[A-Za-z]$|"
    r"\s(?:out|up|if|whether)$",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    body = seg.body
    base = seg.body_start
    ms = [m for m in seg.mentions if seg.in_body(m)]
    if not any(_is_marker(m) for m in ms) and not _PRONOUN_OPENING.match(body):
        return out

    def emit(markers: list[Mention], objects: list[str], conf: float) -> None:
        for mk in markers:
            for obj in objects:
                if obj and obj.lower() != _name(mk).lower() and not _FRAGMENT.search(obj):
                    out.append(dc.fact(seg, Relation.MARKER, _name(mk), obj, conf))

    for cue in _CUE.finditer(body):
        subj = _subjects(dc, seg, ms, base + cue.start())
        if not subj or negated(body[max(0, cue.start() - 15) : cue.start()]):
            continue
        verb = cue.group("hv") or cue.group("uv")
        said = (cue.group("s") or "").lower()
        if verb is None and said.startswith("confirm"):
            verb = "confirm"  # "confirms the diagnosis" -> "confirmation of diagnosis"
        elif verb is None and said.startswith("check") and not said.endswith("for"):
            verb = "check"  # "checked the fluid for blasts" -> "blasts in the fluid"
        objs = _objects(dc, body[cue.end() : _end(body, cue.end())], verb)
        emit(subj, objs, 0.75)
    k = _KEY.search(body)
    if k:
        subj = _subjects(dc, seg, ms, base + k.start(), allow_pronoun=False)
        if subj:
            emit(subj, _objects(dc, body[k.end() : _end(body, k.end())], None), 0.75)
    d = _DIAGNOSED_BY.search(body)
    if d:
        disease = dc.disease_in([m for m in ms if m.start < base + d.start()])
        tests = [m for m in ms if m.start >= base + d.end() and _is_marker(m)]
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
        tests = [m for m in ms if base + da.end() <= m.start < end and _is_marker(m)]
        if disease and tests and not negated(body[: da.start()]):
            emit(tests, [f"diagnosis of {disease}"], 0.75)
    db = _DIAGNOSIS_BASED.search(body)
    if db:
        disease = dc.disease_in([m for m in ms if m.start < base + db.start()]) or dc.main_disease
        end = base + _end(body, db.end())
        tests = [m for m in ms if base + db.end() <= m.start < end and _is_marker(m)]
        if disease and tests:
            emit(tests, [f"diagnosis of {disease}"], 0.75)
    mo = _MARKER_OF.search(body)
    if mo:
        subj = _subjects(dc, seg, ms, base + mo.start(), allow_pronoun=False)
        if subj:
            emit(subj, _objects(dc, body[mo.end() : _end(body, mo.end())], None), 0.75)
    for test, objs in _definitions(dc, body, base, ms):
        emit([test], objs, 0.7)
    for what, methods in _measurements(body, base, ms):
        emit(methods, [_name(what)], 0.75)  # each method measures the marker
    for carry in _CARRY.finditer(body):
        end = base + _end(body, carry.end())
        carried = [m for m in ms if base + carry.end() <= m.start < end and _is_marker(m)]
        if carried and not negated(body[carry.start() : carry.end()]):
            emit(carried, [clean_phrase(carry.group("cells"))], 0.75)
    if seg.lead is not None:
        lp = _LEAD_PURPOSE.match(seg.text[: seg.body_start])
        if lp and not negated(lp.group(0)):
            disease = _canonical_disease(dc, clean_phrase(lp.group("x")))
            emit(_item_heads(body, base, ms), [f"{lp.group('v').lower()} of {disease}"], 0.75)
        lt = _LEAD_TESTS.search(seg.text[: seg.body_start])
        if lt:
            tests = [m for m in ms if _is_marker(m)]
            objs = _objects(dc, f"{lt.group('v')} {lt.group('x')}", None)
            emit(tests, objs, 0.75)
    return out


# A glossary entry of tests, "- Complete blood count (CBC): A procedure in which a sample of
# blood is drawn and checked for ...": the term, then what the procedure looks for.
_DEFINITION = re.compile(
    r"(?:^|[.:]\s+|\s)-\s+(?P<term>[^:\-.;]{2,60}?)\s*(?:\([^()]{1,30}\))?\s*:\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:procedure|test|exam|examination|scan|study)\s+"
    r"(?:in which|that|done)\b",
    re.IGNORECASE,
)
_LOOKS_FOR = re.compile(
    r"\b(?:checked|check(?:s|ing)?|look(?:s|ing)?|examined|tested|test(?:s|ing)?)\s+for\s+|"
    r"\b(?:to\s+)?(?:measure|measures|measured)\s+",
    re.IGNORECASE,
)


def _definitions(
    dc: DocContext, body: str, base: int, ms: list[Mention]
) -> list[tuple[Mention, list[str]]]:
    """(test, what it looks for) of each glossary entry in ``body``; an entry whose checks are
    a list under "the following:" gives each listed item."""
    out: list[tuple[Mention, list[str]]] = []
    entries = list(_DEFINITION.finditer(body))
    for k, d in enumerate(entries):
        term = [m for m in ms if base + d.start("term") <= m.start < base + d.end("term")]
        if len(term) != 1 or not _is_marker(term[0]):
            continue
        stop = entries[k + 1].start() if k + 1 < len(entries) else len(body)
        first = re.search(r"\.(?:\s|$)", body[d.end() : stop])
        sentence = body[d.end() : d.end() + first.start() if first else stop]
        look = _LOOKS_FOR.search(sentence)
        if look is None or negated(sentence[: look.start()]):
            continue
        what = sentence[look.end() :]
        if re.match(r"\s*the following\s*:", what, re.IGNORECASE):
            rest = body[d.end() + look.end() : stop]
            items = [i for i in re.split(r"\s-\s+", rest)[1:] if i.strip()]
            objs = [_free_phrase(i) for i in items]
        else:
            objs = [_free_phrase(what)]
        objs = [o for o in objs if o and len(o.split()) <= 25]
        if objs:
            out.append((term[0], objs))
    return out


def _free_phrase(text: str) -> str:
    """A finding as the text words it: no bracketed remark, footnote, leading article or
    "certain", no quotes, no trailing side phrase ("... in the body")."""
    t = drop_parens(text).replace('"', "").replace("“", "").replace("”", "")
    t = re.split(r"\.(?:\s|$)", t)[0]
    t = re.sub(r"\bcertain\s+", "", t)
    t = re.sub(r"^\s*(?:the|a|an)\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"\s+in the body$", "", t.strip(" ,;:"), flags=re.IGNORECASE)
    return lower_first(re.sub(r"\s+", " ", t).strip(" ,;:"))


def _item_heads(body: str, base: int, ms: list[Mention]) -> list[Mention]:
    """The tests a list item names: the one it opens with, and the one opening each
    alternative after "; or" ("CT of the chest ...; or PET-CT"). Tests named inside it
    ("Chemistry panel (electrolytes, creatinine ...)") are parts of the first, not items."""
    out = []
    for start in [0] + [m.end() for m in re.finditer(r";\s*(?:or\s+|and\s+)?", body)]:
        lead = re.match(r"\s*(?:(?:an?|the)\s+)?", body[start:])
        at = base + start + (lead.end() if lead else 0)
        first = next((m for m in ms if m.start == at and _is_marker(m)), None)
        if first is None:
            # "metabolic imaging (... PET ...) with PET-CT": the test the alternative names
            stop = base + _end_clause(body, start)
            first = next((m for m in ms if at < m.start < stop and _is_marker(m)
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


def _measurements(body: str, base: int, ms: list[Mention]) -> list[tuple[Mention, list[Mention]]]:
    """(marker, the test methods that measure it) of each such phrase in ``body``."""
    found: list[tuple[Mention | None, int]] = []
    for m in _MEASURED_BY.finditer(body):
        before = [x for x in ms if x.end <= base + m.start()]
        # the marker ends just before, perhaps with its abbreviation in brackets
        if before and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?",
                                   body[before[-1].end - base : m.start()]):
            found.append((before[-1], m.end()))
    for m in _MEASUREMENT_OF.finditer(body):
        inside = [x for x in ms if base + m.start("x") <= x.start < base + m.end("x")]
        found.append((inside[0] if len(inside) == 1 else None, m.end()))
    out: list[tuple[Mention, list[Mention]]] = []
    for what, start in found:
        if what is None or not _is_marker(what) or negated(body[max(0, start - 40) : start]):
            continue
        stop = _METHODS_END.search(body, start)
        end = base + (stop.start() if stop else len(body))
        methods = [x for x in ms if base + start <= x.start < end and _is_test(x)]
        if methods:
            out.append((what, methods))
    return out


def _is_test(m: Mention) -> bool:
    hit = m.hit("marker")
    return hit is not None and hit.type == "test"


# A sentence about the test named just before: "It shows ...", "This test can show ...".
_PRONOUN = r"(?:it|this test|the test|this procedure|this exam|this scan)"
_PRONOUN_OPENING = re.compile(rf"\s*{_PRONOUN}\b", re.IGNORECASE)
# "An A1C of 5.7 to 6.4 percent indicates prediabetes": a result above or below a cut-off is a
# threshold (a numeric fact), not what the test shows.
_VALUE_OF = re.compile(r"\b(?:of|at|above|below|over|under)\s+\d", re.IGNORECASE)
_MEANS = re.compile(r"\s(?:by|with|using|via|through)\s", re.IGNORECASE)


def _subjects(
    dc: DocContext, seg: Segment, ms: list[Mention], cue_pos: int, *, allow_pronoun: bool = True
) -> list[Mention]:
    """Markers the cue at ``cue_pos`` is said of: the clause's subject list, or "it" = M."""
    text = seg.text
    start = max(
        text.rfind(". ", 0, cue_pos), text.rfind("; ", 0, cue_pos), text.rfind(": ", 0, cue_pos)
    )
    start = seg.body_start if start < seg.body_start else start + 2
    span = text[start:cue_pos]
    outside = re.sub(r"\([^()]*\)", " ", span)
    markers = [m for m in ms if start <= m.start < cue_pos and _is_marker(m)]
    means = _MEANS.search(span)
    if means is not None and any(m.start < start + means.start() for m in markers):
        # "Measurement of MRD by flow cytometry or PCR identifies ...": what is measured is the
        # subject; the methods after "by" are how
        markers = [m for m in markers if m.start < start + means.start()]
    if markers and any(m.is_kind("drug") and start <= m.start < markers[0].start for m in ms):
        return []  # "X targets CD33 and is used in AML": the clause's subject is the drug
    if markers and _VALUE_OF.search(outside):
        return []
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
        if first is not None and _is_marker(first) and first.start - start < 25:
            return [first]
        if re.fullmatch(rf"\s*{_PRONOUN}\s+", span, re.IGNORECASE):
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
    tests = [m for m in ms if begin <= m.start and m.end <= colon and _is_marker(m)]
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
    if not ms or not _is_marker(ms[0]):
        return []
    opening = before.text[: ms[0].start]
    if not re.fullmatch(r"\s*(?:(?:an?|the|your|this)\s+)?", opening, re.IGNORECASE):
        return []
    return [ms[0]]


def _objects(dc: DocContext, text: str, verb: str | None) -> list[str]:
    """Object phrases after a cue, nominalised; "X and plan Y" gives two objects."""
    t = _OBJECT_TAIL.sub("", drop_parens(text)).strip(" ,.")
    if not t or re.match(r"^(?:if|whether|how|what|why|when|where|that)\b", t, re.IGNORECASE):
        return []
    parts = re.split(rf"\s+and\s+(?={_VERB}\b)", t, flags=re.IGNORECASE)
    out = []
    for k, part in enumerate(parts):
        v = verb if k == 0 else None
        p = part
        if v is None:
            mv = re.match(rf"^({_VERB})\s+(.*)$", part, re.IGNORECASE)
            if mv:
                v, p = mv.group(1), mv.group(2)
        for item in _items(p):
            for one in _diseases_apart(dc, item):
                obj = _noun_phrase(dc, one, v)
                if obj:
                    out.append(obj)
    return out


_PAIR = re.compile(r"^(?P<a>.+?),?\s+(?:and|or)\s+(?P<b>.+)$", re.IGNORECASE)


def _diseases_apart(dc: DocContext, item: str) -> list[str]:
    """ "type 2 diabetes and prediabetes": two conditions, each a purpose of its own (unlike
    "liver and kidney function", where one head governs both)."""
    whole = re.sub(r"\.\d+$", "", clean_phrase(drop_parens(item)))
    of = re.match(r"^\w+\s+of\s+", whole)  # "diagnosis of A and B"
    head = of.group(0) if of else ""
    pair = _PAIR.match(whole[len(head) :])
    if pair is None:
        return [item]
    parts = [pair.group("a"), pair.group("b")]
    if all(_is_condition(dc, x) for x in parts):
        return [head + x for x in parts]
    return [item]


def _is_condition(dc: DocContext, phrase: str) -> bool:
    ms = dc.find(phrase)
    if len(ms) != 1 or ms[0].start != 0 or ms[0].end != len(phrase):
        return False
    hit = ms[0].hit("condition")
    return hit is not None and hit.type in ("disease", "subtype", "complication", "syndrome")


_RELATIVE = re.compile(r"\s+(?:that|which|who)\s", re.IGNORECASE)


def _items(text: str) -> list[str]:
    """The members of a comma list of findings ("anaemia, a low platelet count and a high white
    cell count"); a lone "A and B" stays whole ("liver and kidney function"), as does a list
    one head governs ("the number of red cells, white cells and platelets"). The member a
    relative clause qualifies ("..., and a count that is too high or too low") is left out."""
    relative = _RELATIVE.search(text)
    head = text if relative is None else text[: relative.start()]
    if "," not in head:
        return [text]
    members = split_list(head)
    if " of " in members[0]:
        return [text]  # "the number of red cells, white cells and platelets": one head
    return members if relative is None else members[:-1]


def _noun_phrase(dc: DocContext, text: str, verb: str | None) -> str | None:
    p = re.sub(r"\.\d+$", "", clean_phrase(text))  # "prediabetes.2": a footnote number
    # a reader's card: "your heart" is "the heart"; "certain changes" are the changes
    p = re.sub(r"\byour\b", "the", p)
    p = re.sub(r"\bcertain\s+", "", p)
    if not p or len(p.split()) > 8:
        return None
    diag = re.match(r"^(?P<x>.+?)\s+diagnosis$", p, re.IGNORECASE)
    if diag:
        verb, p = "diagnose", diag.group("x")
    p = re.sub(r"^(?:look|search|test|check)s?\s+for\s+", "", p, flags=re.IGNORECASE)
    p = _canonical_disease(dc, p)
    if verb is None or verb.lower() == "guide":
        return p
    v = verb.lower()
    if v == "plan":
        return f"{p} planning"
    if v == "check":
        within = re.match(r"^(?:the\s+)?(?P<x>[\w -]+?)\s+for\s+(?P<y>.+)$", p)
        if within:  # "check the cerebrospinal fluid for leukaemia cells"
            return f"{within.group('y')} in the {within.group('x')}"
    if v == "check" and not p.lower().startswith("for "):
        return f"assessment of {p}"  # "check cardiac function"; "check for X" is detection
    p = re.sub(r"^for\s+", "", p)  # "check for X"
    if v == "confirm" and p.startswith("diagnosis of "):
        return p  # "confirm the diagnosis of ALL" -> "diagnosis of ALL"
    return f"{_NOUN[v]} {p}"


def _canonical_disease(dc: DocContext, phrase: str) -> str:
    """Disease names as the lexicon spells them; a condition's name spelled another way
    ("anaemia") takes the lexicon's spelling ("anemia"), but a synonym keeps its words."""
    ms = dc.find(phrase)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(phrase):
        whole = ms[0].hit("condition")
        if whole is not None and spelled_alike(phrase, whole.name):
            return whole.name
    for m in reversed(ms):
        h = m.hit("condition")
        if h is not None and h.type in ("disease", "subtype"):
            phrase = phrase[: m.start] + h.name + phrase[m.end :]
    return phrase


def _end(text: str, start: int) -> int:
    m = _END.search(text, start)
    return m.start() if m else len(text)
