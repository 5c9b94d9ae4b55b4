"""queue indexes: siblings by deck, and new cards ordered through card_states.due

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.create_index("ix_cards_sibling", ["deck_id", "sibling"], unique=False)
    # New cards now keep their position in due, which the queue index already covers.
    op.execute("UPDATE card_states SET due = (SELECT position FROM cards "
               "WHERE cards.id = card_states.card_id) WHERE phase = 0")


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_sibling")
