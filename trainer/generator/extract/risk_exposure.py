"""risk_factor from how an infection is caught: the routes of exposure are its risk factors.

Read from the structure of the sentence, whatever the germ or the wording:

* "X is (mainly) transmitted / spread / passed (to humans, in nature) by / through A and B" —
  the subject is the infection (its name, or the germ, parasite, pathogen that carries it, or
  the germ's Latin name, "Babesia microti is spread by ticks");
* "People (can) become / be / get infected by A", "Humans become infected by: - A - B";
* "Transmission may occur by / through: - A - B" (a lead-in whose items are the routes);
* "People can get infected with X in several ways: - The main way is through A - A less common
  way is by B" (each item's way, without its frame or an aside after a long dash).

Only an infection or an infestation is caught this way: a subject that names a cancer or a
tumour ("Cancer can spread through tissue") and a sentence about animals ("Raccoons become
infected by ...") give nothing, nor does a negated sentence ("is not passed from person to
person"). Each route is one clean noun phrase, checked as any other factor by the caller:
a route that carries a second fact in a tail ("blood via transfusion", "water contaminated
with the parasite", "an organ from a donor") or that lost the clause saying what it is ("Eating
food that was contaminated by knives" cut to "eating food") is left out.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic, topic_qualified
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_factor_phrases import factor
from trainer.generator.extract.risk_organisms import is_organism

# who it passes between: "to humans", "among people", "from person to person", "from one
# infected human to another" (the frame of the route, no part of it)
_BETWEEN = (
    r"(?:(?:to|among|between)\s+(?:humans|people|persons|others|a\s+person)\s+|"
    r"from\s+(?:one\s+)?(?:\w+\s+){0,2}?(?:person|human|people|humans|animals?|mother)\s+to\s+"
    r"(?:another|others|person|humans|people|child|(?:her\s+|the\s+)?baby)\s+|in\s+nature\s+)"
)
# the germ or the illness, said in place of the infection's name
_CARRIER = (
    r"(?:(?:the|this|these|that)\s+)?(?:\w+\s+)?(?:parasites?|bacteri(?:um|a)|virus(?:es)?|"
    r"pathogens?|germs?|infections?|organisms?|lice|louse|mites?|fungus|fungi|disease|illness|"
    r"worms?|it|they)"
)
_VERB = r"(?:transmitted|spread|passed|acquired|caught|contracted|carried)"
_SPREAD = re.compile(
    r"^(?P<s>[^,.;:]{2,60}?)\s+(?:(?:is|are|can\s+be|may\s+be|is\s+usually|are\s+usually)\s+)"
    rf"(?:(?:mainly|mostly|usually|most\s+commonly|commonly|primarily|often|also|typically)\s+)?"
    rf"{_VERB}\s+{_BETWEEN}?"
    r"(?:(?:mainly|mostly|usually|most\s+commonly|commonly|primarily|often)\s+)?"
    r"(?:by|through|via)\s+(?P<rest>[^.;]{3,200})",
    re.IGNORECASE,
)
_INFECTED = re.compile(
    r"\b(?:people|humans|persons|you|a\s+person|someone|children|adults|patients|recipients|"
    r"workers|travell?ers|women|men|infants|babies)\s+"
    r"(?:(?:can|may|might|usually|typically|often|also|most\s+often)\s+)*"
    r"(?:become|becomes|get|gets|be|are|is)\s+infected\s+(?:by|through|via)\s*"
    r"(?P<rest>[^.;]{0,200})",
    re.IGNORECASE,
)
_TRANSMISSION = re.compile(
    rf"\btransmission\s+{_BETWEEN}?(?:(?:can|may|might|usually|also|most\s+often)\s+)*"
    r"(?:occurs?|happens?)\s+"
    r"(?:by|through|via)\s*(?P<rest>[^.;]{0,200})",
    re.IGNORECASE,
)
# what spreads through the body rather than between people
_NOT_CAUGHT = re.compile(r"\b(?:cancers?|tumou?rs?|metasta\w*|carcinoma|lymphoma|leukemia)\b", re.I)


def _subject_is_infection(dc: DocContext, subject: str) -> bool:
    """Whether a sentence's subject is an infection: a germ word or "it", else a condition the
    lexicon types as an infection, else the page's topic when the lexicon types it so."""
    if _NOT_CAUGHT.search(subject):
        return False
    if re.fullmatch(_CARRIER, subject.strip(), re.IGNORECASE) or is_organism(subject):
        return True  # a germ word, or a germ by its Latin name ("Babesia microti")
    if page_topic.names_topic(dc, subject) is not None:
        return True  # the page's own topic, a name the lexicon may lack ("Anaplasmosis")
    if dc.main_disease and subject.strip() in topic_qualified.names(dc, dc.main_disease):
        return True  # the short name the page gave its topic ("... Fever (CCHF)")
    for m in dc.find(subject):
        h = m.hit("condition")
        if h is not None and h.type == "infection":
            return True
    return False


