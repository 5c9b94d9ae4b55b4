"""The members of a symptom list: an item kept as the text words it when it reads as a
symptom's name (a short noun phrase, not a clause), else the lexicon's names in it; and the
members of an inline list up to the end of its sentence, every one of which must read as a
symptom (else the list's extent was guessed wrong and none is kept), unless the few that do not
are plain short names of nothing else (:func:`may_drop`).
"""

from __future__ import annotations

import itertools
import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import drop_parens, lower_first, split_list
from trainer.generator.extract.symptom_shapes import (
    body_part_word,
    looks_unequal,
    shapes,
    symptom_shaped,
)

# Words that make a member a clause, not a symptom's name
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|can|may|might|will|would|should|do|does|did|have|has|had|"
    # ("difficulty in expressing oneself when speaking": a time clause of a gerund is no clause)
    # ("pain in your joints": the reader's own body part after a preposition is a place)
    r"you|(?<!in )(?<!on )(?<!of )(?<!at )(?<!to )your|they|their|he|she|it|this|that|which|who|"
    r"when(?!\s+[a-z]{3,}ing\b)|if|because|"
    r"than|not|such|"
    # "when a person loses contact with reality": a definition speaks of the person
    r"person|people|someone)\b",
    re.IGNORECASE,
)
# What cannot open a symptom's name: an aside ("especially with exercise") or a preposition
_NOT_A_HEAD = re.compile(
    r"^(?:especially|particularly|mainly|mostly|often|usually|sometimes|also|even|with|without|"
    r"after|during|in|on|at|for|from|by|to|and|or|but|as)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r",\s*(?:especially|particularly|mainly|mostly|often|usually)\b.*$", re.I)
_MAX_WORDS = 7


# A relative clause saying a symptom persists: "that does not go away", "that won't heal"
_LASTING = re.compile(
    r"\s+(?:that|which)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t)\s+"
    r"(?:go\s+away|heal|get\s+better|stop)\b.*$",
    re.IGNORECASE,
)
# A relative clause saying what a symptom may turn into: "impaired vision that may lead to
# blindness"; the member is the symptom before it (what it leads to is not stated as certain)
_LEADS_ON = re.compile(
    r"\s+(?:that|which)\s+(?:(?:may|can|might|could|often|sometimes|eventually|later)\s+)*"
    r"(?:lead|leads|progress|progresses|result|results|turn|turns)\s+(?:to|in|into)\b.*$",
    re.IGNORECASE,
)


_DEFINED_TERM = re.compile(r"^(?P<t>[^:—]{3,40}?)\s*(?::\s+|\s*—\s*|\s+--\s+)(?=[a-z])")


_GLOSS = re.compile(r"^(?P<t>[^,]{2,40}),\s+or\s+(?P<g>[^,]{2,60})$", re.IGNORECASE)
_DEGREE = re.compile(
    r"^(?:(?:varying|various|different|some|a|any)\s+)?(?:degrees?|amounts?)\s+of\s+",
    re.IGNORECASE,
)


# A collective head before the first of its members: "the eyelid triad of A, B and C", "a
# combination of A and B"; the members are the signs, the head names no sign of its own
_COLLECTIVE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:classic|typical|characteristic|clinical)\s+)?(?:[\w-]+\s+)?"
    r"(?:triad|tetrad|pentad|combination|constellation|cluster)\s+of\s+",
    re.IGNORECASE,
)


