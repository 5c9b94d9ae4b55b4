"""Whether a name the lexicon matched stands for a test here, read from how it is written.

A test has short spoken forms - "echo" for an echocardiogram, "flow" for flow cytometry,
"urea" for blood urea nitrogen - that are also plain English words ("the echoes form a
picture", "the blood flow", "the urea is labelled"). Such a clipped form names the test only
when it is written as the clip itself, never inflected ("echoes", "flows": the clip takes no
plural of its own), and only on a page that names the test in full somewhere ("Echocardiography
(echo) ..."), which is how a writer introduces it. An abbreviation written inside a dotted one
("Ph.D.", "M.D.") is a letter of that one, not the name. A gene or protein name that only
its shape made ("PALOMA3", "heart pumps") names one where the text says so ("HER2 status",
"the BRCA1 gene"). Read by :mod:`.markers` and
:mod:`.marker_subjects`.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from trainer.generator.extract.context import DocContext
from trainer.generator.lexicon import Mention
from trainer.generator.tokens import _fold, _is_acronym

_WORD = re.compile(r"[^\W_]+")
# "Ph.D.", "M.D.": letters of a dotted abbreviation, before or after the matched one
_DOTTED_AFTER = re.compile(r"\.[A-Za-z]{1,3}\.")
_DOTTED_BEFORE = re.compile(r"(?:^|\W)[A-Za-z]{1,3}\.$")

# per document: canonical test names the page names in full (not only by a clipped form)
_IN_FULL: WeakKeyDictionary[DocContext, frozenset[str]] = WeakKeyDictionary()


def clip_of(dc: DocContext, m: Mention) -> str | None:
    """The clipped alias the mention is written as ("echo" of "echocardiogram"), or None.

    A clip is a one-word alias (or uncertain form) in small letters that is the opening of one
    of the full name's words ("echo" of "echocardiogram") or a word before its head ("flow" of
    "flow cytometry", "urea" of "blood urea nitrogen"); the head word itself ("creatinine" of
    "serum creatinine") names the substance, and an abbreviation in capitals ("CBC") is no
    clip: it is matched by its case.
    """
    h = m.hit("marker")
    if h is None or h.variant not in ("alias", "uncertain"):
        return None
    surface = m.surface
    if not surface.isalpha() or _is_acronym(surface):
        return None
    entry = dc.lexicon.entry("marker", h.name)
    if entry is None:
        return None
    words = [_fold(w) for w in _WORD.findall(h.name)]
    key = _fold(surface)
    for alias in (*entry.aliases, *entry.uncertain):
        if not alias.isalpha() or _is_acronym(alias):
            continue
        a = _fold(alias)
        if not (key.startswith(a) and len(key) - len(a) <= 3):
            continue  # neither this alias nor it inflected ("echoes", "flows", "flowing")
        # the opening of a word ("echo"), or a word before the head ("flow", "urea"); the head
        # itself ("creatinine" of "serum creatinine") is the substance's own name
        if any(w.startswith(a) and w != a for w in words) or a in words[:-1]:
            return alias
    return None


def _named_in_full(dc: DocContext) -> frozenset[str]:
    """Canonical test names the page writes otherwise than as a clip (once per document)."""
    got = _IN_FULL.get(dc)
    if got is None:
        names = set()
        for u in dc.units:
            for m in dc.mentions(u):
                h = m.hit("marker")
                if h is not None and clip_of(dc, m) is None:
                    names.add(h.name)
        got = frozenset(names)
        _IN_FULL[dc] = got
    return got


def stands_for_test(dc: DocContext, text: str, m: Mention) -> bool:
    """Whether mention ``m`` of ``text`` names its test or marker: not a clipped form written
    inflected ("echoes") or on a page that never names the test in full, not letters of a
    dotted abbreviation ("Ph.D."), and not a shape-made name the text does not call a gene,
    protein or test."""
    if m.hit("marker") is None and m.hit("target") is None:
        return True
    if _DOTTED_AFTER.match(text, m.end) or _DOTTED_BEFORE.search(
        text[max(0, m.start - 5) : m.start]
    ):
        return False  # "Ph.D.": a letter of a dotted abbreviation
    if not _typed_by_text(text, m):
        return False
    clip = clip_of(dc, m)
    if clip is None:
        return True
    if _fold(m.surface) != _fold(clip):
        return False  # "echoes", "flows": an English word inflected, not the test's clip
    h = m.hit("marker")
    return h is not None and h.name in _named_in_full(dc)


# The word beside a gene or protein name that says the text means it as one: "HER2 status",
# "the BRCA1 gene", "a C282Y mutation", "estrogen receptor testing"
_MARKER_WORD_AFTER = re.compile(
    r"[\s-]+(?:genes?|mutations?|mutated|variants?|status|proteins?|expression|levels?|"
    r"amplification|deletions?|fusions?|rearrangements?|positive|negative|testing|tests?|"
    r"assays?|antigens?|antibod(?:y|ies)|markers?)\b",
    re.IGNORECASE,
)
_MARKER_WORD_BEFORE = re.compile(
    r"\b(?:genes?|mutations?\s+(?:in|of)|variants?\s+(?:in|of)|levels?\s+of|tests?\s+for|"
    r"testing\s+for|antigens?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _typed_by_text(text: str, m: Mention) -> bool:
    """Whether a name only its shape made a gene or protein ("PALOMA3" of a trial, "heart
    pumps", "lack hormone receptors") is one the text calls a gene, mutation, level or test
    ("the HER2 gene", "HER2 status"); a lexicon name needs no such word. The shape alone reads
    trial names, codes and verb phrases as markers."""
    if m.is_kind("marker"):
        return True
    h = m.hit("target")
    if h is None or h.variant != "shape":
        return True
    return bool(_MARKER_WORD_AFTER.match(text, m.end)
                or _MARKER_WORD_BEFORE.search(text[max(0, m.start - 30) : m.start]))
