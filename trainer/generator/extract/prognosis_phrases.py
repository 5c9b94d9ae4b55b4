"""How a prognostic factor is worded: its direction ("better"/"poorer prognosis"), the factor
phrase with fillers dropped ("the patient's age at the time of diagnosis" -> "age at
diagnosis"), a lexicon name when the phrase is one ("the t(4;11) translocation"), and where a
list of factors ends.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import clean_phrase, drop_parens

BETTER = re.compile(
    r"\b(?:better|good|favou?rable|improved|excellent|best|superior|higher survival)\b", re.I
)
WORSE = re.compile(
    r"\b(?:poor|poorer|worse|worst|unfavou?rable|adverse|bad|dismal|inferior|lower survival|"
    r"high-risk)\b",
    re.I,
)
# What a "depends on" sentence may be about besides the prognosis itself: recovery, survival,
# how well a person does ("How well a child does depends on ...")
OUTCOME_SUBJECT = re.compile(
    # "X has a mortality rate of 30 percent but depends on ...": the rate is what depends
    r"^.*\b(?:mortality|fatality|death|survival|cure)\s+rates?\b[^.;]*?\s(?:but|and)\s*$|"
    r"^\s*(?:the\s+)?(?:(?:full\s+|complete\s+)?recovery|(?:long[- ]term\s+)?survival|"
    r"(?:mortality|fatality|death|survival|cure)(?:\s+rates?)?|"
    r"(?:long[- ]term\s+)?outcomes?|life\s+expectancy|how\s+well\s+(?:a\s+person|someone|"
    r"a\s+patient|a\s+child|patients|people|children|you)\s+(?:does|do|recovers?|will\s+do))"
    # (recovery from an operation is the operation's outcome, not the disease's)
    r"(?:\s+(?:for|of|from|in)\s+(?!(?:the\s+|an?\s+)?(?:surgery|operation|procedure|"
    r"treatment|transplant|an[a-z]*sthesia)\b)[\w\s'’-]{1,50}?)?\s*$",
    re.IGNORECASE,
)
# Below the card threshold (0.5), each confidence a reason a reading is kept as a draft for the
# instructor to confirm, not made into a card unasked
TREATMENT_OUTCOME_DRAFT = 0.45
UNDIRECTED_DRAFT = 0.44
# "Favorable survival has been associated with A": whose survival the sentence does not say, and
# the paragraph's first disease may be a broader or another one
UNNAMED_OWNER_DRAFT = 0.43
# "Children with X usually have a good outlook": one group's outlook, no other group compared
UNCOMPARED_DRAFT = 0.42
# "X can be fatal if not treated correctly": how well care is given, which names no factor a
# reader could look for in a patient (the bare lack of care, "if not treated", is one)
CARE_MANNER_DRAFT = 0.41
_DRAFT_REASONS = {
    UNCOMPARED_DRAFT: "one group's outlook, told without comparing it with another group",
    UNNAMED_OWNER_DRAFT: "the sentence does not name whose outcome it is",
    TREATMENT_OUTCOME_DRAFT: "a factor of how a treatment goes, not of the disease's outlook",
    CARE_MANNER_DRAFT: "how well care is given, not a factor of the patient or the disease",
    UNDIRECTED_DRAFT: "what the outcome goes with, its direction unstated (a test's result, "
    "not its name, may be the factor)",
}


def draft_flags(confidence: float) -> tuple[str, ...]:
    """The ``uncertain: <reason>`` flag of a reading held back as a draft; none for a card."""
    why = _DRAFT_REASONS.get(confidence)
    return (f"uncertain: {why}",) if why else ()


# Cue words of the prognosis reader that the risk reader's cheap test does not share
OWN_CUES = re.compile(
    r"cured|curable|treatable|recover|prognos|predict|indicator|sign of|severe|worsen|slow|"
    r"progress|correlat|aggressive|relapse|recurrence"
)
NOT_A_FACTOR = r"\b(?:is|are|was|were|has|have|had|been|if|this|it|they|we|you)\b"
def direction(text: str) -> str | None:
    better, worse = bool(BETTER.search(text)), bool(WORSE.search(text))
    if better and not worse:
        return "better prognosis"
    if worse and not better:
        return "poorer prognosis"
    return None


# A lead-in that gives its list's direction: "People with X have a poorer outlook if they have:",
# "The following are linked to a better prognosis:"
_LEAD_WAY = re.compile(
    r"\b(?P<d>\w+)\s+(?:prognosis|outlook|outcomes?|survival|chances?\s+of\s+(?:recovery|cure))"
    r"\b[^:]*:\s*$",
    re.IGNORECASE,
)


def lead_direction(lead: str) -> str | None:
    """The direction a list's lead-in gives all its items, when it states one."""
    m = _LEAD_WAY.search(lead)
    return direction(m.group("d")) if m else None


