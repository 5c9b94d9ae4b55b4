"""``trainer extract``: JSONL/YAML records, thresholds, one-line errors and exit codes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
import yaml

from trainer.cli import extract as cli

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"
KEYS = {"doc", "relation", "subject", "object", "lines", "confidence"}
OPTIONAL = {"page", "qualifier", "flags"}


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["extract", *argv])
    code: int = args.run(args)
    return code


def test_jsonl_records(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(TEXTS / "targeted_drugs.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in out]
    assert records
    for r in records:
        assert KEYS <= set(r) <= KEYS | OPTIONAL
        assert r["doc"] == "targeted_drugs"
        assert isinstance(r["lines"], list) and len(r["lines"]) == 2
        assert "evidence" not in r
    assert {
        "doc": "targeted_drugs", "relation": "drug_target", "subject": "inotuzumab ozogamicin",
        "object": "CD22", "lines": [11, 11], "confidence": 0.85,
    } in records  # fmt: skip
    hedged = next(r for r in records if r["subject"] == "rituximab")
    assert hedged["flags"] == ["hedged"]


def test_qualifier_and_page_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(TEXTS / "patient_guide.md"), "--min-confidence", "0.8"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(r["confidence"] >= 0.8 for r in records)
    quals = {r["object"]: r.get("qualifier") for r in records if r["relation"] == "phase_duration"}
    assert quals["2 years"] == "girls"


def test_yaml_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--format", "yaml", str(TEXTS / "drug_table.md")]) == 0
    records = yaml.safe_load(capsys.readouterr().out)
    assert isinstance(records, list) and records
    assert all(set(r) >= KEYS for r in records)


def test_bad_files_are_reported_and_good_ones_still_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code = run([str(empty), str(TEXTS / "drug_table.md"), str(tmp_path / "gone.pdf")])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert "empty.txt:" in errors[0] and "gone.pdf:" in errors[1]
    assert all(json.loads(line)["doc"] == "drug_table" for line in captured.out.splitlines())


def test_empty_yaml_list_and_a_message_naming_the_file_when_nothing_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Nothing medical here.\n", encoding="utf-8")
    assert run(["--format", "yaml", str(p)]) == 1
    captured = capsys.readouterr()
    assert yaml.safe_load(captured.out) == []
    [message] = captured.err.splitlines()
    assert "No facts could be read from plain.txt" in message and "Traceback" not in message


def test_a_document_without_facts_beside_good_ones_is_named_but_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Nothing medical here.\n", encoding="utf-8")
    assert run([str(p), str(TEXTS / "drug_table.md")]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() and "plain.txt" in captured.err
    assert "drug_table" not in captured.err


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
def test_confidence_must_be_a_number_between_0_and_1(value: str) -> None:
    with pytest.raises(SystemExit):
        run(["--min-confidence", value, "x.txt"])
