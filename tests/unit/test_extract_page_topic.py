"""The page's own disease: what its title names, in the title's words, is the subject of the
risk factors, symptoms, markers and outlook a sentence gives without naming a disease."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, page_topic

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext
from trainer.generator.ingest import read_document
from trainer.generator.lexicon_load import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def topic(tmp_path: Path, lexicon, text: str) -> str | None:
    return page_topic(tmp_path, lexicon, text)


def subjects(facts: set[tuple[str, str]]) -> set[str]:
    return {s for s, _ in facts}


CYSTS = """# Polycystic Kidney Disease

## What is (are) Polycystic Kidney Disease ?

Polycystic kidney disease is an inherited disorder in which many sacs of fluid grow inside
both kidneys. After many years, polycystic kidney disease can lead to chronic kidney disease.

## What are the symptoms of Polycystic Kidney Disease ?

- back pain
- headaches
- blood in the urine
"""


def test_a_specific_title_beats_the_general_lexicon_name_inside_it(tmp_path, lexicon):
    assert topic(tmp_path, lexicon, CYSTS) == "polycystic kidney disease"
    facts = of_markdown(tmp_path, CYSTS, Relation.SYMPTOM_CAUSE)
    assert ("polycystic kidney disease", "back pain") in facts
    assert "kidney disease" not in subjects(facts)


BLADDER = """# Urinary Tract Infections

## What is (are) Urinary Tract Infections ?

Urinary tract infections are common in older women. People with diabetes get urinary tract
infections more often, and diabetes also slows healing. Keeping diabetes under control helps.

## Who is at risk for Urinary Tract Infections?

