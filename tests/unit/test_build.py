"""Building a deck from extracted facts, writing it atomically, and ``trainer generate``."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from trainer.cli import generate as cli
from trainer.deckfile import load_deck
from trainer.domain import CardKind, FactStatus, Relation, Source
from trainer.generator import build
from trainer.generator.build import GenerationCancelled, build_deck, generate
from trainer.generator.facts import ExtractedFact

R = Relation


def ef(file: str, relation: Relation, subject: str, obj: str, lines: tuple[int, int],
       evidence: str = "") -> ExtractedFact:
    return ExtractedFact(doc=file.rsplit(".", 1)[0], file=file, relation=relation,
                         subject=subject, object=obj, lines=lines, confidence=0.9,
                         evidence=evidence)


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = []
    for name, text in [("b_notes.txt", "Imatinib blocks BCR-ABL.\n"),
                       ("a_notes.txt", "Blinatumomab binds CD19.\nIt also binds CD3.\n"),
                       ("c_empty.txt", "Nothing here.\n")]:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


FACTS = [
    ef("b_notes.txt", R.DRUG_TARGET, "imatinib", "BCR-ABL", (1, 1),
       evidence="Imatinib blocks BCR-ABL."),
    ef("a_notes.txt", R.DRUG_TARGET, "blinatumomab", "CD19", (1, 1),
       evidence="Blinatumomab binds CD19."),
    ef("a_notes.txt", R.DRUG_TARGET, "blinatumomab", "CD3", (2, 2)),
    ef("a_notes.txt", R.DRUG_CLASS, "blinatumomab", "bispecific T-cell engager", (1, 1)),
    ef("a_notes.txt", R.PHASE_DURATION, "maintenance", "2-3 years", (2, 2)),
]


def test_build_deck_orders_facts_and_lists_cited_sources(documents: list[Path]) -> None:
    deck = build_deck(FACTS, deck_id="mine", title="Mine", group="ALL",
                      description="d", documents=documents)
    assert (deck.id, deck.title, deck.group, deck.description) == ("mine", "Mine", "ALL", "d")
    assert [f.id for f in deck.facts] == [
        "blinatumomab.drug_target", "imatinib.drug_target", "blinatumomab.drug_class",
        "maintenance.phase_duration",
    ]
    a, b = documents[1], documents[0]
    assert deck.sources == (
        Source("doc000", "a_notes.txt", hashlib.sha256(a.read_bytes()).hexdigest()),
        Source("doc001", "b_notes.txt", hashlib.sha256(b.read_bytes()).hexdigest()),
    )
    assert all(f.status is FactStatus.DRAFT for f in deck.facts)


def test_build_deck_keeps_only_the_chosen_relations(documents: list[Path]) -> None:
    deck = build_deck(FACTS, deck_id="t", title="T", relations={R.DRUG_CLASS},
                      documents=documents)
    assert [f.id for f in deck.facts] == ["blinatumomab.drug_class"]
    # Source ids number every document, so they agree between decks.
    assert [(s.id, s.file) for s in deck.sources] == [("doc000", "a_notes.txt")]


def test_build_deck_is_deterministic(documents: list[Path]) -> None:
    one = build_deck(FACTS, deck_id="t", title="T", documents=documents)
    two = build_deck(list(reversed(FACTS)), deck_id="t", title="T", documents=documents)
    assert one == two


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def extract(paths: Sequence[Path], **_: Any) -> list[ExtractedFact]:
        for path in paths:
            if not Path(path).exists():
                from trainer.generator.ingest import IngestError

                raise IngestError(f"{Path(path).name}: file not found ({path})")
        return list(FACTS)

    monkeypatch.setattr(build, "extract_documents", extract)


@pytest.mark.usefixtures("fake_extraction")
def test_generate_writes_a_deck_that_loads_back(documents: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "mine.yaml"
    deck = generate(documents, out, deck_id="mine", title="Mine").deck
    assert load_deck(out) == deck
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "mine.yaml"]


@pytest.mark.usefixtures("fake_extraction")
def test_generate_with_cloze_quotes_the_users_own_sentences(documents: list[Path],
                                                           tmp_path: Path) -> None:
    deck = generate(documents, tmp_path / "c.yaml", deck_id="c", title="C", cloze=True).deck
    fronts = {c.id: c.front for c in deck.cards}
    assert fronts == {
        "blinatumomab.drug_target.cloze-cd19": "Blinatumomab binds {{c1::CD19}}.",
        "imatinib.drug_target.cloze-bcr-abl": "Imatinib blocks {{c1::BCR-ABL}}.",
    }
    assert all(c.kind is CardKind.CLOZE for c in deck.cards)


@pytest.mark.usefixtures("fake_extraction")
def test_failed_write_leaves_no_file_and_no_temporary(documents: list[Path],
                                                     tmp_path: Path) -> None:
    out = tmp_path / "taken.yaml"
    out.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(OSError):
        generate(documents, out, deck_id="x", title="X")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "taken.yaml"]
    assert out.is_dir() and not any(out.iterdir())


@pytest.mark.usefixtures("fake_extraction")
def test_cancelled_generation_writes_nothing(documents: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    with pytest.raises(GenerationCancelled):
        generate(documents, out, deck_id="x", title="X", cancelled=lambda: True)
    assert not out.exists()


# ---- trainer generate ----------------------------------------------------------------------


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["generate", *argv])
    return int(args.func(args))


@pytest.mark.usefixtures("fake_extraction")
def test_cli_generates_a_deck(documents: list[Path], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "my-notes.yaml"
    code = run_cli(*map(str, documents), "-o", str(out), "--relations", "drug_target,drug_class")
    assert code == 0
    deck = load_deck(out)
    assert (deck.id, deck.title) == ("my-notes", "My notes")
    assert {f.relation for f in deck.facts} == {R.DRUG_TARGET, R.DRUG_CLASS}
    assert capsys.readouterr().out.startswith(f"wrote {out}: 3 facts, ")


def test_cli_unreadable_document_is_one_line_naming_it(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"PK\x03\x04")
    out = tmp_path / "d.yaml"
    assert run_cli(str(doc), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "notes.docx" in err
    assert not out.exists()


@pytest.mark.usefixtures("fake_extraction")
def test_cli_unwritable_output_is_one_line_naming_it(documents: list[Path], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "d.yaml"
    assert run_cli(str(documents[0]), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err
    taken = tmp_path / "taken.yaml"
    taken.mkdir()
    assert run_cli(str(documents[0]), "-o", str(taken)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(taken) in err
    assert not any(taken.iterdir())


def test_cli_unknown_relation_and_missing_output_are_usage_errors(
        documents: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(str(documents[0]), "-o", str(tmp_path / "x.yaml"), "--relations", "dose") == 2
    assert "unknown relation 'dose'" in capsys.readouterr().err
    assert run_cli(str(documents[0])) == 2
    assert "-o FILE" in capsys.readouterr().err
    assert not (tmp_path / "x.yaml").exists()


def test_cli_bundled_without_documents_folder_fails_cleanly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert run_cli("--bundled", "--documents", str(missing), "--out", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err
    assert list(tmp_path.iterdir()) == []
