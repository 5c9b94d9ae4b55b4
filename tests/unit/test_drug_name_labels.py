"""Generic names of the outside drug-name source that carry a label's note in a trailing bracket
("cabozantinib (thyroid cancer)") are read as the drug's own name, so a brand of one label
teaches the same generic name as the drug written out."""

from __future__ import annotations

import re

from trainer.generator.drugnames import drug_name_source
from trainer.generator.lexicon_load import load_lexicon


def test_a_brand_of_one_label_reads_as_the_generic_name() -> None:
    found = load_lexicon().find("The Cometriq brand of cabozantinib is used.")
    names = {h.name for m in found for h in m.hits if h.kind == "drug"}
    assert names == {"cabozantinib"}


def test_no_source_generic_name_ends_in_a_label_note() -> None:
    names = {n.name for n in drug_name_source().names.values()}
    assert names, "the drug-name source is installed"
    # a chemical name's own brackets ("cyclo(his-pro)") are part of the name
    assert not [n for n in names if re.search(r"\s\([^()]*\)$", n)]
