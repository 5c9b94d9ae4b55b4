"""drug_class of the wordings that name a class's members in a clause of its own: a relative
clause on the class ("four statins, which are X, Y and Z"), a narrower name the class is said
to be called by, taken up by "They include" in the next sentence, a second verb ("Similar to
SSRIs are SNRIs and include X"), the role the members are used in ("used as palliative
therapy, including X"), a label before a drug under a hedge, and a list after a clause of
condition whose negation is not the list's. None where the relative clause says something else
of the class, the list is denied, or the class is a goal of care."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_markdown, of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your doctor will likely choose one of the three statins, which are atorvastatin, "
            "simvastatin and rosuvastatin.",
            {("atorvastatin", "statin"), ("simvastatin", "statin"), ("rosuvastatin", "statin")},
        ),
        (
            "Beta blockers, which include atenolol and metoprolol, slow the heart rate.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "For ulcers, proton pump inhibitors, which include omeprazole and pantoprazole, "
            "are taken before breakfast.",
            {("omeprazole", "proton pump inhibitor"), ("pantoprazole", "proton pump inhibitor")},
        ),
    ],
)
def test_a_relative_clause_on_a_class_names_its_members(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Statins, which are given with aspirin after a heart attack, lower cholesterol.",
        "Many people take statins, which are safe, and aspirin.",
        "People who cannot take statins, which are atorvastatin and simvastatin, may take "
        "ezetimibe.",
    ],
)
def test_no_members_from_a_relative_clause_that_says_something_else(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, CLASS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blood pressure medicines used most are called angiotensin II receptor "
            "blockers (ARBs). They include losartan (Cozaar), valsartan (Diovan) and several "
            "others.",
            {("losartan", "angiotensin II receptor blocker"),
             ("valsartan", "angiotensin II receptor blocker"),
             ("losartan", "blood pressure medicine"), ("valsartan", "blood pressure medicine")},
        ),
        (
            "The oldest kind of antidepressant is known as tricyclic antidepressants. They "
            "include amitriptyline and nortriptyline, among others.",
            {("amitriptyline", "tricyclic antidepressant"),
             ("nortriptyline", "tricyclic antidepressant"),
             ("amitriptyline", "antidepressant"), ("nortriptyline", "antidepressant")},
        ),
    ],
)
def test_a_class_called_by_a_narrower_name_then_they_include(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Close kin of ACE inhibitors are angiotensin II receptor blockers (ARBs) and "
            "include losartan and irbesartan.",
            {("losartan", "angiotensin II receptor blocker"),
             ("irbesartan", "angiotensin II receptor blocker")},
        ),
        (
            "Bisphosphonates slow bone loss and include alendronate.",
            set(),
        ),
        (
            "Some people take statins and include aspirin in their daily routine.",
            set(),
        ),
    ],
)
def test_a_class_subject_with_a_second_verb_that_lists(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several chemotherapy drugs are used as palliative therapy for advanced bowel "
            "cancer, including irinotecan and oxaliplatin.",
            {("irinotecan", "chemotherapy"), ("oxaliplatin", "chemotherapy")},
        ),
        (
            "Chemotherapy drugs are used with other treatments, including rituximab.",
            set(),
        ),
    ],
)
def test_the_role_of_use_does_not_stop_the_list(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_links_in_the_list_do_not_stop_it(tmp_path: Path) -> None:
    text = (
        "There are many chemotherapy drugs used as first treatment for bladder cancer, "
        "including cisplatin, [gemcitabine](/drugs/gemcitabine), and [docetaxel](/d/x).\n"
    )
    assert of_markdown(tmp_path, text, CLASS) == {
        ("cisplatin", "chemotherapy"), ("gemcitabine", "chemotherapy"),
        ("docetaxel", "chemotherapy"),
    }


def test_a_goal_of_care_is_no_drug_class(tmp_path: Path) -> None:
    text = (
        "Later palliative therapy may include:\n\n- ramucirumab with chemotherapy\n"
        "- nivolumab for some cancers\n"
    )
    found = of_text(tmp_path, text, CLASS)
    assert not any(obj.endswith("care") for _, obj in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next treatment might include the immunotherapy drug nivolumab.",
         {("nivolumab", "immunotherapy")}),
        ("For some tumours it may include chemotherapy with the targeted therapy drug "
         "trastuzumab.", {("trastuzumab", "targeted therapy")}),
        ("Results suggest that adding the investigational MEK inhibitor cobimetinib could "
         "help.", set()),
    ],
)
def test_a_label_before_a_drug_is_not_under_the_hedge(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If paracetamol does not ease the pain, then NSAIDs such as ibuprofen may be used.",
         {("ibuprofen", "nonsteroidal anti-inflammatory drug")}),
        ("When diet alone does not lower cholesterol, statins such as atorvastatin are "
         "prescribed.", {("atorvastatin", "statin")}),
        ("If you have kidney disease, do not take NSAIDs such as ibuprofen.", set()),
        ("If the pain returns, doctors no longer use opioids such as morphine.", set()),
    ],
)
def test_a_negation_in_a_clause_of_condition_is_not_the_lists(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_bare_name_in_brackets_after_a_drug_is_a_draft(tmp_path: Path) -> None:
    text = "Medicines that slow the heart include metoprolol and digoxin (digitalis)."
    assert ("digoxin", "digitalis") not in of_text(tmp_path, text, CLASS)
    assert ("digoxin", "digitalis") in drafts(tmp_path, text, CLASS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers added docetaxel—a taxane—to hormone therapy.", {("docetaxel", "taxane")}),
        ("Doctors gave letrozole – an aromatase inhibitor – for five years.",
         {("letrozole", "aromatase inhibitor")}),
        ("The trial compared docetaxel—not a taxane—with cisplatin.", set()),
        ("Patients took letrozole—then tamoxifen—for five years.", set()),
    ],
)
def test_an_apposition_set_off_by_dashes(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Combination chemotherapy using epirubicin, cisplatin and fluorouracil, given before "
         "surgery, lowered the risk of death.",
         {("epirubicin", "chemotherapy"), ("cisplatin", "chemotherapy"),
          ("fluorouracil", "chemotherapy")}),
        ("Patients got chemotherapy made up of cisplatin and etoposide.",
         {("cisplatin", "chemotherapy"), ("etoposide", "chemotherapy")}),
        ("Patients did not receive chemotherapy using cisplatin.", set()),
    ],
)
def test_chemotherapy_using_its_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tyrosine kinase inhibitors (TKIs) and PARP inhibitors are types of targeted "
            "therapy.\n\n- TKIs: these block growth signals. Imatinib is a TKI.\n"
            "- PARP inhibitors: these stop DNA repair. Olaparib is a PARP inhibitor.\n",
            {("imatinib", "tyrosine kinase inhibitor"), ("imatinib", "targeted therapy"),
             ("olaparib", "PARP inhibitor"), ("olaparib", "targeted therapy")},
        ),
        (
            "Anthracyclines, alkylating agents and taxanes are kinds of chemotherapy.\n\n"
            "- Anthracyclines: doxorubicin is an anthracycline.\n",
            {("doxorubicin", "anthracycline"), ("doxorubicin", "chemotherapy")},
        ),
        (
            # a later paragraph that names a type in passing is not one of the items
            "Tyrosine kinase inhibitors and PARP inhibitors are types of targeted therapy.\n\n"
            "- TKIs: these block growth signals.\n\n"
            "A video shows how PARP inhibitors, such as olaparib, work.\n",
            {("olaparib", "PARP inhibitor")},
        ),
        (
            "TKIs and PARP inhibitors are not types of chemotherapy.\n\n"
            "- TKIs: imatinib is a TKI.\n",
            {("imatinib", "tyrosine kinase inhibitor")},
        ),
        (
            "Some say TKIs and PARP inhibitors might be types of immunotherapy.\n\n"
            "- TKIs: imatinib is a TKI.\n",
            {("imatinib", "tyrosine kinase inhibitor")},
        ),
    ],
)
def test_coordinated_classes_said_to_be_types_of_a_broader_one(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erythromycin. This antibiotic, given at low doses, speeds up stomach emptying.",
         {("erythromycin", "antibiotic")}),
        ("Doctors may give warfarin. This anticoagulant keeps clots from growing.",
         {("warfarin", "anticoagulant")}),
        ("Doctors may give warfarin or heparin. This anticoagulant keeps clots from growing.",
         set()),
        ("Metformin lowers glucose. This treatment is not an antibiotic.", set()),
    ],
)
def test_this_class_takes_up_the_one_drug_before(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Epirubicin is an anthracycline that is used as a chemotherapy drug.",
         {("epirubicin", "anthracycline"), ("epirubicin", "chemotherapy")}),
        ("Rituximab is a monoclonal antibody that is given as an immunotherapy for lymphoma.",
         {("rituximab", "monoclonal antibody"), ("rituximab", "immunotherapy")}),
        ("Methotrexate is an antimetabolite that is not used as a chemotherapy drug here.",
         {("methotrexate", "antimetabolite")}),
        ("Imatinib is a TKI that is used with chemotherapy.",
         {("imatinib", "tyrosine kinase inhibitor")}),
    ],
)
def test_a_clause_of_use_after_the_class_names_another(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bevacizumab is a monoclonal antibody and angiogenesis inhibitor that is used with "
         "chemotherapy.",
         {("bevacizumab", "monoclonal antibody"), ("bevacizumab", "angiogenesis inhibitor")}),
        ("Sorafenib is a kinase inhibitor and angiogenesis inhibitor used to treat liver "
         "cancer.",
         {("sorafenib", "kinase inhibitor"), ("sorafenib", "angiogenesis inhibitor")}),
        ("Imatinib is a TKI and chemotherapy drugs that are given later include cytarabine.",
         {("imatinib", "tyrosine kinase inhibitor"), ("cytarabine", "chemotherapy")}),
        ("Imatinib is a TKI and chemotherapy is given after it.",
         {("imatinib", "tyrosine kinase inhibitor")}),
    ],
)
def test_two_classes_after_a_copula_before_a_relative_clause(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immune checkpoint inhibitors are a type of immunotherapy.",
         {("immune checkpoint inhibitor", "immunotherapy")}),
        ("Trials show that another class of hormone therapy drugs, called aromatase "
         "inhibitors, works better than tamoxifen.",
         {("aromatase inhibitor", "hormone therapy")}),
        ("TKIs are not a type of chemotherapy.", set()),
        ("TKIs might be a type of immunotherapy.", set()),
    ],
)
def test_a_class_said_to_be_a_type_of_another_is_a_draft(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
    assert drafts(tmp_path, text, CLASS) == expected
