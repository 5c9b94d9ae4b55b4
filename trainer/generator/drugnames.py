"""Drug names from a well-kept outside source, for the names our own lexicon does not list.

The source is the dictionary shipped by the ``drug-named-entity-recognition`` package (MIT
licence; names and synonyms from DrugBank, MeSH, MedlinePlus, the NHS and Wikipedia). Only its
data file is read: importing the package itself would load more than we need and write caches
in the home folder. Like our own lexicon, it gives names only: which generic name a brand or
synonym stands for, never a class or a target.

Kept: entries that DrugBank or MedlinePlus list as a drug, by their generic name. Left out:
combination products ("abacavir, dolutegravir, and lamivudine"), MeSH-only entries (mostly
groups such as "interferons"; its Pharmacologic Action headings are class names, handed to
:mod:`.classnames` by :func:`action_headings`), words of three letters or fewer, and the words
listed in ``resources/lexicon/not_drug_names.yaml`` (body substances and everyday words the
source also lists as drugs, e.g. "glucose", "histamine"). Brand names must be written with a
capital.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from trainer.config import resources_dir
from trainer.generator.tokens import tokenize

SOURCE_PACKAGE = "drug_named_entity_recognition"
SOURCE_FILE = "drug_ner_dictionary.pkl.bz2"
MAX_WORDS = 3
# A development code standing where the generic name should be: "hqp1351", "abt-199"
_CODE = re.compile(r"[a-z]{1,6}[- ]?\d[\w-]*")
# a label's note after the generic name: "cabozantinib (thyroid cancer)"
_LABEL_NOTE = re.compile(r"\s+\([^()]*\)$")


@dataclass(frozen=True, slots=True)
class SourceName:
    """What one surface form stands for: the generic name, and whether it is a brand."""

    name: str
    brand: bool


@dataclass(frozen=True)
class DrugNameSource:
    """Folded word tuples -> generic name. Empty when the source package is not installed."""

    names: dict[tuple[str, ...], SourceName]
    first_words: frozenset[str]

    def longest(self, keys: list[str], i: int) -> tuple[int, SourceName | None]:
        """The longest source name starting at ``keys[i]``: (words covered, name)."""
        if keys[i] not in self.first_words:
            return 0, None
        for n in range(min(MAX_WORDS, len(keys) - i), 0, -1):
            hit = self.names.get(tuple(keys[i : i + n]))
            if hit is not None:
                return n, hit
        return 0, None


def _source_file() -> Path | None:
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def not_drug_words() -> frozenset[str]:
    """Words never read as a drug unless our own drugs.yaml lists them (body substances,
    parts of the body, everyday words), from ``not_drug_names.yaml``; and the one-word class
    names of ``name_patterns.yaml`` with their plurals: "a statin" or "triptans" end like drug
    names, and the outside source lists "biguanides", but each names a class."""
    words: set[str] = set()
    for name, key in (("not_drug_names.yaml", "words"), ("name_patterns.yaml", "class_words")):
        path = resources_dir() / "lexicon" / name
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
        found = [str(w).lower() for w in (data or {}).get(key, [])]
        if key == "class_words":
            found = [f for w in found if " " not in w for f in (w, w + "s")]
        words.update(found)
    return frozenset(words)


# MeSH Pharmacologic Action: the tree of the source's class headings (see :mod:`.classnames`)
ACTION_TREE = "D27.505"


@dataclass(frozen=True)
class ActionHeading:
    """A MeSH Pharmacologic Action heading of the source, "Analgesics, Opioid", with its entry
    terms, as the source spells them."""

    name: str
    terms: tuple[str, ...]


def drug_name_source() -> DrugNameSource:
    """Load the source once per process (about half a second)."""
    return _parsed_source()[0]


@lru_cache(maxsize=1)
def source_openers() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Where a name of the source can start: its one-word names, and the first two words of
    its longer ones. A source name matches at a word only if one of them is there, so a word
    that opens none ("and" opens "and D ointment") need not be looked up at all."""
    names = drug_name_source().names
    return (frozenset(k[0] for k in names if len(k) == 1),
            frozenset((k[0], k[1]) for k in names if len(k) > 1))


def action_headings() -> tuple[ActionHeading, ...]:
    """The source's Pharmacologic Action headings: entries with no DrugBank or MedlinePlus id
    filed under :data:`ACTION_TREE` (names of classes, read by :mod:`.classnames`)."""
    return _parsed_source()[1]


@lru_cache(maxsize=1)
def _parsed_source() -> tuple[DrugNameSource, tuple[ActionHeading, ...]]:
    """Read the data file once for both (it is the slow part), then let it go."""
    path = _source_file()
    if path is None:
        return DrugNameSource({}, frozenset()), ()
    with bz2.open(path, "rb") as f:
        data = pickle.load(f)
    return _drug_names(data), _headings(data)


def _headings(data: dict) -> tuple[ActionHeading, ...]:
    canon: dict[str, dict] = data.get("drug_canonical_to_data", {})
    terms: dict[str, list[str]] = {
        key: [] for key, info in canon.items()
        if not (info.get("drugbank_id") or info.get("medline_plus_id"))
        and any(str(t).startswith(ACTION_TREE) for t in info.get("mesh_tree") or ())
    }
    for variant, keys in data.get("drug_variant_to_canonical", {}).items():
        for key in set(keys):
            if key in terms and variant != key:
                terms[key].append(variant)
    return tuple(
        ActionHeading(str(canon[key].get("name") or key), tuple(sorted(found)))
        for key, found in sorted(terms.items())
    )


def _drug_names(data: dict) -> DrugNameSource:
    variants: dict[str, list[str]] = data.get("drug_variant_to_canonical", {})
    canon: dict[str, dict] = data.get("drug_canonical_to_data", {})
    variant_data: dict[str, dict] = data.get("drug_variant_to_variant_data", {})
    excluded = not_drug_words()
    names: dict[tuple[str, ...], SourceName] = {}
    for variant, generics in variants.items():
        if len(set(generics)) != 1 or variant in excluded:
            continue
        info = canon.get(generics[0]) or {}
        # "cabozantinib (thyroid cancer)", "alemtuzumab (multiple sclerosis)": the source tells
        # apart one generic's labels by a trailing bracket; the drug's name is before it
        generic = _LABEL_NOTE.sub("", generics[0]) or generics[0]
        if not (info.get("drugbank_id") or info.get("medline_plus_id")):
            continue
        if "," in generic or " and " in generic or generic in excluded:
            continue
        keys = tuple(t.key for t in tokenize(variant) if t.raw.isalnum())
        if not keys or len(keys) > MAX_WORDS or (len(keys) == 1 and len(keys[0]) <= 3):
            continue
        brand = bool((variant_data.get(variant) or {}).get("is_brand")) or (
            variant != generic and variant not in (info.get("synonyms") or ())
            and not variant.startswith(generic)
        )
        if (_CODE.fullmatch(generic) or generic[:1].isdigit()) and variant.isalpha():
            # "olverembatinib", not its code "hqp1351" nor a chemical name "5-hydroxy...";
            # but "interferon beta-1a" is a generic name with a digit, and "Avonex" its brand
            generic, brand = variant, False
        names.setdefault(keys, SourceName(generic, brand))
    return DrugNameSource(names, frozenset(k[0] for k in names))
