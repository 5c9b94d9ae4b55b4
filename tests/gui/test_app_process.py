"""The app as a process: a logout's SIGTERM closes it cleanly and lets go of the profile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainer.services import Collection


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_sigterm_closes_the_collection_and_releases_the_profile(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "trainer", "--data-dir", str(tmp_path)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lock = tmp_path / "default" / "collection.sqlite3.lock"
    try:
        assert _wait_for(lock.exists, 30), "the app never opened its profile"
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    output = app.stdout.read().decode() if app.stdout else ""
    assert code == 0, output
    assert not lock.exists()
    # Everything was folded into the collection file, which opens at once.
    assert not (tmp_path / "default" / "collection.sqlite3-wal").exists()
    Collection.open(tmp_path / "default" / "collection.sqlite3").close()
