"""Name recognition and normalisation: aliases, brands, misspellings, uncertain names, fuzzy."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.generator.lexicon import Lexicon, Mention
from trainer.generator.lexicon_load import LexiconError, lexicon_from_mapping, load_lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def names(lex: Lexicon, text: str, kind: str = "drug") -> list[str]:
    return [m.name(kind) for m in lex.find(text) if m.is_kind(kind)]


def only(lex: Lexicon, text: str) -> Mention:
    found = lex.find(text)
    assert len(found) == 1, found
    return found[0]


def test_case_aliases_and_brands(lex: Lexicon) -> None:
    assert names(lex, "IMATINIB, Gleevec and the brand Sprycel") == [
        "imatinib",
        "imatinib",
        "dasatinib",
    ]
    assert names(lex, "Rylaze® and Besponsa™") == [
        "asparaginase erwinia chrysanthemi (recombinant)",
        "inotuzumab ozogamicin",
    ]
    assert names(lex, "6 -mercaptopurine or 6-MP") == ["mercaptopurine", "mercaptopurine"]


def test_misspellings_are_corrected_with_a_flag(lex: Lexicon) -> None:
    m = only(lex, "bonatumumab")
    assert m.name("drug") == "blinatumomab"
    assert m.flags("drug") == ("corrected:bonatumumab->blinatumomab",)
    assert only(lex, "panatinib").name("drug") == "ponatinib"
    assert only(lex, "Kymirah").name("drug") == "tisagenlecleucel"


def test_uncertain_names_are_normalised_and_flagged(lex: Lexicon) -> None:
    m = only(lex, "Alglucoside")
    assert m.name("drug") == "cytarabine"
    assert m.flags("drug") == ("uncertain-name:Alglucoside",)
    assert m.confidence("drug") < 1.0


def test_acronyms_are_case_sensitive(lex: Lexicon) -> None:
    assert names(lex, "given to all children", "condition") == []
    assert names(lex, "AML and CML", "condition") == [
        "acute myeloid leukemia",
        "chronic myeloid leukemia",
    ]
    assert names(lex, "the pH of the blood", "target") == []


def test_hyphens_plurals_british_spelling(lex: Lexicon) -> None:
    cls = "drug_class"
    assert names(lex, "CAR-T cell therapy", cls) == ["CAR T-cell therapy"]
    assert names(lex, "CAR T-Cell Therapy", cls) == ["CAR T-cell therapy"]
    assert names(lex, "two TKIs", cls) == ["tyrosine kinase inhibitor"]
    assert names(lex, "acute lymphoblastic leukaemia", "condition") == [
        "acute lymphoblastic leukemia"
    ]
    assert names(lex, "anaemia", "condition") == ["anemia"]


def test_acronym_in_brackets_inside_a_name_is_skipped(lex: Lexicon) -> None:
    m = only(lex, "chimeric antigen receptor (CAR) T-cell therapy")
    assert m.name("drug_class") == "CAR T-cell therapy"


def test_longest_match_wins(lex: Lexicon) -> None:
    found = lex.find("a tyrosine kinase inhibitor")
    assert [m.name("drug_class") for m in found] == ["tyrosine kinase inhibitor"]
    assert not any(m.is_kind("target") for m in found)


def test_lookup_and_canonical(lex: Lexicon) -> None:
    assert lex.canonical("Oncaspar", "drug") == "pegaspargase"
    assert lex.canonical("exposure to radiation", "condition") == "ionizing radiation"
    assert lex.lookup("vincristine and") == ()


# -- fuzzy correction on a small lexicon --------------------------------------------------------

SMALL = {
    "drug": [
        {"name": "blinatumomab"},
        {"name": "ponatinib"},
        {"name": "inotuzumab ozogamicin", "aliases": ["inotuzumab"]},
        {"name": "daunorubicin"},
    ],
    "drug_class": [{"name": "tyrosine kinase inhibitor", "aliases": ["TKI"]}],
}


def test_fuzzy_corrects_a_close_misspelling() -> None:
    lex = lexicon_from_mapping(SMALL)
    m = only(lex, "ponatnib")
    assert m.name("drug") == "ponatinib"
    assert m.flags("drug") == ("corrected:ponatnib->ponatinib",)


def test_fuzzy_keeps_real_other_drugs_apart() -> None:
    lex = lexicon_from_mapping(SMALL)
    # real drugs the small lexicon lacks keep their own names (from the outside drug-name
    # source, or by their stem); none is "corrected" into its look-alike
    for word in ("obinutuzumab", "idarubicin", "olverembatinib"):
        m = only(lex, word)
        hit = m.hit("drug")
        assert hit is not None and hit.name == word and hit.variant in ("name", "stem")
        assert not any(f.startswith("corrected:") for f in m.flags("drug"))


def test_a_closed_lexicon_holds_unknown_drug_words_back() -> None:
    lex = Lexicon(lexicon_from_mapping(SMALL).entries, open_names=False)
    m = only(lex, "olverembatinib")
    assert m.flags("drug") == ("unknown-name:olverembatinib",)
    assert m.confidence("drug") < 0.5


def test_ordinary_words_are_not_drug_candidates() -> None:
    lex = lexicon_from_mapping(SMALL)
    assert lex.find("the increase of disease in the database") == []


def test_load_lexicon_caches_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "drugs.yaml").write_text(
        "version: 1\nentries:\n  - name: imatinib\n", encoding="utf-8"
    )
    first = load_lexicon(tmp_path)
    assert load_lexicon(tmp_path) is first
    assert [e.name for e in first.entries] == ["imatinib"]
    (tmp_path / "phases.yaml").write_text("entries:\n  - aliases: [x]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"phases\.yaml"):
        load_lexicon(tmp_path)


def test_mapping_rejects_unknown_kinds() -> None:
    with pytest.raises(LexiconError):
        lexicon_from_mapping({"animal": [{"name": "cat"}]})
