"""The full-text index of card text (FTS5 table ``cards_fts``, made by migration 0008).

Cards are indexed in bulk by :func:`flush`, which the browser runs before a search for
text: new cards (ids above the highest one indexed; the collection hands out ids in
increasing order) and the cards that triggers on ``cards`` noted in ``cards_fts_pending``
when they were edited or deleted. Indexing from triggers was not an option: FTS5 flushes
its buffer at every statement a trigger runs, which made an import three times slower;
and indexing at the end of every import cost it a third more, for a search that only the
browser makes.
"""

from __future__ import annotations

from sqlalchemy import Connection

# What a card says, as the learner sees it (their own wording wins over the deck file's);
# choices and items go in as JSON arrays, whose punctuation the tokenizer drops.
_TEXT = (
    "SELECT c.id, "
    "coalesce(json_extract(c.user_edit, '$.prompt'), json_extract(c.content, '$.prompt'), ''), "
    "coalesce(json_extract(c.user_edit, '$.answer'), json_extract(c.content, '$.answer'), ''), "
    "trim(coalesce(json_extract(c.content, '$.explanation'), '') || ' ' || "
    "coalesce(json_extract(c.content, '$.choices'), '') || ' ' || "
    "coalesce(json_extract(c.content, '$.items'), '')) FROM cards c "
    "WHERE c.id > ? OR c.id IN (SELECT card_id FROM cards_fts_pending)")
# FTS5 reads its rowids in order from either end: this is one step, not a scan.
_HIGHEST = "SELECT rowid FROM cards_fts ORDER BY rowid DESC LIMIT 1"


def _highest_indexed(conn: Connection) -> int:
    return int(conn.exec_driver_sql(_HIGHEST).scalar() or 0)


def pending(conn: Connection) -> bool:
    """Whether cards were added, edited or deleted since the index was last brought up to date."""
    newest = conn.exec_driver_sql("SELECT max(id) FROM cards").scalar() or 0
    if newest > _highest_indexed(conn):
        return True
    return conn.exec_driver_sql("SELECT 1 FROM cards_fts_pending LIMIT 1").first() is not None


def flush(conn: Connection) -> None:
    """Index the new, edited and deleted cards (call inside a write transaction)."""
    if not pending(conn):
        return
    highest = _highest_indexed(conn)
    conn.exec_driver_sql(
        "DELETE FROM cards_fts WHERE rowid IN (SELECT card_id FROM cards_fts_pending)")
    conn.exec_driver_sql(f"INSERT INTO cards_fts (rowid, question, answer, extra) {_TEXT}",
                         (highest,))
    conn.exec_driver_sql("DELETE FROM cards_fts_pending")
