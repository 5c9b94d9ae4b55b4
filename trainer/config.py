"""Where data lives and the settings that are not per deck. No Qt here."""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "TRAINER_DATA_DIR"
DOCUMENTS_DIR_ENV = "TRAINER_DOCUMENTS_DIR"
DEFAULT_PROFILE = "default"
_PROFILE_NAME = re.compile(r"^[\w][\w .-]{0,63}$")


def data_root(override: Path | str | None = None) -> Path:
    """The folder holding every profile: --data-dir, then $TRAINER_DATA_DIR, then platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Trainer", appauthor=False))


BUNDLED_DECKS_PACKAGE = "trainer.bundled_decks"  # decks/ of the repository
RESOURCES_PACKAGE = "trainer.resources"  # resources/ of the repository


def bundled_decks_dir() -> Path:
    """The folder of the bundled decks (``*.yaml``), shipped as package data."""
    return package_folder(BUNDLED_DECKS_PACKAGE)


def resources_dir() -> Path:
    """The folder of the lexicon, the deck JSON Schema and the phase order (package data)."""
    return package_folder(RESOURCES_PACKAGE)


@cache
def package_folder(package: str) -> Path:
    """A data package's folder as a real path, found through importlib.resources.

    Installed from a wheel the package is a folder in site-packages; installed in editable
    mode it is the top-level folder of the checkout (pyproject.toml maps it). A package
    imported from a zip archive is copied once to a temporary folder, removed at exit.
    """
    root = files(package)
    if isinstance(root, Path):
        return root
    target = Path(tempfile.mkdtemp(prefix="trainer-data-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    copy_tree(root, target)
    return target


def copy_tree(source: Traversable, target: Path) -> None:
    """Copy every file under ``source`` (any importlib.resources Traversable) into ``target``."""
    for item in source.iterdir():
        if item.is_dir():
            (target / item.name).mkdir()
            copy_tree(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())


def default_documents_dir() -> Path | None:
    """$TRAINER_DOCUMENTS_DIR, else ../shared/documents beside a development checkout."""
    env = os.environ.get(DOCUMENTS_DIR_ENV)
    if env:
        return Path(env).expanduser()
    dev = Path(__file__).resolve().parent.parent.parent / "shared" / "documents"
    return dev if dev.is_dir() else None


def valid_profile_name(name: str) -> bool:
    return bool(_PROFILE_NAME.match(name)) and name.strip() == name


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Settings that belong to a profile rather than to a deck."""

    day_starts_at_hour: int = 4
    documents_dir: str | None = None
    theme: str = "system"  # "light" | "dark" | "system"
    font_scale: float = 1.0
    bury_siblings: bool = True
    leech_threshold: int = 8
    #: The learner's own seed for the order of multiple-choice options; drawn on first use.
    shuffle_seed: int | None = None

    #: Folders decks were generated from in the app, searched after ``documents_dir`` for a
    #: card's source document (newest first).
    document_folders: tuple[str, ...] = ()

    def with_changes(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]

    def with_document_folder(self, folder: Path) -> AppSettings:
        """These settings, remembering ``folder`` as one that documents are found in."""
        kept = tuple(f for f in self.document_folders if Path(f) != folder)
        return replace(self, document_folders=(str(folder), *kept)[:MAX_DOCUMENT_FOLDERS])

    def folders(self) -> list[Path]:
        """Where to look for a source document: the documents folder, then the others."""
        first = self.documents_dir or default_documents_dir()
        out: list[Path] = []
        for folder in (first, *self.document_folders):
            if folder is not None and Path(folder) not in out:
                out.append(Path(folder))
        return out


#: Generating from more folders than this forgets the oldest.
MAX_DOCUMENT_FOLDERS = 20


def find_document(name: str, folders: Path | Sequence[Path] | None) -> Path | None:
    """The first ``folder/name`` that exists, or None (a file name, never a path)."""
    if folders is None:
        return None
    for folder in [folders] if isinstance(folders, Path) else folders:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@dataclass(slots=True)
class Profiles:
    """Profiles are folders under the data root, each with its own collection."""

    root: Path = field(default_factory=data_root)

    def list(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "collection.sqlite3").exists()
                      or (p / "profile.json").exists())

    def folder(self, name: str) -> Path:
        if not valid_profile_name(name):
            raise ValueError(f"'{name}' is not a usable profile name: use letters, digits, "
                             "spaces, dots or dashes (up to 64 characters).")
        return self.root / name

    def collection_path(self, name: str) -> Path:
        return self.folder(name) / "collection.sqlite3"

    def create(self, name: str) -> Path:
        folder = self.folder(name)
        if folder.exists():
            raise ValueError(f"A profile called '{name}' already exists.")
        folder.mkdir(parents=True)
        _write_json_atomic(folder / "profile.json", {"name": name})
        return folder

    def rename(self, old: str, new: str) -> None:
        src, dst = self.folder(old), self.folder(new)
        if dst.exists():
            raise ValueError(f"A profile called '{new}' already exists.")
        src.rename(dst)
        _write_json_atomic(dst / "profile.json", {"name": new})

    def delete(self, name: str) -> None:
        """Remove a profile's folder (collection, backups) for good.

        The folder is first renamed out of the list, so a deletion cut short leaves no
        half-deleted profile behind, only a hidden folder.
        """
        folder = self.folder(name)
        if not folder.is_dir():
            raise ValueError(f"There is no profile called '{name}'.")
        doomed = folder.with_name(f".deleting-{name}-{os.getpid()}")
        folder.rename(doomed)
        shutil.rmtree(doomed, ignore_errors=True)

    def last_used(self) -> str | None:
        marker = self.root / "last_profile.json"
        try:
            name = json.loads(marker.read_text(encoding="utf-8")).get("name")
        except (OSError, ValueError):
            return None
        return name if isinstance(name, str) and name in self.list() else None

    def remember(self, name: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        _write_json_atomic(self.root / "last_profile.json", {"name": name})


def settings_to_json(settings: AppSettings) -> str:
    return json.dumps(asdict(settings), sort_keys=True)


def settings_from_json(text: str | None) -> AppSettings:
    if not text:
        return AppSettings()
    try:
        raw = json.loads(text)
    except ValueError:
        return AppSettings()
    known = {k: v for k, v in raw.items() if k in AppSettings.__dataclass_fields__}
    if isinstance(known.get("document_folders"), list):  # JSON has no tuples
        known["document_folders"] = tuple(str(f) for f in known["document_folders"])
    return AppSettings(**known)


def _write_json_atomic(path: Path, payload: object) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
