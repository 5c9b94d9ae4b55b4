""""This test" several sentences after the test's own heading or label: the pointer stands for
the one test the heading or label names and nothing else (read in
:mod:`trainer.generator.extract.marker_labels`); a heading of two tests or of a topic, "it",
and a negated sentence give nothing."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

PAGE = "# Notes on Gout\n\nGout is a disease of the joints. Gout is painful.\n\n"


def test_this_test_under_a_heading_that_names_one_test(tmp_path: Path) -> None:
    text = PAGE + (
        "## Echocardiogram\n\n"
        "A gel is spread on the chest. A wand is moved over the skin.\n\n"
        "This test can show damage to the heart valves.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == {
        ("echocardiogram", "damage to the heart valves"),
    }


def test_the_test_after_a_paragraph_label(tmp_path: Path) -> None:
    text = PAGE + (
        "Biopsy. A small piece of tissue is removed with a needle. The sample is sent to a "
        "lab. The test can confirm the diagnosis of gout.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == {("biopsy", "diagnosis of gout")}


def test_a_flattened_list_item_label_named_by_kind_in_the_lead_in(tmp_path: Path) -> None:
    text = "# IgA Nephropathy\n\nIgA nephropathy is a kidney disease.\n\n" + (
        "IgA nephropathy is diagnosed with urine tests and a kidney biopsy:\n\n"
        "- Biopsy. A piece of tissue is taken with a needle. A pathologist looks at it. "
        "The test can show IgA deposits in the kidney.\n"
    )
    assert ("kidney biopsy", "IgA deposits in the kidney") in of_markdown(tmp_path, text, R.MARKER)


def test_a_heading_of_a_test_with_its_kind_word(tmp_path: Path) -> None:
    text = PAGE + (
        "## Chest X-Ray Test\n\n"
        "You stand in front of a plate. You hold your breath for a moment.\n\n"
        "This test can show fluid in the lungs.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == {("chest X-ray", "fluid in the lungs")}


def test_a_heading_of_two_tests_leaves_the_pointer_open(tmp_path: Path) -> None:
    text = PAGE + (
        "## Echocardiogram and Chest X-Ray\n\n"
        "You lie on a table for a while.\n\n"
        "This test can show fluid in the lungs.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == set()


def test_a_topic_heading_leaves_the_pointer_open(tmp_path: Path) -> None:
    text = PAGE + (
        "## Diagnostic Tests\n\n"
        "You lie on a table for a while.\n\n"
        "This test can show fluid in the lungs.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == set()


def test_it_is_not_read_from_the_heading(tmp_path: Path) -> None:
    text = PAGE + (
        "## Echocardiogram\n\n"
        "A gel is spread on the chest. A wand is moved over the skin.\n\n"
        "It can show damage to the heart valves.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == set()


def test_a_negated_pointer_sentence_gives_nothing(tmp_path: Path) -> None:
    text = PAGE + (
        "## Echocardiogram\n\n"
        "A gel is spread on the chest. A wand is moved over the skin.\n\n"
        "This test cannot show damage to the heart valves.\n"
    )
    assert of_markdown(tmp_path, text, R.MARKER) == set()


def test_a_test_named_just_before_wins_over_the_heading(tmp_path: Path) -> None:
    text = PAGE + (
        "## Echocardiogram\n\n"
        "A gel is spread on the chest. Your doctor may also order a chest x-ray. "
        "This test can show fluid in the lungs.\n"
    )
    found = of_markdown(tmp_path, text, R.MARKER)
    assert ("echocardiogram", "fluid in the lungs") not in found


def test_the_images_of_the_item_s_imaging_test(tmp_path: Path) -> None:
    text = PAGE + (
        "Gout is diagnosed with these tests:\n\n"
        "- Ultrasound. A wand is moved over the joint. No anesthesia is needed. The images "
        "can show uric acid crystals in the joint.\n"
    )
    assert ("ultrasound", "uric acid crystals in the joint") in of_markdown(
        tmp_path, text, R.MARKER
    )


def test_the_pictures_of_the_test_named_just_before(tmp_path: Path) -> None:
    text = PAGE + "You may have an MRI of the knee. The pictures may show a torn ligament.\n"
    assert ("MRI", "torn ligament") in of_markdown(tmp_path, text, R.MARKER)


def test_images_sent_or_denied_give_nothing(tmp_path: Path) -> None:
    for text in (
        "- Ultrasound. A wand is moved over the joint. The images are sent to a doctor.\n",
        "- Ultrasound. A wand is moved over the joint. The images cannot show crystals.\n",
    ):
        assert of_markdown(tmp_path, PAGE + text, R.MARKER) == set()
