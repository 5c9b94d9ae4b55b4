"""marker: diagnostic test or marker -> what it shows or is used for.

Shape: subject = the test or marker (a lexicon name: a test such as "complete blood count", or
an antigen/gene/abnormality such as "CD10"), object = a short noun phrase from the text. Verbs
become nouns so objects read alike: "helps classify the leukemia" -> "classification of
leukemia", "plan treatment" -> "treatment planning", "ALL diagnosis" / "diagnose ALL" ->
"diagnosis of <disease>". Read from
  * "M (helps|is used to|guides|shows|reveals|detects|indicates|measures|confirms) X" (also
    "Markers such as M1, M2 and M3 guide X", and "it shows X" when M is the sentence subject);
  * "M is key / essential / used for X";
  * "<disease> is diagnosed / confirmed by M1 and M2" (also "can be diagnosed based on"),
    "diagnoses X when M's result ...", "To diagnose X, <someone> orders M", "The diagnosis of
    X requires M", "Tests used to diagnose X are M1 and M2";
  * "M is a marker / hallmark of X";
  * a lead-in "Tests used to diagnose X include:" over a list of tests, or a section heading
    "Tests that examine X are used to diagnose and stage Y." over "the following tests and
    procedures:" (:mod:`.marker_sections`), each item's test the one it opens with;
  * "M, which shows X"; "M is the main test used to diagnose X"; "It allows the doctor to see
    X"; "recommend M to help stage X"; findings ", which shows" lists of a condition the
    sentence names give M -> the condition (:mod:`.marker_owners`).
An object that is a clause ("shows if leukemia cells are present") is skipped, as are a bedside
examination's routine ("the exam checks balance"), what an imaging test "looks at" (an organ),
and one term of a ratio ("the ratio of albumin to creatinine") taken for the marker. So are a
generic test word that is only another procedure's means ("DEXA uses x rays to ...", "This x ray
of the pelvis ...", "the radiologist studies the x rays"), a passive check of people ("are
checked regularly"), and an object that is a schedule, a bare category ("diagnose conditions";
its examples after "such as" are taken instead) or a cut clause ("a mutation or not"), another
procedure's name or markup cut through (:mod:`.marker_findings`). Verbs joined on one object
share it ("diagnose and stage X"); "help" before a verb is no part of the purpose; questions a
test answers are read in :mod:`.marker_questions`. Where a purpose ends inside a list of tests
each given its own ("a CBC to look for X, stool tests to find Y, and ...") and what "check A,
B, and C for X" finds is decided in :mod:`.marker_spans`; a generic "the biopsy" is named as
the specific biopsy its paragraph named, and a marker said to "indicate" a disease at a level
is named with it ("elevated IGF-I") (:mod:`.marker_subjects`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract import marker_cues as cues
from trainer.generator.extract import page_topic
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_calibration import calibrated
from trainer.generator.extract.marker_diagnosis_lists import diagnosis_list_tests
from trainer.generator.extract.marker_drug_uses import use_markers
from trainer.generator.extract.marker_findings import (
    CLAUSE_OBJECT,
    NO_FINDING,
    not_a_finding,
    own_change,
    restates,
    wrong_type,
)
from trainer.generator.extract.marker_inline_sections import (
    generic_description,
    inline_section_labels,
    inline_section_tests,
)
from trainer.generator.extract.marker_items import example_heads, item_heads
from trainer.generator.extract.marker_methods import measurements
from trainer.generator.extract.marker_names import stands_for_test
from trainer.generator.extract.marker_objects import (
    FRAGMENT,
    canonical_disease,
    definitions,
    is_bedside,
    is_examination,
    is_marker,
    marker_name,
    names_condition,
    objects,
)
from trainer.generator.extract.marker_owners import continued_owner, owner_condition
from trainer.generator.extract.marker_purposes import purpose_tests
from trainer.generator.extract.marker_recurrence import recurrence_tests
from trainer.generator.extract.marker_routine import routine_findings
from trainer.generator.extract.marker_sections import (
    advice_section,
    doing_offset,
    section_purposes,
)
from trainer.generator.extract.marker_settings import setting_tests
from trainer.generator.extract.marker_spans import checked_place, next_member
from trainer.generator.extract.marker_standard import standard_methods
from trainer.generator.extract.marker_subjects import (
    FOLLOWING_IN,
    PRONOUN_OPENING,
    companion,
    set_aside,
    specific_name,
    subjects,
    test_uses,
    with_levels,
)
from trainer.generator.extract.patterns import clean_phrase, negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    # "The standard method for diagnosing X is by identifying eggs in a stool sample"
    if advice_section(dc, seg):
        return []  # "What to do for X": points that restate the page, no marker of their own
    out: list[ExtractedFact] = standard_methods(dc, seg) + use_markers(dc, seg)
    body = seg.body
    base = seg.body_start
    pronoun = PRONOUN_OPENING.match(body)
    if not pronoun and not any(is_marker(m) for m in seg.mentions if seg.in_body(m)):
        return out  # most sentences name no test: no need to look for one set aside
    # "An MRI may be used instead of a CT scan": the test set aside is not the subject
    # "the echoes form a picture", "Ph.D.": a word the lexicon matched that names no test here
    ms = [m for m in seg.mentions if seg.in_body(m) and not set_aside(seg.text, m)
          and stands_for_test(dc, seg.text, m)]
    if not any(is_marker(m) for m in ms) and not pronoun:
        return out

    leveled: dict[int, str] = {}  # a marker named with its level: "elevated IGF-I"

    def emit(
        markers: list[Mention], objects: list[str], conf: float, path: str, *,
        listed: bool = False,
    ) -> None:
        for mk in markers:
            for obj in objects:
                if CLAUSE_OBJECT.search(obj):
                    continue  # "(confirm that) the urinary tract is infection free": a clause
                if is_bedside(mk) and not listed and obj.startswith("diagnosis of "):
                    continue  # every disease is diagnosed partly by examining the patient
                    # (a list of the tests used for one names its exam as one of them)
                if is_bedside(mk) and not listed and not names_condition(dc, obj):
                    continue  # "the exam checks alertness and balance": a routine, no finding
                obj = re.sub(r"^the\s+", "", obj)  # "the parasite's DNA" = "parasite's DNA"
                if NO_FINDING.search(obj):
                    continue  # a schedule, a bare category, a clause cut short: no finding
                if not_a_finding(dc, obj):
                    continue  # another procedure, or words left over from a cut
                if wrong_type(dc, obj):
                    continue  # people, a time or a drug: no finding a test shows
                if restates(marker_name(mk), obj):
                    continue  # "a platelet count measures the number of platelets"
                if not is_examination(mk) and own_change(marker_name(mk), obj):
                    continue  # "RB1" -> "a change in the RB1 gene": the gene is its own answer
                # a question of degree ("how much air you can breathe out") may end in a
                # particle, the verb's own, not one left by a cut
                cut = FRAGMENT.search(obj) and not obj.lower().startswith("how ")
                if obj and obj.lower() != marker_name(mk).lower() and not cut:
                    name = leveled.get(mk.start) or specific_name(dc, seg, mk)
                    fact = dc.fact(seg, Relation.MARKER, name, obj, conf)
                    out.append(calibrated(dc, replace(fact, origin=f"marker:{path}"), mk))

    for cue in cues.CUE.finditer(body):
        subj = subjects(dc, seg, ms, base + cue.start())
        if cues.NEEDED.search(cue.group(0)):
            subj = [m for m in subj if is_examination(m)]  # "calcium is needed for bones"
        if not subj or negated(body[max(0, cue.start() - 15) : cue.start()]):
            continue
        if cues.PASSIVE.search(cue.group(0)):
            continue  # "children with the gene are checked regularly": they are what is checked
        if cue.group(0).rstrip().lower().endswith(" for") and cues.FOR_PEOPLE.match(
            body, cue.end()
        ):
            continue  # "screening is done for children who ...": who gets it, not what it finds
        if cues.PURPOSE_TO.search(body[: cue.start()]):
            # "calcium measurements, creatinine measurements to check kidney function, and
            # ...": the infinitive belongs to the list member it follows, not to the list
            comma = body.rfind(",", 0, cue.start())
            subj = [m for m in subj if m.start >= base + comma]
            if not subj:
                continue
            member = True
        else:
            member = False
        verb = (cue.group("hv") or cue.group("uv") or cue.group("av")
                or (cue.group("g") and "guide"))
        said = (cue.group("s") or "").lower()
        if verb is None and said.startswith("confirm"):
            verb = "confirm"  # "confirms the diagnosis" -> "confirmation of diagnosis"
        elif verb is None and said.startswith("check") and not said.endswith("for"):
            verb = "check"  # "checked the fluid for blasts" -> "blasts in the fluid"
        stop = _end(body, cue.end())
        if member:
            # "a CBC to evaluate for X, stool tests to identify Y, and an STD screening": the
            # purpose stops where the next test of the list begins
            stop = next_member(body, base, ms, cue.end(), stop)
        if verb == "check" and checked_place(body, cue.end(), stop):
            # "check the esophagus, stomach, and duodenum for ulcers": places, then the finding
            stop = _sentence_end(body, cue.end())
        objs = objects(dc, body[cue.end() : stop], verb)
        owner = owner_condition(dc, body, base, ms, subj[0], cue.start(), said) if len(
            subj
        ) == 1 else None
        if len(subj) == 1 and not owner:
            owner = continued_owner(dc, seg, subj[0], said)
        if owner:
            # "affected bones look typical on x-rays, which may show A and B": test -> condition
            emit(subj, [owner], 0.75, "owner")
            continue
        if cues.INDICATES.match(said):
            # "Elevated IGF-I levels indicate X": the level, not the marker, is the sign
            subj, levels = with_levels(seg.text, subj, base + cue.start())
            leveled.update(levels)
        emit(subj, objs, 0.75, _cue_path(cue))
    k = cues.KEY.search(body)
    if k and negated(body[_clause_start(body, k.start()) : k.end()]):
        # "A CT scan is not used to diagnose X": a use denied ("Since X does not cause symptoms,
        # mammograms are an important way to find it": a negation in another clause denies none)
        k = None
    if k:
        # "calcium is needed for strong bones": what a substance is needed for is no finding;
        # only a test is "key for" or "used for" something
        subj = [m for m in subjects(dc, seg, ms, base + k.start(), allow_pronoun=False)
                if is_examination(m)]
        said = cues.key_object(body, k)
        if subj and said is not None:
            verb, at = said
            rest = body[at : _end(body, at)]
            if verb is not None:
                rest = cues.AND_GERUND.sub("", rest)  # "detecting X and determining Y": X
            emit(subj, objects(dc, rest, verb), 0.75, "key")
    ut = cues.USES_TO_SHOW.search(body)
    if ut and not negated(body[: ut.start()]):
        # "A nuclear heart scan uses radioactive tracers to show damage to the heart": what
        # the means serves to show is what the test shows
        subj = subjects(dc, seg, ms, base + ut.start(), allow_pronoun=False)
        subj = [m for m in subj if is_examination(m)]
        if subj:
            emit(subj, objects(dc, body[ut.end() : _end(body, ut.end())], None), 0.75,
                 "uses_to_show")
    d = cues.DIAGNOSED_BY.search(body)
    if d and not negated(body[: d.end()]):
        disease = _subject(dc, body, base, ms, d.start()) or dc.disease_in(
            [m for m in ms if m.start < base + d.start()]
        )
        tests = [m for m in ms if m.start >= base + d.end() and is_marker(m)]
        end = base + _end(body, d.end())
        tests = [m for m in tests if m.start < end]
        if disease and tests:
            noun = {"diagnosed": "diagnosis of", "confirmed": "confirmation of",
                    "classified": "classification of", "detected": "detection of",
                    "monitored": "monitoring of"}[d.group("v").lower()]  # fmt: skip
            emit(tests, [f"{noun} {disease}"], 0.75, "diagnosed_by")
    df = cues.DIAGNOSTIC_FOR.search(body)
    if df and not negated(body[: df.end()]):
        # the tests the subject names, from the clause's start to the copula
        cut = max(body.rfind(", ", 0, df.start()), body.rfind("; ", 0, df.start()))
        start = cut + 2 if cut >= 0 else 0
        named = [m for m in ms if base + df.start("x") <= m.start < base + df.end("x")]
        disease = _diagnosed(dc, df.group("x"), named, base + df.start("x"))
        tests = [m for m in ms if base + start <= m.start < base + df.start() and is_marker(m)]
        if disease and tests:
            emit(tests, [f"diagnosis of {disease}"], 0.75, "diagnostic_for")
    da = cues.DIAGNOSES_WITH.search(body)
    if da:
        # "A health care provider diagnoses autoimmune hepatitis with a medical history, a
        # physical exam, blood tests and a liver biopsy"
        named = [m for m in ms if base + da.start("x") <= m.start < base + da.end("x")]
        disease = _diagnosed(dc, da.group("x"), named, base + da.start("x"))
        end = base + _end(body, da.end())
        tests = [m for m in ms if base + da.end() <= m.start < end and is_marker(m)]
        if disease and tests and not negated(body[: da.start()]):
            emit(tests, [f"diagnosis of {disease}"], 0.75, "diagnoses_with")
    for shape, path in ((cues.TO_DIAGNOSE, "to_diagnose"),
                        (cues.DIAGNOSIS_REQUIRES, "diagnosis_requires"),
                        (cues.TESTS_USED_ARE, "tests_used_are")):
        tdx = shape.search(body)
        # "do not use urine tests to diagnose X; the diagnosis of X requires a biopsy": a
        # negation in the clause before a semicolon denies that clause only
        clause = body.rfind("; ", 0, tdx.start()) + 1 if tdx is not None else 0
        if tdx is None or negated(body[clause : _end(body, tdx.end())]):
            continue
        named = [m for m in ms if base + tdx.start("x") <= m.start < base + tdx.end("x")]
        said = re.match(r"(?:(?:a|an|the)\s+)?(?P<x>.+?\s+diagnosis)$", tdx.group("x"), re.I)
        # "To confirm a COPD diagnosis": the diagnosis in the sentence's own words
        disease = said.group("x") if said else _diagnosed(
            dc, tdx.group("x"), named, base + tdx.start("x")
        )
        end = base + _end(body, tdx.end())
        tests = [m for m in ms if base + tdx.end() <= m.start < end and is_marker(m)]
        opens = bool(tests) and bool(re.fullmatch(
            r"\s*(?:(?:a|an|the)\s+)?", body[tdx.end() : tests[0].start - base], re.IGNORECASE
        ))
        if path == "to_diagnose" and opens:
            continue  # "To diagnose X, a biopsy shows Y": the test does its own showing
        if path == "tests_used_are" and not opens:
            continue  # "Tests used to diagnose X are not always right": no list of tests
        noun = "confirmation of" if (tdx.groupdict().get("v") or "").lower() == "confirm" else (
            "diagnosis of"
        )
        if disease and tests:
            emit(tests, [f"{noun} {disease}"], 0.75, path)
    dw = cues.DIAGNOSES_WHEN.search(body)
    if dw and not negated(body[: dw.start()]):
        # the test must open the condition clause: "diagnose X when symptoms last ..." names
        # no test, and a test later in the clause is not what the diagnosis rests on
        named = [m for m in ms if base + dw.start("x") <= m.start < base + dw.end("x")]
        disease = _diagnosed(dc, dw.group("x"), named, base + dw.start("x"))
        first = [m for m in ms if m.start == base + dw.end() and is_marker(m)]
        if disease and first:
            emit(first, [f"diagnosis of {disease}"], 0.75, "diagnoses_when")
    db = cues.DIAGNOSIS_BASED.search(body)
    if db:
        disease = dc.disease_in([m for m in ms if m.start < base + db.start()]) or dc.main_disease
        end = base + _end(body, db.end())
        tests = [m for m in ms if base + db.end() <= m.start < end and is_marker(m)]
        if disease and tests:
            emit(tests, [f"diagnosis of {disease}"], 0.75, "diagnosis_based")
    mo = cues.MARKER_OF.search(body)
    if mo:
        subj = subjects(dc, seg, ms, base + mo.start(), allow_pronoun=False)
        if subj:
            emit(subj, objects(dc, body[mo.end() : _end(body, mo.end())], None), 0.75,
                 "marker_of")
    for tt in (cues.TEST_THAT.search(body), cues.TEST_USED_TO.search(body)):
        if tt is None:
            continue
        # the test is the clause's subject, named first: "Upper GI series is an x-ray exam ..."
        named = [m for m in ms if m.start < base + tt.start() and is_marker(m)]
        opening = body[: named[0].start - base] if named else "x"
        got = tt.groupdict()
        verb = got.get("v") or cues.GERUND.get(" ".join((got.get("g2") or "").lower().split()))
        if got.get("v2"):
            verb = "find" if got["v2"].lower().startswith("check") else got["v2"].lower()
        if named and re.fullmatch(r"\s*(?:(?:an?|the)\s+)?", opening, re.I) and not negated(
            body[: tt.end()]
        ):
            rest = body[tt.end() : _end(body, tt.end())]
            if got.get("g2"):
                rest = cues.AND_GERUND.sub("", rest)  # "detecting X and determining Y": X
            emit(named[:1], objects(dc, rest, verb), 0.75,
                 "test_that" if tt.re == cues.TEST_THAT else "test_used_to")
    mi = cues.MEASURE_OF_IS.match(body)
    if mi and not negated(body[: mi.end()]):
        after = [m for m in ms if m.start >= base + mi.end() and is_marker(m)]
        if after and after[0].start - base - mi.end() <= 4:
            emit(after[:1], objects(dc, mi.group("x"), None), 0.75, "measure_of_is")
    for use in cues.USE_TO.finditer(body):
        if FOLLOWING_IN.search(use.group("t")):
            continue  # "order the following urine tests to ...": the list below names them
        # "order a blood test that can detect the C282Y mutation to ...": a name inside the
        # relative clause is what the test finds, not the test
        rel = re.search(r"\s(?:that|which)\s", use.group("t"))
        t_end = use.start("t") + rel.start() if rel else use.end("t")
        tests = [m for m in ms if base + use.start("t") <= m.start < base + t_end
                 and is_marker(m)]  # fmt: skip
        if companion(use.group("t")):
            continue  # "This test is used with the blood smear to ...": the smear goes with it
        if test_uses(body, base, ms, use.start()):
            continue  # "DEXA uses low-dose x rays to measure ...": the x rays are its means
        stop = _end(body, use.end())
        if use.group("v").lower() == "check" and checked_place(body, use.end(), stop):
            stop = _sentence_end(body, use.end())  # places, then what they are checked for
        if tests and not negated(body[max(0, use.start() - 20) : use.start()]):
            emit(tests, objects(dc, body[use.end() : stop], use.group("v")), 0.75, "use_to")
    for test, objs in definitions(dc, body, base, ms):
        # a test's own description of what it finds, the same on any page ("an EKG records
        # the heart's electrical activity"), is held for review; a finding of the page's
        # condition ("cells that look hairy") is read as ever
        generic = [o for o in objs if generic_description(dc, o)]
        emit([test], [o for o in objs if o not in generic], 0.7, "definition")
        emit([test], generic, 0.7, "list_definition")
    for what, methods in measurements(body, base, ms):
        emit(methods, [marker_name(what)], 0.75, "measurement")  # each method measures the marker
    for carry in cues.CARRY.finditer(body):
        end = base + _end(body, carry.end())
        carried = [m for m in ms if base + carry.end() <= m.start < end and is_marker(m)]
        if carried and not negated(body[carry.start() : carry.end()]):
            emit(carried, [clean_phrase(carry.group("cells"))], 0.75, "carry")
    for test, at in setting_tests(body, base, ms):
        # "In tonometry, an instrument measures the pressure inside the eye"
        emit([test], objects(dc, body[at : _end(body, at)], None), 0.75, "setting")
    for test, recurrent in recurrence_tests(dc, seg, ms):
        emit([test], [recurrent], 0.75, "recurrence")  # "... to see if the cancer has come back"
    for test, verb, rest in purpose_tests(body, base, ms):
        emit([test], objects(dc, rest, verb), 0.75, "purpose")  # "- Biopsy to diagnose X"
    for test, purposes in inline_section_tests(dc, seg, ms):
        emit([test], purposes, 0.75, "inline_section", listed=True)  # a flattened test list
    for name, purpose in diagnosis_list_tests(dc, seg):
        # "To make a diagnosis, your doctor may do A, B, or C": each named as written
        fact = dc.fact(seg, Relation.MARKER, name, purpose, 0.75)
        out.append(replace(fact, origin="marker:diagnosis_list"))
    for name, purposes in inline_section_labels(dc, seg, ms):
        for purpose in purposes:  # the same lists, an item labelled by a name the lexicon lacks
            fact = dc.fact(seg, Relation.MARKER, name, purpose, 0.75)
            out.append(replace(fact, origin="marker:inline_label"))
    for test, found in routine_findings(dc, seg, ms):
        # "It may be found during a routine blood test"
        emit([test], [found], 0.75, "routine", listed=True)
    if seg.lead is not None:
        lp = cues.LEAD_PURPOSE.match(seg.text[: seg.body_start])
        if lp and not negated(lp.group(0)):
            disease = canonical_disease(dc, clean_phrase(lp.group("x")))
            emit(item_heads(body, base, ms), [f"{lp.group('v').lower()} of {disease}"], 0.75,
                 "lead_purpose", listed=True)
        # "Tests that examine X are used to diagnose Y." over "the following tests:" (the
        # bedside exam a list names is one of its tests, as the development keys read it)
        skip = doing_offset(body)  # ("- do a skin biopsy" under "Your doctor may:")
        heads = item_heads(body[skip:], base + skip, ms) or example_heads(body, base, ms)
        emit(heads, section_purposes(dc, seg), 0.75, "section", listed=True)
        lt = cues.LEAD_TESTS.search(seg.text[: seg.body_start])
        if lt:
            # the test each item opens with: a test or substance named inside an item ("the
            # scanner makes a picture of where glucose is used") is not one the lead-in lists
            tests = item_heads(body, base, ms)
            objs = objects(dc, f"{lt.group('v')} {lt.group('x')}", None)
            emit(tests, objs, 0.75, "lead_tests")
    return out




# What "diagnoses it with ..." stands for: the page's own disease
_GENERIC_DISEASE = re.compile(
    r"(?:it|them|this|(?:(?:the|this)\s+)?(?:disease|condition|disorder|illness|infection|"
    r"syndrome|problem))",
    re.IGNORECASE,
)
# People, not a disease: "diagnoses patients with ..."
_WHO = re.compile(r"\b(?:people|persons?|patients?|children|adults|someone|women|men)\b", re.I)


def _diagnosed(dc: DocContext, said: str, named: list[Mention], start: int) -> str | None:
    """The disease "diagnoses X with ..." names, in the sentence's own words: "autosomal
    dominant PKD" stays that (the page's broader "kidney disease" would teach less, or another
    form); a disease the lexicon knows takes its name; "it" is the page's disease."""
    words = clean_phrase(said)
    if _GENERIC_DISEASE.fullmatch(words):
        return dc.main_disease
    if _WHO.search(words) or re.search(r"\b(?:of|cases|most|many|some|all)\b", words, re.I):
        return dc.disease_in(named)
    whole = dc.disease_in(named)
    covered = bool(named) and named[0].start - start <= 4 and named[-1].end >= start + len(
        said.rstrip()
    )
    if whole is not None and covered:
        return whole
    if 1 <= len(words.split()) <= 5 and not re.search(r"\d", words):
        return canonical_disease(dc, words)
    return whole


