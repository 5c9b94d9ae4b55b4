"""Opening Trainer's exports with Anki's own library (the ``anki`` package), for the tests."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

ANKI_MISSING = ("the 'anki' package (Anki's backend, the bench extra) is not installed: "
                "these tests open Trainer's exports with it")

_BLOCKS = re.compile(r"<(style|script)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
_BREAK = re.compile(r"</?(br|div|li|hr|p|ol|ul|input)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def anki() -> Any:
    """The anki.collection module, or skip the test with the reason."""
    return pytest.importorskip("anki.collection", reason=ANKI_MISSING)


def plain(rendered: str) -> str:
    """What a learner reads on an Anki card: no styles, scripts or tags; spaces collapsed."""
    text = _TAG.sub("", _BREAK.sub(" ", _BLOCKS.sub(" ", rendered)))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def words(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def open_anki(folder: Path, name: str = "anki.anki2") -> Any:
    collection = anki().Collection(str(folder / name))
    return collection


def import_package(col: Any, package: Path, *, with_scheduling: bool = False) -> Any:
    """Import ``package`` as Anki's File > Import does, with "Import deck presets" ticked;
    returns Anki's import log."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions

    module = anki()
    request = module.ImportAnkiPackageRequest(
        package_path=str(package),
        options=ImportAnkiPackageOptions(with_scheduling=with_scheduling,
                                         with_deck_configs=True, merge_notetypes=True))
    return col.import_anki_package(request).log


def trainer_key(col: Any, card: Any) -> tuple[str, str]:
    """(deck id, card key) of an Anki card exported by Trainer, from the note's meta field."""
    note = card.note()
    meta = json.loads(note["Trainer"])
    keys = meta["keys"]
    if note.note_type()["type"] == 1:  # cloze: one card per deletion number
        key = next(k for k in keys if k.endswith(f"/c{card.ord + 1}"))
    else:
        key = keys[card.ord]
    return meta["deck"], key
