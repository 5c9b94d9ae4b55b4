"""Structures of real treatment pages that hid core facts: a sub-list opened by an item of a
flattened list, a target written before a class of kinase inhibitors, a class stated of a
drug list in a relative clause ("which belong to the class of drugs called ..."), a salt
word after a generic in a list of drugs. Each case also checks that no fact is read where
none is stated."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation


def test_a_sub_list_takes_its_phase_from_the_item_that_opens_it(tmp_path: Path) -> None:
    text = (
        "Some patients need more treatment after surgery. - Low risk: For these patients, "
        "adjuvant therapy is chosen case by case. - High risk: For patients with positive "
        "nodes, adjuvant therapy may include the following: - Chemotherapy plus tamoxifen. "
        "- Other hormone therapy. - Targeted therapy with a monoclonal antibody (trastuzumab).\n"
    )
    assert of(facts(tmp_path, text), Relation.PHASE_DRUGS) == {
        ("adjuvant therapy", "tamoxifen"), ("adjuvant therapy", "trastuzumab")
    }


def test_a_labelled_item_after_a_sub_list_is_not_in_it(tmp_path: Path) -> None:
    text = (
        "Treatment may include the following: - Surgery. - Relapse: for recurrent disease, "
        "treatment may include the following: - Rituximab. - Watchful waiting: no drugs are "
        "given, apart from prednisone for pain.\n"
    )
    assert of(facts(tmp_path, text), Relation.PHASE_DRUGS) == {("salvage therapy", "rituximab")}


def test_a_label_before_a_lead_in_does_not_hide_it(tmp_path: Path) -> None:
    text = (
        "Node-positive: adjuvant therapy may include the following: - Chemotherapy plus "
        "tamoxifen. - Trastuzumab.\n"
    )
    assert of(facts(tmp_path, text), Relation.PHASE_DRUGS) == {
        ("adjuvant therapy", "tamoxifen"), ("adjuvant therapy", "trastuzumab")
    }


def test_a_target_written_before_a_class_of_kinase_inhibitors(tmp_path: Path) -> None:
    text = "Erlotinib and gefitinib are types of EGFR tyrosine kinase inhibitors.\n"
    found = facts(tmp_path, text)
    assert of(found, Relation.DRUG_TARGET) == {("erlotinib", "EGFR"), ("gefitinib", "EGFR")}
    assert of(found, Relation.DRUG_CLASS) == {
        ("erlotinib", "tyrosine kinase inhibitor"), ("gefitinib", "tyrosine kinase inhibitor")
    }


def test_a_word_that_is_no_target_before_the_class_gives_no_target(tmp_path: Path) -> None:
    found = facts(tmp_path, "Imatinib and dasatinib are oral tyrosine kinase inhibitors.\n")
    assert of(found, Relation.DRUG_TARGET) == set()


def test_a_drug_list_then_which_belong_to_the_class_called(tmp_path: Path) -> None:
    text = (
        "Medicines that calm an overactive bladder include oxybutynin chloride (Vesnor), "
        "tolterodine (Kalmix), and propantheline bromide (Probax), which belong to the class "
        "of drugs called anticholinergics.\n"
    )
    assert of(facts(tmp_path, text), Relation.DRUG_CLASS) == {
        ("oxybutynin", "anticholinergic"),
        ("tolterodine", "anticholinergic"),
        ("propantheline", "anticholinergic"),
    }


def test_coordinated_drugs_that_belong_to_a_class(tmp_path: Path) -> None:
    text = "Oxybutynin and tolterodine belong to the class of drugs called anticholinergics.\n"
    assert of(facts(tmp_path, text), Relation.DRUG_CLASS) == {
        ("oxybutynin", "anticholinergic"), ("tolterodine", "anticholinergic")
    }


def test_a_drug_beside_a_member_is_not_given_its_class(tmp_path: Path) -> None:
    text = "Patients take oxybutynin with tolterodine, which belongs to the anticholinergics.\n"
    assert ("oxybutynin", "anticholinergic") not in of(facts(tmp_path, text), Relation.DRUG_CLASS)


def test_an_antidiarrheal_class_with_examples(tmp_path: Path) -> None:
    text = "Antidiarrheal medicines such as loperamide or diphenoxylate slow the bowel.\n"
    assert of(facts(tmp_path, text), Relation.DRUG_CLASS) == {
        ("loperamide", "antidiarrheal"), ("diphenoxylate", "antidiarrheal")
    }


def test_brands_in_brackets_do_not_break_a_drug_list(tmp_path: Path) -> None:
    text = (
        "Bladder medicines include oxybutynin chloride (Ditropan), tolterodine (Detrol), and "
        "hyoscyamine (Levsin), which belong to the class of drugs called anticholinergics.\n"
    )
    assert of(facts(tmp_path, text), Relation.DRUG_CLASS) == {
        ("oxybutynin", "anticholinergic"),
        ("tolterodine", "anticholinergic"),
        ("hyoscyamine", "anticholinergic"),
    }


def test_a_class_named_before_therapy_and_its_drug_in_brackets(tmp_path: Path) -> None:
    found = facts(tmp_path, "Bleeding may be managed with beta-blocker therapy (propranolol).\n")
    assert of(found, Relation.DRUG_CLASS) == {("propranolol", "beta-blocker")}


def test_a_broad_grouping_with_a_class_and_its_examples(tmp_path: Path) -> None:
    text = (
        "Stage IV disease may be treated with targeted therapy with a tyrosine kinase "
        "inhibitor, such as erlotinib or gefitinib.\n"
    )
    assert of(facts(tmp_path, text), Relation.DRUG_CLASS) == {
        ("erlotinib", "targeted therapy"), ("erlotinib", "tyrosine kinase inhibitor"),
        ("gefitinib", "targeted therapy"), ("gefitinib", "tyrosine kinase inhibitor"),
    }


def test_chemotherapy_with_a_class_is_not_the_drugs_class(tmp_path: Path) -> None:
    found = facts(tmp_path, "Chemotherapy with an anthracycline, such as doxorubicin, is given.\n")
    assert of(found, Relation.DRUG_CLASS) == {("doxorubicin", "anthracycline")}


def test_care_of_what_patients_develop_is_no_phase(tmp_path: Path) -> None:
    text = (
        "After the operation a few patients develop low calcium levels, requiring lifelong "
        "treatment with calcium tablets.\n"
    )
    found = facts(tmp_path, text)
    assert of(found, Relation.PHASE_DURATION) == set()
    assert of(found, Relation.PHASE_DRUGS) == set()


def test_lifelong_treatment_of_the_disease_itself_is_kept(tmp_path: Path) -> None:
    text = "Patients with this disease need lifelong treatment with levothyroxine.\n"
    assert of(facts(tmp_path, text), Relation.PHASE_DURATION) == {
        ("overall treatment", "lifelong")
    }
