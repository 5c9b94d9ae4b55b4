"""Whether a risk factor, as read, is a whole noun phrase a card can teach.

The readers cut a factor out of a sentence by its cues; on wordings they were not written for
the cut can land inside a phrase ("Having a parent who was exposed to ..." -> "parent", "chronic
nasal or sinus infection" -> "chronic nasal"), on a word that points back ("All of these
conditions", "three or more risk factors" -> "three"), on a predicate ("are usually temporary")
or on the words around a clause ("several factors have", "your doctor also"). Such a factor is
kept as a draft below the card threshold, with the reason, rather than dropped: an instructor may
still complete it, but no card teaches a piece of a sentence.

:func:`incomplete` gives the reason, or None for a complete factor.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import word_places
from trainer.generator.extract.risk_fragments import fragment
from trainer.generator.extract.risk_other_condition import other_condition_factor
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact

# One word that is a noun of a state, an exposure or a habit by its ending ("obesity",
# "smoking", "pregnancy", "alcoholism", "infection"); other single words pass only when the
# lexicon names them ("diabetes", "lupus")
_STATE_NOUN_END = re.compile(
    r"(?:ing|ity|ism|ness|ncy|sis|tion|sion|ment|ure|ia|itis|oma|pathy|pus)$", re.IGNORECASE)
# Single nouns that name a trait or an exposure by themselves ("Age is a risk factor")
_TRAIT_NOUN = re.compile(
    r"^(?:age|sex|gender|race|ethnicity|heredity|genetics|stress|diet|alcohol|tobacco|"
    r"menopause|overweight)$",
    re.IGNORECASE,
)
# Words that only point: a bare number, an answer, a possessive, a word pointing back (a
# quantifier a factor needs stays: "many sexual partners", "several colds a year")
_POINTER_START = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+or\s+(?:more|fewer))?$|"
    r"(?:yes|no|your|my|our|their|his|her|its|all|both|each|either|neither|these|those|"
    r"such)\b)",
    re.IGNORECASE,
)
# A bare noun that only says there is something ("changes", "traits")
_VAGUE_WORD = re.compile(
    r"^(?:changes?|traits?|factors?|things?|conditions?|diseases?|problems?|causes?|reasons?)$",
    re.IGNORECASE,
)
# A category with nothing to tell it apart ("an underlying disease", "certain diseases"),
# also after a heading that ran into it ("Systemic Diseases Certain diseases")
_VAGUE_CATEGORY = re.compile(
    r"\b(?:underlying|certain|some|several|other|various|specific|these|those|such)\s+"
    r"(?:\w+\s+)?(?:diseases?|conditions?|disorders?|illness(?:es)?|problems?|factors?|traits?|"
    r"things?|changes?|causes?)$",
    re.IGNORECASE,
)
# A phrase that opens with such a category ("certain diseases or conditions or who take ...")
_VAGUE_OPENING = re.compile(
    r"^(?:underlying|certain|some|several|various|other|many)\s+(?:\w+\s+)?(?:diseases?|"
    r"conditions?|disorders?|illness(?:es)?|problems?|factors?|traits?|things?|changes?)\b",
    re.IGNORECASE,
)
# A predicate taken for the subject: "(causes of X are) usually temporary"
_PREDICATE_START = re.compile(
    r"^(?:usually|often|rarely|mostly|generally|typically|frequently|sometimes|commonly|"
    r"probably|always|seldom|occasionally|very|quite|not)\s+\w",
    re.IGNORECASE,
)
# A degree word before an adjective and its noun: "very weak immune systems" is a noun phrase,
# "very common" a predicate
_DEGREE_NOUN_PHRASE = re.compile(r"^(?:very|quite)\s+\w+\s+\w+\s+\w+", re.IGNORECASE)
# Words a noun phrase does not end with: an adverb or a finite verb of the clause around it,
# or a preposition whose object was cut off ("skin diseases on (or around the eyelids)")
_CLAUSE_END = re.compile(
    r"\s(?:also|too|then|have|has|had|is|are|was|were|be|been|will|on|at|around|into|onto|"
    r"upon|near|within|over|under|about|like)$",
    re.IGNORECASE,
)
# A preposition opening the phrase: the second half of a coordination of prepositions
# ("(on or) around the eyelids"), never the factor itself
_PREPOSITION_START = re.compile(
    r"^(?:around|on|at|into|onto|upon|near|within|inside|outside|through|about|like)\s",
    re.IGNORECASE,
)
# A finite copula inside the factor: "diabetes is the most common known (cause of X)" is the
# clause the factor stands in, cut at its cue; "a parent who is a smoker" keeps its relative
_INNER_COPULA = re.compile(
    r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s(?:is|are|was|were)\s+(?:the|an?|one|not|most|more|"
    r"usually|often|also|very)\b",
    re.IGNORECASE,
)
# The verb of care that opens a heading ("Treating Causes of X", "Preventing X"): an activity,
# never what raises the risk
_CARE_VERB = re.compile(
    r"^(?:treating|preventing|managing|diagnosing|screening|testing|coping|caring|living|"
    r"understanding|reducing|lowering|controlling|avoiding)$",
    re.IGNORECASE,
)
# A predicate adjective taken for the factor: "(Many causes of X are) treatable"
_PREDICATE_ADJECTIVE = re.compile(
    r"^(?:\w+(?:able|ible)|unknown|unclear|uncommon|rare|common|preventable|reversible|"
    r"hereditary|inherited|genetic|curable|harmless|temporary|permanent)$",
    re.IGNORECASE,
)
# An age or time frame opening the phrase ("Between ages 15 and 19, A are the leading causes"):
# the frame says when, never what raises the risk
_FRAME_START = re.compile(
    r"^(?:between|from|until|till|since)\s", re.IGNORECASE
)
# What stands just before a verb phrase: a pronoun subject or a modal, with an earlier verb it is
# coordinated with ("how they grow and divide into new cells"); not "to", often a preposition
# ("exposure to benzene")
_VERB_BEFORE = re.compile(
    r"\b(?:they|we|you|it|he|she|can|could|may|might|will|would|cannot|do|does|did)\s+"
    r"(?:\w+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
# A modifier ending that wants its head noun: "chronic nasal (or sinus infection)"
_MODIFIER_END = re.compile(r"\w(?:al|ic|ous|ary)$", re.IGNORECASE)


def incomplete(dc: DocContext, factor: str, sentence: str) -> str | None:
    """Why ``factor`` (read from ``sentence``) is not a whole factor, or None when it is."""
    f = factor.strip()
    words = f.split()
    if not words:
        return "uncertain: empty factor"
    if len(words) == 1 and _VAGUE_WORD.match(f):
        return "uncertain: the factor points back or names no factor of its own"
    if (
        len(words) == 1
        and not dc.lexicon.lookup(f)
        and not (_STATE_NOUN_END.search(f) and not _with_article(f, sentence))
        and not _TRAIT_NOUN.match(f)
        and _cut_short(f, sentence)
    ):
        return "uncertain: a single word cut from the longer phrase it opens"
    hits = dc.lexicon.lookup(f) if len(words) <= 2 else ()
    if hits and all(h.kind == "target" and h.type == "structure" for h in hits):
        # "brain (or spinal cord trauma)": a part of the body, cut from the head noun it shares
        return "uncertain: a part of the body, not a factor"
    if (
        len(words) == 1 and not hits and not _STATE_NOUN_END.search(f)
        and not _TRAIT_NOUN.match(f)
        and any(_SHARED_PHRASE_AFTER.match(sentence, end) for _, end in word_places(f, sentence))
    ):
        # "brain or spinal cord trauma": a bare word before a coordinated phrase may share its
        # head noun ("brain trauma")
        return "uncertain: a word that may share the head noun of the next item"
    if _POINTER_START.match(f) or _VAGUE_CATEGORY.search(f) or _VAGUE_OPENING.match(f):
        return "uncertain: the factor points back or names no factor of its own"
    if re.search(r"\bsuch as\b|\bincluding\b", f, re.IGNORECASE):
        return "uncertain: a category with its examples (the examples are the factors)"
    if _CARE_VERB.match(f):
        return "uncertain: a verb of care, an activity and not a factor"
    if _INNER_COPULA.search(f):
        return "uncertain: a clause, not a noun phrase"
    if _PREDICATE_START.match(f) and not _DEGREE_NOUN_PHRASE.match(f):
        return "uncertain: a predicate, not a factor"
    if _CLAUSE_END.search(f) or _PREPOSITION_START.match(f):
        return "uncertain: a piece of a clause"
    if _FRAME_START.match(f):
        return "uncertain: an age or time frame, not a factor"
    if len(words) == 1 and _PREDICATE_ADJECTIVE.match(f) and not dc.lexicon.lookup(f):
        return "uncertain: a predicate adjective, not a factor"
    if _verb_phrase(f, sentence):
        return "uncertain: a verb phrase, not a noun phrase"
    if len(words) == 1 and _PARTICIPLE.search(f) and not dc.lexicon.lookup(f):
        return "uncertain: a participle that qualifies a later item's head noun"
    if len(words) > 1 and _restricted(f, sentence):
        return "uncertain: the clause that tells which one is meant was cut off"
    if len(words) > 1 and _MODIFIER_END.search(words[-1]) and not dc.lexicon.lookup(f):
        shared = re.search(rf"\b{re.escape(f)}\s+(?:or|and)\s+\w+", sentence, re.IGNORECASE)
        if shared:
            return "uncertain: a modifier cut from the head noun it shares with the next item"
    return fragment(dc, f, sentence)




def shaped_fact(
    dc: DocContext, seg: Segment, disease: str, factor: str, confidence: float
) -> ExtractedFact:
    """The risk fact ``disease`` -> ``factor``: a card when the factor is whole, else a draft
    flagged with why it is not."""
    why = (
        incomplete(dc, factor, seg.body)
        or _restates(disease, factor)
        or _holds_subject(disease, factor)
        or _medicine(dc, factor)
        or other_condition_factor(dc, disease, factor)
    )
    if why is None:
        return dc.fact(seg, Relation.RISK_FACTOR, disease, factor, confidence)
    return dc.fact(
        seg, Relation.RISK_FACTOR, disease, factor, min(confidence, DRAFT_CONFIDENCE), flags=(why,)
    )


# A want of something: "a (severe) lack of fibrinogen", "an absence of the enzyme"
_WANT_OF = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:severe|complete|total|partial|marked|near)\s+)?(?:lack|absence|"
    r"deficiency|shortage|loss|want)\s+of\s+(?P<what>.+)$",
    re.IGNORECASE,
)


def _restates(disease: str, factor: str) -> str | None:
    """Why a factor only restates what the condition's name says ("afibrinogenemia" -> "a
    lack of fibrinogen": the name is made of the word), or None. Such a factor is the
    condition's definition, not a risk a card should teach as one."""
    m = _WANT_OF.match(factor.strip())
    if m is None:
        return None
    name = re.sub(r"[^a-z]", "", disease.lower())
    words = [w for w in re.findall(r"[a-z]{5,}", m.group("what").lower())]
    if any(w in name for w in words):
        return "uncertain: the condition's own definition, not a risk"
    return None


# A past participle standing alone ("salted, smoked, or poorly preserved foods" -> "smoked"):
# it qualifies the head noun of the item the list ends with
_PARTICIPLE = re.compile(r"[a-z]{3,}ed$", re.IGNORECASE)
# A restrictive relative clause right after the factor ("a diet that is low in fruit", "water
# from a well that has arsenic"): without it the noun does not say which one raises the risk
# (not the clause that states the risk itself: "damaged airways that increase the risk of X")
_RESTRICTIVE = re.compile(
    r"\s+(?:that|which)\s+(?!is\s+why\b)(?!(?:(?:can|may|might|could|often|also|greatly|"
    r"further)\s+)*(?:(?:increase|raise|heighten|elevate)s?\s+(?:\w+\s+){0,2}?(?:risk|chances?|"
    r"likelihood|odds)|lead(?:s)?\s+to|cause[sd]?\b|puts?\s+\w+\s+at\s+risk|makes?\s+\w+\s+more\s+"
    r"likely))\w",
    re.IGNORECASE,
)


# A bare word before a coordinated three-word phrase whose head it may share ("brain or spinal
# cord trauma"), the phrase not coordinated on.
_SHARED_PHRASE_AFTER = re.compile(
    # ("caffeine and alcohol can cause": the next item's verb follows it, no shared head)
    r"\s+(?:or|and)\s+(?![a-z]+\s+(?:can|may|might|could|also|will|often)\b)"
    r"[a-z]+\s+[a-z]+\s+[a-z]+s?\b(?!\s+(?:or|and)\b)",
    re.IGNORECASE,
)


