"""How text is cut into sentences, clauses and words, which every relation stands on.

Sentences that lost the space after their full stop, names a lost dash ran into the next
word, links a hard wrap broke over lines, names of two kinds, and hedges that cover only their
own clause. Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation
from trainer.generator import extract_documents
from trainer.generator.extract.clauses import clause_pieces
from trainer.generator.glued import split_glued, unglue_lines
from trainer.generator.ingest import strip_markdown
from trainer.generator.lexicon_load import load_lexicon
from trainer.generator.sentences import _sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in _sentence_spans(text)]


# -- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gland sits in the neck.It makes hormones.",
         ["The gland sits in the neck.", "It makes hormones."]),
        ("It is rare in adults.12 Treatment is surgery.",
         ["It is rare in adults.", "Treatment is surgery."]),
        ("Is it common?Most cases are mild.", ["Is it common?", "Most cases are mild."]),
        ("Imatinib blocks BCR-ABL1.Rituximab targets CD20.",
         ["Imatinib blocks BCR-ABL1.", "Rituximab targets CD20."]),
    ],
)
def test_a_full_stop_without_a_space_still_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Give 2.5 Mg of the drug daily.",  # a decimal
        "The p.Val600Glu change is common.",  # a protein change
        "Ask e.g.The nurse on duty.",  # an abbreviation
        "Read more at www.example.Org today.",  # a web address
        "See cancer.gov/Types for details.",
        "The dose is 1.5 mg.Take it with food.",  # a unit, not a run of three letters
        "Dr.Smith and Mrs.Jones saw approx.Ten patients.",
    ],
)
def test_decimals_gene_changes_abbreviations_and_addresses_stay_whole(text: str) -> None:
    assert sentences(text) == [text]


def test_a_glued_sentence_end_gives_the_facts_of_both_sentences(tmp_path: Path) -> None:
    found = facts(tmp_path, "Imatinib blocks BCR-ABL1.Rituximab targets CD20.\n")
    assert of(found, Relation.DRUG_TARGET) == {("imatinib", "BCR-ABL1"), ("rituximab", "CD20")}


# -- names run into the next word ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("anemiaa", ("anemia", "a", "—")),  # "anemia—a condition in which ..."
        ("Rituximaband", ("Rituximab", "and", " ")),
        ("vincristinecan", ("vincristine", "can", " ")),
        ("edemaswelling", ("edema", "swelling", "—")),  # a sign and another sign
    ],
)
def test_a_name_run_into_a_common_word_is_cut(word: str, expected: tuple[str, str, str]) -> None:
    assert split_glued(word, load_lexicon()) == expected


@pytest.mark.parametrize(
    "word",
    ["chemoradiation", "immunotherapy", "painless", "heartburn", "lymphomas", "proteins",
     "aspirin", "insulin", "treatments", "therapeutic", "leukemias", "vincristine"],
)
def test_a_real_word_is_never_cut(word: str) -> None:
    assert split_glued(word, load_lexicon()) is None


def test_an_article_cut_off_a_name_must_lead_on_to_a_word() -> None:
    assert split_glued("anemiaa", load_lexicon(), followed_by_word=False) is None


def test_cut_lines_keep_their_number_and_addresses_stay_whole() -> None:
    lines = ["Kidney failure causes anemiaa condition with few red cells.",
             "See /drugs/leucovorincalcium for more."]
    assert unglue_lines(lines, load_lexicon()) == [
        "Kidney failure causes anemia—a condition with few red cells.",
        "See /drugs/leucovorincalcium for more.",
    ]


def test_drugs_hidden_in_a_run_together_word_are_read(tmp_path: Path) -> None:
    found = facts(tmp_path, "Rituximaband ofatumumab target CD20.\n")
    assert of(found, Relation.DRUG_TARGET) == {("rituximab", "CD20"), ("ofatumumab", "CD20")}


# -- markdown links broken over lines ----------------------------------------------------------


def test_a_link_broken_over_lines_is_reduced_to_its_words() -> None:
    lines, _ = strip_markdown([
        "- given with [all-trans",
        "retinoic acid](/Common/PopUps/def.aspx?id=1&v=2) after [surgery](/x)",
        "[3] is a citation, not a link",
    ])
    assert lines == [
        "- given with all-trans",
        "retinoic acid after surgery",
        "[3] is a citation, not a link",
    ]


def test_the_address_of_a_broken_link_is_not_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text("Ponatinib blocks the [BCR-ABL1\n"
                    "fusion](/Common/PopUps/popDefinition.aspx?id=44&version=Patient) protein.\n")
    [fact] = [f for f in extract_documents([path]) if f.relation is Relation.DRUG_TARGET]
    assert (fact.subject, fact.object) == ("ponatinib", "BCR-ABL1")
    assert fact.evidence == "Ponatinib blocks the BCR-ABL1 fusion protein."


def test_a_picture_and_its_enlarge_button_are_not_prose() -> None:
    lines, _ = strip_markdown([
        "[Enlarge](https://example.org/fig/12.jpg)![Drawing shows the glottis (vocal cords)."
        "](https://example.org/fig/12-750.jpg \"Drawing shows the glottis (vocal cords).\")",
        "[Enlarge Image](/files/scan%20of%20the%20chest.jpg?h=1a2b&itok=x-y)",
        "See the [drawing of the gland](/files/gland.png) below.",
    ])
    assert lines == ["", "", "See the drawing of the gland below."]


def test_a_picture_button_does_not_become_the_heading_of_the_text_after_it(
    tmp_path: Path,
) -> None:
    text = ("Maintenance therapy\n\n[Enlarge Image](/files/chart.jpg)\n\n"
            "This phase lasts 2 years and uses mercaptopurine and methotrexate.\n")
    found = facts(tmp_path, text)
    assert of(found, Relation.PHASE_DURATION) == {("maintenance", "2 years")}
    assert of(found, Relation.PHASE_DRUGS) == {
        ("maintenance", "mercaptopurine"), ("maintenance", "methotrexate")}


# -- names of two kinds, and names that named something else -----------------------------------


def test_interleukin_2_is_the_drug_when_given_and_the_molecule_otherwise() -> None:
    [m] = load_lexicon().find("high-dose interleukin-2")
    assert m.name("drug") == "aldesleukin" and m.hit("drug").variant == "uncertain"
    assert m.name("target") == "interleukin-2"


def test_interleukin_2_given_as_therapy_is_read_as_aldesleukin_for_review(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Biologic therapies such as interleukin-2 boost the immune system.\n")
    [fact] = [f for f in extract_documents([path]) if f.relation is Relation.DRUG_CLASS]
    assert (fact.subject, fact.object) == ("aldesleukin", "biological therapy")
    assert "uncertain-name:interleukin-2" in fact.flags


def test_a_growth_factor_is_not_a_colony_stimulating_factor(tmp_path: Path) -> None:
    found = facts(tmp_path, "Interleukin-2 is also called T-cell growth factor.\n")
    assert of(found, Relation.DRUG_CLASS) == set()


def test_edema_is_a_sign_of_its_own_name() -> None:
    lex = load_lexicon()
    [hit] = lex.lookup("peripheral oedema")
    assert (hit.name, hit.type) == ("edema", "sign")
    assert lex.lookup("fluid retention")[0].type == "complication"


def test_a_subtype_like_another_is_not_that_subtype() -> None:
    assert load_lexicon().lookup("ETV6-RUNX1-like ALL") == ()


# -- a hedge covers its own clause -------------------------------------------------------------


def test_clauses_of_a_sentence() -> None:
    text = "Drug A, which may bind B, treats C; drug D is being studied, but E treats F."
    pieces = [(text[s:e].strip(" ,;."), n) for s, e, n in clause_pieces(text)]
    assert pieces == [
        ("Drug A", 0), ("which may bind B", 1), ("treats C", 0),
        ("drug D is being studied", 2), ("but E treats F", 3),
    ]


def test_a_hedge_in_another_clause_does_not_drop_a_plain_fact(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Imatinib blocks BCR-ABL1; researchers are studying whether ponatinib might help.\n",
    )
    assert of(found, Relation.DRUG_TARGET) == {("imatinib", "BCR-ABL1")}


def test_the_hedged_clause_stays_hedged_and_the_plain_one_stays_plain(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Ponatinib is being studied as a blocker of the T315I mutation, and "
                    "imatinib is a BCR-ABL1 inhibitor.\n")
    found = {(f.subject, f.object): f for f in extract_documents([path], min_confidence=0.0)
             if f.relation is Relation.DRUG_TARGET}
    assert found[("imatinib", "BCR-ABL1")].confidence >= 0.5
    assert "hedged" not in found[("imatinib", "BCR-ABL1")].flags
    assert found[("ponatinib", "T315I mutation")].confidence < 0.5  # held back, not a card
    assert "hedged" in found[("ponatinib", "T315I mutation")].flags


def test_a_hedged_relative_clause_does_not_reach_its_main_clause(tmp_path: Path) -> None:
    found = facts(tmp_path, "Imatinib blocks BCR-ABL1, which is being studied in other cancers.\n")
    assert of(found, Relation.DRUG_TARGET) == {("imatinib", "BCR-ABL1")}


def test_a_hedge_over_the_whole_sentence_still_holds_its_facts_back(tmp_path: Path) -> None:
    found = facts(tmp_path, "Researchers are studying whether imatinib blocks BCR-ABL1.\n")
    assert of(found, Relation.DRUG_TARGET) == set()


# -- misspelt drugs the outside source knows ---------------------------------------------------


@pytest.mark.parametrize(
    ("word", "name"),
    [("anastrazole", "anastrozole"), ("doxcycline", "doxycycline"),
     ("lenaliodomide", "lenalidomide"), ("carfilzomab", "carfilzomib")],
)
def test_a_misspelt_drug_is_corrected_and_flagged(tmp_path: Path, word: str, name: str) -> None:
    [m] = load_lexicon().find(word)
    assert m.name("drug") == name
    assert m.flags("drug") == (f"corrected:{word}->{name}",)
