"""Names of the phases of treatment and their usual order.

The order is data about phase *names* kept in ``resources/phase_order.json`` (documented
there), not a fact read from a document. This package may use only the standard library, so
the file is JSON, read as package data of ``trainer.resources`` through importlib.resources.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

PHASE_ORDER_PACKAGE, PHASE_ORDER_NAME = "trainer.resources", "phase_order.json"
_SUFFIX = re.compile(r"\s+(?:phase|therapy|chemotherapy|treatment)$")


@dataclass(frozen=True, slots=True)
class PhaseOrder:
    """Canonical phase names in treatment order, and every other name each one goes by."""

    names: tuple[str, ...]
    aliases: dict[str, str]  # normalised alias or name -> canonical name

    def canonical(self, name: str) -> str | None:
        """The canonical name of a phase called ``name``, or None for an unknown phase."""
        return self.aliases.get(normalise_phase(name))

    def position(self, name: str) -> int | None:
        canonical = self.canonical(name)
        return None if canonical is None else self.names.index(canonical)


def normalise_phase(name: str) -> str:
    """``"Induction Chemotherapy"`` -> ``"induction"``: case folded, one suffix word dropped."""
    text = " ".join(name.casefold().replace("–", "-").split())
    return _SUFFIX.sub("", text)


def parse_phase_order(data: dict[str, object]) -> PhaseOrder:
    """Build a :class:`PhaseOrder` from the JSON document's object."""
    phases = data.get("phases")
    if not isinstance(phases, list):
        raise ValueError("phase order: 'phases' must be a list")
    names: list[str] = []
    aliases: dict[str, str] = {}
    for entry in phases:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ValueError("phase order: each phase needs a 'name'")
        name = normalise_phase(entry["name"])
        names.append(name)
        for alias in [name, *entry.get("aliases", [])]:
            aliases[normalise_phase(str(alias))] = name
    return PhaseOrder(tuple(names), aliases)


@cache
def phase_order(path: Path | None = None) -> PhaseOrder:
    """The canonical phase order, read once from ``path`` (by default the bundled file)."""
    resource = path if path is not None else files(PHASE_ORDER_PACKAGE) / PHASE_ORDER_NAME
    return parse_phase_order(json.loads(resource.read_text(encoding="utf-8")))
