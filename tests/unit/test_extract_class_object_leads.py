"""drug_class of a list's items under a lead-in that ends with the class as what is used
("Treatment usually includes an antifungal medicine:" / "- fluconazole"), and none under a
lead-in whose class is a partner, a setting or the subject of side effects."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treatment usually includes an antifungal medicine:\n\n- fluconazole\n- itraconazole\n",
         {("fluconazole", "antifungal"), ("itraconazole", "antifungal")}),
        ("The doctor will prescribe a diuretic such as:\n\n- furosemide\n- bumetanide\n",
         {("furosemide", "diuretic"), ("bumetanide", "diuretic")}),
        ("Most people are treated with antihistamines:\n\n- cetirizine (Zyrtec)\n"
         "- loratadine (Claritin)\n",
         {("cetirizine", "antihistamine"), ("loratadine", "antihistamine")}),
        # a lead-in that points back to the class of the sentence before, with "may"
        ("Corticosteroids are often used to treat flares. These may include:\n\n"
         "- prednisone\n- budesonide\n",
         {("prednisone", "corticosteroid"), ("budesonide", "corticosteroid")}),
    ],
)
def test_list_items_under_a_lead_in_ending_with_the_used_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what is used instead of the class
        "Patients who stop taking statins may use:\n\n- ezetimibe\n- colesevelam\n",
        # a setting, not the members
        "After chemotherapy, you may be given:\n\n- ondansetron\n",
        # the class is a partner the items are given with
        "Treatment is usually given with a corticosteroid:\n\n- methotrexate\n",
        # the class's side effects
        "Side effects of antibiotics:\n\n- amoxicillin\n",
        # a negated lead-in
        "Doctors do not prescribe antibiotics for colds:\n\n- amoxicillin\n",
    ],
)
def test_no_class_for_items_under_a_lead_in_about_something_else(
    tmp_path: Path, text: str
) -> None:
    assert of_markdown(tmp_path, text, CLASS) == set()
