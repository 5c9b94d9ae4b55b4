"""Documents name themselves where their format says how; plain text does not."""

from __future__ import annotations

from pathlib import Path

from trainer.generator.titles import document_title


def test_html_title_is_read_and_unescaped(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>Heart failure &amp; its drugs</title></head>"
                    "<body><h1>Other</h1></body></html>", encoding="utf-8")
    assert document_title(page) == "Heart failure & its drugs"


def test_html_without_title_uses_its_first_heading(tmp_path: Path) -> None:
    page = tmp_path / "b.htm"
    page.write_text("<body><h1>Asthma <em>care</em></h1><p>Text.</p></body>", encoding="utf-8")
    assert document_title(page) == "Asthma care"


def test_markdown_first_level_one_heading(tmp_path: Path) -> None:
    notes = tmp_path / "c.md"
    notes.write_text("Some preface\n\n## Not this\n# Sepsis bundle #\n", encoding="utf-8")
    assert document_title(notes) == "Sepsis bundle"


def test_plain_text_and_missing_files_have_no_title(tmp_path: Path) -> None:
    text = tmp_path / "d.txt"
    text.write_text("Introduction\nALL is ...\n", encoding="utf-8")
    assert document_title(text) is None
    assert document_title(tmp_path / "missing.html") is None