# "Good prognosis", "intermediate risk": the name of an outcome group, what a factor predicts,
# never a factor ("The following prognostic groups are used: - Good prognosis")
_OUTLOOK_LABEL = re.compile(
    r"(?:(?:an?|the)\s+)?(?:very\s+)?(?:good|poor|intermediate|favou?rable|unfavou?rable|"
    r"excellent|fair|bad|low|high|standard|average)(?:[- ]risk)?\s+(?:prognosis|outlook|"
    r"outcomes?|prognostic\s+group|risk(?:\s+group)?)",
    re.IGNORECASE,
)
# "the particular diagnostic category", "the specific type": which kind the case is, named by
# no word of its own (a kind with what it is of, "the type of tumor", stays a factor)
_WHICH_KIND = re.compile(
    r"(?:(?:the|its|their|his|her|your)\s+)?(?:(?:particular|specific|individual|exact|precise)\s+)?"
    r"(?:(?:diagnostic|clinical|underlying)\s+)?(?:categor(?:y|ies)|types?|kinds?|forms?|causes?|"
    r"diagnos[ie]s|cases?)",
    re.IGNORECASE,
)


def short_factor(text: str) -> str | None:
    """A factor phrase: brackets, possessives and fillers dropped, a few set phrasings unified."""
    t = drop_parens(text)
    t = re.sub(r"\bat the time of diagnosis\b", "at diagnosis", t, flags=re.I)
    t = re.sub(
        r"^(?:how well|how|whether|if)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
        r"respond(?:s|ed)?\s+to\s+(?P<x>.+)$",
        r"response to \g<x>",
        t.strip(),
        flags=re.I,
    )
    t = re.sub(
        r"^(?:your|their|his|her|its|the patient's|the patient’s|a person's|a child's)\s+"
        # "The patients age and general health": the possessive's apostrophe dropped
        r"|^(?:the\s+)?(?:patients|persons|childs)\s+(?=(?:age|gender|sex|general|overall)\b)",
        "",
        t.strip(),
        flags=re.I,
    )
    # "age, gender, and general health, including whether the patient is anemic": the example
    # after "including" is part of the factor already named
    t = re.sub(r",\s*including\b.*$", "", t.strip(), flags=re.I)
    t = re.sub(
        r"^(?:the\s+)?(?:sub)?types?\s+of\s+(?:ALL|leuk\w+|the (?:leuk\w+|disease|cancer))$",
        "subtype",
        t.strip(),
        flags=re.I,
    )
    t = re.sub(r"^(?:an?\s+|the\s+)?presenting\s+", "", t.strip(), flags=re.I)
    t = re.sub(r"\b(\d+)\s+to\s+(\d+)(?=\s+years)", r"\1-\2", t)  # "age 1 to 9 years"
    t = clean_phrase(t)
    t = re.sub(r"\s+of the (?:patient|person|child)$", "", t)
    words = len(re.sub(r"\s*[x×]\s*10\b", "x10", t).split())  # "50 x 10^9/L" is one amount
    if not t or words > 8 or re.search(NOT_A_FACTOR, t, re.IGNORECASE):
        return None
    if _OUTLOOK_LABEL.fullmatch(t) or _WHICH_KIND.fullmatch(t):
        return None  # an outcome group's name; a kind named by no word of its own
    return t


