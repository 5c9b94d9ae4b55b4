"""The collection's tables, as SQLAlchemy 2 typed ORM classes.

Times are stored as integer milliseconds since the epoch (UTC): compact, index-friendly
and free of SQLite's timezone quirks. Content (decks, facts, cards) comes from deck files;
what belongs to the learner (card states, review log, marks, settings, edits) is never
deleted by an import.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DeckRow(Base):
    __tablename__ = "decks"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    file_settings: Mapped[str] = mapped_column(Text, default="{}")  # JSON, from the deck file
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Source
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    source_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    imported_at: Mapped[int] = mapped_column(Integer, default=0)


class FactRow(Base):
    __tablename__ = "facts"

    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"),
                                         primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(160), primary_key=True)
    relation: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    objects: Mapped[str] = mapped_column(Text)  # JSON list
    status: Mapped[str] = mapped_column(String(16))
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of citations
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class CardRow(Base):
    __tablename__ = "cards"
    __table_args__ = (UniqueConstraint("deck_id", "key"),
                      Index("ix_cards_sibling", "deck_id", "sibling"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    sibling: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)  # JSON of CardContent, as the deck file says
    user_edit: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON {prompt, answer}
    position: Mapped[int] = mapped_column(Integer, default=0)  # order for new cards
    removed: Mapped[bool] = mapped_column(Boolean, default=False)  # gone from the deck file


class CardStateRow(Base):
    """Scheduling state; deck_id is repeated here so queue counts read one index."""

    __tablename__ = "card_states"
    __table_args__ = (
        Index("ix_card_states_queue", "deck_id", "suspended", "phase", "due", "buried_until"),
    )

    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"),
                                         primary_key=True)
    deck_id: Mapped[str] = mapped_column(String(80))
    phase: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[int] = mapped_column(Integer, default=0)  # ms; for new cards, the position
    last_review: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    buried_until: Mapped[int] = mapped_column(Integer, default=0)


class CardMarkRow(Base):
    """The learner's own marks on a card: flag, leech, why it is suspended."""

    __tablename__ = "card_marks"

    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"),
                                         primary_key=True)
    flag: Mapped[int] = mapped_column(Integer, default=0)
    leech: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewLogRow(Base):
    """One answer; enough to re-run the FSRS optimiser and to undo."""

    __tablename__ = "review_log"
    __table_args__ = (Index("ix_review_log_card", "card_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="RESTRICT"))
    reviewed_at: Mapped[int] = mapped_column(Integer, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer)
    phase_before: Mapped[int] = mapped_column(Integer)
    phase_after: Mapped[int] = mapped_column(Integer)
    state_before: Mapped[str] = mapped_column(Text)  # JSON Memory
    state_after: Mapped[str] = mapped_column(Text)  # JSON Memory
    scheduled_days: Mapped[float] = mapped_column(Float)
    elapsed_days: Mapped[float] = mapped_column(Float)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeckOverrideRow(Base):
    """A learner's own settings for a deck; wins over the deck file's."""

    __tablename__ = "deck_overrides"

    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"),
                                         primary_key=True)
    settings: Mapped[str] = mapped_column(Text)
