"""Read a document (.txt, .md, .html/.htm, .pdf) into numbered lines of plain text.

Every fact cites the lines of the text it was read from, so this module's one promise is a
stable line numbering:

* ``.txt``: the file's own lines.
* ``.md``: the file's own lines with the markup stripped line by line (a heading stays on its
  line, a fenced code block becomes blank lines), so line N is line N of the source.
* ``.html``/``.htm``: the main text as trafilatura extracts it (navigation, calls to action and
  footers dropped); line numbers refer to that extracted text, which the review UI can show.
* ``.pdf``: the text layer of each page (pypdf), pages concatenated; ``pages[i]`` is the page
  of line ``i + 1``.

Encodings: UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such. Anything else is
decoded as Windows-1252 only when every byte is defined there and the result is clearly text
(almost no control characters); otherwise the file is refused. Windows-1252 is the only legacy
encoding worth guessing: it is what Word and old web pages write, and unlike Latin-1 it rejects
some byte values, so binary junk is caught.

Every problem is reported as an :class:`IngestError` whose message is one line that names the
file and says what to do.
"""

from __future__ import annotations

import html as html_lib
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = ".txt, .md, .html, .htm, .pdf"


class IngestError(Exception):
    """A document cannot be read; ``str(error)`` is one line naming the file."""


class NoTextError(IngestError):
    """The file was opened but holds no text to read: empty, blank, or a scanned PDF.

    Unlike a damaged or unsupported file this is not a mistake in what was asked for, so a
    caller reading several documents may go on with the others and report this one as giving
    nothing (see :mod:`trainer.generator.coverage`).
    """


@dataclass(frozen=True, slots=True)
class Document:
    """A document as numbered lines of plain text."""

    path: Path
    stem: str  # file name without extension, e.g. "003_4dc0da2e69ed16bb"
    name: str  # file name, e.g. "003_4dc0da2e69ed16bb.txt"
    lines: list[str]
    pages: list[int] | None = None  # PDF page of each line (same length as lines)
    headings: frozenset[int] = field(default_factory=frozenset)  # 1-based lines marked as headings

    def page_of(self, line: int) -> int | None:
        if self.pages is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]


def read_document(path: Path | str) -> Document:
    """Read one document; raises :class:`IngestError` with a one-line message on bad input."""
    p = Path(path)
    name = p.name
    suffix = p.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in HTML_SUFFIXES and suffix != ".pdf":
        raise IngestError(
            f"{name}: unsupported file type {suffix or '(no extension)'}; use one of {SUPPORTED}"
        )
    try:
        if not p.exists():
            raise IngestError(f"{name}: file not found ({p})")
        if p.is_dir():
            raise IngestError(f"{name}: is a folder, not a document")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(
                f"{name}: file is too large ({size / 1048576:.1f} MB; the limit is 20 MB); "
                "split it into smaller documents"
            )
        data = p.read_bytes()
    except PermissionError:
        raise IngestError(f"{name}: cannot read the file (permission denied)") from None
    except OSError as exc:
        raise IngestError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if not data.strip():
        raise NoTextError(f"{name}: the file is empty; check that you chose the right file")
    if suffix == ".pdf":
        lines, pages = _pdf_lines(data, name)
        return _document(p, lines, pages)
    text = decode_text(data, name)
    headings: set[int] = set()
    if suffix in HTML_SUFFIXES:
        text = _html_text(text, name)
        lines, headings = strip_markdown(_split_lines(text))
    elif TEXT_SUFFIXES[suffix] == "markdown":
        lines, headings = strip_markdown(_split_lines(text))
    else:
        lines = _split_lines(text)
    return _document(p, lines, None, headings)


def _document(
    p: Path, lines: list[str], pages: list[int] | None, headings: set[int] | None = None
) -> Document:
    if not any(line.strip() for line in lines):
        raise NoTextError(
            f"{p.name}: the document has no text (only blank lines or markup); "
            "check that you chose the right file"
        )
    return Document(p, p.stem, p.name, lines, pages, frozenset(headings or ()))


