"""Hostile or broken files give exactly one clear problem, never a traceback."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from trainer.deckfile import (
    MAX_BYTES,
    DeckError,
    Problem,
    load_deck,
    validate_file,
    validate_text,
)

BAD = Path(__file__).resolve().parents[1] / "data" / "decks" / "bad"


def one(problems: list[Problem]) -> tuple[int, int, str]:
    assert len(problems) == 1, problems
    p = problems[0]
    return p.line, p.col, p.message


def one_text(text: str) -> tuple[int, int, str]:
    return one(validate_text(text, filename="d.yaml"))


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(DeckError) as info:
        load_deck(path)
    assert [str(p) for p in info.value.problems] == [f"{path}:1:1: file not found"]


def test_directory(tmp_path: Path) -> None:
    assert one(validate_file(tmp_path)) == (1, 1, "this is a folder, not a deck file")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX non-root")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("id: d\ndeck: D\n")
    path.chmod(0)
    try:
        assert one(validate_file(path)) == (1, 1, "cannot read the file: permission denied")
    finally:
        path.chmod(0o644)


LIMIT_MB = MAX_BYTES // (1024 * 1024)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 7 * 1024 * 1024 // 10 + 1)  # sparse: no disk space used
    assert one(validate_file(path)) == (
        1, 1, f"deck file is {LIMIT_MB}.7 MB; the limit is {LIMIT_MB} MB"
    )


def test_text_too_large() -> None:
    text = "id: d\ndeck: D\ndescription: " + "x" * MAX_BYTES + "\n"
    assert one_text(text) == (
        1, 1, f"deck file is {LIMIT_MB}.0 MB; the limit is {LIMIT_MB} MB"
    )


def test_not_utf8_fixture_points_at_the_bad_byte() -> None:
    assert one(validate_file(BAD / "latin1.yaml")) == (
        2,
        12,
        "the file is not UTF-8 text: byte 0xe4 cannot be read here; save the file with "
        "UTF-8 encoding",
    )


def test_not_utf8_column_counts_characters(tmp_path: Path) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_bytes("id: d\ndeck: ÄÖ\xff".encode("latin-1").replace(b"\xc4\xd6", "ÄÖ".encode()))
    line, col, message = one(validate_file(path))
    assert (line, col) == (2, 9)
    assert "byte 0xff" in message


def test_utf16_is_named(tmp_path: Path) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_bytes("id: d\ndeck: D\n".encode("utf-16"))
    assert one(validate_file(path)) == (
        1, 1, "the file is saved as UTF-16; save it as UTF-8 instead"
    )


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"id: d\ndeck: \x00\x01\x02PNG")
    assert one(validate_file(path)) == (
        2, 7, "the file contains a NUL byte, so it is a binary file, not a YAML deck file"
    )


def test_nul_in_text() -> None:
    assert one_text("id: d\ndeck: a\x00b\n") == (
        2, 8, "the file contains a NUL character, so it is a binary file, not a YAML deck file"
    )


def test_control_character() -> None:
    assert one_text("id: d\ndeck: a\x07b\n") == (
        2, 8, "the file contains the control character U+0007, which YAML does not allow; "
        "delete it"
    )


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: d\ndeck: D\n")
    assert load_deck(path).id == "d"


def test_alias_bomb_is_refused_quickly() -> None:
    start = time.perf_counter()
    problems = validate_file(BAD / "alias-bomb.yaml")
    assert time.perf_counter() - start < 1.0
    assert one(problems) == (
        3, 4, "anchors and aliases (&name / *name) are not allowed in deck files"
    )


def test_alias_alone_is_refused() -> None:
    assert one_text("id: d\ndeck: *title\n") == (
        2, 7, "anchors and aliases (&name / *name) are not allowed in deck files"
    )


def test_python_object_tag_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"id: d\ndeck: !!python/object/apply:os.system ['touch {marker}']\n"
    assert one_text(text) == (
        2, 7, "tags such as !!python/object are not allowed in deck files "
        "(found '!!python/object/apply:os.system')"
    )
    assert not marker.exists()
    assert one(validate_file(BAD / "python-tag.yaml"))[:2] == (2, 7)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("id: d\ndeck: !custom x\n", "'!custom'"),
        ("id: d\ndeck: !!str x\n", "'!!str'"),
        ("id: d\ndeck: ! x\n", "'!'"),
        ("id: d\ndeck: !<tag:example.com,2024:x> y\n", "'!<tag:example.com,2024:x>'"),
    ],
)
def test_every_tag_is_refused(text: str, shown: str) -> None:
    assert one_text(text) == (
        2, 7, f"tags such as !!python/object are not allowed in deck files (found {shown})"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [("- a\n- b\n", "a list"), ("just words\n", "text ('just words')"),
     ("42\n", "a number (42)")],
)
def test_document_not_a_mapping(text: str, kind: str) -> None:
    assert one_text(text) == (
        1, 1, "a deck file must be a mapping of 'key: value' lines (id:, deck:, facts:, ...), "
        f"but this file holds {kind}"
    )


def test_two_documents() -> None:
    assert one(validate_file(BAD / "two-documents.yaml")) == (
        3, 1, "the file holds more than one YAML document (a second one starts here); keep "
        "one deck per file and remove the extra '---' line"
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "---\n...\n"])
def test_empty_file(text: str) -> None:
    assert one_text(text) == (1, 1, "the deck file is empty")


def test_empty_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    assert one(validate_file(path)) == (1, 1, "the deck file is empty")


def test_deep_nesting_is_refused() -> None:
    text = "id: d\ndeck: " + "[" * 1000 + "]" * 1000 + "\n"
    line, col, message = one_text(text)
    assert (line, col) == (2, 38)
    assert message == "lists and mappings are nested more than 32 levels deep here"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: d\ndeck: D\nformat: {}\n", "unsupported deck format {}; this version of Trainer "
         "reads format 1"),
        ("id: d\ndeck: D\nsettings:\n  new_per_day: {}\n",
         "settings: 'new_per_day' must be between 0 and 9999, got {}"),
    ],
)
def test_number_of_thousands_of_digits_is_out_of_range(text: str, message: str) -> None:
    digits = "9" * 5000  # more than Python's int() reads from text by default
    _line, _col, got = one_text(text.format(digits))
    assert got == message.format(digits)


@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [
        ("id: d\n\tdeck: D\n", 2, 1, "a tab character is used here; indent with spaces, not tabs"),
        ("id: d\ndeck: ALL: drugs\n", 2, 10,
         "a ':' is not allowed here; if the text contains ': ', put the whole text in quotes"),
        ('id: d\ndeck: "ALL\n', 2, 7,
         "a quoted text starting here is never closed; add the closing quote"),
        ("id: d\nfacts: [a, b\ndeck: D\n", 2, 8,
         "a [list] opened here is not closed with ']' (or a ',' is missing between items) "
         "(noticed on line 3)"),
        ("id: d\ndeck\nx: 1\n", 2, 1, "this line is not a 'key: value' pair (is a ':' missing?)"),
        ("id: d\ndeck: D\n  group: x\n", 3, 8,
         "a ':' is not allowed here; if the text contains ': ', put the whole text in quotes"),
        ("facts:\n  - id: a\n group: x\n", 3, 2,
         "this line is not indented like the lines around it; check its spaces"),
        ('id: d\ndeck: "a\\qb"\n', 2, 10,
         "unknown escape after '\\' in a \"double-quoted\" text; use 'single quotes' or write "
         "'\\\\' for a backslash"),
        ("id: d\ndeck: @home\n", 2, 7,
         "this character cannot start a value; put the text in quotes"),
    ],
)
def test_syntax_errors_in_plain_words(text: str, line: int, col: int, message: str) -> None:
    assert one_text(text) == (line, col, message)
