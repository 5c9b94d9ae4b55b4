"""Timely care tied to a good result, the untreated disease, and hedged outlooks: each in
several wordings, with near-misses that give no card (another disease's care, a negation, a
drug's effect, a time of the disease rather than of the care, a result in another clause)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_markdown

from trainer.domain import Relation as R

GOUT = "# What is (are) Gout ?\n\n"
WHIPPLE = "# What is (are) Whipple Disease ?\n\n"


def _prog(tmp_path: Path, text: str, head: str = GOUT) -> set[tuple[str, str]]:
    found = of_markdown(tmp_path, head + text + "\n", R.PROGNOSTIC_FACTOR)
    return {(s.lower(), o) for s, o in found}


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("Therapy works best when gout is diagnosed early.", "early diagnosis"),
        ("Gout is very treatable, particularly if it is found early.", "early detection"),
        ("With prompt treatment, most people can prevent lasting joint damage.",
         "prompt treatment"),
        ("When the disease is diagnosed and treated in its early stages, the chances of "
         "recovery are good.", "early diagnosis and treatment"),
        ("Early diagnosis and treatment of gout can slow the disease.",
         "early diagnosis and treatment"),
        ("Immediate treatment can delay progression of the disease.", "immediate treatment"),
    ],
)
def test_timely_care_with_a_good_result(tmp_path: Path, text: str, factor: str) -> None:
    # (a reading that states the direction, "(better prognosis)", may take it first)
    found = _prog(tmp_path, text)
    assert len(found) == 1
    assert {(s, o.split(" (")[0]) for s, o in found} == {("gout", factor)}


@pytest.mark.parametrize(
    "text",
    [
        # another disease's care
        "Early treatment for kidney stones often can prevent lasting damage.",
        # negated
        "Even early treatment cannot prevent every attack.",
        # a drug's effect, the drug relations' business
        "Early treatment with this medicine improves survival.",
        # a time of the disease, not of the care
        "Early-stage disease slows down with rest.",
        # the result in another clause, said of late care
        "Early treatment helps the most; however, late treatment can still slow the disease.",
        # the care is the setting of another action
        "Once you receive immediate treatment, your doctor will try to prevent complications.",
        # a timing with no result
        "Early diagnosis is important.",
        # care that keeps the page's disease away is prevention, not its outlook
        "Early treatment may prevent gout.",
        "With prompt care, you can often prevent this condition.",
    ],
)
def test_no_timely_care_card(tmp_path: Path, text: str) -> None:
    assert _prog(tmp_path, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Whipple disease can be fatal if not treated.",
        "If it is not treated, Whipple disease can cause death.",
        "Left untreated, Whipple disease is life threatening.",
        "Whipple disease can become deadly without treatment.",
    ],
)
def test_the_bare_lack_of_care_is_the_untreated_disease(tmp_path: Path, text: str) -> None:
    untreated = ("whipple disease", "untreated disease (poorer prognosis)")
    assert untreated in _prog(tmp_path, text, WHIPPLE)


def test_care_that_fell_short_keeps_its_words(tmp_path: Path) -> None:
    text = "Whipple disease can be fatal if it's not treated right away."
    assert _prog(tmp_path, text, WHIPPLE) == {
        ("whipple disease", "not treated right away (poorer prognosis)")
    }


def test_untreated_near_misses(tmp_path: Path) -> None:
    # rarely fatal, and another condition's death
    assert _prog(tmp_path, "Whipple disease is rarely fatal if not treated.", WHIPPLE) == set()
    assert _prog(
        tmp_path, "Left untreated, blockages of the kidney arteries can be fatal.", WHIPPLE
    ) == set()


def test_a_hedged_outlook_is_a_draft(tmp_path: Path) -> None:
    # (the ordinary "may" of a possibility keeps its card: "may be fatal if not treated")
    p = tmp_path / "page.md"
    p.write_text(WHIPPLE + "People who have HIV infection appear to have a poorer outlook.\n",
                 encoding="utf-8")
    cards = [f for f in extract(p) if f.relation is R.PROGNOSTIC_FACTOR]
    drafts = [f for f in extract(p, min_confidence=0.0) if f.relation is R.PROGNOSTIC_FACTOR]
    assert cards == []
    assert drafts and all("hedged" in f.flags and f.confidence < 0.5 for f in drafts)
