"""risk_factor: disease -> factor (a lexicon name when the factor is one, else the phrase).

The subject is the condition named after "the risk of" (the document's topic when it is among
several named there; no fact when the risk is of some other condition the lexicon does not
name), else the disease the sentence names (the topic when it is among them), else the
document's topic: the condition its first heading names, else its main disease.

risk_factor is read from
  * a list under a risk heading or lead-in ("Risk Factors", "Things that increase the risk of
    ALL include:");
  * "Risk factors (for X) include A, B and C";
  * "A, B and C increase/raise the risk (of X)", "A is a (known) risk factor (for X)",
    "A linked to a higher risk", "A can lead to (secondary) X", "A makes people more likely to
    get X";
  * "Children with A have a higher risk, as do children exposed to B"; "X is more common in
    boys and men" -> "male sex";
  * a list flattened into one line after a risk lead-in ("... can put people at risk for gout.
    - high blood pressure - hypothyroidism");
  * a list written as paragraphs under a colon lead-in, and items completing an unfinished
    lead-in ("those more likely to get it are people who" - "were born abroad"), read by
    :mod:`.para_lists` (an item that is still a clause, "work in a prison", gives nothing);
    "It occurs more often in older men" -> "male sex", "older age";
  * "People who have A are at greater risk for X", "If you have A, you're at increased risk
    for the condition" (:mod:`.risk_cues`; a group that has the topic itself is at risk of a
    complication, no risk factor of the topic).
A heading run into its sentence ("Obesity Obesity increases") is dropped; an inline list
after "include the following:" is read item by item, and words sharing one head noun ("red or
blond hair") stay one factor. Sentences that call a link unproven or unclear ("Studies have
not proven that ...", items after "It is not clear whether the following affect the risk"),
pointers to other reading, definitions of the term and scope phrases ("For women who ...,")
give nothing.
Negated clauses and factors that lower the risk give nothing, nor does a negated risk verb
("does not increase the risk"), a bare category ("some medicines"), or a treatment raising the
risk of a condition other than the topic (a side effect); every factor is type-checked
(:func:`.factors.as_factor`): a symptom, a test, a pointer ("here") or a clause is no factor.
The diseases listed after "Causes of X are" are members, never the subject; a sentence naming
no disease after one on cancer in general ("may help prevent certain cancers") gives nothing;
"A is the main risk factor for X" reads like "A is a risk factor". "X is more likely to develop
in children with:" makes X the subject (none when X is a condition the lexicon lacks and not
the topic); an opening connective ("Instead, they ...") is no factor; ", especially ..." after
a factor narrows it (:mod:`.risk_factor_phrases` words each factor). Which words of a clause
or an item name the factor: :mod:`.risk_clauses`; "Women are more likely to get X than men":
:mod:`.risk_groups`.
"""

from __future__ import annotations

import re

from trainer.generator.extract import (
    para_lists,
    risk_anaphora,
    risk_exposure,
    risk_nested,
    topic_qualified,
)
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import (
    REPORTING,
    UNPROVEN,
    as_factor,
    clause_before,
    inline_items,
    is_disease,
    list_members,
    list_tail,
    run_in_heading,
    shared_head,
    worth_reading,
)
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_clauses import (
    COMPLETED_LEAD,
    completing_item,
    own_subject,
    who_habit,
)
from trainer.generator.extract.risk_complications import topic_causes_and_complications
from trainer.generator.extract.risk_conditions import condition_clauses
from trainer.generator.extract.risk_cues import (
    CAUSED_FORM,
    CAUSES_OF,
    DEFINITION,
    INTRO_PHRASE,
    ITS_TROUBLES,
    MORE_COMMON_IN,
    NEGATED_BEFORE,
    POINTER_LEAD,
    RISK_LEAD,
    RISK_RISES_WITH_AGE,
    SEX_MORE_LIKELY,
    UNKNOWN,
    about_a_symptom,
    about_disease_in_general,
    hedged_lead,
    holder_phrases,
    leads_to_topic,
    under_unclear_lead,
)
from trainer.generator.extract.risk_examples import example_factors, spans_examples
from trainer.generator.extract.risk_factor_phrases import factor, is_treatment
from trainer.generator.extract.risk_groups import GROUP_AT_RISK, more_likely_groups
from trainer.generator.extract.risk_organisms import the_infection
from trainer.generator.extract.risk_other_condition import leads_to_own
from trainer.generator.extract.risk_sex import WITHIN_GROUP, of_something_else
from trainer.generator.extract.risk_shape import shaped_fact
from trainer.generator.extract.risk_subjects import more_subjects
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

