"""Items that complete a "people who" lead-in and name a contact or a care the person is in
("- are in contact with blood at work" -> "contact with blood at work", "- are on dialysis" ->
"dialysis"). Near misses give nothing: a negated item, an item still a clause.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def test_items_completing_people_who_name_a_contact_or_a_care(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nAnyone can get hepatitis B, but those more likely to get it are "
        "people who\n\n- are in close contact with saliva at home\n- are on hemodialysis\n"
        "- were in regular contact with sewage at work\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("hepatitis B", "close contact with saliva at home"),
        ("hepatitis B", "hemodialysis"),
        ("hepatitis B", "regular contact with sewage at work"),
    }


def test_items_still_clauses_or_negated_give_nothing(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nAnyone can get hepatitis B, but those more likely to get it are "
        "people who\n\n- are not in contact with blood\n- are on a waiting list for a new "
        "kidney\n- keep in contact with their doctor\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()
