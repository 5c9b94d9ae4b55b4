"""The cue patterns :mod:`.markers` reads a test's purpose from.

Each pattern is one sentence structure ("M shows X", "X is diagnosed by M", "Tests used to
diagnose X include:" ...); :mod:`.markers` decides which test and which object it names, and
:mod:`.marker_calibration` how far each structure is trusted. Kept apart so the reading code
stays short.
"""

from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import VERB

CUE = re.compile(
    # ("almost always indicate": adverbs of frequency between the subject and its verb)
    r"\b(?:(?:can|may|also|often|sometimes|usually|is|are|be|almost|nearly|always|generally|"
    rf"typically|frequently)\s+)*(?:"
    rf"(?:help|helps|helped)\s+(?:us\s+|doctors\s+|to\s+)?(?P<hv>{VERB})|"
    rf"(?:is|are|be)\s+(?:(?:also|often|sometimes|usually)\s+)?"
    rf"(?:used|done|performed|carried out|needed|required)\s+"
    rf"(?:to\s+(?P<uv>{VERB})|to\s+(?:look|search|test)\s+for|for)|"
    r"(?P<g>guide|guides|inform|informs)|"
    # "It allows the doctor to examine the blood flow": what the test lets its reader see
    r"(?:allow|allows|let|lets|enable|enables)\s+(?:the\s+|your\s+|a\s+)?(?:doctors?|"
    rf"health care providers?|providers?|physicians?)\s+to\s+(?:see|examine|view|(?P<av>{VERB}))|"
    # "A blood test can tell if you have diabetes": whether the person has it, shown
    # ("show whether": read by the frames of :mod:`.marker_objects`; "have had", "have enough")
    r"(?P<s>(?:tell|tells|find\s+out)\s+(?:if|whether)\s+(?:you|someone|"
    r"a\s+person|your\s+child|the\s+patient|people|a\s+woman|a\s+man)\s+(?:has|have)"
    r"(?!\s+(?:had|enough|been|a\s+normal)\b)|"
    r"show|shows|showed|reveal|reveals|revealed|detect|detects|detected|indicate|"
    r"indicates|measure|measures|identify|identifies|confirm|confirms|confirmed|check|checks|"
    r"checked(?:\s+for)?|look(?:s|ed)?\s+for|find|finds|"
    r"assess(?:es)?|evaluate(?:s)?|determine(?:s)?|"
    # "Urinalysis provides information about kidney damage": what the test informs about (not
    # "information about the size and shape of the heart": an organ's make-up, no finding)
    r"(?:provides?|gives?|offers?)\s+(?:(?:more|useful|important)\s+)?information\s+"
    r"(?:about|on)(?!\s+(?:the\s+|your\s+)?(?:size|shape|structure|position|appearance)\b)))\s+",
    re.IGNORECASE,
)
# "M is key for X", "M is used for X"; "M is the most accurate method to detect X", "M is the
# most common test for diagnosing X", "M is an important way to find X early": a test named as
# a good means is used for what it serves
KEY = re.compile(
    r"\s+(?:is|are)\s+(?:\w+\s+)?(?:key|vital|essential|important|crucial|critical|central|"
    r"used|needed|required|necessary|the gold standard|the main test|"
    r"(?:the|an?|one\s+of\s+the)\s+(?:(?:most|more|very)\s+)?(?:accurate|best|main|reliable|"
    r"sensitive|specific|preferred|definitive|standard|common|usual|only|primary|simplest|"
    r"important|good|useful|effective)\s+"
    r"(?:tests?|methods?|ways?|tools?|means|procedures?|exams?))\s+(?:for|in|to)\s+",
    re.IGNORECASE,
)
DIAGNOSED_BY = re.compile(
    r"\b(?:is|are|(?:can|may|must|will|should)\s+(?:only\s+|also\s+|usually\s+)?be)\s+"
    r"(?:(?:usually|typically|often|mostly|only|"
    r"also|generally|definitively|best|first)\s+)*"
    r"(?P<v>diagnosed|confirmed|classified|detected|monitored)\s+"
    r"(?:by|with|using|through|via|on|from|based\s+on)\s+",
    re.IGNORECASE,
)
# "To diagnose X, the doctor may order A and B": the tests the main clause names serve it
TO_DIAGNOSE = re.compile(
    r"^\s*(?:to|in\s+order\s+to)\s+(?:help\s+)?(?:(?P<v>diagnose|confirm)|"
    # "To find out if you have X, your doctor may do A": whether the person has it
    r"(?P<f>find\s+out|tell|check|see)\s+(?:if|whether)\s+(?:you|someone|a\s+person|your\s+child|"
    r"the\s+patient)\s+(?:has|have))\s+"
    r"(?P<x>[\w\s'’-]{1,50}?),\s+",
    re.IGNORECASE,
)
# "The tests most often used to diagnose X are A, B and C": the tests the copula lists
TESTS_USED_ARE = re.compile(
    r"\b(?:tests?|procedures?|exams?|examinations?|studies)\s+(?:(?:that|which)\s+(?:is|are)\s+)?"
    r"(?:(?:most\s+)?(?:often|commonly|usually|frequently)\s+)?used\s+to\s+(?:help\s+)?"
    r"(?P<v>diagnose|confirm)\s+(?P<x>[\w\s'’-]{1,50}?)\s+(?:are|include|includes)\s+(?!:)",
    re.IGNORECASE,
)
# "The diagnosis of X requires a kidney biopsy", "Diagnosing X requires A and B", "The only way
# to definitely diagnose X is through a liver biopsy": the test the diagnosis cannot do without
DIAGNOSIS_REQUIRES = re.compile(
    # ("a test for diagnosing X is ...": a gerund after a preposition is no subject)
    r"(?:\bdiagnosis\s+of|(?:^|(?<=[.;:,]\s))diagnosing|\bonly\s+way\s+to\s+(?:\w+ly\s+)?(?:diagnose|confirm))\s+"
    r"(?P<x>[\w\s'’-]{1,50}?)"
    # ("... NASH and separate it from simple fatty liver is ...": what it is told apart from)
    r"(?:\s+and\s+(?:separate|distinguish|differentiate|tell)\s+it\s+(?:apart\s+)?from\s+"
    r"[\w\s'’-]{1,50}?)?\s+(?:usually\s+|often\s+|always\s+)?"
    r"(?:requires|needs|relies\s+on|is\s+(?:(?:through|with|by|using|via)\s+)?)\s*",
    re.IGNORECASE,
)
# "A provider diagnoses X with A, B and C", "Doctors will diagnose X based on A and B": the
# tests named after the means are the ones the diagnosis rests on
DIAGNOSES_WITH = re.compile(
    r"\bdiagnoses?\s+(?P<x>[\w\s'’-]{1,50}?)\s+(?:with|using|by|through|based\s+on|from)\s+",
    re.IGNORECASE,
)
# "Providers diagnose high blood pressure when blood pressure readings are 140/90 or above",
# "The doctor diagnoses anemia if a blood count shows low hemoglobin": the test whose result
# the condition opens with is the one the diagnosis rests on
DIAGNOSES_WHEN = re.compile(
    r"\bdiagnos(?:e|es)\s+(?P<x>[\w\s'’-]{1,50}?)\s+(?:when|if|once)\s+"
    r"(?:(?:the|a|an|your|their|his|her|two|repeated|several)\s+)?",
    re.IGNORECASE,
)
DIAGNOSIS_BASED = re.compile(
    r"\bdiagnosis\s+(?:of\s+[\w\s-]{1,40}?\s+)?(?:is|can be)\s+"
    r"(?:usually\s+|typically\s+|often\s+)?"
    r"(?:based on|made (?:by|with|using)|confirmed (?:by|with))\s+",
    re.IGNORECASE,
)
MARKER_OF = re.compile(
    r"\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:marker|markers|hallmark|sign|"
    r"indicator|measure)\s+of\s+",
    re.IGNORECASE,
)
# "A useful measure of overweight and obesity is body mass index": the copula turned round
MEASURE_OF_IS = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?:\w+\s+)?(?:marker|measure|indicator|sign)\s+of\s+"
    r"(?P<x>[^,.;]{2,60}?)\s+(?:is|are)\s+",
    re.IGNORECASE,
)
# "Upper GI series is an x-ray exam that provides a look at the shape of the upper GI tract":
# the test defined by what it shows
TEST_THAT = re.compile(
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
TEST_USED_TO = re.compile(
    r"\s+(?:is|are)\s+(?:the|an?|one of the)\s+(?:[\w-]+\s+){0,4}?(?:tests?|exams?|"
    r"examinations?|procedures?|scans?|study|studies)\s+(?:(?:that|which)\s+(?:is|are)\s+)?"
    rf"(?:(?:most\s+)?(?:often|commonly|usually)\s+)?used\s+to\s+(?P<v>{VERB})\s+"
    # "A genetic test is the most certain way to check for X", "A chest x ray is the most
    # common test for detecting X": the test named as the means to a purpose
    r"|\s+(?:is|are)\s+(?:the|an?|one of the)\s+(?:[\w-]+\s+){0,3}?(?:tests?|ways?|means)\s+"
    r"(?:to\s+(?P<v2>check\s+for|detect|diagnose|find|confirm)|"
    r"for\s+(?P<g2>detecting|diagnosing|finding|confirming|checking\s+for))\s+",
    re.IGNORECASE,
)
# "MRI and CT are common diagnostic tests for epilepsy", "A biopsy is the main diagnostic tool
# for X": the tests the copula's subject names, used to diagnose X
DIAGNOSTIC_FOR = re.compile(
    r"\s+(?:is|are)\s+(?:the\s+|an?\s+|one\s+of\s+the\s+)?(?:(?:most\s+)?(?:common|standard|"
    r"usual|main|key|important|useful|first|primary|best)\s+)?diagnostic\s+(?:tests?|tools?|"
    r"procedures?|studies|exams?)\s+(?:for|of)\s+(?P<x>[\w\s'’-]{2,50}?)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
GERUND = {"detecting": "detect", "diagnosing": "diagnose", "finding": "find",
           "confirming": "confirm", "checking for": "find"}  # fmt: skip
# "A health care provider can use liver biopsy to diagnose autoimmune hepatitis"
# "<test> uses radioactive tracers to show X"; what a test "looks at" or "examines" is the
# organ it images ("uses sound waves to look at the fetus"), not a finding
USES_TO_SHOW = re.compile(
    r"\s+(?:uses|use|involves|involve)\s+[^.;:]{2,80}?\s+to\s+(?:show|see|detect|find|measure|"
    r"look\s+for|check\s+for)\s+",
    re.IGNORECASE,
)
# "use a liver biopsy to diagnose X"; "may suggest biomarker tests to help predict X": the test
# ordered for a purpose
USE_TO = re.compile(
    r"\b(?:use|uses|used|using|suggest|suggests|recommend|recommends|order|orders|ordered|"
    rf"perform|performs|performed)\s+(?P<t>[^.;:]{{2,80}}?)\s+to\s+(?:help\s+)?(?P<v>{VERB})\s+",
    re.IGNORECASE,
)
LEAD_TESTS = re.compile(
    r"\b(?:tests?|procedures?|investigations?|exams?|examinations?|"
    r"studies)\b[^:]{0,40}?\b(?:to|for)\s+"
    rf"(?P<v>{VERB}|diagnosis of|diagnosing)\s+(?P<x>[^:]{{0,40}}?)\s*(?:include|includes|are|:)",
    re.IGNORECASE,
)
# "Diagnostic evaluation of patients with lymphoma may include:" over a list of tests.
LEAD_PURPOSE = re.compile(
    r"^\s*(?:the\s+|a\s+)?(?:initial\s+)?(?P<v>diagnostic evaluation|diagnostic work-?up|"
    r"work-?up|evaluation|staging|diagnosis|screening|monitoring|follow-up)\s+(?:of|for)\s+"
    r"(?:(?:patients|people|adults|children|someone)\s+(?:with|who have)\s+)?"
    r"(?P<x>[^:,;]{2,40}?)\s+(?:(?:may|should|will|can|usually|typically|often)\s+)?"
    r"(?:include|includes|involve|involves|consist of|consists of)\s*:?\s*$",
    re.IGNORECASE,
)
# "B-cell blasts carry CD19 and CD79a": the antigens mark those cells.
CARRY = re.compile(
    r"(?P<cells>\b(?:(?!(?:while|whereas|and|but|or|although|the|their|its|most|many|some|all|"
    r"few|these|those|of|in)\b)[\w-]+\s+){1,2}"
    r"(?:lympho)?blasts)\s+(?:(?:usually|typically|often|also|"
    r"normally)\s+)?(?:carry|carries|express|expresses)\s+",
    re.IGNORECASE,
)
END = re.compile(
    r"[.;!?](?:\s|$)|,(?!(?:\s*[\w\s-]{1,60}?,)*?\s*(?:[\w\s-]{1,60}?\s+)?(?:and|or)\s+"
    r"[\w\s-]{1,60}?(?:[.;]|$))|"
    r"\s+(?:which|while|but|and\s+(?:is|are|can|it|they))\b|\s[–—-]\s",
    re.IGNORECASE,
)


INDICATES = re.compile(r"indicates?$", re.IGNORECASE)

# "is done for children who ...", "is recommended for people with ...": who has the test
FOR_PEOPLE = re.compile(
    r"(?:(?:a|an|the|all|some|most|many|every|each|any|certain)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:child|children|people|persons?|patients?|adults?|women|men|babies|infants|newborns|"
    r"those|anyone|someone|individuals?|family\s+members|relatives)\b",
    re.IGNORECASE,
)
# After "is key / essential / used to": a noun ("key to the diagnosis", "central to care")
_NOUN_AFTER_TO = re.compile(
    r"(?:the|a|an|its|their|this|these|early|accurate|correct)\b|"
    r"\w+(?:tion|sis|ment|ance|ence|ity|ure|gy)\b|\w{4,}ing\b",
    re.IGNORECASE,
)


def key_object(body: str, k: re.Match[str]) -> tuple[str | None, int] | None:
    """Where the object of a "M is key / essential / used for|to X" match ``k`` starts, and
    the verb it turns into a noun: "for diagnosing X" -> ("diagnose", X); "to the diagnosis"
    -> (None, ...). A verb after "to" that the cues read ("used to diagnose") is left to them,
    and one they do not know ("used to reveal signs") gives nothing: an infinitive is no
    noun phrase."""
    rest = body[k.end() :]
    prep = k.group(0).rstrip().rsplit(None, 1)[-1].lower()
    if prep == "to":
        # "used to help diagnose X": a verb the objects read; "used to reveal X": none
        known = _NOUN_AFTER_TO.match(rest) or _KNOWN_VERB.match(rest)
        return (None, k.end()) if known else None
    if FOR_PEOPLE.match(rest) or _FOR_DOCTOR.match(rest):
        return None  # "is used for patients who ...": who has the test, not what it finds
    # "for both diagnosing X and following it": the "both" of the coordination opens no object
    skip = k.end() + (b.end() if (b := _BOTH.match(rest)) else 0)
    g = _GERUND_WORD.match(body, skip)
    verb = None if g is None else GERUND.get(" ".join(g.group(0).lower().split()))
    if g is None or verb is None:
        return None, skip  # "used for screening": a noun already
    return verb, g.end()


_BOTH = re.compile(r"(?:both|either)\s+", re.IGNORECASE)


# "the best way for your doctor to ...": who does the reading, not what it finds
_FOR_DOCTOR = re.compile(
    r"(?:your|the|a)\s+(?:doctor|provider|health\s+care\s+provider|specialist)s?\b",
    re.IGNORECASE,
)
# "for detecting pituitary tumors and determining their size": a second purpose, another verb
AND_GERUND = re.compile(r",?\s+(?:and|or)\s+\w+ing\b.*$", re.IGNORECASE | re.DOTALL)
# "used to help diagnose X"; "needed to see whether X": a question the objects reader reads
_KNOWN_VERB = re.compile(
    rf"(?:help\s+(?:to\s+)?)?(?:{VERB}\b|(?:see|find\s+out|learn|tell)\s+(?:whether|if)\b)",
    re.IGNORECASE,
)
_GERUND_WORD = re.compile(r"\w+ing(?:\s+for)?\b(?=\s)", re.IGNORECASE)


# A said verb in the passive: "are checked", "is detected": the subject is what is examined
PASSIVE = re.compile(
    r"\b(?:is|are|be|been)\s+(?:\w+ly\s+)?(?:checked|detected|confirmed|measured|identified|"
    r"evaluated|assessed|determined|revealed|shown|indicated|found)\b",
    re.IGNORECASE,
)
# A bare infinitive of purpose after a noun: "creatinine measurements to check ..." (not "used
# to", "help to", "needed to": those are the cue's own words)
# ("stool tests to isolate and identify ...": two verbs joined on one infinitive)
PURPOSE_TO = re.compile(
    r"(?<!used)(?<!done)(?<!help)(?<!helps)(?<!needed)\s+to\s+(?:[a-z]+\s+(?:and|or)\s+)?$",
    re.I,
)


NEEDED = re.compile(r"\b(?:needed|required)\b", re.IGNORECASE)