def item_symptoms(dc: DocContext, item: str) -> list[str]:
    """One list item as the text words it when it reads as a symptom's name (a short noun
    phrase, not a clause: "severe headache" keeps "severe"), else the lexicon's names in it."""
    # "a sore throat that does not go away": how long the symptom lasts, not a negation
    text = drop_parens(item).strip(" .;:,")
    # "edema: swelling in parts of the body", "pericarditis—inflammation of ...": a term and
    # its definition; the term is the symptom's name
    term = _DEFINED_TERM.match(text)
    if term:
        text = term.group("t")
    # "fatigue, or feeling tired": a named symptom and its gloss in plain words are one
    gloss = _GLOSS.match(text)
    if gloss and (dc.lexicon.canonical(gloss.group("t"), "condition") or _glossed(dc, gloss)):
        text = gloss.group("t")
    text = _DEGREE.sub("", text)  # "varying degrees of leukopenia": how much, not what
    text = _COLLECTIVE.sub("", text)  # "the eyelid triad of A": A is the sign the item names
    lasting = _LEADS_ON.sub("", _LASTING.sub("", text))
    if not re.search(r"[.!?]\s", lasting):  # one item, not items run together
        text = lasting.strip(" .;:,")
    if not text:
        return []
    named = free(text) or _placed(dc, text)
    if named:
        return [named]
    found = phrases.symptoms(dc, text)
    # "Itching all over, reddened face, and a burning feeling on your skin": an item that is a
    # list of symptoms gives each member that reads as one by its shape
    shaped = coordinated_symptoms(dc, text)
    return shaped if len(shaped) > len(found) else found


def _glossed(dc: DocContext, gloss: re.Match[str]) -> bool:
    """ "rigidity, or stiffness of the limbs": a short term no list knows, then a sign's name
    in plain words, is the term and its gloss (two signs' names are alternatives, kept whole)."""
    term, plain = gloss.group("t"), gloss.group("g")
    short = len(term.split()) <= 3 and free(term) is not None
    return short and symptom_shaped(dc.lexicon, plain) and not symptom_shaped(dc.lexicon, term)


# Where a symptom is felt, after its name: "pain in the back or side below the ribs"
_PLACE = re.compile(
    r"\s+(?:in|on|at|around|below|above|behind|under|near|along|across|down|through|"
    r"between|over|inside)\s+(?:the|one|both|a|an)\b",
    re.IGNORECASE,
)
_MAX_PLACED_WORDS = 12
# A name that goes on to say where from or how: "pain and bloating from fluid building up"
_HEAD_CLAUSE = re.compile(r"\b(?:from|by|with|without|after|during|while|as)\b", re.I)


def _placed(dc: DocContext, text: str) -> str | None:
    """ "pain in the back or side below the ribs": a symptom's name followed by where it is
    felt is one member as worded, though longer than a bare name; the name before the place
    must read as a symptom by the lexicon or its shape, and the whole hold no clause."""
    place = _PLACE.search(text)
    if place is None or len(text.split()) > _MAX_PLACED_WORDS:
        return None
    before = text[: place.start()]
    if "," in before or _HEAD_CLAUSE.search(before):
        return None  # "A, B, and C in the hand": a list, not one name; "pain from fluid ..."
    head = free(before)
    if head is None or not symptom_shaped(dc.lexicon, head):
        return None
    if _CLAUSE_WORD.search(text) or re.search(r"\d|[;:]", text):
        return None
    text = _PART_OF.sub(r"\g<side> ", text)  # "the upper part of the abdomen": "the upper abdomen"
    return lower_first(re.sub(r"^(?:an?|the|some|other)\s+", "", text.strip(" .;:,"), flags=re.I))


# "the upper part of the abdomen", "the lower part of the back": a side of a part said the
# long way; the card says it the short way ("the upper abdomen")
_PART_OF = re.compile(
    r"\b(?P<side>upper|lower|front|back|left|right|inner|outer|middle)\s+(?:part|portion|side)\s+"
    r"of\s+(?:the|your|his|her|their)\s+",
    re.IGNORECASE,
)


_OWNER = re.compile(r"\b(?:your|their|his|her|one's)\b", re.IGNORECASE)


