"""The deck format, declared once as typed msgspec models, and its spelling of durations.

msgspec checks a loaded deck against these models in one fast pass, and the published JSON
Schema (:mod:`trainer.deckfile.jsonschema`) is generated from them. Each field's ``extra``
metadata holds the words problem messages use (``what``, ``rule``, ``aliases``...), read by
:mod:`trainer.deckfile.walk`; each model's class variables name it in messages and state the
rules a plain model cannot (which card types use which keys, keys that exclude each other).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from msgspec import UNSET, Meta, Struct, UnsetType

from trainer.domain import CardKind, FactStatus, Relation

FORMAT_VERSION = 1

# Patterns use the common subset of Python and ECMAScript regular expressions. END is the end
# of the text in both: Python's "$" alone would also match before a final newline.
END = r"$(?!\n)"
DECK_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,79}" + END
ITEM_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,159}" + END
FILE_NAME_PATTERN = r"^[^/\\.\n\r][^/\\\n\r]*" + END
SHA256_PATTERN = r"^[0-9a-f]{64}" + END
DURATION_PATTERN = r"^([0-9]+(\.[0-9]+)?)(s|m|h|d)" + END
CLOZE_PATTERN = r"\{\{c[1-9][0-9]*::\s*[^\s:}][^}]*\}\}"
MAX_LINE = 10_000_000
UNIQUE = {"uniqueItems": True}


def _m(description: str = "", **extra: Any) -> Meta:
    """Field metadata: a description for the JSON Schema, and words for messages."""
    return Meta(description=description, extra=extra) if description else Meta(extra=extra)


def _one_of(words: type[Relation | FactStatus | CardKind]) -> str:
    """How messages name a choice of words, in the order the enum lists them."""
    return "one of " + ", ".join(w.value for w in words)


# Texts longer than these are mistakes (a whole document pasted into a title), and would make
# every screen that shows them unusable.
MAX_TEXT = 20_000
MAX_TITLE = 200
NonBlank = Annotated[str, Meta(pattern=r"\S", max_length=MAX_TEXT,
                               extra={"rule": "write some text"})]
Title = Annotated[str, Meta(pattern=r"\S", max_length=MAX_TITLE,
                            extra={"rule": "write some text"})]
ItemId = Annotated[str, Meta(pattern=ITEM_ID_PATTERN, extra={
    "what": "an id",
    "rule": "an id is 1-160 letters, digits, '.', '_', ':', '/' or '-', starting with a letter "
    "or digit, without spaces"})]
Tags = Annotated[
    list[Annotated[str, Meta(pattern=r"^\S+" + END, extra={
        "what": "a tag", "rule": "a tag is one word without spaces"})]],
    _m(what="a list of tags", item_noun="tag"),
]
LineNumber = Annotated[int, Meta(ge=1, le=MAX_LINE), _m(what="a line number (1 or more)")]
Step = Annotated[str, Meta(pattern=DURATION_PATTERN), _m(
    what="a duration such as 30s, 10m, 1h or 2d", duration=True)]


class Model(Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """A mapping with known keys; class variables word it in messages."""

    NOUN: ClassVar[str] = ""  # "fact" -> "fact 'x'" or "fact #3"; "" -> named by its key
    IDENTIFIED: ClassVar[bool] = False
    WHAT: ClassVar[str] = "a mapping of 'key: value' lines"
    EXCLUSIVE: ClassVar[tuple[tuple[str, str, str], ...]] = ()  # (first, second, hint)
    VARIANTS: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}


class Citation(Model):
    """Where something comes from: a source id of this deck and a line range."""

    WHAT = "a citation such as {doc: doc003, lines: [14, 15]}"
    doc: Annotated[ItemId, _m("The id of a source listed under 'sources'.",
                              aliases=("source", "id"))]
    lines: Annotated[list[LineNumber], Meta(min_length=2, max_length=2), _m(
        "First and last line (1-based) of the passage in the source file: [14, 15].",
        what="two line numbers [first, last]", item_noun="line number", aliases=("line",))]
    page: Annotated[int, Meta(ge=1, le=MAX_LINE), _m(
        "Page of the source, when it has pages.", what="a page number (1 or more)")] | \
        UnsetType = UNSET


class Source(Model):
    """A document the deck cites."""

    NOUN, IDENTIFIED = "source", True
    id: Annotated[ItemId, _m("Short id that citations use, e.g. doc003.")]
    file: Annotated[str, Meta(pattern=FILE_NAME_PATTERN), _m(
        "File name of the document (no folders).", what="a file name",
        rule="write the file name only, without folders, e.g. 003_guideline.txt",
        aliases=("path", "filename"))]
    sha256: Annotated[str, Meta(pattern=SHA256_PATTERN), _m(
        "SHA-256 checksum of the file, 64 lowercase hex characters.",
        what="a SHA-256 checksum",
        rule="a SHA-256 checksum is 64 characters 0-9 and a-f (lowercase)",
        aliases=("sha", "hash", "checksum"))] | UnsetType = UNSET
    title: Annotated[Title, _m("Title of the document.", aliases=("name",))] | \
        UnsetType = UNSET


RelationName = Literal[  # the values of domain.Relation, in its order (a unit test checks)
    "drug_target", "drug_class", "phase_duration", "phase_drugs", "marker", "risk_factor",
    "symptom_cause", "prognostic_factor", "numeric", "note",
]
StatusName = Literal["accepted", "draft", "conflict", "rejected"]
CardType = Literal["basic", "reverse", "cloze", "typed", "mcq", "order"]
# The domain's members by these names: a dict lookup is several times faster than the enum.
RELATIONS = {r.value: r for r in Relation}
STATUSES = {s.value: s for s in FactStatus}
KINDS = {k.value: k for k in CardKind}


class Fact(Model):
    """One statement read from a document: subject -relation-> object(s)."""

    NOUN, IDENTIFIED = "fact", True
    EXCLUSIVE = (("source", "sources",
                  "use 'source' for one citation or 'sources' for a list of several"),)
    id: Annotated[ItemId, _m("Stable id, unique among the deck's facts and cards; keep it "
                             "when editing the text so review history is kept.")]
    relation: Annotated[RelationName, _m("Kind of fact; decides which questions are asked.",
                                         aliases=("type", "kind"), what=_one_of(Relation))]
    subject: Annotated[NonBlank, _m("What the fact is about, e.g. blinatumomab.")]
    object: Annotated[
        NonBlank | Annotated[list[NonBlank], Meta(min_length=1, extra_json_schema=UNIQUE), _m(
            what="a list of texts", item_noun="text", unique=True)],
        _m("The answer: one text, or a list such as [CD19, CD3].",
           what="text or a list of texts", aliases=("objects", "answer", "value")),
    ]
    source: Annotated[Citation, _m(
        "Where the fact comes from: {doc: doc003, lines: [14, 15]}.",
        aliases=("citation", "ref"))] | UnsetType = UNSET
    sources: Annotated[list[Citation], Meta(min_length=1), _m(
        "Several citations, when more than one passage supports the fact.",
        what="a list of citations", item_noun="citation",
        aliases=("citations", "refs"))] | UnsetType = UNSET
    tags: Annotated[Tags, _m("Words to filter by, e.g. [immunotherapy].",
                             aliases=("tag",))] | UnsetType = UNSET
    status: Annotated[StatusName, _m(
        "accepted (default), draft, conflict or rejected; only accepted and draft facts "
        "make cards.", what=_one_of(FactStatus))] = "accepted"
    note: Annotated[NonBlank, _m("A remark for instructors, e.g. why a fact is a conflict.",
                                 aliases=("notes", "comment"))] | UnsetType = UNSET
    qualifier: Annotated[NonBlank, _m(
        "Who or when the fact applies to, e.g. adults.")] | UnsetType = UNSET


class Choice(Model):
    """A choice of a multiple-choice card; a plain text item is a wrong choice."""

    WHAT = "a choice: text, or {text: ..., correct: true}"
    text: Annotated[NonBlank, _m("The text of the choice.")]
    correct: Annotated[bool, _m("true for the one correct choice.")] = False


class Card(Model):
    """A card written by hand."""

    NOUN, IDENTIFIED = "card", True
    VARIANTS = {
        "basic": (("front", "back"), ()),
        "reverse": (("front", "back"), ()),
        "cloze": (("text",), ("back",)),
        "typed": (("front", "back"), ()),
        "mcq": (("front", "choices"), ("back",)),
        "order": (("front", "items"), ("back",)),
    }
    id: Annotated[ItemId, _m("Stable id, unique among the deck's facts and cards.")]
    type: Annotated[CardType, _m("basic, reverse (asked both ways), cloze, typed, mcq or "
                                 "order.", aliases=("kind",), what=_one_of(CardKind))]
    front: Annotated[NonBlank, _m("The question.", aliases=("question", "prompt"))] | \
        UnsetType = UNSET
    text: Annotated[str, Meta(pattern=CLOZE_PATTERN), _m(
        "Cloze cards: the text with deletions such as {{c1::CD19}}.",
        rule="a cloze text needs at least one deletion such as {{c1::answer}} "
        "or {{c1::answer::hint}}")] | UnsetType = UNSET
    back: Annotated[NonBlank, _m(
        "The answer (basic, reverse, typed) or an explanation shown after answering "
        "(cloze, mcq, order).", aliases=("answer", "explanation"))] | UnsetType = UNSET
    choices: Annotated[
        list[Annotated[NonBlank | Choice, _m(what=Choice.WHAT)]], Meta(min_length=2), _m(
            "mcq: the choices; mark the one correct choice as {text: ..., correct: true}.",
            what="a list of choices", item_noun="choice", aliases=("options", "answers"))
    ] | UnsetType = UNSET
    items: Annotated[list[NonBlank], Meta(min_length=2, extra_json_schema=UNIQUE), _m(
        "order: the items, in the right order.", what="a list of texts", item_noun="item",
        unique=True, aliases=("steps", "order"))] | UnsetType = UNSET
    source: Annotated[Citation, _m(
        "Where the card comes from: {doc: doc003, lines: [14, 15]}.",
        aliases=("citation", "ref"))] | UnsetType = UNSET
    tags: Annotated[Tags, _m("Words to filter by.", aliases=("tag",))] | UnsetType = UNSET


class Settings(Model):
    """Scheduling settings the deck proposes; learners may change them."""

    NOUN = "settings"
    desired_retention: Annotated[float, Meta(ge=0.70, le=0.99), _m(
        "Share of reviews to remember, 0.70-0.99 (default 0.9).", what="a number",
        aliases=("retention",))] | UnsetType = UNSET
    new_per_day: Annotated[int, Meta(ge=0, le=9999), _m(
        "New cards per day, 0-9999 (default 20).",
        aliases=("new_cards_per_day", "new"))] | UnsetType = UNSET
    reviews_per_day: Annotated[int, Meta(ge=0, le=99999), _m(
        "Reviews per day, 0-99999 (default 200).",
        aliases=("max_reviews_per_day", "reviews"))] | UnsetType = UNSET
    learning_steps: Annotated[list[Step], _m(
        "Steps for new cards, e.g. [1m, 10m] (default).",
        what="a list of durations such as [1m, 10m]", item_noun="step")] | UnsetType = UNSET
    relearning_steps: Annotated[list[Step], _m(
        "Steps after a lapse, e.g. [10m] (default).", what="a list of durations such as [10m]",
        item_noun="step")] | UnsetType = UNSET
    maximum_interval: Annotated[int, Meta(ge=1, le=36500), _m(
        "Longest interval in days, 1-36500 (default 36500).",
        aliases=("max_interval", "maximum_interval_days"))] | UnsetType = UNSET


class DeckFile(Model, kw_only=True):
    """A Trainer deck file (format 1): sources, facts and hand-written cards."""

    format: Annotated[int, Meta(ge=1, le=FORMAT_VERSION), _m(
        "Deck format version; only 1 exists (default).",
        what=f"the number {FORMAT_VERSION}")] = FORMAT_VERSION
    id: Annotated[str, Meta(pattern=DECK_ID_PATTERN), _m(
        "Stable deck id, e.g. all-drug-targets; never reuse one.", what="a deck id",
        rule="a deck id is 1-80 lowercase letters, digits, '.', '_' or '-', starting with a "
        "letter or digit")]
    deck: Annotated[Title, _m("The deck's title shown to learners.",
                                 aliases=("title", "name"))]
    group: Annotated[Title, _m("Topic folder in the deck tree, e.g. ALL.",
                                  aliases=("folder", "topic"))] | UnsetType = UNSET
    description: Annotated[NonBlank, _m("A few words about the deck.")] | UnsetType = UNSET
    settings: Annotated[Settings, _m("Scheduling settings (all optional).")] | \
        UnsetType = UNSET
    sources: Annotated[list[Source], _m("Documents the deck cites.", what="a list of sources",
                                        item_noun="source", aliases=("documents", "docs"))] = []
    facts: Annotated[list[Fact], _m("Facts; cards are made from them.", what="a list of facts",
                                    item_noun="fact", aliases=("fact",))] = []
    cards: Annotated[list[Card], _m("Cards written by hand.", what="a list of cards",
                                    item_noun="card", aliases=("card", "questions"))] = []


# Settings keys in the file -> DeckSettings attributes
SETTINGS_FIELDS = {"desired_retention": "desired_retention", "new_per_day": "new_per_day",
                   "reviews_per_day": "reviews_per_day",
                   "learning_steps": "learning_steps_minutes",
                   "relearning_steps": "relearning_steps_minutes",
                   "maximum_interval": "maximum_interval_days"}

CROSS_CHECKS = (
    "ids are unique across the deck's facts and cards",
    "source ids are unique",
    "a citation's doc is the id of a source listed under 'sources'",
    "a citation's lines go from first to last (first <= last)",
    "an mcq card has exactly one correct choice and no two choices with the same text",
)


# ---- durations, written as "30s", "10m", "1.5h" or "2d" and read as minutes ----

_UNIT_MINUTES = {"m": Decimal(1), "h": Decimal(60), "d": Decimal(1440)}
_DURATION = re.compile(DURATION_PATTERN)


def parse_duration(text: str) -> float | None:
    """Minutes in a duration such as "10m", or None when the text is not a duration."""
    match = _DURATION.match(text)
    if match is None:
        return None
    number, unit = Decimal(match.group(1)), match.group(3)
    if unit == "s":
        return float(number / Decimal(60))
    return float(number * _UNIT_MINUTES[unit])


def format_duration(minutes: float) -> str:
    """The shortest plain spelling of ``minutes`` that parses back to exactly the same float."""
    for unit, size in (("d", 1440), ("h", 60), ("m", 1)):
        count = minutes / size
        if count == int(count):
            text = f"{int(count)}{unit}"
            if parse_duration(text) == minutes:
                return text
    seconds = minutes * 60
    if seconds == int(seconds):
        text = f"{int(seconds)}s"
        if parse_duration(text) == minutes:
            return text
    text = repr(minutes)  # in positional notation, read back as the same float
    return (format(Decimal(text), "f") if "e" in text or "E" in text else text) + "m"
