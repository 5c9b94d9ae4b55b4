"""Tests a page names by their usual names ("pelvic exam", "throat culture", "ultrasound
exam") are read as tests; an organ's own examination finds what it is used for, while a
whole-body physical exam, which helps diagnose any disease, gives no card of that kind.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

MARKER = Relation.MARKER


def test_named_tests_are_read(tmp_path: Path) -> None:
    for sentence, card in (
        ("A pelvic exam is used to diagnose a cystocele.",
         ("pelvic exam", "diagnosis of cystocele")),
        ("A throat culture is used to diagnose strep throat.",
         ("throat culture", "diagnosis of strep throat")),
        ("An ultrasound exam can show kidney stones.", ("ultrasound", "kidney stones")),
    ):
        assert card in of_markdown(tmp_path, f"# Cystocele\n\n{sentence}\n", MARKER), sentence


def test_a_whole_body_exam_that_helps_diagnose_gives_no_card(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, "# Cystocele\n\nA physical exam is used to diagnose a "
                        "cystocele.\n", MARKER)
    assert found == set(), found
