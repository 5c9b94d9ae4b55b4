"""The setting a section heading tells ("Newly Diagnosed X", "Recurrent X") reaches the whole
first block under it when the page lost its line breaks and runs the section into one paragraph,
but not a later paragraph, which may turn to side effects or care beside the treatment."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS

_NEW = """# Childhood Bone Tumor Treatment

## Newly Diagnosed Childhood Bone Tumors

When the tumor is first found, treatment depends on where it is. Surgery is usually done first. \
A scan is done after surgery to see if tumor remains. The child's age also matters. Doctors talk \
with the family about each option. Chondroma Treatment of chondroma may include the following: \
- Surgery to remove the tumor. - Targeted therapy with sorafenib. Fibroma Treatment of fibroma \
may include the following: - Chemotherapy with cisplatin and doxorubicin.

Nausea from treatment may be eased with ondansetron.

Low mood after treatment may be treated with sertraline.
"""

_RECURRENT = """# Adult Kidney Tumor Treatment

## Recurrent Adult Kidney Tumors

A tumor may come back after treatment. Tests are done to find where it came back. Treatment \
depends on the earlier treatment. The patient's health also matters. Some patients join a \
clinical trial. Clear cell tumors Treatment may include the following: - Targeted therapy with \
pazopanib. - Immunotherapy with nivolumab.

Skin rash from treatment may be treated with hydrocortisone cream.
"""


def test_new_disease_heading_reaches_its_block(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _NEW, DRUGS)
    assert {("first-line therapy", "sorafenib"), ("first-line therapy", "cisplatin"),
            ("first-line therapy", "doxorubicin")} <= found


def test_later_paragraphs_take_no_setting(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _NEW, DRUGS)
    assert not {d for _, d in found} & {"ondansetron", "sertraline"}


def test_recurrent_heading_reaches_its_block(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _RECURRENT, DRUGS)
    assert {("salvage therapy", "pazopanib"), ("salvage therapy", "nivolumab")} <= found
    assert not {d for _, d in found} & {"hydrocortisone"}
