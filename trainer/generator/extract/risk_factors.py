"""risk_factor: disease -> factor (a lexicon name when the factor is one, else the phrase).

Whose risk a statement states (the subject) is found by :mod:`.risk_disease`; the cue words
and risk verbs are in :mod:`.risk_verbs`. risk_factor is read from
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
    complication, no risk factor of the topic);
  * "Other factors raise the risk of A. These factors include B and C" (:mod:`.risk_anaphora`:
    the factors of A, the condition the pointed sentence names).
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
    topic_heads,
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
from trainer.generator.extract.flattened_continued import continued_item, continued_lead
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_age_owner import risk_of_another
from trainer.generator.extract.risk_clauses import (
    COMPLETED_LEAD,
    completing_item,
    own_subject,
    who_habit,
)
from trainer.generator.extract.risk_common_in import common_in_groups
from trainer.generator.extract.risk_complications import topic_causes_and_complications
from trainer.generator.extract.risk_conditions import condition_clauses
from trainer.generator.extract.risk_cues import (
    DEFINITION,
    INTRO_PHRASE,
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
from trainer.generator.extract.risk_disease import (
    is_topic,
    own_topic,
    page_topic,
    statement_disease,
    subject_name,
)
from trainer.generator.extract.risk_examples import example_factors, spans_examples
from trainer.generator.extract.risk_factor_phrases import factor, is_treatment
from trainer.generator.extract.risk_group_clauses import group_clause_factors
from trainer.generator.extract.risk_groups import GROUP_AT_RISK, more_likely_groups
from trainer.generator.extract.risk_other_condition import leads_to_own
from trainer.generator.extract.risk_sex import WITHIN_GROUP, of_something_else, within_one_sex
from trainer.generator.extract.risk_shape import shaped_fact
from trainer.generator.extract.risk_subjects import more_subjects
from trainer.generator.extract.risk_verbs import RISK_INCLUDE, RISK_NEG, RISK_VERB
from trainer.generator.facts import ExtractedFact


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

# An item that states a condition of the person as a whole ("Being male", "Having a parent")
# "Taking beta carotene supplements and being a heavy smoker": two conditions met together are
# one factor, not two
_JOINT = re.compile(r"^\s*[a-z]+ing\b[^,;]*\s+and\s+(?:being|having|taking|living|working)\b",
                    re.IGNORECASE)
_NESTED_LEAD = re.compile(
    r"\s+(?:from|of|to|with|in|by)\s+(?:any|one|all|some|each)\s+of\s+the\s+following\s*:?\s*$",
    re.IGNORECASE,
)
_STATE = re.compile(r"^(?:being|having)\b", re.IGNORECASE)
# A qualifier before "risk factors" that names another body system's disease group
_OTHER_SYSTEM = re.compile(r"\b(?:metabolic|cardiovascular|cardiac|vascular|coronary)\s*$", re.I)




_POINTER_WORD = re.compile(r"\b(?:these|those|examples)\b", re.IGNORECASE)


def _condition_named(dc: DocContext, text: str) -> str | None:
    """The condition ``text`` names whole ("blood clots" -> thrombosis), a disease or a
    complication, not a symptom; None when it names none or more than that."""
    ms = dc.find(text.strip())
    hits = [m.hit("condition") for m in ms if m.start == 0 and m.end == len(text.strip())]
    named = [h for h in hits if h is not None and h.type not in ("symptom", "sign")]
    return named[0].name if named else dc.disease_in(ms)


def _shaped_condition(text: str) -> str | None:
    """A condition the lexicon lacks, named by its head noun ("heart valve disease")."""
    name = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return name if topic_heads.names_condition(name) else None


# "Before age 55, ...": a difference stated within an age band
_AGE_BAND = re.compile(r"\b(?:before|after|under|over|until|from)\s+(?:the\s+)?age\b", re.I)


# an item ending in the next list's lead-in ("- C Signs of X can include")
_NEXT_LEAD = re.compile(r"\b(?:can\s+|may\s+)?includes?\s*:?\s*$", re.IGNORECASE)
# "Gender can affect the risk" says no sex is the risk (the page says which elsewhere)
_DIMENSION = re.compile(r"(?:gender|sex)", re.IGNORECASE)


def risk_factor_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    # "chronic Q fever": the topic as the statement qualifies it
    disease = topic_qualified.qualified(dc, seg.text, statement_disease(dc, seg))
    if disease is None or under_unclear_lead(dc, seg):
        return []
    if seg.lead is not None and hedged_lead(seg.text[: seg.body_start]):
        return []  # "Researchers believe that X occurs if: - you have ...": a belief, no fact
    names_one = any(subject_name(m) for m in seg.mentions) or disease.lower() in seg.text.lower()
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
        elif (RISK_LEAD.search(lead_text) and not RISK_NEG.search(lead_text)) or leads_to_topic(
            lead_text, page_topic(dc)
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
    if not items and seg.main.kind == "sentence":
        lead_in, items = continued_item(dc, seg.main, body)  # "This is common. - B."
    if items and not (RISK_LEAD.search(lead_in) or risk_anaphora.risk_pointed_to(dc, seg, lead_in)):
        # "- A. This is the most important risk factor. The earlier ..., the greater the
        # risk. - B - C": the items after an item's explanation are still the first list's
        lead_in = continued_lead(dc, seg.main, body) or lead_in
    if POINTER_LEAD.search(lead_in or body) or (lead_in and hedged_lead(lead_in)):
        # "See the following summaries on risk factors: - A - B": titles, no factors; "X
        # appears to be more common in people who - A - B": what only seems to hold
        items = []
    # "- C Signs of X can include - D - E": an item that runs into the next list's lead-in ends
    # this list (what follows is that list's)
    ends = next((k for k, it in enumerate(items) if _NEXT_LEAD.search(it)), None)
    items = items if ends is None else items[:ends]
    # ("Some people are at higher risk. They include - A - B": the lead-in points back)
    if items and (
        (RISK_LEAD.search(lead_in) and not RISK_NEG.search(lead_in))
        or risk_anaphora.risk_pointed_to(dc, seg, lead_in)
    ):
        # "... can put people at risk for gout. - high blood pressure - hypothyroidism"
        completes = COMPLETED_LEAD.search(lead_in.rstrip(" -:")) is not None
        for item in items:
            # "Being exposed to radiation from any of the following: - A - B": an item that
            # opens a list of its own is its factor without the pointer to that list
            item = _NESTED_LEAD.sub("", item)
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
                if _STATE.match(item) or shared_head(dc, item) or _JOINT.match(item)
                else list_members(dc, item)
            )
            for member in members:
                found += [(f, 0.75) for f in factor(dc, member)]
    m = RISK_INCLUDE.search(body)
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
    # "Other factors also raise the risk of A. These factors include B, C and D": the
    # factors of A, the condition the pointed sentence names (else the statement's)
    pointed: list[tuple[str, str]] = []
    for p_list, of in risk_anaphora.pointed_lists(dc, seg) if _POINTER_WORD.search(body) else []:
        p_named = (_condition_named(dc, of) or _shaped_condition(of)) if of else None
        if of and p_named is None and not is_topic(dc, of):
            continue  # the risk of something the lexicon does not name: whose, unknown
        pointed += [(p_named or disease, f) for member in list_members(dc, list_tail(p_list))
                    for f in factor(dc, member)]
    v = RISK_VERB.search(body)
    negated = v is not None and (
        bool(NEGATED_BEFORE.search(body[: v.start()]))
        or bool(UNPROVEN.search(clause_before(body, v.start())))
    )
    if v and not negated and not RISK_NEG.search(body[: v.end()]):
        dis = v.group("dis") or v.group("dis2") or v.group("dis3")
        if dis is None or leads_to_own(dc, dis, disease):
            clause = INTRO_PHRASE.sub("", clause_before(body, v.start()))
            subject = own_subject(REPORTING.sub("", run_in_heading(clause)))
            for member in list_members(dc, subject) if subject.strip() else []:
                if _DIMENSION.fullmatch(member.strip()) and "affect" in v.group(0).lower():
                    continue  # "Gender and age can affect the risk": which sex, unsaid
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
            found += [(f, 0.75) for f in factor(dc, member) if not is_topic(dc, f)]
    for clause, if_you in condition_clauses(body):  # "more likely to get X if you are A"
        # ("You are at risk if you are bedridden, use a wheelchair": only what a state names)
        worded = [completing_item(m, listed=if_you) for m in list_members(dc, clause)]
        found += [(f, 0.75) for w in worded if w for f in factor(dc, w) if not is_topic(dc, f)]
    # "X is more common among Asians", "X mainly affects farm workers"
    found += [(f, 0.75) for g in common_in_groups(dc, disease, body) for f in factor(dc, g)]
    # "X is spread by A", "People become infected by A" (:mod:`.risk_exposure`)
    found += [(f, 0.75) for f in risk_exposure.exposure_factors(dc, body)]
    sex = MORE_COMMON_IN.search(body) or SEX_MORE_LIKELY.search(body)
    # "Before age 55, men are more likely ...": a difference within an age band only
    banded = _AGE_BAND.search(body)
    # "In children, the condition is more common in boys": a difference within one group only
    banded = banded or WITHIN_GROUP.search(body[: sex.start()] if sex else "")
    if (
        sex
        and not banded
        and not NEGATION.search(body[: sex.end()])
        and not hedged_lead(body[: sex.end()])  # "It appears to affect men more than women"
        and not about_a_symptom(clause_before(body, sex.start()))
        # "dizziness, which occurs more often in women": a symptom's or another condition's
        and not of_something_else(dc, disease, body, sex)
        and not within_one_sex(body, sex)  # "in women of African descent than in women of ..."
    ):
        said = sex.group("s") or sex.groupdict().get("s2") or sex.groupdict().get("s3") or ""
        male = re.match(r"boys|men|males", said, re.IGNORECASE)
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
        # "People most at risk for X are those who have A", "X is most common among people who"
        # (a habit is one factor, its own list kept: "riding motorcycles, bikes, or horses")
        found += [(f, 0.75) for g, listed in group_clause_factors(body, words)
                  for f in ([f for m in list_members(dc, g) for f in factor(dc, m)] if listed
                            else [g])]
    age = RISK_RISES_WITH_AGE.search(body)
    if age and not NEGATION.search(body[: age.end()]) and not (
        risk_of_another(dc, seg, disease, body, age)  # "X raises the risk of Y. The risk ..."
    ):
        found.append(("older age", 0.75))
    typed = [(as_factor(dc, f), conf) for f, conf in found]
    # "X raises the risk of A, B, and C": each condition coordinated there has the factors
    subjects = [disease, *more_subjects(dc, seg, disease)] if typed else [disease]
    return [
        shaped_fact(dc, seg, d, pf, 0.75)
        for d, f in pointed
        if (pf := as_factor(dc, f)) is not None and pf.lower() != d.lower()
        # (a treatment raising the risk of another condition than the page's: a side effect)
        and (own_topic(dc, d) or not is_treatment(dc, pf))
    ] + [
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
