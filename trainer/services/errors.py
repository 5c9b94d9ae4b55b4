"""Errors the services raise; each message is written for the learner or instructor."""

from __future__ import annotations

from collections.abc import Sequence


class CollectionError(Exception):
    """The collection cannot be opened or used."""


class CollectionLocked(CollectionError):
    pass


class CollectionCorrupt(CollectionError):
    pass


class CollectionTooNew(CollectionError):
    pass


class CollectionReadOnly(CollectionError):
    """The file or its folder cannot be written."""


class CollectionFull(CollectionError):
    """The disk is full; what was being written was rolled back."""


class DeckImportError(Exception):
    """One or more deck files are invalid; nothing was imported."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class Cancelled(Exception):
    """Long work stopped at the user's request; nothing was changed."""


class NoCurrentCard(Exception):
    """An action needs a card on screen and there is none."""
