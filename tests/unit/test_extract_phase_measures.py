"""What a span or a class beside a phase measures or describes, when it is not the phase's own.

A span after "has been ... for", after a comparison ("better than", "instead of") or after a
benefit ("benefits for up to") tells a drug's standing, a comparator course or a result, not
how long the phase lasts. A class that is the predicate of the drugs before it ("X and Y are
TKIs") describes them: a draft, the drugs themselves stay cards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import draft_pairs, extract, of_markdown, pairs

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS
DURATION = Relation.PHASE_DURATION


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # how long a drug has been in use or the standard
        ("Pancreatic cancer",
         "Gemcitabine has been the usual first-line treatment for more than 20 years."),
        ("Hodgkin lymphoma",
         "Adjuvant radiotherapy has long been given in many countries for over 40 years."),
        ("Melanoma", "Salvage therapy with dacarbazine has been used for about 30 years."),
        # how long a benefit or a protection lasts
        ("Breast cancer", "Adjuvant letrozole gives benefits for up to 12 years."),
        ("Colon cancer", "Adjuvant chemotherapy protects many patients for at least 8 years."),
    ],
)
def test_a_standing_or_a_result_is_no_duration(tmp_path: Path, title: str, body: str) -> None:
    assert of_markdown(tmp_path, page(title, body), DURATION) == set()


@pytest.mark.parametrize(
    ("body", "course"),
    [
        ("Ten years of adjuvant tamoxifen is better than 5 years of treatment.", "10 years"),
        ("Adjuvant letrozole is given for 5 years instead of 2 years.", "5 years"),
        ("Six months of adjuvant chemotherapy was compared with 3 months of it.", None),
        ("Adjuvant imatinib for 3 years works better than 1 year of imatinib.", "3 years"),
    ],
)
def test_the_comparator_course_is_no_duration(
    tmp_path: Path, body: str, course: str | None
) -> None:
    found = of_markdown(tmp_path, page("Breast cancer", body), DURATION)
    assert found == ({("adjuvant therapy", course)} if course else set()) or (
        course is None and all(obj != "3 months" for _, obj in found)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Adjuvant tamoxifen is taken for 5 years.",
        "Women at high risk of relapse take adjuvant tamoxifen for 5 years.",
        "Adjuvant tamoxifen is usually given for 5 years.",
        "Adjuvant tamoxifen must be taken for 5 years.",
    ],
)
def test_the_course_itself_is_still_read(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Breast cancer", body), DURATION) == {
        ("adjuvant therapy", "5 years")
    }


def test_a_schedule_after_the_qualified_drug_is_no_duration(tmp_path: Path) -> None:
    text = page("Breast cancer", "Adjuvant tamoxifen is usually given for 5 days every month.")
    assert of_markdown(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    ("body", "drugs", "klass"),
    [
        ("Sunitinib and lenvatinib are tyrosine kinase inhibitors that may be used to treat "
         "recurrent breast cancer.", {"sunitinib", "lenvatinib"}, "tyrosine kinase inhibitor"),
        ("Everolimus is an mTOR inhibitor used to treat recurrent breast cancer.",
         {"everolimus"}, "mTOR inhibitor"),
        ("Imatinib and dasatinib are both tyrosine kinase inhibitors used for relapsed breast "
         "cancer.",
         {"imatinib", "dasatinib"}, "tyrosine kinase inhibitor"),
        # brackets that hold only the class's drugs
        ("Recurrent breast cancer may be treated with a tyrosine kinase inhibitor (lapatinib, "
         "neratinib or tucatinib).", {"lapatinib", "neratinib", "tucatinib"},
         "tyrosine kinase inhibitor"),
        ("Relapsed breast cancer is treated with mTOR inhibitors (everolimus or temsirolimus).",
         {"everolimus", "temsirolimus"}, "mTOR inhibitor"),
    ],
)
def test_a_class_said_of_the_drugs_is_a_draft(
    tmp_path: Path, body: str, drugs: set[str], klass: str
) -> None:
    p = tmp_path / "page.md"
    p.write_text(page("Breast cancer", body), encoding="utf-8")
    assert pairs(extract(p), DRUGS) == {("salvage therapy", d) for d in drugs}
    assert ("salvage therapy", klass) in draft_pairs(extract(p, min_confidence=0.0), DRUGS)


@pytest.mark.parametrize(
    ("body", "klass"),
    [
        # the class as the subject with its examples, or as a list item beside a drug
        ("Tyrosine kinase inhibitors such as sunitinib are used to treat recurrent breast cancer.",
         "tyrosine kinase inhibitor"),
        ("Recurrent breast cancer is treated with everolimus or a tyrosine kinase inhibitor.",
         "tyrosine kinase inhibitor"),
        # a kind of therapy named with its drug, or brackets that hold more than drugs
        ("Relapsed breast cancer is treated with monoclonal antibody therapy (trastuzumab).",
         "monoclonal antibody"),
        ("Relapsed breast cancer is treated with a tyrosine kinase inhibitor (for example "
         "lapatinib, if the tumour is HER2-positive).", "tyrosine kinase inhibitor"),
    ],
)
def test_a_class_beside_its_drugs_stays_a_card(tmp_path: Path, body: str, klass: str) -> None:
    assert ("salvage therapy", klass) in of_markdown(tmp_path, page("Breast cancer", body), DRUGS)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("High blood pressure", "If you have high blood pressure, you will need to treat it "
                                "and control it for life."),
        ("Hypothyroidism", "Most people need to manage it for the rest of their lives."),
        ("High blood pressure", "Work with your care team for lifelong blood pressure control."),
    ],
)
def test_the_disease_treated_for_life(tmp_path: Path, title: str, body: str) -> None:
    assert of_markdown(tmp_path, page(title, body), DURATION) == {
        ("overall treatment", "lifelong")
    }


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a habit beside the treatment, or a thing controlled for life that is not the topic
        ("High blood pressure", "Lifelong weight control helps."),
        ("High blood pressure", "You need to control your salt intake for life."),
    ],
)
def test_no_lifelong_course_from_a_habit(tmp_path: Path, title: str, body: str) -> None:
    assert of_markdown(tmp_path, page(title, body), DURATION) == set()
