"""Reading a deck file's bytes into text, refusing anything that is not a small UTF-8 file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from trainer.deckfile.errors import DeckError, single

MAX_BYTES = 32 * 1024 * 1024  # 100k cards take about 9 MB
"""Deck files larger than this are refused before they are parsed."""

_MB = 1024 * 1024
_BOM = b"\xef\xbb\xbf"


def read_deck_text(path: str | os.PathLike[str]) -> str:
    """Return the text of a deck file, or raise DeckError with exactly one problem."""
    filename = os.fspath(path)
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise single(filename, "file not found") from None
    except PermissionError:
        raise single(filename, "cannot open the file: permission denied") from None
    except OSError as exc:
        raise single(filename, f"cannot open the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise single(filename, "this is a folder, not a deck file")
    if not stat.S_ISREG(info.st_mode):
        raise single(filename, "this is not a regular file, so it cannot be a deck file")
    if info.st_size > MAX_BYTES:
        raise too_large(filename, info.st_size)
    try:
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise single(filename, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise single(filename, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise too_large(filename, max(info.st_size, len(data)))
    return decode_deck_bytes(data, filename=filename)


def too_large(filename: str, size: int) -> DeckError:
    return single(
        filename, f"deck file is {size / _MB:.1f} MB; the limit is {MAX_BYTES // _MB} MB"
    )


def decode_deck_bytes(data: bytes, *, filename: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); refuse binary and other encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise single(filename, "the file is saved as UTF-16; save it as UTF-8 instead")
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    nul = data.find(b"\x00")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if 0 <= nul < exc.start:
            raise _binary(filename, data, nul) from None
        line, col = _position(data, exc.start)
        bad = data[exc.start]
        raise single(
            filename,
            f"the file is not UTF-8 text: byte 0x{bad:02x} cannot be read here; "
            "save the file with UTF-8 encoding",
            line,
            col,
        ) from None
    if nul >= 0:
        raise _binary(filename, data, nul)
    return text


def _binary(filename: str, data: bytes, offset: int) -> DeckError:
    line, col = _position(data, offset)
    return single(
        filename,
        "the file contains a NUL byte, so it is a binary file, not a YAML deck file",
        line,
        col,
    )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    col = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1
