"""Phases read from the structure of a text: settings (relapsed, adjuvant, remission aims),
lists that point back to the sentence before, a drug page's "It is used:" lists, and what is
no phase fact at all (trial reports, research sections, restrictive negations, time points)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

DURATION, DRUGS = Relation.PHASE_DURATION, Relation.PHASE_DRUGS



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated relative clause restricts the patients; the drug is still given
        (
            "Patients with recurrent lymphoma who cannot tolerate chemotherapy may receive "
            "rituximab.",
            {("salvage therapy", "rituximab")},
        ),
        ("Patients with recurrent lymphoma should not receive rituximab.", set()),
        # the disease's course told by a clause
        (
            "Carfilzomib is given to patients whose myeloma has come back.",
            {("salvage therapy", "carfilzomib")},
        ),
        (
            "Ponatinib is used for people whose leukemia did not respond to initial treatment.",
            {("salvage therapy", "ponatinib")},
        ),
        (
            "Inotuzumab ozogamicin is an antibody-drug conjugate approved for relapsed B-cell "
            "ALL.",
            {("salvage therapy", "inotuzumab ozogamicin")},
        ),
        # a setting stated in one clause does not reach a drug in the next
        (
            "Tisagenlecleucel is approved for patients with relapsed ALL; brexucabtagene "
            "autoleucel is approved for adults.",
            {("salvage therapy", "tisagenlecleucel")},
        ),
        # "given alone or in combination" is how the drugs are given, not a comparator arm
        (
            "Patients with relapsed myeloma may be treated with pomalidomide or daratumumab, "
            "given alone or in combination.",
            {("salvage therapy", "pomalidomide"), ("salvage therapy", "daratumumab")},
        ),
        # "other ... such as": the class heads its examples and is no phase drug itself
        (
            "People who do not respond to standard therapy may benefit from other "
            "immunosuppressive agents such as tacrolimus.",
            {("salvage therapy", "tacrolimus")},
        ),
    ],
)
def test_relapsed_settings(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Treatment may include:\n- surgery followed by chemotherapy with capecitabine\n"
            "- chemotherapy with docetaxel before surgery\n",
            {("adjuvant therapy", "capecitabine"), ("neoadjuvant therapy", "docetaxel")},
        ),
        ("Stop taking aspirin before surgery.", set()),
        ("Cefazolin is given before surgery to prevent wound infection.", set()),
        ("Some women with breast cancer receive hormone therapy with aromatase inhibitors "
         "before surgery.", {("neoadjuvant therapy", "aromatase inhibitor")}),
        ("Tamoxifen is given before surgery or radiation therapy to shrink the tumor.",
         {("neoadjuvant therapy", "tamoxifen")}),
    ],
)
def test_therapy_around_an_operation(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_members_of_a_class_take_the_phase_the_sentence_before_gave_it(tmp_path: Path) -> None:
    text = (
        "Corticosteroids are effective in bringing on remission. Corticosteroids include:\n"
        "- prednisone\n- budesonide\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("induction", "corticosteroid"),
        ("induction", "prednisone"),
        ("induction", "budesonide"),
    }


def test_a_class_list_looks_back_through_its_section_for_the_class_phase(
    tmp_path: Path,
) -> None:
    text = (
        "Doctors often use thiopurines to help people stay in remission. Thiopurines are "
        "taken by mouth.\n\nThiopurines include:\n- azathioprine\n- mercaptopurine\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("maintenance", "thiopurine"),
        ("maintenance", "azathioprine"),
        ("maintenance", "mercaptopurine"),
    }


def test_a_negated_aim_gives_the_members_no_phase(tmp_path: Path) -> None:
    text = (
        "Corticosteroids do not help maintain remission. Corticosteroids include:\n"
        "- prednisone\n"
    )
    assert of_text(tmp_path, text, DRUGS) == set()


def test_a_pointing_lead_takes_every_phase_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Experience has established these drugs for induction or for relapsed disease. "
        "The following drugs are used:\n- rituximab\n- ibrutinib\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("induction", "rituximab"),
        ("induction", "ibrutinib"),
        ("salvage therapy", "rituximab"),
        ("salvage therapy", "ibrutinib"),
    }


def test_a_drug_pages_list_of_uses_belongs_to_the_drug_it_opens_with(tmp_path: Path) -> None:
    text = (
        "# Obinutuzumab\n\nObinutuzumab is approved to treat:\n\n"
        "- Follicular lymphoma. It is used:\n"
        "  - with chemotherapy as the first treatment.\n"
        "  - in patients whose lymphoma has come back.\n"
    )
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("first-line therapy", "obinutuzumab"),
        ("salvage therapy", "obinutuzumab"),
    }


def test_the_drug_a_list_of_uses_opens_with_is_given_in_the_phase_an_item_names(
    tmp_path: Path,
) -> None:
    text = (
        "Rituximab is approved to treat:\n- follicular lymphoma that has come back\n"
        "- follicular lymphoma in adults\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "rituximab")}


@pytest.mark.parametrize(
    "text",
    [
        # "Patients received X" reports the arm of the trial the sentence before describes
        "A randomized trial enrolled 200 adults. Patients received induction with idarubicin.",
        "Studies have shown that consolidation with cytarabine improves survival.",
        # a cue word inside a name is no cue: a definition names no phase drug
        "# Relapsed or refractory ALL\n\nInotuzumab ozogamicin is an antibody-drug conjugate.\n",
        # the treatment patients had before is history, not what the relapse phase gives
        "Patients with relapsed lymphoma previously treated with rituximab and bendamustine may "
        "join a study.",
        "This section is for patients whose leukemia has become worse while taking imatinib or "
        "nilotinib.",
    ],
)
def test_no_phase_drug_from_reports_and_definitions(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, DRUGS) == set()


def test_a_research_section_gives_no_phase_facts(tmp_path: Path) -> None:
    body = "Maintenance with lenalidomide lasts 2 years.\n"
    assert of_markdown(tmp_path, "# Myeloma\n\n## Research results\n\n" + body, DRUGS) == set()
    assert of_markdown(tmp_path, "# Myeloma\n\n## Treatment\n\n" + body, DRUGS) == {
        ("maintenance", "lenalidomide")
    }


def test_a_references_list_mid_page_does_not_hide_the_next_section(tmp_path: Path) -> None:
    text = (
        "# Leukemia\n\nSome text about leukemia.\n\n###### References\n\n"
        "1. A reference to a journal article.\n\n"
        "## Treatment of relapsed leukemia\n\nSalvage therapy uses clofarabine.\n"
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "clofarabine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First-line treatment may include:\n- bevacizumab with or without interferon\n",
         {("first-line therapy", "bevacizumab"), ("first-line therapy", "interferon")}),
        ("First-line treatment may include:\n- interferon\n",
         {("first-line therapy", "interferon")}),
        # a class with its one drug in brackets describes that drug
        ("Salvage therapy may include:\n- targeted therapy with a monoclonal antibody "
         "(obinutuzumab)\n", {("salvage therapy", "obinutuzumab")}),
    ],
)
def test_classes_in_a_phase_list(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q fever endocarditis is treated with antibiotics for 18 months.",
         {("overall treatment", "18 months")}),
        ("The intensive phase lasts 2 months (a total of 6 months for all phases).",
         {("intensive phase", "2 months"), ("overall treatment", "6 months")}),
        ("Children then get 2 years of maintenance.", {("maintenance", "2 years")}),
        ("Treatment for Lyme disease using doxycycline usually lasts for 3 weeks.",
         {("overall treatment", "3 weeks")}),
        ("Patients need prolonged antifungal therapy (at least 6 months) to clear it.",
         {("overall treatment", "at least 6 months")}),
        # a drug's schedule is not the treatment's length
        ("Hairy cell leukemia is treated with cladribine daily for 5 days.", set()),
    ],
)
def test_durations_of_the_whole_course(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DURATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phase named as a point in time still gives the drugs listed with it, and no others
        (
            "The cells are given 3 days after lymphodepletion with fludarabine and "
            "cyclophosphamide.",
            {("lymphodepletion", "fludarabine"), ("lymphodepletion", "cyclophosphamide")},
        ),
        (
            "After induction with imatinib, some patients go on to receive dasatinib.",
            {("induction", "imatinib")},
        ),
        ("Intrathecal cytarabine is the mainstay of CNS prophylaxis.",
         {("CNS prophylaxis", "cytarabine")}),
        (
            "Cytarabine is injected into the spinal fluid. This is called CNS prophylaxis.",
            {("CNS prophylaxis", "cytarabine")},
        ),
        (
            "Maintenance lasts 2 years, with daily mercaptopurine and a short course of "
            "steroids every month.",
            {("maintenance", "mercaptopurine"), ("maintenance", "corticosteroid")},
        ),
        (
            "While the cells are made, bridging therapy, usually blinatumomab or inotuzumab "
            "ozogamicin, keeps the leukemia in check.",
            {("bridging therapy", "blinatumomab"), ("bridging therapy", "inotuzumab ozogamicin")},
        ),
        (
            "The TKI is continued through consolidation, and restarted as post-transplant "
            "maintenance.",
            {("consolidation", "tyrosine kinase inhibitor"),
             ("post-transplant maintenance", "tyrosine kinase inhibitor")},
        ),
        # the evidence for a recommendation does not make it a trial's arm ...
        (
            "Nelarabine should be added to consolidation, as this improved survival in a "
            "randomised trial.",
            {("consolidation", "nelarabine")},
        ),
        # ... but a trial's result is no phase fact
        ("In the ALPHA trial of ponatinib, remission was reached in most patients with "
         "relapsed ALL.", set()),
    ],
)
def test_drugs_named_with_a_phase(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phases of treatment:\n- Induction: 4 weeks\n- Maintenance: about 2 years\n",
         {("induction", "4 weeks"), ("maintenance", "about 2 years")}),
        ("The cells are given 3 days after lymphodepletion with fludarabine.", set()),
    ],
)
def test_labelled_durations(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DURATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drugs the disease already failed on are history; only the drug now given counts
        (
            "Axitinib is used for kidney cancer that has not gotten better after treatment "
            "with pazopanib or cabozantinib.",
            {("salvage therapy", "axitinib")},
        ),
        (
            "Ripretinib is given to adults whose tumor has come back and has not gotten better "
            "with imatinib mesylate and sunitinib malate.",
            {("salvage therapy", "ripretinib")},
        ),
        (
            "For relapsed myeloma that is refractory to lenalidomide, patients may receive "
            "carfilzomib.",
            {("salvage therapy", "carfilzomib")},
        ),
        # a disease that has become worse while on a drug: the next drug is given after it
        (
            "Dasatinib is used in patients whose leukemia has become worse while taking "
            "imatinib.",
            {("salvage therapy", "dasatinib")},
        ),
    ],
)
def test_drugs_the_disease_already_failed_on_are_no_phase_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relapsed disease whose name coordinates two kinds
        (
            "Treatment of recurrent medullary and anaplastic thyroid cancer may include "
            "vandetanib.",
            {("salvage therapy", "vandetanib")},
        ),
        # a disease that got worse after earlier treatment
        (
            "Ramucirumab is used in adults whose stomach cancer got worse after chemotherapy.",
            {("salvage therapy", "ramucirumab")},
        ),
        # a recurring complaint beside a cancer is no relapsed cancer
        ("Some patients with recurrent headaches and rare brain cancer take ibuprofen.", set()),
        # a rash that got worse is no disease course and names no phase
        ("The rash got worse after treatment with amoxicillin.", set()),
    ],
)
def test_relapsed_disease_named_by_its_course(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected
