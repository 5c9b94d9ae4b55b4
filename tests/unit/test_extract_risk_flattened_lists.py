"""A flattened risk list whose first item is explained before the next dash."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_page

from trainer.domain import Relation as R

INTRO = "# Small cell lung cancer\n\n## Who is at risk for small cell lung cancer?\n\n"
LEAD = (
    "Anything that increases your chance of getting a disease is called a risk factor. Risk "
    "factors for lung cancer include the following: - Smoking cigarettes, now or in the past. "
    "This is the most important risk factor for lung cancer. The earlier in life a person "
    "starts smoking, the greater the risk of lung cancer. "
)


def test_items_after_an_items_explanation_belong_to_the_first_list(tmp_path: Path) -> None:
    text = LEAD + (
        "- Being exposed to secondhand smoke. - Living where there is air pollution. - Having "
        "a family history of lung cancer."
    )
    objects = {o for _, o in of_page(tmp_path, text, R.RISK_FACTOR, intro=INTRO)}
    assert {"exposure to secondhand smoke", "living where there is air pollution",
            "family history of lung cancer"} <= objects


def test_an_item_opening_a_nested_list_and_a_joint_condition(tmp_path: Path) -> None:
    text = LEAD + (
        "- Being exposed to radiation from any of the following: - Radon in the home. - "
        "Taking beta carotene supplements and being a heavy smoker."
    )
    objects = {o for _, o in of_page(tmp_path, text, R.RISK_FACTOR, intro=INTRO)}
    assert "radon in the home" in objects
    assert not any("following" in o for o in objects)  # the pointer to the nested list
    # both conditions together are one factor, and a supplement taken is a medicine: no card
    assert "heavy smoker" not in objects
    assert not any("carotene" in o for o in objects)


def test_a_sentence_opening_its_own_list_is_not_a_continuation(tmp_path: Path) -> None:
    text = (
        "Risk factors for lung cancer include the following: - Smoking. Some people never "
        "get it. Ways to lower your risk include: - Eating vegetables. - Exercising."
    )
    objects = {o for _, o in of_page(tmp_path, text, R.RISK_FACTOR, intro=INTRO)}
    assert "smoking" in objects
    assert not objects & {"eating vegetables", "exercising"}
