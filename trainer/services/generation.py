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


class NothingFound(GenerationFailed):
    """No document gave a fact, so no deck was written; ``str()`` names each and says why."""

    def __init__(self, message: str, documents: Sequence[str]) -> None:
        super().__init__(message)
        self.documents = tuple(documents)  # file names


@dataclass(frozen=True, slots=True)
class GeneratedDeck:
    deck: Deck
    path: Path
    facts: int
    conflicts: int
    #: One message per document that gave no fact (the deck was made from the others).
    warnings: tuple[str, ...] = ()
    #: What became of the verdicts in the deck file generated into ("" when there was none).
    verdicts: str = ""
    #: Conflicts of one value: a name read with doubt, a yes/no question, not a disagreement.
    names_to_check: int = 0
    #: Readings the extractor doubted, held for review with the reason (a yes/no question too).
    held: int = 0

    def summary(self) -> str:
        text = f"{self.deck.title}: {self.facts} facts from {len(self.deck.sources)} documents"
        if self.conflicts:
            text += (f"; {self.conflicts} where the documents disagree "
                     "(marked 'conflict', no cards until you settle them)")
        if self.names_to_check:
            text += (f"; {self.names_to_check} with a name read with doubt "
                     "(no cards until you confirm it)")
        if self.held:
            text += (f"; {self.held} read with doubt and held for your review, each with its "
                     "reason (no cards until you confirm them)")
        if self.verdicts:
            text += f"; {self.verdicts}"
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
    from trainer.deckfile import DeckError
    from trainer.generator.build import (
        GenerationCancelled,
        GenerationError,
        NoFactsError,
        generate,
    )
    from trainer.generator.ingest import IngestError

    if not documents:
        raise NothingFound("No documents were given, so no deck was written. Choose a folder "
                           "that holds .txt, .md, .html or .pdf files.", ())
    cancelled = (lambda: cancel.cancelled) if cancel is not None else None
    try:
        made = generate(list(documents), output, deck_id=deck_id_for(title), title=title,
                        group=topic, cloze=cloze, progress=progress, cancelled=cancelled)
    except GenerationCancelled as exc:
        raise Cancelled("Generation stopped at your request; no deck was written.") from exc
    except NoFactsError as exc:
        raise NothingFound(str(exc), [e.name for e in exc.empty]) from exc
    except (IngestError, GenerationError) as exc:
        raise GenerationFailed(str(exc)) from exc
    except DeckError as exc:
        first = (str(exc).splitlines() or [""])[0]
        raise GenerationFailed(f"{output}: the deck could not be written ({first}).") from exc
    except OSError as exc:
        raise GenerationFailed(f"{output}: cannot write the deck ({exc.strerror}).") from exc
    deck = made.deck
    from trainer.generator.merge import is_held

    open_ = [f for f in deck.facts if f.status is FactStatus.CONFLICT]
    doubted = sum(1 for f in open_ if is_held(f))
    names = sum(1 for f in open_ if f.asks_yes_or_no) - doubted
    return GeneratedDeck(deck=deck, path=output, facts=len(deck.facts),
                         conflicts=len(open_) - names - doubted, names_to_check=names,
                         held=doubted,
                         warnings=tuple(e.message() for e in made.empty),
                         verdicts=made.verdicts.summary())
