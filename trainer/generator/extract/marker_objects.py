"""What a test or marker shows, as a short noun phrase: the object side of marker facts.

Verbs become nouns so objects read alike ("helps classify the leukemia" -> "classification of
leukemia", "plan treatment" -> "treatment planning", "diagnose ALL" -> "diagnosis of
<disease>"); "see whether the person has X" -> "detection of X". A glossary entry of tests
("- Complete blood count (CBC): A procedure in which ... is checked for ...") gives what the
procedure looks for. Also which mentions are markers, and their names.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.marker_questions import (
    HOW_MUCH,
    how_clause,
    how_items,
    whether,
)
from trainer.generator.extract.patterns import (
    clean_phrase,
    drop_parens,
    lower_first,
    negated,
    split_list,
)
from trainer.generator.lexicon import Mention
from trainer.generator.tokens import spelled_alike

_MARKER_TYPES = {"antigen", "fusion", "chromosomal_abnormality", "gene", "enzyme", "receptor"}
_NOUN = {
    "diagnose": "diagnosis of", "classify": "classification of", "confirm": "confirmation of",
    "detect": "detection of", "identify": "identification of", "monitor": "monitoring of",
    "measure": "measurement of", "assess": "assessment of", "determine": "determination of",
    "predict": "prediction of", "evaluate": "evaluation of", "stage": "staging of",
    "find": "detection of", "spot": "detection of", "check": "detection of",
    "screen": "screening for",
}  # fmt: skip
VERB = (
    r"(?:diagnose|classify|confirm|detect|identify|monitor|measure|assess|determine|predict|"
    r"evaluate|stage|find|spot|check|plan|guide|screen)"
)

# Side phrases that end an object: "identify the type of leukemia by looking at ..."
_OBJECT_TAIL = re.compile(
    r"\s+(?:by|through|using|via|such as|including|when|even|if|because|so that|in order)\b.*$"
    # "the size and shape of the heart and how well its valves work": a clause joined on
    r"|\s+and\s+(?:how|whether|if|what|why|when|where)\b.*$"
    # "to diagnose X after the baby is born": a time told by a clause of its own
    r"|\s+(?:after|before|once|until|while)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)"
    r"[\w-]+\s+"
    r"(?:is|are|was|were|has|have|had)\b.*$"
    # "to diagnose X, plan Y, or both": the purposes are named already
    r"|,?\s+(?:or|and)\s+(?:both|all\s+(?:three|of\s+these))$",
    re.IGNORECASE,
)


# Whom a test tells, before what it tells: "can show your doctor how far the disease has spread"
_TOLD = re.compile(
    r"^\s*(?:the\s+|your\s+|a\s+)?(?:doctors?|health\s+care\s+providers?|providers?|"
    r"physicians?|care\s+team|surgeons?)\s+(?=(?:how|whether|if|what|where|which|when|that)\b)",
    re.IGNORECASE,
)


# A participle whose path or agent the side-phrase cut would drop ("blood moving through
# the vessels", "damage caused by a stroke"): the finding is not whole without it
_DANGLING = re.compile(r"\w\w(?:ed|ing)\s+(?:by|through|via|using)\b", re.IGNORECASE)


def is_marker(m: Mention) -> bool:
    if m.is_kind("marker"):
        return True
    h = m.hit("target")
    return h is not None and h.type in _MARKER_TYPES


def marker_name(m: Mention) -> str:
    return m.name("marker") if m.is_kind("marker") else m.name("target")


# What is left of a phrase cut short: a particle ("find out if ..." -> "out") or a last word of
# one letter ("H. pylori" cut at its full stop), unless a capital letter names a kind after its
# head noun ("hepatitis B", "vitamin D", "type A", "factor V").
FRAGMENT = re.compile(
    r"^(?:out|up|if|whether|how|why|what|more|it|them|this|that)$|"
    r"(?:^|\s)(?<!hepatitis\s)(?<!vitamin\s)(?<!type\s)(?<!group\s)(?<!factor\s)"
    r"(?<!protein\s)(?<!class\s)[A-Za-z]$|"
    r"\s(?:out|up|if|whether)$"
    # "areas of abnormal lung and thickened": a coordination cut at the comma inside it
    r"|\s(?:and|or)\s+\w+ed$"
    # "find out how much damage ...": the particle of a verb cut off, a question after it
    r"|^(?:out|up)\s"
    # "done to find out whether X" read with "find": "detection of out whether X"
    r"|^\w+\s+of\s+(?:out|up)\s"
    # "done for several years to check if ...": a span of time, an infinitive cut short
    r"|^(?:(?:\d+|several|a few|few|many|some|two|three|four|five|six)\s+(?:more\s+)?)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)\b"
    rf"|\bto\s+{VERB}\b",
    re.IGNORECASE,
)



# A glossary entry of tests, "- Complete blood count (CBC): A procedure in which a sample of
# blood is drawn and checked for ...": the term, then what the procedure looks for.
_DEFINITION = re.compile(
    r"(?:^|[.:]\s+|\s)-\s+(?P<term>[^:\-.;]{2,60}?)\s*(?:\([^()]{1,30}\))?\s*:\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:procedure|test|exam|examination|scan|study)\s+"
    # "A procedure to find malignant tumor cells in the body": the purpose right after it
    r"(?:in which|that|done|(?P<to>to)(?=\s+(?:find|detect|check\s+if\s+there)\b))\b",
    re.IGNORECASE,
)
_LOOKS_FOR = re.compile(
    r"\b(?:checked|check(?:s|ing)?|look(?:s|ing)?|examined|tested|test(?:s|ing)?)\s+for\s+|"
    r"\b(?:to\s+)?(?:measure|measures|measured)\s+",
    re.IGNORECASE,
)
# what follows an entry's "to": "find X", "check if there are X"
_TO_FIND = re.compile(
    r"^\s*(?:find|detect)\s+|^\s*check\s+if\s+there\s+(?:is|are)\s+(?:any\s+)?", re.IGNORECASE
)
# What every look inside the body is for: nothing a card can ask of one test
_ANY_FINDING = re.compile(
    r"^(?:abnormal\s+(?:areas?|tissues?|cells?)|signs of disease|anything unusual)$", re.IGNORECASE
)


def definitions(
    dc: DocContext, body: str, base: int, ms: list[Mention]
) -> list[tuple[Mention, list[str]]]:
    """(test, what it looks for) of each glossary entry in ``body``; an entry whose checks are
    a list under "the following:" gives each listed item."""
    out: list[tuple[Mention, list[str]]] = []
    entries = list(_DEFINITION.finditer(body))
    for k, d in enumerate(entries):
        term = [m for m in ms if base + d.start("term") <= m.start < base + d.end("term")]
        # "PET scan (positron emission tomography scan)": one test named twice
        term = [m for k, m in enumerate(term) if k == 0 or not is_marker(m)
                or marker_name(m) != marker_name(term[0])]
        if len(term) != 1 or not is_marker(term[0]):
            continue
        stop = entries[k + 1].start() if k + 1 < len(entries) else len(body)
        first = re.search(r"\.(?:\s|$)", body[d.end() : stop])
        sentence = body[d.end() : d.end() + first.start() if first else stop]
        look = _TO_FIND.match(sentence) if d.group("to") else _LOOKS_FOR.search(sentence)
        if look is None or negated(sentence[: look.start()]):
            continue
        what = sentence[look.end() :]
        if re.match(r"\s*the following\s*:", what, re.IGNORECASE):
            rest = body[d.end() + look.end() : stop]
            items = [i for i in re.split(r"\s-\s+", rest)[1:] if i.strip()]
            objs = [free_phrase(i) for i in items]
        else:
            objs = [free_phrase(what)]
        named = body[d.start("term") : d.end("term")].split()
        objs = [o for o in objs if o and len(o.split()) <= 25 and not _restates(named, o)
                and not _ANY_FINDING.match(o)]
        if objs:
            out.append((term[0], objs))
    return out


def _restates(term: list[str], obj: str) -> bool:
    """ "Sedimentation rate: ... checked for the rate at which the red cells settle": the entry
    says what the test's own name means, not what it shows."""
    words = obj.split()
    return bool(term and words) and words[0].lower().rstrip("s") == term[-1].lower().rstrip("s")


