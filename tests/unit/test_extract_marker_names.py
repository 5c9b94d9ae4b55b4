"""Marker readings on fresh text: a test's clipped name ("echo", "flow") names the test only
as written and on a page that names it in full; a pronoun opening a clause stands for the one
test the same or the sentence before names; a gene name only its shape made is a marker only
where the text calls it one; an object that is people, a time or a drug is no finding."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import drafts, of_text

from trainer.domain import Relation as R

HEART = "# Heart valve disease\n\n"
THYROID = "# Thyroid nodules\n\n"
BREAST = "# Breast cancer\n\n"


def _all(tmp_path: Path, text: str, heading: str) -> set[tuple[str, str]]:
    return of_text(tmp_path, text, R.MARKER, heading=heading) | drafts(
        tmp_path, text, R.MARKER, heading=heading
    )


def test_an_inflected_english_word_is_not_a_clipped_test_name(tmp_path: Path) -> None:
    text = (
        "Sound waves bounce off the organs and make echoes. "
        "The echoes show the outline of the nodule.\n"
    )
    assert not {s for s, _ in _all(tmp_path, text, THYROID)} & {"echocardiogram"}


def test_a_clip_names_the_test_on_a_page_that_names_it_in_full(tmp_path: Path) -> None:
    text = (
        "Echocardiography (echo) makes moving pictures of the heart. "
        "Echo can show a leaky mitral valve.\n"
    )
    assert ("echocardiogram", "leaky mitral valve") in of_text(
        tmp_path, text, R.MARKER, heading=HEART
    )


def test_a_clip_alone_on_a_page_names_no_test(tmp_path: Path) -> None:
    text = "The valve can show a reduced flow. Echo can show a leaky mitral valve.\n"
    assert _all(tmp_path, text, HEART) == set()


def test_letters_of_a_dotted_degree_are_no_marker(tmp_path: Path) -> None:
    text = "Anna Berg, Ph.D., showed that the new scan finds small nodules.\n"
    assert _all(tmp_path, text, THYROID) == set()


def test_these_stands_for_the_test_named_before(tmp_path: Path) -> None:
    text = (
        "A biomarker test may be done on the tissue. "
        "These will check the tumor cells for hormone receptors and help plan treatment.\n"
    )
    found = _all(tmp_path, text, BREAST)
    assert ("biomarker test", "treatment planning") in found
    assert not any(s.startswith("hormone receptor") for s, _ in found)


def test_a_pronoun_with_two_tests_before_it_gives_no_fact(tmp_path: Path) -> None:
    text = (
        "An ultrasound and an MRI may be done. "
        "This test can show the size of the nodule.\n"
    )
    assert _all(tmp_path, text, THYROID) == set()


def test_a_pronoun_with_no_test_before_it_gives_no_fact(tmp_path: Path) -> None:
    text = (
        "Sound waves are sent into the neck and make a picture. "
        "This procedure can show the size of the nodule.\n"
    )
    assert _all(tmp_path, text, THYROID) == set()


def test_a_test_name_modifying_a_noun_is_no_antecedent(tmp_path: Path) -> None:
    text = (
        "The x-ray machine takes pictures while the bladder empties. "
        "This test can show reflux of urine into the kidneys.\n"
    )
    assert _all(tmp_path, text, "# Urinary reflux\n\n") == set()


def test_the_pronoun_takes_the_test_over_the_substance_it_measures(tmp_path: Path) -> None:
    text = (
        "An ultrasound of the neck is done after the TSH level is checked. "
        "It can show calcium deposits in the nodule.\n"
    )
    assert {s for s, _ in _all(tmp_path, text, THYROID)} == {"ultrasound"}


def test_a_shape_made_gene_name_is_a_marker_only_when_called_one(tmp_path: Path) -> None:
    text = "The KESTREL4 trial showed longer survival with the new drug.\n"
    assert _all(tmp_path, text, BREAST) == set()
    called = "KLF19 gene testing helps predict response to hormone therapy.\n"
    assert {s for s, _ in _all(tmp_path, called, BREAST)} <= {"KLF19"}


def test_people_as_what_a_test_shows_give_no_fact(tmp_path: Path) -> None:
    text = "A mammogram is used to screen women over 50.\n"
    assert not any(o.startswith("women") for _, o in _all(tmp_path, text, BREAST))


def test_the_head_word_of_a_test_name_is_the_substance_itself(tmp_path: Path) -> None:
    # "creatinine" is the head of "serum creatinine", no clip: the page needs no full name
    text = "Creatinine measures how well the kidneys filter waste.\n"
    assert ("serum creatinine", "how well the kidneys filter waste") in _all(
        tmp_path, text, "# Kidney disease\n\n"
    )


def test_a_pronoun_opening_a_clause_of_its_own_is_not_the_tests_subject(tmp_path: Path) -> None:
    text = (
        "An ultrasound of the neck is done first. "
        "This is why a biopsy is needed to confirm the diagnosis.\n"
    )
    assert not any(s == "ultrasound" for s, _ in _all(tmp_path, text, THYROID))
    related = (
        "A bone marrow biopsy helps plan treatment. "
        "It also shows changes in genes that guide the choice of drugs.\n"
    )
    found = _all(tmp_path, related, "# Leukemia\n\n")
    assert ("bone marrow biopsy", "choice of drugs") not in found
