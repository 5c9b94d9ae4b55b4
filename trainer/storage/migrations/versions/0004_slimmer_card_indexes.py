"""slimmer card indexes: no ix_cards_deck_id; ix_cards_sibling only for cards with siblings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Lookups by deck use uq_cards_deck_id_key, which leads with deck_id. A card whose
    # sibling is its own key (a hand-written basic, typed, mcq or order card) has no
    # siblings, so the sibling index leaves it out. Each import writes two b-trees less.
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_deck_id")
        batch.drop_index("ix_cards_sibling")
        batch.create_index("ix_cards_sibling", ["deck_id", "sibling"], unique=False,
                           sqlite_where=sa.text("sibling != key"))


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_sibling")
        batch.create_index("ix_cards_sibling", ["deck_id", "sibling"], unique=False)
        batch.create_index("ix_cards_deck_id", ["deck_id"], unique=False)
