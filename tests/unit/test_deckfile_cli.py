"""`trainer validate`: problems as file:line:col: message, exit status 1; or a summary, 0."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from trainer.cli import validate

DECKS = Path(__file__).resolve().parents[1] / "data" / "decks"
GOOD = DECKS / "good"
BAD = DECKS / "bad"


def run(*files: Path) -> int:
    parser = argparse.ArgumentParser(prog="trainer")
    validate.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["validate", *map(str, files)])
    code: int = validate.run(args)
    return code


def test_valid_decks_print_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(GOOD / "all-drug-targets.yaml", GOOD / "hand-cards.yaml", GOOD / "minimal.yaml")
    out = capsys.readouterr()
    assert code == 0
    # cards as the app makes them: each fact gives several, a reverse card two
    assert out.out == "3 decks valid: 3 facts, 14 cards\n"


def test_one_deck_uses_singular(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(GOOD / "minimal.yaml") == 0
    assert capsys.readouterr().out == "1 deck valid: 0 facts, 0 cards\n"


def test_problems_are_printed_and_fail(capsys: pytest.CaptureFixture[str]) -> None:
    missing = BAD / "missing-source.yaml"
    code = run(GOOD / "minimal.yaml", missing, BAD / "python-tag.yaml")
    out = capsys.readouterr()
    assert code == 1
    assert out.out.splitlines() == [
        f"{missing}:13:19: fact 'x.target' cites source 'doc9', but the deck lists no source "
        "with that id (known: doc001, doc003)",
        f"{BAD / 'python-tag.yaml'}:2:7: tags such as !!python/object are not allowed in deck "
        "files (found '!!python/object/apply:os.system')",
    ]
    assert out.err.splitlines() == [
        f"{GOOD / 'minimal.yaml'}: note: this deck gives no cards to study; its facts are "
        "conflicts or rejected, or it has none",
        "2 of 3 deck files have problems (2 problems in all)",
    ]


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert run(path) == 1
    assert capsys.readouterr().out == f"{path}:1:1: file not found\n"


def test_folder_stands_for_its_decks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("minimal.yaml", "hand-cards.yaml"):
        shutil.copy(GOOD / name, tmp_path / name)
    (tmp_path / "notes.txt").write_text("not a deck")
    assert run(tmp_path) == 0
    assert capsys.readouterr().out == "2 decks valid: 0 facts, 8 cards\n"  # as the app makes them


def test_empty_folder_is_a_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(tmp_path) == 1
    assert capsys.readouterr().out == f"{tmp_path}:1:1: this is a folder, not a deck file\n"


def test_same_deck_id_in_two_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("id: same\ndeck: A\n")
    second.write_text("# copy\nid: same\ndeck: B\n")
    assert run(first, second) == 1
    assert capsys.readouterr().out == (
        f"{second}:2:5: deck id 'same' is also used by {first}; every deck needs its own id\n"
    )


def test_file_named_twice_is_checked_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(GOOD / "minimal.yaml", GOOD / "minimal.yaml") == 0
    assert capsys.readouterr().out == "1 deck valid: 0 facts, 0 cards\n"