def _restricted(factor: str, sentence: str) -> bool:
    """Whether every place ``factor`` stands in the sentence runs on into a restrictive relative
    clause (no comma before "that"): the factor is the clause's head only, cut from what it
    says ("eating a diet" of "eating a diet that is low in fruits")."""
    places = word_places(factor, sentence)
    return bool(places) and all(_RESTRICTIVE.match(sentence, end) for _, end in places)


def _holds_subject(disease: str, factor: str) -> str | None:
    """Why a factor that coordinates the condition itself with others ("preeclampsia or
    pregnancy induced hypertension" as a factor of preeclampsia) is unsure, or None: the
    subject was taken from the factor's own words, so whose risk it is is not known."""
    members = re.split(r"\s*,\s*|\s+(?:or|and)\s+", factor.lower())
    if len(members) > 1 and disease.lower() in members:
        return "uncertain: the condition is one of its own factor's members"
    return None


# A medicine by its words ("the anti-seizure medication topiramate", "certain medicines"); drugs
# taken as a habit ("illegal drugs", "drug use") are an exposure, not a medicine
_MEDICINE_WORD = re.compile(
    r"\b(?<!illegal\s)(?<!illicit\s)(?<!street\s)(?<!injection\s)(?:medicines?|medications?|"
    r"drugs?(?!\s+(?:use|abuse|misuse|addiction))|supplements?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"^(?:previous|prior|past|earlier|history\s+of)\b", re.IGNORECASE)
# Radiation is a physical exposure, a risk factor however it was given
_RADIATION = re.compile(
    r"\b(?:radiation|radiotherapy|irradiation|x-rays?|chemotherapy|chemo)\b", re.IGNORECASE
)


def _medicine(dc: DocContext, factor: str) -> str | None:
    """Why a medicine as a factor is unsure, or None: a medicine named as a cause of a
    condition is a side effect ("people taking diuretics are at risk of kidney stones"), which
    a card should not teach as a risk factor; a past treatment is an exposure and stays."""
    f = re.sub(r"\s+(?:use|therapy|treatment)$", "", factor.strip(), flags=re.IGNORECASE)
    if _PAST.match(f) or _RADIATION.search(f):
        return None
    # the factor's head noun ("calcium-based antacids") names a medicine or a class of them
    head = re.sub(r"^.*?([\w-]+)$", r"\1", f)
    medicine = any(h.kind in ("drug", "drug_class") for h in dc.lexicon.lookup(head))
    if _MEDICINE_WORD.search(f) or medicine:
        return "uncertain: a medicine named as a cause, a side effect rather than a risk factor"
    return None


def _verb_phrase(factor: str, sentence: str) -> bool:
    """Whether every place ``factor`` stands in the sentence follows a pronoun subject or
    a modal ("how they grow and divide into new cells"): the factor is a verb's phrase."""
    places = word_places(factor, sentence)
    return bool(places) and all(_VERB_BEFORE.search(sentence[:start]) for start, _ in places)


def _cut_short(word: str, sentence: str) -> bool:
    """Whether every place ``word`` stands in the sentence runs on into more words of its
    phrase ("a parent who was exposed", "pregnant when you are", "young adults", "the acid can
    injure"): the reader cut the factor there. A word that ends its phrase at a comma, a
    semicolon, a full stop, a bracket or a conjunction ("gout, a disorder", "burns.") is whole."""
    places = word_places(word, sentence)
    return bool(places) and all(
        # ("more common in Icelanders than in Danes": a comparison ends the phrase)
        re.match(r"\s+(?!(?:and|or|nor|but)\b|than\s+(?:in|among)\b)[A-Za-z]", sentence[end:])
        # a bare subject before its modal ("vaccinations may increase") ends its phrase; one
        # with an article ("the scratching can") points back to a thing named before
        and not (re.match(rf"\s+{_VERB_AFTER}", sentence[end:])
                 and not _ARTICLE_BEFORE.search(sentence[:start]))
        for start, end in places
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|his|her|their|your)\s+$", re.I)


# A verb right after a word: the word is its subject, whole ("vaccinations may increase")
_VERB_AFTER = r"(?:may|can|might|could|will|would|should|must)\b"


def _with_article(word: str, sentence: str) -> bool:
    """Whether the sentence gives ``word`` an article or a possessive ("a sibling", "the
    scratching"): a thing named by a noun, not a habit named by its gerund ("smoking")."""
    return re.search(
        rf"\b(?:a|an|the|this|that|his|her|their|your)\s+{re.escape(word)}\b", sentence, re.I
    ) is not None