def coordinated_symptoms(dc: DocContext, text: str) -> list[str]:
    """The members of a coordinated list of symptoms ("A, B, and C", "A and B"), each kept as
    worded ("your skin" read as "the skin") when it reads as a symptom's name by the lexicon or
    its shape; none when any member is a clause or reads as no symptom."""
    t = _OWNER.sub("the", drop_parens(text)).strip(" .;:,")
    if re.search(r"[.!?]\s", t):
        return []  # sentences run together: not one list
    members = split_list(t)
    if len(members) == 1:
        members = re.split(r"\s+and\s+", t)
        if len(members[0].split()) == 1:
            return []  # "pain and bloating from fluid": the bare word shares what follows
    if len(members) < 2:
        return []
    out: list[str] = []
    for member in members:
        named = free(member)
        if named is None or not symptom_shaped(dc.lexicon, named):
            return []
        out.append(named)
    return out


def free(text: str) -> str | None:
    # ("having nausea and vomiting": the state the member is in, named by the state)
    t = re.sub(r"^(?:an?|the|some|other|having)\s+", "", text.strip(" .;:,"), flags=re.IGNORECASE)
    t = re.split(r"\s+(?:called|known as|also called|due to|because)\b", t)[0].strip(" ,")
    if looks_unequal(t):
        return lower_first(t)  # "one leg that appears longer than the other": its clause is its
    if not t or _NOT_A_HEAD.match(t) or len(t.split()) > _MAX_WORDS:
        return None
    if re.match(r"(?:certain|various|different|several)\s", t, re.IGNORECASE):
        return None  # "certain physical changes": a placeholder for what the text lists later
    if _CLAUSE_WORD.search(t) or re.search(r"\d", t):
        return None
    if _SIGNS_ONLY.match(t):
        return None  # "Other symptoms.": an item's label for what it lists, no symptom
    return lower_first(t)


# A member that is only the word for symptoms, however qualified ("other symptoms", "early
# signs"): the label of what follows, never a symptom's name
_SIGNS_ONLY = re.compile(
    r"^(?:(?:other|more|less|common|uncommon|rare|early|late|later|severe|mild|general|"
    r"possible|further|additional|related)\s+)*(?:signs?\s+and\s+symptoms?|symptoms?|signs?)$",
    re.IGNORECASE,
)


def inline_members(dc: DocContext, text: str, *, single: bool = False) -> list[str]:
    """The members of an inline list up to the end of its sentence; every member must read as
    a symptom, else none is kept (the list's end was guessed wrong). A list closed by a
    relative clause that says where or how its signs show ("papules and vesicles that erupt
    on the elbows, knees or scalp") is read without it when it does not read whole."""
    members = _inline_members(dc, text, single=single)
    if members:
        return members
    sentence = re.split(r"\.(?:\s|$)", text, maxsplit=1)[0]
    cut = _CLOSING_RELATIVE.sub("", sentence)
    return _inline_members(dc, cut, single=single) if cut != sentence else []


# "..., and vesicles that erupt symmetrically on the elbows": where or how the signs show
# (a verb of showing only: "anything else that seems unusual" or "the valve that connects"
# is a member's own clause)
_CLOSING_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:(?:usually|often|may|can|first|typically)\s+)?"
    # ("one leg that appears longer than the other": how the sign looks, part of it)
    r"(?:appears?(?!\s+(?:longer|shorter|larger|smaller|bigger|higher|lower|more|less|to)\b)|"
    r"erupts?|occurs?|develops?|forms?|shows?|breaks?\s+out|spreads?)\b.*$"
)


# "three specific features: A, B, and C": a count of the signs, then their list
_COUNTED_SIGNS = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}(?:features|signs|symptoms|findings|characteristics)\s*:\s*",
    re.IGNORECASE,
)


