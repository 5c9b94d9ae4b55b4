"""What an import changed, for the learner: plain data with no heavy imports."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.services.changes import NOTHING, OpChanges


@dataclass(slots=True)
class DeckChange:
    deck_id: str
    title: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    restored: int = 0
    unchanged: bool = False
    #: The deck gives no card at all (its facts all wait for a decision, or it has none).
    no_cards: bool = False


@dataclass(slots=True)
class ImportReport:
    decks: list[DeckChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(not d.unchanged for d in self.decks)

    @property
    def changes(self) -> OpChanges:
        """Decks added or updated: their cards, what study shows, and the file's settings."""
        touched = tuple(d.deck_id for d in self.decks if not d.unchanged)
        if not touched:
            return NOTHING
        return OpChanges(cards=True, study=True, decks=True, deck_config=True,
                         deck_ids=touched)

    def summary(self) -> str:
        if not self.decks:
            return "No decks imported."
        parts = []
        for d in self.decks:
            if d.unchanged:
                parts.append(f"{d.title}: already up to date")
            elif d.no_cards:
                parts.append(f"{d.title}: no cards to study - its facts are conflicts or "
                             "rejected, or it has none; settle them in the fact review "
                             "(Ctrl+Shift+R) or add cards, then import it again")
            else:
                bits = [f"{d.added} new cards"]
                if d.updated:
                    bits.append(f"{d.updated} updated")
                if d.removed:
                    bits.append(f"{d.removed} retired (kept with their history, suspended)")
                if d.restored:
                    bits.append(f"{d.restored} restored")
                parts.append(f"{d.title}: " + ", ".join(bits))
        return "\n".join(parts)
