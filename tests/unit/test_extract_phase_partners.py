"""A drug given with a partner as a phase, "X is used with A as first-line therapy and with B as
second-line therapy": X belongs to each phase its partners are named with, though the sentence
names two phases; a comparator, a placebo or a contrast with another drug gives X nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palbociclib is approved to be used with letrozole as first-line therapy for advanced "
            "breast cancer and with fulvestrant as second-line therapy.",
            {("first-line therapy", "palbociclib"), ("first-line therapy", "letrozole"),
             ("second-line therapy", "palbociclib"), ("second-line therapy", "fulvestrant")},
        ),
        (
            "Ribociclib can be given with letrozole as first-line treatment, and with "
            "fulvestrant as second-line treatment.",
            {("first-line therapy", "ribociclib"), ("first-line therapy", "letrozole"),
             ("second-line therapy", "ribociclib"), ("second-line therapy", "fulvestrant")},
        ),
        (
            "Olaparib is used with bevacizumab as maintenance therapy, and cisplatin is used as "
            "first-line therapy.",
            {("maintenance", "olaparib"), ("maintenance", "bevacizumab"),
             ("first-line therapy", "cisplatin")},
        ),
    ],
)
def test_drug_shares_each_partner_phase(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a trial's comparator arm is no partner
        (
            "Abemaciclib was compared with placebo as first-line therapy, and with fulvestrant "
            "as second-line therapy, in two trials.",
            ("second-line therapy", "abemaciclib"),
        ),
        # another drug's own phase after a contrast
        (
            "Cetuximab is used with irinotecan as second-line therapy, while panitumumab is "
            "used as first-line therapy.",
            ("first-line therapy", "cetuximab"),
        ),
        # "without" a partner: not the parallel wording
        (
            "Letrozole is used with palbociclib as first-line therapy and without it as "
            "maintenance therapy.",
            ("maintenance", "palbociclib"),
        ),
    ],
)
def test_no_phase_from_other_arms(tmp_path: Path, text: str, unwanted: tuple) -> None:
    assert unwanted not in of_text(tmp_path, text, DRUGS)