def _cheap(low: str) -> bool:
    return "infected" in low or "transmi" in low or "spread" in low or "passed" in low or (
        "acquired" in low or "caught" in low or "contracted" in low or "carried" in low
    )


def exposure_routes(dc: DocContext, sentence: str) -> list[str]:
    """The routes by which a sentence says an infection is caught, as the text words them
    (still to be checked as factors); none when it is negated or speaks of something else."""
    low = sentence.lower()
    if not _cheap(low) or _NOT_CAUGHT.search(sentence):
        return []
    if dc.main_disease is not None and _NOT_CAUGHT.search(dc.main_disease):
        return []  # on a cancer's page, what a germ is caught by is the germ's, not the topic's
    out: list[str] = []
    m = _SPREAD.match(sentence.strip())
    if m and _subject_is_infection(dc, m.group("s")) and not NEGATION.search(m.group(0)):
        out.append(m.group("rest"))
    for rx in (_INFECTED, _TRANSMISSION):
        for g in rx.finditer(sentence):
            if not NEGATION.search(g.group(0)) and g.group("rest").strip(" :"):
                out.append(g.group("rest"))
    # "by three principal routes": a count of the routes the text then lists, no route; a
    # relative clause or an apposition ends the list ("a bug, an insect that feeds on humans
    # and animals": those are no routes)
    routes = [_list_before_end(r) for r in out]
    return [r for r in routes if r.strip() and not _COUNTED.match(r.strip())]


_LIST_END = re.compile(
    r"\s+(?:that|which|who|whose|where)\b|,\s+(?:an?|the)\s|"
    r",\s+(?:usually|often|mostly|mainly|especially|typically|commonly|most\s+often)\s",
    re.IGNORECASE,
)
_LAST_MEMBER = re.compile(r"(?:,|\s+(?:and|or)\s+)(?!.*(?:,|\s(?:and|or)\s))", re.IGNORECASE)


def _list_before_end(route: str) -> str:
    """The list up to a relative clause or an apposition; the member a relative clause
    qualifies is left out with it ("eating vegetables that were washed in it" is no route
    without its clause)."""
    end = _LIST_END.search(route)
    if end is None:
        return route
    head = route[: end.start()]
    if end.group(0).lstrip().startswith(","):
        return head  # an apposition: the member before it stands
    last = _LAST_MEMBER.search(head)
    return head[: last.start()] if last else ""


_COUNTED = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:routes?|ways?|means|modes?|mechanisms?)\b", re.IGNORECASE
)


def exposure_lead(text: str) -> bool:
    """Whether a lead-in opens a list of routes of infection ("People can be infected by:",
    "Transmission may occur by:")."""
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    if not last.rstrip().endswith(":") or NEGATION.search(last) or _NOT_CAUGHT.search(last):
        return False
    return _IN_WAYS.search(last) is not None or any(
        (g := rx.search(last)) is not None and not g.group("rest").strip(" :")
        for rx in (_INFECTED, _TRANSMISSION)
    )


