"""symptom_cause from what the people who have a condition are said to have: "People with X may
have A and B", "Children with X may experience A, B, and C", "Patients who have X often
develop A", and the people a general noun names, "Affected people may have A" (the page's
condition, by :mod:`.topic_referents`).

The structure names the cause (the condition after "with" / "who have") and the symptoms (the
verb's coordinated objects); the words of neither are fixed. Every object must read as a
symptom or sign (a lexicon symptom, else a symptom's name shape, :mod:`.symptom_shapes`),
or the sentence gives nothing: "may have a higher risk of stroke", "may develop kidney
disease" and "have trouble paying for care" are not lists of symptoms. A negated clause ("may
not have symptoms"), a group told by a treatment ("People with X who take Y may have") and a
sentence naming symptoms by the word itself (read by :mod:`.symptom_lists`) give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import NEGATION, split_list
from trainer.generator.extract.symptom_members import (
    free,
    inline_members,
    item_symptoms,
    may_drop,
    plain_unknown,
)
from trainer.generator.extract.symptom_owners import condition_named
from trainer.generator.extract.symptom_shapes import (
    shape_hint,
    shapes,
    symptom_shaped,
    vague_problem,
)
from trainer.generator.text import Unit

_WHO = (
    r"(?:people|persons|patients|children|adults|those|someone|a person|men|women|kids|"
    r"infants|babies|teens|adolescents|individuals|males|females|boys|girls|"
    r"(?:girls|boys)\s+and\s+(?:women|men)|(?:an?\s+)?(?:individual|child|patient|adult))"
)
_HOLDERS = re.compile(
    rf"\b(?:{_WHO}\s+(?:who\s+(?:have|has|had|survive|survived)\s+|with\s+)"
    r"(?P<x>[^,.;:()]{2,60}?)|"
    # "affected people", "those affected": the people the page's condition affects
    # ("Both affected males and affected females have": the same people, both sexes)
    rf"(?P<aff>(?:both\s+)?affected\s+{_WHO}(?:\s+and\s+affected\s+{_WHO})?|those\s+affected|"
    rf"{_WHO}\s+who\s+are\s+affected)|"
    # "Most MS patients experience": the condition named before the people
    r"\b(?:most|many|some|all)\s+(?P<xp>[^,.;:()]{2,40}?)\s+(?:patients|sufferers))\s+"
    r"(?:(?:may|can|might|often|usually|commonly|also|will|typically|sometimes|frequently|"
    r"generally|tend\s+to|first|later|most\s+likely|likely|probably)\s+)*"
    r"(?:have|has|experience|develop|get|notice|suffer\s+from|feel|are\s+born\s+with)\s+"
    r"(?P<rest>[^.;:]{3,400})",
    re.IGNORECASE,
)
# What the objects may be instead of symptoms: a risk, a need, the word "symptoms" itself
_NOT_SYMPTOMS = re.compile(
    r"^(?:an?\s+)?(?:(?:higher|increased|greater|high|lower|low|reduced)\s+)?(?:another|risk|chance|"
    r"need|symptoms?|signs?|(?:the\s+)?(?:same|following)|these|other|more|less|no|any|trouble\s+"
    r"(?:paying|getting|finding))\b",
    re.IGNORECASE,
)
# A group told by what it takes or is given: the symptoms may be a treatment's effects
_TREATED = re.compile(
    r"\b(?:take|takes|taking|treated|receiving|receive|given|on)\b|\btherapy\b|\bsurgery\b",
    re.IGNORECASE,
)


_NEXT_VERB = re.compile(
    # (a modal may come between: "and can also have B")
    r"((?:,|\s)\s*(?:and|or)?)\s+(?:(?:can|may|might|could|also|often|sometimes)\s+)*"
    r"(?:feel|feels|see|sees|notice|notices|have|has|get|gets|"
    r"experience|experiences|develop|develops)\s+",
    re.IGNORECASE,
)


# an opening that sets the symptoms in an episode of the condition: they are the episode's
_EPISODE = re.compile(
    r"^\s*(?:during|in|throughout)\s+(?:an?|the|each|such\s+an?)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|episodes?|crisis|crises|flares?|flare-ups?|seizures?|spells?)\b",
    re.IGNORECASE,
)
_GROUPS = ("people", "person", "patient", "child", "adult", "those", "someone", "women",
           "men ", "kids", "infant", "babies", "teen", "adolescent", "individual", "sufferer",
           "males", "females", "boys", "girls")
# Examples after a member ("hyperactive behavior such as fidgeting", "genital differences
# including A, B or C"), when the list with them does not read: the member is what the people
# have; its examples may hold what is no sign's name ("fidgeting or impulsive actions")
# "(medical) complications such as A": a category whose examples are the members
_COMPLICATIONS_SUCH_AS = re.compile(
    r"^\s*(?:\w+\s+)?(?:complications|problems)\s*,?\s+(?:such\s+as|like|including)\s+",
    re.IGNORECASE,
)
_ALONG_WITH = re.compile(r"\s*,?\s+along\s+with\s+", re.IGNORECASE)
# "A, while most females have B": a contrast opens another clause about other people
# ("burning pain while urinating" has no comma: a time, not a contrast)
_CONTRAST = re.compile(
    r",\s+(?:while|whereas|but|although|though)\s+|\s+(?:whereas|but|although|though)\s+",
    re.IGNORECASE,
)
_EXAMPLES_TAIL = re.compile(r",?\s+(?:such\s+as|including|like)\s+.*$", re.IGNORECASE)
_INFECTION = re.compile(r"\s+infections?$", re.IGNORECASE)


def holder_pairs(
    dc: DocContext, sentence: str, unit: Unit | None = None
) -> list[tuple[str, list[str], float]]:
    """(cause, symptoms, confidence) stated as what the people with a condition have (the
    condition a general noun names is asked about the paragraph of ``unit``)."""
    low = sentence.lower()
    if low.lstrip().startswith(("they ", "these ")) and unit is not None:
        return _pointed_back(dc, sentence, unit)
    if (" with " not in low and " who ha" not in low and "affected" not in low
            and "patients" not in low and "sufferers" not in low) or not any(
        w in low for w in _GROUPS
    ):
        return []  # a cheap test first: most sentences name no such group
    if _EPISODE.match(sentence):
        return []  # "During an attack, affected people have A": the attack's signs
    out: list[tuple[str, list[str], float]] = []
    for m in _HOLDERS.finditer(sentence):
        x = m.group("x") or m.group("aff") or m.group("xp")
        if m.group("aff"):  # "both affected males and affected females": affected people
            x = re.sub(r"^both\s+|\s+and\s+affected\s+\w+$", "", x, flags=re.IGNORECASE)
        if NEGATION.search(m.group(0)) or _TREATED.search(x):
            continue
        # "may have A, see B, or feel C": each coordinated verb's object is a member
        rest = _NEXT_VERB.sub(r"\1 ", _CONTRAST.split(m.group("rest"), maxsplit=1)[0])
        # "complications such as A and B, along with C": the examples are what they have
        rest = _ALONG_WITH.sub(", and ", _COMPLICATIONS_SUCH_AS.sub("", rest))
        if _NOT_SYMPTOMS.match(rest.strip()):
            continue
        # "RMSF infection": an infection named by its disease's name is that disease
        if m.group("xp"):
            # a name before "patients" must be a condition by name, not any word ("hospital")
            known = any(y.hit("condition") is not None for y in dc.find(x))
            cause = page_topic.names_topic(dc, x) or (
                condition_named(dc, x, unit) if known else None
            )
        else:
            cause = condition_named(dc, x, unit) or condition_named(
                dc, _INFECTION.sub("", x), unit
            )
        if cause is None:
            continue
        members = (
            worded_members(dc, rest, complications=True)
            or _read_without(dc, rest, _EXAMPLES_TAIL)  # the examples closing the list
            or _read_without(dc, rest, _RELATIVE)  # how the last sign shows or grows
        )
        named = [s for s in members if s.lower() != cause.lower()]
        if named:
            out.append((cause, named, 0.75))
    return out


# "features that become more apparent with age": a relative clause closing the last member
_RELATIVE = re.compile(r"\s+(?:that|which)\s+\w+.*$", re.IGNORECASE)


def _read_without(dc: DocContext, rest: str, closing: re.Pattern[str]) -> list[str]:
    """The members of ``rest`` read without the part ``closing`` finds at its end (examples,
    or a relative clause saying how the last sign shows), when there is one."""
    cut = closing.sub("", rest)
    return worded_members(dc, cut, complications=True) if cut != rest else []


# "They may also feel A, or have B": the people the sentence before named, pointed back to
_THEY = re.compile(
    r"^\s*(?:they|these\s+(?:people|patients|children|adults|women|men|persons))\s+"
    r"(?:(?:may|can|might|often|usually|also|sometimes|typically|then|later)\s+)*"
    # "feel weak, or have A": how they feel is an adjective, no sign's name; the list is after
    r"(?:feel\s+\w+,?\s+(?:or|and)\s+)?"
    r"(?:have|experience|develop|get|notice|suffer\s+from)\s+(?P<rest>[^.;:]{3,200})",
    re.IGNORECASE,
)


_HOLDER_SUBJECT = re.compile(
    rf"\b(?:(?:some|many|most|all)\s+)?{_WHO}\s+(?:who\s+(?:have|has)\s+|with\s+)"
    r"(?P<x>[^,.;:()]{2,60}?)\s+(?:are|is|may|can|might|often|usually|have|has|tend|"
    r"experience|develop)\b",
    re.IGNORECASE,
)


def _pointed_back(dc: DocContext, sentence: str, unit: Unit) -> list[tuple[str, list[str], float]]:
    """What "They may also have A and B" states of the people the sentence before it, in the
    same paragraph, opens with as the holders of a condition ("People with X have ...")."""
    m = _THEY.match(sentence)
    before = dc.previous(unit)
    if m is None or NEGATION.search(m.group(0)) or before is None or before.para != unit.para:
        return []
    held = _HOLDERS.match(before.text.strip())
    x = held.group("x") if held is not None else None
    if x is None:
        # "..., although some babies with X are less active. They may have A": the last
        # holders the sentence before names as the subject of a clause
        subjects = list(_HOLDER_SUBJECT.finditer(before.text))
        x = subjects[-1].group("x") if subjects else None
    if x is None or _TREATED.search(x):
        return []
    cause = condition_named(dc, x, unit)
    rest = _NEXT_VERB.sub(r"\1 ", m.group("rest"))
    if cause is None or _NOT_SYMPTOMS.match(rest.strip()):
        return []
    named = [s for s in worded_members(dc, rest, complications=True) if s.lower() != cause.lower()]
    return [(cause, named, 0.7)] if named else []


_RELATIVE_ASIDE = re.compile(r"\s*\((?:which|that|who)\b[^()]*\)", re.IGNORECASE)


_NOT_WRONG = re.compile(r"(?:normal|near-normal|nearly\s+normal)\s", re.IGNORECASE)


def worded_members(
    dc: DocContext, text: str, *, complications: bool = False, called_symptoms: bool = False
) -> list[str]:
    """The coordinated members of ``text`` up to its sentence's end, as the text words them
    (a lexicon name where the lexicon knows one), when every one reads as a symptom or a sign,
    or most do and the others are plain names of nothing else (:func:`.may_drop`, which leaves
    them out); else none ("pain and kidney disease" is not read by shape).

    ``complications``: what people with a condition are said to have, where a name the lexicon
    files as a complication ("constipation", "mouth sores") is as much the condition's sign as a
    symptom is; after a cause verb it may be a treatment's effect, so it is not read there.

    ``called_symptoms``: the sentence itself calls the members symptoms ("Symptoms include A, B
    and C"): a complication the lexicon knows is read as a member, as for the people's
    conditions, but a plain name no list knows is left out (most members must read), never
    kept as the people's objects are."""
    if _NO_MEMBER.search(text):
        return []  # "causes no pain", "can cause vision loss in two ways"
    text = _EXAMPLES.sub(r"\g<x>", text)  # "signs of a cold (A, B)": the examples are members
    # "low calcium (which can result in seizures), hearing loss": what a member leads to is no
    # member of its own
    text = _RELATIVE_ASIDE.sub("", text)
    listed = _as_worded(dc, text, inline_members(dc, text, single=False)) or item_symptoms(
        dc, text
    )
    named = _places_joined(dc, _opener_shared(dc, listed))
    complications = complications or called_symptoms
    unread = [
        s for s in named
        if not symptom_shaped(dc.lexicon, s) and not (complications and _complication(dc, s))
    ]
    named = [s for s in named if not _NOT_WRONG.match(s)]  # "normal balance": nothing wrong
    unread = [s for s in unread if s in named]
    if complications and not called_symptoms and unread and 2 * len(unread) <= len(named) and (
        all(_kept_as_named(dc, s) for s in unread)
    ):
        # "affected people may experience heart problems, facial palsy and arthritis": what
        # the people have is every object of the verb, a plain name as much as a sign's
        return [s for s in named if page_topic.names_topic(dc, s) is None]
    if not named or (unread and not may_drop(dc, unread, len(named), text)):
        return []
    named = [s for s in named if s not in unread]  # the few plain names read as no symptom
    # the page's own topic is never one of its symptoms ("Diarrhea can cause <topic>")
    return [s for s in named if page_topic.names_topic(dc, s) is None]


def _complication(dc: DocContext, member: str) -> bool:
    """Whether the lexicon files ``member`` as a complication ("constipation"), never also as a
    disease."""
    hits = [h for h in dc.lexicon.lookup(re.sub(r"^(?:an?|the)\s+", "", member.strip(), flags=re.I))
            if h.kind == "condition"]
    if _COURSE.search(member):
        return False  # "a relapse": how the illness runs, not a sign of it
    return bool(hits) and all(h.type == "complication" for h in hits)


# words for the course of an illness, which the lexicon may file with its complications
_COURSE = re.compile(r"\b(?:relapses?|recurrences?|remissions?|flares?)\b", re.IGNORECASE)
# a lone word shaped as an adjective: a piece of the next member ("a sticky, dry feeling")
# ("hard, dry stools": a short plain adjective cut from the noun the next member names)
_ADJECTIVE = re.compile(
    r"^(?:\w+(?:y|ic|al|ous|ive|ful|less|ed|ish|ant|ent|ble)|hard|soft|firm|loose|thick|thin|"
    r"large|small|big|dark|pale|red|cold|hot|warm|wet|dry|weak|sore|stiff)$",
    re.IGNORECASE,
)


def _kept_as_named(dc: DocContext, member: str) -> bool:
    """Whether a member that reads as no symptom is still a plain name worth keeping in a list
    of what people have: a short noun phrase of nothing else, never a lone adjective."""
    text = re.sub(r"^(?:an?|the)\s+", "", member.strip(), flags=re.IGNORECASE)
    if _PLACE_START.match(text) or vague_problem(text):
        return False  # "around the waist": where a sign is felt, cut from it by the list;
        # "serious health problems": no sign says what the trouble is
    if len(text.split()) > 1 and _BARE_GERUND.match(text.split()[0]):
        return False  # "completing other simple tasks": a verb's phrase, a piece of a clause
    if _CUT_AFTER_PREPOSITION.search(text):
        return False  # "susceptibility to respiratory": cut from "respiratory and heart problems"
    return plain_unknown(dc, member) and not _ADJECTIVE.match(text)


# a member that names a kind of sign and gives its examples in brackets, "signs of infection
# (e.g. A, B)": the examples are the members, the kind is no sign's name
_EXAMPLES = re.compile(
    r"\b(?:signs?|symptoms?)\s+of\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s*\(\s*"
    r"(?:(?:i\.?\s?e|e\.?\s?g)\.?,?\s*|such\s+as\s+|including\s+)?(?P<x>[^()]{3,120})\)",
    re.IGNORECASE,
)
_NO_MEMBER = re.compile(r"^\s*(?:no|not|never|none)\b|\bways?\b", re.IGNORECASE)


_CUT_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|of|in|with|for)\s+[a-z]+(?:ory|al|ic|ive|ous|ary)$", re.IGNORECASE
)
_BARE_GERUND = re.compile(r"^[a-z]{3,}ing$", re.IGNORECASE)


