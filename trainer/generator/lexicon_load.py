"""Loading the name lexicon from ``resources/lexicon/<kind>.yaml`` (or from a mapping).

Each file holds ``{version: 1, entries: [...]}``; an entry is a name, or a mapping with a
``name`` and optional ``aliases``, ``misspellings``, ``uncertain`` forms and ``type``. A
malformed file raises :class:`LexiconError` saying which file and entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from trainer.config import resources_dir
from trainer.generator.classnames import with_class_names
from trainer.generator.lexicon import Entry, Lexicon

# Kind of name -> lexicon file.
KINDS: dict[str, str] = {
    "drug": "drugs.yaml",
    "drug_class": "drug_classes.yaml",
    "target": "targets.yaml",
    "phase": "phases.yaml",
    "marker": "markers.yaml",
    "condition": "conditions.yaml",
}


# libyaml's parser when PyYAML has it: the same data, read several times faster (the lexicon
# files are most of the time loading takes); PyYAML's own parser otherwise
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A lexicon file is malformed."""


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise LexiconError(f"{where}: expected a list of names")
    return tuple(str(v) for v in value)


def entries_from_data(kind: str, data: Any, where: str = "") -> list[Entry]:
    """Entries of one kind from a parsed lexicon file (``{version: 1, entries: [...]}``)."""
    if isinstance(data, Mapping):
        items = data.get("entries") or []
    elif isinstance(data, list):
        items = data
    else:
        raise LexiconError(f"{where or kind}: expected a mapping with 'entries'")
    out = []
    for i, item in enumerate(items):
        at = f"{where or kind}: entry {i + 1}"
        if isinstance(item, str):
            out.append(Entry(kind, item))
            continue
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise LexiconError(f"{at}: an entry needs a 'name'")
        out.append(
            Entry(
                kind=kind,
                name=item["name"].strip(),
                aliases=_strings(item.get("aliases"), at),
                misspellings=_strings(item.get("misspellings"), at),
                uncertain=_strings(item.get("uncertain"), at),
                type=str(item["type"]) if item.get("type") is not None else None,
            )
        )
    return out


def lexicon_from_mapping(data: Mapping[str, Any]) -> Lexicon:
    """A lexicon from ``{kind: [entries]}`` (used by tests and tools)."""
    entries: list[Entry] = []
    for kind, items in data.items():
        if kind not in KINDS:
            raise LexiconError(f"unknown kind of name {kind!r}")
        entries += entries_from_data(kind, items)
    return Lexicon(entries)


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    """Load (and cache) the lexicon from a folder of ``<kind>.yaml`` files.

    Missing files are allowed (that kind is then empty). The cache key includes the files'
    modification times, so an edited lexicon is picked up.
    """
    folder = Path(directory) if directory is not None else resources_dir() / "lexicon"
    stamps = []
    for fname in KINDS.values():
        p = folder / fname
        stamps.append(p.stat().st_mtime_ns if p.is_file() else 0)
    return _load(str(folder.resolve()), tuple(stamps))


@lru_cache(maxsize=4)
def _load(folder: str, _stamps: tuple[int, ...]) -> Lexicon:
    entries: list[Entry] = []
    for kind, fname in KINDS.items():
        path = Path(folder) / fname
        if not path.is_file():
            continue
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except (OSError, yaml.YAMLError) as exc:
            raise LexiconError(f"{path.name}: cannot read lexicon file ({exc})") from exc
        entries += entries_from_data(kind, data, path.name)
    if Path(folder) == (resources_dir() / "lexicon").resolve():
        # the bundled lexicon also knows the outside source's class names, below its own
        # (names only; see .classnames); a lexicon folder of one's own holds what it lists
        entries = with_class_names(entries)
    return Lexicon(entries)
