"""The command line as a newcomer meets it: wrong files, folders, typos, a fresh data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.config import bundled_decks_dir
from trainer.services import Collection

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "tests" / "data" / "texts"


def test_validate_on_a_file_that_is_not_a_deck_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text("shopping:\n  - milk\n  - bread\n", encoding="utf-8")
    assert main(["validate", str(ROOT / "README.md"), str(notes)]) == 1
    out = capsys.readouterr().out
    assert "README.md: not a deck file: decks are YAML files ending in .yaml" in out
    assert "notes.yaml: not a deck file: it has none of the keys" in out
    assert "':' is not allowed" not in out


def test_validate_counts_cards_as_the_app_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    decks = sorted(bundled_decks_dir().glob("*.yaml"))
    assert main(["validate", *map(str, decks)]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    with Collection.open(tmp_path / "c.sqlite3") as col:
        col.import_deck_files(decks)
        in_the_app = sum(c.total for c in col.deck_counts())
    assert in_the_app > 0
    assert summary.endswith(f", {in_the_app} cards")


def test_generate_accepts_a_folder_of_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("targeted_drugs.txt", "treatment_phases.txt"):
        (folder / name).write_text((TEXTS / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")  # not a document: left out
    out = tmp_path / "deck.yaml"
    assert main(["generate", str(folder), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "targeted_drugs.txt" in text and "treatment_phases.txt" in text
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["generate", str(empty), "-o", str(tmp_path / "x.yaml")]) == 2
    assert "holds no documents" in capsys.readouterr().err


@pytest.mark.parametrize(("typed", "meant"), [("deck", "decks"), ("valdiate", "validate"),
                                              ("exract", "extract")])
def test_a_mistyped_command_suggests_the_closest(
        typed: str, meant: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([typed])
    assert exited.value.code == 2
    assert f"Did you mean 'trainer {meant}'?" in capsys.readouterr().err


def test_decks_on_a_fresh_data_folder_adds_the_bundled_decks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "decks"]) == 0
    out = capsys.readouterr().out
    bundled = len(list(bundled_decks_dir().glob("*.yaml")))
    assert f"added the {bundled} decks that come with Trainer" in out
    assert "ALL: drugs and their targets" in out
    # Only on the first run: a profile that exists is never filled again unasked.
    assert main(["--data-dir", data, "decks"]) == 0
    assert "added the" not in capsys.readouterr().out


def test_decks_on_an_empty_profile_says_how_to_add_decks(
        tmp_path: Path, write_deck: Callable[..., Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    (data / "nurse").mkdir(parents=True)
    (data / "nurse" / "profile.json").write_text('{"name": "nurse"}', encoding="utf-8")
    assert main(["--data-dir", str(data), "--profile", "nurse", "decks"]) == 0
    out = capsys.readouterr().out
    assert f"trainer import {bundled_decks_dir()}" in out


def test_a_deck_title_of_twenty_million_characters_is_refused(
        tmp_path: Path, write_deck: Callable[..., Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck("format: 1\nid: huge\ndeck: " + "A" * 20_000_000 + "\ncards:\n"
                      "  - id: c1\n    type: basic\n    front: Q?\n    back: A\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:3:7: 'deck' is 20,000,000 characters long; at most 200" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and DISPLAY are Linux's")
def test_the_app_without_a_usable_screen_says_why_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    for display in (None, ":4711"):  # none at all; one where no X server listens
        if display:
            env["DISPLAY"] = display
        else:
            env.pop("DISPLAY", None)
        result = subprocess.run([sys.executable, "-m", "trainer", "--data-dir",
                                 str(tmp_path / "data")], env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 1, result.stderr  # not 134, Qt's abort
        assert result.stderr.startswith("Trainer cannot open its window")
        assert "xvfb-run trainer" in result.stderr


def test_a_deck_without_cards_is_never_added_silently(
        tmp_path: Path, write_deck: Callable[..., Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck("format: 1\nid: disputed\ndeck: Disputed durations\nfacts:\n"
                      "  - id: induction.duration\n    relation: phase_duration\n"
                      "    subject: induction\n    object: 4 weeks\n    status: conflict\n")
    assert main(["validate", str(path)]) == 0
    assert "gives no cards to study" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Disputed durations: no cards to study" in out and "fact review" in out
