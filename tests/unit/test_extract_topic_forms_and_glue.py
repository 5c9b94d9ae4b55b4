"""Which condition a sentence speaks of, and words a lost space glued to a name.

* A tumour the lexicon lacks, found by the shape of its name ("neuroblastoma", "stomach
  cancer"), counts toward the page's topic like a listed condition, the title's first.
* A sentence naming the topic only in one qualified form ("chronic Q fever", "severe Q
  fever") speaks of that form; a heading "Symptoms of Chronic Q Fever" sets it for its list.
* A common word run into the name after it ("medicinesrituximab") is cut, on both sides of
  the name; a real word ("lymphedema", "coinfection") never is.

Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of, page_topic
from extract_helpers import triples as facts

from trainer.domain import Relation
from trainer.generator.diseasenames import disease_names
from trainer.generator.glued import split_glued, unglue_lines
from trainer.generator.lexicon_load import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


# -- tumours found by the shape of their name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surgery is often used to treat renal cell cancer.", ["renal cell cancer"]),
        ("Children with recurrent neuroblastoma or stage IV melanoma", ["neuroblastoma",
                                                                         "melanoma"]),
        ("HER2-positive breast cancers grow fast.", ["breast cancer"]),
        ("Non-small cell lung cancer is more common than small cell lung cancer.",
         ["non-small cell lung cancer", "small cell lung cancer"]),
        ("Ductal carcinoma in situ stays in the duct.", ["ductal carcinoma in situ"]),
    ],
)
def test_a_tumour_is_found_by_the_shape_of_its_name(text: str, names: list[str]) -> None:
    assert [d.name for d in disease_names(text)] == names


@pytest.mark.parametrize(
    "text",
    ["The cancer may come back.", "A stoma and a hematoma healed.", "The drug kills cancer cells.",
     "She was treated at the Cancer Center.", "It is used for head and neck cancer."],
)
def test_no_tumour_is_named_by_a_bare_head_a_lesion_or_a_modifier(text: str) -> None:
    assert disease_names(text) == []


NEUROBLASTOMA = """## Treatment options

Surgery is used to remove neuroblastoma when the tumor has not spread. Some children with
neuroblastoma need chemotherapy after surgery.

Children treated for neuroblastoma may later develop metabolic syndrome. Metabolic syndrome is
watched for during follow-up.

Neuroblastoma that comes back is treated again.

## Signs and symptoms

Neuroblastoma can cause bone pain.
"""


def test_a_tumour_named_by_its_shape_beats_a_condition_named_less_often(tmp_path, lexicon):
    assert page_topic(tmp_path, lexicon, NEUROBLASTOMA) == "neuroblastoma"


def test_the_title_names_a_tumour_the_lexicon_lacks(tmp_path, lexicon):
    text = (
        "# Treatment of Stomach Cancer - Health Agency\n\n"
        "Several treatments are used for stomach cancer. Surgery is common.\n\n"
        "Stomach cancer that has spread is treated with chemotherapy.\n"
    )
    assert page_topic(tmp_path, lexicon, text) == "stomach cancer"


def test_a_drug_page_naming_several_cancers_as_often_has_no_topic(tmp_path, lexicon):
    text = (
        "# Examplinib\n\nExamplinib is used to treat thyroid cancer and renal cell carcinoma.\n\n"
        "In thyroid cancer it is given daily. In renal cell carcinoma it follows other drugs.\n"
    )
    assert page_topic(tmp_path, lexicon, text) is None


def test_a_news_title_about_a_type_of_a_cancer_does_not_name_the_topic(tmp_path, lexicon):
    text = (
        "# New Drug Helps Patients with a Rare Type of Pancreatic Cancer\n\n"
        "Pancreatic neuroendocrine tumors are a rare form of pancreatic cancer.\n\n"
        "Most pancreatic cancer is of another kind.\n"
    )
    assert page_topic(tmp_path, lexicon, text) is None


# -- a qualified form of the topic -------------------------------------------------------------

Q_FEVER = """# Q Fever

Q fever is an infection that farm animals spread. Q fever is often mild. Doctors see Q fever in
farm workers.

