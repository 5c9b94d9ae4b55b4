"""Drug class names from a well-kept outside source, below the classes our own lexicon lists.

The source is the data file of the ``drug-named-entity-recognition`` package (see
:mod:`.drugnames`), which also holds MeSH *Pharmacologic Action* headings: entries with no
DrugBank or MedlinePlus id whose MeSH tree numbers start with ``D27.505`` ("Anti-Bacterial
Agents", "Analgesics, Opioid", "Proton Pump Inhibitors"). They are names of classes only: this
module never says which drug belongs to which class.

A heading is written the way texts name a class: inverted headings are turned round
("Analgesics, Opioid" -> "opioid analgesic"), the last word made singular, "anti-bacterial" also
written "antibacterial", a class ending in "agent" also ending in "drug", "medicine" or
"medication", and "antibacterial agent" also written "antibacterial" alone (the bare word is
then the class's name, as our "antifungal" is). MeSH's entry terms are not taken: MeSH files
narrower, broader and merely related classes under one heading ("direct-acting oral
anticoagulants" under "Factor Xa Inhibitors"), and taking them as synonyms would make one class
stand for another.

Left out: headings and forms listed in ``resources/lexicon/class_name_exclusions.yaml`` (probes,
solutions, enzyme inducers, classes no nurse learns, forms that are also a drug, a test, a
condition, a target or an everyday word); classes the shapes of :mod:`.namepatterns` read already
(a name ending in "inhibitor", "agonist" or a class word such as "diuretic"), whose target is
read from their words; and every form our own lexicon already spells. A form that spells one of
our own classes differently ("anti-bacterial agent") joins that class as an alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from trainer.config import resources_dir
from trainer.generator.drugnames import action_headings, drug_name_source, not_drug_words
from trainer.generator.lexicon import Entry
from trainer.generator.namepatterns import find_shapes, name_patterns
from trainer.generator.tokens import _TOKEN_RE, _fold, tokenize

EXCLUSIONS = "class_name_exclusions.yaml"
MAX_WORDS = 5
# Last words that end a class named after what it is for: "agent" classes are also written
# with these heads ("antiemetic medication").
_GENERIC = ("agent", "drug", "medicine", "medication")
# An adjective that is a class by itself when its head is left out: "an antibacterial",
# "antivirals"; not "anti-obesity" or "anti-ulcer", which name what they are against.
_BARE = re.compile(r"anti-?[a-z]+(?:al|ic|ive|ant)")


@dataclass(frozen=True)
class Exclusions:
    """What ``class_name_exclusions.yaml`` leaves out, folded to lower case."""

    heading_words: frozenset[str]
    headings: frozenset[str]
    forms: frozenset[str]


@lru_cache(maxsize=1)
def exclusions() -> Exclusions:
    path = resources_dir() / "lexicon" / EXCLUSIONS
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Exclusions(words("heading_words"), words("headings"), words("forms"))


def _cased(word: str) -> str:
    """MeSH title case to how texts write a word: "Anti-Bacterial" -> "anti-bacterial";
    acronyms stay ("HIV", "H1", "CYP3A")."""
    parts = re.split(r"([-()])", word)
    return "".join(
        p if (p.isupper() and len(p) >= 2) or (p[:1].isupper() and any(c.isdigit() for c in p))
        else p.lower() for p in parts
    )


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def uninverted(heading: str) -> str | None:
    """A heading in text order, last word singular: "Analgesics, Opioid" -> "opioid analgesic";
    None for a heading that joins two classes ("Hypnotics and Sedatives")."""
    parts = [p.strip() for p in heading.split(",")]
    words = " ".join(reversed(parts)).split()
    if not words or "and" in (w.lower() for w in words) or len(words) > MAX_WORDS:
        return None
    words = [_cased(w) for w in words]
    words[-1] = _singular(words[-1])
    return " ".join(words)


def spellings(name: str) -> list[str]:
    """How texts write one class name: hyphen after "anti" or not, and a generic head
    ("agent") swapped for another ("drug", "medicine", "medication")."""
    words = name.split()
    first = [words[0]]
    if words[0].lower().startswith("anti-") and words[0][5:].isalpha():
        first.append("anti" + words[0][5:])
    out = []
    for w0 in first:
        base = [w0, *words[1:]]
        out.append(" ".join(base))
        if base[-1] in _GENERIC:
            out += [" ".join([*base[:-1], g]) for g in _GENERIC if g != base[-1]]
            if len(base) == 2 and _BARE.fullmatch(base[0].lower()):
                out.append(base[0])  # "antibacterial agent" is also "an antibacterial"
    return list(dict.fromkeys(out))


def shape_reads(name: str) -> bool:
    """Whether a class name is read by its shape already: it ends with a head such as
    "inhibitor" or "agonist" ("phosphodiesterase 5 inhibitor", "proton pump inhibitor"), or the
    shapes read it whole. Such a class needs no list, and listing it would change how the
    target its name carries is read."""
    pats = name_patterns()
    words = [w.lower() for w in name.split()]
    last = _singular(words[-1])
    if last in pats.class_heads or (last,) in pats.class_words:
        return True  # "potassium sparing diuretic" is read as its shape reads "diuretic"
    if len(words) == 2 and last in _GENERIC and (words[0],) in pats.class_words:
        return True  # "antitussive agent": the shapes read "antitussive"
    toks = tokenize(name)
    spans = find_shapes(name, [t.raw for t in toks], [t.key for t in toks],
                        [t.start for t in toks], [t.end for t in toks], [False] * len(toks))
    return any(s.kind == "drug_class" and s.start == 0 and s.end == len(name) for s in spans)


def _key(surface: str) -> tuple[str, ...]:
    """The folded words a name is matched on (as :mod:`.tokens` folds them), last one
    singular."""
    keys = [_fold(w) for w in _TOKEN_RE.findall(surface)]
    if keys:
        keys[-1] = _singular(keys[-1])
    return tuple(keys)


def class_entries(own: Iterable[Entry]) -> list[Entry]:
    """Class names from the source that ``own`` (our lexicon) does not spell, as entries of
    kind drug_class; and our own class entries that a source spelling joins, with the new
    spelling as an alias (returned in place of ours: the caller replaces them)."""
    own = list(own)
    taken: dict[tuple[str, ...], Entry] = {}
    for e in own:
        for s in (e.name, *e.aliases, *e.misspellings, *e.uncertain):
            taken.setdefault(_key(s), e)
    ex = exclusions()
    blocked = not_drug_words() | ex.forms
    drugs = drug_name_source().names
    groups: dict[str, list[str]] = {}
    for h in action_headings():
        low = h.name.lower()
        if low in ex.headings or ex.heading_words & set(re.split(r"[\s,()]+", low)):
            continue
        name = uninverted(h.name)
        if name is not None and not shape_reads(name):
            groups.setdefault(name, []).extend(spellings(name))
    joined: dict[str, Entry] = {}
    added: dict[str, Entry] = {}
    seen: set[tuple[str, ...]] = set(taken)
    for name, spelt in sorted(groups.items()):
        if any(shape_reads(f) for f in spelt if " " not in f):
            continue  # "anti-retroviral agent": the shapes read "antiretroviral"
        forms = [f for f in dict.fromkeys(spelt)
                 if f.lower() not in blocked and _key(f) not in drugs]
        ours = {taken[_key(f)].name: taken[_key(f)] for f in forms if _key(f) in taken}
        if any(e.kind != "drug_class" for e in ours.values()) or len(ours) > 1:
            continue  # also a drug, a test or a target, or two of our classes: left out
        new = []
        for f in forms:
            k = _key(f)
            if k and k not in seen:
                seen.add(k)
                new.append(f)
        if not new:
            continue
        if ours:
            e = next(iter(ours.values()))
            e = joined.get(e.name, e)
            joined[e.name] = replace(e, aliases=e.aliases + tuple(new))
        elif name in new:
            # "an antiparasitic", like our "antifungal": the bare word names the class
            bare = [f for f in new if " " not in f and _BARE.fullmatch(f.lower())]
            canon = min(bare, key=lambda f: ("-" in f, f)) if bare else name
            added[canon] = Entry("drug_class", canon, aliases=tuple(f for f in new if f != canon))
    return [*joined.values(), *added.values()]


def with_class_names(entries: list[Entry]) -> list[Entry]:
    """``entries`` with the source's class names added below them (see :func:`class_entries`)."""
    extra = class_entries(entries)
    joined = {e.name for e in extra}
    kept = [e for e in entries if not (e.kind == "drug_class" and e.name in joined)]
    return kept + extra
