"""A tumour named by its cell of origin, "recurrent medulloblastoma", "recurrent thymoma", is a
relapsed setting like "recurrent lymphoma": the drugs used for it are salvage therapy. A
recurrent complaint that is no tumour, or a drug the tumour already failed on, is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

PHASE = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("# Glioblastoma\n\nBevacizumab is used to treat recurrent glioblastoma.\n", "bevacizumab"),
        ("# Thymoma\n\nSunitinib may be given for recurrent thymoma.\n", "sunitinib"),
        (
            "# Neuroblastoma\n\nChildren with recurrent neuroblastoma may get topotecan.\n",
            "topotecan",
        ),
    ],
)
def test_recurrent_tumour_is_salvage(tmp_path: Path, text: str, drug: str) -> None:
    assert ("salvage therapy", drug) in of_text(tmp_path, text, PHASE)


@pytest.mark.parametrize(
    "text",
    [
        "# Hematoma\n\nIbuprofen is used to treat recurrent hematomas after a fall.\n",
        "# Thymoma\n\nThymoma that recurred after sunitinib is treated with surgery.\n",
    ],
)
def test_no_salvage(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, PHASE)
    assert ("salvage therapy", "ibuprofen") not in found
    assert ("salvage therapy", "sunitinib") not in found
