"""What kind of file the user picked, from its first bytes and its name.

Import must name a format it does not read ("this is a PDF", "this is a Word file")
rather than fail on it as a broken deck file.
"""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path


class FileFormat(StrEnum):
    DECK = "deck file (YAML)"
    ANKI_PACKAGE = "Anki package"
    SPREADSHEET = "spreadsheet (CSV/TSV)"
    UNSUPPORTED = "unsupported"


SUPPORTED = ("Trainer imports deck files (.yaml), Anki packages (.apkg, .colpkg) and "
             "spreadsheets saved as CSV or TSV (.csv, .tsv, .txt).")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "an SQLite database (such as Anki's collection.anki2). In "
     "Anki, use File ▸ Export to make an .apkg package and import that"),
    (b"%PDF", "a PDF document. To make a deck from documents, use Generate deck from "
     "documents"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file. Save it as CSV from the "
     "spreadsheet program and import that"),
    (b"\x89PNG", "a picture (PNG)"),
    (b"\xff\xd8\xff", "a picture (JPEG)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
_TEXT_SUFFIXES = {".csv": FileFormat.SPREADSHEET, ".tsv": FileFormat.SPREADSHEET,
                  ".txt": FileFormat.SPREADSHEET, ".yaml": FileFormat.DECK,
                  ".yml": FileFormat.DECK}


def detect(path: Path) -> tuple[FileFormat, str]:
    """(format, what the file is in words); the words matter for unsupported files."""
    try:
        with Path(path).open("rb") as f:
            head = f.read(4096)
    except OSError as exc:
        return FileFormat.UNSUPPORTED, f"a file that cannot be read ({exc.strerror or exc})"
    for magic, words in _MAGIC:
        if head.startswith(magic):
            return FileFormat.UNSUPPORTED, words
    if head.startswith(b"PK"):
        return _zip_kind(path)
    suffix = Path(path).suffix.lower()
    if suffix in (".apkg", ".colpkg"):
        return FileFormat.ANKI_PACKAGE, "an Anki package"  # damaged: the reader says how
    if b"\x00" in head:
        return FileFormat.UNSUPPORTED, "a binary file, not text"
    if suffix in _TEXT_SUFFIXES:
        return _TEXT_SUFFIXES[suffix], _TEXT_SUFFIXES[suffix].value
    if suffix in (".docx", ".xlsx", ".odt", ".ods", ".pptx", ".json", ".xml", ".html"):
        return FileFormat.UNSUPPORTED, f"a {suffix[1:].upper()} file"
    return FileFormat.DECK, FileFormat.DECK.value  # any other text is read as a deck file


def _zip_kind(path: Path) -> tuple[FileFormat, str]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        if Path(path).suffix.lower() in (".apkg", ".colpkg"):
            return FileFormat.ANKI_PACKAGE, "an Anki package"
        return FileFormat.UNSUPPORTED, "a damaged zip archive"
    if names & {"collection.anki2", "collection.anki21", "collection.anki21b"}:
        return FileFormat.ANKI_PACKAGE, "an Anki package"
    if "word/document.xml" in names:
        return FileFormat.UNSUPPORTED, ("a Word document. To make a deck from documents, use "
                                        "Generate deck from documents")
    if any(n.startswith("xl/") for n in names):
        return FileFormat.UNSUPPORTED, ("an Excel workbook. Save the sheet as CSV from the "
                                        "spreadsheet program and import that")
    if "content.xml" in names:
        return FileFormat.UNSUPPORTED, ("an OpenDocument file. Save the sheet as CSV and "
                                        "import that")
    return FileFormat.UNSUPPORTED, "a zip archive that holds no Anki collection"


def unsupported_message(path: Path, words: str) -> str:
    """``"notes.pdf: this is a PDF document ..., which Trainer cannot import. ..."``."""
    return f"{path}: this is {words}; Trainer cannot import it as it is. {SUPPORTED}"
