"""The browser's search: a syntax close to Anki's, parsed here and compiled to SQL in storage."""

from trainer.services.search.parser import SearchError, parse

__all__ = ["SearchError", "parse"]