# "People can get infected with X in several ways:": the items name the ways
_IN_WAYS = re.compile(
    r"\b(?:get|gets|become|becomes|be|are|is)\s+infected\s+(?:with\s+[^:;.]{2,60}?\s+)?in\s+"
    r"(?:several|a\s+few|two|three|four|many|different|a\s+number\s+of)\s+ways\s*:\s*$",
    re.IGNORECASE,
)
# "The main way is through A", "A less common way is by B": the way an item names
_WAY_IS = re.compile(
    r"^(?:the\s+|a\s+|another\s+)?(?:(?:main|most\s+common|usual|less\s+common|other|rare|"
    r"second|third|common)\s+)*way\s+is\s+(?:through|by|via|from)\s+",
    re.IGNORECASE,
)
# an aside set off by a long dash ("the bite of a tick—during outdoor activities")
_DASH_ASIDE = re.compile(r"\s*[\u2014\u2013].*$")


def way_items(body: str) -> list[str]:
    """The routes an item under "infected in several ways:" names: the item itself, or each
    of a run-in list ("- The main way is through A - A less common way is by B"), without the
    frame "the main way is through" and without an aside after a long dash."""
    parts = [p.strip() for p in re.split(r"\s+-\s+", body) if p.strip()]
    return [_DASH_ASIDE.sub("", _CASES_OF.sub("", _WAY_IS.sub("", p))).strip(" .") for p in parts]


# "Rare cases of congenital transmission have been reported": the route, not its frequency
_CASES_OF = re.compile(r"^(?:(?:rare|occasional|some|most|many)\s+)?cases\s+of\s+", re.I)


# the germ itself ("larvae of animal hookworms", "the bacteria"): the agent that infects is the
# infection's cause by definition, not a route a card asks about
_AGENT = re.compile(
    r"^(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:larvae?|parasites?|bacteri\w*|"
    r"virus(?:es)?|worms?|hookworms?|roundworms?|tapeworms?|germs?|fung(?:us|i)|microbes?|"
    r"organisms?|protozoa\w*)\b",
    re.IGNORECASE,
)

# a tail that adds a vehicle, a source or a means to the route
_TAIL = re.compile(r"\b(?:via|with|from|after|during|when|while|by)\b", re.IGNORECASE)


def clean_routes(dc: DocContext, text: str, *, item: bool = False) -> list[str]:
    """The factors a list of routes (or one list item, ``item``) names, each a clean noun
    phrase: none with a tail of its own, none cut before the relative clause that says which
    one it is."""
    out: list[str] = []
    members = [text] if item else list_members(dc, text)
    contact = _CONTACT.match(members[0]) if len(members) > 1 else None
    for i, listed in enumerate(members):
        # "by sharing needles and by sexual contact": each member repeats the preposition
        member = re.sub(r"^\s*(?:by|through|via)\s+", "", listed, flags=re.IGNORECASE)
        if contact and i and not _CONTACT.match(member) and len(member.split()) <= 3:
            # "contact with infected ticks or animal blood": the later members share "contact
            # with" (a bare "animal blood" is what is touched, not a route)
            member = f"{contact.group(0)}{member.strip()}"
        for f in factor(dc, member):
            cut = re.search(rf"{re.escape(f)}\s+(?:that|which|who)\b", member, re.IGNORECASE)
            # ("contact with A" is how a route is worded: its "with" adds no second fact)
            if not _TAIL.search(_CONTACT.sub("", f)) and cut is None and not _AGENT.match(f):
                out.append(f)
    return out


# "(direct / close / skin) contact with A": the route is the contact, A what is touched
_CONTACT = re.compile(
    r"^\s*(?:(?:direct|close|skin|sexual|physical|unprotected)\s+)?contact\s+with\s+",
    re.IGNORECASE,
)


def exposure_factors(dc: DocContext, sentence: str) -> list[str]:
    """The clean routes by which a sentence says an infection is caught."""
    return [f for route in exposure_routes(dc, sentence) for f in clean_routes(dc, route)]