def _inline_members(dc: DocContext, text: str, *, single: bool = False) -> list[str]:
    text = _COUNTED_SIGNS.sub("", text)
    t = re.split(r"\.(?:\s|$)", drop_parens(text), maxsplit=1)[0]
    # "..., and edema, usually in the legs, feet, or ankles": the aside ends the list
    t = re.split(r",\s*(?:usually|often|mostly|mainly|sometimes|typically)\b", t, maxsplit=1)[0]
    joined: set[str] = set()  # members joined back whole: read as worded, not split again
    if ";" in t:  # "A, especially with exercise; B; and C": the semicolons divide the members
        members = [
            re.sub(r"^\s*(?:and|or)\s+", "", _ASIDE.sub("", m)).strip() for m in t.split(";")
        ]
    else:
        split = _shared_heads(dc, t, _pp_joined(dc, _no_closing_verb(split_list(t))))
        members = _gerunds_shared(dc, _trouble_joined(dc, t, split))
        joined = set(members) - set(split)
    members = [_HAVING.sub(r"\1", _FOCUS.sub(r"\1", m)) for m in members]
    members = _without_stacked_adjectives(dc, _inner_adjective_runs(dc, _examples_opened(members)))
    # "bone and joint pain": two places sharing one head is one sign as worded, as an item is
    joined |= {m for m in members if _SHARED_PLACES.match(m.strip())}
    if len(members) == 1:
        one = members[0] if members else t
        # "a sore throat and ear pain"; "vision or hearing problems" shares its head noun
        members = _noun_pair_shared(dc, _two_members(one))
    if single and len(members) == 1 and len(members[0].split()) <= 4:
        # "Signs of X include abnormal bleeding.": one short member, read only when the
        # lexicon knows it as a symptom
        return phrases.symptoms(dc, members[0])[:1]
    if len(members) < 2:
        return []
    if len(members[0].split()) >= 2 and _body_part(dc, members[1]):
        # "an enlarged liver, spleen, or salivary glands": the opening word qualifies every
        # member, and a body part alone is no symptom; the list is one sign as worded
        whole = free(t)
        return [whole] if whole else []
    members = _parts_joined(dc, t, members)
    out: list[str] = []
    unread: list[str] = []
    for member in members:
        # a sentence's list is read by the lexicon first, as the other symptom readers read it,
        # so one symptom is not named twice ("feeling tired" and "fatigue")
        found = (
            item_symptoms(dc, member) if member in joined
            else phrases.symptoms(dc, member) or item_symptoms(dc, member)
        )
        if not found:
            unread.append(member)
        out += found
    return out if not unread or may_drop(dc, unread, len(members), t) else []


# "..., or even blindness", "and either a sunken chest or ...": a focus word or the first half of
# "either ... or" before a member is no part of it
_FOCUS = re.compile(r"^(\s*(?:and|or)\s+)?(?:even|possibly|perhaps|either)\s+(?=\w)", re.IGNORECASE)
# "..., or having one leg that appears longer": the state a member is in, named by the state
_HAVING = re.compile(r"^(\s*(?:and|or)\s+)?having\s+(?=\w)", re.IGNORECASE)
# "personality changes such as irritability or combativeness": a member and its examples
_EXAMPLES = re.compile(r"^(?P<h>.+?),?\s+(?:such\s+as|like|including)\s+(?P<e>.+)$", re.I)


def _examples_opened(members: list[str]) -> list[str]:
    """A member that gives examples of itself is the member and each example: both the
    general sign and its forms are what the list names."""
    out: list[str] = []
    for member in members:
        m = _EXAMPLES.match(member)
        if m is None:
            out.append(member)
            continue
        out.append(m.group("h"))
        out += [e for e in re.split(r"\s+(?:or|and)\s+", m.group("e")) if e.strip()]
    return out


# Two places that share one symptom word: "bone and joint pain", "joint or muscle aches"
_SHARED_PLACES = re.compile(
    r"^(?:and\s+|or\s+)?\w+\s+(?:and|or)\s+\w+\s+(?:pain|pains|aches?|swelling|tenderness)$",
    re.IGNORECASE,
)


# An adjective's ending: "repetitive", "stereotyped", "painful", "chronic", "involuntary"
_ADJECTIVE = re.compile(r"^[a-z]+(?:ive|ed|ous|al|ic|ary|ful)$")


_SIZE = frozenset(
    {"small", "large", "tiny", "big", "long", "short", "thin", "wide", "narrow", "broad"}
)


