"""drug_class through a class given as an example of a broader one ("hormone therapy, such
as an aromatase inhibitor (such as X) or Y"): the bracketed drugs are of both classes, the
sibling after the bracket of the broader one; a negation or an open bracket gives nothing more.
Also the drug a class is said to hold besides the rest ("antibiotics other than X")."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She was given hormone therapy, such as an aromatase inhibitor (such as anastrozole "
            "or letrozole) or fulvestrant.",
            {("anastrozole", "aromatase inhibitor"), ("letrozole", "aromatase inhibitor"),
             ("anastrozole", "hormone therapy"), ("letrozole", "hormone therapy"),
             ("fulvestrant", "hormone therapy")},
        ),
        (
            "Doctors prescribe a corticosteroid, like a glucocorticoid (e.g. prednisone), or "
            "hydrocortisone.",
            {("prednisone", "glucocorticoid"), ("prednisone", "corticosteroid"),
             ("hydrocortisone", "corticosteroid")},
        ),
        # a negation before the broader class: only the inner class's own example
        (
            "Patients should not take NSAIDs, such as a COX-2 inhibitor (celecoxib).",
            {("celecoxib", "COX-2 inhibitor")},
        ),
        # an inner class after "with", not an example of the one before
        (
            "Chemotherapy with an anthracycline (doxorubicin) and cyclophosphamide is given.",
            {("doxorubicin", "anthracycline")},
        ),
    ],
)
def test_examples_through_an_inner_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use of antibiotics other than doxycycline is linked to a higher risk of death.",
         {("doxycycline", "antibiotic")}),
        ("NSAIDs except aspirin raise the risk of bleeding less.",
         {("aspirin", "nonsteroidal anti-inflammatory drug")}),
        # a generic noun names no class; "rather than" sets the drug against the class
        ("Avoid medicines other than acetaminophen.", set()),
        ("Statins rather than ezetimibe are used first.", set()),
    ],
)
def test_the_drug_a_class_is_said_to_hold_besides_the_rest(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
