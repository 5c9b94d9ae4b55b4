"""The fact review without a window: what the instructor sees and what each key changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.domain import Citation, Fact, FactStatus, Relation, Source
from trainer.services.fact_review_model import FactReviewModel, attention_candidates
from trainer.services.fact_words import fact_details, fact_sentence, sort_key, source_words

# Four facts, one of each status, written for this test; a fifth doubts a name it read.
DECK = """\
format: 1
id: ward-notes
deck: Ward notes
sources:
  - id: notes
    file: notes.txt
  - id: sheet
    file: drug_sheet.txt
    title: Drug sheet
facts:
  - id: vincristine.drug_class
    relation: drug_class
    subject: vincristine
    object: vinca alkaloid
    source: {doc: notes, lines: [6, 6]}
  - id: induction.phase_duration
    relation: phase_duration
    subject: induction
    object: ["4 weeks", "6 weeks"]
    sources:
      - {doc: notes, lines: [3, 3]}
      - {doc: sheet, lines: [4, 5]}
    status: conflict
    note: "Two handouts give two lengths."
  - id: maintenance.phase_duration
    relation: phase_duration
    subject: maintenance
    object: "2 years"
    source: {doc: notes, lines: [5, 5]}
    status: draft
    tags: [oral]
  - id: fever.symptom
    relation: symptom_cause
    subject: neutropenia
    object: fever
    source: {doc: notes, lines: [8, 8]}
    status: rejected
    note: "rejected on review: too general to teach"
"""

DOUBTFUL = """\
  - id: induction.drugs.unclear
    relation: phase_drugs
    subject: induction
    object: cytarabine
    source: {doc: notes, lines: [2, 2]}
    status: conflict
    note: "name unclear in source: 'Cytarabin' read as cytarabine (notes.txt, line 2) — check"
