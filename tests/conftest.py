"""Shared fixtures: a fixed clock, a throwaway data folder, and deck files written on the fly."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trainer.clock import FixedClock

SHARED_DOCUMENTS = Path(__file__).resolve().parents[1].parent / "shared" / "documents"
NO_SHARED = "../shared/documents not found: this test needs the seed documents beside the repo"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never touch the real user's data folder."""
    old = os.environ.get("TRAINER_DATA_DIR")
    os.environ["TRAINER_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    yield
    if old is None:
        os.environ.pop("TRAINER_DATA_DIR", None)
    else:
        os.environ["TRAINER_DATA_DIR"] = old


@pytest.fixture
def clock() -> FixedClock:
    # 10:00 UTC on a Monday: well inside a learning day that starts at 04:00 UTC.
    return FixedClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


@pytest.fixture
def write_deck(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str, name: str = "deck.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write
