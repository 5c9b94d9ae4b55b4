"""Anki's newest package format (``collection.anki21b``, Anki 2.1.50 and later).

The collection is zstd-compressed and holds note types, decks and deck options in their
own tables, with their settings as protocol-buffer blobs. Only the few values Trainer
needs are read from those blobs (field numbers as in Anki's .proto files), by a small
decoder of the wire format. Needs the ``zstandard`` package; without it the reader asks
for a package saved for older Anki versions.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# Optional: without it the reader asks for a package saved for older Anki versions.
AVAILABLE = importlib.util.find_spec("zstandard") is not None


class TooLarge(Exception):
    """Decompressed data passed the cap (a bomb, or more than Trainer accepts)."""


def decompress(source: IO[bytes], target: Path, *, cap: int) -> None:
    """Unpack a zstd stream into ``target``, counting the bytes written against ``cap``."""
    import zstandard

    written = 0
    with zstandard.ZstdDecompressor().stream_reader(source) as reader, target.open("wb") as out:
        while chunk := reader.read(1 << 20):
            written += len(chunk)
            if written > cap:
                raise TooLarge(written)
            out.write(chunk)


def decompress_bytes(data: bytes, *, cap: int) -> bytes:
    import zstandard

    with zstandard.ZstdDecompressor().stream_reader(data) as reader:
        out = reader.read(cap + 1)
    if len(out) > cap:
        raise TooLarge(len(out))
    return out


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise ValueError("malformed varint")


def fields(buf: bytes) -> Iterator[tuple[int, int, Any]]:
    """(field number, wire type, value) of a protocol-buffer message, in order."""
    pos = 0
    while pos < len(buf):
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value, pos = _varint(buf, pos)
        elif wire == 1:
            value, pos = buf[pos:pos + 8], pos + 8
        elif wire == 2:
            length, pos = _varint(buf, pos)
            value, pos = buf[pos:pos + length], pos + length
        elif wire == 5:
            value, pos = buf[pos:pos + 4], pos + 4
        else:
            raise ValueError(f"unsupported wire type {wire}")
        yield number, wire, value


def _floats(entries: list[tuple[int, Any]]) -> list[float]:
    out: list[float] = []
    for wire, value in entries:
        if wire == 2:  # packed
            out.extend(struct.unpack(f"<{len(value) // 4}f", value[: len(value) // 4 * 4]))
        elif wire == 5:
            out.append(struct.unpack("<f", value)[0])
    return [round(x, 4) for x in out]


def _by_number(buf: bytes) -> dict[int, list[tuple[int, Any]]]:
    found: dict[int, list[tuple[int, Any]]] = {}
    for number, wire, value in fields(buf):
        found.setdefault(number, []).append((wire, value))
    return found


def is_modern(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'notetypes'").fetchone() is not None


def notetypes(conn: sqlite3.Connection) -> list[tuple[int, str, bool, tuple[str, ...],
                                                       tuple[str, ...]]]:
    """(id, name, cloze, field names, question formats) of every note type."""
    names: dict[int, list[str]] = {}
    for ntid, name in conn.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        names.setdefault(ntid, []).append(str(name))
    fronts: dict[int, list[str]] = {}
    for ntid, config in conn.execute("SELECT ntid, config FROM templates ORDER BY ntid, ord"):
        q = _by_number(config).get(1, [(2, b"")])[0][1]
        fronts.setdefault(ntid, []).append(bytes(q).decode("utf-8", "replace"))
    out = []
    for ntid, name, config in conn.execute("SELECT id, name, config FROM notetypes"):
        kind = _by_number(config).get(1, [(0, 0)])[0][1]
        out.append((int(ntid), str(name), kind == 1, tuple(names.get(ntid, ())),
                    tuple(fronts.get(ntid, ()))))
    return out


def decks(conn: sqlite3.Connection) -> list[tuple[int, str, str, int | None]]:
    """(id, "Parent::Child" name, description, options id) of every deck."""
    out = []
    for deck_id, name, kind in conn.execute("SELECT id, name, kind FROM decks"):
        normal = _by_number(kind).get(1)
        description, conf = "", None
        if normal:
            parts = _by_number(normal[0][1])
            if 4 in parts:
                description = bytes(parts[4][0][1]).decode("utf-8", "replace")
            if 1 in parts:
                conf = int(parts[1][0][1])
        out.append((int(deck_id), str(name).replace("\x1f", "::"), description, conf))
    return out


def deck_options(conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
    """Options by id, in the shape of Anki's older JSON (what the mapping reads)."""
    out: dict[int, dict[str, Any]] = {}
    for conf_id, config in conn.execute("SELECT id, config FROM deck_config"):
        p = _by_number(config)

        def number(field: int, default: int, p: dict[int, list[tuple[int, Any]]] = p) -> int:
            return int(p[field][0][1]) if field in p and p[field][0][0] == 0 else default

        options: dict[str, Any] = {
            "new": {"perDay": number(9, 20), "delays": _floats(p.get(1, [])) or [1.0, 10.0]},
            "rev": {"perDay": number(10, 200), "maxIvl": number(16, 36500)},
            "lapse": {"delays": _floats(p.get(2, [])) or [10.0]},
        }
        retention = _floats(p.get(37, []))
        if retention:
            options["desiredRetention"] = retention[0]
        out[int(conf_id)] = options
    return out


def media_names(data: bytes) -> list[str]:
    """File names listed in a newest-format ``media`` entry (zstd, then protobuf)."""
    names = []
    for number, wire, entry in fields(decompress_bytes(data, cap=64 * 1024**2)):
        if number == 1 and wire == 2:
            for n, w, value in fields(entry):
                if n == 1 and w == 2:
                    names.append(bytes(value).decode("utf-8", "replace"))
    return sorted(names)