"""

VINCRISTINE, INDUCTION, MAINTENANCE, FEVER = (
    "vincristine.drug_class", "induction.phase_duration", "maintenance.phase_duration",
    "fever.symptom")


@pytest.fixture
def model(tmp_path: Path) -> FactReviewModel:
    path = tmp_path / "ward.yaml"
    path.write_text(DECK, encoding="utf-8")
    return FactReviewModel.open(path, documents_dir=None)


def status(model: FactReviewModel, fact_id: str) -> FactStatus:
    fact = model.fact(fact_id)
    assert fact is not None
    return fact.status


def shown(model: FactReviewModel) -> list[str]:
    return [f.id for f in model.facts if model.shows(f)]


# -- the words shown for a fact -------------------------------------------------------------
def test_a_fact_reads_as_a_sentence() -> None:
    conflict = Fact("a", Relation.PHASE_DURATION, "induction", ("4 weeks", "6 weeks"),
                    status=FactStatus.CONFLICT)
    assert fact_sentence(conflict) == "The induction phase lasts 4 weeks or 6 weeks."
    several = Fact("b", Relation.DRUG_TARGET, "imatinib", ("BCR-ABL1", "KIT", "PDGFR"))
    assert fact_sentence(several) == "Imatinib acts on BCR-ABL1, KIT and PDGFR."
    therapy = Fact("c", Relation.PHASE_DURATION, "consolidation therapy", ("8 weeks",))
    assert fact_sentence(therapy) == "Consolidation therapy lasts 8 weeks."
    qualified = Fact("d", Relation.NUMERIC, "platelet threshold", ("10 x 10^9/L",),
                     qualifier="children")
    assert fact_sentence(qualified) == "In children: platelet threshold: 10 x 10^9/L."


def test_details_number_a_conflicts_values_for_the_keys_1_to_9() -> None:
    conflict = Fact("induction.x", Relation.PHASE_DURATION, "induction", ("4 weeks", "6 weeks"),
                    status=FactStatus.CONFLICT, tags=("phase", "length"), qualifier="adults")
    words = fact_details(conflict)
    assert words.answers == (("1", "4 weeks"), ("2", "6 weeks"))
    assert words.status == "⚠ Conflict" and "Settle it" in words.meaning
    assert words.note == "—"
    assert words.extra == "Only for: adults · Tags: phase, length · Id: induction.x"
    accepted = Fact("v", Relation.DRUG_CLASS, "vincristine", ("vinca alkaloid", "antimitotic"))
    assert fact_details(accepted).answers == (("•", "vinca alkaloid"), ("•", "antimitotic"))
    single = Fact("w", Relation.DRUG_CLASS, "vincristine", ("vinca alkaloid",))
    assert fact_details(single).answers == (("", "vinca alkaloid"),)


def test_source_column_names_the_first_citation_and_counts_the_rest() -> None:
    sources = (Source("notes", "notes.txt"), Source("sheet", "drug_sheet.txt", title="Drug sheet"))
    fact = Fact("f", Relation.NOTE, "s", ("o",), sources=(
        Citation("notes", (3, 3)), Citation("sheet", (4, 5))))
    assert source_words(fact, sources) == (
        "notes: 3 (+1)", "notes.txt, line 3\ndrug_sheet.txt, lines 4\u20135")
    titled = Fact("g", Relation.NOTE, "s", ("o",), sources=(Citation("sheet", (7, 9)),))
    assert source_words(titled, sources)[0] == "Drug sheet: 7\u20139"
    assert source_words(Fact("h", Relation.NOTE, "s", ("o",)), sources) == (
        "—", "No source cited")


def test_status_column_sorts_what_needs_work_first(model: FactReviewModel) -> None:
    ordered = sorted(model.facts, key=lambda f: sort_key(f, 0, ()))
    assert [f.id for f in ordered] == [INDUCTION, MAINTENANCE, VINCRISTINE, FEVER]


# -- filters and counts ---------------------------------------------------------------------
def test_filters_show_their_statuses_and_count_them(model: FactReviewModel) -> None:
    assert model.filter_labels() == (
        "All facts (4)", "Needs attention (conflict + draft) (2)", "Conflicts (1)",
        "Rejected (1)")
    assert model.counts_text() == "4 facts · 1 conflict · 1 draft · 1 rejected"
    model.set_filter(1, "")
    assert shown(model) == [INDUCTION, MAINTENANCE]
    assert model.counts_text().endswith(" · 2 shown")
    model.set_filter(3, "")
    assert shown(model) == [FEVER]


def test_search_is_case_blind_and_reads_notes_and_tags(model: FactReviewModel) -> None:
    model.set_filter(0, "  ORAL ")
    assert shown(model) == [MAINTENANCE]
    model.set_filter(0, "handouts")
    assert shown(model) == [INDUCTION]
    model.set_filter(2, "vinca")  # conflicts only: vincristine is accepted
    assert shown(model) == []


def test_an_empty_table_says_what_brings_the_facts_back(model: FactReviewModel) -> None:
    model.set_filter(2, "vinca")  # a search in a filter: clear it, or show every fact
    assert model.nothing_shown().endswith(
        "Press Esc in the search box to clear it, or choose All facts in Show (Alt+W).")
    model.set_filter(0, "no such words")  # every fact already: only the search to clear
    assert model.nothing_shown().endswith("Press Esc in the search box to clear it.")
    model.set_filter(2, "")  # a filter: choose every fact
    assert model.nothing_shown().startswith("No fact is in this view. Choose All facts")


def test_after_a_filter_change_the_same_fact_stays_selected_while_shown(
        model: FactReviewModel) -> None:
    model.current_id = MAINTENANCE
    assert model.after_filter([INDUCTION, MAINTENANCE]) == MAINTENANCE
    assert model.after_filter([INDUCTION]) == INDUCTION
    assert model.after_filter([]) is None


# -- attention order ------------------------------------------------------------------------
def test_next_and_previous_go_round_the_facts_needing_attention() -> None:
    order = ["a", "b", "c", "d", "e"]
    statuses = {"a": FactStatus.DRAFT, "b": FactStatus.ACCEPTED, "c": FactStatus.CONFLICT,
                "d": FactStatus.REJECTED, "e": FactStatus.DRAFT}
    assert attention_candidates(order, statuses, "c", 1) == ["e", "a"]
    assert attention_candidates(order, statuses, "c", -1) == ["a", "e"]
    assert attention_candidates(order, statuses, None, 1) == ["a", "c", "e"]
    assert attention_candidates(order, statuses, None, -1) == ["e", "c", "a"]
    assert attention_candidates([], statuses, None, 1) == []


def test_next_follows_the_tables_order_and_says_when_there_is_nowhere_to_go(
        model: FactReviewModel) -> None:
    model.current_id = VINCRISTINE
    sorted_by_hand = [MAINTENANCE, VINCRISTINE, FEVER, INDUCTION]
    assert model.next_needing_attention(sorted_by_hand, 1) == [INDUCTION, MAINTENANCE]
    assert model.nowhere_to_go() == "No fact in view needs attention."
    model.current_id = INDUCTION
    assert model.nowhere_to_go() == "This is the only fact in view that needs attention."


# -- actions --------------------------------------------------------------------------------
def test_accept_changes_the_fact_and_says_what_is_left(model: FactReviewModel) -> None:
    change = model.accept(MAINTENANCE)
    assert change is not None and change.advance and not change.added
    assert change.fact.status is FactStatus.ACCEPTED
    assert change.message == "Accepted “maintenance”. 1 still need attention."
    assert model.dirty and model.title() == "Ward notes* — Review deck facts"
    assert model.accept(MAINTENANCE) is None  # already accepted: nothing to do


def test_accept_on_a_conflict_of_two_values_settles_instead(model: FactReviewModel) -> None:
    conflict = model.fact(INDUCTION)
    assert conflict is not None and model.accept_settles(conflict)
    assert model.accept(INDUCTION) is None
    assert status(model, INDUCTION) is FactStatus.CONFLICT and not model.dirty


def test_reject_needs_a_reason_and_keeps_it(model: FactReviewModel) -> None:
    with pytest.raises(ValueError, match="Give a reason"):
        model.reject(MAINTENANCE, "   ")
    assert status(model, MAINTENANCE) is FactStatus.DRAFT and not model.dirty
    change = model.reject(MAINTENANCE, "not taught  here")
    assert change.fact.note == "rejected on review: not taught here"
    assert change.message == "Rejected “maintenance”. 1 still need attention."


def test_restore_gives_back_the_status_the_fact_had_when_the_review_began(
        model: FactReviewModel) -> None:
    model.reject(INDUCTION, "two lengths confuse learners")
    change = model.restore(INDUCTION)
    assert change.fact.status is FactStatus.CONFLICT and not change.advance
    assert change.message.startswith("Restored “induction” as conflict.")
    # Rejected before the review began: R makes it a draft to check again.
    assert model.restore(FEVER).fact.status is FactStatus.DRAFT


def test_edit_accepts_the_fact_unless_nothing_changed(model: FactReviewModel) -> None:
    assert model.edit(VINCRISTINE, subject="vincristine", answers=("vinca alkaloid",)) is None
    assert not model.dirty
    with pytest.raises(ValueError, match="a subject and at least one answer"):
        model.edit(MAINTENANCE, subject="maintenance", answers=())
    change = model.edit(MAINTENANCE, subject="maintenance therapy", answers=("2 to 3 years",))
    assert change is not None and not change.advance
    assert change.fact.status is FactStatus.ACCEPTED
    assert change.fact.objects == ("2 to 3 years",)
    assert change.message.startswith("Edited “maintenance therapy”; it is now accepted.")


def test_settle_keeps_the_value_of_the_key_pressed(model: FactReviewModel) -> None:
    conflict = model.fact(INDUCTION)
    assert conflict is not None
    assert model.kept_value(conflict, 5) is None  # no sixth value: the key does nothing
    keep = model.kept_value(conflict, 1)
    assert keep == "6 weeks"
    change = model.settle(INDUCTION, keep)
    assert change.fact.objects == ("6 weeks",) and change.fact.status is FactStatus.ACCEPTED
    assert change.message == "Settled “induction”: kept “6 weeks”. 1 still need attention."
    with pytest.raises(ValueError, match="not one of this fact's values"):
        model.settle(MAINTENANCE, "5 years")


def test_a_doubtful_name_is_a_yes_or_no_question(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text(DECK + DOUBTFUL, encoding="utf-8")
    model = FactReviewModel.open(path, documents_dir=None)
    doubtful = model.fact("induction.drugs.unclear")
    assert doubtful is not None
    assert model.name_question(doubtful) == "Is 'Cytarabin' cytarabine?"
    change = model.confirm_name(doubtful.id, right=False)
    assert change.fact.status is FactStatus.REJECTED
    assert change.message == ("Rejected “induction”: Is 'Cytarabin' cytarabine? "
                              "2 still need attention.")


def test_commands_follow_the_current_fact(model: FactReviewModel) -> None:
    nothing = model.commands()
    assert not (nothing.accept or nothing.reject or nothing.edit or nothing.settle)
    assert nothing.move  # two facts still need attention
    model.current_id = INDUCTION
    conflict = model.commands()
    assert conflict.settle and conflict.keep == 2 and conflict.accept and not conflict.restore
    model.current_id = FEVER
    rejected = model.commands()
    assert rejected.restore and not rejected.settle and rejected.keep == 0
    model.current_id = VINCRISTINE
    assert not model.commands().accept


def test_a_question_written_on_review_is_a_new_accepted_row(model: FactReviewModel) -> None:
    change = model.add_question(question="How is maintenance given?", answer="as tablets",
                                source="notes", lines=(5, 5))
    assert change.added and model.facts[-1] == change.fact
    assert change.fact.status is FactStatus.ACCEPTED
    assert change.message.startswith("Added the question “How is maintenance given?”.")
    with pytest.raises(ValueError, match="lists no document 'leaflet'"):
        model.add_question(question="Q?", answer="A", source="leaflet", lines=(1, 1))


def test_saving_writes_the_changes_and_clears_the_star(model: FactReviewModel) -> None:
    model.reject(MAINTENANCE, "repeats another fact")
    target = model.save()
    assert not model.dirty and model.title() == "Ward notes — Review deck facts"
    again = FactReviewModel.open(target, documents_dir=None)
    assert status(again, MAINTENANCE) is FactStatus.REJECTED
    assert again.original[MAINTENANCE] is FactStatus.REJECTED


def test_a_conflict_of_one_value_is_a_reading_to_check_not_a_disagreement(
    tmp_path: Path,
) -> None:
    held = Fact("ace-inhibitor.drug_target.held-ace", Relation.DRUG_TARGET, "ACE inhibitor",
                ("angiotensin-converting enzyme",), status=FactStatus.CONFLICT,
                note="held for review: a drug class's target, read from its name — check")
    words = fact_details(held)
    assert words.status == "⚠ To check"
    assert "yes/no" in words.meaning and "disagree" not in words.meaning
    path = tmp_path / "bp.yaml"
    path.write_text(DECK.replace(
        "    status: conflict\n    note: \"Two handouts give two lengths.\"",
        "    status: conflict\n    note: \"Two handouts give two lengths.\"\n"
        "  - id: ace-inhibitor.drug_target.held-ace\n    relation: drug_target\n"
        "    subject: ACE inhibitor\n    object: angiotensin-converting enzyme\n"
        "    source: {doc: notes, lines: [2, 2]}\n    status: conflict\n"
        "    note: \"held for review: a class's own target\""), encoding="utf-8")
    model = FactReviewModel.open(path, documents_dir=None)
    assert model.counts_text() == "5 facts · 1 to check · 1 conflict · 1 draft · 1 rejected"
