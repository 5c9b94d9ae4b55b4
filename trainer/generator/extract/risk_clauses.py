"""Which words of a clause or a list item name a risk factor: the subject of a risk verb
("Obesity and smoking increase the risk" -> "obesity", "smoking"; after a subordinator, before
a relative pronoun the noun phrase it refers to) and an item that completes an unfinished
lead-in ("people who" - "were born abroad" -> "born abroad"; a clause gives nothing).
"""

from __future__ import annotations

import re

# An item completing "people who": a participle after its auxiliary is the factor ("were
# born to a mother with X" -> "born to a mother with X"); an item that still opens with a verb
# ("are taking medicines that ...", "work in a prison") is a clause, and a card would ask about
# a piece of it
_AUX_PARTICIPLE = re.compile(
    r"^(?:are|were|was|is|have been|has been|had been)\s+(?=born\b|\w+ed\b)", re.IGNORECASE
)
_OPENS_WITH_VERB = re.compile(
    r"^(?:are|is|were|was|am|be|been|do|does|did|live|lives|lived|living|work|works|worked|"
    r"working|take|takes|took|taking|use|uses|used|using|get|gets|got|go|goes|went|travel\w*|"
    r"eat|eats|ate|drink|drinks|drank|share|shares|shared|inject\w*|have (?!had\b|been\b)\w+ed|"
    r"has (?!had\b|been\b)\w+ed)\b",
    re.IGNORECASE,
)


# A lead-in the items complete as clauses: "... if you:", "people who:", "... more likely to
# get X if" (each item then names its own subject: "he or she is older than 60")
COMPLETED_LEAD = re.compile(
    r"\b(?:if|when)(?:\s+(?:you|they))?\s*:?\s*$|\bwho\s*:?\s*$", re.I
)
# An item that opens with its own subject and verb: "he or she has a family history of X",
# "she is older than 60": what is had, or the state, is the factor
_OWN_SUBJECT = re.compile(
    r"^(?:he or she|she or he|he|she|they|you|the person|a person|the child|a child)\s+"
    r"(?:is|are|was|were|has|have)\s+(?!(?:been|had)\b)(?!\w+ed\b)",
    re.IGNORECASE,
)
# "are overweight": the state after "are" is the factor, when nothing follows it
# ("are extremely nearsighted": an adverb of degree before the state)
_BE_STATE = re.compile(
    r"^(?:are|is|were|was)\s+(?=(?:(?:very|extremely|severely|highly|morbidly)\s+)?[\w-]+$)",
    re.IGNORECASE,
)


# "are in contact with blood at work", "are on kidney dialysis": the contact or the care the
# person is in is the factor ("contact with blood at work", "kidney dialysis")
_BE_IN = re.compile(
    r"^(?:are|is|were|was|have been|has been)\s+(?:(?:in\s+)?"
    r"(?=(?:close\s+|regular\s+|frequent\s+)?contact\s+with\b)|"
    r"on\s+(?=(?:long-term\s+)?[\w-]+(?:\s+[\w-]+)?$))",
    re.IGNORECASE,
)
# "are a man over age 45", "is a smoker": the kind of person the reader is, a factor
_BE_A = re.compile(r"^(?:are|is|were|was)\s+(?=an?\s+\w)", re.IGNORECASE)


def completing_item(item: str, *, listed: bool = False) -> str:
    """An item completing an unfinished lead-in, as a factor phrase, or "" when it is a clause.

    With ``listed`` (an item of a list under "people who:" or "if you:"), the item must open
    with a verb, since only a verb can follow the lead-in: one the readings here do not turn
    into a factor ("provide child care", "swim in lakes") stays a clause and gives nothing,
    whichever verb it is."""
    said = item.strip().rstrip(".")
    t = _OWN_SUBJECT.sub("", said)
    t = _BE_STATE.sub("", _AUX_PARTICIPLE.sub("", t))
    t = _BE_A.sub("", t)  # "are a man over 45": what the person is
    t = _BE_IN.sub("", t)  # "are in contact with blood": the contact
    t = re.sub(r"^smoke[sd]?\b", "smoking", t, flags=re.IGNORECASE)  # "smoke": the habit
    if listed and t == said and not _FACTOR_OPENING.match(t):
        return ""
    return "" if _OPENS_WITH_VERB.match(t) else t


# How a listed item that completes "people who:" may still open as a factor: a gerund, what
# is had ("have diabetes", read further by the factor wording), or a capital name the list
# gives bare
_FACTOR_OPENING = re.compile(r"(?:\w+ing\b|ha(?:ve|s|d|ving)\b|[A-Z])")


# "Doctors believe genes are involved because having a family member with X increases the
# risk": the clause the verb belongs to starts after the subordinator
# ("because of" is a preposition: "too little urine because of low intake" stays whole)
_SUBORDINATE = re.compile(
    r"\b(?:because(?!\s+of\b)|since|although|though|whereas|while)\s+", re.IGNORECASE
)
# "... and blood clotting defects that increase the risk": a relative clause's subject is the
# noun phrase just before "that", the last member of the list it closes
_RELATIVE_END = re.compile(r"\s+(?:that|which|who)\s*$", re.IGNORECASE)


_EXAMPLE_ASIDE = re.compile(
    r",\s*(?:especially|particularly|mainly|mostly|notably)\s+[^,]+(?:,|$)", re.IGNORECASE
)
_DASH_ASIDE = re.compile(r"\s+(?:--|\u2014|\u2013)\s+.*?(?:\s+(?:--|\u2014|\u2013)\s+|$)")


