"""A class named alone as a disease's treatment is a drug of the whole course, as the keys since
the sixth round count it: "Antibiotics can cure X", "X is treated with antibiotics". A class
that describes what is given ("medications that suppress the immune system") stays a draft.

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation


def test_a_class_named_alone_as_the_treatment_is_given(tmp_path: Path) -> None:
    phase = Relation.PHASE_DRUGS
    cured = "# Varnitis\n\nVarnitis is an infection. Antibiotics can cure varnitis.\n"
    treated = "# Varnitis\n\nVarnitis is an infection. Varnitis is treated with antibiotics.\n"
    described = (
        "# Varnitis\n\nVarnitis is an infection. Varnitis is treated with medications that "
        "suppress the immune system.\n"
    )
    for text in (cured, treated):
        assert of_markdown(tmp_path, text, phase) == {("overall treatment", "antibiotic")}
    assert of_markdown(tmp_path, described, phase) == set()
