"""Risk readings whose words play another role than a factor of the page's condition give no
card: a medicine named as a cause (a side effect), the conditions medicines are "for", a
function the condition hampers ("difficulty chewing"), "the cause of" read as a verb, a factor
cut before the relative clause that tells which one ("a diet that is low in fruit"), a lone
participle of a later item's head ("salted, smoked, or cured foods"), the risk of a condition
after a procedure named for the topic, and a factor that coordinates the condition itself.
Near misses keep their card: a past treatment, radiation, a habit, a cause that is a disease.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs, extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


Pairs = set[tuple[str, str]]


def _read(tmp_path: Path, title: str, text: str) -> tuple[Pairs, Pairs]:
    """(cards, drafts) of the risk facts of a markdown page under ``title``."""
    p = tmp_path / "page.md"
    # (the opening sentence names the page's condition, as a real page's first lines do)
    p.write_text(f"# {title}\n\n{title} is a condition many people have.\n\n{text}\n",
                 encoding="utf-8")
    found = extract(p, min_confidence=0.0)
    cards = {(f.subject, f.object) for f in found if f.relation is RISK and f.confidence >= 0.5}
    return cards, draft_pairs(found, RISK)


def test_a_medicine_named_as_a_cause_is_no_card(tmp_path: Path) -> None:
    for text in (
        "People taking certain medicines, such as diuretics, are at increased risk of gout.",
        "Risk factors for gout include taking diuretics and drinking alcohol.",
        "Using some medications, including the heart medicine digoxin, can raise your risk "
        "of gout.",
    ):
        cards, _ = _read(tmp_path, "Gout", text)
        assert not any("diuretic" in f or "medic" in f or "digoxin" in f for _, f in cards), text


def test_past_treatment_radiation_and_habits_keep_their_card(tmp_path: Path) -> None:
    for text, want in (
        ("Risk factors for gout include drinking alcohol and obesity.", "obesity"),
        ("Past radiation therapy to the pelvis increases the risk of bladder cancer.",
         "past radiation therapy to the pelvis"),
        ("Common causes of proctitis are ulcerative colitis and radiation therapy.",
         "radiation therapy"),
    ):
        title = "Bladder cancer" if "bladder" in text else "Proctitis" if "proctitis" in text \
            else "Gout"
        cards, _ = _read(tmp_path, title, text)
        assert any(f.lower() == want for _, f in cards), (text, cards)


def test_the_conditions_medicines_are_for_are_no_causes(tmp_path: Path) -> None:
    for text in (
        "As an example, medicines for allergies, high blood pressure, and depression often "
        "cause dry mouth.",
        "Drugs used to treat hypertension or depression can cause dry mouth.",
        "Dry mouth is sometimes caused by medicines for depression and hypertension.",
    ):
        cards, _ = _read(tmp_path, "Dry mouth", text)
        assert cards == set(), text


def test_a_disease_that_causes_the_condition_still_counts(tmp_path: Path) -> None:
    cards, _ = _read(tmp_path, "Dry mouth", "Diabetes and Sjogren's syndrome can cause dry mouth.")
    assert ("dry mouth", "diabetes") in cards


def test_functions_the_condition_hampers_are_no_complications(tmp_path: Path) -> None:
    for text in (
        "Dry mouth can cause several problems, including difficulty tasting, chewing, "
        "swallowing, and speaking.",
        "Dry mouth can lead to problems such as trouble sleeping and speaking.",
        "Dry mouth may cause problems, including chewing and swallowing.",
    ):
        cards, _ = _read(tmp_path, "Dry mouth", text)
        assert cards == set(), (text, cards)


def test_the_noun_cause_of_is_no_verb(tmp_path: Path) -> None:
    for text in (
        "Another goal is to treat the underlying cause of the anemia.",
        "Your doctor will look for the cause of the anemia.",
        "Finding the main cause of anemia helps to choose a treatment.",
    ):
        cards, drafts = _read(tmp_path, "Anemia", text)
        assert cards == set() and drafts == set(), (text, cards, drafts)


def test_a_factor_cut_before_its_relative_clause_is_a_draft(tmp_path: Path) -> None:
    for text, cut in (
        ("Eating a diet that is low in fruits may increase the risk of stomach cancer.",
         "eating a diet"),
        ("Risk factors for bladder cancer include:\n\n- Drinking water from a well that has "
         "high levels of arsenic.\n- Smoking.", "drinking water from a well"),
        ("Risk factors for stomach cancer include working in a factory which makes rubber.",
         "working in a factory"),
    ):
        title = "Bladder cancer" if "bladder" in text else "Stomach cancer"
        cards, _ = _read(tmp_path, title, text)
        assert not any(f.lower() == cut for _, f in cards), (text, cards)


def test_a_relative_clause_set_off_by_a_comma_keeps_the_card(tmp_path: Path) -> None:
    cards, _ = _read(tmp_path, "Stomach cancer",
                     "Risk factors for stomach cancer include atrophic gastritis, which is a "
                     "long-term inflammation, and smoking.")
    assert ("stomach cancer", "smoking") in cards


def test_a_lone_participle_is_a_draft(tmp_path: Path) -> None:
    for text in (
        "A diet high in salted, smoked, or pickled foods increases the risk of stomach cancer.",
        "Eating cured, smoked or salted meat raises the risk of stomach cancer.",
    ):
        cards, _ = _read(tmp_path, "Stomach cancer", text)
        assert not any(f.lower() in {"smoked", "salted", "cured"} for _, f in cards), (text, cards)


def test_the_risk_after_a_procedure_named_for_the_topic_is_another_risk(tmp_path: Path) -> None:
    for text in (
        "Other eye disorders, such as nearsightedness, can further increase your risk of "
        "retinal detachment after cataract surgery.",
        "Diabetes can raise the risk of infection following cataract surgery.",
        "Smoking increases the risk of bleeding during cataract surgery.",
    ):
        cards, _ = _read(tmp_path, "Cataract", text)
        assert not any(d == "cataract" for d, _ in cards), (text, cards)


def test_the_risk_of_the_topic_itself_is_still_read(tmp_path: Path) -> None:
    cards, _ = _read(tmp_path, "Cataract", "Smoking increases the risk of cataract.")
    assert ("cataract", "smoking") in cards


def test_a_factor_that_coordinates_the_condition_itself_is_a_draft(tmp_path: Path) -> None:
    for text in (
        "It is more common in women who have preeclampsia or gestational diabetes.",
        "Women who have preeclampsia or gestational diabetes have a higher risk.",
    ):
        cards, _ = _read(tmp_path, "HELLP syndrome", text)
        assert not any(d.lower() in f.lower().split(" or ") for d, f in cards), (text, cards)


def test_a_word_before_a_modal_is_a_whole_subject(tmp_path: Path) -> None:
    for text in (
        "In rare instances, vaccinations may increase the risk of gout.",
        "Tattoos can raise the risk of gout.",
    ):
        cards, _ = _read(tmp_path, "Gout", text)
        assert any(f in {"vaccinations", "tattoos"} for _, f in cards), (text, cards)


def test_a_word_cut_from_its_phrase_before_a_noun_stays_a_draft(tmp_path: Path) -> None:
    cards, _ = _read(tmp_path, "Gout", "Having a sibling who was exposed to lead may "
                     "increase the risk of gout.")
    assert ("gout", "sibling") not in cards


def test_an_opening_adverb_is_no_cause(tmp_path: Path) -> None:
    for text in (
        "Occasionally, dehydration can cause gout.",
        "In rare cases, dehydration can lead to gout.",
    ):
        cards, _ = _read(tmp_path, "Gout", text)
        assert not any(f.lower() in {"occasionally", "in rare cases"} for _, f in cards), cards
