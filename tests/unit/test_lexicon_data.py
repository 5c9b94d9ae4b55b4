"""Integrity tests for the name lexicon in resources/lexicon/*.yaml.

The lexicon is pure name data: every entry says "these strings name this thing". These tests
make sure the files load, have the agreed shape, never encode relations between names, and
that a handful of normalisations a learner would care about resolve correctly.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

LEXICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "lexicon"

STRING_FIELDS = ("aliases", "misspellings", "uncertain")
ALLOWED_KEYS = {"name", "aliases", "misspellings", "uncertain", "type", "note"}

# file stem -> (minimum entry count, allowed `type` values or None when `type` is forbidden)
FILES: dict[str, tuple[int, frozenset[str] | None]] = {
    "drugs": (200, None),
    "drug_classes": (50, None),
    "targets": (
        120,
        frozenset(
            {
                "antigen",
                "gene",
                "fusion",
                "chromosomal_abnormality",
                "molecule",
                "enzyme",
                "receptor",
                "cell",
                "structure",
            }
        ),
    ),
    "phases": (12, None),
    "markers": (40, frozenset({"test", "marker", "imaging", "procedure", "examination"})),
    "conditions": (
        60,
        frozenset(
            {
                "disease",
                "subtype",
                "symptom",
                "sign",
                "complication",
                "risk_factor",
                "exposure",
                "syndrome",
                "infection",
            }
        ),
    ),
}

# Strings that are ordinary English words (or hopelessly ambiguous) and must never be names.
FORBIDDEN_STRINGS = {"all", "ara", "et", "mm", "aids", "go", "the", "and"}


@cache
def load(stem: str) -> dict[str, Any]:
    with (LEXICON_DIR / f"{stem}.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{stem}.yaml must be a mapping"
    return data


def entry_strings(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """All (field, string) pairs of one entry, the canonical name included."""
    out = [("name", entry["name"])]
    for field in STRING_FIELDS:
        out.extend((field, s) for s in entry.get(field) or [])
    return out


@cache
def resolver(stem: str) -> dict[str, tuple[str, str]]:
    """Lower-cased string -> (canonical name, field it is listed under)."""
    table: dict[str, tuple[str, str]] = {}
    for entry in load(stem)["entries"]:
        for field, s in entry_strings(entry):
            table[s.lower()] = (entry["name"], field)
    return table


@pytest.mark.parametrize("stem", sorted(FILES))
def test_file_shape(stem: str) -> None:
    data = load(stem)
    assert set(data) == {"version", "entries"}
    assert data["version"] == 1
    assert isinstance(data["entries"], list) and data["entries"]


@pytest.mark.parametrize("stem", sorted(FILES))
def test_minimum_entry_count(stem: str) -> None:
    minimum, _ = FILES[stem]
    assert len(load(stem)["entries"]) >= minimum


@pytest.mark.parametrize("stem", sorted(FILES))
def test_entries_have_only_name_keys(stem: str) -> None:
    """The key set is closed: no relation-bearing fields (target, class, drugs, duration...)."""
    for entry in load(stem)["entries"]:
        assert isinstance(entry, dict), entry
        assert set(entry) <= ALLOWED_KEYS, (entry.get("name"), set(entry) - ALLOWED_KEYS)
        name = entry.get("name")
        assert isinstance(name, str) and name.strip(), entry
        for field in STRING_FIELDS:
            value = entry.get(field)
            assert value is None or isinstance(value, list), (name, field)
        if "note" in entry:
            assert isinstance(entry["note"], str) and entry["note"].strip(), name


@pytest.mark.parametrize("stem", sorted(FILES))
def test_type_field(stem: str) -> None:
    _, allowed = FILES[stem]
    for entry in load(stem)["entries"]:
        if allowed is None:
            assert "type" not in entry, f"{stem}: 'type' would classify {entry['name']!r}"
        else:
            assert entry.get("type") in allowed, (entry["name"], entry.get("type"))


@pytest.mark.parametrize("stem", sorted(FILES))
def test_strings_are_clean(stem: str) -> None:
    for entry in load(stem)["entries"]:
        for field, s in entry_strings(entry):
            where = (stem, entry["name"], field, s)
            assert isinstance(s, str), where  # catches YAML turning "+8" into an int
            assert s and s == s.strip(), where
            assert "\n" not in s and "  " not in s, where
            # an unquoted comma inside a flow list silently splits a string in two
            assert s.count("(") == s.count(")"), where
            assert s.count("[") == s.count("]"), where
            assert s.lower() not in FORBIDDEN_STRINGS, where


@pytest.mark.parametrize("stem", sorted(FILES))
def test_strings_unique_within_file(stem: str) -> None:
    seen: dict[str, str] = {}
    for entry in load(stem)["entries"]:
        for _, s in entry_strings(entry):
            key = s.lower()
            assert key not in seen, f"{stem}: {s!r} in {seen.get(key)!r} and {entry['name']!r}"
            seen[key] = entry["name"]


def test_strings_unique_across_files() -> None:
    """One string resolves to one thing across the whole lexicon."""
    seen: dict[str, str] = {}
    for stem in sorted(FILES):
        for entry in load(stem)["entries"]:
            for _, s in entry_strings(entry):
                key = s.lower()
                here = f"{stem}:{entry['name']}"
                assert key not in seen, f"{s!r} in {seen.get(key)} and {here}"
                seen[key] = here


def test_phases_carry_no_durations() -> None:
    duration = re.compile(r"\d+\s*(day|week|month|year|cycle|course)s?\b", re.IGNORECASE)
    for entry in load("phases")["entries"]:
        for _, s in entry_strings(entry):
            assert not duration.search(s), (entry["name"], s)


def test_phases_name_no_drugs() -> None:
    drugs = resolver("drugs")
    for entry in load("phases")["entries"]:
        for _, s in entry_strings(entry):
            words = re.findall(r"[\w-]+", s.lower())
            assert not any(w in drugs for w in words), (entry["name"], s)


@pytest.mark.parametrize(
    ("stem", "text", "canonical", "field"),
    [
        ("drugs", "Kymirah", "tisagenlecleucel", "misspellings"),
        ("drugs", "Kymria", "tisagenlecleucel", "misspellings"),
        ("drugs", "Kymriah", "tisagenlecleucel", "aliases"),
        ("drugs", "panatinib", "ponatinib", "misspellings"),
        ("drugs", "Iclusig", "ponatinib", "aliases"),
        ("drugs", "bonatumumab", "blinatumomab", "misspellings"),
        ("drugs", "blinatumumab", "blinatumomab", "misspellings"),
        ("drugs", "Blincyto", "blinatumomab", "aliases"),
        ("drugs", "inotuzimab", "inotuzumab ozogamicin", "misspellings"),
        ("drugs", "Besponsa", "inotuzumab ozogamicin", "aliases"),
        ("drugs", "Oncaspar", "pegaspargase", "aliases"),
        ("drugs", "poly(ethylene glycol)-L-asparaginase", "pegaspargase", "aliases"),
        ("drugs", "PEG-asparaginase", "pegaspargase", "aliases"),
        ("drugs", "Asparlas", "calaspargase pegol", "aliases"),
        ("drugs", "Erwinaze", "asparaginase erwinia chrysanthemi", "aliases"),
        ("drugs", "crisantaspase", "asparaginase erwinia chrysanthemi", "aliases"),
        ("drugs", "Rylaze", "asparaginase erwinia chrysanthemi (recombinant)", "aliases"),
        ("drugs", "JZP-458", "asparaginase erwinia chrysanthemi (recombinant)", "aliases"),
        ("drugs", "Elspar", "asparaginase", "aliases"),
        ("drugs", "Ara-C", "cytarabine", "aliases"),
        ("drugs", "cytosine arabinoside", "cytarabine", "aliases"),
        ("drugs", "cytarabin", "cytarabine", "misspellings"),
        ("drugs", "Alglucoside", "cytarabine", "uncertain"),
        ("drugs", "Rosamycin", "daunorubicin", "uncertain"),
        ("drugs", "rubidomycin", "daunorubicin", "aliases"),
        ("drugs", "daunorubicine", "daunorubicin", "misspellings"),
        ("drugs", "Adriamycin", "doxorubicin", "aliases"),
        ("drugs", "Oncovin", "vincristine", "aliases"),
        ("drugs", "vincristin", "vincristine", "misspellings"),
        ("drugs", "MTX", "methotrexate", "aliases"),
        ("drugs", "amethopterin", "methotrexate", "aliases"),
        ("drugs", "methotrexat", "methotrexate", "misspellings"),
        ("drugs", "6-MP", "mercaptopurine", "aliases"),
        ("drugs", "6-mercaptopurine", "mercaptopurine", "aliases"),
        ("drugs", "Purixan", "mercaptopurine", "aliases"),
        ("drugs", "6-thioguanine", "thioguanine", "aliases"),
        ("drugs", "VP-16", "etoposide", "aliases"),
        ("drugs", "VM-26", "teniposide", "aliases"),
        ("drugs", "Glivec", "imatinib", "aliases"),
        ("drugs", "STI571", "imatinib", "aliases"),
        ("drugs", "imatanib", "imatinib", "misspellings"),
        ("drugs", "Phyrago", "dasatinib", "aliases"),
        ("drugs", "dasatanib", "dasatinib", "misspellings"),
        ("drugs", "Tecartus", "brexucabtagene autoleucel", "aliases"),
        ("drugs", "Aucatzyl", "obecabtagene autoleucel", "aliases"),
        ("drugs", "folinic acid", "leucovorin", "aliases"),
        ("drugs", "co-trimoxazole", "trimethoprim-sulfamethoxazole", "aliases"),
        ("drug_classes", "TKIs", "tyrosine kinase inhibitor", "aliases"),
        ("drug_classes", "BiTE", "bispecific T-cell engager", "aliases"),
        ("drug_classes", "bispecific antibodies", "bispecific antibody", "aliases"),
        ("drug_classes", "ADC", "antibody-drug conjugate", "aliases"),
        ("drug_classes", "CAR-T", "CAR T-cell therapy", "aliases"),
        ("drug_classes", "HSCT", "hematopoietic stem cell transplantation", "aliases"),
        (
            "drug_classes",
            "bone marrow transplant",
            "hematopoietic stem cell transplantation",
            "aliases",
        ),
        ("drug_classes", "anthracyclines", "anthracycline", "aliases"),
        ("drug_classes", "antifolate", "folate antagonist", "aliases"),
        ("drug_classes", "IMiD", "immunomodulatory drug", "aliases"),
        ("targets", "BCR::ABL1", "BCR-ABL1", "aliases"),
        ("targets", "BCR-ABL", "BCR-ABL1", "aliases"),
        ("targets", "t(9;22)(q34;q11)", "t(9;22)", "aliases"),
        ("targets", "TEL-AML1", "ETV6-RUNX1", "aliases"),
        ("targets", "E2A-PBX1", "TCF3-PBX1", "aliases"),
        ("targets", "MLL rearrangement", "KMT2A rearrangement", "aliases"),
        ("targets", "MLL", "KMT2A", "aliases"),
        ("targets", "CALLA", "CD10", "aliases"),
        ("targets", "terminal deoxynucleotidyl transferase", "TdT", "aliases"),
        ("targets", "DHFR", "dihydrofolate reductase", "aliases"),
        ("targets", "BCL-2", "BCL2", "aliases"),
        ("targets", "Ph", "Philadelphia chromosome", "uncertain"),
        ("phases", "remission induction", "induction", "aliases"),
        ("phases", "continuation therapy", "continuation phase", "aliases"),
        ("phases", "initial intensive phase", "intensive phase", "aliases"),
        ("phases", "intrathecal prophylaxis", "CNS prophylaxis", "aliases"),
        ("phases", "prephase", "pre-phase", "aliases"),
        ("phases", "reinduction", "delayed intensification", "uncertain"),
        ("phases", "the whole treatment", "overall treatment", "aliases"),
        ("markers", "CBC", "complete blood count", "aliases"),
        ("markers", "full blood count", "complete blood count", "aliases"),
        ("markers", "spinal tap", "lumbar puncture", "aliases"),
        ("markers", "MRD", "minimal residual disease", "aliases"),
        ("markers", "measurable residual disease", "minimal residual disease", "aliases"),
        ("markers", "FISH", "fluorescence in situ hybridization", "aliases"),
        ("markers", "immunophenotyping", "flow cytometry", "aliases"),
        ("markers", "karyotype", "cytogenetics", "aliases"),
        ("markers", "trephine biopsy", "bone marrow biopsy", "aliases"),
        ("conditions", "acute lymphocytic leukemia", "acute lymphoblastic leukemia", "aliases"),
        (
            "conditions",
            "Ph+ ALL",
            "Philadelphia chromosome-positive acute lymphoblastic leukemia",
            "aliases",
        ),
        ("conditions", "Ph-like ALL", "Ph-like acute lymphoblastic leukemia", "aliases"),
        ("conditions", "anaemia", "anemia", "aliases"),
        ("conditions", "epistaxis", "nosebleeds", "aliases"),
        ("conditions", "swollen lymph nodes", "lymphadenopathy", "aliases"),
        ("conditions", "CRS", "cytokine release syndrome", "aliases"),
        (
            "conditions",
            "ICANS",
            "immune effector cell-associated neurotoxicity syndrome",
            "aliases",
        ),
        ("conditions", "trisomy 21", "Down syndrome", "aliases"),
        ("conditions", "human T-lymphotropic virus 1", "HTLV-1", "aliases"),
        ("conditions", "EBV", "Epstein-Barr virus", "aliases"),
    ],
)
def test_spot_checks(stem: str, text: str, canonical: str, field: str) -> None:
    assert resolver(stem).get(text.lower()) == (canonical, field)


def test_mistranslations_are_only_uncertain() -> None:
    """Leaflet mistranslations are normalised but always flagged, never silently trusted."""
    for text in ("Alglucoside", "Rosamycin"):
        hits = [
            (stem, entry["name"], field)
            for stem in FILES
            for entry in load(stem)["entries"]
            for field, s in entry_strings(entry)
            if s.lower() == text.lower()
        ]
        assert len(hits) == 1 and hits[0][2] == "uncertain", (text, hits)


def test_canonical_drug_names_are_lowercase_generics() -> None:
    """Generic drug names are shown lowercase (a capital letter hints at a brand slipping in)."""
    allowed_capitals = {
        "amphotericin B",
        "amphotericin B lipid complex",
        "liposomal amphotericin B",
    }
    for entry in load("drugs")["entries"]:
        name = entry["name"]
        assert name == name.lower() or name in allowed_capitals, name


def test_class_words_are_not_drugs() -> None:
    """Class words ("anthracyclines", "TKI") live in drug_classes.yaml, never in drugs.yaml."""
    drugs = resolver("drugs")
    for word in (
        "anthracycline",
        "anthracyclines",
        "tki",
        "tkis",
        "corticosteroids",
        "vinca alkaloids",
        "chemotherapy",
        "asparaginases",
        "car-t",
    ):
        assert word not in drugs, word


@pytest.mark.parametrize("stem", ["drugs", "drug_classes"])
def test_drugs_and_classes_are_alphabetical(stem: str) -> None:
    """Grouping drugs under class headings would smuggle in a drug -> class relation."""
    names = [entry["name"].lower() for entry in load(stem)["entries"]]
    assert names == sorted(names)
    text = (LEXICON_DIR / f"{stem}.yaml").read_text(encoding="utf-8")
    assert not re.search(r"^\s+#", text, re.MULTILINE), "no section comments in this file"
