"""Words run together where a text lost the dash or the space between them.

Pages copied from the web lose em dashes and sometimes spaces: "anemia—a condition in which"
arrives as "anemiaa condition in which", "vedolizumab—are medications" as "vedolizumabare
medications", "edema—swelling" as "edemaswelling". The drug or symptom name is then hidden
in a word no lexicon knows. Such a word is cut in two only when its first part is a known name
(a drug, condition, marker or target of the lexicon, a generic name of the outside drug-name
source, or a word shaped like a drug name) and the rest is a common word listed in
``resources/lexicon/glue_words.yaml`` or another known name of a drug or condition. A word the
lexicon knows whole, or one that would need a word ending ("pain" + "less") to be cut, is never
cut. The cut puts back a dash before an article or a name (the apposition the dash made) and a
space before any other word. Lines keep their numbers, so facts still cite the right lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from trainer.config import resources_dir
from trainer.generator.drugnames import drug_name_source, not_drug_words
from trainer.generator.lexicon import Lexicon
from trainer.generator.namepatterns import name_patterns, stem_drug

MIN_NAME = 5  # a shorter first part ("pain", "heart") too often starts a real word
# A run of letters standing alone: not inside an address ("drugs/leucovorincalcium"), a
# hyphenated compound or a word with digits.
_LONG_WORD = re.compile(r"(?<![\w/.@\-–])[A-Za-z]{7,}(?![\w/@\-–])(?!\.\w)")
_NEXT_WORD = re.compile(r"\s+[A-Za-z]")


@dataclass(frozen=True, slots=True)
class GlueWords:
    """The common words a name may have run into: articles, and other words."""

    articles: frozenset[str]
    words: frozenset[str]
    # nouns that open a definition after a lost dash ("diureticsmedications that help",
    # "pericarditisinflammation of the membrane"): cut with the dash put back, like an article
    definitions: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def glue_words() -> GlueWords:
    path = resources_dir() / "lexicon" / "glue_words.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return GlueWords(words("articles"), words("words"), words("definitions"))


def unglue_lines(lines: Sequence[str], lexicon: Lexicon) -> list[str]:
    """``lines`` with each run-together name and word cut apart (see the module docstring)."""
    # the words are gathered per document, so that the common case (nothing to cut) costs one
    # search of the whole text and a look-up per distinct word
    words = set(_LONG_WORD.findall("\n".join(lines)))
    glued = {w for w in words if _cut(w.lower(), lexicon) is not None}
    if not glued:
        return list(lines)
    out = []
    for line in lines:
        if any(w in line for w in glued):
            line = _LONG_WORD.sub(lambda m: _repaired(m, lexicon), line)
        out.append(line)
    return out


def _repaired(m: re.Match[str], lexicon: Lexicon) -> str:
    word = m.group()
    followed = bool(_NEXT_WORD.match(m.string, m.end()))
    cut = split_glued(word, lexicon, followed_by_word=followed)
    if cut is None:
        return word
    head, rest, joint = cut
    return head + joint + rest


def split_glued(
    word: str, lexicon: Lexicon, *, followed_by_word: bool = True
) -> tuple[str, str, str] | None:
    """(name, rest, what goes between them) when ``word`` is a name run into a common word or
    another name; None for any other word. ``followed_by_word``: a word comes after ``word``
    in its text (an article or verb cut off a word's end must lead on to one)."""
    cut = _cut(word.lower(), lexicon)
    if cut is None:
        return None
    k, joint, needs_next = cut
    if needs_next and not followed_by_word:
        return None
    return word[:k], word[k:], joint


@lru_cache(maxsize=65536)
def _cut(key: str, lexicon: Lexicon) -> tuple[int, str, bool] | None:
    """(where to cut, what to put back, whether a word must follow), cached per word."""
    if not key.isalpha() or _known_whole(key, lexicon):
        return None
    glue = glue_words()
    heads = _heads(lexicon)
    stems = name_patterns().stems
    for k in range(len(key) - 1, MIN_NAME - 1, -1):  # the longest name first
        head, rest = key[:k], key[k:]
        kinds = heads.get(head)
        if kinds is None:
            if not head.endswith(stems) or not stem_drug(head):
                continue
            kinds = _DRUG
        if rest in glue.articles or rest in glue.definitions:
            return k, "—", True
        if rest in glue.words:
            return k, " ", True
        if len(rest) >= MIN_NAME and not kinds.isdisjoint(_NAMED) and (
            not heads.get(rest, frozenset()).isdisjoint(_NAMED)
        ):
            return k, "—", False
    return None


_DRUG = frozenset({"drug"})
_NAMED = frozenset({"drug", "condition"})  # kinds whose names may be run into each other
_HEAD_KINDS = frozenset({"drug", "condition", "marker", "target"})


@lru_cache(maxsize=4)
def _heads(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Words that may open a run-together pair, with what they name: one-word lexicon names
    of a drug, condition, marker or target, and generic names of the outside drug source."""
    heads: dict[str, frozenset[str]] = {}
    for keys, named in drug_name_source().names.items():
        if len(keys) == 1 and not named.brand:
            heads[keys[0]] = _DRUG
    for key in lexicon.one_word_keys():
        kinds = lexicon.word_kinds(key) & _HEAD_KINDS
        if kinds:
            heads[key] = kinds | heads.get(key, frozenset())
    return heads


def _known_whole(key: str, lexicon: Lexicon) -> bool:
    """A word known as it stands: a name, a source drug, a word listed as not a drug."""
    return bool(
        lexicon.word_kinds(key)
        or key in drug_name_source().first_words
        or key in not_drug_words()
        or key in glue_words().words
        or key in glue_words().definitions
        or stem_drug(key)
    )
