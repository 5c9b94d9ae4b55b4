"""The app as a process: it exits with status 0, after a first start and a long session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from trainer.gui.none_guard import needs_guard

ROOT = Path(__file__).resolve().parents[2]
GUI_DECK = ROOT / "tests" / "data" / "gui_deck.yaml"

# A learner who answers, changes their mind (Ctrl+Z) and answers again, many times over;
# then closes the window. Every step calls Qt methods that return nothing.
SESSION = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from trainer.gui.app import application, create_main_window

app = application([])
window = create_main_window(data_dir=Path(sys.argv[1]), import_bundled=False)
window.import_files([Path(sys.argv[2])])
while window.task is not None:
    app.processEvents()
window.show()
window.study([c.deck_id for c in window.counts])
app.processEvents()
review = window.review
for _ in range(int(sys.argv[3])):
    QTest.keyClick(review, Qt.Key.Key_Space)
    QTest.keyClick(review, Qt.Key.Key_3)
    QTest.keyClick(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
assert review.current is not None, "the session ended early"
window.close()
print("closed", flush=True)
"""


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=240)


def test_long_session_then_quit_exits_with_status_0(tmp_path: Path) -> None:
    result = _run(["-c", SESSION, str(tmp_path / "data"), str(GUI_DECK), "600"], tmp_path)
    assert "closed" in result.stdout, result.stderr
    assert "Fatal Python error" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_first_start_imports_the_bundled_decks_and_quits(tmp_path: Path) -> None:
    result = _run(["-m", "trainer", "--data-dir", str(tmp_path / "data"),
                   "--quit-after-start"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Trainer started: profile default, ")
    decks = int(result.stdout.split(", ")[1].split()[0])
    assert decks == len(list((ROOT / "decks").glob("*.yaml")))


def test_the_guard_is_only_for_the_leaky_release_on_python_3_11() -> None:
    assert needs_guard((3, 11), "6.12.0")
    assert not needs_guard((3, 11), "6.11.3")
    assert not needs_guard((3, 12), "6.12.0")
