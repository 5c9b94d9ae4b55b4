"""Trainer never opens a socket: every command and a study session, with sockets refused.

Each run is a fresh interpreter, so nothing imported by earlier tests hides a socket
opened while a module loads (as urllib3 does to probe for IPv6).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.integration.decks import basics, deck

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import json, socket, sys
attempts = []

class Refused(socket.socket):
    def __init__(self, *args, **kwargs):
        attempts.append(repr(args))
        raise OSError("no network in Trainer")

def refuse(*args, **kwargs):
    attempts.append(repr(args))
    raise OSError("no network in Trainer")

socket.socket = Refused
socket.create_connection = refuse
socket.socketpair = refuse
socket.getaddrinfo = refuse

from datetime import UTC, datetime
from pathlib import Path
from trainer.cli import main
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection

work = Path(sys.argv[1])
data = ["--data-dir", str(work / "data")]
deck, html = str(work / "deck.yaml"), str(work / "notes.html")
codes = {}
for name, argv in {
    "validate": ["validate", deck],
    "import": ["import", deck],
    "decks": ["decks"],
    "extract": ["extract", html],
    "generate": ["generate", html, "-o", str(work / "made.yaml"), "--title", "Made"],
    "optimize": ["optimize"],
    "export": ["export", deck, "-o", str(work / "out.apkg")],
    "backup create": ["backup", "create"],
    "backup list": ["backup", "list"],
    "check": ["check"],
    "backup restore": ["backup", "restore"],
}.items():
    codes[name] = main([*data, *argv])
clock = FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))
with Collection.open(work / "data" / "default" / "collection.sqlite3", clock=clock) as col:
    session = col.start_session()
    answered = 0
    while session.next_card() is not None and answered < 10:
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=500)
        answered += 1
    session.close()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("trafilatura", "urllib3"))
print("RESULT" + json.dumps({"codes": codes, "answered": answered, "attempts": attempts,
                             "trafilatura": "trafilatura.core" in loaded}))
'''

HTML = ("<html><head><title>Notes</title><link rel='stylesheet' href='http://example.com/a.css'>"
        "</head><body><article><h1>Targeted therapy</h1>"
        "<p>Imatinib is a tyrosine kinase inhibitor that targets BCR-ABL1.</p>"
        "<p>Blinatumomab is a bispecific antibody that targets CD19.</p>"
        "<img src='http://example.com/x.png'></article></body></html>")


def test_no_command_and_no_study_session_opens_a_socket(tmp_path: Path) -> None:
    (tmp_path / "deck.yaml").write_text(deck(cards=basics(12)), encoding="utf-8")
    (tmp_path / "notes.html").write_text(HTML, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, done.stderr[-3000:]
    result = json.loads(lines[-1][len("RESULT"):])
    assert result["attempts"] == [], "a socket was asked for"
    assert result["trafilatura"], "the HTML page was read"
    assert result["answered"] == 10
    assert result["codes"] == {
        "validate": 0, "import": 0, "decks": 0, "extract": 0, "generate": 0, "optimize": 0,
        "export": 0, "backup create": 0, "backup list": 0, "check": 0, "backup restore": 0,
    }, done.stderr[-3000:]
