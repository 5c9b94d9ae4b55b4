"""Package data (bundled decks, lexicon, phase order) is found through importlib.resources."""

from __future__ import annotations

import zipfile
from pathlib import Path

from trainer.config import bundled_decks_dir, copy_tree, resources_dir
from trainer.templates.phases import phase_order

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_decks_dir_lists_the_bundled_decks() -> None:
    found = sorted(p.name for p in bundled_decks_dir().glob("*.yaml"))
    assert found == sorted(p.name for p in (ROOT / "decks").glob("*.yaml"))
    assert "all-drug-targets.yaml" in found


def test_resources_dir_holds_the_lexicon_schema_and_phase_order() -> None:
    folder = resources_dir()
    assert (folder / "lexicon" / "drugs.yaml").is_file()
    assert {p.name for p in (folder / "lexicon").glob("*.yaml")} >= {"drugs.yaml", "targets.yaml"}
    assert (folder / "deck.schema.json").is_file()
    assert (folder / "phase_order.json").is_file()


def test_phase_order_reads_the_bundled_file() -> None:
    assert phase_order() == phase_order(ROOT / "resources" / "phase_order.json")


def test_copy_tree_materialises_a_zipped_package(tmp_path: Path) -> None:
    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pkg/__init__.py", "")
        zf.writestr("pkg/lexicon/drugs.yaml", "- name: imatinib\n")
        zf.writestr("pkg/phase_order.json", "{}")
    target = tmp_path / "out"
    target.mkdir()
    with zipfile.ZipFile(archive) as zf:
        copy_tree(zipfile.Path(zf, "pkg/"), target)
    assert (target / "lexicon" / "drugs.yaml").read_text() == "- name: imatinib\n"
    assert (target / "phase_order.json").is_file()
