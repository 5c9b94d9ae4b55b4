"""The published JSON Schema is generated from the same models the loader checks with."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.deckfile import jsonschema
from trainer.deckfile.models import Card, CardType, DeckFile, Fact, RelationName, StatusName
from trainer.domain import CardKind, FactStatus, Relation

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "resources" / "deck.schema.json"


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_bytes() == jsonschema.render().encode("utf-8"), (
        "resources/deck.schema.json is stale; run "
        "`python -m trainer.deckfile.jsonschema > resources/deck.schema.json`"
    )


def test_module_prints_the_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "trainer.deckfile.jsonschema"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout
    assert out.replace(b"\r\n", b"\n") == jsonschema.render().encode("utf-8")


def test_write(tmp_path: Path) -> None:
    path = tmp_path / "deck.schema.json"
    jsonschema.write(path)
    assert path.read_bytes() == jsonschema.render().encode("utf-8")


def test_schema_shape() -> None:
    schema = json.loads(jsonschema.render())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["id", "deck"]
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == list(DeckFile.__struct_fields__)
    assert list(schema["$defs"]["fact"]["properties"]) == list(Fact.__struct_fields__)
    assert schema["$defs"]["fact"]["allOf"] == [{"not": {"required": ["source", "sources"]}}]
    card_rules = schema["$defs"]["card"]["allOf"]
    assert [r["if"]["properties"]["type"]["const"] for r in card_rules] == list(Card.VARIANTS)
    cloze = card_rules[2]["then"]
    assert cloze == {
        "required": ["text"],
        "properties": {"front": False, "choices": False, "items": False},
    }


def test_patterns_work_in_python_as_written() -> None:
    import re

    schema = json.loads(jsonschema.render())
    fact_id = schema["$defs"]["fact"]["properties"]["id"]["pattern"]
    assert re.search(fact_id, "blinatumomab.drug_target")
    assert not re.search(fact_id, "has space")


def test_good_decks_pass_the_schema_when_jsonschema_is_installed() -> None:
    validator_module = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")
    schema = json.loads(jsonschema.render())
    validator = validator_module.Draft202012Validator(schema)
    for path in sorted((ROOT / "tests" / "data" / "decks" / "good").glob("*.yaml")):
        validator.validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_models_name_the_same_words_as_the_domain() -> None:
    from typing import get_args

    assert set(get_args(RelationName)) == {r.value for r in Relation}
    assert set(get_args(StatusName)) == {s.value for s in FactStatus}
    assert list(get_args(CardType)) == [k.value for k in CardKind] == list(Card.VARIANTS)


def test_unique_lists_say_so() -> None:
    schema = json.loads(jsonschema.render())
    card_items = schema["$defs"]["card"]["properties"]["items"]
    assert card_items["uniqueItems"] is True and card_items["minItems"] == 2
