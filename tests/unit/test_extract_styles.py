"""Whole documents in the styles the extractor meets in the wild: exact facts per relation.

Each text in tests/data/texts is our own writing in the manner of a patient guide (PDQ-like,
bullets with "•" and hard wraps), an encyclopedia article (one long line per paragraph), a
review article (dense, abbreviations, suspended hyphens) and a set of tricky sentences
(contrast, passive voice, appositions inside lists).
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs

from trainer.domain import Relation
from trainer.generator import ExtractedFact, extract_documents

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"
ALL = "acute lymphoblastic leukemia"
R = Relation


def facts_of(name: str) -> list[ExtractedFact]:
    return extract_documents([TEXTS / name])


def pairs(facts: list[ExtractedFact], relation: Relation) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in facts if f.relation is relation}


def test_patient_guide_style() -> None:
    facts = facts_of("pdq_style.txt")
    assert pairs(facts, R.DRUG_CLASS) == {
        ("imatinib", "tyrosine kinase inhibitor"),
        ("blinatumomab", "monoclonal antibody"),
        ("inotuzumab ozogamicin", "antibody-drug conjugate"),
        # "Dasatinib and ponatinib are TKIs that are being studied in ...": what is studied is
        # their use; that they are TKIs is stated plainly (kept, flagged as hedged)
        ("dasatinib", "tyrosine kinase inhibitor"),
        ("ponatinib", "tyrosine kinase inhibitor"),
    }
    assert pairs(facts, R.DRUG_TARGET) == {
        ("blinatumomab", "CD19"),
        ("blinatumomab", "CD3"),
        ("inotuzumab ozogamicin", "CD22"),
    }
    assert pairs(facts, R.PHASE_DURATION) == {("maintenance", "2-3 years")}
    assert pairs(facts, R.PHASE_DRUGS) == set()
    assert pairs(facts, R.RISK_FACTOR) == {
        (ALL, "exposure to x-rays before birth"),
        (ALL, "ionizing radiation"),
        (ALL, "past treatment with chemotherapy"),
        (ALL, "changes in the genes"),
        (ALL, "Down syndrome"),
        (ALL, "neurofibromatosis type 1"),
        (ALL, "Bloom syndrome"),
    }
    assert pairs(facts, R.SYMPTOM_CAUSE) == {
        ("childhood acute lymphoblastic leukemia", "easy bruising"),
        ("childhood acute lymphoblastic leukemia", "fever"),
    }  # the disease's own symptoms, as the real-document keys read them


def test_maintenance_duration_is_read_from_its_item_label() -> None:
    fact = next(f for f in facts_of("pdq_style.txt") if f.relation is R.PHASE_DURATION)
    assert fact.lines == (19, 20)  # the "Maintenance:" item line through "It usually lasts ..."


def test_encyclopedia_style() -> None:
    facts = facts_of("encyclopedia_style.txt")
    assert pairs(facts, R.DRUG_CLASS) == {
        ("imatinib", "BCR-ABL1 inhibitor"),
        ("dasatinib", "BCR-ABL1 inhibitor"),
        ("blinatumomab", "bispecific T-cell engager"),
        ("tisagenlecleucel", "CAR T-cell therapy"),
    }
    assert pairs(facts, R.DRUG_TARGET) == {
        ("imatinib", "BCR-ABL1"),
        ("dasatinib", "BCR-ABL1"),
        ("tisagenlecleucel", "CD19"),
    }
    assert pairs(facts, R.PHASE_DURATION) == {("maintenance", "2-3 years")}
    assert pairs(facts, R.PHASE_DRUGS) == {
        ("induction", "glucocorticoid"),
        ("induction", "vincristine"),
        ("induction", "anthracycline"),
        ("induction", "asparaginase"),
        ("maintenance", "mercaptopurine"),
        ("maintenance", "methotrexate"),
        ("salvage therapy", "blinatumomab"),  # "is used in relapsed disease"
    }
    assert pairs(facts, R.PROGNOSTIC_FACTOR) == {
        (ALL, "age over 10 years (poorer prognosis)"),
        (ALL, "high white blood cell count at diagnosis (poorer prognosis)"),
        (ALL, "involvement of the central nervous system (poorer prognosis)"),
    }
    assert pairs(facts, R.RISK_FACTOR) == {
        (ALL, "Down syndrome"),
        (ALL, "Li-Fraumeni syndrome"),
        (ALL, "neurofibromatosis type 1"),
        (ALL, "significant radiation exposure"),
        (ALL, "prior chemotherapy"),
    }  # "whether ... pesticides play a role is unclear" is not a fact
    assert pairs(facts, R.MARKER) == {("bone marrow biopsy", f"diagnosis of {ALL}")}
    assert {(f.subject, f.object, f.qualifier) for f in facts if f.relation is R.NUMERIC} == {
        ("5-year survival rate", "about 90%", "children"),
        ("5-year survival rate", "about 35%", "adults"),
    }


def test_review_article_style() -> None:
    facts = facts_of("review_article.txt")
    assert pairs(facts, R.DRUG_CLASS) == {
        ("dasatinib", "tyrosine kinase inhibitor"),  # "Second- and third-generation TKIs"
        ("ponatinib", "tyrosine kinase inhibitor"),
        ("inotuzumab ozogamicin", "antibody-drug conjugate"),
        ("tisagenlecleucel", "CAR T-cell therapy"),
        ("brexucabtagene autoleucel", "CAR T-cell therapy"),
    }  # and not "vincristine -> corticosteroid" from "with vincristine, a steroid, ..."
    assert pairs(facts, R.DRUG_TARGET) == {
        ("blinatumomab", "CD19"),
        ("blinatumomab", "CD3"),
        ("inotuzumab ozogamicin", "CD22"),
        ("tisagenlecleucel", "CD19"),
        ("brexucabtagene autoleucel", "CD19"),
    }
    assert pairs(facts, R.PHASE_DURATION) == {("induction", "4 weeks")}
    assert pairs(facts, R.PHASE_DRUGS) == {
        ("induction", "vincristine"),
        ("induction", "anthracycline"),
        ("induction", "asparaginase"),
        ("consolidation", "methotrexate"),
        ("consolidation", "cytarabine"),
        ("CNS prophylaxis", "methotrexate"),
        ("maintenance", "mercaptopurine"),
        ("maintenance", "methotrexate"),
        # "CAR T cells (tisagenlecleucel, brexucabtagene autoleucel) induce remission in ...
        # patients with relapsed B-ALL": drugs of the relapse setting
        ("salvage therapy", "tisagenlecleucel"),
        ("salvage therapy", "brexucabtagene autoleucel"),
    }  # "dasatinib plus blinatumomab ... is under investigation" is not a fact
    assert pairs(facts, R.PROGNOSTIC_FACTOR) == {
        (ALL, "older age (poorer prognosis)"),
        (ALL, "high presenting white cell count (poorer prognosis)"),
        (ALL, "t(4;11) (poorer prognosis)"),
        (ALL, "Philadelphia chromosome (poorer prognosis)"),
        (ALL, "minimal residual disease (poorer prognosis)"),  # "strongest predictor of relapse"
    }
    assert {(f.subject, f.object, f.qualifier) for f in facts if f.relation is R.NUMERIC} == {
        ("complete remission rate", "85-90%", "adults"),
        ("peak incidence age", "2-5 years", "children"),  # "a first peak in children aged 2-5"
    }


def test_tricky_sentences() -> None:
    facts = facts_of("tricky_sentences.txt")
    assert pairs(facts, R.DRUG_TARGET) == {
        ("tisagenlecleucel", "CD19"),  # passive: "CD19 is also the target of ..."
        ("inotuzumab ozogamicin", "CD22"),
        ("blinatumomab", "CD19"),
        ("imatinib", "BCR-ABL1"),
        ("dasatinib", "BCR-ABL1"),
        ("dasatinib", "SRC family kinases"),
        ("ponatinib", "T315I mutation"),  # "Unlike imatinib, ponatinib ..." excludes imatinib
    }
    assert pairs(facts, R.DRUG_CLASS) == {
        ("vincristine", "chemotherapy"),
        ("dexamethasone", "chemotherapy"),
        ("imatinib", "tyrosine kinase inhibitor"),
        ("daunorubicin", "anthracycline"),
        ("nelarabine", "purine analog"),
        ("calaspargase pegol", "asparaginase enzyme"),
    }
    assert pairs(facts, R.PHASE_DRUGS) == {
        ("induction", "vincristine"),
        ("induction", "daunorubicin"),
    }  # the appositive classes ("a vinca alkaloid") are not drugs of the phase


def test_diagnostic_tests_page() -> None:
    facts = facts_of("diagnosis_tests.txt")
    assert pairs(facts, R.MARKER) == {
        ("peripheral blood smear", "blast cells"),
        ("bone marrow aspiration", f"diagnosis of {ALL}"),
        ("flow cytometry", "identification of type of leukemia"),
        ("cytogenetics", "chromosome changes"),
        ("fluorescence in situ hybridization", "BCR-ABL1 fusion"),
        ("lumbar puncture", "detection of leukemia cells in the cerebrospinal fluid"),
        ("TdT", "immature lymphoid cells"),
    }  # "CD20 is not a useful marker ..." gives nothing
    # what a test "measures", read as a free phrase (a path measured below 0.9 precision):
    # drafts for review, not cards
    every = extract_documents([TEXTS / "diagnosis_tests.txt"], min_confidence=0.0)
    assert draft_pairs(every, R.MARKER) == {
        ("complete blood count", "number of red cells, white cells and platelets"),
        ("minimal residual disease", "small number of leukemia cells left after treatment"),
    }
    assert pairs(facts, R.DRUG_TARGET) == set()
