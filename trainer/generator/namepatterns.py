"""Names no list knows, recognised by their shape: drug classes, targets and drug stems.

* A drug class ends with a class word ("diuretic", "corticosteroid") or with a head such as
  "inhibitor", "blocker" or "agonist" after at least one modifier ("ACE inhibitor", "loop
  diuretic", "long-acting beta2-agonist"). A bare "inhibitor" names no class.
* A target ends with a head such as "kinase" or "receptor" after a modifier ("JAK2 kinase",
  "angiotensin II receptor"), or is shaped like a CD antigen ("CD38"), a gene or protein symbol
  with a number ("FLT3", "BCL-2", "HER2") or a fusion ("BCR::ABL1").
* A drug is an unknown word ending with an INN stem ("-tinib", "-pril", "-olol").

The word lists are data, in ``resources/lexicon/name_patterns.yaml`` and ``drug_stems.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from trainer.config import resources_dir
from trainer.generator.drugnames import not_drug_words
from trainer.generator.plurals import singular
from trainer.generator.use_classnames import anti_width, use_width

_SYMBOL = re.compile(
    r"(?<![\w-])(?:CD\d{1,3}[a-z]?|Ig[AEGMD](?![a-z])|immunoglobulin [AEGMD](?![\w-])|"
    r"[A-Z][A-Z0-9]{1,6}(?:::|-)?[A-Z]{0,4}\d{1,2}[A-Z]?\d?"
    r"(?:::[A-Z][A-Z0-9]{1,6})?|[A-Z][A-Z0-9]{1,6}::[A-Z][A-Z0-9]{1,6}|"
    # "PDGFR-β", "IFN-γ": a symbol with a Greek isoform letter and no number
    r"[A-Z][A-Z0-9]{2,6}-?(?=[αβγδ]))"
    # "HIF-2α", "PI3Kδ": the isoform letter belongs to the symbol
    r"[αβγδ]?(?!\w|-[A-Z0-9])"
)
_ANTI = re.compile(
    r"\banti[-‐‑–](?P<t>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-\d+[A-Z]?)?)(?![\w-])"
)
# Molecules of the immune system named in words: "interleukin-12", "tumour necrosis factor".
_CYTOKINE = re.compile(
    r"\b(?:interleukin[- ]?\d{1,2}[a-z]?|tumou?r necrosis factor(?:[- ]alpha)?|"
    r"(?:alpha-?4\s*beta-?7\s+|α4β7\s+)?integrins?)(?:\s+receptors?)?\b",
    re.IGNORECASE,
)
_ANTI_CLASS = re.compile(
    r"\b[Aa]nti[-‐‑–](?P<x>[A-Z][A-Za-z0-9]*(?:-\d+)?)\s+"
    r"(?P<h>agents?|drugs?|medicines?|medications?|therap(?:y|ies)|antibod(?:y|ies))\b"
)
_CUE_SYMBOL = re.compile(
    r"\b(?:targets?|targeting|binds?(?:\s+to)?|binding\s+to|blocks?|blocking|inhibits?|inhibiting|"
    r"inhibitors?\s+of|directed\s+against|against)\s+(?:the\s+|both\s+|either\s+)?"
    r"(?:protein\s+)?"
    # "blocks a protein called EGFR": the symbol the cue's object is named by
    r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:proteins?|enzymes?|receptors?|kinases?)\s+"
    r"(?:called|named|known\s+as)\s+)?"
    r"(?P<t>[A-Z][A-Z0-9]{2,7})(?![\w-])"
)
# "EGFR and MET", "ROS1, ALK or NTRK": a symbol coordinated with one a cue verb names
_AND_SYMBOL = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<t>[A-Z][A-Z0-9]{2,7})(?![\w-])"
    # the noun phrase ends there: "and FDA approved it" is another clause
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:proteins?|genes?|receptors?|kinases?|fusions?|enzymes?|"
    r"mutations?|and|or|on|in|inside|which|that)\b)"
)
# "inhibits neuraminidase", "blocks the enzyme carbonic anhydrase", "targets factor Xa": an
# enzyme's name (a word ending in "-ase", with one modifier), an activated clotting factor,
# a complement protein ("complement C5"), a platelet glycoprotein ("glycoprotein IIb/IIIa") or
# amyloid right after a cue verb. Read there only: elsewhere "lipase" is often a test, "factor V" a
# risk factor; a plain "factor VIII" is mostly the protein given as a drug, or the body's own
# ("von Willebrand factor binds factor VIII"), not what a drug blocks.
_CUE_ENZYME = re.compile(
    r"\b(?:targets?|targeting|binds?(?:\s+to)?|binding\s+to|blocks?|blocking|inhibits?|"
    r"inhibiting|inhibitors?\s+of|inactivates?|inactivating|directed\s+against)\s+"
    r"(?:the\s+)?(?:enzymes?\s+)?(?P<t>(?P<mod>[A-Za-z0-9][\w-]*\s+)?[\w-]*[a-z]{3}ase|"
    r"factor\s+[IVX]{1,4}a|complement\s+(?:protein\s+|component\s+)?C\d[a-z]?|"
    r"glycoprotein\s+[IVX]{1,4}[ab]?(?:/[IVX]{1,4}[ab]?)?|(?:beta-)?amyloid(?:[- ]beta)?)(?![\w-])"
)
# Cheap tests that let most sentences skip the expressions above.
_CUE_ENZYME_HINT = re.compile(r"ase\b|actor|omplement|lycoprotein|myloid")
_CYTOKINE_HINT = re.compile(r"nterleukin|ecrosis|ntegrin|α4β7", re.IGNORECASE)
_UPPER_RUN = re.compile(r"[A-Z][A-Z0-9]{2}")
_SYMBOL_HINT = re.compile(r"[A-Z][A-Za-z]*-?[0-9]|::|\bIg[AEGMD]|mmunoglobulin|CD\d|[A-Z]-?[αβγδ]")
_DIGIT = re.compile(r"\d")
_CYTOKINE_WORDS = ("nterleukin", "ecrosis", "ntegrin", "α4β7")


# The two hints run on every sentence and most sentences hold neither, so a plain test for
# what each hint needs comes first: a digit, "::", "Ig", "mmunoglobulin" or a Greek letter
# ("TNF-α") for a symbol; one of the cytokine words, in any case, for a cytokine. A non-ASCII
# text is left to the case-blind expression (a long s or a Kelvin sign matches a letter that
# ``str.lower`` keeps apart).
def _symbol_hint(text: str) -> bool:
    return bool(
        (_DIGIT.search(text) or "::" in text or "Ig" in text or "mmunoglobulin" in text
         or any(g in text for g in "αβγδ"))
        and _SYMBOL_HINT.search(text)
    )


def _cytokine_hint(text: str) -> bool:
    if text.isascii():
        low = text.lower()
        return any(w in low for w in _CYTOKINE_WORDS)
    return bool(_CYTOKINE_HINT.search(text))


# Symbols shaped like genes that are not targets.
_NOT_SYMBOL = re.compile(
    r"^(?:COVID-?19|FEV1|HbA1c|PM2|SARS|T[1-4]|N[0-3]|M[01]|G[1-4]|H1N1|B12|D3|"
    # a protein change ("G12C", "V600E", "T315I"): a mutation of a target, not one itself
    r"[ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWY])$"
)
MAX_MODIFIERS = 4


@dataclass(frozen=True)
class NamePatterns:
    """The word lists of the module docstring, folded to lower case."""

    class_heads: frozenset[str]
    class_words: dict[tuple[str, ...], str]
    not_modifiers: frozenset[str]
    target_heads: frozenset[str]
    stems: tuple[str, ...]
    last_words: frozenset[str] = frozenset()  # any word that can end a class or target name
    generic_heads: frozenset[str] = frozenset()  # "medicine": a class only after a verb
    class_openers: frozenset[str] = frozenset()  # first words of class words ("alkylating")
    salt_words: frozenset[str] = frozenset()  # "mesylate": written after a drug, same drug
    not_suffixes: frozenset[str] = frozenset()  # "-free": a word, not a biologic's suffix
    named_heads: tuple[str, ...] = ()  # "ligand": a target's last word after a name only
    not_enzymes: frozenset[str] = frozenset()  # "disease": ends in "-ase", names no enzyme
    use_words: frozenset[tuple[str, ...]] = frozenset()  # "diabetes": what a medicine is for
    use_heads: frozenset[str] = frozenset()  # "pill": ends a class named by its use
    status_words: frozenset[str] = frozenset()  # "FDA-approved": a status, not what it does


def _load_yaml(name: str) -> dict:
    path = resources_dir() / "lexicon" / name
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def name_patterns() -> NamePatterns:
    data = _load_yaml("name_patterns.yaml")
    words = {tuple(w.lower().split()): w for w in data.get("class_words", [])}
    stems = tuple(sorted({s.lower() for s in _load_yaml("drug_stems.yaml").get("stems", [])}))
    return NamePatterns(
        class_heads=frozenset(w.lower() for w in data.get("class_heads", [])),
        class_words=words,
        not_modifiers=frozenset(w.lower() for w in data.get("not_modifiers", [])),
        target_heads=frozenset(w.lower() for w in data.get("target_heads", [])),
        stems=stems,
        last_words=frozenset(
            {w.lower() for w in data.get("class_heads", []) + data.get("target_heads", [])
             + data.get("generic_heads", []) + data.get("use_heads", [])}
            | {k[-1] for k in words}
        ),
        generic_heads=frozenset(w.lower() for w in data.get("generic_heads", [])),
        class_openers=frozenset(k[0] for k in words if len(k) > 1),
        salt_words=frozenset(w.lower() for w in data.get("salt_words", [])),
        not_suffixes=frozenset(w.lower() for w in data.get("not_suffixes", [])),
        named_heads=tuple(sorted({w.lower() for w in data.get("named_heads", [])})),
        not_enzymes=frozenset(w.lower() for w in data.get("not_enzymes", [])),
        status_words=frozenset(w.lower() for w in data.get("status_words", [])),
        use_words=frozenset(tuple(w.lower().split()) for w in data.get("use_words", [])),
        use_heads=frozenset(w.lower() for w in data.get("use_heads", [])),
    )


def stem_drug(word: str) -> bool:
    """Whether an unknown word is shaped like a drug name (long, lower case, an INN ending)."""
    key = word.lower()
    return (
        len(key) >= 7
        and key.isalpha()
        and not word.isupper()
        and key.endswith(name_patterns().stems)
        and key not in not_drug_words()  # "intestine" ends like "vincristine"
    )


@dataclass(frozen=True, slots=True)
class Span:
    """A name found by its shape: character offsets, kind and the name to show."""

    start: int
    end: int
    kind: str
    name: str
    type: str | None = None


def _is_word(raw: str) -> bool:
    return any(c.isalnum() for c in raw)


def find_shapes(text: str, raws: Sequence[str], keys: Sequence[str],
                starts: Sequence[int], ends: Sequence[int], taken: Sequence[bool]) -> list[Span]:
    """Class and target names among tokens not ``taken`` by a listed name."""
    pat = name_patterns()
    out: list[Span] = []
    n = len(keys)
    j = 0
    while j < n:
        if taken[j]:
            j += 1
            continue
        head = keys[j] if keys[j] in pat.last_words else singular(keys[j])
        if head not in pat.last_words:
            j += 1
            continue
        cw = _class_word_at(pat, keys, j)
        medicine = head in pat.generic_heads and _made_by_verb(text, raws, keys, starts, j) and (
            keys[j - 1] not in pat.status_words  # "FDA-approved medicines": no class
        )
        plain = not cw and not medicine and head in pat.use_heads
        anti = anti_width(pat, text, raws, keys, starts, taken, j) if plain else 0
        use = use_width(pat, text, raws, keys, starts, taken, j) if plain and not anti else 0
        if anti or use:
            # "anticlotting medicines", "anti-nausea drugs": a class named by what it acts
            # against; "diabetes medicines", "blood pressure medication": one named by its use
            width = anti or use
            out.append(Span(starts[j - width], ends[j], "drug_class",
                            _display(text[starts[j - width] : ends[j]], keys[j]),
                            None if anti else "use"))
            j += 1
            continue
        if cw or medicine or head in pat.class_heads or head in pat.target_heads:
            opening = j - (len(cw) - 1 if cw else 0)
            if any(taken[k] for k in range(opening, j)):
                opening = j
            # "angiotensin-converting enzyme (ACE) inhibitors": the acronym is left out
            acronym = (
                opening >= 4 and raws[opening - 1] == ")" and raws[opening - 3] == "("
                and raws[opening - 2].isupper() and not taken[opening - 2]
            )
            edge = opening - 3 if acronym else opening
            first = j - 2 if medicine else _left_edge(pat, text, raws, keys, starts, taken, edge)
            if acronym and first == edge:
                first = opening
            first = _initials_edge(text, raws, starts, taken, first, j)
            kind = "target" if head in pat.target_heads else "drug_class"
            if kind == "drug_class":
                first = _selective_edge(text, raws, keys, starts, taken, first, j)
            if (first < j or cw) and not _inside_other_word(text, starts[first]):
                last = j
                surface = text[starts[first] : ends[last]]
                if acronym and first < edge:
                    surface = text[starts[first] : ends[edge - 1]] + " " + raws[j]
                name = _display(surface, keys[last], keep=keys[last] in pat.last_words)
                if kind == "target":
                    name = _symbol_of_family(name)
                out.append(Span(starts[first], ends[last], kind, name,
                                "enzyme" if kind == "target" else None))
                j = last + 1
                continue
        j += 1
    covered = [(s.start, s.end) for s in out]

    def free(a: int, b: int) -> bool:
        """Whether characters a..b hold no name found so far."""
        return not any(x < b and a < y for x, y in covered) and not any(
            taken[k] and starts[k] < b and a < ends[k] for k in range(n)
        )

    def add(span: Span) -> None:
        out.append(span)
        covered.append((span.start, span.end))

    # "anti-TNF agents": a class named by its target
    for m in (_ANTI_CLASS.finditer(text) if "nti" in text else ()):
        if free(*m.span()):
            head = singular(m.group("h").lower())
            add(Span(*m.span(), "drug_class", f"anti-{m.group('x')} {head}"))
    for m in (_CYTOKINE.finditer(text) if _cytokine_hint(text) else ()):
        if free(*m.span()):
            add(Span(*m.span(), "target", m.group().lower(), "molecule"))
    for span in _named_head_spans(text, pat.named_heads):
        if free(span.start, span.end):
            add(span)
    # "targets RANKL": a symbol a drug acts on; "anti-IgE": what follows "anti-" is a target
    for rx, hint in ((_CUE_SYMBOL, _UPPER_RUN.search(text)), (_ANTI, "nti" in text)):
        for m in (rx.finditer(text) if hint else ()):
            if free(*m.span("t")):
                add(Span(*m.span("t"), "target", m.group("t"), "molecule"))
            # "blocks ROS1 and NTRK proteins": the symbols coordinated with the cue's object
            nxt = _AND_SYMBOL.match(text, m.end("t")) if rx is _CUE_SYMBOL else None
            while nxt is not None:
                if free(*nxt.span("t")):
                    add(Span(*nxt.span("t"), "target", nxt.group("t"), "molecule"))
                nxt = _AND_SYMBOL.match(text, nxt.end("t"))
    for span in _cue_enzymes(text, pat):
        if free(span.start, span.end):
            add(span)
    for m in (_SYMBOL.finditer(text) if _symbol_hint(text) else ()):
        if not _NOT_SYMBOL.match(m.group()) and free(*m.span()):
            out.append(Span(m.start(), m.end(), "target", m.group(), "gene"))
    out = [s for s in out if not any(
        o is not s and o.start <= s.start and s.end <= o.end for o in out)]
    # "immunoglobulin E (IgE)": the abbreviation in brackets is the same name again
    out = [s for s in out if not any(
        o.kind == s.kind and o.end < s.start and re.fullmatch(r"\s*\(\s*", text[o.end : s.start])
        for o in out)]
    return sorted(out, key=lambda s: s.start)


def _cue_enzymes(text: str, pat: NamePatterns) -> list[Span]:
    """Enzymes and clotting factors named right after a target cue (:data:`_CUE_ENZYME`); the
    modifier before an "-ase" word belongs to its name unless it is a plain word such as "the"
    ("DNA gyrase", "carbonic anhydrase"; "its protease")."""
    if not _CUE_ENZYME_HINT.search(text):
        return []
    out: list[Span] = []
    for m in _CUE_ENZYME.finditer(text):
        start = m.start("t")
        mod = (m.group("mod") or "").strip().lower()
        if text[m.end("mod") if mod else start : m.end("t")].lower() in pat.not_enzymes:
            continue
        if mod and (mod in pat.not_modifiers or mod.endswith("ing")):
            start = m.end("mod")  # "blocks the harmful ..." keeps only the enzyme
        name = " ".join(text[start : m.end("t")].split())
        name = re.sub(r"^(complement) (?:protein|component) ", r"\1 ", name, flags=re.I)
        out.append(Span(start, m.end("t"), "target", name, "enzyme"))
    return out


@lru_cache(maxsize=4)
def _named_head_rx(heads: tuple[str, ...]) -> re.Pattern[str] | None:
    if not heads:
        return None
    return re.compile(
        r"(?<![\w-])(?P<n>[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)"
        r"(?P<s>\s+signal(?:l)?ing)?\s+(?P<h>" + "|".join(map(re.escape, heads)) + r")s?(?![\w-])"
    )


def _named_head_spans(text: str, heads: tuple[str, ...]) -> list[Span]:
    """"Fas ligand", "Hedgehog signaling pathway": a head of ``named_heads`` after a word with
    a capital or a digit. A capital that may only open the sentence ("Natural ligands ...")
    names nothing unless the word is an acronym or holds a digit, or the text is the term alone."""
    rx = _named_head_rx(heads)
    if rx is None or not any(h in text for h in heads):
        return []
    out: list[Span] = []
    for m in rx.finditer(text):
        word = m.group("n")
        acronym = sum(c.isupper() for c in word) >= 2 or any(c.isdigit() for c in word)
        # a term looked up by itself ("Hedgehog pathway" of a class name) opens no sentence
        whole = m.start() == 0 and m.end() == len(text)
        opens = not whole and re.search(r"(?:^|[.!?:;]\s*|\n\s*[-*•]?\s*)$", text[: m.start()])
        if not acronym and (opens or not word[0].isupper()):
            continue
        name = f"{word}{m.group('s') or ''} {m.group('h')}"
        out.append(Span(m.start(), m.end(), "target", " ".join(name.split()), "molecule"))
    return out


def _initials_edge(text: str, raws: Sequence[str], starts: Sequence[int],
                   taken: Sequence[bool], first: int, j: int) -> int:
    """"Selective estrogen receptor modulators (SERMs)": when the name's abbreviation follows
    in brackets, the words its letters stand for belong to the name, "selective" included."""
    after = re.match(r"\s*\(([A-Z]{2,6})s?\)", text[starts[j] + len(raws[j]) :])
    if after is None:
        return first
    letters = after.group(1).lower()
    for k in range(first, max(-1, first - 3), -1):
        words = [raws[i] for i in range(k, j + 1) if raws[i][:1].isalpha()]
        if any(taken[i] for i in range(k, first)) or not all(
            w.isalpha() or "-" in w for w in words
        ):
            break
        initials = "".join(w[0].lower() for w in words)
        if initials == letters:
            return k
    return first


def _selective_edge(text: str, raws: Sequence[str], keys: Sequence[str],
                    starts: Sequence[int], taken: Sequence[bool], first: int, j: int) -> int:
    """"selective estrogen receptor modulators", "selective serotonin reuptake inhibitors":
    "selective" before a class named by a receptor or a reuptake belongs to its name, which
    without it would be a shorter class of another name. Elsewhere ("a selective inhibitor")
    it stays a modifier."""
    k = first - 1
    if k < 0 or first >= j or taken[k] or keys[k] != "selective":
        return first
    if text[starts[k] + len(raws[k]) : starts[first]] != " ":
        return first
    if not any(keys[i] in ("receptor", "receptors", "reuptake") for i in range(first, j)):
        return first
    return k


def _made_by_verb(text: str, raws: Sequence[str], keys: Sequence[str],
                  starts: Sequence[int], j: int) -> bool:
    """"blood-thinning medicines", "cholesterol-lowering drugs": a noun and a verb joined by a
    hyphen name what the medicines do, which is a class."""
    return (
        j >= 2
        and keys[j - 1].endswith(("ing", "ed"))
        and text[starts[j - 1] - 1 : starts[j - 1]] in "-‐‑"
        and raws[j - 2].isalpha()
        and text[starts[j - 1] + len(raws[j - 1]) : starts[j]] == " "
    )


def _class_word_at(pat: NamePatterns, keys: Sequence[str], j: int) -> tuple[str, ...] | None:
    """The class word that ends at token ``j`` ("alkylating agent", "diuretic"), if any."""
    for width in (2, 1):
        if j - width + 1 < 0:
            continue
        for last in (keys[j], singular(keys[j])):  # "digitalis" is not a plural
            words = (*keys[j - width + 1 : j], last)
            if words in pat.class_words:
                return words
    return None


def _left_edge(pat: NamePatterns, text: str, raws: Sequence[str], keys: Sequence[str],
               starts: Sequence[int], taken: Sequence[bool], j: int) -> int:
    """The first token of the modifiers before token ``j`` that belong to its name."""
    first = j
    k = j - 1
    while k >= 0 and j - k <= MAX_MODIFIERS:
        if taken[k] or not _is_word(raws[k]) or keys[k] in pat.not_modifiers:
            break
        gap = text[starts[k] + len(raws[k]) : starts[k + 1]]
        if gap.strip(" -‐‑") or "\n" in gap:  # punctuation or a line break between: not one name
            break
        if raws[k][0].isdigit() and not (k > 0 and text[starts[k] - 1 : starts[k]] == "-"):
            break  # "2 inhibitors" is a count; "DPP-4 inhibitor" is a name
        hyphened = k > 0 and text[starts[k] - 1 : starts[k]] in "-‐‑"
        if keys[k].endswith("ing") and not hyphened and keys[k] not in pat.class_openers:
            break  # "by blocking HMG-CoA reductase": a verb, not part of the name
        first = k
        k -= 1
    # "second-generation antipsychotic": a hyphenated word whose first half is not a modifier
    while first < j and _hyphen_joined_to_excluded(pat, text, keys, starts, first):
        first += 1
    return first


def _hyphen_joined_to_excluded(pat: NamePatterns, text: str, keys: Sequence[str],
                               starts: Sequence[int], k: int) -> bool:
    return k > 0 and text[starts[k] - 1 : starts[k]] in "-‐‑" and keys[k - 1] in pat.not_modifiers


def _inside_other_word(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1].isalnum())


# "PDGFRA receptor tyrosine kinase", "FLT3 kinase", "IDH1 enzyme": the gene symbol names the
# target; the family words after it say only what kind of protein it is ("VEGF receptor" is
# another protein than VEGF, and keeps its head).
_SYMBOL_FAMILY = re.compile(
    r"(?P<s>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)\s+"
    r"(?:(?:receptor\s+)?(?:tyrosine\s+)?kinases?|enzymes?)"
)


def _symbol_of_family(name: str) -> str:
    m = _SYMBOL_FAMILY.fullmatch(name)
    return m.group("s") if m is not None and not _NOT_SYMBOL.match(m.group("s")) else name


def _display(surface: str, last_key: str, *, keep: bool = False) -> str:
    """The name as a card shows it: singular (unless ``keep``: "digitalis"), lower case but
    for acronyms."""
    words = surface.split()
    if words and not keep:
        last = words[-1]
        sing = singular(last_key)
        if last.lower() != sing and last.lower().endswith(last_key[len(sing):] or "\0"):
            cut = len(last) - (len(last_key) - len(sing))
            last = last[:cut] + ("y" if last_key.endswith("ies") else "")
        words[-1] = last
    return " ".join(w if sum(c.isupper() for c in w) >= 2 or any(c.isdigit() for c in w)
                    else w.lower() for w in words)


@lru_cache(maxsize=1)
def _not_cytotoxic_stems() -> tuple[str, ...]:
    data = _load_yaml("drug_stems.yaml").get("not_cytotoxic", [])
    return tuple(sorted({s.lower() for s in data}))


def not_cytotoxic(name: str) -> bool:
    """Whether a drug's name ends with a stem of a biological, targeted or hormonal agent
    ("-mab", "-tinib", "-lutamide"): such a drug is never read as a member of chemotherapy,
    even when a sentence gives it "with" chemotherapy ("chemotherapy with imatinib")."""
    words = name.lower().split()
    return bool(words) and words[0].endswith(_not_cytotoxic_stems())


# The four-letter suffix the FDA adds to a biologic's name ("tarlatamab-dlle",
# "toripalimab-tpzi"): written in lower case right after a hyphen
_BIOLOGIC_SUFFIX = re.compile(r"-(?P<w>[a-z]{4})(?![\w-])")


def biologic_suffix_end(text: str, at: int) -> int | None:
    """Where the FDA's suffix of a biologic's name written at ``at`` of ``text`` ends
    ("zanidatamab-hrii"), or None when none is written there, or the word after the hyphen is a
    word and no suffix ("rituximab-free", :attr:`NamePatterns.not_suffixes`)."""
    m = _BIOLOGIC_SUFFIX.match(text, at)
    if m is None or m.group("w") in name_patterns().not_suffixes:
        return None
    return m.end()


def without_biologic_suffix(name: str) -> str:
    """A biologic's name without the FDA's suffix ("amivantamab-vmjw" -> "amivantamab")."""
    cut = re.search(r"-[a-z]{4}$", name)  # (never a word: "interferon alfa" keeps "alfa")
    if cut is None or biologic_suffix_end(f"-{name[cut.start() + 1 :]}", 0) is None:
        return name
    return name[: cut.start()]
