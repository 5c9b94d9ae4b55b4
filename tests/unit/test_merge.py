"""Merging facts read from several documents: ids, sources, conflicts, unclear names."""

from __future__ import annotations

from trainer.domain import Citation, FactStatus, Relation
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon_load import lexicon_from_mapping
from trainer.generator.merge import fact_id, merge_facts, reject, source_ids
from trainer.templates import render_cards

R = Relation


def ef(file: str, relation: Relation, subject: str, obj: str, lines: tuple[int, int] = (1, 1),
       qualifier: str | None = None, flags: tuple[str, ...] = ()) -> ExtractedFact:
    return ExtractedFact(doc=file.rsplit(".", 1)[0], file=file, relation=relation,
                         subject=subject, object=obj, lines=lines, confidence=0.9,
                         qualifier=qualifier, flags=flags, evidence="never copied")


def test_source_ids_follow_sorted_file_names() -> None:
    assert source_ids(["b.txt", "dir/a.txt", "b.txt"]) == {"a.txt": "doc000", "b.txt": "doc001"}


def test_fact_ids_are_slugs_of_subject_relation_and_qualifier() -> None:
    assert fact_id(R.DRUG_TARGET, "Inotuzumab ozogamicin", None) == (
        "inotuzumab-ozogamicin.drug_target")
    assert fact_id(R.NUMERIC, "Remission rate (after induction)", "Adults") == (
        "remission-rate-after-induction.numeric.adults")


def test_one_fact_per_subject_with_every_object_and_source() -> None:
    facts = merge_facts([
        ef("003_x.txt", R.DRUG_TARGET, "blinatumomab", "CD19", (14, 15)),
        ef("003_x.txt", R.DRUG_TARGET, "blinatumomab", "CD3", (14, 15)),
        ef("004_y.txt", R.DRUG_TARGET, "Blinatumomab", "CD19", (40, 40)),
        ef("004_y.txt", R.DRUG_TARGET, "imatinib", "BCR-ABL", (41, 41)),
    ])
    assert [f.id for f in facts] == ["blinatumomab.drug_target", "imatinib.drug_target"]
    blina = facts[0]
    assert blina.objects == ("CD19", "CD3")
    assert blina.sources == (Citation("doc000", (14, 15)), Citation("doc001", (40, 40)))
    assert blina.status is FactStatus.DRAFT
    assert blina.note is None


