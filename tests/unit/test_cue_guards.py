"""The word guards in front of costly patterns never hide a match.

Several readers skip a pattern when a sentence lacks every word the pattern needs (see
``extract/guards.py``); a wording added to a pattern without its word would silently stop
being read. Every sentence the project's own texts and tests hold is tried: wherever a guarded
pattern matches, its guard must let the sentence through.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from extract_helpers import team_text_lines

from trainer.generator.extract import numeric, phases, symptoms
from trainer.generator.extract.guards import may_hold

TESTS = Path(__file__).resolve().parents[1]
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){12,})"')


@cache
def sentences() -> tuple[str, ...]:
    """Lines of the team-written texts, and the string literals of the test modules."""
    out = team_text_lines()
    for path in sorted(TESTS.rglob("test_*.py")):
        out += _LITERAL.findall(path.read_text(encoding="utf-8"))
    return tuple(s for s in out if s.strip())


GUARDED = [
    *((f"symptoms {rx.pattern[:40]!r}", rx, words) for rx, words in symptoms._CUE_WORDS.items()),
    ("numeric percent words", numeric._PERCENT_WORDS, numeric._PERCENT_HINTS),
    ("numeric measure before a figure", numeric._BEFORE, numeric._MEASURE_HINTS),
]


def test_the_corpus_is_large_enough_to_mean_something() -> None:
    assert len(sentences()) > 5000


@pytest.mark.parametrize(("name", "pattern", "words"), GUARDED, ids=[g[0] for g in GUARDED])
def test_a_guard_lets_through_every_sentence_its_pattern_matches(
    name: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    hidden = [s for s in sentences() if pattern.search(s) and not may_hold(s, words)]
    assert not hidden, f"{name}: the guard would skip {hidden[:3]}"


def test_the_phase_guard_lets_through_every_sentence_that_states_a_length() -> None:
    from trainer.generator.extract.durations import LIFELONG

    hidden = [s for s in sentences()
              if (phases.DURATION.search(s) or LIFELONG.search(s))
              and not phases.names_a_length_or_points_back(s)]
    assert not hidden, f"the phase guard would skip {hidden[:3]}"
