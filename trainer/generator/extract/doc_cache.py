"""Values worked out once per document rather than once per sentence.

Some readers ask the same question of the whole page for every sentence (the page's title, the
level of each markdown heading); the answer cannot change while the page is read, so it is kept
beside the document's context for as long as that context lives.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext

T = TypeVar("T")


def once_per_document(fn: Callable[[DocContext], T]) -> Callable[[DocContext], T]:
    """``fn(dc)``, computed on the first call for each document context and kept with it."""
    kept: WeakKeyDictionary[DocContext, T] = WeakKeyDictionary()

    @wraps(fn)
    def cached(dc: DocContext) -> T:
        try:
            return kept[dc]
        except KeyError:
            value = kept[dc] = fn(dc)
            return value

    return cached
