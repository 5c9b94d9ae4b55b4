"""The trainer command, as an instructor uses it in a terminal."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from trainer.cli import main


def test_import_then_list_decks(tmp_path: Path, write_deck: Callable[..., Path],
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(deck(cards=basics(4), title="Induction drugs"))
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 0
    assert "Induction drugs: 4 new cards" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "data"), "decks"]) == 0
    out = capsys.readouterr().out
    assert "Induction drugs" in out and " 4 " in out


def test_import_of_a_broken_deck_names_file_and_line(tmp_path: Path,
                                                      write_deck: Callable[..., Path],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck("format: 1\nid: x\ndeck: X\ncards:\n  - id: a\n    type: basic\n"
                      "    front: Q?\n    back: A\n    colour: red\n", "broken.yaml")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert f"{path}:9:5:" in captured.out
    assert "Nothing was imported" in captured.err
    assert main(["--data-dir", str(tmp_path / "data"), "decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out


def test_python_dash_m_trainer_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "trainer", "--version"], capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0 and result.stdout.startswith("trainer ")


# ---- trainer generate: never silent, verdicts kept ------------------------------------------

GOOD = "Teaching notes.\n\nImatinib is a tyrosine kinase inhibitor that targets BCR-ABL1.\n"
IRRELEVANT = ("Ward handbook.\n\nThe ward kitchen opens at seven in the morning. Visitors sign in "
              "at the front desk.\nParking is free after six.\n")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_generate_from_a_document_without_facts_fails_naming_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _write(tmp_path, "kitchen-rota.txt", IRRELEVANT)
    out = tmp_path / "rota.yaml"
    assert main(["generate", str(doc), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No facts could be read from kitchen-rota.txt" in err
    assert "no deck was written" in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kitchen-rota.txt"]


def test_generate_from_a_scanned_pdf_says_it_has_no_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.unit.test_ingest import make_pdf

    scan = tmp_path / "notes.pdf"
    scan.write_bytes(make_pdf([[]]))
    out = tmp_path / "notes.yaml"
    assert main(["generate", str(scan), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No text could be read from notes.pdf" in err and "scanned" in err
    assert not out.exists()
    assert main(["extract", str(scan)]) == 1
    assert "No text could be read from notes.pdf" in capsys.readouterr().err


def test_generate_names_the_documents_that_gave_nothing_and_still_writes_the_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "notes.txt", GOOD)
    rota = _write(tmp_path, "kitchen-rota.txt", IRRELEVANT)
    empty = _write(tmp_path, "blank.md", "\n\n")
    out = tmp_path / "ward.yaml"
    assert main(["generate", str(good), str(rota), str(empty), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"wrote {out}: ")
    warnings = captured.err.splitlines()
    assert len(warnings) == 2 and all("warning" in w for w in warnings)
    assert "No facts could be read from kitchen-rota.txt" in warnings[0]
    assert "No text could be read from blank.md" in warnings[1]
    assert out.is_file()


def test_extract_from_a_document_without_facts_fails_naming_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _write(tmp_path, "kitchen-rota.txt", IRRELEVANT)
    assert main(["extract", str(doc)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "No facts could be read from kitchen-rota.txt" in captured.err


def test_generating_again_into_a_deck_file_keeps_the_reviewers_verdicts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    from trainer.deckfile import load_deck, write_deck_atomic
    from trainer.domain import FactStatus

    good = _write(tmp_path, "notes.txt", GOOD)
    out = tmp_path / "ward.yaml"
    assert main(["generate", str(good), "-o", str(out)]) == 0
    first = load_deck(out)
    target, klass = (next(f for f in first.facts if f.id == fid)
                     for fid in ("imatinib.drug_target", "imatinib.drug_class"))
    reviewed = replace(first, facts=tuple(
        replace(f, status=FactStatus.REJECTED, note="not taught here") if f is target
        else replace(f, objects=("TKI",), status=FactStatus.ACCEPTED) if f is klass else f
        for f in first.facts))
    write_deck_atomic(reviewed, out)
    _write(tmp_path, "notes.txt", "New first line.\n" + GOOD)  # the lines move down by one
    capsys.readouterr()
    assert main(["generate", str(good), "-o", str(out)]) == 0
    assert "2 reviewer decisions kept" in capsys.readouterr().out
    again = {f.id: f for f in load_deck(out).facts}
    assert (again[target.id].status, again[target.id].note) == (FactStatus.REJECTED,
                                                                "not taught here")
    assert (again[klass.id].objects, again[klass.id].status) == (("TKI",), FactStatus.ACCEPTED)
    assert again[klass.id].sources[0].lines == (4, 4)


def test_generating_again_keeps_what_the_reviewer_wrote_and_the_titles_given(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    from trainer.deckfile import load_deck, write_deck_atomic
    from trainer.domain import CardKind, Citation, Fact, FactStatus, HandCard, Relation

    good = _write(tmp_path, "notes.txt", GOOD)
    out = tmp_path / "ward.yaml"
    assert main(["generate", str(good), "-o", str(out)]) == 0
    first = load_deck(out)
    written = Fact("why-imatinib", Relation.NOTE, "Which patients is imatinib given to?",
                   ("Those with the Philadelphia chromosome",), (Citation("doc000", (4, 4)),),
                   status=FactStatus.ACCEPTED, note="added on review")
    hand = HandCard(id="hand-1", kind=CardKind.BASIC, front="Who reads these notes?",
                    back="The ward team")
    titled = tuple(replace(s, title="Ward notes on leukaemia drugs") for s in first.sources)
    write_deck_atomic(replace(first, facts=(*first.facts, written), cards=(hand,),
                              sources=titled), out)
    assert main(["generate", str(good), "-o", str(out)]) == 0
    again = load_deck(out)
    assert written in again.facts
    assert [c.id for c in again.cards] == ["hand-1"]
    assert {s.title for s in again.sources} == {"Ward notes on leukaemia drugs"}


def test_generating_into_a_file_that_is_not_a_deck_keeps_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "notes.txt", GOOD)
    out = _write(tmp_path, "ward.yaml", "shopping: [milk, eggs]\n")
    assert main(["generate", str(good), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "not a valid deck file" in err and err.count("\n") == 1
    assert out.read_text(encoding="utf-8") == "shopping: [milk, eggs]\n"
