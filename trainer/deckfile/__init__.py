"""The YAML deck format: load with file:line:col problems, validate, dump, write atomically.

Imports only the standard library, PyYAML and :mod:`trainer.domain`.
"""

from trainer.deckfile.compose import MAX_BYTES
from trainer.deckfile.dump import dump_deck, write_deck_atomic
from trainer.deckfile.errors import DeckError, Problem
from trainer.deckfile.load import load_deck, parse_deck, validate_file, validate_text
from trainer.deckfile.models import FORMAT_VERSION

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "DeckError",
    "Problem",
    "dump_deck",
    "load_deck",
    "parse_deck",
    "validate_file",
    "validate_text",
    "write_deck_atomic",
]
