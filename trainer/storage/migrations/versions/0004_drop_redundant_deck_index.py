"""drop ix_cards_deck_id: the unique (deck_id, key) index already leads with deck_id

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every lookup by deck uses uq_cards_deck_id_key; the second index only made each card
    # insert write one more b-tree.
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_deck_id")


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.create_index("ix_cards_deck_id", ["deck_id"], unique=False)
