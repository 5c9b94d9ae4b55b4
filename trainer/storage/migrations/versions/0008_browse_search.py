"""card browser: full-text index of card text, the learner's tags, and when a card was added

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


# unicode61 with remove_diacritics 2 folds case and accents: "leucemie" finds "Leucémie".
# The index is not written by triggers: FTS5 flushes its buffer at every statement a
# trigger runs, which made an import three times slower. New cards (ids above the highest
# indexed one) and the cards the triggers below note as edited or deleted are indexed in
# one statement by trainer.storage.fulltext.flush before a search for text; the cards
# already in the collection count as new, so the first such search indexes them.
CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE cards_fts USING fts5(question, answer, extra, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE cards_fts_pending (card_id INTEGER PRIMARY KEY)",
    "CREATE TRIGGER cards_fts_update AFTER UPDATE OF content, user_edit ON cards BEGIN "
    "INSERT OR IGNORE INTO cards_fts_pending (card_id) VALUES (new.id); END",
    "CREATE TRIGGER cards_fts_delete AFTER DELETE ON cards BEGIN "
    "INSERT OR IGNORE INTO cards_fts_pending (card_id) VALUES (old.id); END",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS cards_fts_update",
    "DROP TRIGGER IF EXISTS cards_fts_delete",
    "DROP TABLE IF EXISTS cards_fts_pending",
    "DROP TABLE IF EXISTS cards_fts",
)


def upgrade() -> None:
    # Cards imported before this revision get their deck's last import time: the nearest
    # thing to "added" the collection knows.
    # A plain ALTER TABLE: a batch copy of ``cards`` would trip the review log's foreign key.
    op.add_column("cards", sa.Column("added_at", sa.Integer(), server_default=sa.text("0"),
                                     nullable=False))
    op.execute("UPDATE cards SET added_at = coalesce((SELECT imported_at FROM decks "
               "WHERE decks.id = cards.deck_id), 0)")
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.create_index("ix_cards_removed", ["id"], unique=False,
                              sqlite_where=sa.text("removed = 1"))
    # The browser's default order (studied cards by due, then new ones) read from indexes.
    with op.batch_alter_table("card_states", schema=None) as batch_op:
        batch_op.create_index("ix_card_states_studied_due", ["due"], unique=False,
                              sqlite_where=sa.text("phase != 0"))
        batch_op.create_index("ix_card_states_new_due", ["due"], unique=False,
                              sqlite_where=sa.text("phase = 0"))
    op.create_table(
        "card_tags",
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["card_id"], ["cards.id"],
                                name=op.f("fk_card_tags_card_id_cards"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("card_id", "tag", name=op.f("pk_card_tags")),
    )
    with op.batch_alter_table("card_tags", schema=None) as batch_op:
        batch_op.create_index("ix_card_tags_tag", ["tag"], unique=False)
    # The full-text index, and the triggers that note edited and deleted cards for it.
    for statement in CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_STATEMENTS:
        op.execute(statement)
    with op.batch_alter_table("card_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_card_tags_tag")
    op.drop_table("card_tags")
    with op.batch_alter_table("card_states", schema=None) as batch_op:
        batch_op.drop_index("ix_card_states_new_due", sqlite_where=sa.text("phase = 0"))
        batch_op.drop_index("ix_card_states_studied_due", sqlite_where=sa.text("phase != 0"))
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_index("ix_cards_removed", sqlite_where=sa.text("removed = 1"))
    op.execute("ALTER TABLE cards DROP COLUMN added_at")
