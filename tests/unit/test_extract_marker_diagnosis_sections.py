"""A list of tests under a heading that asks how a condition is diagnosed ("How is X
diagnosed?", "How to diagnose X ?") names the tests of its diagnosis, when its lead-in promises
tests or what the doctor may do ("Your doctor may:", "The following tests may be used:"):
each item's test, after the verb the lead-in leaves to it ("do a skin biopsy"), or the tests it
gives as examples ("imaging tests, such as a mammogram"). A lead-in that gives the tests another
aim (ruling out a blockage, the causes) gives no card.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

MARKER = Relation.MARKER


def _page(lead: str, items: str) -> str:
    return ("# Paget Disease of the Breast\n\nPaget disease of the breast is a rare type of "
            "cancer involving the nipple.\n\n## How is Paget disease of the breast diagnosed?\n\n"
            f"{lead}\n\n{items}\n")


def test_what_the_doctor_may_do_under_a_diagnosis_heading(tmp_path: Path) -> None:
    text = _page("Your doctor will need to find out if the symptoms are due to Paget disease. "
                 "They may:",
                 "- do a skin biopsy\n- do imaging tests, such as a mammogram or breast MRI, to "
                 "see if a tumor is present\n- ask about your family medical history")
    found = {(t, o.lower()) for t, o in of_markdown(tmp_path, text, MARKER)}
    want = "diagnosis of paget disease of the breast"
    assert found == {("skin biopsy", want), ("mammogram", want), ("MRI", want)}, found


def test_the_following_tests_under_a_how_to_diagnose_heading(tmp_path: Path) -> None:
    text = ("# Gastroparesis\n\nGastroparesis is a disorder that slows the stomach.\n\n"
            "## How to diagnose Gastroparesis ?\n\nThe following tests may be used:\n\n"
            "- upper GI endoscopy\n- gastric emptying scintigraphy\n")
    found = of_markdown(tmp_path, text, MARKER)
    assert ("upper GI endoscopy", "diagnosis of gastroparesis") in found, found


def test_a_lead_in_with_another_aim_gives_no_diagnosis_card(tmp_path: Path) -> None:
    for lead in (
        "To rule out a blockage, the doctor may perform one or more of the following tests:",
        "More serious causes should be explored. The doctor may order the following tests:",
    ):
        found = of_markdown(tmp_path, _page(lead, "- upper GI endoscopy\n- skin biopsy"),
                            MARKER)
        assert not any(o.startswith("diagnosis of") for _, o in found), (lead, found)