# "smoking contributes to atherosclerosis and (increases your risk)": the risk verb's subject is
# the one of the predicate coordinated before it
_SHARED_SUBJECT = re.compile(
    r"^\s*(?P<s>[^,;]{2,60}?)\s+(?:contributes|causes|damages|harms|narrows|thickens|hardens|"
    r"weakens|raises|lowers|affects|blocks|leads)\s+[^,;]{2,80}?\s+and\s*$",
    re.IGNORECASE,
)


def own_subject(clause: str) -> str:
    """The subject of the risk verb: after a subordinator; before a relative pronoun, the
    noun phrase it refers to."""
    clause = _DASH_ASIDE.sub(" ", clause)  # "vitamin D -- from diet or sunlight -- can"
    # "sleep problems, especially sleep apnea, can": the aside narrows the member before it
    clause = _EXAMPLE_ASIDE.sub("", clause)
    subs = list(_SUBORDINATE.finditer(clause))
    if subs:
        clause = clause[subs[-1].end() :]
    shared = _SHARED_SUBJECT.match(clause)
    if shared:
        return shared.group("s")  # "smoking contributes to X and (increases the risk)"
    rel = _RELATIVE_END.search(clause)
    if rel:
        head = clause[: rel.start()]
        if _CATEGORY_HEAD.match(head):
            return ""  # "Factors related to diet and exercise that raise the risk include"
        gloss = _GLOSS.search(head)
        if gloss is not None:
            # "X hormone, a hormone that": the gloss names X again; X runs back to a
            # function word ("making X", "of X")
            return _FUNCTION_WORD.split(gloss.group("x"))[-1]
        # ", and C that": the last member without its conjunction; "a test can show
        # problems that": the object of the clause's own verb
        last = re.split(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or|have|has|had|with)\s+|"
                        r"\s+(?:can|may|might|could|will|would|does|do)\s+\w+\s+", head)[-1]
        if _CATEGORY_HEAD.match(last) or _BARE_CATEGORY.search(last):
            return ""  # "treatment for conditions that raise the risk": which is not said
        return last
    return clause


# "thyroid-stimulating hormone (TSH), a hormone that can raise the risk": an indefinite noun in
# apposition glosses the name before it, whose last word it repeats; the name is the subject
_GLOSS = re.compile(
    r"(?P<x>\b[\w'’\-]+(?:\s+[\w'’\-]+){0,4}?\s+(?P<n>[A-Za-z]{3,}))\s*(?:\([^()]*\)\s*)?,\s*an?\s+"
    r"(?P=n)\s*$",
    re.IGNORECASE,
)

_FUNCTION_WORD = re.compile(
    r"\b(?:from|of|making|makes?|made|to|with|in|by|for|and|or|the|an?|as|that|which|is|are)"
    r"\s+",
    re.IGNORECASE,
)


# A relative clause on a category ("Factors related to diet that increase the risk"): the
# members come after it, and the words inside the category's own phrase are no factors
# a category that ends the noun phrase a relative clause describes ("problems that ...")
_BARE_CATEGORY = re.compile(
    r"\b(?:conditions|problems|things|factors|diseases|disorders|changes|issues)\s*$", re.I
)
_CATEGORY_HEAD = re.compile(
    r"^\s*(?:(?:the|other|some|certain|several|many|common|main)\s+)*(?:factors|things|habits|"
    r"behaviou?rs|conditions|circumstances)\s+(?:related|linked|connected|tied)\b",
    re.IGNORECASE,
)


# "(people) who smoke", "who work in the rubber industry": a habit or an exposure stated by the
# verb of a relative clause; "who have", "who are" are read as what is had or what one is
_WHO_VERB = re.compile(r"^who\s+(?P<v>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
_NOT_A_HABIT = re.compile(
    r"^(?:have|has|had|are|is|was|were|be|been|do|does|did|can|could|may|might|will|would|"
    r"should|must|never|not|no|also|often|already|\w+ly|\w+ed)$",
    re.IGNORECASE,
)
# a comparison the clause goes on with ("than nonsmokers"): no part of the factor
_THAN = re.compile(r"\s+than\b.*$", re.IGNORECASE)


def who_habit(phrase: str) -> str:
    """The habit a "who" clause of a group states, as a gerund phrase ("who smoke" ->
    "smoking", "who work in a mine" -> "working in a mine"); any other phrase unchanged, and a
    clause whose verb is an auxiliary, a modal, a negation or an adverb gives "" (no habit of
    its own: "who do not smoke", "who may have")."""
    m = _WHO_VERB.match(phrase.strip())
    if m is None:
        return phrase
    verb = m.group("v")
    if _NOT_A_HABIT.match(verb):
        if re.fullmatch(r"are|is|was|were", verb, re.IGNORECASE):
            return completing_item(phrase.strip()[4:])  # "who are obese" -> "obese"
        return "" if not re.fullmatch(r"ha(?:ve|s|d)", verb, re.IGNORECASE) else phrase
    rest = _THAN.sub("", m.group("rest"))
    return f"{gerund(verb)}{rest}".strip()


def gerund(verb: str) -> str:
    """ "smoke" -> "smoking", "swim" -> "swimming", "drink" -> "drinking"."""
    v = verb.lower()
    if v.endswith("ing"):
        return v
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", v):
        return v + v[-1] + "ing"  # one short syllable: its last consonant doubles
    return v + "ing"
