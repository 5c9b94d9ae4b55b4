"""A biologic named with the four-letter suffix the FDA adds ("Zanidatamab-hrii") is the drug
every reader knows: the suffix is part of its name, not a word after it, and the card names the
drug without it.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation


def test_a_suffixed_name_is_read_as_the_drug(tmp_path: Path) -> None:
    text = (
        "# Zanidatamab-hrii\n\nZanidatamab-hrii works by binding to two specific sites on the "
        "HER2 protein.\n"
    )
    assert ("zanidatamab", "HER2") in of_markdown(tmp_path, text, Relation.DRUG_TARGET)


def test_a_hyphenated_word_after_a_drug_is_no_suffix(tmp_path: Path) -> None:
    # "-like" is no FDA suffix: antibodies like rituximab are not rituximab
    text = "# Therapy\n\nRituximab-like antibodies bind to the CD20 protein.\n"
    assert ("rituximab", "CD20") not in of_markdown(tmp_path, text, Relation.DRUG_TARGET)