"""


def test_the_risk_of_a_qualified_form_of_the_topic_is_that_forms(tmp_path: Path) -> None:
    found = facts(tmp_path, Q_FEVER + "Smoking raises the risk of severe Q fever.\n")
    assert of(found, Relation.RISK_FACTOR) == {("severe Q fever", "smoking")}


def test_a_sex_several_times_more_likely_to_get_a_chronic_form(tmp_path: Path) -> None:
    found = facts(
        tmp_path, Q_FEVER + "Women are two to three times more likely than men to get chronic "
        "Q fever.\n"
    )
    assert of(found, Relation.RISK_FACTOR) == {("chronic Q fever", "female sex")}


def test_a_sentence_naming_the_topic_plainly_keeps_the_topic(tmp_path: Path) -> None:
    found = facts(
        tmp_path, Q_FEVER + "Smoking raises the risk of Q fever, and of chronic Q fever too.\n"
    )
    assert {s for s, _ in of(found, Relation.RISK_FACTOR)} <= {"Q fever"}


def test_a_symptoms_heading_sets_the_qualified_form_for_its_list(tmp_path: Path) -> None:
    text = Q_FEVER + "## Symptoms of Chronic Q Fever\n\n- night sweats\n- tiredness\n"
    assert of(facts(tmp_path, text), Relation.SYMPTOM_CAUSE) == {
        ("chronic Q fever", "night sweats"), ("chronic Q fever", "tiredness")
    }


# -- what a sentence states of the topic, read by its structure ---------------------------------


def test_a_gloss_in_apposition_names_the_factor_before_it(tmp_path: Path) -> None:
    text = (
        "# Gland Cancer\n\nGland cancer grows slowly. Gland cancer is rare. Gland cancer is "
        "treated with surgery.\n\nDrugs may stop the body from making growth-promoting "
        "hormone (GPH), a hormone that can increase the chance that gland cancer will grow.\n"
    )
    assert ("gland cancer", "growth-promoting hormone") in of(
        facts(tmp_path, text), Relation.RISK_FACTOR
    )


def test_a_share_of_what_another_sentence_names_gives_no_figure(tmp_path: Path) -> None:
    text = (
        "# Rare Brain Tumor\n\nSome tumors lose parts of two chromosomes. About half of patients "
        "diagnosed with rare brain tumor have these losses.\n\nRare brain tumor is treated with "
        "surgery. Rare brain tumor can come back.\n"
    )
    assert of(facts(tmp_path, text), Relation.NUMERIC) == set()


def test_the_topic_itself_is_no_factor_of_its_outlook(tmp_path: Path) -> None:
    text = (
        "# Lobular Carcinoma in Situ (LCIS)\n\nLobular carcinoma in situ (LCIS) stays in the "
        "lobules. Lobular carcinoma in situ is found by biopsy.\n\nPeople with LCIS have an "
        "excellent prognosis.\n\nPeople with LCIS have an excellent prognosis, and most can be "
        "cured with treatment.\n"
    )
    assert of(facts(tmp_path, text), Relation.PROGNOSTIC_FACTOR) == set()


# -- words glued before a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("medicinesrituximab", ("medicines", "rituximab", " ")),
        ("treatpalpitations", ("treat", "palpitations", " ")),
        ("complicationsstroke", ("complications", "stroke", " ")),
    ],
)
def test_a_word_run_into_the_name_after_it_is_cut(word, expected, lexicon) -> None:
    assert split_glued(word, lexicon) == expected


@pytest.mark.parametrize(
    "word",
    ["lymphedema", "coinfection", "nonsmokers", "microaneurysms", "tomography", "withdrawal",
     "ofatumumab", "orchitis", "together", "intestine"],
)
def test_a_real_word_is_never_cut_before_a_name(word, lexicon) -> None:
    assert split_glued(word, lexicon) is None


def test_a_name_glued_on_both_sides_is_cut_on_both_and_lines_keep_their_number(lexicon):
    lines = ["Doctors treatpalpitationsand chest pain.", "", "End of text medicinesrituximab"]
    assert unglue_lines(lines, lexicon) == [
        "Doctors treat palpitations and chest pain.", "", "End of text medicines rituximab"
    ]


def test_a_drug_glued_to_the_word_before_is_read(tmp_path: Path) -> None:
    found = facts(tmp_path, "Doctors give medicinesrituximab and ofatumumab, which target CD20.\n")
    assert of(found, Relation.DRUG_TARGET) == {("rituximab", "CD20"), ("ofatumumab", "CD20")}