def _stacked_word(dc: DocContext, member: str) -> bool:
    word = member.strip().lower()
    return len(word.split()) == 1 and bool(
        _ADJECTIVE.match(word) or word in shapes().forms or re.match(r"\w+(?:ing|ed)$", word)
    ) and not phrases.symptoms(dc, word) and not symptom_shaped(dc.lexicon, word)


def _inner_adjective_runs(dc: DocContext, members: list[str]) -> list[str]:
    """Members when adjectives stacked before a later member's noun stand inside the list
    ("redness and itchy, crusty, or thickened skin on the nipple"): each lone adjective, and one
    the member before ends with ("and itchy"), describes that noun, so each is a sign with it
    ("itchy skin on the nipple", "crusty skin on the nipple"), as the "A and B" items are read;
    when the later member opens with no adjective of its own, the lone ones are left out."""
    out = list(members)
    i = 0
    while i < len(out):
        j = i
        # (a word of size, "small, clustered papules", is left to the stacked-adjective reading)
        while j < len(out) and _stacked_word(dc, out[j]) and out[j].strip().lower() not in _SIZE:
            j += 1
        if j > i and j < len(out) and len(out[j].split()) >= 2:
            run = out[i:j]
            # ("a rash with painful, red, tender skin": the run opens after "with")
            tail = re.search(r"\s+(?:and|or|with)\s+([\w-]+)$", out[i - 1]) if i else None
            if tail and _stacked_word(dc, tail.group(1)):
                out[i - 1] = out[i - 1][: tail.start()]
                run.insert(0, tail.group(1))
            first, _, head = out[j].strip().partition(" ")
            shared = [f"{a.strip()} {head}" for a in run] if _stacked_word(dc, first) else []
            out[i:j] = shared
            i += len(shared) + 1
            continue
        if i and len(out[i].split()) >= 2 and _stacked_word(dc, out[i].split()[0]) and (
            (tail := re.search(r"\s+(?:and|or)\s+([\w-]+)$", out[i - 1])) is not None
            and _stacked_word(dc, tail.group(1))
        ):
            # "joint problems and soft, loose skin": the adjective after "and" is the skin's
            out[i - 1] = out[i - 1][: tail.start()]
            out.insert(i, f"{tail.group(1)} {out[i].strip().partition(' ')[2]}")
            i += 2
            continue
        i += 1
    return out


def _without_stacked_adjectives(dc: DocContext, members: list[str]) -> list[str]:
    """Members left when the opening ones are adjectives stacked before a noun, split by the
    commas between them ("repetitive, stereotyped, involuntary movements and tics"): each
    describes the noun after it and names no symptom alone. A lone word the lexicon knows as
    a symptom ("bloated") stays a member."""
    out = list(members)
    while len(out) >= 2 and (
        _ADJECTIVE.match(out[0].strip().lower()) or out[0].strip().lower() in shapes().forms
    ) and not phrases.symptoms(dc, out[0]):
        out.pop(0)  # ("small, clustered papules": a word of size is stacked the same way)
    return out


# "difficulties with balance": a trouble and the ability or part it is with
_TROUBLE_WITH = re.compile(
    r"\b(?:difficult(?:y|ies)|troubles?|problems?)\s+(?:with|in)\s+[\w-]+"
    r"(?:,(?:\s+(?:and|or))?\s+[\w-]+)*$", re.IGNORECASE
)
# "a dragging foot after running": a time clause of gerunds the next gerund may share
_AFTER_DOING = re.compile(
    r"\b(?:after|before|during|while|when|on)\s+[a-z]+ing$", re.IGNORECASE
)


# "trouble breathing, speaking, or hearing": a trouble with a doing, then the other doings it
# is had with
_TROUBLE_DOING = re.compile(
    r"^(?:(?:and|or)\s+)?(?P<h>(?:trouble|difficult(?:y|ies)|problems?)\s+(?:with\s+)?)[a-z]+ing$",
    re.IGNORECASE,
)


