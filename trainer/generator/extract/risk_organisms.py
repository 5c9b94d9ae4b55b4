"""risk_factor from the organism an infection is caught from: "X is caused by the bacterium
Borrelia burgdorferi", "Most cases of X are caused by the parasite Babesia microti",
"Infection is caused by the nematode parasites Necator americanus and Ancylostoma duodenale".

The organism is told by the structure, not by a list of germs: a germ word ("bacterium",
"parasites", "virus", "fungus") followed by names written as a Latin binomial (a capitalised
genus and a lower-case species, "Necator americanus"), or by a genus abbreviated ("E. coli");
without a germ word, a binomial whose species has a Latin ending ("Wuchereria bancrofti") and
that the lexicon does not know as a condition.
The sentence's subject must be the page's infection: its name, its short name, "infection" or
"the infection" on a page whose topic is an infection, or "<Genus> infection" whose genus the
topic's name is made from ("Babesia infection" on a page about babesiosis), or "the disease"
pointing to the page's topic; a place before it ("In Asia, the disease ...") is no part of it.
A germ described but not named ("microscopic parasites that infect red blood cells"), a negated
or doubted sentence, and a germ said to cause another condition give nothing.

:func:`is_organism` also tells the caller of :mod:`.risk_exposure` that a sentence's subject
("Babesia microti is spread by ticks") is a germ, whose routes are the infection's.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import UNPROVEN
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK
from trainer.generator.lexicon import Mention

# one organism's name: a Latin binomial, or a genus abbreviated before its species
_BINOMIAL = r"(?-i:[A-Z][a-z]{2,}\s+[a-z]{3,}|[A-Z]\.\s*[a-z]{3,})"
GERM = (
    r"(?:bacteri(?:um|a)|parasites?|virus(?:es)?|fung(?:us|i)|nematodes?|roundworms?|"
    r"tapeworms?|worms?|protozoans?|protozoa|amoebae?|organisms?|microbes?|yeasts?|molds?)"
)
# a species name by its Latin ending ("bancrofti", "americanus", "pneumoniae"): without a germ
# word before it, only such a name is taken for an organism ("Crohn disease" is none)
_LATIN_BINOMIAL = r"(?-i:[A-Z][a-z]{2,}\s+[a-z]{2,}(?:i|us|um|ae|is))"
_CAUSED = re.compile(
    # ("In Asia, the disease ...": a scope phrase before the subject)
    r"^(?:(?:in|among)\s+[^,;:]{2,30},\s*)?(?P<s>[^,;:]{2,60}?)\s+(?:(?:is|are)\s+)?"
    r"(?:(?:usually|mostly|mainly|most\s+often|often|typically|primarily|commonly)\s+)?"
    r"(?:is\s+|are\s+|(?:can|may)\s+(?:also\s+)?be\s+)?"
    # "X is an infection caused by", "X is a serious bacterial disease caused by": the kind of
    # illness the page's infection is, then its germ
    r"(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:infection|disease|illness)\s+(?:that\s+is\s+)?"
    r"(?:usually\s+|mostly\s+|mainly\s+)?)?"
    r"caused\s+by\s+(?:the\s+|an?\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{GERM}\s+(?:called\s+|named\s+|known\s+as\s+)?"
    rf"(?P<o>{_BINOMIAL}(?:\s*(?:,|,?\s+(?:and|or))\s+{_BINOMIAL})*)|"
    # "caused by a fungus (or mold) called Histoplasma": a genus the sentence names as such
    rf"(?:[\w-]+\s+){{0,2}}?{GERM}\s+(?:\([^()]{{1,30}}\)\s+)?(?:called|named|known\s+as)\s+"
    r"(?P<o3>(?-i:[A-Z][a-z]{3,}))(?!\s+[a-z])|"
    rf"(?P<o2>{_LATIN_BINOMIAL}(?:\s*(?:,|,?\s+(?:and|or))\s+{_LATIN_BINOMIAL})*))\b",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"^(?:(?:most|many|some|nearly\s+all|almost\s+all|all)\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:(?:human|reported)\s+)?(?:cases\s+of\s+)?",
    re.IGNORECASE,
)
_DOUBT = re.compile(r"\b(?:believe\w*|think|thought|suspect\w*|suggest\w*|possibl\w+|may\s+be)\b",
                    re.IGNORECASE)
# a place or a time that narrows the subject ("in the United States"): no part of its name
_SCOPE = re.compile(r"\s+(?:in|among|during|worldwide)\b.*$", re.IGNORECASE)


def organism_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(topic, organism) for each organism ``body``'s sentences say causes the page's
    infection."""
    topic = dc.main_disease
    if topic is None or "caused" not in body:
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = sentence.strip()
        m = _CAUSED.match(s)
        if m is None or NEGATION.search(s) or UNPROVEN.search(s) or _DOUBT.search(s):
            continue
        said = _SCOPE.sub("", _SHARE.sub("", m.group("s").strip()))
        if not _names_the_infection(dc, said, topic):
            continue
        named = m.group("o") or m.group("o2") or m.group("o3")
        for name in re.split(r"\s*(?:,|,?\s+(?:and|or))\s+", named):
            if m.group("o2") and _known_condition(dc, name):
                continue  # a condition's name the lexicon knows, shaped like a species
            out.append((topic, name.strip()))
    return out


