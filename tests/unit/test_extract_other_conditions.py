"""Common conditions the lexicon names, and the readers that must keep another condition's
facts apart from the page's own: a sex difference or a state of the page's condition given
as another condition's risk is a draft, a family history keeps its condition, a group's
outlook told without a comparison is no age factor, and a share of unnamed patients who get
another condition is no figure of the page. The longer name wins over a bare alias ("lupus
nephritis" is not lupus).

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs, extract

from trainer.domain import Relation
from trainer.generator.lexicon_load import load_lexicon

RISK, PROG, NUM = Relation.RISK_FACTOR, Relation.PROGNOSTIC_FACTOR, Relation.NUMERIC


def _read(
    tmp_path: Path, title: str, text: str, relation: Relation
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(cards, drafts) of ``relation`` on a markdown page titled ``title``."""
    p = tmp_path / "page.md"
    p.write_text(f"# {title}\n\n{title} is a long-term condition.\n\n{text}\n", encoding="utf-8")
    found = extract(p, min_confidence=0.0)
    cards = {(f.subject, f.object) for f in found if f.relation is relation and f.confidence >= 0.5}
    return cards, draft_pairs(found, relation)


def test_common_conditions_are_named_with_their_usual_spellings() -> None:
    lex = load_lexicon()
    for written, name in (
        ("Parkinson disease", "Parkinson's disease"),
        ("Crohn disease", "Crohn's disease"),
        ("SLE", "systemic lupus erythematosus"),
        ("pre-eclampsia", "preeclampsia"),
        ("angina pectoris", "angina"),
        ("GERD", "gastroesophageal reflux disease"),
        ("gout", "gout"),
        ("migraine headaches", "migraine"),
    ):
        assert lex.canonical(written, "condition") == name, written


def test_a_longer_name_wins_over_a_bare_alias() -> None:
    lex = load_lexicon()
    for text, name in (
        ("Lupus nephritis harms the kidneys.", "lupus nephritis"),
        ("She has cutaneous lupus on her arms.", "cutaneous lupus erythematosus"),
        ("He had a flare of lupus last year.", "systemic lupus erythematosus"),
    ):
        names = [h.name for m in lex.find(text) for h in m.hits if h.kind == "condition"]
        assert names == [name], text


def test_a_family_history_keeps_its_condition(tmp_path: Path) -> None:
    for text in (
        "A family history of gout raises the risk of gout.",
        "Risk factors for gout include obesity and a family history of gout.",
        "You are more likely to get gout if you have a family history of gout.",
    ):
        cards, _ = _read(tmp_path, "Gout", text, RISK)
        assert ("gout", "family history of gout") in cards, text
        assert ("gout", "family history") not in cards, text


def test_another_conditions_sex_difference_is_a_draft(tmp_path: Path) -> None:
    for text in (
        "Women are more likely than men to get migraines on waking.",
        "Gout is more common in men than in women.",
        "Men are at higher risk for Parkinson's disease than women.",
    ):
        cards, _ = _read(tmp_path, "Asthma", text, RISK)
        assert not {c for c in cards if c[1] in ("male sex", "female sex")}, text


def test_the_pages_own_sex_difference_stays_a_card(tmp_path: Path) -> None:
    for text, sex in (
        ("Gout is more common in men than in women.", "male sex"),
        ("Women are more likely than men to develop gout.", "female sex"),
    ):
        cards, _ = _read(tmp_path, "Gout", text, RISK)
        assert ("gout", sex) in cards, text


def test_a_state_of_the_page_condition_raising_another_risk_is_a_draft(tmp_path: Path) -> None:
    for text, other, state in (
        ("Poorly controlled asthma raises the risk of preeclampsia.", "preeclampsia",
         "poorly controlled asthma"),
        ("Severe asthma increases the risk of pneumonia.", "pneumonia", "severe asthma"),
    ):
        cards, drafts = _read(tmp_path, "Asthma", text, RISK)
        assert not {c for c in cards if c[0] == other}, text
        assert (other, state) in drafts, text


def test_an_outlook_without_a_comparison_is_no_age_factor(tmp_path: Path) -> None:
    for text in (
        "Children with gout usually have a good outlook.",
        "Older adults with gout often have a poor prognosis.",
        "Children with gout generally show an excellent outcome.",
    ):
        cards, _ = _read(tmp_path, "Gout", text, PROG)
        assert not {c for c in cards if "age" in c[1]}, text


def test_an_outlook_ranked_against_another_group_is_an_age_factor(tmp_path: Path) -> None:
    for text, f in (
        ("Children with gout usually do better than adults.", "younger age (better prognosis)"),
        ("Children aged 1 to 9 have the best outlook.", "age 1 to 9 (better prognosis)"),
    ):
        cards, _ = _read(tmp_path, "Gout", text, PROG)
        assert ("gout", f) in cards, text


def test_a_share_of_unnamed_patients_with_another_condition_gives_no_figure(
    tmp_path: Path,
) -> None:
    for text in (
        "About 10 to 20 percent of patients develop gallstones.",
        "Nearly 5 percent of adults have gout.",
    ):
        cards, _ = _read(tmp_path, "Acromegaly", text, NUM)
        assert cards == set(), text


def test_a_share_of_the_pages_patients_keeps_its_figure(tmp_path: Path) -> None:
    for text in (
        "After 10 years with psoriasis, about 30 percent of adults develop psoriatic arthritis.",
        "Up to 30 percent of people with psoriasis develop psoriatic arthritis.",
    ):
        cards, _ = _read(tmp_path, "Psoriasis", text, NUM)
        assert any(v == "30%" or "30" in v for _, v in cards), text


def test_what_leads_to_other_conditions_is_no_factor_of_the_page(tmp_path: Path) -> None:
    for text in (
        "The thick blood that polycythemia vera causes can lead to gout or kidney stones.",
        "High red cell counts in polycythemia vera may lead to peptic ulcers.",
        "Slow blood flow can lead to angina and heart failure.",
    ):
        cards, _ = _read(tmp_path, "Polycythemia vera", text, RISK)
        assert not {c for c in cards if c[0] == "polycythemia vera"}, text


def test_what_leads_to_the_page_condition_stays_its_factor(tmp_path: Path) -> None:
    for text, f in (
        ("Long-term smoking can lead to COPD.", "long-term smoking"),
        ("Years of heavy smoking may lead to COPD.", "years of heavy smoking"),
    ):
        cards, _ = _read(tmp_path, "COPD", text, RISK)
        assert ("chronic obstructive pulmonary disease", f) in cards, text


def test_a_groups_better_treatment_outcome_is_a_draft(tmp_path: Path) -> None:
    for text in (
        "Patients with gout who are young typically have better treatment outcomes than others.",
        "People with gout who have normal kidneys usually have better treatment results.",
    ):
        cards, _ = _read(tmp_path, "Gout", text, PROG)
        assert cards == set(), text
    own = "People with gout who are obese have a poorer outlook."
    cards, _ = _read(tmp_path, "Gout", own, PROG)
    assert cards, "the disease's own outlook stays a card"
