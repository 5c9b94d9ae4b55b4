"""Reading documents: line numbering per format, and one-line errors for bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from trainer.generator import ingest
from trainer.generator.ingest import IngestError, read_document, strip_markdown

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF with one Helvetica text line per entry of each page (empty page: no text)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1") if lines else b""
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[pages_id - 1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def one_line_error(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(path.name + ":")
    return message


# -- formats -------------------------------------------------------------------------------------


def test_text_file_keeps_its_lines(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("First line\r\n\r\nThird line\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.stem == "notes" and doc.name == "notes.txt"
    assert doc.lines[:3] == ["First line", "", "Third line"]
    assert doc.pages is None


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    a = tmp_path / "bom.txt"
    a.write_bytes("\ufeffLeukämie".encode())
    assert read_document(a).lines == ["Leukämie"]
    b = tmp_path / "wide.txt"
    b.write_bytes("Induction lasts 4 weeks.".encode("utf-16"))
    assert read_document(b).lines == ["Induction lasts 4 weeks."]


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes("Maintenance \u2013 about 2 years; na\u00efve cells".encode("cp1252"))
    assert read_document(p).lines == ["Maintenance – about 2 years; naïve cells"]


def test_markdown_markup_is_stripped_on_the_same_lines() -> None:
    doc = read_document(TEXTS / "patient_guide.md")
    raw = (TEXTS / "patient_guide.md").read_text(encoding="utf-8").splitlines()
    assert len(doc.lines) == len(raw)
    assert doc.lines[0] == "Acute lymphoblastic leukemia: a guide for families"
    assert 1 in doc.headings and 3 in doc.headings
    assert doc.lines[5] == "clinical protocol."
    assert "**" not in "\n".join(doc.lines)
    assert doc.lines[12] == "* Vincristine"  # list markers stay: the segmenter needs them


def test_strip_markdown_handles_code_fences_and_setext_headings() -> None:
    lines, headings = strip_markdown(["Title", "=====", "```", "code", "```", "*x* and _y_"])
    assert lines == ["Title", "", "", "", "", "x and y"]
    assert headings == {1}


def test_html_keeps_main_text_and_drops_navigation_and_footer() -> None:
    doc = read_document(TEXTS / "leukaemia_page.html")
    text = "\n".join(doc.lines)
    assert "Ponatinib is a tyrosine kinase inhibitor." in text
    for chrome in ("Donate", "Shop", "Subscribe", "Privacy", "Registered charity", "sponsors"):
        assert chrome not in text
    assert doc.lines[0] == "Treatment for acute lymphoblastic leukaemia"
    assert 1 in doc.headings


def test_pdf_text_layer_with_page_numbers(tmp_path: Path) -> None:
    p = tmp_path / "leaflet.pdf"
    p.write_bytes(make_pdf([["Imatinib is a tyrosine kinase", "inhibitor."], ["Page two text"]]))
    doc = read_document(p)
    assert doc.lines == ["Imatinib is a tyrosine kinase", "inhibitor.", "Page two text"]
    assert doc.pages == [1, 1, 2]
    assert doc.page_of(3) == 2 and doc.page_of(99) is None


# -- bad input -----------------------------------------------------------------------------------


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([[], []]))
    message = one_line_error(p)
    assert "no text layer" in message and "OCR" in message


def test_damaged_and_fake_pdfs(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("just text", encoding="utf-8")
    assert "not a PDF" in one_line_error(fake)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer")
    one_line_error(broken)


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in one_line_error(empty)
    blank = tmp_path / "blank.md"
    blank.write_text("\n   \n\t\n", encoding="utf-8")
    assert "empty" in one_line_error(blank)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 10)
    assert "binary" in one_line_error(p)


def test_non_utf8_that_is_not_windows_1252_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "odd.txt"
    p.write_bytes(b"Leuk\x81mie \x8d\x90")
    assert "UTF-8" in one_line_error(p)


def test_missing_folder_and_unknown_extension(tmp_path: Path) -> None:
    assert "not found" in one_line_error(tmp_path / "missing.txt")
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    assert "folder" in one_line_error(folder)
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK\x03\x04")
    message = one_line_error(doc)
    assert ".docx" in message and ".txt" in message


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("x" * 101, encoding="utf-8")
    assert "too large" in one_line_error(p)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("text", encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert "permission denied" in one_line_error(p)


def test_html_without_main_text(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text(
        "<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8"
    )
    assert "no main text" in one_line_error(p)
