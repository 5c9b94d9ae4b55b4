"""Classes named by their use or by what they act against, found by their shape.

"diabetes medicines", "blood pressure medication", "kidney cancer medication" name a class by
what it is for; "anticlotting medicines", "anti-nausea drugs" by what it acts against. The
words are data (``use_words``, ``use_heads`` in ``resources/lexicon/name_patterns.yaml``);
:func:`~trainer.generator.namepatterns.find_shapes` calls these on a head such as "medicine".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from trainer.config import resources_dir
from trainer.generator.plurals import singular

if TYPE_CHECKING:
    from trainer.generator.namepatterns import NamePatterns


# "anti" words that are not what a medicine acts against
_NOT_ANTI = re.compile(r"anti(?:bod(?:y|ies)|gens?|genic|serum|sera|toxins?)")
_ANTI_WORD = re.compile(r"anti[a-z]{4,}")


def anti_width(pat: NamePatterns, text: str, raws: Sequence[str], keys: Sequence[str],
               starts: Sequence[int], taken: Sequence[bool], j: int) -> int:
    """How many tokens before token ``j`` (a head such as "medicine") name what the medicine
    acts against: 1 for "anticlotting", 2 for "anti-nausea" (a lower-case word after the
    hyphen; "anti-TNF drugs" names a target, read elsewhere); 0 when none does."""
    k = j - 1
    if k < 0 or taken[k] or text[starts[k] + len(raws[k]) : starts[j]] != " ":
        return 0
    if _ANTI_WORD.fullmatch(keys[k]) and not _NOT_ANTI.fullmatch(keys[k]) and raws[k].isalpha():
        if (keys[k],) in pat.class_words or (singular(keys[k]),) in pat.class_words:
            return 0  # "antiplatelet medicines": the class word is the name, read as such
        return 1
    if (
        k >= 1 and keys[k - 1] == "anti" and not taken[k - 1]
        and text[starts[k - 1] + 4 : starts[k]] in ("-", "‐", "‑")
        and raws[k].isalpha() and raws[k].islower() and len(raws[k]) >= 4
    ):
        return 2
    return 0


def use_width(pat: NamePatterns, text: str, raws: Sequence[str], keys: Sequence[str],
               starts: Sequence[int], taken: Sequence[bool], j: int) -> int:
    """How many words before token ``j`` (a head such as "medicine") name what the medicine
    is for ("diabetes", "blood pressure"): 0 when none does. The words must be plain words
    joined by spaces, not the end of a longer name ("type 2 diabetes medicines" is read as
    "diabetes medicines" all the same; "anti-diabetes" is another word)."""
    for width in (2, 1):
        first = j - width
        if first < 0 or any(taken[k] for k in range(first, j + 1)):
            continue
        if tuple(keys[first:j]) not in pat.use_words:
            continue
        if any(text[starts[k] + len(raws[k]) : starts[k + 1]] != " " for k in range(first, j)):
            continue
        if first and text[starts[first] - 1 : starts[first]] in "-‐‑/":
            continue
        k = first - 1  # "kidney cancer medication": the organ before a tumour's head word
        if (
            width == 1 and k >= 0 and keys[first] in _disease_words("disease_heads")
            and not taken[k] and raws[k].isalpha() and raws[k].islower()
            and keys[k] not in pat.not_modifiers and keys[k] not in _disease_words()
            and text[starts[k] + len(raws[k]) : starts[first]] == " "
        ):
            return width + 1
        return width
    return 0


@lru_cache(maxsize=2)
def _disease_words(*keys: str) -> frozenset[str]:
    """Tumour head words ("cancer") and, by default, the words that qualify a disease's course
    ("advanced"), which are not an organ that names a kind of cancer."""
    path = resources_dir() / "lexicon" / "name_patterns.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    keys = keys or ("disease_heads", "disease_qualifiers")
    return frozenset(w.lower() for k in keys for w in data.get(k, []))
