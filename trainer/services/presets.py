"""Options presets: one set of scheduling settings shared by several decks, as in Anki.

A preset is linked to a group (every deck in it) or to a deck. Which settings a deck
studies with, first that applies: the deck's own settings (edited for that deck alone),
its own preset, its group's preset, then what its deck file proposes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from trainer.domain import DeckSettings
from trainer.services.changes import OpChanges
from trainer.storage import tables as db

DECK, GROUP = "deck", "group"
# Where a deck's settings come from, for the options dialog to say.
OWN, DECK_PRESET, GROUP_PRESET, FILE = "own", "deck preset", "group preset", "file"
MAX_INTERVAL_DAYS = 36500


class PresetError(ValueError):
    """A preset change that cannot be made; the message says why and what to do."""


def settings_from_json(text: str | None) -> DeckSettings:
    if not text:
        return DeckSettings()
    raw: dict[str, Any] = json.loads(text)
    known = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()
             if k in DeckSettings.__dataclass_fields__}
    return DeckSettings(**known)  # type: ignore[arg-type]


def settings_to_json(settings: DeckSettings) -> str:
    return json.dumps({k: list(v) if isinstance(v, tuple) else v
                       for k, v in asdict(settings).items()}, sort_keys=True)


def check_settings(settings: DeckSettings) -> None:
    """Raise ValueError, in words a learner can act on, for settings that cannot work."""
    if not 0.7 <= settings.desired_retention <= 0.99:
        raise ValueError("Desired retention must be between 70% and 99%.")
    if settings.new_per_day < 0 or settings.reviews_per_day < 0:
        raise ValueError("Daily limits cannot be negative.")
    if not 1 <= settings.maximum_interval_days <= MAX_INTERVAL_DAYS:
        raise ValueError(f"The maximum interval must be between 1 and {MAX_INTERVAL_DAYS} "
                         "days.")


@dataclass(frozen=True, slots=True)
class Preset:
    id: int
    name: str
    settings: DeckSettings
    scopes: tuple[tuple[str, str], ...] = ()  # (DECK, id) or (GROUP, name) using it


def resolve(*, deck_id: str, group: str, file_settings: str | None, own: str | None,
            links: Mapping[tuple[str, str], int],
            presets: Mapping[int, DeckSettings]) -> tuple[DeckSettings, str]:
    """A deck's settings and where they come from (OWN, DECK_PRESET, GROUP_PRESET, FILE)."""
    if own:
        return settings_from_json(own), OWN
    for scope, source in (((DECK, deck_id), DECK_PRESET), ((GROUP, group.strip()),
                                                             GROUP_PRESET)):
        linked = links.get(scope)
        if linked is not None and linked in presets and scope[1]:
            return presets[linked], source
    return settings_from_json(file_settings), FILE


def load_links(conn: Connection) -> tuple[dict[tuple[str, str], int], dict[int, DeckSettings]]:
    """Every link and every preset's settings: two small reads for a whole deck list."""
    links = {(k, s): int(p) for k, s, p in conn.execute(
        select(db.preset_links.c.scope_kind, db.preset_links.c.scope,
               db.preset_links.c.preset_id))}
    presets = {int(i): settings_from_json(s) for i, s in conn.execute(
        select(db.presets.c.id, db.presets.c.settings))}
    return links, presets


PRESET_CHANGES = OpChanges(deck_config=True)
"""What creating, editing or deleting a preset changes (those return the preset itself)."""


class Presets:
    """Create, edit, link and delete presets; every change returns the preset as it is."""

    def __init__(self, engine: Engine, *, changed: Callable[[], None] = lambda: None) -> None:
        self._engine = engine
        self._changed = changed

    def all(self) -> list[Preset]:
        with self._engine.connect() as conn:
            links, _ = load_links(conn)
            rows = conn.execute(select(db.presets.c.id, db.presets.c.name,
                                       db.presets.c.settings).order_by(db.presets.c.name))
            return [Preset(int(i), n, settings_from_json(s),
                           tuple(sorted(scope for scope, p in links.items() if p == i)))
                    for i, n, s in rows]

    def get(self, preset_id: int) -> Preset:
        found = [p for p in self.all() if p.id == preset_id]
        if not found:
            raise PresetError("That preset no longer exists; open the options again.")
        return found[0]

    def create(self, *, name: str, settings: DeckSettings) -> Preset:
        name = _name(name)
        check_settings(settings)
        try:
            with self._engine.begin() as conn:
                key = conn.execute(insert(db.presets).values(
                    name=name, settings=settings_to_json(settings))).inserted_primary_key
                assert key is not None
                new_id = key[0]
        except IntegrityError as exc:
            raise PresetError(f"A preset named “{name}” already exists; choose another "
                              "name.") from exc
        return self.get(int(new_id))

    def update(self, *, preset_id: int, settings: DeckSettings | None = None,
               name: str | None = None) -> Preset:
        values: dict[str, str] = {}
        if settings is not None:
            check_settings(settings)
            values["settings"] = settings_to_json(settings)
        if name is not None:
            values["name"] = _name(name)
        try:
            with self._engine.begin() as conn:
                conn.execute(update(db.presets).where(db.presets.c.id == preset_id)
                             .values(**values))
        except IntegrityError as exc:
            raise PresetError(f"A preset named “{values.get('name')}” already exists; "
                              "choose another name.") from exc
        self._changed()
        return self.get(preset_id)

    def delete(self, *, preset_id: int) -> Preset:
        """Delete a preset; the decks using it go back to their group's or file's."""
        gone = self.get(preset_id)
        with self._engine.begin() as conn:
            conn.execute(delete(db.preset_links).where(db.preset_links.c.preset_id == preset_id))
            conn.execute(delete(db.presets).where(db.presets.c.id == preset_id))
        self._changed()
        return gone

    def link(self, *, scope_kind: str, scope: str, preset_id: int | None) -> OpChanges:
        """Use a preset for a deck or a group; None stops using one there."""
        if scope_kind not in (DECK, GROUP):
            raise PresetError(f"A preset applies to a deck or a group, not {scope_kind!r}.")
        with self._engine.begin() as conn:
            conn.execute(delete(db.preset_links).where(db.preset_links.c.scope_kind == scope_kind,
                                                       db.preset_links.c.scope == scope))
            if preset_id is not None:
                conn.execute(insert(db.preset_links).values(scope_kind=scope_kind, scope=scope,
                                                            preset_id=preset_id))
        self._changed()
        return OpChanges(deck_config=True,
                         deck_ids=(scope,) if scope_kind == DECK else ())

    def link_of(self, *, scope_kind: str, scope: str) -> int | None:
        with self._engine.connect() as conn:
            links, _ = load_links(conn)
        return links.get((scope_kind, scope))


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise PresetError("A preset needs a name: type one.")
    return name[:120]
