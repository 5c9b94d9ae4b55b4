"""Generating a deck for the app: nothing is silent, and nothing empty is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.services import GenerationFailed, NothingFound, generate_deck

GOOD = "Teaching notes.\n\nImatinib is a tyrosine kinase inhibitor that targets BCR-ABL1.\n"
IRRELEVANT = "Ward handbook.\n\nThe ward kitchen opens at seven. Visitors sign in at the desk.\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_no_facts_in_any_document_is_an_error_naming_each_and_writes_nothing(
        tmp_path: Path) -> None:
    rota = _write(tmp_path, "kitchen-rota.txt", IRRELEVANT)
    blank = _write(tmp_path, "blank.txt", "   \n")
    out = tmp_path / "decks" / "ward.yaml"
    out.parent.mkdir()
    with pytest.raises(NothingFound) as caught:
        generate_deck([rota, blank], out, title="Ward")
    message = str(caught.value)
    assert caught.value.documents == ("kitchen-rota.txt", "blank.txt")
    assert "No facts could be read from kitchen-rota.txt" in message
    assert "No text could be read from blank.txt" in message
    assert "no deck was written" in message.lower()
    assert isinstance(caught.value, GenerationFailed)  # the app shows every failure the same way
    assert list(out.parent.iterdir()) == []


def test_no_documents_at_all_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NothingFound, match="No documents"):
        generate_deck([], tmp_path / "x.yaml", title="X")
    assert not (tmp_path / "x.yaml").exists()


def test_documents_that_gave_nothing_are_named_beside_the_deck(tmp_path: Path) -> None:
    good = _write(tmp_path, "notes.txt", GOOD)
    rota = _write(tmp_path, "kitchen-rota.txt", IRRELEVANT)
    made = generate_deck([good, rota], tmp_path / "ward.yaml", title="Ward")
    assert made.path.is_file() and made.facts >= 1
    [warning] = made.warnings
    assert warning.startswith("No facts could be read from kitchen-rota.txt")
    assert "notes.txt" not in warning
