"""Phases whose drugs a sentence names by reference ("Doctors prescribe these medicines to ..."),
and the first treatment told in words ("as the first therapy") rather than by "first-line"."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


def test_these_medications_after_a_class_list_take_the_aim_of_the_sentence(
    tmp_path: Path,
) -> None:
    text = (
        "Immunomodulators calm the immune system. Immunomodulators include\n\n"
        "- azathioprine - methotrexate\n\n"
        "Doctors prescribe these medications to help people with colitis go into remission. "
        "People taking these medications may have side effects.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("induction", "azathioprine"), ("induction", "methotrexate"),
        ("induction", "immunomodulator"),
    }


def test_these_medicines_after_a_sentence_take_its_relapsed_setting(tmp_path: Path) -> None:
    text = (
        "Medicines that calm the immune system, such as methotrexate or azathioprine, are "
        "sometimes used.\n\nYour doctor may prescribe these medicines if the disease comes back.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("salvage therapy", "methotrexate"), ("salvage therapy", "azathioprine"),
    }


@pytest.mark.parametrize(
    "second",
    [
        # no phase in the sentence that refers to the drugs
        "People taking these medicines may have side effects.",
        # the drugs are named, not given
        "Your doctor may not prescribe these medicines if the disease comes back.",
        # "these" is not the object of a verb of giving
        "These medicines can make the disease come back faster.",
    ],
)
def test_these_medicines_with_no_phase_given_give_no_fact(tmp_path: Path, second: str) -> None:
    text = f"Azathioprine and methotrexate calm the immune system.\n\n{second}\n"
    assert of_text(tmp_path, text, DRUGS) == set()


def test_people_who_do_not_respond_are_no_relapse_when_the_aim_is_remission(
    tmp_path: Path,
) -> None:
    text = (
        "Immunomodulators include\n\n- azathioprine - methotrexate\n\n"
        "Doctors prescribe these medications to help people go into remission or to help "
        "people who do not respond to other treatments.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("induction", "azathioprine"), ("induction", "methotrexate"),
        ("induction", "immunomodulator"),
    }


def test_remission_reached_again_after_a_relapse_is_no_induction(tmp_path: Path) -> None:
    text = (
        "Many children relapse, and doctors treat them with prednisone until the disease goes "
        "into remission again.\n"
    )
    assert ("induction", "prednisone") not in of_text(tmp_path, text, DRUGS)


def test_as_the_first_therapy_in_a_drug_page_use(tmp_path: Path) -> None:
    page = (
        "# Cabozantinib\n\n## Use in Cancer\n\nCabozantinib is approved to treat:\n\n"
        "- **Kidney cancer** that is advanced. It is either used with nivolumab as the first "
        "therapy or alone.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("first-line therapy", "cabozantinib"), ("first-line therapy", "nivolumab"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Imatinib is the first drug used to treat this tumor.",
         {("first-line therapy", "imatinib")}),
        # the first of a kind is history, no line of treatment
        ("Imatinib was the first drug of its class.", set()),
        ("Imatinib was the first drug approved for this tumor.", set()),
        ("Trastuzumab is the first drug used to target only one molecule of this cancer.", set()),
        ("Metformin is not the first drug used in children.", set()),
    ],
)
def test_the_first_treatment_told_in_words(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text + "\n", DRUGS) == expected


def test_a_first_therapy_that_failed_is_no_first_line(tmp_path: Path) -> None:
    found = of_text(tmp_path, "Sunitinib is used after the first therapy stopped working.\n", DRUGS)
    assert ("first-line therapy", "sunitinib") not in found
