"""Use cases over the collection: open it, import decks, study, and look things up.

Services return domain objects, never ORM rows or Qt types.
"""

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
