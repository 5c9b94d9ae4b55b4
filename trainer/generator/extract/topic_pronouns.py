"""A sentence that names the page's condition only by "It" ("They" for a plural name), read as
naming it.

Patient pages define their topic in one sentence and go on about it with a pronoun: "Croup is
an inflammation of the windpipe. It causes a barking cough.", "Hidradenitis suppurativa is a
skin disease. It is more common in women.", "X is a rare disorder. It is caused by mutations in
the Y gene." Every reader knows how to read "Croup causes a barking cough"; none knows whom
"It" stands for. So before any reader runs, such a sentence is read with the topic's name in
place of the pronoun (the sentence as written stays the evidence an instructor sees).

"It" stands for the topic only where nothing else could be meant:

* the page is about one condition its title or headings name (:func:`.titled_topic`);
* the sentence before, in the same paragraph, opens with the topic (or is itself such a
  sentence), or closes with it and names no other condition and no drug ("No one knows what
  causes HS. It is more common in women"; not "Young children may have a distinct form of
  sarcoidosis. It may cause ...", where "It" is that form);
* the pronoun opens a sentence (not a list item: "Osteosarcoma - occurs most often in teens.
  It is more common in the knee" is about the item's own name) and its verb is one a condition
  takes ("causes", "is caused by", "is more common in", "affects", "is treated with" ...): an
  "It" of "It is important to", "It takes weeks" or "It is used to treat" stands for no
  condition.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.generator.extract.patterns import no_apostrophes
from trainer.generator.extract.topic_qualified import starts_with_topic
from trainer.generator.extract.topic_referents import other_condition, titled_topic

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.text import Unit

_ADVERB = (
    r"(?:(?:can|may|might|could|will|often|usually|also|mainly|mostly|most\s+often|"
    r"sometimes|commonly|typically|generally|frequently|rarely|then|first)\s+)*"
)
# What a condition does or has done to it, after "It": the verbs every reader of a relation
# takes a condition as the subject of
_CONDITION_VERB = (
    r"(?:causes?|leads?\s+to|results?\s+in|brings?\s+on|produces?|"
    r"(?:is|are|be)\s+(?:(?:usually|often|most\s+often|mainly|mostly|commonly|typically|"
    r"generally|frequently|sometimes|also)\s+)?(?:caused|triggered|brought\s+on|spread|passed|"
    r"inherited|"
    r"treated|characterized|marked|associated)\b"
    r"|(?:is|are|be)\s+(?:(?:much|far|slightly|also|by\s+far)\s+)?(?:the\s+)?(?:more|most|less)\s+"
    r"(?:common|likely|"
    r"frequent|prevalent)\b"
    r"|(?:is|are|be)\s+(?:fatal|life-threatening|deadly|contagious|curable|preventable)\b"
    r"|affects?|occurs?|happens?|develops?|starts?|begins?|appears?|strikes?|spreads?|"
    r"runs?\s+in\s+families|tends?\s+to|makes?\s+it\s+(?:hard|difficult|harder))\b"
)
# "It is important to", "It is not known whether", "It takes weeks": an "It" standing for no one
_EXPLETIVE = re.compile(
    r"^It\s+(?:(?:is|was|can\s+be|may\s+be)\s+(?:[\w-]+\s+){0,3}?(?:to|that|whether|if|"
    r"why|how|when)\b|takes?\b|seems?\b|appears?\s+that)",
    re.IGNORECASE,
)
# After the topic that opens a sentence, a second subject beside it
_COSUBJECT = re.compile(r"\s*(?:/|\band\b|\bor\b|\bas\s+well\s+as\b)", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(
    rf"^(?P<p>It|They)\s+(?={_ADVERB}{_CONDITION_VERB})"
    # "This can lead to high blood pressure and cause symptoms such as": what the condition
    # does, told of the sentence before (only with a verb of causing)
    rf"|^(?P<this>This)\s+(?={_ADVERB}(?:causes?|leads?\s+to|results?\s+in)\b)"
)
# "Although they are usually benign, X often cause A": a concession before the subject
_CONCESSION = re.compile(r"^(?:although|though|while|even\s+though)\b[^,]{1,80},\s*", re.I)


def resolve(dc: DocContext, units: list[Unit]) -> list[Unit]:
    """``units`` with each sentence that opens with an "It" standing for the page's topic read
    with the topic's name in its place (see the module docstring); the rest unchanged."""
    topic = titled_topic(dc)
    if topic is None:
        return units
    out = list(units)
    named: dict[int, str] = {}  # unit index -> the name read in place of its pronoun
    number: dict[int, bool] = {}  # unit index -> whether that name was read as a plural
    for u in units:
        if u.kind == "sentence" and u.index > 0 and u.text.rstrip(". ").endswith(" it"):
            _object_it(dc, out, u, named, topic)
            continue
        if u.kind != "sentence" or not u.text.startswith(("It ", "They ", "This ")):
            continue
        m = _PRONOUN_OPENING.match(u.text)
        if u.index == 0 or (m is None and (_EXPLETIVE.match(u.text) or u.text.startswith("This "))):
            continue
        prev = out[u.index - 1]
        if prev.kind != "sentence" or prev.para != u.para:
            continue
        name = named.get(prev.index) or _topic_named(dc, prev, topic)
        if name is None:
            continue
        plural = number[prev.index] if prev.index in number else _number(prev.text, topic)
        said = (m.group("p") or m.group("this")) if m is not None else u.text.split(" ", 1)[0]
        if said == "This":
            plural = False  # "This" stands for what the topic does, one or many
        if (said == "They") != plural:
            continue  # "They" stands for a topic the sentence before makes plural
            # ("Varicose veins are ... They"), "It" for one it makes singular
        if m is None:
            # "X is an eye problem. It involves inflammation of the eyelid. It can cause A":
            # a verb no reader takes still says the pronoun is the topic's, for the next one
            named[u.index], number[u.index] = name, plural
            continue
        named[u.index] = name
        number[u.index] = m.group("p") == "They"
        out[u.index] = _with_name(u, name, m.end() - 1)
    return out


