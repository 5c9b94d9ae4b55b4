"""A fact a document states in several places cites each place (up to five per document)."""

from __future__ import annotations

from pathlib import Path

from trainer.domain import Citation, FactStatus, Relation
from trainer.generator import ExtractedFact, extract_documents
from trainer.generator.build import build_deck
from trainer.generator.extract import finalize
from trainer.generator.extract.places import MAX_PLACES
from trainer.generator.merge import merge_facts
from trainer.templates import render_cards

R = Relation
CLASS = "tyrosine kinase inhibitor"


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def class_citations(path: Path) -> list[tuple[int, int]]:
    """The lines the deck fact 'imatinib is a tyrosine kinase inhibitor' cites."""
    facts = [f for f in merge_facts(extract_documents([path])) if f.relation is R.DRUG_CLASS]
    assert [(f.subject, f.objects) for f in facts] == [("imatinib", (CLASS,))]
    assert {c.doc for c in facts[0].sources} == {"doc000"}
    return [c.lines for c in facts[0].sources]


def test_a_fact_stated_in_two_places_cites_both_in_line_order(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", [
        "Drug notes", "",
        "Imatinib is a tyrosine kinase inhibitor.", "",
        "It is taken by mouth once a day.", "",
        "The dose is lowered when the liver is weak.", "",
        "In short, imatinib is a tyrosine kinase inhibitor.",
    ])
    assert class_citations(path) == [(3, 3), (9, 9)]


def test_a_second_place_adds_a_citation_but_no_card(tmp_path: Path) -> None:
    once = write(tmp_path, "once.txt", [
        "Drug notes", "", "Imatinib is a tyrosine kinase inhibitor.",
    ])
    twice = write(tmp_path, "twice.txt", [
        "Drug notes", "", "Imatinib is a tyrosine kinase inhibitor.", "",
        "Remember: imatinib is a tyrosine kinase inhibitor.",
    ])
    decks = [
        build_deck(extract_documents([p]), deck_id="d", title="D", documents=[p],
                   relations={R.DRUG_CLASS})
        for p in (once, twice)
    ]
    assert [len(d.facts[0].sources) for d in decks] == [1, 2]
    assert len(render_cards(decks[0])) == len(render_cards(decks[1])) >= 1


def test_a_statement_read_twice_at_overlapping_lines_is_one_place(tmp_path: Path) -> None:
    # The sentence wrapped over lines 3-4 and the one that follows on line 4 overlap.
    path = write(tmp_path, "wrapped.txt", [
        "Drug notes", "",
        "Imatinib is a tyrosine kinase",
        "inhibitor. Imatinib is a tyrosine kinase inhibitor too.",
    ])
    assert class_citations(path) == [(3, 4)]


def test_a_fact_stated_seven_times_cites_the_first_five(tmp_path: Path) -> None:
    lines = ["Drug notes", ""]
    for i in range(7):
        lines += [f"Point {i + 1}: imatinib is a tyrosine kinase inhibitor.", ""]
    assert MAX_PLACES == 5
    assert class_citations(write(tmp_path, "repeats.txt", lines)) == [
        (3, 3), (5, 5), (7, 7), (9, 9), (11, 11)]


def reading(lines: tuple[int, int], confidence: float = 0.9, *, obj: str = CLASS,
            flags: tuple[str, ...] = ()) -> ExtractedFact:
    return ExtractedFact(doc="a", file="a.txt", relation=R.DRUG_CLASS, subject="imatinib",
                         object=obj, lines=lines, confidence=confidence, flags=flags)


def test_the_cap_keeps_the_most_confident_places_in_line_order() -> None:
    found = [reading((n, n), 0.6) for n in (1, 2, 3, 4)]
    found += [reading((n, n), 0.9) for n in (10, 20, 30, 40)]
    assert [f.lines[0] for f in finalize(found)] == [1, 10, 20, 30, 40]


def test_overlapping_readings_keep_the_more_confident_one() -> None:
    kept = finalize([reading((3, 5), 0.6), reading((5, 6), 0.9), reading((8, 8), 0.7)])
    assert [(f.lines, f.confidence) for f in kept] == [((5, 6), 0.9), ((8, 8), 0.7)]


def test_a_clean_fact_stays_clean_when_another_place_has_an_unclear_name() -> None:
    unclear = reading((9, 9), 0.7, flags=("uncertain-name:imatinibb",))
    facts = merge_facts(finalize([reading((3, 3), 0.9), unclear]))
    assert [(f.status, f.sources) for f in facts] == [
        (FactStatus.DRAFT, (Citation("doc000", (3, 3)),))]


def test_an_unclear_fact_stays_a_conflict_when_another_place_reads_it_clean() -> None:
    unclear = reading((3, 3), 0.9, flags=("uncertain-name:imatinibb",))
    facts = merge_facts(finalize([unclear, reading((9, 9), 0.7)]))
    assert [(f.status, f.sources) for f in facts] == [
        (FactStatus.CONFLICT, (Citation("doc000", (3, 3)),))]


def test_unclear_places_of_an_unclear_fact_are_all_cited() -> None:
    flags = ("uncertain-name:imatinibb",)
    facts = merge_facts(finalize([reading((9, 9), 0.8, flags=flags),
                                  reading((3, 3), 0.8, flags=flags)]))
    assert [(f.status, [c.lines for c in f.sources]) for f in facts] == [
        (FactStatus.CONFLICT, [(3, 3), (9, 9)])]
