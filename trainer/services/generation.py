"""Building a deck from an instructor's documents, then importing it to study."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.domain import Deck, FactStatus
from trainer.services.cancel import CancelToken, Progress
from trainer.services.errors import Cancelled


class GenerationFailed(Exception):
    """A document could not be read or the deck could not be written; nothing was written."""


@dataclass(frozen=True, slots=True)
class GeneratedDeck:
    deck: Deck
    path: Path
    facts: int
    conflicts: int

    def summary(self) -> str:
        text = f"{self.deck.title}: {self.facts} facts from {len(self.deck.sources)} documents"
        if self.conflicts:
            text += (f"; {self.conflicts} where the documents disagree "
                     "(marked 'conflict', no cards until you settle them)")
        return text


def deck_id_for(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return (slug or "my-deck")[:80]


def generate_deck(documents: Sequence[Path], output: Path, *, title: str,
                  topic: str = "", cloze: bool = True, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> GeneratedDeck:
    """Read documents, extract facts and write a deck file atomically.

    ``topic`` (e.g. "ALL") groups the deck in the deck list and names the disease in
    questions; without it questions stay general.
    """
    # The generator (HTML and PDF readers, the lexicon) loads only when first used.
    from trainer.generator.build import GenerationCancelled, GenerationError, generate
    from trainer.generator.ingest import IngestError

    cancelled = (lambda: cancel.cancelled) if cancel is not None else None
    try:
        deck = generate(list(documents), output, deck_id=deck_id_for(title), title=title,
                        group=topic, cloze=cloze, progress=progress, cancelled=cancelled)
    except GenerationCancelled as exc:
        raise Cancelled("Generation stopped at your request; no deck was written.") from exc
    except (IngestError, GenerationError) as exc:
        raise GenerationFailed(str(exc)) from exc
    except OSError as exc:
        raise GenerationFailed(f"{output}: cannot write the deck ({exc.strerror}).") from exc
    conflicts = sum(1 for f in deck.facts if f.status is FactStatus.CONFLICT)
    return GeneratedDeck(deck=deck, path=output, facts=len(deck.facts), conflicts=conflicts)
