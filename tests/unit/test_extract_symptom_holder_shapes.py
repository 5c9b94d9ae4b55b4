"""What the people who have a condition are said to have, in the shapes a page takes when its
list markup is lost or its list mixes signs with named complications:

* a run-in dash list after a holder's verb, "People with X may experience - A - B - C.", or
  after a bare lead-in in a section on the topic's signs, "Common symptoms include - A - B.";
* a holder's list whose members are signs, complications the lexicon files as such, and plain
  names among them, "Affected people may develop A, B and C";
* the clause after a contrast under a symptoms heading, "Many people have no symptoms, but
  some people have A, B and C".

Near misses give nothing: a group told by a drug, a negated lead-in, a bare lead-in under a
treatment heading, another disorder the people also have, the illness's course ("a relapse").

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def _page(sentence: str, heading: str = "What are the symptoms of Brindle syndrome?") -> str:
    return (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints.\n\n"
        f"## {heading}\n\n{sentence}\n"
    )


def _found(tmp_path: Path, sentence: str, heading: str | None = None) -> set[tuple[str, str]]:
    text = _page(sentence) if heading is None else _page(sentence, heading)
    return {(c.lower(), s.lower()) for c, s in of_markdown(tmp_path, text, SYMPTOM)}


@pytest.mark.parametrize(
    "sentence",
    [
        "People with Brindle syndrome may experience - joint pain - swollen knees - fractures. "
        "joint pain swollen knees fractures.",
        "Patients who have Brindle syndrome often develop - swollen knees - a dry cough. "
        "swollen knees a dry cough.",
        "As the disease progresses, affected people may have - swollen knees - night sweats. "
        "swollen knees night sweats.",
        "Common symptoms include - swollen knees - feeling tired or weak - trouble sleeping. "
        "swollen knees feeling tired or weak trouble sleeping.",
        "Other symptoms at this stage include - swollen knees - mood swings. swollen knees "
        "mood swings.",
    ],
)
def test_a_run_in_dash_list_after_a_holders_verb_or_a_bare_lead(
    tmp_path: Path, sentence: str
) -> None:
    found = _found(tmp_path, sentence)
    assert ("brindle syndrome", "swollen knees") in found, found


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # a group told by a drug, not by the condition
        ("People taking the new tablet may experience - swollen knees - nausea. swollen "
         "knees nausea.", None),
        # negated
        ("People with Brindle syndrome do not usually have - swollen knees - fever. swollen "
         "knees fever.", None),
        # a bare lead-in under a heading about treatment: the effects may be the treatment's
        ("Common symptoms include - swollen knees - hair loss. swollen knees hair loss.",
         "What are the treatments for Brindle syndrome?"),
        # people told by two conditions: whose symptoms is a guess
        ("People with Brindle syndrome and diabetes may experience - swollen knees - thirst. "
         "swollen knees thirst.", None),
    ],
)
def test_run_in_near_misses_give_nothing(
    tmp_path: Path, sentence: str, heading: str | None
) -> None:
    found = _found(tmp_path, sentence, heading)
    assert ("brindle syndrome", "swollen knees") not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As the condition progresses, affected people may experience heart problems, "
         "facial palsy, arthritis, and speech problems.", "facial palsy"),
        ("People with Brindle syndrome may develop mouth sores, cracked lips, and a sore "
         "throat.", "cracked lips"),
        ("Those affected often have joint pain, constipation and bloating.", "constipation"),
        ("Children with Brindle syndrome may get swollen knees, night sweats and a "
         "slipped kneecap.", "slipped kneecap"),
    ],
)
def test_a_holders_list_mixing_signs_and_named_complications(
    tmp_path: Path, sentence: str, expected: str
) -> None:
    found = _found(tmp_path, sentence)
    assert ("brindle syndrome", expected) in found, found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # another disorder the people also have, not a sign of theirs
        ("Some people with Brindle syndrome have another joint disorder, such as gout.",
         "another joint disorder"),
        # the illness's course
        ("A person with Brindle syndrome may experience a relapse.", "relapse"),
        # a lone adjective is a piece of the next member
        ("Some people notice a sticky, dry feeling in the knees.", "sticky"),
        # most members read as no sign: the list's extent is a guess
        ("People with Brindle syndrome may have a job, a car, a house and swollen knees.",
         "a job"),
    ],
)
def test_holder_near_misses_give_nothing(tmp_path: Path, sentence: str, absent: str) -> None:
    found = _found(tmp_path, sentence)
    assert not any(s == absent or s.endswith(f" {absent}") for _, s in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Many people have no symptoms, but some people have cramping, bloating, and "
        "constipation.",
        "Most patients notice nothing at all; others notice cramping and bloating.",
        "Some people do not notice anything, while others have cramping and night sweats.",
    ],
)
def test_the_clause_after_a_contrast_under_a_symptoms_heading(
    tmp_path: Path, sentence: str
) -> None:
    found = _found(tmp_path, sentence)
    assert ("brindle syndrome", "cramping") in found, found


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # both clauses negated
        ("Many people have no symptoms, but some people do not have cramping either.", None),
        # the section is not about the condition's symptoms
        ("Many people have no symptoms, but some people have cramping and bloating.",
         "What causes Brindle syndrome?"),
    ],
)
def test_contrast_near_misses_give_nothing(
    tmp_path: Path, sentence: str, heading: str | None
) -> None:
    found = _found(tmp_path, sentence, heading)
    assert ("brindle syndrome", "cramping") not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brindle syndrome can cause several problems, including difficulty tasting, chewing, "
         "and speaking.", "difficulty chewing"),
        ("People with Brindle syndrome may have trouble walking, kneeling or sleeping.",
         "trouble kneeling"),
        ("Brindle syndrome can cause many problems, such as swollen knees and night sweats.",
         "swollen knees"),
        ("Some people notice difficulty kneeling, standing, and sleeping.",
         "difficulty standing"),
    ],
)
def test_a_difficulty_word_shared_by_the_gerunds_after_it(
    tmp_path: Path, sentence: str, expected: str
) -> None:
    found = _found(tmp_path, sentence)
    assert ("brindle syndrome", expected) in found, found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a gerund that names a sign itself stands alone
        ("People with Brindle syndrome may have trouble sleeping, bloating and cramping.",
         "trouble bloating"),
        # a verb's phrase is a piece of a clause, not a sign's name
        ("People with Brindle syndrome may have difficulty walking, talking, or finishing "
         "other daily chores.", "finishing other daily chores"),
        # a treatment's problems, not the condition's
        ("Surgery can cause several problems, including difficulty walking and kneeling.",
         "difficulty kneeling"),
    ],
)
def test_shared_difficulty_near_misses(tmp_path: Path, sentence: str, absent: str) -> None:
    found = _found(tmp_path, sentence)
    assert not any(s == absent for _, s in found), found


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("rigidity, or stiffness of the knees", "rigidity"),
        ("postural instability, or impaired balance", "postural instability"),
        ("crepitus, or a grating feeling in the joint", "crepitus"),
    ],
)
def test_a_term_and_its_plain_gloss_in_a_list_item(
    tmp_path: Path, item: str, expected: str
) -> None:
    text = _page(f"The main symptoms of Brindle syndrome are:\n\n- {item}\n- swollen knees\n")
    found = {(c.lower(), s.lower()) for c, s in of_markdown(tmp_path, text, SYMPTOM)}
    assert ("brindle syndrome", expected) in found, found


@pytest.mark.parametrize(
    ("item", "absent"),
    [
        # two signs' names are alternatives, not a term and its gloss
        ("aching knees, or swelling of the ankles", "aching knees"),
        # the part after "or" is no sign: not a gloss
        ("kneeling, or sitting for a long time", "kneeling"),
    ],
)
def test_gloss_near_misses(tmp_path: Path, item: str, absent: str) -> None:
    text = _page(f"The main symptoms of Brindle syndrome are:\n\n- {item}\n- swollen knees\n")
    found = {(c.lower(), s.lower()) for c, s in of_markdown(tmp_path, text, SYMPTOM)}
    assert ("brindle syndrome", absent) not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Most Brindle syndrome patients experience swollen knees and night sweats.",
        "Many Brindle syndrome sufferers have night sweats.",
        "Some Brindle syndrome patients also develop night sweats and hearing loss.",
    ],
)
def test_the_condition_named_before_its_patients(tmp_path: Path, sentence: str) -> None:
    found = _found(tmp_path, sentence)
    assert ("brindle syndrome", "night sweats") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # a word before "patients" that names no condition
        "Most hospital patients experience night sweats and poor sleep.",
        # a group told by its treatment
        "Many Brindle syndrome patients who take the tablet have night sweats.",
        # negated
        "Most Brindle syndrome patients do not have night sweats.",
    ],
)
def test_patients_near_misses(tmp_path: Path, sentence: str) -> None:
    found = _found(tmp_path, sentence)
    assert not any(s == "night sweats" and c != "brindle syndrome" for c, s in found), found
    if "hospital" not in sentence:
        assert ("brindle syndrome", "night sweats") not in found, found


@pytest.mark.parametrize(
    "heading", ["What is (are) Brindle syndrome ?", "Brindle syndrome", "What is Brindle syndrome?"]
)
def test_a_bare_run_in_lead_under_a_heading_naming_the_topic(
    tmp_path: Path, heading: str
) -> None:
    sentence = ("Other symptoms at this stage include - swollen knees - mood swings. "
                "swollen knees mood swings.")
    found = _found(tmp_path, sentence, heading)
    assert ("brindle syndrome", "swollen knees") in found, found