def _gerunds_shared(dc: DocContext, members: list[str]) -> list[str]:
    """ "trouble breathing, speaking, or hearing": each bare doing after a trouble with a doing
    is a trouble with that doing ("trouble speaking"), not a sign alone ("speaking")."""
    out: list[str] = []
    head: str | None = None
    for member in members:
        word = re.sub(r"^(?:and|or)\s+", "", member.strip(), flags=re.IGNORECASE)
        opened = _TROUBLE_DOING.match(word)
        if opened is not None:
            head = opened.group("h")
        elif head and re.fullmatch(r"[a-z]+ing", word) and not (
            dc.lexicon.lookup(word) or symptom_shaped(dc.lexicon, word)  # "bloating": a sign
        ):
            member = f"{head}{word}"
        else:
            head = None
        out.append(member)
    return out


def _trouble_joined(dc: DocContext, text: str, members: list[str]) -> list[str]:
    """ "difficulties with balance and walking": a bare word joined by "and" / "or" to a
    trouble with one thing is the second thing the trouble is with, not a symptom alone
    ("walking"); the two are one member. A gerund after a member ending in a time clause of
    one ("a dragging foot after running or walking some distance") is more of that clause,
    left out as no symptom of its own."""
    out: list[str] = []
    for member in members:
        word = re.sub(r"^(?:and|or)\s+", "", member.strip(), flags=re.IGNORECASE)
        if out and re.match(r"[a-z]+ing\b", word) and _AFTER_DOING.search(out[-1].strip()) and (
            re.search(rf"{re.escape(out[-1].strip())}\s+(?:and|or)\s+{re.escape(word)}", text)
        ):
            continue  # the time clause's second gerund: no member of its own
        if out and len(word.split()) == 1 and _TROUBLE_WITH.search(out[-1].strip()) and not (
            symptom_shaped(dc.lexicon, word)  # "problems with sleep and anxiety": two symptoms
        ):
            # "trouble with memory, concentration, attention, or thinking": a comma may divide
            # the things the trouble is with as well; the member keeps them as written
            joined = re.search(
                rf"{re.escape(out[-1].strip())}(?:\s+(?:and|or)|,(?:\s+(?:and|or))?)\s+"
                rf"{re.escape(word)}\b", text
            )
            if joined:
                out[-1] = re.sub(r"^(?:and|or)\s+", "", joined.group(0), flags=re.IGNORECASE)
                continue
        out.append(member)
    return out


def _parts_joined(dc: DocContext, text: str, members: list[str]) -> list[str]:
    """ "..., learning problems, and an enlarged liver and spleen", "dry eyes and mouth": a body
    part alone after a later member is another part that member's sign is in; the two are one
    member as worded."""
    out: list[str] = []
    for member in members:
        word = re.sub(r"^(?:and|or)\s+", "", member.strip(), flags=re.IGNORECASE)
        joined = None
        if out and len(out[-1].split()) >= 2 and (_body_part(dc, word) or body_part_word(word)):
            joined = re.search(
                rf"{re.escape(out[-1].strip())}\s+(?P<c>and|or)\s+{re.escape(word)}\b", text
            )
        if joined:
            out[-1] = f"{out[-1].strip()} {joined.group('c')} {word}"
            continue
        out.append(member)
    return out


def _body_part(dc: DocContext, member: str) -> bool:
    """Whether a member names only a body part ("spleen"), never a condition."""
    hits = dc.lexicon.lookup(re.sub(r"^(?:the|an?)\s+", "", member.strip(), flags=re.I))
    return bool(hits) and all(h.kind == "target" and h.type == "structure" for h in hits)


