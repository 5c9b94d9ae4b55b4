"""drug_class and drug_target on structures seen in fresh patient pages: a receptor class
whose name keeps "selective" and names its receptor, a class lead-in followed by a list that
lost its line breaks ("include the following: - X, which ... - Y"), "They are <class>" after a
sentence that opens with the drugs, and "proteins made by the G gene" as a target. Each rule:
the right fact, and none where the text does not state it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_markdown, of_text, write_doc

from trainer.domain import Relation

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


def test_a_receptor_modulator_class_keeps_selective_in_its_name(tmp_path: Path) -> None:
    text = "Raloxifene and bazedoxifene are selective estrogen receptor modulators.\n"
    assert of_text(tmp_path, text, CLASS) == {
        ("raloxifene", "selective estrogen receptor modulator"),
        ("bazedoxifene", "selective estrogen receptor modulator"),
    }


def test_a_run_in_class_heading_does_not_leave_a_shorter_class(tmp_path: Path) -> None:
    # a page that lost the line break after its heading: the heading runs into the text
    text = (
        "Selective estrogen receptor modulators Toremifene and raloxifene belong to the group "
        "of drugs called selective estrogen receptor modulators (SERMs).\n"
    )
    classes = of_text(tmp_path, text, CLASS)
    assert ("toremifene", "selective estrogen receptor modulator") in classes
    assert not any(c == "estrogen receptor modulator" for _, c in classes)


def test_a_receptor_modulator_gives_its_members_the_receptor(tmp_path: Path) -> None:
    text = "Raloxifene is a selective estrogen receptor modulator (SERM).\n"
    assert of_text(tmp_path, text, TARGET) == {("raloxifene", "estrogen receptor")}


def test_an_immune_modulator_names_no_target(tmp_path: Path) -> None:
    text = "Lenalidomide is an immunomodulator used in myeloma.\n"
    assert of_text(tmp_path, text, TARGET) == set()


def test_selective_stays_a_modifier_before_a_class_named_by_a_kinase(tmp_path: Path) -> None:
    text = "Nilotinib is a selective BCR-ABL1 inhibitor.\n"
    assert of_text(tmp_path, text, CLASS) == {("nilotinib", "BCR-ABL1 inhibitor")}


def test_a_spelled_out_ace_inhibitor_is_the_ace_inhibitor_class(tmp_path: Path) -> None:
    text = "Ramipril is an angiotensin-converting enzyme (ACE) inhibitor.\n"
    assert of_text(tmp_path, text, CLASS) == {("ramipril", "ACE inhibitor")}
    assert of_text(tmp_path, text, TARGET) == {("ramipril", "angiotensin-converting enzyme")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that lost its line breaks: each dash opens an item named by its drug
        (
            "Common opioid medications include the following: - morphine (Brand A), which is "
            "given after surgery - hydromorphone, which is given for severe pain - tapentadol "
            "(Brand B), which is prescribed for ongoing pain\n",
            {("morphine", "opioid"), ("hydromorphone", "opioid"), ("tapentadol", "opioid")},
        ),
        # a word saying how the medicines are sold between the class and "medications"
        (
            "Common opioid prescription medications include morphine and hydromorphone.\n",
            {("morphine", "opioid"), ("hydromorphone", "opioid")},
        ),
        # the list ends at the first item that names no drug
        (
            "Opioid medications include the following: - morphine - rest and exercise - "
            "oxycodone\n",
            {("morphine", "opioid")},
        ),
        # a drug named inside an item, not at its start, is no member
        (
            "Opioid medications include the following: - tapentadol, which is weaker than "
            "ketamine - morphine, which is given after surgery\n",
            {("tapentadol", "opioid"), ("morphine", "opioid")},
        ),
        # a dash aside in a sentence is not a list after a lead-in
        ("Opioids - the strongest pain medicines - are sometimes combined with aspirin.\n", set()),
    ],
)
def test_a_class_lead_in_before_a_list_that_lost_its_line_breaks(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imatinib and dasatinib are approved for children. They are tyrosine kinase "
            "inhibitors.\n",
            {("imatinib", "tyrosine kinase inhibitor"), ("dasatinib", "tyrosine kinase inhibitor")},
        ),
        (
            "Lisinopril and ramipril lower blood pressure. These medicines are ACE inhibitors.\n",
            {("lisinopril", "ACE inhibitor"), ("ramipril", "ACE inhibitor")},
        ),
        # negated: no class
        ("Imatinib and dasatinib are approved. They are not anthracyclines.\n", set()),
        # "Both" of three drugs: which two is unclear
        ("Imatinib, dasatinib and nilotinib are used. Both are anthracyclines.\n", set()),
        # the previous sentence names another drug besides the list: "they" is unclear
        (
            "Imatinib and dasatinib work better than cytarabine. They are anthracyclines.\n",
            set(),
        ),
    ],
)
def test_they_are_a_class_after_a_sentence_opening_with_the_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_proteins_made_by_a_gene_are_the_genes_target(tmp_path: Path) -> None:
    text = "Encorafenib and dabrafenib block the activity of proteins made by mutant BRAF genes.\n"
    assert of_text(tmp_path, text, TARGET) == {("encorafenib", "BRAF"), ("dabrafenib", "BRAF")}


def test_proteins_made_by_cells_are_no_target(tmp_path: Path) -> None:
    text = "Encorafenib blocks proteins made by tumour cells.\n"
    assert of_text(tmp_path, text, TARGET) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Examples of vasodilators are minoxidil and hydralazine.\n",
            {("minoxidil", "vasodilator"), ("hydralazine", "vasodilator")},
        ),
        ("An example of an anticoagulant is warfarin.\n", {("warfarin", "anticoagulant")}),
        # a negation: no fact
        ("Examples of vasodilators are not minoxidil and hydralazine.\n", set()),
    ],
)
def test_examples_of_a_class_are_its_members(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_misspelt_class_lead_in_is_normalised_and_flagged(tmp_path: Path) -> None:
    path = write_doc(
        tmp_path, "Immunosupressive drugs used to prevent relapses include azathioprine.\n"
    )
    found = [f for f in extract(path) if f.relation is CLASS]
    assert {(f.subject, f.object) for f in found} == {("azathioprine", "immunosuppressant")}
    assert all(any(flag.startswith("corrected:") for flag in f.flags) for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Topical biologic therapy with imiquimod may be used.\n",
            {("imiquimod", "biological therapy")},
        ),
        # chemotherapy is no broad grouping of the drug given with it
        ("Chemotherapy with imiquimod may be used.\n", set()),
    ],
)
def test_a_biological_therapy_given_with_its_drug(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aprepitant is an NK1 receptor antagonist.\n", {("aprepitant", "NK1 receptor")}),
        # an agonist of a substance, not of a named receptor, names no target
        ("Bromocriptine is a dopamine agonist.\n", set()),
        ("Metoprolol is a beta blocker.\n", set()),
    ],
)
def test_a_receptor_antagonist_names_its_receptor(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


def test_it_under_a_heading_that_names_the_drug(tmp_path: Path) -> None:
    text = "## Ruxolitinib (Brand)\n\nIt blocks JAK1 and JAK2.\n"
    assert of_markdown(tmp_path, text, TARGET) == {("ruxolitinib", "JAK1"), ("ruxolitinib", "JAK2")}


def test_they_under_a_heading_that_names_the_drugs(tmp_path: Path) -> None:
    text = "## Lisinopril and ramipril\n\nThey are ACE inhibitors.\n"
    assert of_markdown(tmp_path, text, CLASS) == {
        ("lisinopril", "ACE inhibitor"), ("ramipril", "ACE inhibitor")
    }


@pytest.mark.parametrize(
    "text",
    [
        # the heading says more than the drug's name: "it" is not sure to be the drug
        "## Side effects of ruxolitinib\n\nIt is a JAK inhibitor.\n",
        # only the first sentence under the heading takes the heading up
        "## Ruxolitinib\n\nDoctors give it for myelofibrosis. It is a JAK inhibitor.\n",
    ],
)
def test_it_under_a_heading_that_says_more_than_the_drug(tmp_path: Path, text: str) -> None:
    assert of_markdown(tmp_path, text, CLASS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic noun after the class, then its members in brackets
        (
            "Statin medicines (atorvastatin, rosuvastatin) lower cholesterol.\n",
            {("atorvastatin", "statin"), ("rosuvastatin", "statin")},
        ),
        # a plural class in brackets after a list of drugs: each drug is of the class
        (
            "Fluconazole or voriconazole (antifungal medicines) are used.\n",
            {("fluconazole", "antifungal"), ("voriconazole", "antifungal")},
        ),
        # a singular class in brackets belongs to the drug just before it only
        (
            "Patients take fluconazole and prednisone (a corticosteroid).\n",
            {("prednisone", "corticosteroid")},
        ),
        # a bracket that goes on after the class is no plural class of the list
        (
            "Patients take fluconazole and prednisone (a corticosteroid, for 5 days).\n",
            {("prednisone", "corticosteroid")},
        ),
    ],
)
def test_a_class_and_its_members_in_brackets(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antiplatelet medicines. Aspirin and clopidogrel keep platelets from clumping.\n",
            {("aspirin", "antiplatelet"), ("clopidogrel", "antiplatelet")},
        ),
        (
            "Anticoagulants. These medicines, such as warfarin and apixaban, thin the blood.\n",
            {("warfarin", "anticoagulant"), ("apixaban", "anticoagulant")},
        ),
        # the label says more than the class: no fact
        ("Side effects of anticoagulants. Warfarin can cause bleeding.\n", set()),
        # the drug does not open the sentence: no fact
        ("Anticoagulants. Doctors may also give warfarin after surgery.\n", set()),
        # a treatment modality labels no class of drugs
        ("Chemotherapy. Cisplatin and etoposide are given in cycles.\n", set()),
        # the sentence denies the class, sets the drug against another, or names a class itself
        ("Anticoagulants. Aspirin is not an anticoagulant.\n", set()),
        ("Anticoagulants. Aspirin, unlike warfarin, does not thin the blood.\n", set()),
        ("Statins. Ezetimibe is another option when statins fail.\n", set()),
    ],
)
def test_a_class_label_before_a_sentence_opening_with_its_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_class_heading_over_a_sentence_opening_with_its_drugs(tmp_path: Path) -> None:
    text = "## Corticosteroids\n\nPrednisone and budesonide reduce swelling.\n"
    assert of_markdown(tmp_path, text, CLASS) == {
        ("prednisone", "corticosteroid"), ("budesonide", "corticosteroid")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Common NSAIDs are ibuprofen and naproxen.\n",
            {("ibuprofen", "nonsteroidal anti-inflammatory drug"),
             ("naproxen", "nonsteroidal anti-inflammatory drug")},
        ),
        # the class is not what the sentence is about
        ("Patients who take NSAIDs are often given omeprazole.\n", set()),
        ("NSAIDs are not ibuprofen or naproxen.\n", set()),
    ],
)
def test_a_class_opening_a_sentence_is_its_listed_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infliximab works by neutralizing TNF.\n", {("infliximab", "TNF")}),
        ("Denosumab stops RANKL from working.\n", {("denosumab", "RANKL")}),
        # what a drug stops the body or cells from doing names no target
        ("Letrozole stops the body from making estrogen.\n", set()),
        ("Imatinib stops cancer cells from growing.\n", set()),
        ("Denosumab does not stop RANKL from working.\n", set()),
    ],
)
def test_neutralizing_or_stopping_a_molecule_from_working(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


def test_they_after_a_list_of_drugs(tmp_path: Path) -> None:
    text = (
        "Immunotherapy drugs used for this cancer include:\n\n- nivolumab\n- cemiplimab\n\n"
        "These drugs help the immune system. They are also considered targeted therapy.\n"
    )
    found = of_markdown(tmp_path, text, CLASS)
    assert {("nivolumab", "targeted therapy"), ("cemiplimab", "targeted therapy")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # an item that is not a drug: the list is not a list of drugs
        "Treatments include:\n\n- nivolumab\n- surgery\n\nThey are also considered targeted "
        "therapy.\n",
        # a sentence about something else comes between the list and "They"
        "Drugs used include:\n\n- nivolumab\n- cemiplimab\n\nDoctors give them every two weeks. "
        "They are also considered targeted therapy.\n",
    ],
)
def test_they_after_something_other_than_a_list_of_drugs(tmp_path: Path, text: str) -> None:
    assert not any(c == "targeted therapy" for _, c in of_markdown(tmp_path, text, CLASS))
