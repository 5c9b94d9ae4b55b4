"""A document's own title, where its format states one.

HTML has ``<title>`` (or a first ``<h1>``), Markdown a first ``# heading`` and PDF a title in
its metadata. Plain text states none that can be told from a first line ("Introduction",
"Last updated on ..."), so an instructor gives its title in the deck file; a title given
there is kept when the deck is generated again.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

_MAX_TITLE = 200
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def document_title(path: Path) -> str | None:
    """The title ``path`` gives itself, or None (unreadable files included)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".html", ".htm"):
            return _html_title(path.read_text(encoding="utf-8", errors="replace"))
        if suffix in (".md", ".markdown"):
            return _markdown_title(path.read_text(encoding="utf-8", errors="replace"))
        if suffix == ".pdf":
            return _pdf_title(path)
    except OSError:
        return None
    return None


def _clean(text: str) -> str | None:
    title = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    return title[:_MAX_TITLE] or None


def _html_title(text: str) -> str | None:
    match = _HTML_TITLE.search(text)
    return _clean(match.group(1) or match.group(2)) if match else None


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines()[:40]:
        match = _MD_TITLE.match(line.strip())
        if match:
            return _clean(match.group(1))
    return None


def _pdf_title(path: Path) -> str | None:
    try:
        from pypdf import PdfReader

        metadata = PdfReader(path).metadata
    except Exception:  # a damaged PDF has no title to give; ingest reports the damage
        return None
    title = metadata.title if metadata is not None else None
    return _clean(str(title)) if title else None
