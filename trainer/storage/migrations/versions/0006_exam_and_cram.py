"""exam dates per deck or group, and the cram log kept apart from the review log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An exam date belongs to a deck or to a whole group of decks; no foreign key, since
    # a group is a name, not a row.
    op.create_table(
        "exam_dates",
        sa.Column("scope_kind", sa.String(length=8), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("exam_on", sa.Date(), nullable=False),
        sa.Column("set_at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope_kind", "scope", name=op.f("pk_exam_dates")),
    )
    # Cram and preview answers: a table of their own, so nothing that reads review_log
    # (limits, statistics, the FSRS optimiser) can count them.
    op.create_table(
        "cram_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["cards.id"], name=op.f("fk_cram_log_card_id_cards"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cram_log")),
    )
    with op.batch_alter_table("cram_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cram_log_reviewed_at"), ["reviewed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cram_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cram_log_reviewed_at"))
    op.drop_table("cram_log")
    op.drop_table("exam_dates")