# A factor asked as a question: "Whether the tumor has just been diagnosed or has recurred",
# "The thickness of the tumor and where it is in the body"
_ASKED = re.compile(r"(?:^|\s(?:and|or)\s+)(?:whether|how|where)\s+\S", re.IGNORECASE)


_THE_DISEASE = (
    r"(?:the\s+|your\s+)?(?:cancer|tumou?r|disease|leuka?emia|lymphoma|sarcoma|melanoma|"
    r"condition|illness)"
)
_STATE = re.compile(
    rf"^whether\s+{_THE_DISEASE}\s+(?:is|was)\s+(?P<a>[a-z-]+)\s+or\s+(?P<b>[a-z-]+)$", re.I
)
_NEW_OR_BACK = re.compile(
    rf"^whether\s+{_THE_DISEASE}\s+(?:has\s+)?just\s+been\s+diagnosed\s+or\s+"
    r"(?:has\s+)?(?:recurred|come back)$",
    re.IGNORECASE,
)


def asked_factor(text: str) -> str | None:
    """A list item that asks its factor as a question, kept in its own words: what a card asks
    is the question ("whether the cancer can be removed by surgery"); a name inside it alone
    ("surgery") would teach something else. The words before the question must be a noun
    phrase; None for anything longer than a short item."""
    # ", such as the EGFR gene": examples of what the question asks about, not the question
    t = re.sub(r",\s*(?:including|such as|for example)\b.*$", "", drop_parens(text).strip(),
               flags=re.I)
    t = clean_phrase(t)
    # "Whether the cancer is recurrent or progressive": the state asked about, as a noun phrase
    state = _STATE.match(t)
    if state is not None:
        return f"{state.group('a')} or {state.group('b')} disease"
    if _NEW_OR_BACK.match(t):
        return "newly diagnosed or recurrent disease"
    asked = _ASKED.search(t)
    # a question of up to 16 words still reads as one card ("whether the patient has a history
    # of smoking for ten or more pack years")
    if asked is None or re.search(NOT_A_FACTOR, t[: asked.start()], re.I):
        return None
    if len(t.split()) > 16:
        # "Whether the tumor has spread to the skin, to the bones, or to other organs": a list of
        # places or parts still reads as one question, up to 24 words; anything else is too long
        listed = re.search(r",\s+(?:(?:and|or)\s+)?\w+(?:\s+\w+){0,6},?\s+(?:or|and)\s+", t) or (
            # "spread to other parts of the brain or to the kidney": two places, each with "to"
            re.search(r"\b(?:to|into)\s+[^,]{3,60}?\s+(?:or|and)\s+(?:to|into)\s", t)
        )
        if listed is None or len(t.split()) > 24:
            return None
    return t


# "the type of salivary gland the cancer is in": where the disease is, said as a contact clause
_WHERE_IT_IS = re.compile(
    rf"\s+{_THE_DISEASE}\s+(?:is|was|started|began|formed|arose)\s+in$", re.IGNORECASE
)


def listed_factor(text: str) -> str | None:
    """A factor listed as an item under "depends on the following:" that is longer than a
    factor said inline ("the number of abnormal red blood cells and white blood cells"), or
    that ends by saying where the disease is ("the type of gland the cancer is in" -> "type of
    gland", the clause only pointing back to the disease): the list has made it one factor
    already, so it may run to fourteen words; still no clause of its own."""
    t = clean_phrase(drop_parens(text))
    t = re.sub(r"^(?:your|their|his|her|its|the patient's|the patient’s)\s+", "", t, flags=re.I)
    core = _WHERE_IT_IS.sub("", t)
    if not core or len(core.split()) > 14 or re.search(NOT_A_FACTOR, core, re.IGNORECASE):
        return None
    if _ASKED.search(core) or _NO_FACTOR_OPENING.match(core) or _WHICH_KIND.fullmatch(core):
        return None  # a question (read by asked_factor), a category, a kind named by no word
    return core


