"""Risk factors a patient page states without repeating whose they are, or in wordings the
cause readers did not take before:

* "X commonly happen(s) because of A, B, or C", "Most Xes occur from A" (a plural in "-es"
  names the topic too);
* "Other causes are A and B, which cause ..." after a sentence on the topic's causes;
* "A can cause <kind of the topic>, which are ..." gives that kind its factor;
* "A are also factors" and "A, B and C are most at risk" after such sentences.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_topic_page

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _risks(tmp_path: Path, topic: str, paragraph: str) -> set[tuple[str, str]]:
    return of_topic_page(tmp_path, topic, paragraph, RISK)


def test_what_fractures_happen_because_of_and_the_other_causes(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Fractures",
        "A fracture is a break, usually in a bone. Fractures commonly happen because of car "
        "accidents, falls, or sports injuries. Other causes are low bone density and "
        "osteoporosis, which cause weakening of the bones. Overuse can cause stress fractures, "
        "which are very small cracks in the bone.",
    )
    assert found == {
        ("fractures", "car accidents"), ("fractures", "falls"), ("fractures", "sports injuries"),
        ("fractures", "low bone density"), ("fractures", "osteoporosis"),
        ("stress fractures", "overuse"),
    }


def test_what_most_cases_occur_from_and_who_is_most_at_risk(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Heat Illness",
        "Heat illness is common in summer. Most heat illnesses occur from staying out in the "
        "heat too long. Older adults and young children are most at risk.",
    )
    assert found == {
        ("heat illness", "staying out in the heat too long"), ("heat illness", "older age"),
        ("heat illness", "young age"),
    }


def test_who_is_most_at_risk_with_no_sentence_on_the_topic_before_is_no_ones(
    tmp_path: Path,
) -> None:
    found = _risks(
        tmp_path, "Heat Illness",
        "Summer can be hot. Drinking water helps. Older adults and young children are most at "
        "risk. Heat illness is common in summer.",
    )
    assert found == set()


def test_the_state_a_condition_starts_in_is_its_risk_factor(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Panic Disorder",
        "Panic disorder is a type of anxiety disorder. Panic disorder is more common in women "
        "than men. It usually starts when people are young adults.",
    )
    assert ("panic disorder", "young adults") in found
    assert not _risks(
        tmp_path, "Panic Disorder",
        "Panic disorder is a type of anxiety disorder. Panic disorder usually starts when "
        "people are treated with steroids.",
    )


def test_pieces_that_name_no_factor_give_none(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Brindle Disease",
        "Brindle disease is an infection. The causes of Brindle disease aren't always clear. "
        "Risk factors include - Living in close quarters, such as in college dorms or military "
        "settings - Being in young or late adulthood. Gonorrhea and chlamydia, two sexually "
        "transmitted diseases, are the most common causes of Brindle disease. Most cases of "
        "Brindle disease result from mutations in one of three genes.",
    )
    objects = {o for _, o in found}
    assert {"living in close quarters", "young or late adulthood", "gonorrhea",
            "chlamydia"} <= objects, found
    assert not objects & {"n't always clear", "in college dorms",
                          "two sexually transmitted diseases",
                          "mutations in one of three genes"}, found


def test_what_a_condition_is_brought_on_by(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Hepatic encephalopathy",
        "Hepatic encephalopathy is a syndrome seen in liver disease. Hepatic encephalopathy is "
        "not an inherited condition. It is brought on by chronic liver failure, particularly in "
        "alcoholics with cirrhosis.",
    )
    assert found == {("hepatic encephalopathy", "chronic liver failure")}


def test_germs_the_page_names_are_what_their_infections_are_caught_from(
    tmp_path: Path,
) -> None:
    fungus = _risks(
        tmp_path, "Histoplasmosis",
        "Histoplasmosis is a disease caused by a fungus (or mold) called Histoplasma. It is "
        "common in some places.",
    )
    assert fungus == {("histoplasmosis", "histoplasma")}
    cause = _risks(
        tmp_path, "Cellulitis",
        "Cellulitis is an infection of the skin and deep underlying tissues. Group A strep "
        "(streptococcal) bacteria are the most common cause.",
    )
    assert cause == {("cellulitis", "group a strep bacteria")}
    strep = _risks(
        tmp_path, "Streptococcal Infections",
        "Strep is short for Streptococcus, a type of bacteria. Group B strep can cause "
        "pneumonia and serious infections in newborns.",
    )
    assert strep == {("pneumonia", "group b strep")}
    belief = _risks(
        tmp_path, "Diverticular Disease",
        "Doctors are not sure what causes diverticular disease. Many think a diet low in fiber "
        "is the main cause.",
    )
    assert belief == set()


def test_a_group_told_by_what_its_members_have_among_other_groups(tmp_path: Path) -> None:
    found = _risks(
        tmp_path, "Hidradenitis Suppurativa",
        "Hidradenitis suppurativa (HS) is a chronic skin disease. Hidradenitis suppurativa is "
        "more common in women, African Americans, and people who have had acne.",
    )
    assert found == {
        ("hidradenitis suppurativa", "female sex"),
        ("hidradenitis suppurativa", "african americans"),
        ("hidradenitis suppurativa", "acne"),
    }
