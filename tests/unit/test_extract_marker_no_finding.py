"""Marker readings that name the wrong test or no finding, each beside the sentence that does
give the fact: a generic test word that is only the means of another procedure ("uses x
rays"), a demonstrative pointing back to a procedure named otherwise ("This x ray of ..."), a
person doing the looking, an infinitive of purpose inside a list, a passive check of people, a
schedule, a bare category or a cut clause read as the finding."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import drafts, of_text

from trainer.domain import Relation as R

BONE = "# Osteoporosis\n\n"
GUT = "# Fecal incontinence\n\n"
LUNG = "# Cough\n\n"


def test_x_rays_a_scan_uses_are_its_means_not_the_test(tmp_path: Path) -> None:
    text = (
        "Dual energy x-ray absorptiometry, also called a DEXA scan, uses weak x rays to measure "
        "bone density.\n"
    )
    found = of_text(tmp_path, text, R.MARKER, heading=BONE)
    assert ("DEXA scan", "bone density") in found
    assert not any(test == "X-ray" for test, _ in found)


def test_a_demonstrative_x_ray_belongs_to_the_procedure_named_before(tmp_path: Path) -> None:
    text = (
        "Anorectal imaging. This x ray of the pelvis shows how well the bowel holds stool. The "
        "test also finds changes in the shape of the rectum. The radiologist reads the x rays "
        "to find problems with the pelvic muscles.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=GUT) == set()


def test_a_test_named_again_after_this_keeps_its_finding(tmp_path: Path) -> None:
    text = "An MRI of the pelvis is done first. This MRI shows tears in the sphincter muscles.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=GUT) == {
        ("MRI", "tears in the sphincter muscles")
    }


def test_a_purpose_after_one_list_member_is_that_members_only(tmp_path: Path) -> None:
    text = (
        "Follow-up includes yearly serum calcium measurements, yearly serum creatinine "
        "measurements to check kidney function, and bone density scans every 2 years.\n"
    )
    # a reading path measured below 0.9 precision: the reading is a draft, not a card
    assert of_text(tmp_path, text, R.MARKER, heading=BONE) == set()
    assert drafts(tmp_path, text, R.MARKER, heading=BONE) == {
        ("serum creatinine", "assessment of kidney function")
    }


def test_people_who_are_checked_are_not_a_test(tmp_path: Path) -> None:
    text = (
        "Children with a change in the WT1 gene are checked often to see if a tumor has formed. "
        "Imaging with the AFP tumor marker test will be done for at least 5 years.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Wilms tumor\n\n") == set()


def test_a_category_gives_way_to_its_examples(tmp_path: Path) -> None:
    text = (
        "A chest x ray can help diagnose conditions such as pneumonia. Spirometry can help "
        "diagnose asthma and other conditions. Genetic testing can detect diseases that may be "
        "treatable.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("chest X-ray", "diagnosis of pneumonia"),
        ("spirometry", "diagnosis of asthma"),
    }


def test_a_verb_pair_or_a_question_tail_is_no_object(tmp_path: Path) -> None:
    text = (
        "A doctor may order genetic blood tests to confirm or rule out a diagnosis of gout. "
        "Genetic testing may help whether the test identifies a mutation or not.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Gout\n\n") == set()


def test_a_second_verb_shares_the_first_ones_object(tmp_path: Path) -> None:
    text = "EKG (electrocardiogram). This test detects and records the heart's rhythm.\n"
    # a reading path measured below 0.9 precision: the reading is a draft, not a card
    assert of_text(tmp_path, text, R.MARKER, heading="# Heart block\n\n") == set()
    assert drafts(tmp_path, text, R.MARKER, heading="# Heart block\n\n") == {
        ("electrocardiogram", "heart's rhythm")
    }


def test_a_body_parts_state_asked_with_whether_is_the_finding(tmp_path: Path) -> None:
    text = (
        "A chest x ray is a quick test that makes pictures of the chest. This test can show "
        "whether the heart is enlarged or whether the lungs hold extra fluid.\n\n"
        "A chest x ray can show whether the heart is enlarged or the valves leak.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Heart failure\n\n") == {
        ("chest X-ray", "whether the heart is enlarged")
    }