def free_phrase(text: str) -> str:
    """A finding as the text words it: no bracketed remark, footnote, leading article or
    "certain", no quotes, no trailing side phrase ("... in the body")."""
    t = drop_parens(text).replace('"', "").replace("“", "").replace("”", "")
    t = re.split(r"\.(?:\s|$)", t)[0]
    t = re.sub(r"\bcertain\s+", "", t)
    t = re.sub(r",\s*(?:such as|including|like)\s+[^,]{1,40},", "", t)  # an aside of examples
    t = re.sub(r"^\s*(?:the|a|an)\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"\s+in the body$", "", t.strip(" ,;:"), flags=re.IGNORECASE)
    return lower_first(re.sub(r"\s+", " ", t).strip(" ,;:"))



_VAGUE = re.compile(
    r"^(?:(?:signs?|symptoms?|evidence)\s+of\s+)?(?:other|another|any|some|various|many)\b", re.I
)
# What a test may guide: a decision about care, not an instrument ("to guide the needle").
_GUIDED = re.compile(
    r"\b(?:treatment|therapy|therapies|management|decisions?|choices?|care|dos(?:e|es|ing)|"
    r"follow-up|surgery|planning|prognosis|staging|monitoring)\b",
    re.IGNORECASE,
)


_COORD_VERB = re.compile(
    r"^\s*(?:and|or)\s+(?:records|displays|monitors|tracks|maps|measures|shows|reveals)\s+", re.I
)
_CATEGORY = r"(?:diseases?|conditions?|disorders?|illness(?:es)?|problems|infections)"
_CATEGORY_EXAMPLES = re.compile(
    rf"^(?:(?:other|many|some|certain|various)\s+)?{_CATEGORY}\s+(?:such as|including|like)\s+"
    r"(?P<x>[^,;]+(?:,\s*[^,;]+)*)$",
    re.IGNORECASE,
)
_OTHER_TAIL = re.compile(rf",?\s+(?:and|or)\s+(?:other|many|some|related)\s+{_CATEGORY}$", re.I)


def objects(dc: DocContext, text: str, verb: str | None) -> list[str]:
    """Object phrases after a cue, nominalised; "X and plan Y" gives two objects."""
    # "to diagnose X and (to) determine Y", "to help diagnose X, plan Y, or find Z": each
    # infinitive its own purpose
    parts = [_HELP.sub("", part) for part in _VERB_SPLIT.split(drop_parens(text).strip(" ,."))]
    purposes = [_purpose(part, verb if k == 0 else None) for k, part in enumerate(parts)]
    out = []
    for k, (v, p) in enumerate(purposes):
        if v is not None and not p:
            # "to diagnose and stage X": verbs joined on one object share it
            p = next((q for _, q in purposes[k + 1 :] if q), "")
            if not p:
                continue
        # "detects and records the heart's activity": the second verb shares the object
        p = _COORD_VERB.sub("", p)
        p = _TOLD.sub("", p)  # "show your doctor how far ...": whom it tells, not what
        if v is not None and v.lower() == "find":
            # "find out whether the vessels are narrowed, swollen, or blocked": the question
            # is the object, never its list's members one by one
            p = re.sub(r"^\s*out\s+(?=(?:whether|if)\s)", "", p, flags=re.IGNORECASE)
        asked = whether(p)
        if asked is not None:
            out += [asked] if asked else []
            continue
        found_out = re.match(r"\s*out\s+(?=how\s)", p, re.IGNORECASE)
        if found_out and v is not None and v.lower() == "find":
            p, v = p[found_out.end() :], None  # "to find out how well the kidneys work"
        if HOW_MUCH.match(p.strip(" ,.")) and v is None:
            # "shows how fast the heart is beating": the measure the question asks is the finding
            out += [o for o in (how_clause(x) for x in how_items(p.strip(" ,."))) if o]
            continue
        # "diagnose conditions such as pneumonia and lung cancer": the examples are what the
        # test diagnoses; "asthma and other conditions": the category adds nothing
        p = _CATEGORY_EXAMPLES.sub(r"\g<x>", p.strip(" ,."))
        p = _OTHER_TAIL.sub("", p)
        if _DANGLING.search(p):
            continue  # "blood moving through the vessels" cut at "through": a participle left
        p = _OBJECT_TAIL.sub("", p).strip(" ,.")
        if not p or re.match(r"^(?:if|whether|how|what|why|when|where|that)\b", p, re.I):
            continue
        places = _PLACES_FOR.match(p) if v is not None and v.lower() == "check" else None
        if places is not None:
            p = f"for {places.group('y')}"  # "check the kidneys, bladder and ureters for X"
        for item in _items(p):
            for one in _diseases_apart(dc, item):
                obj = _noun_phrase(dc, one, v)
                if obj:
                    out.append(obj)
    return out


# Where one purpose of a test ends and the next begins: "diagnose X and stage Y", "diagnose
# X, plan Y, or find Z", "diagnose and stage X"
_VERB_SPLIT = re.compile(
    rf"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:to\s+)?(?=(?:help\s+(?:to\s+)?)?{VERB}\b)",
    re.IGNORECASE,
)
_HELP = re.compile(r"^\s*help\s+(?:to\s+)?(?=\w)", re.IGNORECASE)  # "help diagnose": the purpose


def _purpose(part: str, verb: str | None) -> tuple[str | None, str]:
    """The verb of one purpose and its object: ("diagnose", "X") for "diagnose X"; a verb
    alone ("diagnose" of "diagnose and stage X") has an empty object."""
    if verb is not None:
        return verb, part
    mv = re.match(rf"^({VERB})(?:\s+(.*))?$", part.strip(), re.IGNORECASE)
    if mv:
        return mv.group(1), mv.group(2) or ""
    return None, part


# Places checked, then what they are checked for: "the kidneys, bladder, and ureters for
# blockages" (a list of places is no finding; what they are checked for is)
# (not "a sample of blood, saliva, or tissue for ...": a sample is checked, not places)
_PLACES_FOR = re.compile(
    r"^(?P<x>(?:(?!\sof\s)[^.;:])+?(?:,|\s(?:and|or)\s)(?:(?!\sof\s)[^.;:])*?)\s+for\s+"
    r"(?P<y>\S.*)$",
    re.I,
)


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
    if all(_is_condition(dc, _one_modifier_off(dc, x)) for x in parts):
        return [head + x for x in parts]
    return [item]


def _one_modifier_off(dc: DocContext, phrase: str) -> str:
    """ "a previous heart attack" -> "heart attack": an article and one word narrowing a
    condition the lexicon names are no reason to keep two conditions in one object."""
    bare = re.sub(r"^(?:a|an|the)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    one = re.match(r"^[a-z]+\s+(?P<x>.+)$", bare)
    if one is not None and not _is_condition(dc, bare) and _is_condition(dc, one.group("x")):
        return one.group("x")
    return bare


def names_condition(dc: DocContext, phrase: str) -> bool:
    """Whether a whole phrase is one condition the lexicon names ("anemia", "Wilson disease")."""
    return _is_condition(dc, phrase)


def _is_condition(dc: DocContext, phrase: str) -> bool:
    ms = dc.find(phrase)
    if len(ms) != 1 or ms[0].start != 0 or ms[0].end != len(phrase):
        return False
    hit = ms[0].hit("condition")
    return hit is not None and hit.type in ("disease", "subtype", "complication", "syndrome")


_PREPOSITION = re.compile(r"\s(?:of|to|in|inside|within|on|with|from|at)\s", re.IGNORECASE)
_RELATIVE = re.compile(r"\s+(?:that|which|who)\s", re.IGNORECASE)


def _items(text: str) -> list[str]:
    """The members of a comma list of findings ("anaemia, a low platelet count and a high white
    cell count"); a lone "A and B" stays whole ("liver and kidney function"), as does a list
    one head governs ("the number of red cells, white cells and platelets"). The member a
    relative clause qualifies ("..., and a count that is too high or too low") is left out."""
    relative = _RELATIVE.search(text)
    head = text if relative is None else text[: relative.start()]
    if "," not in head:
        return _two_findings(text)
    members = split_list(head)
    if " of " in members[0]:
        return [text]  # "the number of red cells, white cells and platelets": one head
    kind = re.match(r"^(?:and\s+|or\s+)?other\s+(?P<x>.+)$", members[-1].strip(), re.IGNORECASE)
    if kind is not None and relative is None:
        # "swelling, redness and other signs of infection": the kind the examples belong to
        return [kind.group("x")]
    return members if relative is None else members[:-1]


def _two_findings(text: str) -> list[str]:
    """ "fluid buildup in the lungs and signs of other complications": two findings of three
    words or more each are two objects; "liver and kidney function" or "the size and shape
    of the heart" (a short side) is one."""
    parts = re.split(r"\s+and\s+", text.strip())
    if len(parts) == 1:
        # "bleeding in the brain or damage to the brain cells": two findings, each with its
        # own preposition; "swollen lymph nodes or a swollen spleen" stays one alternative
        alts = re.split(r"\s+or\s+", text.strip())
        if len(alts) == 2 and all(_PREPOSITION.search(f" {a} ") for a in alts):
            parts = alts
    if re.search(r"\b(?:between|both)\s+(?:the\s+)?[\w-]+$", parts[0]):
        return [text]  # "the ratio between the albumin and creatinine": one finding
    if re.search(r"\bof\s+(?:the\s+)?[\w-]+$", parts[0]):
        return [text]  # "the number of red and white blood cells": "of" governs both sides
    if len(parts) == 2 and _PREPOSITION.search(parts[0]) and not _PREPOSITION.search(parts[1]):
        return [text]  # "damage to heart chambers and major blood vessels": "to" governs both
    if len(parts) == 2 and all(len(p.split()) >= 3 for p in parts):
        return parts
    return [text]


def _noun_phrase(dc: DocContext, text: str, verb: str | None) -> str | None:
    p = re.sub(r"\.\d+$", "", clean_phrase(text))  # "prediabetes.2": a footnote number
    # a reader's card: "your heart" is "the heart"; "certain changes" are the changes
    p = re.sub(r"\byour\b", "the", p)
    p = re.sub(r"\bcertain\s+", "", p)
    # "shows the coronary arteries": the article is no part of the finding a card asks for
    p = re.sub(r"^(?:the|a|an)\s+(?=\S)", "", p, flags=re.IGNORECASE)
    if len(p.split()) > 8 and re.match(r"(?:number|amount|count|levels?)\s+of\s", p, re.I):
        # "the number of red and white blood cells in the blood": the specimen a count is
        # made in is no part of the finding, and too long a phrase would be dropped for it
        p = _SPECIMEN_TAIL.sub("", p)
    if not p or len(p.split()) > 8:
        return None
    diag = re.match(r"^(?P<x>.+?)\s+diagnosis$", p, re.IGNORECASE)
    if diag:
        verb, p = "diagnose", diag.group("x")
    p = re.sub(r"^(?:look|search|test|check)s?\s+for\s+", "", p, flags=re.IGNORECASE)
    p = canonical_disease(dc, p)
    if _VAGUE.match(p):
        return None  # "signs of other complications": nothing a card can ask about
    if verb is not None and verb.lower() == "guide" and not _GUIDED.search(p):
        return None  # "imaging to guide the needle": an instrument steered, not a decision
    if verb is None:
        return re.sub(r"^for\s+(?=\S)", "", p)  # "evaluates for blood loss": the finding
    if verb.lower() == "guide":
        # "guide treatment": a bare "treatment" as what the test shows asks nothing; what the
        # test gives is guidance for it
        return f"{p} guidance" if len(p.split()) == 1 else p
    v = verb.lower()
    if v == "plan":
        return f"{p} planning"
    if v == "check":
        within = re.match(r"^(?:the\s+)?(?P<x>[\w -]+?)\s+for\s+(?P<y>.+)$", p)
        if within:  # "check the cerebrospinal fluid for leukaemia cells"
            return f"{within.group('y')} in the {within.group('x')}"
    if v == "check" and re.match(r"^out\b", p, re.IGNORECASE):
        return None  # "check out a calculator": to look something up, no finding
    if v == "check" and not p.lower().startswith("for "):
        return f"assessment of {p}"  # "check cardiac function"; "check for X" is detection
    p = re.sub(r"^for\s+", "", p)  # "check for X"
    if v == "confirm" and p.startswith("diagnosis of "):
        return p  # "confirm the diagnosis of ALL" -> "diagnosis of ALL"
    return f"{_NOUN[v]} {p}"


# Where a measured thing is found, at the end of a long finding: "... in the blood"
_SPECIMEN_TAIL = re.compile(
    r"\s+in\s+(?:the|your|a\s+person's)\s+(?:blood|urine|stool|sweat|saliva|serum|plasma)$",
    re.IGNORECASE,
)


def canonical_disease(dc: DocContext, phrase: str) -> str:
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


def is_bedside(m: Mention) -> bool:
    """Whether a mention is a clinician's bedside examination (lexicon type "examination"):
    what it finds is a fact, that it helps diagnose a disease is true of every disease."""
    h = m.hit("marker")
    return h is not None and h.type == "examination"


def is_examination(m: Mention) -> bool:
    """Whether a mention is a test, an imaging study or a procedure (not a substance measured)."""
    h = m.hit("marker")
    return h is not None and h.type in ("test", "procedure", "imaging", "examination")


def is_test(m: Mention) -> bool:
    """Whether a mention is a laboratory test (a method that measures a marker)."""
    hit = m.hit("marker")
    return hit is not None and hit.type == "test"


# "the ratio of albumin to creatinine", "the albumin-to-creatinine ratio": the ratio is what
# is measured, neither of its two terms alone
_RATIO = re.compile(
    r"\bratio\s+(?:of|between)\s+[^.;:]{1,60}?\s+(?:to|and)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\b[\w-]+[-\s]to[-\s][\w-]+\s+ratio\b",
    re.IGNORECASE,
)


def in_ratio(text: str, start: int, m: Mention) -> bool:
    """Whether a mention is one term of a ratio named in ``text[start:]`` before the cue."""
    window = text[start : m.end + 40]
    return any(r.start() <= m.start - start < r.end() for r in _RATIO.finditer(window))
