"""A page's topic the lexicon does not know ("Sinusitis", from the page's title) is the
condition a passive "X is diagnosed with M" is said of, as a known disease's name is; a
sentence about another condition the lexicon does not know gives the page's topic nothing.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

MARKER = Relation.MARKER


def _page(sentence: str) -> str:
    return (
        "# Sinusitis\n\n## What is (are) Sinusitis ?\n\nSinusitis means your sinuses are "
        f"inflamed. {sentence}\n"
    )


def test_the_titled_topic_is_what_a_passive_diagnosis_is_of(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _page("Sinusitis is usually diagnosed with a CT scan."), MARKER)
    assert ("CT scan", "diagnosis of sinusitis") in found, found


def test_another_unknown_condition_gives_the_topic_no_test(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _page("Rhinolith is usually diagnosed with a CT scan."), MARKER)
    assert ("CT scan", "diagnosis of sinusitis") not in found, found


def test_a_test_that_tells_whether_you_have_the_condition(tmp_path: Path) -> None:
    for sentence, want in (
        ("A CT scan can tell if you have sinusitis.", ("CT scan", "sinusitis")),
        ("To find out if you have sinusitis, a doctor may order a CT scan.",
         ("CT scan", "diagnosis of sinusitis")),
    ):
        found = of_markdown(tmp_path, _page(sentence), MARKER)
        assert want in found, (sentence, found)