def _shared_heads(dc: DocContext, text: str, members: list[str]) -> list[str]:
    """ "kidney or genital abnormalities": a bare word joined to the next member shares its head
    noun ("kidney abnormalities"); alone it would name an organ, not a symptom."""
    out = list(members)
    for i, (m, nxt) in enumerate(itertools.pairwise(members)):
        word = m.strip()
        if (
            len(word.split()) == 1
            and len(nxt.split()) >= 2
            # "dementia and other cognitive problems": the word is a kind of the next, no part
            and not re.match(r"\s*(?:and\s+|or\s+)?other\b", nxt, re.IGNORECASE)
            and not dc.lexicon.lookup(word)
            and re.search(rf"\b{re.escape(word)}\s+(?:or|and)\s+{re.escape(nxt.strip())}", text)
        ):
            out[i] = f"{word} {nxt.split()[-1]}"
    return out


# Vague heads two nouns before them may share: "vision or hearing problems"
_SHARED_VAGUE = re.compile(
    r"^(?:problems?|abnormalit(?:y|ies)|defects?|changes?|loss|difficult(?:y|ies))$", re.I
)


def _noun_pair_shared(dc: DocContext, members: list[str]) -> list[str]:
    """ "vision or hearing problems": a bare noun the lexicon does not know, joined to a noun
    and a vague head, shares the head ("vision problems"); an adjective ("anxiety and
    hyperactive behavior") or a longer member shares nothing."""
    if len(members) != 2:
        return members
    word, nxt = members[0].strip(), members[1].strip().split()
    if (
        len(word.split()) == 1
        and len(nxt) == 2
        and _SHARED_VAGUE.match(nxt[1])
        and not _ADJECTIVE.match(nxt[0].lower())
        and not dc.lexicon.lookup(word)
    ):
        return [f"{word} {nxt[1]}", members[1]]
    return members


_TWO = re.compile(r"^(?P<a>[^,;()]+?)\s+(?:and|or)\s+(?P<b>[^,;()]+)$")


def _two_members(text: str) -> list[str]:
    """ "a sore throat and ear pain": two short noun phrases joined by "and" (or "or") with no
    comma are two members (each is then checked to read as a symptom); a longer or punctuated
    text is left whole."""
    m = _TWO.match(text.strip(" .;:"))
    # a place after the symptom is part of it: "a lump in the neck", "pain in the chest or
    # abdomen" (an article is not counted)
    if m is None or any(
        len(re.sub(r"^(?:an?|the)\s+", "", m.group(k).strip(), flags=re.I).split()) > 5
        for k in ("a", "b")
    ):
        return [text]
    if len(m.group("b").split()) == 1 and _WHEN_OR_WHERE_END.search(m.group("a")):
        return [text]  # "bleeding during menstruation or childbirth": one sign, two times
    return [m.group("a"), m.group("b")]


# A member ending in when or where its sign shows: a bare word after "or" is another time or
# place of the same sign
_WHEN_OR_WHERE_END = re.compile(
    r"\b(?:during|after|before|in|on|at|around|under|near)\s+(?:the\s+)?[\w-]+$", re.IGNORECASE
)


# "signs of anemia, such as shortness of breath, occur": the verb of the sentence the list
# sits in, after the list's last member
_CLOSING_VERB = re.compile(
    r"^(?:and\s+|or\s+)?(?:occur|appear|develop|happen|persist|worsen|begin|start|arise|"
    r"continue|return|recur)s?$",
    re.IGNORECASE,
)
# A member ending in a place ("a bluish tint to the skin"), so bare words after it name more
# places of the same sign ("lips, or fingernails"), not symptoms
_PLACE_END = re.compile(r"\b(?:to|of|in|on|around|under|near)\s+(?:the\s+)?[\w-]+$", re.I)


def _no_closing_verb(members: list[str]) -> list[str]:
    """The members without a closing verb the list ran into."""
    return members[:-1] if members and _CLOSING_VERB.match(members[-1].strip()) else members


def _pp_joined(dc: DocContext, members: list[str]) -> list[str]:
    """ "a bluish tint to the skin, lips, or fingernails": bare words after a member that ends
    in a place are more places of that member's sign, not symptoms: they are left out."""
    out: list[str] = []
    joining = False
    for member in members:
        word = re.sub(r"^(?:and|or)\s+", "", member.strip(), flags=re.IGNORECASE)
        bare = len(word.split()) == 1 and not phrases.symptoms(dc, word)
        if out and bare and (joining or _PLACE_END.search(out[-1].strip())):
            joining = True  # the sign is named by the member it follows
            continue
        joining = False
        out.append(member)
    return out


