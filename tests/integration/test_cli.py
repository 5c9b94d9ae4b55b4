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
