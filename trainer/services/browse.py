"""The card browser's use cases: search, sort, rows a page at a time, bulk actions, undo.

A search returns the ids of every matching card, in order (as Anki's ``find_cards``
does); the browser then asks for rows a page at a time. Every bulk action runs in one
transaction, is recorded for undo (a copy of the rows it touches), and returns a
:class:`BrowseChange` saying what changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine

from trainer.clock import Clock
from trainer.domain import CardQueue, CardView, Flag, Phase
from trainer.scheduling import LearningDay
from trainer.services.browse_models import (
    COLUMNS,
    BrowseChange,
    BrowseRow,
    CardInfo,
    browse_changes,
    row_from_storage,
    step_from_storage,
)
from trainer.services.search import parse
from trainer.services.search.compile import SearchContext, compile_search
from trainer.services.search.syntax import And, Everything, Node, Not, Or, Prop, Text
from trainer.storage import browse as store
from trainer.storage import browse_edit as edit
from trainer.storage import fulltext
from trainer.storage.codec import content_from_json, ms

DEFAULT_DIFFICULTY = 5.0  # a card given a due date before it was ever studied: middling
_FLAG_NAMES = {Flag.NONE: "no flag", Flag.RED: "red", Flag.ORANGE: "orange",
               Flag.GREEN: "green", Flag.BLUE: "blue"}

Passage = Callable[[CardView], tuple[str, str | None]]


@dataclass(slots=True)
class _Undo:
    action: str
    label: str
    snapshot: edit.Snapshot
    rows_changed: bool


def _cards(n: int) -> str:
    return "1 card" if n == 1 else f"{n:,} cards"


def _mentions_text(node: Node) -> bool:
    if isinstance(node, Text):
        return True
    if isinstance(node, Not):
        return _mentions_text(node.node)
    if isinstance(node, And | Or):
        return any(_mentions_text(n) for n in node.nodes)
    return False


def _mentions_recall(node: Node) -> bool:
    if isinstance(node, Prop):
        return node.name == "r"
    if isinstance(node, Not):
        return _mentions_recall(node.node)
    if isinstance(node, And | Or):
        return any(_mentions_recall(n) for n in node.nodes)
    return False


class BrowseService:
    """Search and edit a collection's cards. Undo lives as long as this object."""

    def __init__(self, engine: Engine, *, clock: Clock, day: Callable[[], LearningDay],
                 parameters: Callable[[], Sequence[float] | None] = lambda: None,
                 passage: Passage | None = None,
                 on_change: Callable[[], None] = lambda: None,
                 before_bulk: Callable[[], object] = lambda: None) -> None:
        self._engine = engine
        self._before_bulk = before_bulk  # e.g. a backup before a change to many cards
        self._clock = clock
        self._day = day
        self._parameters = parameters
        self._passage = passage
        self._on_change = on_change  # e.g. the collection forgets its cached deck totals
        self._undo: list[_Undo] = []

    # -- search -------------------------------------------------------------------------
    def context(self, *, parameters: bool = True) -> SearchContext:
        """The instants a search is read against; the FSRS parameters only if asked (a
        query of their own, needed by ``prop:r`` alone)."""
        day = self._day()
        return SearchContext(now_ms=ms(self._clock.now()), day_start_ms=ms(day.start),
                             day_end_ms=ms(day.end),
                             parameters=self._parameters() if parameters else None)

    def search(self, query: str, *, sort: str = "due", descending: bool = False) -> list[int]:
        """Ids of the cards a search finds, sorted by a column; SearchError if unreadable."""
        if sort not in COLUMNS:
            raise ValueError(f"cannot sort by {sort!r}; columns are {', '.join(COLUMNS)}")
        tree = parse(query)
        ctx = self.context(parameters=_mentions_recall(tree))
        statement: Any
        with self._engine.connect() as conn:
            # The text index catches up with imports and edits when text is searched for
            # (about 0.5 s per 100,000 new cards, once), so an import never waits for it.
            if _mentions_text(tree) and fulltext.pending(conn):
                fulltext.flush(conn)
                conn.commit()
            hide = store.any_removed(conn)
            if isinstance(tree, Everything) and sort == "due":  # the browser's opening list
                statement = store.every_card_by_due(descending=descending, hide_removed=hide)
            else:
                statement = store.id_query(compile_search(tree, ctx),
                                           store.sort_keys(sort, now_ms=ctx.now_ms),
                                           descending=descending, hide_removed=hide)
            return store.card_ids(conn, statement)

    def rows(self, card_ids: Sequence[int]) -> list[BrowseRow]:
        """Rows of some cards in the order asked; cards gone meanwhile are left out."""
        now_ms = ms(self._clock.now())
        parameters = self._parameters()
        with self._engine.connect() as conn:
            found = store.rows(conn, card_ids)
        return [row_from_storage(found[i], now_ms=now_ms, parameters=parameters)
                for i in card_ids if i in found and not found[i]["removed"]]

    def decks(self) -> list[tuple[str, str]]:
        """(deck id, "Group › Title") of every deck, for "Move to deck"."""
        with self._engine.connect() as conn:
            return [(i, f"{g} › {t}" if g else t) for i, t, g in store.deck_choices(conn)]

    # -- bulk actions -------------------------------------------------------------------
    def _apply(self, action: str, ids: Sequence[int], message: str,
               change: Callable[..., None], *args: object, rows_changed: bool = False,
               **kwargs: object) -> BrowseChange:
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise ValueError("No card is selected: select one or more cards in the list first.")
        if len(ids) > 1:
            self._before_bulk()
        with self._engine.begin() as conn:
            snap = edit.snapshot(conn, ids)
            change(conn, ids, *args, **kwargs)
        self._undo.append(_Undo(action, message, snap, rows_changed))
        self._on_change()
        return BrowseChange(action, tuple(ids), message, rows_changed,
                            browse_changes(action, ids))

    def suspend(self, ids: Sequence[int]) -> BrowseChange:
        return self._apply("suspend", ids, f"Suspended {_cards(len(ids))}.",
                           edit.set_suspended, True)

    def unsuspend(self, ids: Sequence[int]) -> BrowseChange:
        return self._apply("unsuspend", ids, f"Unsuspended {_cards(len(ids))}.",
                           edit.set_suspended, False)

    def toggle_suspend(self, ids: Sequence[int]) -> BrowseChange:
        """Suspend, or unsuspend when every chosen card is suspended already (as Anki)."""
        rows = self.rows(ids)
        if rows and all(r.suspended for r in rows):
            return self.unsuspend(ids)
        return self.suspend(ids)

    def bury(self, ids: Sequence[int]) -> BrowseChange:
        until = ms(self._day().end)
        return self._apply("bury", ids, f"Buried {_cards(len(ids))} until tomorrow.",
                           edit.bury, until)

    def set_flag(self, ids: Sequence[int], flag: Flag) -> BrowseChange:
        flag = Flag(flag)
        text = (f"Cleared the flag of {_cards(len(ids))}." if flag is Flag.NONE
                else f"Flagged {_cards(len(ids))} {_FLAG_NAMES[flag]}.")
        return self._apply("flag", ids, text, edit.set_flag, int(flag))

    def toggle_flag(self, ids: Sequence[int], flag: Flag) -> BrowseChange:
        """Set a flag, or clear it when every chosen card has it already."""
        rows = self.rows(ids)
        if rows and all(r.flag == flag for r in rows):
            return self.set_flag(ids, Flag.NONE)
        return self.set_flag(ids, flag)

    @staticmethod
    def _tags(text: str) -> list[str]:
        tags = list(dict.fromkeys(t for t in text.replace(",", " ").split() if t))
        if not tags:
            raise ValueError("No tag was given: type one or more tags, separated by spaces.")
        too_long = [t for t in tags if len(t) > 200]
        if too_long:
            raise ValueError(f"The tag “{too_long[0][:40]}…” is too long: keep tags under "
                             "200 characters.")
        return tags

    def add_tags(self, ids: Sequence[int], text: str) -> BrowseChange:
        tags = self._tags(text)
        return self._apply("tag", ids, f"Tagged {_cards(len(ids))} {' '.join(tags)}.",
                           edit.add_tags, tags)

    def remove_tags(self, ids: Sequence[int], text: str) -> BrowseChange:
        """Take off tags put on in the browser (a deck file's own tags stay with the file)."""
        tags = self._tags(text)
        return self._apply("untag", ids, f"Removed {' '.join(tags)} from {_cards(len(ids))}.",
                           edit.remove_tags, tags)

    def reset_to_new(self, ids: Sequence[int]) -> BrowseChange:
        return self._apply("reset", ids, f"Reset {_cards(len(ids))} to new; their review "
                           "history is kept.", edit.reset_to_new)

    def set_due(self, ids: Sequence[int], days: int) -> BrowseChange:
        """Make cards due ``days`` learning days from today (0 = today)."""
        if not 0 <= days <= 36_500:
            raise ValueError("The number of days must be between 0 (today) and 36,500.")
        day = self._day()
        due = day.start + timedelta(days=days, hours=1)  # early in that learning day
        when = "today" if days == 0 else ("tomorrow" if days == 1 else f"in {days} days")
        return self._apply("due", ids, f"{_cards(len(ids))} due {when}.".capitalize(),
                           edit.set_due, due_ms=ms(due), now_ms=ms(self._clock.now()),
                           days=days, difficulty=DEFAULT_DIFFICULTY)

    def move(self, ids: Sequence[int], deck_id: str) -> BrowseChange:
        names = dict(self.decks())
        if deck_id not in names:
            raise ValueError(f"There is no deck “{deck_id}” to move the cards to; choose "
                             "one from the list.")
        with self._engine.connect() as conn:
            clashes = edit.clashing_keys(conn, list(ids), deck_id)
        if clashes:
            shown = ", ".join(clashes[:3]) + ("…" if len(clashes) > 3 else "")
            raise ValueError(
                f"{_cards(len(clashes))} could not move to “{names[deck_id]}”: that deck "
                f"already has cards with the same id ({shown}). Nothing was moved; leave "
                "those cards out of the selection and try again.")
        return self._apply("move", ids, f"Moved {_cards(len(ids))} to {names[deck_id]}.",
                           edit.move, deck_id)

    def delete(self, ids: Sequence[int]) -> BrowseChange:
        return self._apply("delete", ids, f"Deleted {_cards(len(ids))}; their review history "
                           "is kept.", edit.delete, rows_changed=True)

    # -- undo ---------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def undo(self) -> BrowseChange | None:
        """Put back the cards the last action changed, exactly as they were."""
        if not self._undo:
            return None
        entry = self._undo.pop()
        with self._engine.begin() as conn:
            edit.restore(conn, entry.snapshot)
        self._on_change()
        return BrowseChange("undo", entry.snapshot.card_ids, f"Undone: {entry.label}",
                            entry.rows_changed,
                            browse_changes(entry.action, entry.snapshot.card_ids))

    # -- card info ----------------------------------------------------------------------
    def card_info(self, card_id: int) -> CardInfo:
        """The card's row, every review with the FSRS memory after it, and its source."""
        with self._engine.connect() as conn:
            found = store.rows(conn, [card_id])
            if card_id not in found:
                raise KeyError(f"Card {card_id} is no longer in this collection.")
            values = found[card_id]
            history = store.review_history(conn, card_id)
            sources = json.loads(store.deck_sources(conn, values["deck_id"]))
        row = row_from_storage(values, now_ms=ms(self._clock.now()),
                               parameters=self._parameters())
        content = content_from_json(values["content"], values["user_edit"])
        files = {s.get("id"): s.get("file") for s in sources}
        view = CardView(card_id=card_id, deck_id=row.deck_id, content=content,
                        queue=CardQueue.NEW if row.phase is Phase.NEW else CardQueue.REVIEW,
                        flag=row.flag,
                        source_file=files.get(content.source.doc) if content.source else None)
        citation, passage = ("", None)
        if self._passage is not None and content.source is not None:
            citation, passage = self._passage(view)
        return CardInfo(row=row, content=content,
                        reviews=tuple(step_from_storage(r) for r in history),
                        citation=citation, passage=passage)
