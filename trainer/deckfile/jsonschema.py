"""JSON Schema (draft 2020-12) for deck files, generated from the schema table.

Regenerate the published copy with::

    python -m trainer.deckfile.jsonschema > resources/deck.schema.json

Editors that speak JSON Schema (e.g. VS Code with the YAML extension) then check decks as they
are typed. The app's own validator is the authority: it also runs the cross checks listed in
``schema.CROSS_CHECKS`` and refuses tags, anchors and duplicate keys.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from trainer.deckfile.schema import (
    CROSS_CHECKS,
    DECK,
    DURATION_PATTERN,
    FORMAT_VERSION,
    NONBLANK_PATTERN,
    AnyOf,
    Boolean,
    Duration,
    Field,
    Integer,
    ListOf,
    Number,
    Options,
    Record,
    Text,
    Type,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def deck_json_schema() -> dict[str, Any]:
    """The JSON Schema of a deck file as a dict."""
    defs: dict[str, Any] = {}
    root = _record(DECK, defs)
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "title": f"Trainer deck file (format {FORMAT_VERSION})",
        "description": DECK.description
        + " Also checked by Trainer, beyond this schema: "
        + "; ".join(CROSS_CHECKS)
        + ".",
    }
    root.pop("description", None)
    schema.update(root)
    schema["$defs"] = defs
    return schema


def render() -> str:
    """The schema as JSON text, exactly as committed in resources/deck.schema.json."""
    return json.dumps(deck_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write(path: str | os.PathLike[str]) -> None:
    """Write the schema file (UTF-8, LF line ends)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(render())


def _type(typ: Type, defs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(typ, Record):
        if not typ.name:
            return _record(typ, defs)
        if typ.name not in defs:
            defs[typ.name] = {}  # reserve the slot, so recursion and order are stable
            defs[typ.name] = _record(typ, defs)
        return {"$ref": f"#/$defs/{typ.name}"}
    if isinstance(typ, Text):
        out: dict[str, Any] = {"type": "string"}
        if typ.pattern is not None:
            out["pattern"] = typ.pattern
        if typ.pattern == NONBLANK_PATTERN:
            out["minLength"] = 1
        out["maxLength"] = typ.max_length
        return out
    if isinstance(typ, Integer):
        if typ.minimum == typ.maximum:
            return {"const": typ.minimum}
        return {"type": "integer", "minimum": typ.minimum, "maximum": typ.maximum}
    if isinstance(typ, Number):
        return {"type": "number", "minimum": typ.minimum, "maximum": typ.maximum}
    if isinstance(typ, Boolean):
        return {"type": "boolean"}
    if isinstance(typ, Options):
        return {"type": "string", "enum": list(typ.values)}
    if isinstance(typ, Duration):
        return {"type": "string", "pattern": DURATION_PATTERN}
    if isinstance(typ, ListOf):
        out = {"type": "array", "items": _type(typ.item, defs)}
        if typ.min_items:
            out["minItems"] = typ.min_items
        if typ.max_items is not None:
            out["maxItems"] = typ.max_items
        if typ.unique:
            out["uniqueItems"] = True
        return out
    if isinstance(typ, AnyOf):
        return {"anyOf": [_type(t, defs) for t in typ.options]}
    raise TypeError(f"unknown schema type {typ!r}")  # pragma: no cover


def _field(f: Field, defs: dict[str, Any]) -> dict[str, Any]:
    return {"description": f.description, **_type(f.type, defs)}


def _record(rec: Record, defs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"description": rec.description, "type": "object"}
    out["properties"] = {f.name: _field(f, defs) for f in rec.fields}
    required = [f.name for f in rec.fields if f.required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    rules: list[dict[str, Any]] = []
    for ex in rec.exclusive:
        rules.append({"not": {"required": [ex.first, ex.second]}})
    if rec.discriminator is not None:
        for variant in rec.variants:
            allowed = set(rec.allowed_for(variant))
            then: dict[str, Any] = {}
            if variant.required:
                then["required"] = list(variant.required)
            banned = [n for n in rec.names if n in rec.variant_fields and n not in allowed]
            if banned:
                then["properties"] = {n: False for n in banned}
            rules.append(
                {
                    "if": {
                        "properties": {rec.discriminator: {"const": variant.value}},
                        "required": [rec.discriminator],
                    },
                    "then": then,
                }
            )
    if rules:
        out["allOf"] = rules
    return out


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
