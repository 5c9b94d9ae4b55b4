"""A title naming a condition the lexicon lacks, by its head noun ("Morvane Syndrome"), is the
page's topic even on a short page that repeats it once; a passing mention of a known condition
does not outcount it. Titles about a treatment, a drug, a test, a section or two conditions are
not read this way."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import page_topic

from trainer.generator.extract import topic_heads


@pytest.fixture(scope="module")
def lexicon():
    from trainer.generator.lexicon_load import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plain first line as title, then a question-like section heading
        ("Morvane syndrome\n\nSigns and Symptoms\n\nChildren with Morvane syndrome have weak "
         "muscles and a rash. Some also get osteoarthritis early, and osteoarthritis limits "
         "walking.\n", "morvane syndrome"),
        # the name without its site, once; a passing condition named twice
        ("# Kelbrin's Disease of Bone\n\nKelbrin's disease slowly weakens bones. Osteoarthritis "
         "of nearby joints may follow, and osteoarthritis of the hip may need surgery.\n",
         "kelbrin's disease of bone"),
        # referred back to only as "this syndrome"
        ("# Dalvik Syndrome\n\n## Signs and Symptoms\n\nPeople with this syndrome tire easily. "
         "Asthma is common in them, and asthma attacks can be severe.\n", "dalvik syndrome"),
        # a word in "-itis"
        ("# Pellomyelitis\n\nPellomyelitis is an inflammation of the nerves. It can follow "
         "influenza; influenza is the usual trigger.\n", "pellomyelitis"),
        # an infection with a nickname in quotes
        ('# Parasites - Mites - Sand "Itch" Infestation\n\nSand infestation spreads by close '
         "contact. Sand infestation is found worldwide.\n", "sand infestation"),
    ],
)
def test_title_with_a_condition_head_noun_is_the_topic(tmp_path: Path, lexicon, text, want):
    assert (page_topic(tmp_path, lexicon, text) or "").lower() == want


@pytest.mark.parametrize(
    "text",
    [
        # a treatment's page
        "# Gene Therapy\n\nGene therapy may help some people with osteoarthritis.\n",
        # a drug's page
        "# Lorvatinib\n\nLorvatinib is a drug that treats lung cancer in adults.\n",
        # a page about two conditions
        "# Morvane Syndrome and Tellin Disease\n\nMorvane syndrome and Tellin disease both cause "
        "a rash.\n",
        # a test's page
        "# Sweat Chloride Test\n\nThis test checks salt in sweat to find cystic fibrosis.\n",
        # a section heading, not a condition's name
        "# Related Disorders\n\nOsteoarthritis can look like this disorder.\n",
    ],
)
def test_titles_that_name_no_single_condition(tmp_path: Path, lexicon, text):
    got = page_topic(tmp_path, lexicon, text) or ""
    title = text.splitlines()[0].lstrip("# ").lower()
    assert got.lower() != title
    assert "morvane" not in got.lower()


def test_question_title_subtitle_is_cut(tmp_path: Path, lexicon):
    text = ("## What are the treatments for Torvald Neuropathies: The Nerve Damage of "
            "Diabetes ?\n\nDiabetes control helps. Diabetes medicines help.\n")
    assert (page_topic(tmp_path, lexicon, text) or "").lower() == "torvald neuropathies"


@pytest.mark.parametrize(
    ("phrase", "named"),
    [("Morvane Syndrome", True), ("Ulvic Fever", True), ("Pellomyelitis", True),
     ("Related Disorders", False), ("Diagnosis", False), ("Morvane Syndrome and Tellin Disease",
     False), ("Hormone Therapy", False), ("Sweat Chloride Test", False)],
)
def test_names_condition(phrase: str, named: bool):
    assert topic_heads.names_condition(phrase) is named


@pytest.mark.parametrize(
    ("heading", "want"),
    [("What are the treatments for Ulvic Antibody Syndrome ?", "Ulvic Antibody Syndrome"),
     ("What are the symptoms of Tarsal Fever?", "Tarsal Fever"),
     ("What is the outlook for Velm Disease?", "Velm Disease"),
     ("What are the complications of Orvic Dermatitis ?", "Orvic Dermatitis"),
     # near-misses: the aspect is not a condition's name
     ("What are the treatments for Children ?", None),
     ("What are the treatments for high blood pressure and kidney disease ?", None)],
)
def test_question_heading_reads_its_aspect_first(heading: str, want: str | None):
    from trainer.generator.extract.topic_headings import heading_candidate

    assert heading_candidate(heading) == want


def test_page_cut_from_a_longer_one_takes_its_asked_condition(tmp_path: Path, lexicon):
    text = ("Blood Tests\n\nTests check the blood for UAS antibodies and lupus anticoagulant. "
            "Lupus can look alike.\n\n## What are the treatments for Ulvic Antibody Syndrome "
            "?\n\nUlvic antibody syndrome (UAS) has no cure. You may have UAS and lupus.\n\n"
            "Medicines\n\nBlood thinners help in Ulvic antibody syndrome.\n")
    assert (page_topic(tmp_path, lexicon, text) or "").lower() == "ulvic antibody syndrome"


@pytest.mark.parametrize(
    ("text", "want"),
    [("# Treatment of Morvane Syndrome\n\nMorvane syndrome has no cure. Asthma is common in "
      "it, and asthma can be severe.\n", "morvane syndrome"),
     ("# Treatment Options for Orvic Dermatitis\n\nCreams help most people with Orvic "
      "dermatitis. Eczema may look alike; eczema is itchy.\n", "orvic dermatitis"),
     ("# Managing Tarsal Fever\n\nRest helps people with tarsal fever. Influenza may come "
      "first, and influenza is common.\n", "tarsal fever")],
)
def test_care_title_names_its_condition(tmp_path: Path, lexicon, text: str, want: str):
    assert (page_topic(tmp_path, lexicon, text) or "").lower() == want


@pytest.mark.parametrize(
    ("text", "not_want"),
    [("# Treatment for Children\n\nChildren with asthma need inhalers. Children often "
      "outgrow it.\n", "children"),
     ("# Managing Side Effects\n\nSide effects of the drugs can be managed. Side effects "
      "fade.\n", "side effects")],
)
def test_care_title_without_a_condition_is_no_topic(tmp_path: Path, lexicon, text, not_want):
    assert (page_topic(tmp_path, lexicon, text) or "").lower() != not_want