Some people are more likely to get one. Risk factors include being female, having a urinary
catheter, and having a kidney stone.
"""


def test_the_title_wins_over_a_lexicon_name_the_page_repeats(tmp_path, lexicon):
    # The title is a lexicon name, so the topic is that entry's name; diabetes, repeated
    # three times, is not the page's topic.
    assert topic(tmp_path, lexicon, BLADDER) == "urinary tract infection"
    facts = of_markdown(tmp_path, BLADDER, Relation.RISK_FACTOR)
    assert facts, "the risk factors are read"
    assert subjects(facts) == {"urinary tract infection"}


@pytest.mark.parametrize(
    ("title", "repeat", "expected"),
    [
        ("Parasites - Taeniasis (Tapeworm Infection)", "taeniasis", "taeniasis"),
        ("What I need to know about Kidney Stones", "kidney stones", "kidney stones"),
        ("Nephrotic Syndrome in Adults", "nephrotic syndrome", "nephrotic syndrome"),
        ("Hypersensitivity Pneumonitis", "hypersensitivity pneumonitis",
         "hypersensitivity pneumonitis"),
    ],
)
def test_the_title_is_read_without_what_surrounds_the_name(
    tmp_path, lexicon, title, repeat, expected
):
    text = (
        f"# {title}\n\nThe doctor explains what {repeat} is. Most people with {repeat} get "
        f"better, and {repeat} rarely comes back.\n"
    )
    assert topic(tmp_path, lexicon, text) == expected


def test_a_proper_name_keeps_the_capital_the_sentences_give_it(tmp_path, lexicon):
    text = (
        "# Pompe Disease\n\nA baby with Pompe disease has weak muscles. Doctors confirm "
        "Pompe disease with a blood test, and the outlook of Pompe disease depends on the age "
        "of onset.\n"
    )
    assert topic(tmp_path, lexicon, text) == "Pompe disease"
    facts = of_markdown(tmp_path, text, Relation.PROGNOSTIC_FACTOR)
    assert subjects(facts) <= {"Pompe disease"}


def test_the_lack_of_a_substance_is_the_topic_not_the_substance(tmp_path, lexicon):
    # the lexicon knows the protein as a drug; "... Deficiency" names a condition
    text = (
        "# Alpha-1 Antitrypsin Deficiency\n\n## What is (are) Alpha-1 Antitrypsin Deficiency ?"
        "\n\nAlpha-1 antitrypsin deficiency is inherited. It raises the risk of lung disease. "
        "A blood test finds alpha-1 antitrypsin deficiency.\n"
    )
    assert topic(tmp_path, lexicon, text) == "alpha-1 antitrypsin deficiency"


def test_a_procedure_title_gives_the_disease_it_is_for(tmp_path, lexicon):
    text = (
        "# Deep Brain Stimulation for Parkinson's Disease\n\nSurgeons place a thin wire in "
        "the brain of people with Parkinson's disease. It eases the tremor of Parkinson's "
        "disease.\n"
    )
    assert topic(tmp_path, lexicon, text) == "Parkinson's disease"


@pytest.mark.parametrize(
    "title",
    ["Imatinib - NCI", "Hyper-CVAD - NCI", "Imatinib for Chronic Myeloid Leukemia",
     "Treatment Option Overview for Kidney Stones"],
)
def test_a_drug_or_treatment_title_names_no_topic_of_its_own(tmp_path, lexicon, title):
    text = f"# {title}\n\nThe text speaks of {title.split(' - ')[0]} and of {title} again.\n"
    found = topic(tmp_path, lexicon, text)
    assert found is None or found.lower() not in title.lower().split(" - ")[0].split(" for ")[0]


def test_a_title_naming_two_conditions_keeps_the_lexicon_reading(tmp_path, lexicon):
    text = (
        "# High Blood Pressure and Kidney Disease\n\nHigh blood pressure and kidney disease "
        "often come together. Kidney disease can raise blood pressure, and high blood pressure "
        "and kidney disease share their treatment.\n"
    )
    assert topic(tmp_path, lexicon, text) == "kidney disease"


def test_this_syndrome_after_another_syndrome_is_not_the_page_topic(tmp_path, lexicon):
    text = (
        "# Q Fever\n\nQ fever is an infection caught from farm animals. Most people with Q "
        "fever recover, but some develop a lasting tiredness syndrome afterwards. This "
        "syndrome is characterized by fatigue, night sweats and poor sleep.\n"
    )
    facts = of_markdown(tmp_path, text, Relation.SYMPTOM_CAUSE)
    assert ("Q fever", "night sweats") not in facts
    text_same = (
        "# Q Fever\n\nQ fever is common on farms, and Q fever spreads with dust. This "
        "disease is characterized by fever, cough and night sweats.\n"
    )
    assert ("Q fever", "night sweats") in of_markdown(tmp_path, text_same, Relation.SYMPTOM_CAUSE)


@pytest.mark.parametrize(
    ("term", "name"),
    [
        ("PET scan", "PET scan"),
        ("positron emission tomography", "PET scan"),
        ("PET/CT", "PET-CT"),
        ("kidney failure", "kidney failure"),
        ("acute renal failure", "acute kidney injury"),
        ("kidney damage", "kidney damage"),
        ("muscle weakness", "muscle weakness"),
        ("lung infection", "lung infection"),
        ("osteopenia", "osteopenia"),
        ("vision problems", "vision problems"),
        ("hyperlipidemia", "hyperlipidemia"),
        ("liver damage", "liver damage"),
        ("drug-induced liver injury", "hepatotoxicity"),
        ("core needle biopsy", "core needle biopsy"),
        ("excisional lymph node biopsy", "lymph node biopsy"),
    ],
)
def test_another_name_names_the_same_thing_not_a_related_one(lexicon, term, name):
    assert lexicon.lookup(term)[0].name == name


def test_the_pages_short_name_of_its_topic_stands_for_the_topic(tmp_path, lexicon):
    text = (
        "# Mitral Valve Prolapse\n\nMitral valve prolapse (MVP) is a heart valve that "
        "bulges back when the heart beats. Many people with mitral valve prolapse never "
        "notice it.\n\n## Signs and symptoms\n\n"
        "Symptoms of MVP include palpitations, chest pain and fatigue.\n"
    )
    facts = of_markdown(tmp_path, text, Relation.SYMPTOM_CAUSE)
    assert ("mitral valve prolapse", "palpitations") in facts
    assert "MVP" not in subjects(facts)


def test_a_name_that_is_not_the_topic_gets_no_short_name(tmp_path, lexicon):
    # "(HR)" follows another phrase, not the topic: it names nothing of the page
    text = (
        "# Hypersensitivity Pneumonitis\n\nThe heart rate (HR) rises in hypersensitivity "
        "pneumonitis, and hypersensitivity pneumonitis makes breathing hard.\n"
    )
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    dc = DocContext(read_document(p), lexicon)
    assert "HR" not in dc.abbreviations


def test_the_topic_named_with_its_short_name_is_the_cause(tmp_path, lexicon):
    text = (
        "# Deep Brain Stimulation for Parkinson's Disease\n\nThe operation eases the motor "
        "symptoms of Parkinsons disease (PD), such as tremor, stiffness and slowed movement. "
        "Most people with Parkinson's disease take medicine first.\n"
    )
    facts = of_markdown(tmp_path, text, Relation.SYMPTOM_CAUSE)
    assert ("Parkinson's disease", "tremor") in facts
    assert not any("(PD)" in s for s in subjects(facts))


def test_a_passing_disease_does_not_replace_the_titles_topic(tmp_path, lexicon):
    text = (
        "# Heart Failure\n\nHeart failure means the heart pumps too weakly. Risk factors "
        "include high blood pressure, smoking and obesity. A few drugs for myeloma can also "
        "strain the heart, so people treated for myeloma have their heart checked.\n"
    )
    assert topic(tmp_path, lexicon, text) == "heart failure"
    facts = of_markdown(tmp_path, text, Relation.RISK_FACTOR)
    assert ("heart failure", "obesity") in facts
    assert "multiple myeloma" not in subjects(facts)
