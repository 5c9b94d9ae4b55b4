"""Use cases over the collection: open it, import decks, study, and look things up.

Services return domain objects, never ORM rows or Qt types.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.services.answers import TypedAnswerResult, check_typed_answer
    from trainer.services.cancel import CancelToken
    from trainer.services.collection import Collection
    from trainer.services.errors import (
        Cancelled,
        CollectionCorrupt,
        CollectionError,
        CollectionFull,
        CollectionLocked,
        CollectionReadOnly,
        CollectionTooNew,
        DeckImportError,
        NoCurrentCard,
    )
    from trainer.services.generation import (
        GeneratedDeck,
        GenerationFailed,
        NothingFound,
        generate_deck,
    )
    from trainer.services.reports import ImportReport
    from trainer.services.study import SessionSummary, StudySession

    ImportCancelled = Cancelled

# Imported on first use, so that `trainer decks` does not load the generator, the typed-answer
# matcher and the rest (start-up time).
_HOMES = {
    "TypedAnswerResult": "answers", "check_typed_answer": "answers", "CancelToken": "cancel",
    "Collection": "collection", "Cancelled": "errors", "ImportCancelled": "errors",
    "CollectionCorrupt": "errors", "CollectionError": "errors", "CollectionLocked": "errors",
    "CollectionFull": "errors", "CollectionReadOnly": "errors",
    "CollectionTooNew": "errors", "DeckImportError": "errors", "NoCurrentCard": "errors",
    "GeneratedDeck": "generation", "GenerationFailed": "generation",
    "NothingFound": "generation", "generate_deck": "generation", "ImportReport": "reports",
    "SessionSummary": "study", "StudySession": "study",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'trainer.services' has no attribute {name!r}")
    module = importlib.import_module(f"trainer.services.{home}")
    value = getattr(module, "Cancelled" if name == "ImportCancelled" else name)
    globals()[name] = value
    return value


__all__ = [
    "CancelToken",
    "Cancelled",
    "Collection",
    "CollectionCorrupt",
    "CollectionError",
    "CollectionFull",
    "CollectionLocked",
    "CollectionReadOnly",
    "CollectionTooNew",
    "DeckImportError",
    "GeneratedDeck",
    "GenerationFailed",
    "ImportCancelled",
    "ImportReport",
    "NoCurrentCard",
    "NothingFound",
    "SessionSummary",
    "StudySession",
    "TypedAnswerResult",
    "check_typed_answer",
    "generate_deck",
]
