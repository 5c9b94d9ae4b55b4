"""symptom_cause: CAUSE -> SYMPTOM (the subject is the cause or mechanism, the object the symptom).

Read from
  * "C causes / leads to / results in / means (symptoms such as) S1, S2 and S3";
  * "S1 and S2 (are) caused by / due to / because of C";
  * "C, causing / leading to S" (C is the name just before the comma);
  * "C makes (you) more likely to get S";
  * "If C-clause, the patient may have S";
  * a lead-in "C may cause the following symptoms:" over a list, or "..., anemia, which may
    manifest as follows:" (the cause of the items is then the condition before "which");
  * table rows where a cell says "Reduced production leads to anemia" and the row is about
    red blood cells;
  * "These (symptoms) happen because of / come from / are caused by C" after a sentence that
    lists symptoms ("You may have bone pain and fever."): the symptoms are that sentence's;
  * "(Signs and) symptoms of X include S1 and S2": the disease X is the cause;
  * lists whose lead-in says whose symptoms they hold, items kept as worded
    (:mod:`.symptom_lists`).
Causes are normalised ("lack of red blood cells" -> "low red blood cell count"; lexicon
conditions to their names); symptoms must be names the lexicon knows, so every card asks about a
recognised symptom. Anaphoric causes ("This causes ...", "the strain can lead to") are
skipped, a sentence adverb ("Sometimes, X can cause") is not part of the cause, a cause that is
no clean name (a stray letter, a clause cut on "and") gives nothing, and an infection is a
symptom only of a condition, never of the germ that makes it (:mod:`.cause_names`). Which
readings become facts (side effects, complications, diseases as symptoms): :mod:`.symptom_pairs`;
"Night sweats are common symptoms of X": :mod:`.symptom_copulas`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.domain import Relation
from trainer.generator.extract import (
    para_lists,
    phrases,
    symptom_lists,
    symptom_owners,
    topic_referents,
)
from trainer.generator.extract.cause_names import (
    BACK_REFERENCE,
    CAUSE_ASIDE,
    CONTRAST,
    DEFINED_AS,
    LEADING_CLAUSE,
    NOT_A_CAUSE,
    RARE_CASES,
    RELATIVE_LIST,
    SUBORDINATE,
    TRAILING_PLACE,
)
from trainer.generator.extract.cause_names import DEFICIT_NAME as _DEFICIT_NAME
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.guards import may_hold
from trainer.generator.extract.patterns import DENIED_AFTER, NEGATION, SENTENCE_BREAK
from trainer.generator.extract.risk_causes import kind_of_topic
from trainer.generator.extract.symptom_bare_inline import bare_inline_pairs
from trainer.generator.extract.symptom_brackets import bracketed, every_member_named
from trainer.generator.extract.symptom_common import common_pairs
from trainer.generator.extract.symptom_compound import compound_pairs
from trainer.generator.extract.symptom_copulas import copula_pairs
from trainer.generator.extract.symptom_holders import (
    caused_members,
    holder_pairs,
    shape_worth_reading,
)
from trainer.generator.extract.symptom_members import opens_a_list
from trainer.generator.extract.symptom_pairs import (
    COMPLICATIONS_LEAD,
    IF_OPENING,
    NAMED_POINTER,
    PROBLEMS_SUCH_AS,
    SYMPTOMS_NAMED,
    a_complication,
    is_treatment,
    pair_facts,
)
from trainer.generator.extract.symptom_sections import section_pairs
from trainer.generator.extract.symptom_topic_paragraph import topic_paragraph_pairs
from trainer.generator.facts import ExtractedFact

_MODAL = r"(?:(?:can|may|might|could|will|would|often|also|usually|typically|then|in turn)\s+)*"
_CAUSES = re.compile(
    rf"\b{_MODAL}(?:cause[sd]?|lead(?:s)? to|led to|result(?:s|ed)? in|produce[sd]?|"
    r"give[s]? rise to|trigger[s]?|mean[s]?|bring[s]? on|contribute[s]? to)\s+"
    # "Potential triggers include ...": a noun, not the verb
    r"(?!(?:include|includes|are|is|can|may|of)\b)"
    # "can cause several problems, including": how many, and a comma before the examples
    r"(?:(?:(?:several|many|some|various|a\s+number\s+of)\s+)?(?:symptoms?|signs?|problems?)"
    r"(?:\s+(?:of|such as|like|including)|,\s+(?:such as|like|including))\s+|the following"
    r"(?:\s+(?:symptoms?|signs?|problems?))?\s*:?\s*|)",
    re.IGNORECASE,
)
_CAUSED_BY = re.compile(
    r"\b(?:(?:can|may|often|usually|mostly)\s+)?(?:(?:happen|occur|develop|arise|appear)s?\s+)?"
    r"(?:(?:is|are|was|were)\s+)?(?:(?:often|usually|mainly|mostly|largely)\s+)?"
    r"(?:caused by|due to|because of|resulting from|results? from|secondary to|a result of|"
    r"explained by)\s+",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r",\s*(?:causing|leading to|resulting in|producing)\s+(?:(?:symptoms?|signs?)\s+(?:such as|"
    r"like)\s+)?",
    re.IGNORECASE,
)
_LIKELY = re.compile(
    rf"\b{_MODAL}makes?\s+(?:you|people|patients|children|someone|a person|them)\s+(?:more\s+)?"
    r"(?:likely|prone|susceptible)\s+to\s+(?:get|have|develop|experience|catch)?\s*",
    re.IGNORECASE,
)
_IF = re.compile(
    r"^\s*(?:if|when|once)\s+(?P<c>[^,]+),\s*(?:the\s+)?(?:patient|patients|you|children|"
    r"people|a person|"
    r"they)\s+(?:may|can|might|will|could|often)?\s*(?:have|experience|develop|get|notice|feel|"
    r"suffer from)\s+(?P<s>.+)$",
    re.IGNORECASE,
)
_PRESENTS = re.compile(
    r"\s+(?:(?:typically|usually|often|commonly|classically|may|can)\s+)?(?:presents?|manifests?)"
    r"\s+(?:with|as)\s+", re.IGNORECASE
)
_MAKES_MORE_LIKELY = re.compile(
    rf"\b{_MODAL}makes?\s+(?P<s>[^.;]{{3,60}}?)\s+(?:much\s+)?more\s+likely\b", re.IGNORECASE
)
_MAKES_FEEL = re.compile(
    rf"\b{_MODAL}makes?\s+(?:you|children|kids|people|patients|them|someone|a person|him|her)\s+"
    r"(?:feel\s+|look\s+|become\s+)?(?=\w)(?!more\b|likely\b|prone\b|susceptible\b)",
    re.IGNORECASE,
)
_BECAUSE = re.compile(r",?\s+because\s+(?!of\b)(?P<c>[^,.;]{3,80})", re.IGNORECASE)
_VERB = re.compile(r"\s+(?:means?|is|are|causes?|leads?|makes?|gives?|results?|stops?|"
                   r"prevents?|affects?|has|have)\b", re.IGNORECASE)
_MANIFEST = re.compile(
    r",\s*which\s+(?:may|can|might|often|usually)?\s*(?:manifest|present|show)", re.I
)
_BACK = re.compile(
    r"^\s*(?:these|those|such|all\s+these|all\s+of\s+these)\s+"
    r"(?:(?:signs?|symptoms?|problems?|complaints?)\s+)?(?:(?:all|often|usually|mostly|mainly|"
    r"can|may|might|also)\s+)*(?:(?:happen|occur|arise|appear|come|result|stem|develop)s?\s+"
    r"(?:because(?:\s+of)?|from|due\s+to|as\s+a\s+result\s+of)|(?:is|are)\s+(?:(?:often|usually|"
    r"mostly|mainly)\s+)?(?:caused\s+by|due\s+to|because\s+of|a\s+result\s+of))\s+(?P<c>.+)$",
    re.IGNORECASE,
)
# "because normal blood cell production is disrupted": the clause as a cause,
# "disrupted blood cell production"
_PASSIVE_CAUSE = re.compile(
    r"^(?:the\s+)?(?:normal\s+|healthy\s+)?(?P<x>[a-z][a-z -]{2,40}?)\s+(?:is|are|gets|get|"
    r"has been|have been|becomes?)\s+(?:\w+ly\s+)?(?P<v>disrupted|impaired|reduced|blocked|"
    r"suppressed|crowded out|affected|damaged)$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:include|includes|including|such as|like|with|have|has|feel|"
    r"experience)\s+)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[.;!?](?:\s|$)|,\s*which\b|\s+which\b|\s+but\b|\s+while\b|"
    r",\s*(?:and\s+)?(?:this|these|it)\b|,\s*(?:causing|leading to|resulting in|producing)\b|"
    # a subordinate clause: "caused by marrow expansion, as the blasts crowd the marrow"
    r",\s*(?:as(?!\s+well\b)|because|since|although|though|whereas)\b",
    re.IGNORECASE,
)


# The words each cue cannot match without (see :mod:`.guards`): most sentences hold none
_CUE_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _CAUSES: ("cause", "lead", "led", "result", "produce", "rise", "trigger", "mean", "bring",
              "contribute"),
    _CAUSED_BY: ("caused by", "due to", "because of", "result", "secondary to", "explained by"),
    _PARTICIPLE: ("causing", "leading", "resulting", "producing"),
    _LIKELY: ("make",), _MAKES_MORE_LIKELY: ("make",), _MAKES_FEEL: ("make",),
    _BECAUSE: ("because",), _PRESENTS: ("present", "manifest"),
}


def _cues(rx: re.Pattern[str], body: str) -> Iterable[re.Match[str]]:
    """``rx.finditer(body)``, not run when the body lacks every word the cue needs."""
    return rx.finditer(body) if may_hold(body, _CUE_WORDS[rx]) else ()


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    seg = para_lists.as_item(dc, seg)  # a list written as paragraphs is read as one
    row_context = seg.main.cells[0] if seg.main.kind == "row" and seg.main.cells else ""
    body = seg.body
    back = _BACK.match(body)
    previous = dc.previous(seg.main) if back else None
    if back and previous is not None:  # its symptoms are named in the sentence before
        said = back.group("c")[: _end(back.group("c"), 0)].strip()
        passive = _PASSIVE_CAUSE.match(said)
        if passive:
            said = f"{passive.group('v').lower()} {passive.group('x')}"
        c = _cause(dc, said, row_context)
        listed = _listed_symptoms(dc, previous.text)
        if c and listed and not is_treatment(dc, c):
            for sym in listed:
                if sym.lower() != c.lower():
                    out.append(dc.fact(seg, Relation.SYMPTOM_CAUSE, c, sym, 0.7,
                                       context=previous))

    # a list whose lead-in says whose symptoms it holds: items kept as worded
    pairs: list[tuple[str, list[str], float]] = symptom_lists.pairs(dc, seg)
    pairs += compound_pairs(dc, body)  # "UTI symptoms include A and B"
    pairs += section_pairs(dc, seg)  # "Some people notice A" under "Symptoms of X"
    pairs += common_pairs(dc, seg)  # "A and B are also common" under "Symptoms of X"
    pairs += topic_paragraph_pairs(dc, seg)  # "Other features include A" after "X is ..."
    if not any(m.is_kind("condition") for m in seg.mentions if seg.in_body(m)) and not (
        shape_worth_reading(body)
    ):  # elsewhere every symptom is a lexicon name, or one read by its shape
        return out + pair_facts(dc, seg, pairs)

    if seg.lead is not None:
        pairs += _lead_pairs(dc, seg)
    for m in _cues(_CAUSES, body):
        if re.match(r"by\b", body[m.end() :], re.IGNORECASE):
            continue  # "pale skin, caused by anaemia": passive, read by _CAUSED_BY below
        cause_text = _np_before(body, m.start())
        if not re.match(r"\s*(?:can|may|might|could|will|would)\b", m.group(0)) and (
            RELATIVE_LIST.search(re.split(r"[.;:]\s", body[: m.start()])[-1])
        ):
            continue  # "hemangiomas that have ulcers, cause vision problems": one of a list of
            # what the hemangiomas do, not what the ulcers cause
        sym_text = _own_clause(body[m.end() : _end(body, m.end())])
        if dc.main_disease and kind_of_topic(sym_text.strip(" ."), dc.main_disease):
            continue  # "A severe allergic reaction can cause anaphylactic shock": a kind's cause
        if re.search(r"\brisks?\b", sym_text, re.IGNORECASE):
            continue  # "means a person is at increased risk for stroke": a risk, not a symptom
        defined = DEFINED_AS.match(cause_text.strip())  # "X is a disease that causes A"
        if defined and TRAILING_PLACE.search(sym_text):
            continue  # "pain and swelling in the joints": where each is felt is unsure
        cause_text = defined.group("x") if defined else cause_text
        if SYMPTOMS_NAMED.match(sym_text):  # "(treat it) if X causes symptoms such as A": the
            cause_text = IF_OPENING.sub("", cause_text)  # condition says A are X's symptoms
        c = _cause(dc, cause_text, row_context) or topic_referents.topic_referent(
            dc, cause_text, seg.main
        )  # "The condition can cause A": the page's topic, asked about the paragraph
        if c:
            syms = phrases.symptoms(dc, sym_text)
            worded = caused_members(dc, cause_text + m.group(0), sym_text)
            syms = worded if len(worded) > len(syms) else syms
            if PROBLEMS_SUCH_AS.search(sym_text) or any(
                h.type in ("disease", "subtype") for x in dc.find(sym_text)
                if (h := x.hit("condition")) is not None
            ):
                # "can lead to health problems such as heart failure", "can cause a heart
                # attack or stroke": complications, named as such or beside a disease
                syms = [x for x in syms if not a_complication(dc, x)]
            pairs.append((c, syms, 0.8))
    for m in _cues(_CAUSED_BY, body):
        sym_text = _np_before(body, m.start())
        if dc.main_disease and kind_of_topic(sym_text.strip(), dc.main_disease):
            continue  # "Septic shock is caused by A" on the shock page: a kind's cause, a risk
        said_before = re.split(r"[.;:!?]\s", body[: m.start()])[-1]
        if COMPLICATIONS_LEAD.search(f"{seg.lead.text if seg.lead else ''} {said_before}"):
            continue  # "problems of X include dehydration due to vomiting": a complication
        # "explained by anaemia: too few red cells ...": the cause ends at the colon
        c = _cause(dc, body[m.end() : _end(body, m.end())].split(":")[0], row_context)
        if c:  # "These bruises, called purpura, are caused by": the name, not the pointer
            named = NAMED_POINTER.match(sym_text)
            pairs.append((c, phrases.symptoms(dc, named.group("n") if named else sym_text), 0.8))
    for m in _cues(_PARTICIPLE, body):
        before = body[: m.start()]
        names = [x for x in dc.find(before) if x.end == len(before.rstrip())]
        if names and names[-1].hit("condition") is not None:
            c = names[-1].name("condition")
            pairs.append((c, phrases.symptoms(dc, body[m.end() : _end(body, m.end())]), 0.75))
    for m in _cues(_LIKELY, body):
        c = _cause(dc, _np_before(body, m.start()), row_context)
        if c:
            pairs.append((c, phrases.symptoms(dc, body[m.end() : _end(body, m.end())]), 0.75))
    for m in _cues(_MAKES_MORE_LIKELY, body):
        c = _cause(dc, _np_before(body, m.start()), row_context)
        if c:
            pairs.append((c, phrases.symptoms(dc, m.group("s")), 0.75))
    for m in _cues(_MAKES_FEEL, body):
        c = _cause(dc, _np_before(body, m.start()), row_context)
        if c:
            pairs.append((c, phrases.symptoms(dc, body[m.end() : _end(body, m.end())]), 0.75))
    for m in _cues(_BECAUSE, body):
        # "infections, because a low white cell count means ...": the clause's subject
        subject = _VERB.split(m.group("c"), maxsplit=1)[0]
        c = _cause(dc, subject, row_context)
        if c and (_DEFICIT_NAME.match(c) or dc.lexicon.canonical(c, "condition")):
            pairs.append((c, phrases.symptoms(dc, _np_before(body, m.start())), 0.75))
    for m in _cues(_PRESENTS, body):
        # "CRS typically presents with fever, hypotension and hypoxia": a complication's signs
        names = [x for x in dc.find(body[: m.start()]) if x.hit("condition") is not None]
        hit = names[-1].hit("condition") if names else None
        between = re.sub(r"\([^()]*\)|\)", "", body[names[-1].end : m.start()]) if names else "x"
        if hit is not None and hit.type in ("complication", "sign", "symptom") and not (
            between.strip()
        ):
            listed = phrases.symptoms(dc, body[m.end() : _end(body, m.end())])
            pairs.append((hit.name, listed, 0.75))
    pairs += _symptoms_of(dc, seg, body)
    pairs += copula_pairs(dc, body, seg.main)  # "Night sweats are common symptoms of the disease"
    pairs += holder_pairs(dc, body, seg.main)  # "People with X may have A and B"
    pairs += bare_inline_pairs(dc, seg, body)  # "Other symptoms include A, B and C"
    pairs += bracketed(dc, body)
    pairs += _bracketed_cause(dc, body)
    when = _APPEAR_WHEN.search(body)
    if when:  # "Tiny red spots (petechiae) can appear when your platelet count is low"
        c = _cause(dc, when.group("c"), row_context)
        if c and (_DEFICIT_NAME.match(c) or dc.lexicon.canonical(c, "condition")):
            pairs.append((c, phrases.symptoms(dc, _np_before(body, when.start())), 0.7))
    cond = _IF.match(body)
    if cond:
        # "If you have plague, you may have A": the condition the person has is the cause
        c = _cause(dc, _HAS_IT.sub("", cond.group("c")))
        if c:
            pairs.append((c, phrases.symptoms(dc, cond.group("s")), 0.75))

    return out + pair_facts(dc, seg, pairs)


# "you have", "your child has": the person who has the condition, before its name
_HAS_IT = re.compile(
    r"^\s*(?:you|someone|a\s+person|your\s+child|a\s+child|people)\s+(?:have|has|get|gets|"
    r"develop|develops)\s+",
    re.IGNORECASE,
)


def _sentence_before(dc: DocContext, seg: Segment, prefix: str) -> str | None:
    """The sentence before the one a cue stands in: in the segment, else the unit before."""
    done = SENTENCE_BREAK.split(prefix.strip())[:-1]
    if done:
        return done[-1]
    prev = dc.previous(seg.main)
    return prev.text if prev is not None else None


def _cause(dc: DocContext, phrase: str, context: str = "") -> str | None:
    """The cause a phrase names (see :func:`phrases.cause`), read from the clause that holds
    it; None for a rare, hedged, generic or drug-made cause."""
    if RARE_CASES.match(phrase):
        return None
    # "will not have serious problems, but severe dry eye may lead to": the cause is the
    # subject of the clause after the contrast, not what the clause before it has
    t = CONTRAST.split(phrase.strip())[-1]
    t = CAUSE_ASIDE.sub("", LEADING_CLAUSE.sub("", t))
    if not t or NOT_A_CAUSE.search(t) or SUBORDINATE.search(t):
        return None
    back = BACK_REFERENCE.match(t)
    if back and not dc.lexicon.canonical(back.group("n"), "condition"):
        return None  # "Over time, the strain can lead to ...": what the sentence before named
    c = phrases.cause(dc, t, context)
    return None if c is None or symptom_owners.GENERIC_CAUSE.match(c.strip()) else c


# "Symptoms of diabetes include A, B and C", "The most common warning symptoms of a heart attack
# are A, B and C", "Signs and symptoms of X can include ...": X's symptoms.
_SYMPTOMS_OF = re.compile(
    r"\b(?:(?:the\s+)?(?:most\s+)?(?:common\s+|usual\s+|main\s+|typical\s+|early\s+|warning\s+)*"
    r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?)\s+of\s+"
    r"(?:an?\s+|the\s+)?)(?P<x>[^,.;:]{3,60}?)\s+(?:also\s+)?(?:(?:can|may|often|usually|commonly)\s+)?"
    r"(?:also\s+)?"
    r"(?:include|includes|are|is)\s*:?\s*",
    re.IGNORECASE,
)
# "Other symptoms can include A and B" after a sentence or list that named X's symptoms
_OTHER_SYMPTOMS = re.compile(
    r"^\s*(?:other|additional|more|further)\s+(?:signs\s+and\s+symptoms|symptoms|signs)\s+"
    r"(?:(?:of\s+(?:this|the)\s+(?:disease|condition)\s+)?(?:can|may|might|often)\s+)?"
    r"(?:include|includes|are)\s*:?\s*",
    re.IGNORECASE,
)


def _named_cause(dc: DocContext, text: str) -> str | None:
    """The condition a phrase names whole ("diabetes", "a heart attack"), else None."""
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.IGNORECASE)
    ms = dc.find(t)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(t):
        h = ms[0].hit("condition")
        # a disease's own symptoms ("symptoms of ALL include fever"): the disease is the cause
        if h is not None and h.type in (
            "complication", "syndrome", "infection", "disease", "subtype"
        ):
            return h.name
    return None


def _symptoms_of(dc: DocContext, seg: Segment, body: str) -> list[tuple[str, list[str], float]]:
    out: list[tuple[str, list[str], float]] = []
    for m in _SYMPTOMS_OF.finditer(body):
        if NEGATION.search(body[max(0, m.start() - 20) : m.end()]):
            continue
        cause = _named_cause(dc, m.group("x"))
        rest = body[m.end() : _end(body, m.end())]
        if DENIED_AFTER.match(rest):
            continue  # "The symptoms of X are not A or B": the list is denied
        if opens_a_list(rest):
            continue  # "may include the following and need care:": the list after it holds them
        if cause and rest.strip():
            out.append((cause, phrases.symptoms(dc, rest), 0.8))
    other = _OTHER_SYMPTOMS.match(body)
    if other:
        # the sentence (or the lead-in of the list) just before, in the same section
        first = None
        for k in range(seg.main.index - 1, max(-1, seg.main.index - 4), -1):
            prev = dc.units[k]
            if prev.section != seg.main.section or prev.kind == "heading":
                break
            lead = dc.units[prev.lead] if prev.lead is not None else None
            first = _SYMPTOMS_OF.search(prev.text) or (
                _SYMPTOMS_OF.search(lead.text + " ") if lead is not None else None
            )
            if first is not None:
                break
        cause = _named_cause(dc, first.group("x")) if first else None
        if cause:
            out.append((cause, phrases.symptoms(dc, body[other.end() : _end(body, other.end())]),
                        0.75))
    return out


# "Tiredness and pale skin (from anemia)": the cause in brackets after the symptoms.
_BRACKET_CAUSE = re.compile(
    r"\((?:caused\s+by|due\s+to|because\s+of|from|a\s+sign\s+of)\s+(?P<c>[^()]{2,60})\)",
    re.IGNORECASE,
)
_APPEAR_WHEN = re.compile(
    r"\s+(?:(?:can|may|might|often|usually)\s+)*(?:appear|happen|occur|develop|show up)s?\s+"
    r"(?:when|if)\s+(?P<c>[^,.;]{3,60})",
    re.IGNORECASE,
)


def _bracketed_cause(dc: DocContext, body: str) -> list[tuple[str, list[str], float]]:
    out: list[tuple[str, list[str], float]] = []
    for b in _BRACKET_CAUSE.finditer(body):
        cause = _cause(dc, b.group("c"))
        if cause is None:
            continue
        start = max([0, *(m.end() for m in re.finditer(r"[.;:]\s|\)\s*,?\s", body[: b.start()]))])
        signs = every_member_named(dc, body[start : b.start()])
        if signs:
            out.append((cause, signs, 0.75))
    return out


def _lead_pairs(dc: DocContext, seg: Segment) -> list[tuple[str, list[str], float]]:
    """A lead-in that states the cause of the symptoms its list gives."""
    lead = seg.text[: seg.body_start].rstrip()
    item = seg.body
    # "- increased urination - increased thirst": items run together on one line
    syms = [s for part in re.split(r"\s+-\s+", item) for s in phrases.symptoms(dc, part)]
    if not syms:
        return []
    of = _SYMPTOMS_OF.search(lead + " ")
    if of and not of.string[of.end() :].strip() and not NEGATION.search(lead):
        cause = _named_cause(dc, of.group("x"))  # "Symptoms of diabetes include" + a list
        return [(cause, syms, 0.8)] if cause else []
    by = _CAUSED_BY.search(lead)
    if by and re.search(r"\b(?:signs?|symptoms?)\b", lead[: by.start()], re.IGNORECASE):
        # "These and other signs and symptoms may be caused by HL or by other conditions:"
        named = [x for x in dc.find(lead[by.end() :]) if x.hit("condition") is not None]
        cause = _named_cause(dc, named[0].surface) if named else None
        return [(cause, syms, 0.75)] if cause else []
    man = _MANIFEST.search(lead)
    if man:
        names = [x for x in dc.find(lead[: man.start()]) if x.hit("condition") is not None]
        if names:
            return [(names[-1].name("condition"), syms, 0.75)]
        return []
    m = _CAUSES.search(lead)
    if m and re.search(r"(?:following|these|symptoms?|signs?)\s*:?\s*$", lead, re.I):
        c = _cause(dc, _np_before(lead, m.start()))
        if c:
            return [(c, syms, 0.8)]
    return []


def _listed_symptoms(dc: DocContext, sentence: str) -> list[str]:
    """The symptoms a sentence lists after its cue ("include", "have", "feel", ...)."""
    cues = [m.end() for m in _CLAUSE_START.finditer(sentence) if m.end() > 0]
    if not cues:
        return []
    return phrases.symptoms(dc, sentence[cues[-1] :])


def _np_before(text: str, pos: int) -> str:
    """The phrase before ``pos`` back to the start of its clause."""
    head = text[:pos]
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    return head[starts[-1] :] if starts else head


# ", and bleeding in the brain may occur": a coordinated clause with its own verb, whose
# subject is no longer what the cause verb governs
_NEXT_CLAUSE = re.compile(
    r",\s+and\s+(?=[^,;]*\b(?:may|can|might|will|could|is|are|was|were|occurs?|develops?|"
    r"happens?|appears?)\b)",
    re.IGNORECASE,
)


def _own_clause(text: str) -> str:
    """What a cause verb governs: its object up to a coordinated clause of its own."""
    cut = _NEXT_CLAUSE.search(text)
    return text[: cut.start()] if cut else text


def _end(text: str, start: int) -> int:
    m = _CLAUSE_END.search(text, start)
    return m.start() if m else len(text)
