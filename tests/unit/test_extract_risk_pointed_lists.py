"""A run-on list a pointer opens right after a sentence that states a raised risk ("Other
factors also raise the risk of A. These factors include B, C and D"): its members are factors
of the condition that sentence names, else of the page's; a sentence before that lowers the
risk, denies it, or states none, and a risk of something no name stands for, give nothing.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_page

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_page(tmp_path, text, RISK)


def test_a_pointed_list_gives_the_factors_of_the_named_condition(tmp_path: Path) -> None:
    for text, subject in (
        ("Other factors also increase the risk of gout. These factors include obesity, "
         "kidney disease, and older age.", "gout"),
        ("Several habits raise the chance of gout. These habits include heavy drinking and "
         "obesity.", "gout"),
        ("Other factors increase the risk of kidney stones in people with gout. Those factors "
         "include obesity and older age.", "kidney stones"),
    ):
        found = _cards(tmp_path, text)
        assert (subject, "obesity") in found, (text, found)
        if subject != "gout":
            assert ("gout", "obesity") not in found, (text, found)


def test_a_pointed_list_after_no_raised_risk_gives_nothing(tmp_path: Path) -> None:
    for text in (
        # lowers the risk
        "Some habits lower the risk of gout. These habits include exercise and weight loss.",
        # denies it
        "Diet does not increase the risk of gout. These factors include obesity and beer.",
        # no risk at all
        "Gout has several forms. These include obesity-related gout and tophaceous gout.",
        # the risk of something no name stands for
        "Some factors raise the risk of flares in people with gout. These factors include "
        "obesity and beer.",
    ):
        found = _cards(tmp_path, text)
        assert not any(o in {"exercise", "weight loss", "obesity", "beer"} for _, o in found), (
            text, found)