# -- text decoding -------------------------------------------------------------------------------

_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode_text(data: bytes, name: str) -> str:
    """Bytes -> str (see the module docstring for the policy)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(f"{name}: the file claims to be UTF-16 but is not") from None
    if b"\x00" in data:
        raise IngestError(f"{name}: this looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if any(b in _CP1252_UNDEFINED for b in data):
            raise IngestError(
                f"{name}: the text is not UTF-8; save it as UTF-8 and try again"
            ) from None
        text = data.decode("cp1252")
    if _control_ratio(text) > 0.02:
        raise IngestError(f"{name}: this looks like a binary file, not text")
    return text


# C0 controls other than tab, newline, form feed and carriage return; DEL and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    sample = text[:200_000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\f": " "})


def _split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line; it does not start a new one
    return [line.translate(_SPACES).rstrip() for line in lines]


# -- markdown ------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# an address may hold brackets of its own, a title after it any words ("glottis (vocal cords)")
_MD_IMAGE = re.compile(
    r"!\[([^\]]*)\]\(\s*[^\s()]*(?:\([^()\s]*\)[^\s()]*)*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
# A link to a picture ("[Enlarge](.../791254.jpg)"): a button beside a figure, not text
# beside the picture itself; and the empty link a linked picture leaves
_PICTURE = r"\[[^\]]*\]\([^)\s]*\.(?:jpe?g|png|gif|svg|webp)(?:\?[^)\s]*)?(?:\s[^)]*)?\)"
_MD_PICTURE_LINK = re.compile(
    rf"{_PICTURE}\s*(?=!\[)|^\s*{_PICTURE}\s*$|\[\s*\]\([^)]*\)", re.IGNORECASE
)
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_MD_EMPH = re.compile(
    r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"
)
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_TAG = re.compile(r"<[^>\n]+>")


def strip_markdown(lines: list[str]) -> tuple[list[str], set[int]]:
    """Markdown lines -> plain lines (same count) and the 1-based numbers of heading lines.

    List markers and table pipes are kept: the sentence splitter uses them.
    """
    out: list[str] = []
    headings: set[int] = set()
    fenced = False
    lines = _join_broken_links(lines)
    for i, line in enumerate(lines):
        if _MD_FENCE.match(line):
            fenced = not fenced
            out.append("")
            continue
        if fenced or _MD_REFDEF.match(line):
            out.append("")
            continue
        if i and out and out[-1].strip() and "|" not in line and _MD_SETEXT.match(line):
            headings.add(i)  # "Title" over "=====": the previous line (1-based i) is a heading
            out.append("")
            continue
        if _MD_RULE.match(line):
            out.append("")
            continue
        m = _MD_HEADING.match(line)
        if m:
            line = m.group(1)
            headings.add(i + 1)
        out.append(_inline_plain(line).rstrip())
    return out, headings


def _inline_plain(line: str) -> str:
    """One line without its inline markdown: quote marks, pictures, links, code, emphasis,
    tags and character references. Each pattern needs a mark the line may lack (">", "[",
    "`", "*" or "_", "<", "&"); most prose lines hold none, so the test spares the scans."""
    if ">" in line:
        line = _MD_QUOTE.sub("", line)
    if "[" in line:
        # a picture's description and the button that enlarges it are not the page's prose
        # (the caption below the picture says it again): "EnlargeDrawing shows ..." read as a
        # sentence
        line = _MD_IMAGE.sub("", _MD_PICTURE_LINK.sub("", line))
        line = _MD_PICTURE_LINK.sub("", line)
        line = _MD_LINK.sub(lambda mm: mm.group(1) or mm.group(2), line)
    if "`" in line:
        line = _MD_CODE.sub(lambda mm: mm.group(1), line)
    for _ in range(2):
        if "*" not in line and "_" not in line:
            break
        line = _MD_EMPH.sub(lambda mm: next(g for g in mm.groups()[1:] if g is not None), line)
    if "<" in line:
        line = _TAG.sub("", line)
    return html_lib.unescape(line)


# "[homologous" + "recombination repair pathway](/Common/PopUps/...)": a link whose text a
# hard wrap broke over lines (up to three)
_OPEN_LINK = re.compile(r"(?<!!)\[(?=[^\[\]]*$)")
_LINK_CLOSE = re.compile(r"^[^\[\]]*?(\]\([^()\s]*\))")
_LINK_GOES_ON = re.compile(r"^[^\[\]()]*$")


def _join_broken_links(lines: list[str]) -> list[str]:
    """``lines`` with each link broken over lines reduced to its words, each line keeping its
    own words (the per-line link pattern cannot see such a link, and its address would be read
    as text)."""
    out = list(lines)
    for i, line in enumerate(out):
        if "[" not in line:
            continue
        opened = _OPEN_LINK.search(line)
        if opened is None or _MD_LINK.search(line[opened.start() :]):
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            close = _LINK_CLOSE.match(out[j])
            if close is not None:
                out[i] = line[: opened.start()] + line[opened.end() :]
                out[j] = out[j][: close.start(1)] + out[j][close.end(1) :]
                break
            if not out[j].strip() or not _LINK_GOES_ON.match(out[j]):
                break  # a blank line or other brackets: not one link
    return out


# -- HTML ----------------------------------------------------------------------------------------


def _offline_trafilatura() -> Any:
    """trafilatura, imported without opening a socket.

    Importing it loads urllib3 (for its download functions, which Trainer never uses), and
    urllib3 creates and binds an IPv6 socket at import to probe for IPv6 support. Saying
    the interpreter has no IPv6 while it loads skips the probe; nothing here goes online.
    """
    import socket

    had_ipv6 = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import trafilatura
    finally:
        socket.has_ipv6 = had_ipv6
    return trafilatura


def _html_text(html: str, name: str) -> str:
    """Main text of a web page as light markdown (headings marked, lists as "- " items)."""
    try:
        trafilatura = _offline_trafilatura()
    except ImportError:  # pragma: no cover - it is a dependency
        raise IngestError(f"{name}: cannot read HTML (trafilatura is not installed)") from None
    try:
        text = trafilatura.extract(
            html,
            include_tables=True,
            include_comments=False,
            include_formatting=True,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise IngestError(f"{name}: cannot parse this HTML page ({type(exc).__name__})") from None
    if not text or not text.strip():
        raise NoTextError(
            f"{name}: no main text found in this HTML page; "
            "save the page's text as a .txt file and use that"
        )
    return text


# -- PDF -----------------------------------------------------------------------------------------


def _pdf_lines(data: bytes, name: str) -> tuple[list[str], list[int]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-xref chatter is not for users
    if not data.lstrip().startswith(b"%PDF"):
        raise IngestError(f"{name}: this is not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name}: this PDF is password-protected; save an unprotected copy")
        lines: list[str] = []
        pages: list[int] = []
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            page_lines = _split_lines(text)
            while page_lines and not page_lines[-1].strip():
                page_lines.pop()
            lines += page_lines
            pages += [number] * len(page_lines)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise IngestError(
            f"{name}: cannot read this PDF (it looks damaged: {type(exc).__name__})"
        ) from None
    except Exception as exc:  # pypdf may raise anything on hostile files; never a traceback
        raise IngestError(f"{name}: cannot read this PDF ({type(exc).__name__})") from None
    if not any(line.strip() for line in lines):
        raise NoTextError(
            f"{name}: this PDF has no text layer (it looks like a scanned image); "
            "run OCR on it first, or use a text-based PDF or a .txt/.md copy of the text"
        )
    return lines, pages
