"""Why a study session has nothing to show, in words a learner can act on."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.domain import DeckCounts


def nothing_to_study(counts: Sequence[DeckCounts]) -> str:
    """The reason the decks of ``counts`` give no card now, and what to do about it.

    ``counts`` are today's counts of the decks the session was started on.
    """
    total = sum(c.total for c in counts)
    suspended = sum(c.suspended for c in counts)
    one = len(counts) == 1
    these = "This deck" if one else "These decks"
    if total == 0:
        return (f"{these} {'has' if one else 'have'} no cards. A generated deck makes cards "
                "only from facts that are accepted or drafts: open it in the fact review "
                "(Ctrl+Shift+R) to settle its conflicts, or import a deck that has cards.")
    if suspended >= total:
        return (f"Every card of {these.lower()} is suspended, so there is nothing to show. "
                "Choose another deck.")
    if sum(c.new + c.learning + c.review for c in counts) == 0:
        return (f"Nothing is due today in {these.lower()}: the new cards for today are done "
                "(the daily limit is in Deck options, Ctrl+Shift+D) and the reviews come "
                "back on later days. Cards buried today come back tomorrow. Cram "
                "(Ctrl+Shift+C) studies ahead without changing the schedule.")
    return (f"{these} gave no card just now: the cards left are made from the same facts as "
            "cards you studied today, and wait until tomorrow so they do not give each other "
            "away.")