def _opener_shared(dc: DocContext, members: list[str]) -> list[str]:
    """ "difficulty tasting, chewing, and speaking": a bare gerund after a member that opens
    with a difficulty word ("difficulty", "trouble") shares that word; a gerund that names a
    sign itself ("bloating", "itching") stands alone."""
    out: list[str] = []
    opener: str | None = None
    for member in members:
        words = member.split()
        if len(words) == 2 and _BARE_GERUND.match(words[1]) and any(
            member.lower().startswith(f"{o} ") for o in shapes().openers
        ):
            opener = words[0]
        elif opener is not None and _BARE_GERUND.match(member.strip()) and not symptom_shaped(
            dc.lexicon, member
        ):
            out.append(f"{opener} {member.strip()}")
            continue
        else:
            opener = None
        out.append(member)
    return out


# A member ending in a place: "a sharp pain in the back"
_PLACE_END = re.compile(
    r"\b(?:in|on|around|under|near|behind)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$", re.I
)
# a member that is only a place, "around the waist": where the member before it is felt
_PLACE_START = re.compile(r"^(?:in|on|around|under|near|behind|along|across)\s", re.I)


def _places_joined(dc: DocContext, members: list[str]) -> list[str]:
    """ "a sharp pain in the back or lower abdomen": a member that is no symptom after one that
    ends in a place is another place of the same symptom, joined to it."""
    out: list[str] = []
    for member in members:
        if out and _PLACE_END.search(out[-1]) and not symptom_shaped(dc.lexicon, member):
            out[-1] = f"{out[-1]} or {member}"
        else:
            out.append(member)
    return out


