"""Typed ORM classes mapped onto the Core tables of :mod:`trainer.storage.tables`.

The running app uses the Core tables; these classes serve Alembic and code that wants
typed rows. Both share one ``MetaData``, so there is a single schema.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from trainer.storage import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class DeckRow(Base):
    __table__ = tables.decks


class FactRow(Base):
    __table__ = tables.facts


class CardRow(Base):
    __table__ = tables.cards


class CardStateRow(Base):
    __table__ = tables.card_states


class CardMarkRow(Base):
    __table__ = tables.card_marks


class ReviewLogRow(Base):
    __table__ = tables.review_log


class SettingRow(Base):
    __table__ = tables.settings


class DeckOverrideRow(Base):
    __table__ = tables.deck_overrides


class QuizRow(Base):
    __table__ = tables.quizzes


class QuizAnswerRow(Base):
    __table__ = tables.quiz_answers


class ExamDateRow(Base):
    __table__ = tables.exam_dates


class CramLogRow(Base):
    __table__ = tables.cram_log


class PresetRow(Base):
    __table__ = tables.presets


class PresetLinkRow(Base):
    __table__ = tables.preset_links


class HandCardRow(Base):
    __table__ = tables.hand_cards
