"""The deck format, declared once.

This table drives both the validator (:mod:`trainer.deckfile.walk`) and the published JSON
Schema (:mod:`trainer.deckfile.jsonschema`). Rules that JSON Schema cannot state (ids unique
across facts and cards, citations naming a listed source, line ranges in order, exactly one
correct mcq choice) live in :mod:`trainer.deckfile.load` and are listed in ``CROSS_CHECKS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TypeAlias

from trainer.domain import CardKind, FactStatus, Relation

FORMAT_VERSION = 1

# Patterns use the common subset of Python and ECMAScript regular expressions. A final "$"
# means "end of text" in both (the validator makes it strict in Python).
DECK_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,79}$"
ITEM_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,159}$"
TAG_PATTERN = r"^\S+$"
FILE_NAME_PATTERN = r"^[^/\\.\n\r][^/\\\n\r]*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
DURATION_PATTERN = r"^([0-9]+(\.[0-9]+)?)(s|m|h|d)$"
CLOZE_PATTERN = r"\{\{c[1-9][0-9]*::\s*[^\s:}][^}]*\}\}"
NONBLANK_PATTERN = r"\S"

MIN_STEP_MINUTES = 1 / 60
MAX_STEP_MINUTES = 36500 * 24 * 60
MAX_LINE = 10_000_000
# Texts longer than these are mistakes (a whole document pasted into a title), and would
# make every screen that shows them unusable.
MAX_TEXT = 20_000
MAX_TITLE = 200


# ---- value types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A string. ``what`` names it in type errors; ``rule`` explains a pattern mismatch."""

    what: str = "text"
    pattern: str | None = None
    rule: str = ""
    max_length: int = MAX_TEXT


@dataclass(frozen=True)
class Integer:
    minimum: int
    maximum: int
    what: str = "a whole number"


@dataclass(frozen=True)
class Number:
    minimum: float
    maximum: float
    what: str = "a number"


@dataclass(frozen=True)
class Boolean:
    what: str = "true or false"


@dataclass(frozen=True)
class Options:
    """One of a fixed set of words."""

    values: tuple[str, ...]

    @property
    def what(self) -> str:
        return "one of " + ", ".join(self.values)


@dataclass(frozen=True)
class Duration:
    """A time span written "30s", "10m", "1.5h" or "2d"; read as minutes."""

    minimum_minutes: float = MIN_STEP_MINUTES
    maximum_minutes: float = MAX_STEP_MINUTES
    what: str = "a duration such as 30s, 10m, 1h or 2d"


@dataclass(frozen=True)
class ListOf:
    item: Type
    what: str
    item_noun: str = "item"
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False


@dataclass(frozen=True)
class AnyOf:
    """One of several types, told apart by the YAML node: text, list or mapping."""

    options: tuple[Type, ...]
    what: str


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    description: str
    required: bool = False
    aliases: tuple[str, ...] = ()  # names people write by mistake; suggested as `name`


@dataclass(frozen=True)
class Variant:
    """Keys a record needs and may have when its discriminator has a given value."""

    value: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exclusive:
    first: str
    second: str
    hint: str


