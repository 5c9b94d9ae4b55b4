"""The collection's tables as SQLAlchemy Core ``Table`` objects.

The app works on these directly (Core is all it needs, and loading the ORM would add
about 150 ms to every start); ``trainer.storage.models`` maps typed ORM classes onto the
same tables for code that prefers them. Times are integer milliseconds since the epoch
(UTC). Content (decks, facts, cards) comes from deck files; card states, the review log,
marks, settings and overrides are the learner's and are never deleted by an import.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

decks = Table(
    "decks", metadata,
    Column("id", String(80), primary_key=True),
    Column("title", Text, nullable=False),
    Column("group_name", Text, nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("file_settings", Text, nullable=False, default="{}"),  # JSON, from the deck file
    Column("sources", Text, nullable=False, default="[]"),  # JSON list of Source
    Column("content_hash", String(64), nullable=False, default=""),
    Column("source_path", Text, nullable=True),
    Column("imported_at", Integer, nullable=False, default=0),
)

facts = Table(
    "facts", metadata,
    Column("deck_id", ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True),
    Column("fact_id", String(160), primary_key=True),
    Column("relation", String(40), nullable=False),
    Column("subject", Text, nullable=False),
    Column("objects", Text, nullable=False),  # JSON list
    Column("status", String(16), nullable=False),
    Column("sources", Text, nullable=False, default="[]"),  # JSON list of citations
    Column("removed", Boolean, nullable=False, default=False),
)

cards = Table(
    "cards", metadata,
    Column("id", Integer, primary_key=True),
    # no index of its own: the unique (deck_id, key) index serves lookups by deck
    Column("deck_id", ForeignKey("decks.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Column("sibling", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("content", Text, nullable=False),  # JSON of CardContent, as the deck file says
    Column("user_edit", Text, nullable=True),  # JSON {prompt, answer}: the learner's wording
    Column("position", Integer, nullable=False, default=0),  # order of new cards
    Column("removed", Boolean, nullable=False, default=False),  # gone from the deck file
    UniqueConstraint("deck_id", "key"),
    # Only cards that have siblings: a card whose sibling is its own key stands alone.
    Index("ix_cards_sibling", "deck_id", "sibling", sqlite_where=text("sibling != key")),
)

# deck_id is repeated here so that queue queries read one index.
card_states = Table(
    "card_states", metadata,
    Column("card_id", ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True),
    Column("deck_id", String(80), nullable=False),
    Column("phase", Integer, nullable=False, default=0),
    Column("step", Integer, nullable=True),
    Column("stability", Float, nullable=True),
    Column("difficulty", Float, nullable=True),
    Column("due", Integer, nullable=False, default=0),  # ms; for new cards, the position
    Column("last_review", Integer, nullable=True),
    Column("reps", Integer, nullable=False, default=0),
    Column("lapses", Integer, nullable=False, default=0),
    Column("suspended", Boolean, nullable=False, default=False),
    Column("buried_until", Integer, nullable=False, default=0),
    Index("ix_card_states_queue", "deck_id", "suspended", "phase", "due", "buried_until"),
)

# The learner's own marks on a card: flag, leech, why it is suspended, a note.
card_marks = Table(
    "card_marks", metadata,
    Column("card_id", ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True),
    Column("flag", Integer, nullable=False, default=0),
    Column("leech", Boolean, nullable=False, default=False),
    Column("suspended_reason", String(16), nullable=True),
    Column("note", Text, nullable=True),
)

# One answer: enough to re-run the FSRS optimiser and to undo exactly.
review_log = Table(
    "review_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("card_id", ForeignKey("cards.id", ondelete="RESTRICT"), nullable=False),
    Column("reviewed_at", Integer, nullable=False, index=True),
    Column("rating", Integer, nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("phase_before", Integer, nullable=False),
    Column("phase_after", Integer, nullable=False),
    Column("state_before", Text, nullable=False),  # JSON Memory
    Column("state_after", Text, nullable=False),  # JSON Memory
    Column("scheduled_days", Float, nullable=False),
    Column("elapsed_days", Float, nullable=False),
    Index("ix_review_log_card", "card_id", "reviewed_at"),
)

settings = Table(
    "settings", metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

# A learner's own settings for a deck; they win over the deck file's.
deck_overrides = Table(
    "deck_overrides", metadata,
    Column("deck_id", ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True),
    Column("settings", Text, nullable=False),
)
