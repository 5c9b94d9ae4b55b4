"""`trainer decks` starts quickly: it loads neither the deck generator nor the deck reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CODE = """
import sys
from trainer.cli import main
code = main(["--data-dir", sys.argv[1], "--profile", "generate", "decks"])
heavy = [m for m in ("trainer.generator", "trainer.deckfile", "trainer.interop", "PySide6",
                     "rapidfuzz") if m in sys.modules]
print(code, heavy)
"""


def test_listing_decks_loads_only_what_it_needs(tmp_path: Path) -> None:
    def run() -> str:
        return subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True,
                              text=True, check=True, timeout=120).stdout

    first = run()  # a new profile gets the bundled decks, which needs the deck reader
    assert "added the 6 decks that come with Trainer" in first
    again = run()  # every later listing reads the collection only
    assert "ALL: drug classes" in again and "added" not in again
    assert again.strip().endswith("0 []"), again


def test_help_still_lists_every_subcommand(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "trainer", "--help"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    for word in ("validate", "import", "decks", "extract", "generate", "optimize", "export"):
        assert f"    {word} " in out
