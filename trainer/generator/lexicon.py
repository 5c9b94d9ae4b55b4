"""The name lexicon: recognise and normalise names of drugs, classes, targets, phases...

The lexicon lives in ``resources/lexicon/*.yaml`` (one file per kind of name). Each entry has a
canonical ``name`` and optional ``aliases`` (brand names, abbreviations), ``misspellings``
(silently normalised, the fact records a ``corrected:`` flag) and ``uncertain`` forms
(normalised, but the fact is flagged ``uncertain-name:`` for an instructor to review).

The lexicon knows NAMES only. It never says what a drug targets or which class it belongs to:
those relations are read from the documents.

Matching works on word tokens, not characters: "CAR-T cell", "CAR T-cell" and "car t cell" are
the same token sequence, acronyms ("ALL", "CD19", "TdT") are matched case-sensitively so that the
English word "all" is not the disease, a final plural "s"/"es"/"ies" is accepted, and a short
acronym in parentheses inside a name is skipped ("chimeric antigen receptor (CAR) T-cell
therapy"). Unknown words shaped like drug names (-mab, -nib, -cel, ...) are fuzzy-matched to the
drug names; see :data:`FUZZY_THRESHOLD`.

Tokens and their folded keys are made in :mod:`.tokens`; the files are read by
:mod:`.lexicon_load`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from trainer.generator.drugnames import drug_name_source, not_drug_words, source_openers
from trainer.generator.namepatterns import find_shapes, name_patterns, stem_drug
from trainer.generator.tokens import Token, _fold, _is_acronym, spelled_alike, tokenize

# Fuzzy correction of unknown drug-like words: rapidfuzz ``ratio`` (0-100) against single-word
# drug names. Calibrated on pairs of real, distinct drugs (which must NOT be merged: e.g.
# obinutuzumab/inotuzumab 82, idarubicin/daunorubicin 82, rituximab/ofatumumab) against known
# misspellings (panatinib 89, dasatanib 89, bonatumumab 78): INN names differ mostly in their
# invented prefix, so a correction must keep the first letter; >= 88 is confident alone,
# 75..88 needs a clear lead (FUZZY_MARGIN) over the second-best name.
FUZZY_THRESHOLD = 88.0
FUZZY_FLOOR = 75.0
FUZZY_MARGIN = 12.0


# words after a name that make it a gene or its product, whatever the drug source calls it
_GENE_WORDS = frozenset({"gene", "genes", "mutation", "mutations", "protein", "proteins"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    uncertain: tuple[str, ...] = ()
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """How one surface form resolves: kind and canonical name, and which list it came from."""

    kind: str
    name: str
    variant: str  # "name" | "alias" | "misspelling" | "uncertain" | "fuzzy" | "unknown"
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon name found in a text, as character offsets into that text."""

    start: int
    end: int
    surface: str
    hits: tuple[Hit, ...]
    kinds: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", frozenset(h.kind for h in self.hits))

    def hit(self, kind: str) -> Hit | None:
        """The hit of this kind, if the name is of that kind."""
        for h in self.hits:
            if h.kind == kind:
                return h
        return None

    def is_kind(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def name(self, kind: str) -> str:
        h = self.hit(kind)
        return h.name if h else self.surface

    def flags(self, kind: str) -> tuple[str, ...]:
        """Review flags that a fact built on this mention carries."""
        h = self.hit(kind)
        if h is None:
            return ()
        if h.variant in ("misspelling", "fuzzy"):
            return (f"corrected:{self.surface}->{h.name}",)
        if h.variant == "uncertain":
            return (f"uncertain-name:{self.surface}",)
        if h.variant in ("unknown", "stem"):
            # a drug known only by its stem is read, but held for an instructor to confirm
            return (f"unknown-name:{self.surface}",)
        return ()

    def confidence(self, kind: str) -> float:
        """How much a fact built on this name can be trusted, as far as the name goes."""
        h = self.hit(kind)
        if h is None:
            return 0.0
        return {"misspelling": 0.97, "fuzzy": 0.85, "uncertain": 0.8, "unknown": 0.3,
                "stem": 0.9, "shape": 0.9}.get(
            h.variant, 1.0
        )


@dataclass(frozen=True, slots=True)
class _Form:
    """A surface form, tokenised for matching."""

    raw: tuple[str, ...]
    keys: tuple[str, ...]
    sensitive: tuple[bool, ...]
    hit: Hit


class _Node:
    """A node of the token trie: children by folded token, names that end here."""

    __slots__ = ("children", "forms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.forms: list[_Form] = []


@lru_cache(maxsize=65536)
def _singulars(key: str) -> tuple[str, ...]:
    """Singular keys a plural key may stand for ("tkis" -> "tki", "therapies" -> "therapy")."""
    if len(key) < 3 or not key.endswith("s") or key.endswith("ss"):
        return ()
    out = [key[:-1]]
    if key.endswith("es"):
        out.append(key[:-2])
    if key.endswith("ies"):
        out.append(key[:-3] + "y")
    return tuple(out)


def _case_ok(form: _Form, toks: Sequence[Token], path: list[int], *, plural: bool) -> bool:
    """Acronym tokens of a name must match the text's case exactly."""
    last = len(form.keys) - 1
    if len(path) != len(form.keys):
        return False
    for k, idx in enumerate(path):
        if form.sensitive[k]:
            raw = toks[idx].raw
            if raw != form.raw[k] and not (k == last and plural and _plural_ok(raw, form.raw[k])):
                return False
    return True


def _plural_ok(text_word: str, form_word: str) -> bool:
    if text_word == form_word + "s" or text_word == form_word + "es":
        return True
    return form_word.endswith("y") and text_word == form_word[:-1] + "ies"


class Lexicon:
    """All names, with a token index for fast matching. Build once; it is immutable."""

    def __init__(self, entries: Iterable[Entry], *, open_names: bool = True) -> None:
        """``open_names``: also recognise names no entry lists (the outside drug-name source,
        drug stems, class and target shapes; see :mod:`.drugnames`, :mod:`.namepatterns`)."""
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.open_names = open_names
        # word endings of drug names (INN stems, resources/lexicon/drug_stems.yaml): an unknown
        # word with one of them is a drug candidate
        self._stems = name_patterns().stems
        index: dict[str, list[_Form]] = {}
        self._by_name: dict[tuple[str, str], Entry] = {}
        drug_words: dict[str, str] = {}
        for e in self.entries:
            self._by_name[(e.kind, e.name.lower())] = e
            surfaces = [(e.name, "name")]
            surfaces += [(a, "alias") for a in e.aliases]
            surfaces += [(m, "misspelling") for m in e.misspellings]
            surfaces += [(u, "uncertain") for u in e.uncertain]
            for surface, variant in surfaces:
                toks = tokenize(surface)
                if not toks:
                    continue
                form = _Form(
                    raw=tuple(t.raw for t in toks),
                    keys=tuple(t.key for t in toks),
                    sensitive=tuple(_is_acronym(t.raw) for t in toks),
                    hit=Hit(e.kind, e.name, variant, e.type),
                )
                index.setdefault(form.keys[0], []).append(form)
                if e.kind == "drug" and len(toks) == 1 and variant != "uncertain":
                    drug_words.setdefault(toks[0].key, e.name)
        self._root = _Node()
        for forms in index.values():
            for form in forms:
                node = self._root
                for key in form.keys:
                    node = node.children.setdefault(key, _Node())
                node.forms.append(form)
        self._drug_words = drug_words
        self._drug_choices = sorted(drug_words)
        self._open_choices: tuple[dict[str, str], list[str]] | None = None
        self._fuzzy_cache: dict[str, Hit | None] = {}
        self._lookup_cache: dict[str, tuple[Hit, ...]] = {}

    # -- lookups -------------------------------------------------------------------------------

    def entry(self, kind: str, name: str) -> Entry | None:
        return self._by_name.get((kind, name.lower()))

    def names(self, kind: str) -> list[str]:
        return [e.name for e in self.entries if e.kind == kind]

    def lookup(self, term: str) -> tuple[Hit, ...]:
        """How a whole term resolves (all kinds), or () when it is not a known name."""
        t = term.strip()
        cached = self._lookup_cache.get(t)
        if cached is not None:
            return cached
        hits: tuple[Hit, ...] = ()
        found = self.find(t)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(t):
            hits = found[0].hits
        if len(self._lookup_cache) < 100_000:
            self._lookup_cache[t] = hits
        return hits

    def word_kinds(self, key: str) -> frozenset[str]:
        """Kinds of the one-word names whose folded key is ``key`` ("anemia" -> condition);
        acronyms, matched by their case only, are left out."""
        node = self._root.children.get(key)
        if node is None:
            return frozenset()
        return frozenset(f.hit.kind for f in node.forms if not any(f.sensitive))

    def one_word_keys(self) -> list[str]:
        """Folded keys of the one-word names (each once)."""
        return [key for key, node in self._root.children.items() if node.forms]

    def canonical(self, term: str, kind: str) -> str | None:
        for h in self.lookup(term):
            if h.kind == kind:
                return h.name
        return None

    # -- matching ------------------------------------------------------------------------------

    def find(
        self,
        text: str,
        tokens: Sequence[Token] | None = None,
        extra: Mapping[str, tuple[Hit, ...]] | None = None,
        *,
        shapes: bool = True,
    ) -> list[Mention]:
        """All names in ``text``, longest match first, left to right, not overlapping.

        ``extra`` maps further single words (case-sensitive, e.g. a document's own
        abbreviations such as "ALL") to hits; a plural "s" is accepted. ``shapes=False``
        leaves out names found only by their shape, for a fragment cut from a sentence (its
        first word may be the end of a longer one).
        """
        toks = tokens if tokens is not None else tokenize(text)
        out: list[Mention] = []
        i, n = 0, len(toks)
        children = self._root.children
        fuzzy_cache = self._fuzzy_cache
        one_word, two_words = source_openers() if self.open_names else (frozenset(), frozenset())
        while i < n:
            key = toks[i].key
            best_len = 0
            if key in children or (key[-1:] == "s" and _singulars(key)):
                best_len, best_hits = self._longest(toks, i)
            if best_len:
                named = _dedupe_hits(best_hits)
                best_len += _name_tail(toks, i + best_len, named)
                start, end = toks[i].start, toks[i + best_len - 1].end
                out.append(Mention(start, end, text[start:end], named))
                i += best_len
                continue
            if extra:
                raw = toks[i].raw
                hits = extra.get(raw) or (extra.get(raw[:-1]) if raw.endswith("s") else None)
                if hits:
                    out.append(Mention(toks[i].start, toks[i].end, raw, hits))
                    i += 1
                    continue
            # most words open no outside name ("and", "a" open only longer ones, and only
            # before their own second word): tested before the call
            if key in one_word or (i + 1 < n and (key, toks[i + 1].key) in two_words):
                width, source_hit = self._source_name(toks, i)
                if width:
                    start, end = toks[i].start, toks[i + width - 1].end
                    out.append(Mention(start, end, text[start:end], (source_hit,)))  # type: ignore[arg-type]
                    i += width
                    continue
            if len(key) >= 6 and key.endswith(self._stems):  # cheap test before the cache
                fuzzy = fuzzy_cache[key] if key in fuzzy_cache else self._fuzzy(toks[i])
                if fuzzy is not None:
                    tail = _name_tail(toks, i + 1, (fuzzy,))
                    end = toks[i + tail].end
                    out.append(Mention(toks[i].start, end, text[toks[i].start : end], (fuzzy,)))
                    i += tail
            i += 1
        if shapes and self.open_names and toks:
            out = self._with_shapes(text, toks, out)
        return out

    def _source_name(self, toks: Sequence[Token], i: int) -> tuple[int, Hit | None]:
        """A drug name from the outside source starting at token ``i``: (tokens, hit)."""
        source = drug_name_source()
        if toks[i].key not in source.first_words:
            return 0, None
        keys = [t.key for t in toks[i : i + 3]]
        width, name = source.longest(keys, 0)
        if name is None:
            return 0, None
        raw = toks[i].raw
        generic = " ".join(keys[:width]) == _fold(name.name) or spelled_alike(
            " ".join(t.raw for t in toks[i : i + width]), name.name)
        if not generic and re.search(r"[a-z]{2}-[a-z]{2}", name.name):
            # ("Ado-trastuzumab emtansine": the name's own hyphen between words is no other
            # word; "interleukin-12", a number joined on, stays no generic here)
            generic = keys[:width] == [t.key for t in tokenize(name.name) if t.raw.isalnum()]
        if not generic:
            # "propantheline bromide": the source's salted form, whose first words are the
            # generic itself; the generic alone is the name (the salt is read after it)
            shorter = [w for w in range(width - 1, 0, -1) if " ".join(keys[:w]) == _fold(name.name)]
            if shorter:
                width, generic = shorter[0], True
        if not generic and not raw[:1].isupper() and not stem_drug(raw):
            return 0, None  # a brand or synonym in lower case may be an English word
        if raw.isupper() and len(raw) <= 4 and width == 1:
            return 0, None  # short capitals are abbreviations of this document's own
        after = toks[i + width].key if i + width < len(toks) else ""
        if after in _GENE_WORDS:
            return 0, None  # "a mutation in the PIK3CA gene": a gene the source files as a drug
        return width, Hit("drug", name.name, "name" if generic else "alias")

    def _with_shapes(self, text: str, toks: Sequence[Token], out: list[Mention]) -> list[Mention]:
        """Add class and target names found by their shape among the tokens no name took."""
        taken = [False] * len(toks)
        if out:
            k = 0
            for m in out:
                while k < len(toks) and toks[k].end <= m.start:
                    k += 1
                j = k
                # a name of a substance, gene or test may open a class name ("calcium channel
                # blocker", "angiotensin II receptor blocker", "thiazide diuretic"), so it does
                # not stop one; the class then takes the place of the shorter name
                loose = m.kinds <= {"marker", "condition", "target", "drug"}
                while j < len(toks) and toks[j].start < m.end:
                    taken[j] = not loose
                    j += 1
        raws, keys, starts, ends = zip(*toks, strict=True)  # each field in one pass
        spans = find_shapes(text, raws, keys, starts, ends, taken)
        if not spans:
            return out
        shaped = [
            Mention(s.start, s.end, text[s.start : s.end], (Hit(s.kind, s.name, "shape", s.type),))
            for s in spans
        ]
        kept = [m for m in out if not any(
            s.start <= m.start and m.end <= s.end and s.end - s.start > m.end - m.start
            for s in shaped)]
        kept = [_with_same_shape(m, shaped) for m in kept]
        shaped = [s for s in shaped if not any(
            m.start < s.end and s.start < m.end for m in kept)]
        return sorted(kept + shaped, key=lambda m: m.start)

    def _longest(self, toks: Sequence[Token], i: int) -> tuple[int, list[Hit]]:
        """Longest name starting at token ``i``: (tokens covered, hits), or (0, [])."""
        n = len(toks)
        best_len, best_hits = 0, list[Hit]()
        node, j = self._root, i
        path: list[int] = []  # text token matched by each name token
        while j < n:
            if (
                path
                and j + 2 < n
                and toks[j].raw == "("
                and toks[j + 2].raw == ")"
                and "(" not in node.children
                and _is_acronym(toks[j + 1].raw)
            ):
                j += 3  # "chimeric antigen receptor (CAR) T-cell": skip the acronym
                if j >= n:
                    break
            t = toks[j]
            for sing in _singulars(t.key):  # a plural may end a name ("TKIs", "therapies")
                end = node.children.get(sing)
                if end is not None and end.forms:
                    hits = [f.hit for f in end.forms if _case_ok(f, toks, [*path, j], plural=True)]
                    if hits and j + 1 - i >= best_len:
                        best_hits = hits if j + 1 - i > best_len else best_hits + hits
                        best_len = j + 1 - i
            child = node.children.get(t.key)
            if child is None:
                break
            path.append(j)
            j += 1
            node = child
            if node.forms:
                hits = [f.hit for f in node.forms if _case_ok(f, toks, path, plural=False)]
                if hits and j - i >= best_len:
                    best_hits = hits if j - i > best_len else best_hits + hits
                    best_len = j - i
        return best_len, best_hits

    def _fuzzy(self, tok: Token) -> Hit | None:
        word = tok.key
        if len(word) < 6 or not word.isalpha() or not word.endswith(self._stems):
            return None
        if word in not_drug_words():
            return None  # "intestine": listed as never a drug, not even a misspelt one
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        hit = self._correct(word)
        self._fuzzy_cache[word] = hit
        return hit

    def _spellings(self) -> tuple[dict[str, str], list[str]]:
        """One-word drug names a misspelling may be corrected to: our own, and with open names
        the generic names of the outside source ("anastrazole" is "anastrozole", which only
        the source lists); built on the first correction."""
        if self._open_choices is None:
            words = dict(self._drug_words)
            if self.open_names:
                for keys, named in drug_name_source().names.items():
                    if len(keys) == 1 and not named.brand and keys[0].isalpha():
                        words.setdefault(keys[0], named.name)
            self._open_choices = (words, sorted(words))
        return self._open_choices

    def _correct(self, word: str) -> Hit:
        words, choices = self._spellings()
        scored = process.extract(word, choices, scorer=fuzz.ratio, limit=6)
        best: tuple[str, float] | None = None
        second = 0.0
        for choice, score, _ in scored:
            name = words[choice]
            if best is None:
                best = (name, score) if choice[0] == word[0] else None
                if best is None:
                    break
            elif name != best[0]:
                second = max(second, score)
                break
        if best is not None:
            name, score = best
            if score >= FUZZY_THRESHOLD or (
                score >= FUZZY_FLOOR and score - second >= FUZZY_MARGIN
            ):
                return Hit("drug", name, "fuzzy")
        if self.open_names and stem_drug(word):
            return Hit("drug", word, "stem")
        return Hit("drug", word, "unknown")


def _name_tail(toks: Sequence[Token], j: int, hits: Sequence[Hit]) -> int:
    """Tokens from ``j`` that finish a two-word drug name whose first word was matched alone.

    A misspelt or shortened first word ("inotuzamab", "inotuzumab") is a name by itself; when
    the canonical name's last word follows ("... ozogamicin"), it belongs to the same mention.
    """
    if j >= len(toks):
        return 0
    for h in hits:
        if h.kind != "drug":
            continue
        words = h.name.split()
        if len(words) == 2 and toks[j].key == _fold(words[1]):
            return 1
    return 0


def _with_same_shape(m: Mention, shaped: Sequence[Mention]) -> Mention:
    """An uncertain name that a shape also reads, over the same words, is both: "interleukin-2"
    is the drug aldesleukin when it is given and the molecule when cells release it, so it
    keeps the drug's uncertain hit and gains the molecule's (each reader takes its kind)."""
    if not m.hits or any(h.variant != "uncertain" for h in m.hits):
        return m
    same = [h for s in shaped if (s.start, s.end) == (m.start, m.end) for h in s.hits
            if h.kind not in m.kinds]
    return Mention(m.start, m.end, m.surface, m.hits + tuple(same)) if same else m


def _dedupe_hits(hits: list[Hit]) -> tuple[Hit, ...]:
    """One hit per kind; a canonical spelling beats an alias beats a misspelling."""
    rank = {"name": 0, "alias": 1, "misspelling": 2, "uncertain": 3}
    by_kind: dict[str, Hit] = {}
    for h in sorted(hits, key=lambda h: rank.get(h.variant, 9)):
        by_kind.setdefault(h.kind, h)
    return tuple(by_kind.values())
