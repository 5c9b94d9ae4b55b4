"""The guards read from each pattern never hide a match (see ``extract/guarded_patterns.py``).

Every module-level pattern of the generator is rebound to one that first tests the text for
the words the pattern cannot match without. A guard that wrongly said "absent" would silently
stop a reading, so every guarded pattern is tried on the project's own texts: wherever the
guard says "absent", the pattern itself must find nothing.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from extract_helpers import team_text_lines

import trainer.generator.extract  # noqa: F401  (imports the readers and guards their patterns)
from trainer.generator.extract.guarded_patterns import (
    GuardedPattern,
    generator_modules,
    guarded,
)
from trainer.generator.extract.needed_words import needed_words

TESTS = Path(__file__).resolve().parents[1]
GENERATOR = TESTS.parent / "trainer" / "generator"


@cache
def sentences() -> tuple[str, ...]:
    """Every other line of the team-written texts, and text with letters that fold oddly."""
    out = [s for s in team_text_lines() if s.strip()][::2]
    out += ["The drug ınhibits BCR-ABL.", "ſymptoms include fever.", "\u212aidney disease",
            "It doesn’t cause pain.", "a", ""]
    return tuple(out)


@cache
def guarded_patterns() -> list[GuardedPattern]:
    seen: dict[int, GuardedPattern] = {}
    for module in generator_modules():
        for value in vars(module).values():
            if isinstance(value, GuardedPattern):
                seen[id(value)] = value
    return list(seen.values())


def test_the_readers_patterns_are_guarded() -> None:
    assert len(guarded_patterns()) > 300
    assert len(sentences()) > 400


def test_a_guard_says_absent_only_where_its_pattern_finds_nothing() -> None:
    hidden = [
        (g.pattern[:60], s)
        for g in guarded_patterns()
        for s in sentences()
        if g.search(s) is None and g._pattern.search(s) is not None
    ]
    assert not hidden, hidden[:5]


@pytest.mark.parametrize(
    ("source", "flags", "words"),
    [
        (r"\b(?:may|might)\b", re.I, ("may", "might")),
        (r"recogni[sz]e", re.I, ("recognise", "recognize")),
        (r"(?<=foo)bar", 0, ("foo",)),  # a lookbehind's text must be there too
        (r"Risk factors?", 0, ("risk factor",)),  # lower-cased: the test is on lower text
        (r"n['’]t\b", 0, ("n't", "n’t")),
        (r"a?b", 0, ("b",)),
        (r"x|.", 0, None),  # an alternative that needs nothing
        (r"(?:abc)*", 0, None),  # may match empty text
        (r"(?!not)\w+", 0, None),  # a negative lookahead needs nothing
        (r"[A-Z]\w+ syndrome", 0, (" syndrome",)),
    ],
)
def test_needed_words(source: str, flags: int, words: tuple[str, ...] | None) -> None:
    assert needed_words(re.compile(source, flags)) == words


def test_a_guarded_pattern_answers_as_its_pattern() -> None:
    rx = re.compile(r"\b(?P<v>blocks?|inhibits?)\s+(?P<t>\w+)", re.I)
    g = guarded(rx)
    assert g == rx and hash(g) == hash(rx)
    for text in ("Imatinib blocks BCR-ABL and inhibits KIT.", "No cue here.", "BLOCK it"):
        assert bool(g.search(text)) == bool(rx.search(text))
        assert bool(g.match(text)) == bool(rx.match(text))
        assert bool(g.fullmatch(text)) == bool(rx.fullmatch(text))
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert g.findall(text) == rx.findall(text)
        assert g.sub("X", text) == rx.sub("X", text)
        assert g.subn("X", text) == rx.subn("X", text)
        assert g.split(text) == rx.split(text)
    assert g.search("Imatinib blocks BCR-ABL", 9).span() == (9, 19)  # type: ignore[union-attr]


def test_no_reader_tells_patterns_apart_by_identity_of_a_match_s_pattern() -> None:
    """A match's ``.re`` is the pattern itself, not its guarded stand-in: compare with ==."""
    found = [
        f"{path.name}:{n}"
        for path in sorted(GENERATOR.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.re\s+is\b", line)
    ]
    assert not found, found
