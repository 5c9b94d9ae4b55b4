"""marker, risk_factor, symptom_cause, prognostic_factor and numeric facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import TEXTS, draft_pairs, extract, of_text, pairs, write_doc

from trainer.domain import Relation
from trainer.generator import extract_documents

ALL = "acute lymphoblastic leukemia"
R = Relation
# Short documents name their disease in a title, as real documents do.
HEADING = "Acute lymphoblastic leukemia (ALL)\n\n"


def _write(tmp_path: Path, text: str) -> Path:
    return write_doc(tmp_path, text, heading=HEADING)


def test_british_spelling_document() -> None:
    facts = extract(TEXTS / "british_spelling.txt")
    assert pairs(facts, R.SYMPTOM_CAUSE) == {
        ("low red blood cell count", "fatigue"),
        ("low red blood cell count", "shortness of breath"),
        ("low platelet count", "easy bruising"),
        ("low platelet count", "nosebleeds"),
        ("low white blood cell count", "recurrent infections"),
    }
    assert pairs(facts, R.RISK_FACTOR) == {
        (ALL, "previous chemotherapy or radiotherapy"),
        (ALL, "ionizing radiation"),  # the lexicon's name for it
        (ALL, "Down syndrome"),
        (ALL, "male sex"),
    }
    assert pairs(facts, R.PROGNOSTIC_FACTOR) == {
        (ALL, "age"),
        (ALL, "subtype"),
        (ALL, "response to treatment"),
        (ALL, "Philadelphia chromosome (poorer prognosis)"),
    }
    numeric = [f for f in facts if f.relation is R.NUMERIC]
    assert [(f.subject, f.object, f.qualifier) for f in numeric] == [
        ("5-year survival rate", "about 40%", "adults")
    ]


def test_patient_guide_risks_and_figures() -> None:
    facts = extract(TEXTS / "patient_guide.md")
    assert pairs(facts, R.RISK_FACTOR) == {
        (ALL, "prior chemotherapy"),
        (ALL, "genetic disorders"),
        (ALL, "Down syndrome"),
        (ALL, "brother or sister with acute lymphoblastic leukemia"),  # abbreviation written out
    }
    assert {(f.subject, f.object, f.qualifier) for f in facts if f.relation is R.NUMERIC} == {
        ("5-year survival rate", "about 90%", "children"),
        ("5-year survival rate", "30-40%", "adults"),
    }


def test_adult_overview_document() -> None:
    facts = extract(TEXTS / "adult_all_overview.txt")
    assert pairs(facts, R.PROGNOSTIC_FACTOR) == {
        (ALL, "age"),
        (ALL, "spread to the brain or spinal cord"),
        (ALL, "Philadelphia chromosome"),
        # an item asked as a question keeps its own words
        (ALL, "whether the cancer has been treated before or has recurred"),
    }
    assert pairs(facts, R.MARKER) == {
        ("flow cytometry", "identification of type of leukemia cells"),
    }
    # "checks whether leukemia cells have spread to ...": how far the disease reaches, read by
    # a path measured below 0.9 precision, so a draft for review rather than a card
    every = extract(TEXTS / "adult_all_overview.txt", min_confidence=0.0)
    assert draft_pairs(every, R.MARKER) == {
        ("lumbar puncture", "leukemia cells spread to the brain and spinal cord"),
    }
    assert {(f.subject, f.object, f.qualifier) for f in facts if f.relation is R.NUMERIC} == {
        ("complete remission rate", "80-90%", "adults"),
        ("long-term survival", "30-40%", "adults"),  # the text's own name
    }
    # the symptoms of the disease itself, as the real-document keys read them
    assert pairs(facts, R.SYMPTOM_CAUSE) == {
        ("adult acute lymphoblastic leukemia", s)
        for s in ("bleeding", "fever", "fatigue", "easy bruising")
    }


def test_other_disease_is_the_subject_it_names() -> None:
    facts = extract(TEXTS / "other_diseases.txt")
    assert pairs(facts, R.RISK_FACTOR) == {
        ("acute myeloid leukemia", "benzene"),
        ("acute myeloid leukemia", "prior chemotherapy"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A lack of platelets can cause bruising and nosebleeds.",
            {("low platelet count", "easy bruising"), ("low platelet count", "nosebleeds")},
        ),
        (
            "Fatigue and pallor are caused by anaemia.",
            {("anemia", "fatigue"), ("anemia", "pallor")},
        ),
        (
            "Bone marrow failure leads to anemia, causing tiredness and weakness.",
            {("bone marrow failure", "anemia"), ("anemia", "fatigue"), ("anemia", "weakness")},
        ),
        ("This causes fatigue.", set()),
        ("Chemotherapy can cause nausea and hair loss.", set()),
        (
            "Low neutrophils make patients more likely to get infections.",
            {("low neutrophil count", "infection")},
        ),
        (
            "Some children have bone pain and a limp. These symptoms come from leukaemia cells "
            "in the bone marrow.",
            {("leukaemia cells in the bone marrow", "bone pain"),
             ("leukaemia cells in the bone marrow", "limping")},
        ),
        (
            "Patients may notice night sweats and weight loss. These are caused by the disease.",
            set(),  # "the disease" names no cause
        ),
        ("These symptoms come from anemia.", set()),  # no sentence before lists them
    ],
)
def test_symptom_cause_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=HEADING) == expected


def test_symptoms_under_a_causal_lead_in(tmp_path: Path) -> None:
    text = "A shortage of platelets may cause the following symptoms:\n- bruising\n- gum bleeding\n"
    facts = [
        f for f in extract_documents([_write(tmp_path, text)]) if f.relation is R.SYMPTOM_CAUSE
    ]
    assert {(f.subject, f.object) for f in facts} == {
        ("low platelet count", "easy bruising"),
        ("low platelet count", "bleeding gums"),
    }
    assert all("hedged" in f.flags and f.lines[0] == 3 for f in facts)  # from the lead-in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Risk factors for ALL include exposure to benzene, Down syndrome and "
            "previous chemotherapy.",
            {(ALL, "benzene"), (ALL, "Down syndrome"), (ALL, "prior chemotherapy")},
        ),
        ("Smoking is a known risk factor for AML.", {("acute myeloid leukemia", "smoking")}),
        ("Breastfeeding may lower the risk of ALL.", set()),
    ],
)
def test_risk_factor_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, R.RISK_FACTOR, heading=HEADING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prognosis of ALL depends on age, white blood cell count and subtype.",
            {(ALL, "age"), (ALL, "white blood cell count"), (ALL, "subtype")},
        ),
        (
            "Patients with hypodiploidy have a poor prognosis in ALL.",
            {(ALL, "hypodiploidy (poorer prognosis)")},
        ),
        (
            "In ALL, the ETV6-RUNX1 fusion is associated with a favourable outcome.",
            {(ALL, "ETV6-RUNX1 (better prognosis)")},  # the lexicon name
        ),
        (
            "Factors linked to a good outlook include female sex and rapid early response.",
            {
                (ALL, "female sex (better prognosis)"),
                (ALL, "rapid early response (better prognosis)"),
            },
        ),
        (
            "High-risk features include hypodiploidy and the Philadelphia chromosome.",
            {
                (ALL, "hypodiploidy (poorer prognosis)"),
                (ALL, "Philadelphia chromosome (poorer prognosis)"),
            },
        ),
        (
            "A worse outcome is seen in infants and in older adults.",
            {(ALL, "infancy (poorer prognosis)"), (ALL, "older age (poorer prognosis)")},
        ),
        (
            "A poor prognosis is associated with a white cell count above 100,000 per microlitre.",
            {(ALL, "white cell count above 100,000 per microlitre (poorer prognosis)")},
        ),
        (
            "Age between 1 and 10 years is associated with a favourable outcome.",
            {(ALL, "age between 1 and 10 years (better prognosis)")},
        ),
        (
            "BCR-ABL1 positivity confers an adverse prognosis.",
            {(ALL, "BCR-ABL1 (poorer prognosis)")},
        ),
        (
            "The IKZF1 deletion predicts relapse and a worse outcome, while hyperdiploidy carries "
            "a good prognosis.",
            {(ALL, "IKZF1 deletion (poorer prognosis)"), (ALL, "hyperdiploidy (better prognosis)")},
        ),
        (
            "MRD positivity at the end of induction is the most powerful predictor of relapse.",
            {(ALL, "minimal residual disease (poorer prognosis)")},
        ),
        (
            "Patients who still have MRD after consolidation have a high risk of relapse.",
            {(ALL, "minimal residual disease (poorer prognosis)")},
        ),
        ("Children aged 2 to 8 have the best outlook.", {(ALL, "age 2 to 8 (better prognosis)")}),
        (
            "Kids generally have better outcomes than adults, and those over 70 fare the worst.",
            {(ALL, "younger age (better prognosis)"), (ALL, "age over 70 (poorer prognosis)")},
        ),
        # negated, without a comparison, or about another factor than age: nothing here
        ("Hypodiploidy is not associated with a better outcome.", set()),
        ("Adults do not have a better prognosis than children.", set()),
        ("Kids usually do better thanks to new drugs.", set()),
        # no age factor; the group's condition is the factor
        (
            "Children with Down syndrome do worse than other children.",
            {(ALL, "Down syndrome (poorer prognosis)")},
        ),
    ],
)
def test_prognostic_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=HEADING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A complete blood count shows low platelet counts.",
            {("complete blood count", "low platelet counts")},
        ),
        (
            "Acute lymphoblastic leukemia is diagnosed with a bone marrow biopsy and "
            "flow cytometry.",
            {
                ("bone marrow biopsy", f"diagnosis of {ALL}"),
                ("flow cytometry", f"diagnosis of {ALL}"),
            },
        ),
        (
            "Flow cytometry helps classify the leukemia.",
            {("flow cytometry", "classification of leukemia")},
        ),
        ("A lumbar puncture shows whether cells have spread.", set()),
        (
            "MRD testing is used to guide treatment decisions.",
            {("minimal residual disease", "treatment decisions")},
        ),
    ],
)
def test_marker_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, R.MARKER, heading=HEADING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The overall cure rate in adults is only 30% to 40%.",
            ("overall cure rate", "30-40%", "adults"),
        ),
        (
            "About 98% of children go into remission after induction.",
            ("remission rate after induction", "about 98%", "children"),
        ),
        ("Children have a 90% chance of survival.", ("survival rate", "90%", "children")),
        (
            "Long-term remission rates above 85% are now seen in pediatric patients.",
            ("long-term remission rate", "above 85%", "children"),
        ),
    ],
)
def test_numeric_sentences(tmp_path: Path, text: str, expected: tuple[str, str, str]) -> None:
    facts = [f for f in extract_documents([_write(tmp_path, text)]) if f.relation is R.NUMERIC]
    assert [(f.subject, f.object, f.qualifier) for f in facts] == [expected]


def test_prognosis_list_item_is_read_once(tmp_path: Path) -> None:
    text = (
        "Prognostic factors\n\n- Age: younger patients do better\n"
        "- White cell count: a high count means a poorer outlook\n"
    )
    assert of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=HEADING) == {
        (ALL, "younger age (better prognosis)"),
        (ALL, "white blood cell count (poorer prognosis)"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roughly 85% of children are now cured, compared with roughly 45% of adults.",
            [("cure rate", "about 85%", "children"), ("cure rate", "about 45%", "adults")],
        ),
        (
            "70 out of 100 adults (70%) go into remission after induction.",
            [("remission rate after induction", "70%", "adults")],
        ),
        (
            "Remission is achieved in 90% of children, compared with 20% of cases that relapse.",
            [("remission rate", "90%", "children")],
        ),
        (
            "In children the disease peaks between ages 3 and 6.",
            [("peak incidence age", "3-6 years", "children")],
        ),
        (
            "The peak incidence of ALL is between 3 and 6 years of age.",
            [("peak incidence age", "3-6 years", None)],
        ),
    ],
)
def test_numeric_comparisons_and_peaks(
    tmp_path: Path, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    facts = [f for f in extract_documents([_write(tmp_path, text)]) if f.relation is R.NUMERIC]
    assert sorted((f.subject, f.object, f.qualifier) for f in facts) == sorted(
        expected, key=lambda x: (x[0], x[1], x[2] or "")
    )


def test_numbers_without_a_measure_are_not_facts(tmp_path: Path) -> None:
    text = "About 85% of cases are B-cell ALL. Blinatumomab reduced the risk by 30%."
    assert of_text(tmp_path, text, R.NUMERIC, heading=HEADING) == set()


def _write(tmp_path: Path, text: str) -> Path:
    """A short document about ALL (the title names the disease, as real documents do)."""
    p = tmp_path / "doc.txt"
    p.write_text("Acute lymphoblastic leukemia (ALL)\n\n" + text, encoding="utf-8")
    return p
