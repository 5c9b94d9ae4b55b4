"""What a list of tests is used for, read by structure: verbs joined on one object share it
("diagnose and stage X"), "help" before a verb is no part of the purpose, each item's test is
the one it opens with, and a procedure is never what another procedure shows."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

PAGE = "# Notes on Hodgkin Lymphoma\n\nHodgkin lymphoma is a cancer. Hodgkin lymphoma is rare.\n\n"


def test_verbs_joined_on_one_object_share_it(tmp_path: Path) -> None:
    text = PAGE + (
        "The following tests are used to diagnose and stage Hodgkin lymphoma:\n\n"
        "- **MRI** uses a magnet and radio waves to make pictures of the body.\n"
        "- For the PET scan, a small amount of radioactive glucose is put into a vein.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == {
        ("MRI", "diagnosis of Hodgkin lymphoma"),
        ("MRI", "staging of Hodgkin lymphoma"),
    }


def test_help_before_a_list_of_purposes(tmp_path: Path) -> None:
    text = PAGE + "A bone marrow biopsy is used to help diagnose cancer, plan treatment, or both.\n"
    assert of_markdown(tmp_path, text, R.MARKER) == {
        ("bone marrow biopsy", "diagnosis of cancer"),
        ("bone marrow biopsy", "treatment planning"),
    }


def test_a_procedure_is_not_what_another_shows(tmp_path: Path) -> None:
    text = PAGE + (
        "The following kinds of biopsy may be used to check for Hodgkin lymphoma:\n\n"
        "- **Image-guided biopsy** is often used for core-needle biopsies.\n"
    )
    found = of_markdown(tmp_path, text, R.MARKER)
    assert not any("core-needle" in obj or "used for" in obj for _, obj in found)