_NO_FACTOR = re.compile(
    r"(?:(?:several|many|various|a few|some|certain|other|a number of|multiple)\s+)?"
    r"(?:factors?|things|features|characteristics)",
    re.IGNORECASE,
)
_NO_FACTOR_OPENING = re.compile(
    r"(?:(?:several|many|various|a few|some|certain|other|a number of|multiple)\s+)?(?:factors?|"
    r"things|features|characteristics)\b",
    re.IGNORECASE,
)
_GENERIC_TAIL = re.compile(
    r"(?:the\s+)?(?:translocation|mutations?|genes?|fusion(?: gene)?|abnormality|rearrangements?|"
    r"positivity|status|chromosome|deletion|presence|level)",
    re.IGNORECASE,
)


def factor(dc: DocContext, text: str) -> str | None:
    """A factor phrase, as a lexicon name when it is one ("the t(4;11) translocation")."""
    t = short_factor(text)
    if t is None or _NO_FACTOR.fullmatch(t) or _NO_FACTOR_OPENING.match(t):
        # "depends on several factors": the factors follow, if anywhere; "certain factors before
        # and after treatment" names none either
        return None
    ms = [m for m in dc.find(t) if m.is_kind("target", "marker", "condition")]
    if len(ms) == 1 and dc.disease_in(ms) is None:
        rest = (t[: ms[0].start] + " " + t[ms[0].end :]).strip()
        if not rest or _GENERIC_TAIL.fullmatch(rest) or _MEASURED_TAIL.fullmatch(rest):
            name = ms[0].name(ms[0].hits[0].kind)
            # "kidney function" is what is measured, not "kidney function tests"
            test = re.compile(r"\s+(?:tests?|panels?|assays?|scans?)$", re.IGNORECASE)
            return t if test.search(name) and not test.search(ms[0].surface) else name
    return t


# "persistent minimal residual disease after induction", "MRD positivity at the end of induction":
# the marker, measured at a point of treatment.
_MEASURED_TAIL = re.compile(
    r"(?:(?:persistent|detectable|residual)\s*)?"
    r"(?:persistence\s*|positive\s*|" + _GENERIC_TAIL.pattern + r")?\s*"
    r"(?:(?:after|following|at the end of|by the end of)\s+(?:the\s+)?(?:induction|consolidation|"
    r"treatment|therapy|chemotherapy)(?:\s+(?:therapy|treatment|phase))?"
    r"|at (?:that|this) (?:point|time|stage)"  # a time the sentence before named
    r"|(?:of|at|above)\s+\d+(?:\.\d+)?\s*%(?:\s+or\s+(?:more|higher|above))?)",  # a threshold
    re.IGNORECASE,
)


def list_text(text: str) -> str:
    """A list up to where its clause ends (", which occurs ...", "; ...")."""
    return re.split(r",?\s+which\b|;(?![^()]*\))|\s[–—]\s|\.\s", text, maxsplit=1)[0].rstrip(" .")


def last_np(text: str) -> str | None:
    """The noun phrase that ends ``text`` (after its last preposition)."""
    t = re.split(r"\b(?:on|of|by|with|in|from|to|like|as|such as)\s+", text.strip(" ,"))[-1]
    return short_factor(t)


_DASH = re.compile(r"(?:^|\s)-\s+")


def dash_items(text: str) -> list[str]:
    """The items of a list run into one line after "depend on the following:" ("- The stage of
    the cancer. - Blood test results."), each item whole (its commas are its own: "The
    patient's age, gender, and general health"); the list ends where a sentence does not open
    an item. Empty when the text does not open with an item."""
    if not re.match(r"\s*-\s", text):
        return []
    out = []
    for item in _DASH.split(text)[1:]:
        stop = re.search(r"\.\s+|:", item)
        out.append((item[: stop.start()] if stop else item).strip(" .;"))
        if stop and item[stop.end() :].strip():
            break  # a sentence after the item: the list has ended
    return [i for i in out if i]