def test_merge_does_not_depend_on_input_order() -> None:
    items = [
        ef("b.txt", R.PHASE_DRUGS, "induction", "vincristine", (5, 5)),
        ef("a.txt", R.PHASE_DRUGS, "induction", "prednisone", (9, 9)),
        ef("a.txt", R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor", (2, 2)),
    ]
    assert merge_facts(items) == merge_facts(list(reversed(items)))
    assert [f.relation for f in merge_facts(items)] == [R.DRUG_CLASS, R.PHASE_DRUGS]


def test_every_place_of_a_fact_is_cited_once_in_document_and_line_order() -> None:
    items = [
        ef("b.txt", R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor", (30, 30)),
        ef("a.txt", R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor", (12, 12)),
        ef("b.txt", R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor", (4, 4)),
        ef("b.txt", R.DRUG_CLASS, "imatinib", "TKI", (4, 4)),
    ]
    for order in (items, list(reversed(items))):
        [fact] = merge_facts(order)
        assert fact.sources == (Citation("doc000", (12, 12)), Citation("doc001", (4, 4)),
                                Citation("doc001", (30, 30)))


def test_same_value_written_two_ways_is_no_conflict() -> None:
    [fact] = merge_facts([
        ef("002_a.txt", R.PHASE_DURATION, "maintenance", "2 to 3 years", (68, 68)),
        ef("004_b.txt", R.PHASE_DURATION, "maintenance", "2-3 years", (50, 50)),
    ])
    assert fact.status is FactStatus.DRAFT
    assert fact.objects == ("2-3 years",)


def test_documents_disagreeing_on_a_duration_make_one_conflict_fact() -> None:
    [fact] = merge_facts([
        ef("002_a.txt", R.PHASE_DURATION, "maintenance", "2-3 years", (68, 68)),
        ef("004_b.txt", R.PHASE_DURATION, "maintenance", "5 years", (50, 51)),
    ])
    assert fact.id == "maintenance.phase_duration"
    assert fact.status is FactStatus.CONFLICT
    assert fact.objects == ("2-3 years", "5 years")
    assert fact.note == ("documents disagree: '2-3 years' (002_a.txt, line 68) vs "
                         "'5 years' (004_b.txt, lines 50–51)")
    assert len(fact.sources) == 2


def test_disagreeing_percentages_make_a_conflict_that_yields_no_card() -> None:
    from trainer.domain import Deck

    facts = merge_facts([
        ef("a.txt", R.NUMERIC, "remission rate", "80-90%", (3, 3), qualifier="adults"),
        ef("b.txt", R.NUMERIC, "remission rate", "60%", (7, 7), qualifier="adults"),
        ef("b.txt", R.NUMERIC, "remission rate", "95%", (8, 8), qualifier="children"),
    ])
    by_id = {f.id: f for f in facts}
    assert by_id["remission-rate.numeric.adults"].status is FactStatus.CONFLICT
    assert by_id["remission-rate.numeric.children"].status is FactStatus.DRAFT
    keys = {c.key for c in render_cards(Deck(id="d", title="D", facts=tuple(facts)))}
    assert not any(k.startswith("remission-rate.numeric.adults") for k in keys)
    assert "remission-rate.numeric.children/forward" in keys


def test_multi_valued_relations_never_conflict() -> None:
    [fact] = merge_facts([
        ef("a.txt", R.PHASE_DRUGS, "induction", "vincristine"),
        ef("b.txt", R.PHASE_DRUGS, "induction", "asparaginase"),
    ])
    assert fact.status is FactStatus.DRAFT


def test_confidently_corrected_name_stays_draft_with_a_note() -> None:
    [fact] = merge_facts([ef("a.txt", R.DRUG_CLASS, "ponatinib", "tyrosine kinase inhibitor",
                             flags=("corrected:panatinib->ponatinib",))])
    assert fact.status is FactStatus.DRAFT
    assert fact.note == "name corrected: panatinib read as ponatinib"


LEXICON = lexicon_from_mapping({"drug": [
    {"name": "cytarabine", "uncertain": ["Alglucoside"]},
    {"name": "methotrexate"},
]})


def test_unclear_name_makes_the_whole_fact_a_conflict() -> None:
    [fact] = merge_facts(
        [ef("002_a.txt", R.PHASE_DRUGS, "post-induction", "cytarabine", (97, 97),
            flags=("uncertain-name:Alglucoside",))],
        lexicon=LEXICON,
    )
    assert fact.id == "post-induction.phase_drugs"
    assert fact.status is FactStatus.CONFLICT
    assert fact.note == ("name unclear in source: 'Alglucoside' read as cytarabine "
                         "(002_a.txt, line 97) — check")


def test_unclear_objects_split_from_clean_ones() -> None:
    facts = merge_facts([
        ef("a.txt", R.PHASE_DRUGS, "consolidation", "methotrexate", (4, 4)),
        ef("a.txt", R.PHASE_DRUGS, "consolidation", "cytarabine", (5, 5),
           flags=("uncertain-name:Alglucoside",)),
    ], lexicon=LEXICON)
    main, unclear = facts
    assert (main.id, main.objects, main.status) == (
        "consolidation.phase_drugs", ("methotrexate",), FactStatus.DRAFT)
    assert (unclear.id, unclear.objects, unclear.status) == (
        "consolidation.phase_drugs.unclear", ("cytarabine",), FactStatus.CONFLICT)


def test_unclear_name_confirmed_by_a_clean_reading_is_dropped() -> None:
    [fact] = merge_facts([
        ef("a.txt", R.PHASE_DRUGS, "consolidation", "cytarabine", (4, 4)),
        ef("b.txt", R.PHASE_DRUGS, "consolidation", "cytarabine", (5, 5),
           flags=("uncertain-name:Alglucoside",)),
    ], lexicon=LEXICON)
    assert fact.status is FactStatus.DRAFT
    assert fact.sources == (Citation("doc000", (4, 4)),)


def test_unknown_name_is_a_conflict() -> None:
    [fact] = merge_facts([ef("a.txt", R.DRUG_TARGET, "zorbatinib", "FLT3",
                             flags=("unknown-name:zorbatinib",))])
    assert fact.status is FactStatus.CONFLICT
    assert fact.note == ("name unclear in source: 'zorbatinib' is not a known name "
                         "(a.txt, line 1) — check")


def test_overlapping_line_ranges_of_a_list_are_merged() -> None:
    [fact] = merge_facts([
        ef("a.txt", R.RISK_FACTOR, "ALL", "benzene", (8, 10)),
        ef("a.txt", R.RISK_FACTOR, "ALL", "Down syndrome", (8, 12)),
        ef("a.txt", R.RISK_FACTOR, "ALL", "male sex", (8, 14)),
        ef("a.txt", R.RISK_FACTOR, "ALL", "age", (20, 20)),
        ef("b.txt", R.RISK_FACTOR, "ALL", "age", (3, 3)),
    ])
    assert fact.sources == (Citation("doc000", (8, 14)), Citation("doc000", (20, 20)),
                            Citation("doc001", (3, 3)))


def test_reviewed_rejections_split_into_a_rejected_fact() -> None:
    items = [reject(ef("a.txt", R.DRUG_TARGET, "imatinib", "Philadelphia chromosome", (5, 5)),
                    "imprecise"),
             ef("a.txt", R.DRUG_TARGET, "imatinib", "BCR-ABL1", (6, 6))]
    main, rejected = merge_facts(items)
    assert (main.id, main.objects, main.status) == (
        "imatinib.drug_target", ("BCR-ABL1",), FactStatus.DRAFT)
    assert (rejected.id, rejected.objects, rejected.status) == (
        "imatinib.drug_target.rejected", ("Philadelphia chromosome",), FactStatus.REJECTED)
    assert rejected.note == "rejected on review: 'Philadelphia chromosome': imprecise"
