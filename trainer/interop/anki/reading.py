"""Reading an Anki package (.apkg, .colpkg) safely: zip checks first, then SQLite read-only.

A package is a zip holding a collection (SQLite) and numbered media files. Before anything
is extracted every entry is checked: names must be ones Anki writes (no folders, so no
path can escape), sizes and compression ratios are capped against zip bombs, and the
collection is copied out with a running byte count that does not trust the zip's header.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.interop.anki import modern

MAX_COLLECTION_BYTES = 2 * 1024**3  # larger than any shared deck; far below a full disk
MAX_TOTAL_BYTES = 8 * 1024**3
MAX_RATIO = 200  # SQLite pages of text compress about 5-20 times; bombs by thousands
MAX_ENTRIES = 200_000

# Newest first: a package made for older Anki versions holds anki21 beside a stub anki2.
_COLLECTIONS = ("collection.anki21", "collection.anki2")
_NEWER = "collection.anki21b"
_MEDIA_NAME = re.compile(r"\d{1,9}")
_EXPECTED = {"media", "meta", _NEWER, *_COLLECTIONS}


class PackageError(ValueError):
    """The package cannot be read; the message names the file, the problem and what to do."""


@dataclass(frozen=True, slots=True)
class NoteType:
    id: int
    name: str
    cloze: bool
    fields: tuple[str, ...]
    fronts: tuple[str, ...]  # each template's question format


@dataclass(frozen=True, slots=True)
class AnkiNote:
    id: int
    guid: str
    notetype: int
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    mod: int


@dataclass(frozen=True, slots=True)
class AnkiCard:
    id: int
    note: int
    deck: int
    ord: int
    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    data: str


@dataclass(frozen=True, slots=True)
class AnkiReview:
    id: int  # milliseconds since the epoch: when the answer was given
    card: int
    ease: int
    ivl: int
    last_ivl: int
    time_ms: int
    type: int


@dataclass(slots=True)
class AnkiPackage:
    """Everything read from a package, as plain values."""

    crt: int
    decks: dict[int, tuple[str, str]]  # id -> (name, description)
    options: dict[int, dict[str, Any]]  # deck id -> its options (Anki's deck config JSON)
    notetypes: dict[int, NoteType]
    notes: list[AnkiNote]
    cards: list[AnkiCard]
    reviews: list[AnkiReview]
    media: list[str] = field(default_factory=list)  # file names the package carries


def _check_entries(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"{path}: the package holds {len(infos)} files, more than any "
                           "Anki package does. It was not imported; check where it came from.")
    total = 0
    for info in infos:
        name = info.filename
        if name not in _EXPECTED and not _MEDIA_NAME.fullmatch(name):
            if "/" in name or "\\" in name or ".." in name or name.startswith(("/", "~")):
                raise PackageError(
                    f"{path}: the package holds a file named '{name}' that points outside its "
                    "own folder. Anki never writes such names, so nothing was imported; "
                    "check where the file came from.")
            raise PackageError(f"{path}: the package holds an unexpected file '{name}'. It is "
                               "not an Anki package as Anki writes them; nothing was imported.")
        if info.file_size > MAX_COLLECTION_BYTES:
            raise PackageError(f"{path}: '{name}' would unpack to {info.file_size // 2**20} MB, "
                               "more than Trainer accepts. Nothing was imported.")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
                and info.file_size > 1024**2:
            ratio = info.file_size // info.compress_size
            raise PackageError(f"{path}: '{name}' is compressed {ratio} times over, as only "
                               "a zip bomb is. Nothing was imported.")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackageError(f"{path}: the package would unpack to {total // 2**30} GB, more than "
                           "Trainer accepts. Nothing was imported.")
    return infos


def _copy_capped(archive: zipfile.ZipFile, name: str, target: Path) -> None:
    """Extract one entry, counting real bytes (a forged header cannot raise the cap)."""
    written = 0
    with archive.open(name) as source, target.open("wb") as out:
        while chunk := source.read(1 << 20):
            written += len(chunk)
            if written > MAX_COLLECTION_BYTES:
                raise PackageError(f"'{name}' unpacks to more than the size Trainer accepts; "
                                   "nothing was imported.")
            out.write(chunk)


@contextmanager
def _collection_file(path: Path) -> Iterator[tuple[Path, list[str]]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise PackageError(f"{path}: this is not a complete Anki package (the zip is damaged "
                           "or cut short). Export it again from Anki, or copy it again; "
                           "nothing was imported.") from exc
    except OSError as exc:
        raise PackageError(f"{path}: cannot read the file ({exc.strerror or exc}).") from exc
    with archive, tempfile.TemporaryDirectory(prefix="trainer-anki-") as folder:
        infos = _check_entries(path, archive)
        names = {i.filename for i in infos}
        # Beside the newest format, collection.anki2 only asks to update Anki: skip it.
        chosen = _NEWER if _NEWER in names else next(
            (n for n in _COLLECTIONS if n in names), None)
        if chosen is None:
            raise PackageError(f"{path}: the package holds no Anki collection. Export it again "
                               "from Anki; nothing was imported.")
        if chosen == _NEWER and not modern.AVAILABLE:
            raise PackageError(
                f"{path}: this package was saved in the newest Anki format, which needs the "
                "'zstandard' package. In Anki, export it again and tick “Support older Anki "
                "versions”; nothing was imported.")
        target = Path(folder) / "collection.sqlite"
        try:
            if chosen == _NEWER:
                with archive.open(chosen) as source:
                    modern.decompress(source, target, cap=MAX_COLLECTION_BYTES)
                media = _modern_media(archive, names)
            else:
                _copy_capped(archive, chosen, target)
                media = _media_names(archive, names)
        except modern.TooLarge as exc:
            raise PackageError(f"{path}: the collection unpacks to more than Trainer accepts "
                               "(a zip bomb, or a collection too big); nothing was "
                               "imported.") from exc
        except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, IndexError) as exc:
            raise PackageError(f"{path}: the package is damaged ({exc}). Export it again "
                               "from Anki; nothing was imported.") from exc
        except Exception as exc:  # zstandard's own errors have no common public base
            if type(exc).__module__.startswith("zstandard"):
                raise PackageError(f"{path}: the package is damaged ({exc}). Export it again "
                                   "from Anki; nothing was imported.") from exc
            raise
        yield target, media


def _modern_media(archive: zipfile.ZipFile, names: set[str]) -> list[str]:
    return modern.media_names(archive.read("media")) if "media" in names else []


def _media_names(archive: zipfile.ZipFile, names: set[str]) -> list[str]:
    if "media" not in names:
        return []
    raw = archive.read("media")
    try:
        mapping = json.loads(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, ValueError):
        return [n for n in names if _MEDIA_NAME.fullmatch(n)]
    return sorted(str(v) for v in mapping.values()) if isinstance(mapping, dict) else []


def read_package(path: Path) -> AnkiPackage:
    """Read ``path``; PackageError (nothing read) when it is damaged, hostile or unknown."""
    with _collection_file(Path(path)) as (db_path, media):
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise PackageError(f"{path}: the collection inside cannot be opened ({exc}).") from exc
        try:
            return _read(conn, media)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            raise PackageError(f"{path}: the collection inside is damaged or not Anki's "
                               f"({exc}). Export it again from Anki; nothing was "
                               "imported.") from exc
        finally:
            conn.close()


def _legacy_setup(conn: sqlite3.Connection) -> tuple[int, dict[int, NoteType],
                                                     dict[int, tuple[str, str]],
                                                     dict[int, dict[str, Any]]]:
    """crt, note types, decks and options of a collection that keeps them as JSON in col."""
    crt, models_json, decks_json, dconf_json = conn.execute(
        "SELECT crt, models, decks, dconf FROM col").fetchone()
    notetypes: dict[int, NoteType] = {}
    models: dict[str, Any] = json.loads(models_json)
    for raw in models.values():
        notetypes[int(raw["id"])] = NoteType(
            id=int(raw["id"]), name=str(raw["name"]), cloze=int(raw.get("type", 0)) == 1,
            fields=tuple(str(f["name"]) for f in sorted(raw["flds"], key=lambda f: f["ord"])),
            fronts=tuple(str(t["qfmt"]) for t in sorted(raw["tmpls"], key=lambda t: t["ord"])))
    raw_decks = list(json.loads(decks_json).values())
    decks = {int(d["id"]): (str(d["name"]), str(d.get("desc", ""))) for d in raw_decks}
    confs: dict[str, Any] = json.loads(dconf_json or "{}")
    options = {int(d["id"]): confs[str(d["conf"])] for d in raw_decks
               if str(d.get("conf")) in confs and isinstance(confs[str(d["conf"])], dict)}
    return int(crt), notetypes, decks, options


def _modern_setup(conn: sqlite3.Connection) -> tuple[int, dict[int, NoteType],
                                                     dict[int, tuple[str, str]],
                                                     dict[int, dict[str, Any]]]:
    """The same, from the tables of Anki's newest collection schema."""
    (crt,) = conn.execute("SELECT crt FROM col").fetchone()
    notetypes = {i: NoteType(id=i, name=n, cloze=c, fields=f, fronts=q)
                 for i, n, c, f, q in modern.notetypes(conn)}
    confs = modern.deck_options(conn)
    decks: dict[int, tuple[str, str]] = {}
    options: dict[int, dict[str, Any]] = {}
    for deck_id, name, description, conf in modern.decks(conn):
        decks[deck_id] = (name, description)
        if conf is not None and conf in confs:
            options[deck_id] = confs[conf]
    return int(crt), notetypes, decks, options


def _read(conn: sqlite3.Connection, media: list[str]) -> AnkiPackage:
    setup = _modern_setup if modern.is_modern(conn) else _legacy_setup
    crt, notetypes, decks, options = setup(conn)
    notes = [AnkiNote(id=i, guid=g, notetype=m, fields=tuple(f.split("\x1f")),
                      tags=tuple(t for t in tags.split() if t), mod=mod)
             for i, g, m, f, tags, mod in conn.execute(
                 "SELECT id, guid, mid, flds, tags, mod FROM notes ORDER BY id")]
    cards = [AnkiCard(*row) for row in conn.execute(
        "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data "
        "FROM cards ORDER BY nid, ord")]
    reviews = [AnkiReview(*row) for row in conn.execute(
        "SELECT id, cid, ease, ivl, lastIvl, time, type FROM revlog ORDER BY cid, id")]
    return AnkiPackage(crt=crt, decks=decks, options=options, notetypes=notetypes,
                       notes=notes, cards=cards, reviews=reviews, media=media)