def _subject(dc: DocContext, body: str, base: int, ms: list[Mention], at: int) -> str | None:
    """The condition a passive "X is diagnosed by ..." is said of, in the clause's own words:
    the words from the clause's start to the verb ("Ocular disease", "The condition")."""
    start = max(body.rfind(", ", 0, at), body.rfind("; ", 0, at), body.rfind(": ", 0, at))
    start = 0 if start < 0 else start + 2
    named = [m for m in ms if base + start <= m.start < base + at]
    conditions = [m for m in named if m.hit("condition") is not None]
    if len(conditions) > 1:
        # "Tests for Glaucoma Glaucoma is detected by ...": a heading run into the sentence
        # names the condition first; the clause's subject is its last naming
        start = conditions[-1].start - base
        named = conditions[-1:]
    said = body[start:at]
    if _GENERIC_DISEASE.fullmatch(clean_phrase(said)):
        return dc.main_disease
    # the page's topic by its own name, one the lexicon may lack ("Sinusitis is diagnosed by")
    topic = page_topic.names_topic(dc, re.sub(r"^(?:the|a|an)\s+", "", clean_phrase(said),
                                              flags=re.IGNORECASE))
    if topic is not None:
        return topic
    if not any(m.hit("condition") is not None for m in named) or re.search(
        r"\b(?:these|this|those|such|its|their)\b", said, re.IGNORECASE
    ):
        return None  # "These deposits are detected by ...": no condition of the page's
    words = re.sub(r"^(?:the|a|an)\s+", "", clean_phrase(said), flags=re.IGNORECASE)
    # in the sentence's own words: "TB disease" stays that, not the lexicon's synonym
    return words if 1 <= len(words.split()) <= 5 else None


def _cue_path(cue: re.Match[str]) -> str:
    """The reading path of a verb cue: "cue:help", "cue:used", "cue:guide", "cue:allow", or
    "cue:<said verb>" ("cue:show", "cue:check" ...), for measuring each one's precision."""
    for group, name in (("hv", "help"), ("uv", "used"), ("g", "guide"), ("av", "allow")):
        if cue.group(group):
            return f"cue:{name}"
    said = (cue.group("s") or "").lower()
    stem = next((v for v in _SAID_STEMS if said.startswith(v)), "other")
    return f"cue:{stem}"


_SAID_STEMS = ("show", "reveal", "detect", "indicat", "measur", "identif", "confirm", "check",
               "look", "find", "assess", "evaluat", "determin")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last semicolon or comma before it."""
    return max(text.rfind("; ", 0, at), text.rfind(", ", 0, at)) + 1


def _end(text: str, start: int) -> int:
    m = cues.END.search(text, start)
    return m.start() if m else len(text)


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"[.;!?](?:\s|$)").search(text, start)
    return m.start() if m else len(text)
