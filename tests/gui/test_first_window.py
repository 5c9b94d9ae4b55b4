"""The first window fits a small laptop screen, and a multiple-choice answer needs no scrolling.

Each case starts the app in a fresh process on an offscreen screen of the given size, with no
saved window geometry, as on a new computer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QSettings
from trainer.clock import FixedClock
from trainer.domain import CardKind, Rating
from trainer.gui.app import application, create_main_window

app = application([])
data = Path(sys.argv[1])
window = create_main_window(data_dir=data, clock=FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC)),
                            settings=QSettings(str(data / "qt.ini"), QSettings.Format.IniFormat))
while window.task is not None:  # the bundled decks, as on a first start
    app.processEvents()
window.show()
app.processEvents()
room = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
print("FITS", int(room.contains(frame)), flush=True)
worst = 0
review = window.review
for counts in window.counts:
    window.study([counts.deck_id])
    app.processEvents()
    while review.current is not None:
        content = review.current.content
        if content.kind is CardKind.MCQ:
            review.card_widget.choose(0 if content.correct_choice else 1)  # a wrong choice
            app.processEvents()
            worst = max(worst, review.scroll_area.verticalScrollBar().maximum())
        else:
            review.show_answer()
        review.grade(Rating.EASY)
        app.processEvents()
    window.show_decks()
print("SCROLL", worst, flush=True)
window.close()
"""


def _start(tmp_path: Path, width: int, height: int) -> dict[str, int]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    return {k: int(v) for k, v in (line.split() for line in result.stdout.splitlines()
                                    if line[:4] in ("FITS", "SCRO"))}


def test_on_1366_by_768_the_window_fits_and_no_choice_answer_scrolls(tmp_path: Path) -> None:
    seen = _start(tmp_path, 1366, 768)
    assert seen == {"FITS": 1, "SCROLL": 0}


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (800, 600)])
def test_a_smaller_screen_still_holds_the_whole_window(tmp_path: Path, width: int,
                                                       height: int) -> None:
    assert _start(tmp_path, width, height)["FITS"] == 1