@dataclass(frozen=True)
class Record:
    """A mapping with known keys.

    ``name`` is its $defs name in JSON Schema ("" for the root). ``noun`` names it in messages:
    with ``identified`` the record is called "<noun> '<id>'" (or "<noun> #n" in a list).
    """

    name: str
    noun: str
    description: str
    fields: tuple[Field, ...]
    identified: bool = False
    exclusive: tuple[Exclusive, ...] = ()
    discriminator: str | None = None
    variants: tuple[Variant, ...] = ()
    what: str = "a mapping of 'key: value' lines"

    def field(self, name: str) -> Field | None:
        return self.field_map.get(name)

    @cached_property
    def field_map(self) -> dict[str, Field]:
        """The fields by key."""
        return {f.name: f for f in self.fields}

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def variant_fields(self) -> frozenset[str]:
        """Keys whose use depends on the discriminator."""
        return frozenset(n for v in self.variants for n in (*v.required, *v.optional))

    def variant(self, value: str) -> Variant | None:
        return self.variant_map.get(value)

    @cached_property
    def variant_map(self) -> dict[str, Variant]:
        """The variants by discriminator value (the first one, should a value repeat)."""
        found: dict[str, Variant] = {}
        for v in self.variants:
            found.setdefault(v.value, v)
        return found

    def allowed_for(self, variant: Variant) -> tuple[str, ...]:
        own = {*variant.required, *variant.optional}
        return tuple(n for n in self.names if n not in self.variant_fields or n in own)

    @cached_property
    def allowed_keys(self) -> dict[str, frozenset[str]]:
        """For each discriminator value: the keys its records may have."""
        return {value: frozenset(self.allowed_for(v)) for value, v in self.variant_map.items()}

    def required_for(self, variant: Variant | None) -> tuple[str, ...]:
        """Keys a record must have: required fields, then those its variant needs."""
        if variant is None:
            return self.required_names
        return self.required_by_variant[variant.value]

    @cached_property
    def required_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @cached_property
    def required_by_variant(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for value, v in self.variant_map.items():
            names = list(self.required_names)
            names += [n for n in v.required if n not in names]
            out[value] = tuple(names)
        return out


Type: TypeAlias = Text | Integer | Number | Boolean | Options | Duration | ListOf | AnyOf | Record


# ---- the deck ------------------------------------------------------------------------------

NONBLANK = Text(pattern=NONBLANK_PATTERN, rule="write some text")
TITLE = Text(pattern=NONBLANK_PATTERN, rule="write some text", max_length=MAX_TITLE)
ITEM_ID = Text(
    what="an id",
    pattern=ITEM_ID_PATTERN,
    rule="an id is 1-160 letters, digits, '.', '_', ':', '/' or '-', starting with a letter "
    "or digit, without spaces",
)
TAGS = ListOf(
    Text(what="a tag", pattern=TAG_PATTERN, rule="a tag is one word without spaces"),
    what="a list of tags",
    item_noun="tag",
)

CITATION = Record(
    name="citation",
    noun="",
    description="Where something comes from: a source id of this deck and a line range.",
    fields=(
        Field("doc", ITEM_ID, "The id of a source listed under 'sources'.", required=True,
              aliases=("source", "id")),
        Field(
            "lines",
            ListOf(
                Integer(1, MAX_LINE, what="a line number (1 or more)"),
                what="two line numbers [first, last]",
                item_noun="line number",
                min_items=2,
                max_items=2,
            ),
            "First and last line (1-based) of the passage in the source file: [14, 15].",
            required=True,
            aliases=("line",),
        ),
        Field("page", Integer(1, MAX_LINE, what="a page number (1 or more)"),
              "Page of the source, when it has pages."),
    ),
    what="a citation such as {doc: doc003, lines: [14, 15]}",
)

SOURCE = Record(
    name="source",
    noun="source",
    description="A document the deck cites.",
    identified=True,
    fields=(
        Field("id", ITEM_ID, "Short id that citations use, e.g. doc003.", required=True),
        Field(
            "file",
            Text(
                what="a file name",
                pattern=FILE_NAME_PATTERN,
                rule="write the file name only, without folders, e.g. 003_guideline.txt",
            ),
            "File name of the document (no folders).",
            required=True,
            aliases=("path", "filename"),
        ),
        Field(
            "sha256",
            Text(
                what="a SHA-256 checksum",
                pattern=SHA256_PATTERN,
                rule="a SHA-256 checksum is 64 characters 0-9 and a-f (lowercase)",
            ),
            "SHA-256 checksum of the file, 64 lowercase hex characters.",
            aliases=("sha", "hash", "checksum"),
        ),
        Field("title", TITLE, "Title of the document.", aliases=("name",)),
    ),
)

FACT = Record(
    name="fact",
    noun="fact",
    description="One statement read from a document: subject -relation-> object(s).",
    identified=True,
    fields=(
        Field("id", ITEM_ID, "Stable id, unique among the deck's facts and cards; keep it "
              "when editing the text so review history is kept.", required=True),
        Field("relation", Options(tuple(r.value for r in Relation)),
              "Kind of fact; decides which questions are asked.", required=True,
              aliases=("type", "kind")),
        Field("subject", NONBLANK, "What the fact is about, e.g. blinatumomab.", required=True),
        Field(
            "object",
            AnyOf(
                (NONBLANK, ListOf(NONBLANK, what="a list of texts", item_noun="text",
                                  min_items=1, unique=True)),
                what="text or a list of texts",
            ),
            "The answer: one text, or a list such as [CD19, CD3].",
            required=True,
            aliases=("objects", "answer", "value"),
        ),
        Field("source", CITATION, "Where the fact comes from: {doc: doc003, lines: [14, 15]}.",
              aliases=("citation", "ref")),
        Field("sources", ListOf(CITATION, what="a list of citations", item_noun="citation",
                                min_items=1),
              "Several citations, when more than one passage supports the fact.",
              aliases=("citations", "refs")),
        Field("tags", TAGS, "Words to filter by, e.g. [immunotherapy].", aliases=("tag",)),
        Field("status", Options(tuple(s.value for s in FactStatus)),
              "accepted (default), draft, conflict or rejected; only accepted and draft facts "
              "make cards."),
        Field("note", NONBLANK, "A remark for instructors, e.g. why a fact is a conflict.",
              aliases=("notes", "comment")),
        Field("qualifier", NONBLANK, "Who or when the fact applies to, e.g. adults."),
    ),
    exclusive=(
        Exclusive("source", "sources",
                  "use 'source' for one citation or 'sources' for a list of several"),
    ),
)

CHOICE = Record(
    name="choice",
    noun="",
    description="A choice of a multiple-choice card; a plain text item is a wrong choice.",
    fields=(
        Field("text", NONBLANK, "The text of the choice.", required=True),
        Field("correct", Boolean(), "true for the one correct choice."),
    ),
    what="a choice: text, or {text: ..., correct: true}",
)

CARD = Record(
    name="card",
    noun="card",
    description="A card written by hand.",
    identified=True,
    fields=(
        Field("id", ITEM_ID, "Stable id, unique among the deck's facts and cards.",
              required=True),
        Field("type", Options(tuple(k.value for k in CardKind)),
              "basic, reverse (asked both ways), cloze, typed, mcq or order.", required=True,
              aliases=("kind",)),
        Field("front", NONBLANK, "The question.", aliases=("question", "prompt")),
        Field(
            "text",
            Text(
                what="text",
                pattern=CLOZE_PATTERN,
                rule="a cloze text needs at least one deletion such as {{c1::answer}} "
                "or {{c1::answer::hint}}",
            ),
            "Cloze cards: the text with deletions such as {{c1::CD19}}.",
        ),
        Field("back", NONBLANK, "The answer (basic, reverse, typed) or an explanation shown "
              "after answering (cloze, mcq, order).", aliases=("answer", "explanation")),
        Field(
            "choices",
            ListOf(
                AnyOf((NONBLANK, CHOICE), what="a choice: text, or {text: ..., correct: true}"),
                what="a list of choices",
                item_noun="choice",
                min_items=2,
            ),
            "mcq: the choices; mark the one correct choice as {text: ..., correct: true}.",
            aliases=("options", "answers"),
        ),
        Field(
            "items",
            ListOf(NONBLANK, what="a list of texts", item_noun="item", min_items=2,
                   unique=True),
            "order: the items, in the right order.",
            aliases=("steps", "order"),
        ),
        Field("source", CITATION, "Where the card comes from: {doc: doc003, lines: [14, 15]}.",
              aliases=("citation", "ref")),
        Field("tags", TAGS, "Words to filter by.", aliases=("tag",)),
    ),
    discriminator="type",
    variants=(
        Variant("basic", ("front", "back")),
        Variant("reverse", ("front", "back")),
        Variant("cloze", ("text",), ("back",)),
        Variant("typed", ("front", "back")),
        Variant("mcq", ("front", "choices"), ("back",)),
        Variant("order", ("front", "items"), ("back",)),
    ),
)

SETTINGS = Record(
    name="settings",
    noun="settings",
    description="Scheduling settings the deck proposes; learners may change them.",
    fields=(
        Field("desired_retention", Number(0.70, 0.99),
              "Share of reviews to remember, 0.70-0.99 (default 0.9).",
              aliases=("retention",)),
        Field("new_per_day", Integer(0, 9999), "New cards per day, 0-9999 (default 20).",
              aliases=("new_cards_per_day", "new")),
        Field("reviews_per_day", Integer(0, 99999), "Reviews per day, 0-99999 (default 200).",
              aliases=("max_reviews_per_day", "reviews")),
        Field("learning_steps", ListOf(Duration(), what="a list of durations such as "
                                       "[1m, 10m]", item_noun="step"),
              "Steps for new cards, e.g. [1m, 10m] (default)."),
        Field("relearning_steps", ListOf(Duration(), what="a list of durations such as [10m]",
                                         item_noun="step"),
              "Steps after a lapse, e.g. [10m] (default)."),
        Field("maximum_interval", Integer(1, 36500),
              "Longest interval in days, 1-36500 (default 36500).",
              aliases=("max_interval", "maximum_interval_days")),
    ),
)

DECK = Record(
    name="",
    noun="",
    description="A Trainer deck file (format 1): sources, facts and hand-written cards.",
    fields=(
        Field("format", Integer(1, FORMAT_VERSION, what=f"the number {FORMAT_VERSION}"),
              "Deck format version; only 1 exists (default)."),
        Field("id", Text(what="a deck id", pattern=DECK_ID_PATTERN,
                         rule="a deck id is 1-80 lowercase letters, digits, '.', '_' or '-', "
                         "starting with a letter or digit"),
              "Stable deck id, e.g. all-drug-targets; never reuse one.", required=True),
        Field("deck", TITLE, "The deck's title shown to learners.", required=True,
              aliases=("title", "name")),
        Field("group", TITLE, "Topic folder in the deck tree, e.g. ALL.",
              aliases=("folder", "topic")),
        Field("description", NONBLANK, "A few words about the deck."),
        Field("settings", SETTINGS, "Scheduling settings (all optional)."),
        Field("sources", ListOf(SOURCE, what="a list of sources", item_noun="source"),
              "Documents the deck cites.", aliases=("documents", "docs")),
        Field("facts", ListOf(FACT, what="a list of facts", item_noun="fact"),
              "Facts; cards are made from them.", aliases=("fact",)),
        Field("cards", ListOf(CARD, what="a list of cards", item_noun="card"),
              "Cards written by hand.", aliases=("card", "questions")),
    ),
)

CROSS_CHECKS = (
    "ids are unique across the deck's facts and cards",
    "source ids are unique",
    "a citation's doc is the id of a source listed under 'sources'",
    "a citation's lines go from first to last (first <= last)",
    "an mcq card has exactly one correct choice and no two choices with the same text",
)

__all__ = [
    "CARD",
    "CITATION",
    "CROSS_CHECKS",
    "DECK",
    "FACT",
    "SETTINGS",
    "SOURCE",
    "AnyOf",
    "Boolean",
    "Duration",
    "Exclusive",
    "Field",
    "Integer",
    "ListOf",
    "Number",
    "Options",
    "Record",
    "Text",
    "Type",
    "Variant",
]