def is_organism(text: str) -> bool:
    """Whether ``text`` names an organism by its Latin binomial ("Babesia microti")."""
    # ("The vibrations" has a binomial's shape: a determiner is no genus)
    return re.fullmatch(rf"(?:the\s+)?(?!{_DETERMINER}\s){_BINOMIAL}", text.strip(),
                        re.IGNORECASE) is not None


_DETERMINER = r"(?:the|this|these|that|those|its|their|some|many|most|such|other|each|every)"


def _names_the_infection(dc: DocContext, said: str, topic: str) -> bool:
    """Whether a cause sentence's subject is the page's infection."""
    if page_topic.names_topic(dc, said) is not None:
        return True
    if re.fullmatch(r"(?:the|this)\s+(?:disease|condition|illness|disorder)", said, re.I):
        return True  # the page's own condition, pointed to
    infection = _is_infection(dc, topic)
    if re.fullmatch(r"(?:the\s+|this\s+)?infections?", said, re.IGNORECASE):
        return infection
    genus = re.fullmatch(r"(?P<g>[A-Z][a-z]{3,})\s+infections?", said)
    if genus is None:
        return False
    # "Babesia infection" on a page about babesiosis: the topic is named from the genus
    g, t = genus.group("g").lower(), topic.lower()
    return len(g) >= 5 and t[: len(g) - 1] == g[:-1]


def the_infection(dc: DocContext, text: str, m: Mention, name: str, topic: str | None) -> str:
    """ "the risk of getting the infection" on a page about an infection: the generic word,
    pointed to by "the", is the page's infection; any other name stays ``name``."""
    if (
        topic is not None
        and name.lower() == "infection"
        and re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start], re.IGNORECASE)
        and _is_infection(dc, topic)
    ):
        return topic
    return name


def _known_condition(dc: DocContext, name: str) -> bool:
    return any(m.hit("condition") is not None for m in dc.find(name))


# how an infection's name ends ("babesiosis", "ascariasis", "Lyme disease" is told otherwise)
_INFECTION_NAME = re.compile(r"(?:osis|iasis|infection|fever)$", re.IGNORECASE)


def _is_infection(dc: DocContext, topic: str) -> bool:
    """Whether the page's topic is an infection: by the lexicon's type, else by its name's
    ending."""
    for m in dc.find(topic):
        h = m.hit("condition")
        if h is not None:
            return h.type == "infection"
    return _INFECTION_NAME.search(topic.strip()) is not None