# "Brain tumors, infections and dementia can also cause it.": the topic as what a list causes
_OBJECT_IT = re.compile(
    r"\s(?:can|may|might|could|also|often|usually|\s)*\b(?:causes?|triggers?|leads?\s+to|"
    r"brings?\s+on)\s+(?P<it>it)\s*\.?$"
)


def _object_it(
    dc: DocContext, out: list[Unit], u: Unit, named: dict[int, str], topic: str
) -> None:
    """Read a sentence ending "... can also cause it" with the topic's name for "it", when the
    sentence before (in the same paragraph) names the topic as "It" does (see the module)."""
    m = _OBJECT_IT.search(u.text)
    prev = out[u.index - 1]
    if m is None or prev.kind != "sentence" or prev.para != u.para:
        return
    name = named.get(prev.index) or _topic_named(dc, prev, topic)
    if name is None:
        return
    a, b = m.span("it")
    text = u.text[:a] + name + u.text[b:]
    out[u.index] = replace(u, text=text, written=u.text)


def _number(text: str, topic: str) -> bool:
    """Whether the sentence makes the topic plural: the verb right after its name ("Varicose
    veins are", "Gallstones form") and not singular ("Diabetes is", "Shingles causes")."""
    at = no_apostrophes(text).lower().find(topic.lower())
    after = text[at + len(topic) :] if at >= 0 else ""
    return re.match(r"\s+(?:are|were|have|form|develop|occur|happen|cause|affect)\b", after,
                    re.IGNORECASE) is not None


def _topic_named(dc: DocContext, prev: Unit, topic: str) -> str | None:
    """The words ``prev`` names the topic by when "It" after it can only stand for the topic:
    the topic opening the sentence, or the topic alone among its conditions and no drug."""
    text = _CONCESSION.sub("", no_apostrophes(prev.text))
    if starts_with_topic(text.lower(), topic):
        if _COSUBJECT.match(text, text.lower().find(topic.lower()) + len(topic)):
            return None  # "X and gout are both painful": "It" may be either
        return prev.text[: len(topic)] if prev.text[: len(topic)].lower() == topic.lower() else (
            topic)
    # "No one knows what causes HS.": the topic closes the sentence, not as one form of it
    # ("Young children may have a distinct form of sarcoidosis. It may cause ...")
    closing = re.search(rf"(?:(?P<form>\b(?:form|type|kind|case|stage|subtype|variant)s?\s+of\s+"
                        rf"(?:the\s+)?)|\b){_spaced(topic)}\W*$", text, re.IGNORECASE)
    if closing is None or closing.group("form"):
        return None
    if other_condition(dc, prev.text, topic, earlier=True):
        return None
    if any(m.is_kind("drug", "drug_class") for m in dc.find(prev.text)):
        return None
    return topic


def _spaced(topic: str) -> str:
    """A pattern of the topic's name written with or without its spaces and hyphens
    ("Pinkeye", "pink eye", "pink-eye"): a one-word title may be two words in the text."""
    letters = [re.escape(c) for c in re.sub(r"[\s\-]", "", topic)]
    return r"[\s\-]?".join(letters)


def _with_name(unit: Unit, name: str, end: int) -> Unit:
    """``unit`` read with ``name`` in place of its first ``end`` characters (the pronoun)."""
    text = name[:1].upper() + name[1:] + unit.text[end:]
    shift = len(text) - len(unit.text)
    starts = tuple(s if s == 0 else s + shift for s in unit.starts)
    return replace(unit, text=text, starts=starts, written=unit.text)
