"""What a page defines holds on the page: its own short name for its topic, the features its
definition of the condition lists, a trouble with several things kept whole."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_page

from trainer.domain import Relation as R

FENWICK = "# Fenwick syndrome\n\n## What is Fenwick syndrome?\n\n"
TBI = (
    "# Traumatic Brain Injury\n\n## What is Traumatic Brain Injury?\n\n"
    "Traumatic brain injury (TBI) occurs when a sudden trauma damages the brain. "
)


def test_a_short_name_the_page_defines_beats_the_lexicons_other_meaning(tmp_path: Path) -> None:
    # the lexicon knows "TBI" as total body irradiation; this page says it is its topic
    cards = of_page(tmp_path, "Symptoms of mild TBI include headache and dizziness.",
                    R.SYMPTOM_CAUSE, intro=TBI)
    assert ("mild traumatic brain injury", "headache") in cards
    assert not any("irradiation" in subject for subject, _ in cards)


def test_a_trouble_with_several_things_is_one_sign_as_written(tmp_path: Path) -> None:
    text = ("Symptoms of mild TBI include headache, dizziness, and trouble with memory, "
            "concentration, attention, or thinking.")
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=TBI)
    assert ("mild traumatic brain injury",
            "trouble with memory, concentration, attention, or thinking") in cards
    # none of the things the trouble is with is a sign alone
    assert not {o for _, o in cards} & {"concentration", "attention", "thinking"}


def test_a_condition_defined_as_associated_with_features_has_them_as_signs(
    tmp_path: Path,
) -> None:
    intro = FENWICK
    text = ("Fenwick syndrome is a chromosomal condition that is associated with intellectual "
            "disability, a characteristic facial appearance, and weak muscle tone in infancy.")
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=intro)
    assert ("fenwick syndrome", "intellectual disability") in cards
    assert ("fenwick syndrome", "weak muscle tone in infancy") in cards


def test_being_associated_with_a_cause_is_no_sign(tmp_path: Path) -> None:
    intro = FENWICK
    # no kind of illness before "associated with": a risk, not the condition's features
    text = "Fenwick syndrome is associated with smoking and heavy drinking."
    assert of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=intro) == set()


def test_signs_of_the_topics_shorter_name_are_the_topics(tmp_path: Path) -> None:
    intro = ("# Small cell lung cancer\n\n## What is small cell lung cancer?\n\n"
             "Small cell lung cancer is a disease in which cancer cells form in the lung. "
             "Small cell lung cancer spreads fast. ")
    text = "Signs and symptoms of lung cancer include hoarseness and wheezing."
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=intro)
    assert ("small cell lung cancer", "hoarseness") in cards
    assert ("lung cancer", "hoarseness") not in cards


def test_a_drug_pages_stated_uses_are_cards_not_hedges(tmp_path: Path) -> None:
    # "may be used" states an approved use, as "is used" does; "may cause" stays a hedge
    intro = "# Fenitinib\n\n## Use in Cancer\n\n"
    text = (
        "Fenitinib is approved to treat non-small cell lung cancer that has spread. "
        "It may be used:\n\n- As the first therapy.\n"
        "- In patients on maintenance therapy.\n"
    )
    cards = of_page(tmp_path, text, R.PHASE_DRUGS, intro=intro)
    assert ("first-line therapy", "fenitinib") in cards
    assert ("maintenance", "fenitinib") in cards


def test_a_trouble_with_several_doings_is_a_trouble_with_each(tmp_path: Path) -> None:
    intro = FENWICK + "Fenwick syndrome is rare. "
    text = "Signs of Fenwick syndrome include trouble chewing, speaking, or hearing."
    objects = {o for _, o in of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=intro)}
    assert {"trouble speaking", "trouble hearing"} <= objects
    assert not objects & {"speaking", "hearing"}  # a doing alone is no sign


def test_a_sign_after_a_trouble_with_a_doing_keeps_its_own_name(tmp_path: Path) -> None:
    intro = FENWICK + "Fenwick syndrome is rare. "
    text = "Signs of Fenwick syndrome include trouble concentrating, irritability, and headaches."
    objects = {o for _, o in of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=intro)}
    assert "trouble concentrating" in objects
    assert not any(o.startswith("trouble") and o != "trouble concentrating" for o in objects)


def test_an_approval_status_is_no_drug_class(tmp_path: Path) -> None:
    intro = "# Obesity\n\n## Treatment\n\n"
    text = ("Qsymia is a combination of two FDA-approved medicines: phentermine and topiramate. "
            "Warfarin and heparin are blood-thinning medicines.")
    cards = of_page(tmp_path, text, R.DRUG_CLASS, intro=intro)
    assert not any("approved" in cls for _, cls in cards)
    assert ("warfarin", "blood-thinning medicine") in cards  # what a medicine does is a class
