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

A drug class run into "such as" ("phosphate binderssuch as") is cut before "such" with the
dash put back: no English word ends in "such".

A common word may be run into the name after it as well ("medicineseltrombopag",
"treatpalpitationsand", on both sides of the name): the word is cut before the name only when
the first part is an everyday word listed under ``before`` in ``glue_words.yaml``, or a plural
word of a lexicon name ("stones" of "kidney stones"), and the rest is a drug's or a condition's
name, alone or run into a common word in turn. A word the lexicon's names use whole
("lymphedema", "coinfection") is never cut: a prefix ("lymph", "co", "non") is no word of its own.
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
# a word of three or more letters run into "such as" ("medicinessuch as"), outside an address
_SUCH_AS = re.compile(r"(?<![\w/.@\-–])([A-Za-z]{3,})such(?=\s+as\b)")


@dataclass(frozen=True, slots=True)
class GlueWords:
    """The common words a name may have run into: articles, and other words."""

    articles: frozenset[str]
    words: frozenset[str]
    # nouns that open a definition after a lost dash ("diureticsmedications that help",
    # "pericarditisinflammation of the membrane"): cut with the dash put back, like an article
    definitions: frozenset[str] = frozenset()
    # everyday words a name may be run into from the left ("medicines", "treat", "to")
    before: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def glue_words() -> GlueWords:
    path = resources_dir() / "lexicon" / "glue_words.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return GlueWords(words("articles"), words("words"), words("definitions"), words("before"))


def unglue_lines(lines: Sequence[str], lexicon: Lexicon) -> list[str]:
    """``lines`` with each run-together name and word cut apart (see the module docstring)."""
    # the words are gathered per document, so that the common case (nothing to cut) costs one
    # search of the whole text and a look-up per distinct word
    lines = [_SUCH_AS.sub(lambda m: _class_such_as(m, lexicon), line) for line in lines]
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


def _class_such_as(m: re.Match[str], lexicon: Lexicon) -> str:
    """A drug class run into "such as" ("phosphate binderssuch as X") with its dash put back:
    no English word ends in "such", so the dash that set the examples off was lost. Only a
    class is cut: the examples of other nouns ("infectionssuch as") are no reading of drugs."""
    words = m.string[: m.end(1)].split()[-4:]
    for n in range(1, len(words) + 1):
        if any(h.kind == "drug_class" for h in lexicon.lookup(" ".join(words[-n:]))):
            return m.group(1) + "—such"
    return m.group()


def _repaired(m: re.Match[str], lexicon: Lexicon) -> str:
    word = m.group()
    followed = bool(_NEXT_WORD.match(m.string, m.end()))
    cut = split_glued(word, lexicon, followed_by_word=followed)
    if cut is None:
        return word
    head, rest, joint = cut
    if (_cut(word.lower(), lexicon) or (0, "", False))[1] == _BEFORE:
        # a word run into the name from the left: the name may have run into a word in turn
        inner = split_glued(rest, lexicon, followed_by_word=followed)
        if inner is not None:
            rest = inner[0] + inner[2] + inner[1]
        return head + " " + rest
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
    if joint == _BEFORE:
        inner = _cut(word[k:].lower(), lexicon)
        if inner is not None and inner[2] and not followed_by_word:
            return None  # "...romiplostimcan" at a line's end: no word for "can" to lead on to
        return word[:k], word[k:], " "
    return word[:k], word[k:], joint


@lru_cache(maxsize=65536)
def _cut(key: str, lexicon: Lexicon) -> tuple[int, str, bool] | None:
    """(where to cut, what to put back, whether a word must follow), cached per word."""
    if not key.isalpha():
        return None
    if _known_whole(key, lexicon):
        # a word shaped like a drug may still be a listed name a word ran into
        # ("medicinesrituximab"): only the cut before a name is tried
        only_shaped = stem_drug(key) and not _known_whole_by_name(key, lexicon)
        return _cut_before(key, lexicon, named_rest=True) if only_shaped else None
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
    return _cut_before(key, lexicon)


_BEFORE = "\x00"  # the mark of a cut before a name (a space is put back)


def _cut_before(
    key: str, lexicon: Lexicon, *, named_rest: bool = False
) -> tuple[int, str, bool] | None:
    """Where an everyday word run into the name after it ends ("medicines|eltrombopag"); None
    when no such cut leaves two known pieces or the word is one of the lexicon's words.
    ``named_rest``: the rest must be a listed name, not just a word shaped like a drug."""
    if key in _english(lexicon):
        return None
    before = glue_words().before
    english = _english(lexicon)
    heads = _heads(lexicon)
    for k in range(2, len(key) - MIN_NAME + 1):  # the shortest word first: the longest name
        left, rest = key[:k], key[k:]
        if left not in before and not (len(left) >= 5 and left.endswith("s") and left in english):
            continue
        kinds = heads.get(rest)
        if kinds is not None and not kinds.isdisjoint(_NAMED):
            return k, _BEFORE, False
        if kinds is None and not named_rest and stem_drug(rest):
            return k, _BEFORE, False
        inner = _cut(rest, lexicon)
        if inner is not None and inner[1] != _BEFORE and not heads.get(
            rest[: inner[0]], _DRUG
        ).isdisjoint(_NAMED):
            return k, _BEFORE, inner[2]
    return None


@lru_cache(maxsize=4)
def _english(lexicon: Lexicon) -> frozenset[str]:
    """The words of the lexicon's names and aliases ("kidney", "stones", "lymphedema"): words a
    cut before a name must never split, and plural ones that may stand before a name."""
    words: set[str] = set()
    for e in lexicon.entries:
        for surface in (e.name, *e.aliases):
            words.update(w for w in re.findall(r"[a-z]+", surface.lower()) if len(w) >= 2)
    return frozenset(words)


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


def _known_whole_by_name(key: str, lexicon: Lexicon) -> bool:
    """A word known as it stands other than by its drug-like ending."""
    return bool(
        lexicon.word_kinds(key)
        or key in drug_name_source().first_words
        or key in not_drug_words()
        or key in glue_words().words
        or key in glue_words().definitions
    )


def _known_whole(key: str, lexicon: Lexicon) -> bool:
    """A word known as it stands: a name, a source drug, a word listed as not a drug, a word
    shaped like a drug."""
    return _known_whole_by_name(key, lexicon) or stem_drug(key)
