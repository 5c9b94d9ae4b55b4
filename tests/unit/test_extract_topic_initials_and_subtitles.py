"""A page for health professionals names its condition once and then by its initials, and its
title may add a subtitle after a colon that names another condition ("Varnel Dermatosis: Skin
Sign of Celiac Disease"). The topic is the title's name before the colon; its initials stand
for it. A list of signs closed by where they appear ("papules and vesicles that erupt on the
elbows") is read without that clause, and a word of size stacked before a sign ("small,
clustered papules") is no sign of its own.

Near misses: initials used once do not stand for the topic; a member's own relative clause
("anything else that seems unusual") is not cut to make a member.

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE
RISK = Relation.RISK_FACTOR

PAGE = (
    "# Varnel Dermatosis: Skin Sign of Celiac Disease (For Health Care Professionals)\n\n"
    "Varnel dermatosis is characterized by small, clustered papules and vesicles that erupt "
    "symmetrically on the elbows, knees, or scalp. Celiac disease is common in the family.\n\n"
    "Patients with VD may also experience dental enamel defects. VD is more common in women.\n"
)


def test_the_name_before_the_colon_is_the_topic_and_its_initials_stand_for_it(
    tmp_path: Path,
) -> None:
    symptoms = of_markdown(tmp_path, PAGE, SYMPTOM)
    assert {
        ("varnel dermatosis", "clustered papules"),
        ("varnel dermatosis", "vesicles"),
        ("varnel dermatosis", "dental enamel defects"),
    } <= symptoms
    assert not any(cause.lower() == "celiac disease" for cause, _ in symptoms)
    assert of_markdown(tmp_path, PAGE, RISK) == {("varnel dermatosis", "female sex")}


def test_a_word_of_size_before_a_sign_is_no_sign(tmp_path: Path) -> None:
    assert not any(obj == "small" for _, obj in of_markdown(tmp_path, PAGE, SYMPTOM))


def test_initials_used_once_do_not_stand_for_the_topic(tmp_path: Path) -> None:
    text = (
        "# Varnel Dermatosis\n\nVarnel dermatosis is a rash of the skin. Varnel dermatosis "
        "is rare. Patients with VD may also experience dental enamel defects.\n"
    )
    assert ("varnel dermatosis", "dental enamel defects") not in of_markdown(
        tmp_path, text, SYMPTOM
    )


def test_a_members_own_relative_clause_is_not_cut_into_a_member(tmp_path: Path) -> None:
    text = (
        "# Varnel Dermatosis\n\nVarnel dermatosis is a rash. The doctor will check for signs "
        "of varnel dermatosis such as lumps or anything else that seems unusual.\n"
    )
    assert not any("anything" in obj for _, obj in of_markdown(tmp_path, text, SYMPTOM))


def test_a_title_naming_a_type_by_its_number_is_that_type(tmp_path: Path) -> None:
    text = (
        "# Diabetes Type 1\n\nDiabetes means your blood sugar is too high. With type 1 "
        "diabetes, your pancreas makes no insulin. Type 1 diabetes often starts in children. "
        "Type 1 diabetes is characterized by thirst, weight loss, and fatigue.\n"
    )
    assert ("type 1 diabetes", "thirst") in of_markdown(tmp_path, text, SYMPTOM)


def test_a_number_may_be_part_of_the_titles_name(tmp_path: Path) -> None:
    text = (
        "# Varnel 18\n\nVarnel 18 is a chromosomal condition. Varnel 18 is characterized by "
        "three specific features: a small jaw, heart defects, and clenched fists.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {("varnel 18", "small jaw"), ("varnel 18", "heart defects")} <= found
    assert not any("features" in obj for _, obj in found)


def test_a_type_the_page_writes_after_the_name_keeps_that_order(tmp_path: Path) -> None:
    text = (
        "# Varnelosis Type 1\n\nVarnelosis type 1 is a genetic condition. Varnelosis type 1 "
        "is characterized by cafe-au-lait spots, freckling, and learning disabilities.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("varnelosis type 1", "learning disabilities") in found


def test_an_owner_less_symptom_list_under_a_type_numbered_heading(tmp_path: Path) -> None:
    text = (
        "# Diabetes Type 1\n\n## What is (are) Diabetes Type 1 ?\n\nDiabetes means your blood "
        "sugar is too high. With type 1 diabetes, your pancreas makes no insulin. Type 1 "
        "diabetes often starts in children. Symptoms may include - Being very thirsty - "
        "Urinating often - Losing weight without trying\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {
        ("type 1 diabetes", "being very thirsty"), ("type 1 diabetes", "urinating often"),
    } <= found
