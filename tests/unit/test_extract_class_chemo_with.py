"""Drug -> chemotherapy read from "chemotherapy with X and Y": the drugs named right after
"with" are the chemotherapy's own; a targeted or biological agent given with it, a drug that is
not the first thing after "with", and a negated sentence give no chemotherapy fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


def _chemo(pairs: set[tuple[str, str]]) -> set[str]:
    return {d for d, c in pairs if c == "chemotherapy"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drugs of the chemotherapy, listed after "with"
        (
            "In the study, people with the tumour received chemotherapy with cisplatin, "
            "etoposide and vincristine after surgery.",
            {"cisplatin", "etoposide", "vincristine"},
        ),
        # "with either X or Y": each alternative is a chemotherapy
        (
            "Patients were given intravenous chemotherapy with either docetaxel or "
            "gemcitabine every three weeks.",
            {"docetaxel", "gemcitabine"},
        ),
        # one drug after a modality before it
        (
            "Doctors may give radiation therapy plus chemotherapy with temozolomide.",
            {"temozolomide"},
        ),
        # a qualified chemotherapy, brand names in brackets between the drugs
        (
            "Some children received high-dose chemotherapy with carmustine (BrandOne), "
            "etoposide (BrandTwo), and melphalan before the transplant.",
            {"carmustine", "etoposide", "melphalan"},
        ),
        # "plus" joins drugs of the same chemotherapy; a phase worded as chemotherapy counts
        (
            "After surgery, women had adjuvant chemotherapy with paclitaxel plus cisplatin or "
            "carboplatin.",
            {"paclitaxel", "cisplatin", "carboplatin"},
        ),
        # a targeted agent given with chemotherapy is not one of its drugs
        (
            "Adults with this leukaemia receive chemotherapy with imatinib or dasatinib.",
            set(),
        ),
        # a steroid or a hormonal agent in the list is held back, the cytotoxic drugs are read
        (
            "Children then receive chemotherapy with vincristine, prednisone and doxorubicin.",
            {"vincristine", "doxorubicin"},
        ),
        ("Some women receive chemotherapy with tamoxifen.", set()),
        # a monoclonal antibody beside chemotherapy neither
        ("Most patients receive chemotherapy with rituximab.", set()),
        # a drug that is not the first thing after "with"
        (
            "Treatment is chemotherapy with six cycles of high-dose methotrexate.",
            set(),
        ),
        # "with or without X" adds X as an option, not as the chemotherapy's drug
        (
            "Treatment may be chemotherapy with or without carboplatin.",
            set(),
        ),
        # a negated sentence states nothing
        (
            "These patients should not receive chemotherapy with cisplatin.",
            set(),
        ),
    ],
)
def test_chemotherapy_with_its_drugs(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert _chemo(of_text(tmp_path, text, CLASS)) == expected
