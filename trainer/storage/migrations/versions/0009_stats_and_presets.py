"""statistics read the review log through one covering index; decks remember a rename;
options presets shared by decks and groups; cards added by hand

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_STATS_COLUMNS = ["reviewed_at", "card_id", "phase_before", "elapsed_days", "rating",
                  "duration_ms"]


def upgrade() -> None:
    # The statistics window groups every answer of a period; with the columns it needs in
    # the index it never reads the wide rows (two JSON states each). The index leads with
    # reviewed_at, so it also serves every query the old single-column index served.
    # SQLite drops and creates indexes in place; no copy of the table is needed.
    op.drop_index("ix_review_log_reviewed_at", table_name="review_log")
    op.create_index("ix_review_log_stats", "review_log", _STATS_COLUMNS, unique=False)
    # A deck the learner renamed or moved keeps that title and group when its file is
    # imported again. A plain ADD COLUMN: copying "decks" (as a batch would) with foreign
    # keys on would touch every card that refers to it.
    op.add_column("decks", sa.Column("renamed", sa.Boolean(), nullable=False,
                                     server_default=sa.text("0")))
    op.create_table(
        "presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presets")),
        sa.UniqueConstraint("name", name=op.f("uq_presets_name")),
    )
    # A group is a name, not a row, so the scope has no foreign key (as for exam dates).
    op.create_table(
        "preset_links",
        sa.Column("scope_kind", sa.String(length=8), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("preset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["preset_id"], ["presets.id"],
                                name=op.f("fk_preset_links_preset_id_presets"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("scope_kind", "scope", name=op.f("pk_preset_links")),
    )
    op.create_table(
        "hand_cards",
        sa.Column("deck_id", sa.String(length=80), nullable=False),
        sa.Column("card_id", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("front", sa.Text(), nullable=False),
        sa.Column("back", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("added_at", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["deck_id"], ["decks.id"],
                                name=op.f("fk_hand_cards_deck_id_decks"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("deck_id", "card_id", name=op.f("pk_hand_cards")),
    )


def downgrade() -> None:
    op.drop_table("hand_cards")
    op.drop_table("preset_links")
    op.drop_table("presets")
    op.drop_column("decks", "renamed")
    op.drop_index("ix_review_log_stats", table_name="review_log")
    op.create_index("ix_review_log_reviewed_at", "review_log", ["reviewed_at"], unique=False)
