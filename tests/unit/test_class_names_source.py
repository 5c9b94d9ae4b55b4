"""Drug class names from the outside source's MeSH headings, below our own lexicon's classes."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation
from trainer.generator.classnames import class_entries, shape_reads, spellings, uninverted
from trainer.generator.drugnames import action_headings
from trainer.generator.lexicon import Entry
from trainer.generator.lexicon_load import load_lexicon


def test_the_source_holds_pharmacologic_action_headings() -> None:
    names = {h.name for h in action_headings()}
    assert len(names) > 400
    assert {"Anti-Bacterial Agents", "Analgesics, Opioid", "Proton Pump Inhibitors"} <= names


def test_headings_are_written_as_texts_name_a_class() -> None:
    assert uninverted("Analgesics, Opioid") == "opioid analgesic"
    assert uninverted("Anti-Bacterial Agents") == "anti-bacterial agent"
    assert uninverted("Contraceptives, Oral, Hormonal") == "hormonal oral contraceptive"
    assert uninverted("HIV Protease Inhibitors") == "HIV protease inhibitor"
    # two classes in one heading name neither
    assert uninverted("Hypnotics and Sedatives") is None


def test_spellings_of_a_class_name() -> None:
    forms = spellings("anti-bacterial agent")
    assert {"anti-bacterial agent", "antibacterial agent", "antibacterial drug",
            "antibacterial medication", "antibacterial"} <= set(forms)
    # "anti-obesity" names what the drug is against, not a class by itself
    assert "anti-obesity" not in spellings("anti-obesity agent")
    assert spellings("local anesthetic") == ["local anesthetic"]


def test_classes_named_by_their_shape_need_no_list() -> None:
    assert shape_reads("proton pump inhibitor")
    assert shape_reads("potassium sparing diuretic")
    assert not shape_reads("local anesthetic")


def test_our_spelling_wins_and_other_kinds_block_a_form() -> None:
    own = [
        Entry("drug_class", "antibiotic", aliases=("antibacterial agent",)),
        Entry("condition", "mast cell stabilizer", type="disease"),  # a made-up collision
    ]
    extra = {e.name: e for e in class_entries(own)}
    # the source's "anti-bacterial agents" joins our class instead of making a second one
    assert "antibacterial agent" not in extra
    assert "anti-bacterial agent" in extra["antibiotic"].aliases
    # a form our lexicon knows as another kind of name is left out
    assert "mast cell stabilizer" not in extra
    # excluded headings (probes, enzyme inducers) and target-named classes are not added
    names = {n.lower() for e in extra.values() for n in (e.name, *e.aliases)}
    assert not any("probe" in n or "inducer" in n for n in names)
    assert "proton pump inhibitor" not in names
    assert "local anesthetic" in names


def test_each_source_name_is_listed_once() -> None:
    lex = load_lexicon()
    seen: dict[str, str] = {}
    for e in lex.entries:
        for s in (e.name, *e.aliases, *e.misspellings, *e.uncertain):
            key = " ".join(s.lower().replace("-", " ").split())
            assert seen.setdefault(key, e.name) == e.name, (s, e.name, seen[key])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tolbutamide is an oral hypoglycemic agent.\n", {("tolbutamide", "hypoglycemic agent")}),
        ("Lidocaine is a local anesthetic.\n", {("lidocaine", "local anesthetic")}),
        ("Cromolyn, a mast cell stabilizer, is inhaled.\n", {("cromolyn", "mast cell stabilizer")}),
        ("Ivermectin is an antiparasitic drug.\n", {("ivermectin", "antiparasitic")}),
        # no fact where none is stated
        ("Tolbutamide is not a hypoglycemic agent.\n", set()),
        ("Hypoglycemic agents can cause low blood sugar.\n", set()),
        ("Ask whether a local anesthetic is needed before the biopsy.\n", set()),
    ],
)
def test_a_source_class_is_read_like_our_own(tmp_path: Path, sentence: str,
                                              expected: set[tuple[str, str]]) -> None:
    assert of(facts(tmp_path, sentence), Relation.DRUG_CLASS) == expected