_RISK_NEG = re.compile(r"\b(?:reduce|lower|decrease|protect|protective|not (?:a )?risk)\w*", re.I)
_RISK_INCLUDE = re.compile(
    r"(?:\brisk factors|\brisk factor(?=\s+(?:(?:for|of)\s+[^:.;]{1,60}?\s+)?is\b)|"
    r"\b(?:other\s+|common\s+|main\s+|known\s+)?causes(?=\s+of\s)|"
    r"\b(?:conditions|factors|things|habits|diseases)\s+that\s+"
    r"(?:can\s+|may\s+)?(?:increase|raise)s?\s+(?:your|the|a person's)\s+risk)"
    r"\s+(?:(?:for|of)\s+[^:.;]{1,60}?\s+)?(?:(?:may|can|might|often)\s+)?"
    # ("The leading risk factor for X is A": one factor, named after "is")
    r"(?:include|includes|are|is|:)\s*:?\s*(?:the following\s*:?\s*)?",
    re.IGNORECASE,
)
_RISK_VERB = re.compile(
    # the verb starts a word: "or bothincreases the risk" lost its dash, and the word it ran
    # into ("both") would be read as the factor
    r"\s*\b(?:(?:can|may|might|could|also|likely|often|greatly|is known to|are known to|"
    r"have been shown to|has been shown to|appear to|seem to)\s+)*"
    r"(?:increase|raise|elevate|heighten)s?\s+(?:the|your|a person's|one's|a child's|their)?"
    r"\s*(?:\w+\s+)?(?:risk|chance|likelihood|probability|odds)\b"
    r"|\s+(?:is|are)\s+(?:an?\s+)?(?:well[- ])?(?:known|established|major|important|"
    r"recogni[sz]ed|possible|significant)?\s*risk factors?\b"
    # "Smoking is the main risk factor for X", "Radon is one of the most important risk factors"
    r"|\s+(?:is|are)\s+(?:(?:one|some)\s+of\s+)?the\s+(?:(?:single|most|greatest|biggest|"
    r"strongest|main|major|leading|primary|important|known|chief|largest)\s+){1,3}"
    r"risk factors?\b"
    r"|\s+(?:(?:is|are|was|were|been|be)\s+)?(?:strongly\s+)?(?:linked|associated|connected)\s+"
    r"(?:to|with)\s+(?:an?\s+)?(?:higher|increased|greater|elevated)\s+(?:\w+\s+)?risk\b"
    r"|\s+(?:can|may|might|could)?\s*lead\s+to\s+(?:secondary\s+)?(?P<dis>[A-Za-z][\w\s-]{0,40})"
    r"|\s+(?:can|may|might|could)?\s*makes?\s+(?:people|someone|a person|children|you)\s+more\s+"
    r"likely\s+to\s+(?:get|develop|have)\s+(?P<dis2>[A-Za-z][\w\s-]{0,40})"
    # "Cigarette smoking is the leading cause of COPD"
    r"|\s+(?:is|are)\s+the\s+(?:leading|main|major|most common|biggest|primary)\s+causes?\s+of\s+"
    r"(?P<dis3>[A-Za-z][\w\s-]{0,40})",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    # a list written as paragraphs, or items completing the sentence before them, read as a
    # list under its lead-in
    seg = risk_nested.under_category(dc, para_lists.as_item(dc, seg, open_items=True))
    causes = topic_causes_and_complications(dc, seg)  # "A causes X", "X can lead to B"
    read = worth_reading(seg) or risk_anaphora.opens_pointing(seg.text)
    return causes + risk_factor_facts(dc, seg) if read else causes


# A label that is a short series of names: "A, B, and C." (no verb, eight words at most)
_LABEL_SERIES = re.compile(
    r"^(?=(?:\S+\s+){2,7}\S+\.?$)[\w'’-]+(?:\s[\w'’-]+)*(?:,\s[\w'’-]+(?:\s[\w'’-]+)*)+,?\s"
    r"(?:and|or)\s[\w'’-]+(?:\s[\w'’-]+)*\.?$"
)
# Condition types that can be the subject of a risk factor (a symptom or an exposure cannot).
_SUBJECT_TYPES = ("disease", "subtype", "complication", "syndrome", "infection")
# "the risk of (developing) X", "your risk for X": the condition whose risk is spoken of
_RISK_OF = re.compile(
    r"\b(?:(?:risk(?:\s+factors?)?|chances?|likelihood|odds)\s+(?:of|for|that)\s+"
    r"(?:(?:developing|getting|having)\s+)?|more\s+likely\s+to\s+(?:get|develop|have)\s+)",
    re.IGNORECASE,
)


_RISK_WORDS = ("risk", "chance", "likelihood", "odds", "likely")


def _subject_name(m: Mention) -> str | None:
    h = m.hit("condition")
    return h.name if h is not None and h.type in _SUBJECT_TYPES else None


def _topic(dc: DocContext) -> str | None:
    """What the document is about: the condition its first heading names (a question heading
    such as "Who is at risk for High Blood Pressure?" too), else its main disease."""
    for u in dc.units:
        if u.index in dc.skipped:
            continue
        if u.kind == "heading" and dc.main_disease and dc.main_disease.lower() in u.text.lower():
            return dc.main_disease  # the title names the topic whole, not only a word of it
        if u.kind == "heading":
            for m in dc.mentions(u):
                name = _subject_name(m)
                if name is not None:
                    return name
        break
    return dc.main_disease


# An item that states a condition of the person as a whole ("Being male", "Having a parent")
_STATE = re.compile(r"^(?:being|having)\b", re.IGNORECASE)
# A qualifier before "risk factors" that names another body system's disease group
_OTHER_SYSTEM = re.compile(r"\b(?:metabolic|cardiovascular|cardiac|vascular|coronary)\s*$", re.I)


def _names_topic(name: str, topic: str) -> bool:
    """Whether ``name`` is the topic or its head noun ("infection" of "urinary tract
    infection")."""
    n, t = name.lower(), topic.lower()
    return n == t or t.endswith(f" {n}")


def _disease(dc: DocContext, seg: Segment) -> str | None:
    """The condition a risk statement is about: the one named after "the risk of" (the
    document's topic when it is among several named there), else the disease the segment
    names, else the document's topic."""
    topic = _topic(dc)
    low = seg.text.lower()
    # most segments lack the patterns' literal words: checking them first spares a slow scan
    more_likely = "more" in low and ("likely" in low or "common" in low)
    likely = _LIKELY_IN.search(seg.text) if more_likely else None
    says_risk = any(w in low for w in _RISK_WORDS)
    if likely is not None:
        # "Spindle cell hemangiomas are more likely to develop in children with ...": the
        # condition the sentence opens with is whose risk it is
        x = likely.group("x")
        opening = [n for m in seg.mentions if likely.start("x") <= m.start < likely.end("x")
                   for n in [_subject_name(m)] if n is not None]
        if topic is not None and topic.lower().rstrip("s") in x.lower():
            return topic
        if opening:
            return opening[-1]
        if _CONDITION_HEAD.search(x):
            return None  # a condition the lexicon does not name, not the page's topic
    named: list[str] = []
    # an inline list's items name factors ("- Diabetes raises the risk of infections"): the
    # condition whose risk they raise is the lead-in's
    lead_in, items = inline_items(seg.text) if "- " in seg.text else ("", [])
    scope = len(lead_in) if items else len(seg.text)
    for r in _RISK_OF.finditer(seg.text, scope) if says_risk else ():
        for m in seg.mentions:
            name = _subject_name(m)
            if name is not None and r.end() <= m.start <= r.end() + 30 and not (
                topic is not None and (_names_topic(name, topic) or dc.same_disease(name, topic))
            ):
                return None  # an item speaks of the risk of another condition: whose is unsure
    for r in _RISK_OF.finditer(seg.text, 0, scope) if says_risk else ():
        for m in seg.mentions:
            name = _subject_name(m)
            gap = seg.text[r.end() : m.start]
            if name is not None and r.end() <= m.start <= r.end() + 30 and not re.search(
                r"[.;:]\s|\s-\s|\b(?:after|during|following|before|from|among|if|when|than|"
                r"because|it|them)\s", gap, re.I
            ):  # a name after the sentence's end, a preposition ("the risk of A after X
                # surgery") or a clause ("more likely to get it if you have X") is no longer
                # what the risk is of
                if CAUSED_FORM.search(gap):
                    return None  # "the risk of STD-induced proctitis": of one form only
                if ITS_TROUBLES.match(seg.text[m.end :]):
                    return None  # "the risk for many diabetes problems": its complications'
                named.append(the_infection(dc, seg.text, m, name, topic))
    if named and topic is not None and any(
        seg.text[r.end() :].lower().startswith(topic.lower())
        for r in _RISK_OF.finditer(seg.text, 0, scope)
    ):
        # "People who have conditions that raise the risk of lung infections are at risk for
        # bronchiectasis": the risk the sentence states of the topic (a name the lexicon may
        # lack) is whose factors these are; the other risk describes the factors
        return topic
    if named:
        # "the risk of infection" in a text about urinary tract infection: the topic it names
        # more briefly
        same = [n for n in named if topic is not None and _names_topic(n, topic)]
        return topic if same and topic is not None else named[0]
    for r in _RISK_OF.finditer(seg.text, 0, scope) if says_risk else ():
        after = seg.text[r.end() :].lower()
        if topic is not None and topic_qualified.starts_with_topic(after, topic):
            return topic  # "at risk for gout": a topic the lexicon does not name
        if not _SAME_TOPIC.match(seg.text[r.end() :]):
            return None  # "increases the risk of preeclampsia": a condition we cannot name
    # an item of a list under a lead-in names a factor ("- a parent with diabetes"), never the
    # disease whose risk it is: that comes from the lead-in, else the document's topic
    mentions = (
        [m for m in seg.mentions if not seg.in_body(m)]
        if seg.lead is not None and seg.main.item_start
        else seg.mentions
    )
    # "Common causes of a chronic cough are asthma and GERD": the diseases after such a cue are
    # the members of its list, never the condition whose risk (or cause) it is
    mentions = [m for m in mentions if m.start < scope]
    include = _RISK_INCLUDE.search(seg.text)
    if include is not None:
        mentions = [m for m in mentions if m.start < include.end()]
        of = CAUSES_OF.search(include.group(0))
        if of and topic and not any(_subject_name(m) for m in mentions):
            words = re.findall(r"[a-z]+", of.group("x").lower())
            if topic.lower().split()[-1] not in words:
                return None  # "Causes of a sore throat include ..." on a page about asthma
    named = [n for n in (_subject_name(m) for m in mentions) if n is not None]
    if topic is not None and any(_names_topic(n, topic) for n in named):
        return topic
    cue = _RISK_VERB.search(seg.text)
    led = next((g for g in ("dis", "dis2", "dis3") if cue is not None and cue.group(g)), None)
    if cue is not None and led is not None:
        # "Diabetes is the leading cause of ESRD": the condition the verb names is the subject
        said = dc.disease_in([m for m in mentions if cue.start(led) <= m.start < cue.end(led)])
        if said is not None:
            return said
    if topic is not None and cue is not None:
        # "Obesity and diabetes raise your risk": the diseases before the verb are factors
        return dc.disease_in([m for m in mentions if m.start >= cue.end()]) or topic
    return dc.disease_in(mentions) or topic


# "<condition> is more likely to develop in <people> with": the condition is the subject
_LIKELY_IN = re.compile(
    r"(?P<x>\b[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5}?)\s+(?:is|are)\s+(?:much\s+)?more\s+"
    r"(?:likely|common)\s+to\s+(?:develop|occur|form|arise)\s+(?:in|among)\b",
    re.IGNORECASE,
)
_CONDITION_HEAD = re.compile(
    r"(?:cancers?|carcinomas?|sarcomas?|tumou?rs?|\w+omas?|diseases?|syndromes?|disorders?)$", re.I
)


# what may follow "the risk of" and still mean the document's topic (an abbreviation such as
# "ALL" may be the topic's)
_SAME_TOPIC = re.compile(
    # ("STD-induced proctitis": an abbreviation that qualifies another name is not the topic)
    # ("P.A.D.": an abbreviation written with stops)
    r"\s*(?:$|[.,;:)]|(?-i:[A-Z]{2,})\b(?!-)|(?-i:(?:[A-Z]\.){2,})|(?:the|this|that|your|their)\s+"
    r"(?:disease|condition|illness|cancer|disorder)\b|it\b|them\b)",
    re.IGNORECASE,
)


def risk_factor_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    disease = topic_qualified.qualified(dc, seg.text, _disease(dc, seg))  # "chronic Q fever"
    if disease is None or under_unclear_lead(dc, seg):
        return []
    if seg.lead is not None and hedged_lead(seg.text[: seg.body_start]):
        return []  # "Researchers believe that X occurs if: - you have ...": a belief, no fact
    names_one = any(_subject_name(m) for m in seg.mentions) or disease.lower() in seg.text.lower()
    if not names_one and about_disease_in_general(dc, seg):
        return []  # "Risk factors include smoking" after a sentence on cancers in general
    found: list[tuple[str, float]] = []
    lead = seg.lead
    body = seg.body
    if lead is not None and seg.main.item_start:
        lead_text = seg.text[: seg.body_start]
        if risk_exposure.exposure_lead(lead_text) and not RISK_LEAD.search(lead_text):
            # "People can be infected by: - A": the routes an infection is caught by
            ways = risk_exposure.way_items(body)  # "The main way is through A - ..."
            found += [(f, 0.8) for w in ways for f in risk_exposure.clean_routes(dc, w, item=True)]
        elif (RISK_LEAD.search(lead_text) and not _RISK_NEG.search(lead_text)) or leads_to_topic(
            lead_text, _topic(dc)
        ):  # ("Examples of infections that can lead to X include:")
            # a member paragraph names its factor in its opening words, then explains it; an
            # item that ran the rest of its list in after it ("A - B - C") is each of them
            first, rest = inline_items(body) if seg.main.kind == "item" else ("", [])
            for item in [first, *rest] if first and rest else [body]:
                item = para_lists.opening_name(item) if seg.main.kind == "sentence" else item
                if seg.main.kind == "item" and (
                    seg.main.lead is None or COMPLETED_LEAD.search(seg.parts[-2].unit.text)
                ):
                    # "people who" - "were born abroad"
                    listed = COMPLETED_LEAD.search(lead_text.rstrip(" -:")) is not None
                    item = completing_item(item, listed=listed)
                # "Metabolic syndrome, diabetes, and insulin resistance.": a label naming several
                named = list_members(dc, item) if _LABEL_SERIES.match(item) else [item]
                found += [(f, 0.8) for x in named if x for f in factor(dc, x)]
    lead_in, items = inline_items(body)
    if POINTER_LEAD.search(lead_in or body):
        items = []  # "See the following summaries on risk factors: - A - B": titles, no factors
    # ("Some people are at higher risk. They include - A - B": the lead-in points back)
    if items and (
        (RISK_LEAD.search(lead_in) and not _RISK_NEG.search(lead_in))
        or risk_anaphora.risk_pointed_to(dc, seg, lead_in)
    ):
        # "... can put people at risk for gout. - high blood pressure - hypothyroidism"
        completes = COMPLETED_LEAD.search(lead_in.rstrip(" -:")) is not None
        for item in items:
            if completes:
                # "You are at greater risk if you - are a man over 45 - smoke": each item
                # finishes the lead-in's clause; one that is still a clause gives nothing
                item = completing_item(item, listed=True)
                if not item:
                    continue
            # "Being in young or late adulthood" is one factor; "A syndrome or B syndrome" two
            # "Red or blond hair": words sharing one head noun name one factor
            members = (
                [item]
                if _STATE.match(item) or shared_head(dc, item)
                else list_members(dc, item)
            )
            for member in members:
                found += [(f, 0.75) for f in factor(dc, member)]
    m = _RISK_INCLUDE.search(body)
    if m and _OTHER_SYSTEM.search(body[max(0, m.start() - 20) : m.start()]):
        m = None  # "the five metabolic risk factors are": factors of another condition
    if m and (POINTER_LEAD.search(body[: m.end()]) or spans_examples(m.group(0))):
        m = None  # a pointer to other reading; a category's examples (read below)
    found += [(f, 0.75) for f in example_factors(dc, body, disease)]  # "..., such as A or B"
    if m:
        # the members run to the end of their sentence or to the first item of a list that
        # follows inline ("include the following: - A - B" is read item by item above)
        tail = list_tail(body[m.end() :])
        if re.search(r"\bare\s*$", m.group(0)) and DEFINITION.match(tail):
            tail = ""  # "Risk factors are conditions that increase ...": a definition
        if UNKNOWN.match(tail):
            tail = ""  # "The risk factors for X are unknown, but ...": none are named
        inline = re.match(r"\s*-\s", body[m.end() :]) is not None
        # an inline list's first item is one factor, as the items read below are
        one = inline and (_STATE.match(tail) is not None or shared_head(dc, tail))
        for member in [tail] if one else list_members(dc, tail):
            found += [(f, 0.8) for f in factor(dc, member)]
    v = _RISK_VERB.search(body)
    negated = v is not None and (
        bool(NEGATED_BEFORE.search(body[: v.start()]))
        or bool(UNPROVEN.search(clause_before(body, v.start())))
    )
    if v and not negated and not _RISK_NEG.search(body[: v.end()]):
        dis = v.group("dis") or v.group("dis2") or v.group("dis3")
        if dis is None or leads_to_own(dc, dis, disease):
            clause = INTRO_PHRASE.sub("", clause_before(body, v.start()))
            subject = own_subject(REPORTING.sub("", run_in_heading(clause)))
            for member in list_members(dc, subject) if subject.strip() else []:
                found += [(f, 0.75) for f in factor(dc, member)]
    for g in GROUP_AT_RISK.finditer(body):
        if not NEGATION.search(g.group(0)):
            for x in (g.group("x"), g.group("y")):
                if x and who_habit(x):  # "People who smoke have a higher risk"
                    members = list_members(dc, who_habit(x))
                    found += [(f, 0.75) for member in members for f in factor(dc, member)]
    for x in holder_phrases(body):  # "People who have A are at greater risk for X"
        for member in list_members(dc, x):
            # "People who have AF are at increased risk for stroke": a risk the topic brings
            # (a complication), not a risk factor of the topic
            found += [(f, 0.75) for f in factor(dc, member) if not _is_topic(dc, f)]
    for clause in condition_clauses(body):  # "You are more likely to get X if you are A"
        worded = [completing_item(m) for m in list_members(dc, clause)]
        found += [(f, 0.75) for w in worded if w for f in factor(dc, w) if not _is_topic(dc, f)]
    # "X is spread by A", "People become infected by A" (:mod:`.risk_exposure`)
    found += [(f, 0.75) for f in risk_exposure.exposure_factors(dc, body)]
    sex = MORE_COMMON_IN.search(body) or SEX_MORE_LIKELY.search(body)
    # "Before age 55, men are more likely ...": a difference within an age band only
    banded = re.search(r"\b(?:before|after|under|over|until|from)\s+(?:the\s+)?age\b", body, re.I)
    # "In children, the condition is more common in boys": a difference within one group only
    banded = banded or WITHIN_GROUP.search(body[: sex.start()] if sex else "")
    if (
        sex
        and not banded
        and not NEGATION.search(body[: sex.end()])
        and not about_a_symptom(clause_before(body, sex.start()))
        # "dizziness, which occurs more often in women": a symptom's or another condition's
        and not of_something_else(dc, disease, body, sex)
    ):
        male = re.match(r"boys|men|males", sex.group("s") or sex.group("s2"), re.IGNORECASE)
        found.append(("male sex" if male else "female sex", 0.75))
        aged = sex.groupdict().get("age")
        if aged:
            found.append(("younger age" if aged.lower() == "younger" else "older age", 0.75))
    if own_topic(dc, disease):
        # "Women are more likely to develop gallstones than men", "People over age 40 are ..."
        # (the page's short name for it too: "more likely to get UTIs")
        words = tuple(n.lower().rstrip("s") for n in topic_qualified.names(dc, disease, body))
        found += [(f, 0.75) for g in more_likely_groups(body, words) for m in list_members(dc, g)
                  for f in ([m] if " who " in m else factor(dc, m))]
    age = RISK_RISES_WITH_AGE.search(body)
    if age and not NEGATION.search(body[: age.end()]):
        found.append(("older age", 0.75))
    typed = [(as_factor(dc, f), conf) for f, conf in found]
    # "X raises the risk of A, B, and C": each condition coordinated there has the factors
    subjects = [disease, *more_subjects(dc, seg, disease)] if typed else [disease]
    return [
        shaped_fact(dc, seg, d, f, conf)
        for d in subjects
        for own in (own_topic(dc, d),)
        for f, conf in typed
        if f is not None
        and f.lower() != d.lower()
        and not (is_disease(dc, f) and dc.same_disease(f, d))
        and "risk" not in f.lower()
        and (own or not is_treatment(dc, f))
    ]


def own_topic(dc: DocContext, disease: str) -> bool:
    """Whether ``disease`` is the document's topic."""
    topic = _topic(dc)
    return topic is not None and (
        disease.lower() == topic.lower() or dc.same_disease(disease, topic)
    )


def _is_topic(dc: DocContext, factor: str) -> bool:
    """Whether a factor names the document's own topic."""
    topic = _topic(dc)
    return topic is not None and (factor.lower() == topic.lower() or any(
        dc.same_disease(h.name, topic) or h.name.lower() == topic.lower()
        for h in dc.lexicon.lookup(factor) if h.kind == "condition"
    ))