# A cause that points back ("This condition causes ..."): it may be another condition the
# sentence before introduced, so only lexicon names are read after it
_BACK_WORD = re.compile(r"\s*(?:this|that|these|those|it|they|such)\b", re.IGNORECASE)


def caused_members(dc: DocContext, cause_and_verb: str, text: str) -> list[str]:
    """The symptoms a cause verb's object names by their shape ("Gallstones can cause sudden
    pain in the upper right abdomen"); none after a negated verb ("does not cause pain") or a
    cause that points back."""
    if NEGATION.search(cause_and_verb) or _BACK_WORD.match(cause_and_verb):
        return []
    return worded_members(dc, text)


# the cue words of the readers by shape: a cause verb, the people with a condition
_SHAPE_CUE = re.compile(
    r"caus|lead|result|\swith\s|who\s+ha|symptom|\bsigns?\b|\baffected\b|patients",
    re.IGNORECASE,
)


def shape_worth_reading(sentence: str) -> bool:
    """Whether a sentence naming no condition the lexicon knows may still state a symptom by
    its shape: it holds a cause verb or "people with", and a symptom head word."""
    return bool(_SHAPE_CUE.search(sentence)) and shape_hint(sentence)


def _as_worded(dc: DocContext, text: str, listed: list[str]) -> list[str]:
    """Members the lexicon named by their head alone ("rectal bleeding" read as "bleeding")
    kept as the text words them, when the list's members line up one to one."""
    raw = [free(m) for m in split_list(re.split(r"\.(?:\s|$)", text, maxsplit=1)[0])]
    if len(raw) != len(listed):
        return listed
    return [
        w if w is not None and w.lower().endswith(f" {n.lower()}") and symptom_shaped(
            dc.lexicon, w) else n
        for w, n in zip(raw, listed, strict=True)
    ]
