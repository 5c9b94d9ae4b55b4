"""The crash harness in small: a few SIGKILLs per scenario, and nothing lost or broken."""

from __future__ import annotations

import importlib.util
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def crash() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness", BENCH / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


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
