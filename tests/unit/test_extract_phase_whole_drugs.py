"""The whole course told by the drugs used for the page's own disease.

"X is treated with A or B", "Drugs used to treat X include A and B", "The medicines used for
the treatment of X are A and B": with no phase named, the drugs of the whole course (overall
treatment). A population or a form of the disease, another disease, a negation, a phase set
by the heading or by an earlier sentence, or a class told as what the disease is treated with
give no such card.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import draft_pairs, extract, of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Tuberculosis", "Tuberculosis is usually treated with isoniazid and rifampin.",
         {"isoniazid", "rifampin"}),
        ("Toxoplasmosis", "Drugs used to treat toxoplasmosis include pyrimethamine and "
                          "sulfadiazine.", {"pyrimethamine", "sulfadiazine"}),
        ("Giardiasis", "The medicines used for the treatment of giardiasis are metronidazole "
                       "and tinidazole.", {"metronidazole", "tinidazole"}),
        # the page's disease told by a word of its title
        ("Enterobiasis (Pinworm Infection)",
         "The medications used against pinworm are mebendazole and albendazole.",
         {"mebendazole", "albendazole"}),
    ],
)
def test_the_drugs_of_the_disease_are_the_whole_course(
    tmp_path: Path, title: str, body: str, expected: set[str]
) -> None:
    assert of_markdown(tmp_path, page(title, body), DRUGS) == {
        ("overall treatment", d) for d in expected
    }


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a population or a form of the disease: a setting of its own
        ("Tuberculosis", "Children with tuberculosis are treated with isoniazid."),
        ("Tuberculosis", "Latent tuberculosis is usually treated with isoniazid."),
        ("Acute lymphoblastic leukemia", "Philadelphia chromosome-positive ALL is treated with "
                                         "imatinib."),
        # another disease, a negation
        ("Tuberculosis", "Malaria is treated with chloroquine."),
        ("Tuberculosis", "Tuberculosis is not treated with amoxicillin."),
    ],
)
def test_no_whole_course_from_another_setting(tmp_path: Path, title: str, body: str) -> None:
    found = of_markdown(tmp_path, page(title, body), DRUGS)
    assert not any(phase == "overall treatment" for phase, _ in found)


def test_a_phase_set_before_comes_first(tmp_path: Path) -> None:
    text = page("Thrombotic thrombocytopenic purpura",
                "Other treatments are used if plasma therapy does not work well. Medicines used "
                "to treat TTP include rituximab and vincristine.")
    found = of_markdown(tmp_path, text, DRUGS)
    assert ("salvage therapy", "rituximab") in found
    assert not any(phase == "overall treatment" for phase, _ in found)


def test_a_class_the_disease_is_treated_with_is_a_draft(tmp_path: Path) -> None:
    p = tmp_path / "page.md"
    p.write_text(page("Tuberculosis", "Tuberculosis is treated with antibiotics such as "
                                      "isoniazid."), encoding="utf-8")
    facts = extract(p, min_confidence=0.0)
    assert ("overall treatment", "antibiotic") in draft_pairs(facts, DRUGS)
    assert ("overall treatment", "isoniazid") in of_markdown(tmp_path, p.read_text(), DRUGS)
