"""What a genetic page says the people with its condition have, read where its wording used
to stop the readers:

* a condition named after a chromosome band ("22q11.2 deletion syndrome"), whose decimal point
  is no end of a phrase; the cards and their evidence keep the point;
* "Affected individuals may also have A" after a sentence that opens with the people who have
  the condition ("People with X often develop gout"): the conditions that sentence names are
  the people's, no other condition "affected individuals" could stand for;
* a member with what it leads to in brackets ("low calcium (which can result in seizures)"),
  and a finding told by the level of something in the blood.

Every text is written for the test; the condition names are invented or generic.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import lowered, of_markdown

from trainer.domain import Relation
from trainer.generator import extract_documents

SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_condition_named_after_a_chromosome_band_keeps_its_name(tmp_path: Path) -> None:
    text = (
        "# 22q11.2 deletion syndrome\n\n22q11.2 deletion syndrome is a disorder caused by the "
        "deletion of a small piece of chromosome 22. People with 22q11.2 deletion syndrome often "
        "have hearing loss, seizures, and kidney abnormalities.\n"
    )
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    facts = [f for f in extract_documents([p]) if f.relation is SYMPTOM]
    pairs = {(f.subject, f.object) for f in facts}
    assert ("22q11.2 deletion syndrome", "hearing loss") in pairs, pairs
    assert ("22q11.2 deletion syndrome", "seizures") in pairs, pairs
    assert all("\u00b7" not in f.evidence and "22q11.2" in f.evidence for f in facts)


def test_affected_people_after_a_sentence_about_the_same_people(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints. People with "
        "Brindle syndrome often develop gout. Affected individuals may also have fever, fatigue, "
        "and hearing loss.\n"
    )
    found = lowered(of_markdown(tmp_path, text, SYMPTOM))
    assert ("brindle syndrome", "fever") in found, found
    assert ("brindle syndrome", "hearing loss") in found, found


def test_affected_people_after_another_condition_stay_unowned(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints. Gout is common "
        "in older men. Affected individuals may also have fever, fatigue, and hearing loss.\n"
    )
    found = lowered(of_markdown(tmp_path, text, SYMPTOM))
    assert ("brindle syndrome", "fever") not in found, found


def test_a_bracketed_consequence_and_a_blood_level_member(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints. People with "
        "Brindle syndrome may have hearing loss, low levels of calcium in the blood (which can "
        "result in seizures), and kidney abnormalities.\n"
    )
    found = lowered(of_markdown(tmp_path, text, SYMPTOM))
    assert ("brindle syndrome", "low levels of calcium in the blood") in found, found
    assert ("brindle syndrome", "kidney abnormalities") in found, found


def test_what_you_may_have_if_you_have_the_condition(tmp_path: Path) -> None:
    text = (
        "# Brindle fever\n\nBrindle fever is an infection. If you have Brindle fever, you may "
        "have fever, headache, and weakness.\n"
    )
    found = lowered(of_markdown(tmp_path, text, SYMPTOM))
    assert ("brindle fever", "headache") in found, found
    other = (
        "# Brindle fever\n\nBrindle fever is an infection. If you have a cold, you may have a "
        "headache.\n"
    )
    assert ("brindle fever", "headache") not in lowered(of_markdown(tmp_path, other, SYMPTOM))
