"""Deck texts for the integration tests, built from parts so tests can vary one thing."""

from __future__ import annotations


def fact(fid: str, subject: str, objects: str, relation: str = "drug_target",
         lines: str = "[1, 2]", status: str = "accepted") -> str:
    return (f"  - id: {fid}\n    relation: {relation}\n    subject: {subject}\n"
            f"    object: {objects}\n    source: {{doc: d1, lines: {lines}}}\n"
            f"    status: {status}\n")


def basic(cid: str, front: str, back: str) -> str:
    return f"  - id: {cid}\n    type: basic\n    front: {front}\n    back: {back}\n"


def deck(facts: str = "", cards: str = "", deck_id: str = "test-deck",
         title: str = "Test deck", settings: str = "") -> str:
    out = (f"format: 1\nid: {deck_id}\ndeck: {title}\ngroup: Tests\n"
           "sources:\n  - id: d1\n    file: notes.txt\n")
    if settings:
        out += "settings:\n" + settings
    if facts:
        out += "facts:\n" + facts
    if cards:
        out += "cards:\n" + cards
    return out


def basics(n: int, prefix: str = "c") -> str:
    return "".join(basic(f"{prefix}{i}", f"Question {prefix}{i}?", f"Answer {i}")
                   for i in range(n))