# Of a list whose cue says it holds symptoms, the share of members that must read as symptoms
# for the others to be dropped alone. On the tuning half, lists whose extent was guessed wrong
# (a clause, a nested "such as" list, a definition run into the list) had half or fewer of their
# members read as symptoms; lists with one or two unknown symptom names among three or more read
# three fifths or more.
_KEPT_SHARE = 0.6
# A member that opens a list of its own, renames the one before, or holds a passive clause
# ("attacks set off by stress"): the list's extent is unsure
_NESTED = re.compile(
    r"\b(?:such\s+as|including|like|especially|e\.g|called|known\s+as|due\s+to|"
    r"by)\b",
    re.IGNORECASE,
)
# Items of a list run together into one line: "- A - B - C"
_RUN_ITEMS = re.compile(r"(?:^|\s)[-–•*]\s")
# A member that names a treatment or a test, never a symptom
_CARE = re.compile(
    r"\b(?:therapy|therapies|treatments?|surgery|surgeries|transplants?|medicines?|"
    r"medications?|drugs?|tests?|scans?|biops(?:y|ies)|x-rays?|exams?|dialysis|vaccines?)\b",
    re.IGNORECASE,
)
# A condition the lexicon names as a disease of its own: "another disease named as such"
_DISEASE_TYPES = ("disease", "subtype", "syndrome", "infection", "complication")


def may_drop(dc: DocContext, unread: list[str], total: int, text: str) -> bool:
    """Whether the members of a symptom list (``text``) that do not read as symptoms may be left
    out and the rest kept: most members read (at least :data:`_KEPT_SHARE`, and two), and each
    one left out is a plain short name (no clause, no nested list, no number) naming no drug,
    treatment, test, or disease the lexicon knows; else the list's extent is a guess and none is
    kept. Never when list items lost their line breaks ("A - B - C"): the members are a guess."""
    if total - len(unread) < 2 or total - len(unread) < _KEPT_SHARE * total:
        return False
    if _RUN_ITEMS.search(text):
        return False
    return all(_plain_unknown(dc, m) for m in unread)


def plain_unknown(dc: DocContext, member: str) -> bool:
    """Public name of :func:`_plain_unknown`, for readers that keep such a member."""
    return _plain_unknown(dc, member)


def _plain_unknown(dc: DocContext, member: str) -> bool:
    """Whether a member that does not read as a symptom is only a name the reader does not know
    (a short noun phrase), not a clause, a nested list, or a name of another kind."""
    text = re.sub(r"^\s*(?:and|or|and/or)\s+", "", member.strip(), flags=re.IGNORECASE)
    if free(text) is None or _NESTED.search(text) or _CARE.search(text):
        return False
    for x in dc.find(text):
        if x.is_kind("drug", "drug_class", "phase", "marker"):
            return False
        h = x.hit("condition")
        if h is not None and h.type in _DISEASE_TYPES:
            return False
    return True


# "include the following: - A", "may include the following and need care:": lead-in words
# that point to a list after them, whose items are the members, not the words themselves
_LEAD_IN_WORDS = re.compile(r"^\s*(?::|(?:the\s+)?following\b|these\s*:)", re.IGNORECASE)


def opens_a_list(text: str) -> bool:
    """Whether the text after a cue is a lead-in's own words pointing to a list below."""
    return bool(_LEAD_IN_WORDS.match(text))


def lead_in_member(member: str) -> bool:
    """Whether a member read from a list holds the lead-in's words ("following: - Fast"): the
    colon or the word "following" belong to the lead-in, so the member's extent is wrong."""
    return ":" in member or bool(re.match(r"^(?:the\s+)?following\b", member, re.IGNORECASE))
