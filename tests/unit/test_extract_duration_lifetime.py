"""A whole treatment kept up "throughout the person's lifetime" or "for their lifetime" is
lifelong, as "for the rest of their lives" is; a lifetime that is not the treatment's (a risk,
the years people live with a disease) gives no duration."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

DURATION = Relation.PHASE_DURATION


@pytest.mark.parametrize(
    "text",
    [
        "# Addison disease\n\nTreatment must continue throughout the person's lifetime.\n",
        "# Hemophilia\n\nPeople with hemophilia need treatment throughout their whole lifetime.\n",
    ],
)
def test_treatment_for_a_lifetime(tmp_path: Path, text: str) -> None:
    assert ("overall treatment", "lifelong") in of_text(tmp_path, text, DURATION)


@pytest.mark.parametrize(
    "text",
    [
        "# Sickle cell disease\n\nThroughout their lives, people with the disease have pain.\n",
        "# Breast cancer\n\nA woman's lifetime risk of breast cancer is about 1 in 8.\n",
        "# Addison disease\n\nLifetime treatment is not needed for most people.\n",
    ],
)
def test_no_lifelong_course(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, DURATION) == set()
