"""The crash harness in small: a few SIGKILLs per scenario, and nothing lost or broken."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_modules import load_bench


@pytest.fixture(scope="module")
def crash() -> ModuleType:
    return load_bench("crash")


@pytest.fixture(scope="module")
def bench(crash: ModuleType) -> Iterator[object]:
    """Template profiles (a studied one, one at every older schema), built once."""
    with tempfile.TemporaryDirectory(prefix="trainer-crash-") as tmp:
        yield crash.Workbench(Path(tmp))


@pytest.mark.parametrize("scenario", ["first-start", "upgrade", "import", "study", "restore"])
def test_killed_at_random_moments_the_profile_opens_whole(crash: ModuleType, bench: object,
                                                         scenario: str) -> None:
    tally = crash.run_scenario(bench, scenario, 3, random.Random(5))
    assert tally.kills == 3
    assert tally.notes == []
    assert (tally.lost, tally.unopenable, tally.integrity_failures) == (0, 0, 0)
    if scenario == "study":
        assert tally.confirmed > 0, "answers were confirmed before the kills"
