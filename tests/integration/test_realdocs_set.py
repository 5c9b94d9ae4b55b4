"""The real-document development set is what its README promises: enough third-party documents,
each with its licence and origin, split in two halves, with answer keys that point inside them.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from tests.extraction_scoring import DATA
from tests.realdocs import devset_dir, documents, manifest, missing_reason

# Kept for an independent check (../shared/EXCLUDED-SOURCES.md): never part of the set.
EXCLUDED_URL = re.compile(
    r"wiki/(?:Acute_lymphoblastic_leukemia|Chronic_lymphocytic_leukemia|Heart_failure|"
    r"Pulmonary_embolism|Meningitis|Hyperthyroidism|Benign_prostatic_hyperplasia)\b|"
    r"cancer\.gov/types/(?:leukemia/(?:patient|hp)/(?:adult-all|child-all|adult-aml|child-aml|"
    r"cml|cll)|lymphoma/(?:patient|hp)/adult-nhl|myeloma/(?:patient|hp)/myeloma)",
    re.IGNORECASE,
)


def gold_facts(split: str) -> list[dict]:
    out: list[dict] = []
    for path in sorted((DATA / "gold").glob(f"real_{split}_*.yaml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
    return out


def test_the_set_has_twenty_documents_with_licence_and_origin() -> None:
    docs = manifest()
    assert len(docs) >= 20
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert d["licence"].strip(), d["id"]
        assert d["origin"]["repo"] and re.fullmatch(r"[0-9a-f]{40}", d["origin"]["commit"])
        assert d["origin"]["files"], d["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", d["sha256"]), d["id"]
        assert d["split"] in ("tune", "test"), d["id"]
        assert not EXCLUDED_URL.search(d.get("url", "")), d["id"]


def test_the_set_covers_all_other_cancers_and_other_topics() -> None:
    """The issue asks the set for ALL beyond the seeds, other cancers and other topics. Both
    halves cover other cancers and other topics; the seventh test half has no ALL page
    because no unused openly licensed page on ALL remained in the sources (see README), so
    ALL is required of the set and of the tuning half."""
    areas = Counter(d["area"] for d in manifest())
    assert set(areas) == {"ALL", "other-cancer", "non-oncology"}, areas
    for split, want in (("tune", {"ALL", "other-cancer", "non-oncology"}),
                        ("test", {"other-cancer", "non-oncology"})):
        halves = {d["area"] for d in manifest() if d["split"] == split}
        assert want <= halves, (split, halves)


@pytest.mark.parametrize("split", ["tune", "test"])
def test_answer_keys_name_documents_of_their_own_half(split: str) -> None:
    ids = {d["id"] for d in manifest() if d["split"] == split}
    facts = gold_facts(split)
    assert facts
    assert {f["doc"] for f in facts} <= ids


@pytest.mark.parametrize("split", ["tune", "test"])
def test_answer_key_lines_lie_inside_the_assembled_documents(split: str) -> None:
    reason = missing_reason(split)
    if reason:
        pytest.skip(reason)
    lengths = {p.stem: len(p.read_text(encoding="utf-8").splitlines()) for p in documents(split)}
    for f in gold_facts(split):
        first, last = f["lines"]
        assert 1 <= first <= last <= lengths[f["doc"]], f
    assert devset_dir().is_dir()
