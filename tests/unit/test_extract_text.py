"""Segmentation: sentences over hard-wrapped lines, headings, lists, lead-ins, tables."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.generator.layout import side_columns
from trainer.generator.text import Unit, segment


def kinds(units: list[Unit]) -> list[tuple[str, str, int, int]]:
    return [(u.kind, u.text, u.first, u.last) for u in units]


def test_wrapped_sentences_keep_their_line_ranges() -> None:
    lines = [
        "Induction therapy usually lasts about four weeks and is given in",
        "hospital. Consolidation follows",
        "and lasts several months.",
    ]
    units = segment(lines)
    assert kinds(units) == [
        (
            "sentence",
            "Induction therapy usually lasts about four weeks and is given in hospital.",
            1,
            2,
        ),
        ("sentence", "Consolidation follows and lasts several months.", 2, 3),
    ]
    u = units[1]
    assert u.line_at(u.text.index("lasts")) == 3


def test_a_page_break_inside_a_sentence_is_bridged() -> None:
    units = segment(["Treatment is tailored to the genetic profile of each", "", "patient."])
    assert kinds(units) == [
        ("sentence", "Treatment is tailored to the genetic profile of each patient.", 1, 3)
    ]


def test_abbreviations_and_brackets_do_not_end_sentences() -> None:
    units = segment(["Products derived from E. coli (e.g. Oncaspar. Or not) are used, i.e. often."])
    assert len(units) == 1
    units = segment(["It is made in the U.S. Patients take it daily. Dr. Smith agrees."])
    assert [u.text for u in units] == [
        "It is made in the U.S. Patients take it daily.",
        "Dr. Smith agrees.",
    ]


def test_headings_and_their_sections() -> None:
    lines = [
        "Treatment Options",
        "",
        "Induction Chemotherapy",
        "",
        "Lasts 4-6 weeks.",
        "More text.",
    ]
    units = segment(lines)
    assert [(u.kind, u.text) for u in units][:3] == [
        ("heading", "Treatment Options"),
        ("heading", "Induction Chemotherapy"),
        ("sentence", "Lasts 4-6 weeks."),
    ]
    assert units[2].section == 1 and units[1].section == 0


def test_title_case_heading_directly_above_prose() -> None:
    units = segment(["Diagnostic Considerations", "The diagnosis needs a bone marrow test."])
    assert [u.kind for u in units] == ["heading", "sentence"]
    assert units[1].section == 0


def test_prose_line_is_not_a_heading() -> None:
    units = segment(
        ["In AML, induction usually combines cytarabine and daunorubicin and lasts", "7 days."]
    )
    assert kinds(units) == [
        (
            "sentence",
            "In AML, induction usually combines cytarabine and daunorubicin and lasts 7 days.",
            1,
            2,
        )
    ]


def test_bullets_with_lead_in_and_continuations() -> None:
    lines = [
        "The drugs used include:",
        "- vincristine, given",
        "  weekly",
        "* dexamethasone",
        "1. pegaspargase",
        "After the list.",
    ]
    units = segment(lines)
    assert kinds(units) == [
        ("sentence", "The drugs used include:", 1, 1),
        ("item", "vincristine, given weekly", 2, 3),
        ("item", "dexamethasone", 4, 4),
        ("item", "pegaspargase", 5, 5),
        ("sentence", "After the list.", 6, 6),
    ]
    assert [u.lead for u in units[1:4]] == [0, 0, 0]
    assert units[4].lead is None


def test_lines_without_bullets_under_a_heading_are_a_list() -> None:
    lines = [
        "Risk Factors",
        "",
        "Family history",
        "Exposure to radiation",
        "Down syndrome",
        "",
        "Causes",
    ]
    units = segment(lines)
    assert [(u.kind, u.lead) for u in units] == [
        ("heading", None), ("item", 0), ("item", 0), ("item", 0), ("heading", None),
    ]  # fmt: skip


def test_single_line_after_lead_followed_by_prose_is_a_subheading() -> None:
    lines = [
        "The main options include the following:",
        "Chemotherapy",
        "That is, drugs that kill cells.",
    ]
    units = segment(lines)
    assert [u.kind for u in units] == ["sentence", "heading", "sentence"]
    assert units[2].section == 1


def test_lead_in_colon_ends_its_paragraph() -> None:
    units = segment(["It is approved for:", "Blinatumomab has shown high rates of response."])
    assert [u.text for u in units] == [
        "It is approved for:",
        "Blinatumomab has shown high rates of response.",
    ]


def test_tables_have_headers_and_end_at_a_blank_line() -> None:
    lines = [
        "| Drug | Class |",
        "|---|---|",
        "| Imatinib | TKI |",
        "",
        "| Phase | Length |",
        "| Induction | 4 weeks |",
    ]
    units = segment(lines)
    assert [(u.kind, u.cells) for u in units] == [
        ("header", ("Drug", "Class")),
        ("row", ("Imatinib", "TKI")),
        ("header", ("Phase", "Length")),
        ("row", ("Induction", "4 weeks")),
    ]
    assert units[1].header == ("Drug", "Class") and units[3].header == ("Phase", "Length")


def test_multi_sentence_item_keeps_its_lead() -> None:
    units = segment(["Factors include:", "- Genetic disorders. Down syndrome raises the risk."])
    assert [(u.kind, u.item_start, u.lead) for u in units[1:]] == [
        ("item", True, 0),
        ("item", False, 0),
    ]


def test_trademark_signs_are_dropped() -> None:
    assert segment(["Rylaze® is given."])[0].text == "Rylaze is given."


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60), max_size=25
    )
)
def test_units_always_point_into_the_document(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    for u in segment(lines):
        assert 1 <= u.first <= u.last <= len(lines)
        assert u.text.strip()
        for off in range(0, len(u.text), 7):
            assert u.first <= u.line_at(off) <= u.last


SIDE_BOX = [
    "1. CAR T-cell therapy                          Key points",
    "Tisagenlecleucel and brexucabtagene autoleucel  - CAR T cells have transformed",
    "are autologous CAR T-cell therapies directed      outcomes in relapsed B-ALL",
    "against CD19. The patient's T cells are         - CRS and ICANS need specialist teams",
    "collected by leukapheresis and modified in the laboratory.",
    "",
    "2. Cytokine release syndrome",
]


def test_a_side_box_flattened_into_the_lines_is_read_apart_with_its_lines() -> None:
    units = segment(SIDE_BOX)
    texts = [u.text for u in units]
    # the main column reads on as one passage; the box's items come after it
    assert ("Tisagenlecleucel and brexucabtagene autoleucel are autologous CAR T-cell therapies "
            "directed against CD19.") in texts
    assert "The patient's T cells are collected by leukapheresis and modified in the laboratory." \
        in texts
    box = next(u for u in units if u.text.startswith("CAR T cells"))
    assert box.text == "CAR T cells have transformed outcomes in relapsed B-ALL"
    assert (box.first, box.last) == (2, 3)


def test_tables_and_lone_gaps_are_not_columns() -> None:
    table = ["Drug          Target        Class",
             "Imatinib      BCR-ABL1      tyrosine kinase inhibitor",
             "Blinatumomab  CD19 and CD3  bispecific T-cell engager",
             "Rituximab     CD20          monoclonal antibody"]
    masthead = ["Haematology Practice Today 2024; 19(3): 201-208        REVIEW", "Some text."]
    assert side_columns(table) == {} and side_columns(masthead) == {}
    # a row keeps its cells together: the drug's line still names its target and class
    joined = " ".join(u.text for u in segment(table))
    assert "Imatinib BCR-ABL1 tyrosine kinase inhibitor" in " ".join(joined.split())


def test_a_web_list_with_blank_lines_between_items() -> None:
    lines = [
        "Major Risk Factors", "", "AF is more common in people who have:", "",
        "High blood pressure", "", "Coronary heart disease (CHD)", "", "Heart failure", "",
        "Other Risk Factors", "", "Smoking raises the risk too.",
    ]
    units = segment(lines)
    items = [u.text for u in units if u.kind == "item"]
    assert items == ["High blood pressure", "Coronary heart disease (CHD)", "Heart failure"]
    assert [u.text for u in units if u.kind == "heading"] == [
        "Major Risk Factors", "Other Risk Factors"
    ]
