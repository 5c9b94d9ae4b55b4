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
    Date,
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
    # The learner renamed or moved the deck: an import keeps its title and group.
    Column("renamed", Boolean, nullable=False, default=False, server_default=text("0")),
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
    # when the card came into the collection (ms); older cards got their deck's import time
    Column("added_at", Integer, nullable=False, server_default=text("0")),
    UniqueConstraint("deck_id", "key"),
    # Only cards that have siblings: a card whose sibling is its own key stands alone.
    Index("ix_cards_sibling", "deck_id", "sibling", sqlite_where=text("sibling != key")),
    # Only removed cards: the browser leaves them out without reading every card's row.
    Index("ix_cards_removed", "id", sqlite_where=text("removed = 1")),
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

# The browser's default order, studied cards by due and then new cards in order, read from
# two indexes rather than sorted: sorting a million cards took longer than finding them.
Index("ix_card_states_studied_due", card_states.c.due, sqlite_where=text("phase != 0"))
Index("ix_card_states_new_due", card_states.c.due, sqlite_where=text("phase = 0"))

# The learner's own marks on a card: flag, leech, why it is suspended, a note.
card_marks = Table(
    "card_marks", metadata,
    Column("card_id", ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True),
    Column("flag", Integer, nullable=False, default=0),
    Column("leech", Boolean, nullable=False, default=False),
    Column("suspended_reason", String(16), nullable=True),
    Column("note", Text, nullable=True),
)

# Tags a learner puts on cards in the browser: kept apart from the deck file's tags (in
# ``cards.content``), so a re-import of the deck never drops them.
card_tags = Table(
    "card_tags", metadata,
    Column("card_id", ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(200), primary_key=True),
    Index("ix_card_tags_tag", "tag"),
)

# One answer: enough to re-run the FSRS optimiser and to undo exactly.
review_log = Table(
    "review_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("card_id", ForeignKey("cards.id", ondelete="RESTRICT"), nullable=False),
    Column("reviewed_at", Integer, nullable=False),
    Column("rating", Integer, nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("phase_before", Integer, nullable=False),
    Column("phase_after", Integer, nullable=False),
    Column("state_before", Text, nullable=False),  # JSON Memory
    Column("state_after", Text, nullable=False),  # JSON Memory
    Column("scheduled_days", Float, nullable=False),
    Column("elapsed_days", Float, nullable=False),
    Index("ix_review_log_card", "card_id", "reviewed_at"),
    # Covers the statistics' reads (and any read by time), so they skip the JSON states.
    Index("ix_review_log_stats", "reviewed_at", "card_id", "phase_before", "elapsed_days",
          "rating", "duration_ms"),
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

# A quiz is practice, apart from FSRS: taking one never writes card_states or review_log.
# ``setup`` is the JSON of the learner's choices (decks, tags, relations, kinds, feedback);
# ``missed_sent_at`` records the one explicit action that does touch the schedule.
quizzes = Table(
    "quizzes", metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", Integer, nullable=False, index=True),
    Column("finished_at", Integer, nullable=True),
    Column("setup", Text, nullable=False, default="{}"),
    Column("title", Text, nullable=False, default=""),
    Column("question_count", Integer, nullable=False, default=0),
    Column("correct_count", Integer, nullable=False, default=0),
    Column("time_limit_s", Integer, nullable=True),
    Column("missed_sent_at", Integer, nullable=True),
)

# One answered question. Deck, fact, relation and tags are copied, so the report reads
# the same after the deck file changes; the card link is cleared if the card goes.
quiz_answers = Table(
    "quiz_answers", metadata,
    Column("id", Integer, primary_key=True),
    Column("quiz_id", ForeignKey("quizzes.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("deck_id", String(80), nullable=False),
    Column("card_id", ForeignKey("cards.id", ondelete="SET NULL"), nullable=True),
    Column("fact_id", String(160), nullable=True),
    Column("relation", String(40), nullable=True),
    Column("tags", Text, nullable=False, default="[]"),  # JSON list
    Column("kind", String(16), nullable=False),
    Column("question", Text, nullable=False),
    Column("expected", Text, nullable=False),
    Column("given", Text, nullable=False, default=""),
    Column("correct", Boolean, nullable=False),
    Column("duration_ms", Integer, nullable=False, default=0),
    Column("answered_at", Integer, nullable=False),
    UniqueConstraint("quiz_id", "position"),
)

# An exam date for one deck (scope_kind "deck", scope = deck id) or for every deck of a
# group (scope_kind "group", scope = group name); a deck's own date wins over its group's.
exam_dates = Table(
    "exam_dates", metadata,
    Column("scope_kind", String(8), primary_key=True),
    Column("scope", String(200), primary_key=True),
    Column("exam_on", Date, nullable=False),
    Column("set_at", Integer, nullable=False, default=0),
)

# Reviews done while cramming or previewing: kept apart from review_log, so they never
# reach card_states, the FSRS optimiser, daily limits or the session statistics.
cram_log = Table(
    "cram_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("card_id", ForeignKey("cards.id", ondelete="CASCADE"), nullable=False),
    Column("reviewed_at", Integer, nullable=False, index=True),
    Column("rating", Integer, nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("mode", String(16), nullable=False),  # deck | tag | search | failed
)

# Options presets, shared as in Anki: a preset linked to a group (scope_kind "group", scope =
# group name) applies to its decks; one linked to a deck ("deck", deck id) wins over it. A
# deck's own settings (deck_overrides) win over both.
presets = Table(
    "presets", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("settings", Text, nullable=False),  # JSON of DeckSettings
    UniqueConstraint("name"),
)

preset_links = Table(
    "preset_links", metadata,
    Column("scope_kind", String(8), primary_key=True),
    Column("scope", String(200), primary_key=True),
    Column("preset_id", ForeignKey("presets.id", ondelete="CASCADE"), nullable=False),
)

# Cards a learner added by hand, as written (the cards table holds what they render to).
# An import of the deck's file leaves their cards alone; "export" writes them into the file.
hand_cards = Table(
    "hand_cards", metadata,
    Column("deck_id", ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True),
    Column("card_id", String(160), primary_key=True),  # the hand card's id in the deck file
    Column("kind", String(16), nullable=False),
    Column("front", Text, nullable=False),
    Column("back", Text, nullable=False, default=""),
    Column("tags", Text, nullable=False, default="[]"),  # JSON list
    Column("added_at", Integer, nullable=False, default=0),
)
