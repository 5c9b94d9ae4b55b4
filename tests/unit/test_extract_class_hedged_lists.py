"""A class's examples after "such as" or "including" stay its members when the sentence goes on
to hedge their use ("Angiogenesis inhibitors, such as A and B, are being studied"): the study
is of their use, not of what they are. The facts are kept, flagged hedged."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_text, write_doc

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angiogenesis inhibitors, such as cediranib and thalidomide, are being studied to "
            "treat rare sarcomas.",
            {("cediranib", "angiogenesis inhibitor"), ("thalidomide", "angiogenesis inhibitor")},
        ),
        (
            "Statins, including atorvastatin and simvastatin, are being tested in a trial for "
            "lung disease.",
            {("atorvastatin", "statin"), ("simvastatin", "statin")},
        ),
        (
            "Antidepressants such as amitriptyline might be tried for nerve pain.",
            {("amitriptyline", "antidepressant")},
        ),
    ],
)
def test_examples_of_a_class_whose_use_is_hedged(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
    flagged = {(f.subject, f.object) for f in extract(write_doc(tmp_path, text))
               if f.relation is CLASS and "hedged" in f.flags}
    assert flagged == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the drugs might act like is no class of theirs
        "New drugs being studied, such as cediranib, may work like statins.",
        # the class named only inside a hope: the hedge stands before it
        "Researchers might one day test statins such as atorvastatin here.",
        # the drug is said only perhaps to be of the class
        "Thalidomide may possibly be an angiogenesis inhibitor, researchers think.",
    ],
)
def test_no_card_where_the_class_itself_is_in_doubt(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
