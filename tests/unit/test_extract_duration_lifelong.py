"""A lifelong course is the length of the page's treatment only when the sentence says so of
the patients or their disease: a denial after the span gives nothing, and a course that a
device or an operation brings, or one taken to prevent a consequence, is a draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_text

from trainer.domain import Relation

DURATION = Relation.PHASE_DURATION
LIFELONG = ("overall treatment", "lifelong")


@pytest.mark.parametrize(
    "text",
    [
        "People with this storage disorder take their medicines for the rest of their lives.",
        "Patients with the condition need lifelong treatment with hormone tablets.",
        "This deficiency requires you to take the pills for the rest of your life.",
        "Most children with the disorder will receive therapy for life.",
    ],
)
def test_a_lifelong_course_of_the_patients_or_their_disease_is_a_card(
    tmp_path: Path, text: str
) -> None:
    assert LIFELONG in of_text(tmp_path, text, DURATION)


@pytest.mark.parametrize(
    "text",
    [
        "With a tissue graft, lifelong treatment with anticoagulant medicines isn't required.",
        "Lifelong therapy with these tablets is not needed after the operation.",
        "Lifelong treatment is usually not necessary once the infection clears.",
    ],
)
def test_a_lifelong_course_denied_after_the_span_gives_nothing(
    tmp_path: Path, text: str
) -> None:
    assert LIFELONG not in of_text(tmp_path, text, DURATION)
    assert LIFELONG not in drafts(tmp_path, text, DURATION)


@pytest.mark.parametrize(
    "text",
    [
        "Metal heart valves require you to take anticoagulant medicines for the rest of your "
        "life.",
        "A kidney graft means that you take medicines for the rest of your life.",
    ],
)
def test_a_course_a_device_or_an_operation_brings_is_a_draft(tmp_path: Path, text: str) -> None:
    assert LIFELONG not in of_text(tmp_path, text, DURATION)
    assert LIFELONG in drafts(tmp_path, text, DURATION)


@pytest.mark.parametrize(
    "text",
    [
        "You will need to take medicines for the rest of your life to lower the risk of "
        "graft rejection.",
        "After the operation, patients take tablets for the rest of their lives to prevent "
        "blood clots.",
        "You must keep taking these pills for the rest of your life, which reduces the chance "
        "of a stroke.",
    ],
)
def test_a_lifelong_course_to_prevent_a_consequence_is_no_card(
    tmp_path: Path, text: str
) -> None:
    assert LIFELONG not in of_text(tmp_path, text, DURATION)
