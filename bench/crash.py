"""Crash harness: SIGKILL Trainer at random moments and check that nothing is lost.

Each scenario runs a child process (this file with ``--child``) that does one piece of
work on a profile and prints a line each time something is confirmed to the learner
(an answer committed). The parent waits until the child is ready, sleeps a random part
of the work's measured length, and kills it with SIGKILL. Then it checks the profile:

* it opens (the next start finishes an interrupted first start, bundled decks included),
* SQLite's ``integrity_check`` is ok,
* every answer the child confirmed before the kill is in the review log.

Scenarios: first start (new profile + bundled decks), setup (schema only), upgrade from
every older schema, import, study, backup and restore.

    python bench/crash.py                 # the full run: 50 kills per scenario
    python bench/crash.py --kills 5       # a quick look
    python bench/crash.py --scenarios study,restore --seed 3

Prints, per scenario and in total: kills, answers confirmed, answers lost, profiles that
would not open, integrity failures. Exit status 1 if anything was lost or broken.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OLD_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
SCENARIOS = ("first-start", "setup", "upgrade", "import", "study", "backup", "restore")
CARDS = 400  # in the deck the import and study scenarios use


# -- the child: one piece of work, killed part-way ---------------------------------------------


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _deck_text(cards: int, deck_id: str = "crash", title: str = "Crash deck") -> str:
    body = "".join(f"  - id: c{i}\n    type: basic\n    front: Question {i}?\n"
                   f"    back: Answer {i}\n" for i in range(cards))
    return (f"format: 1\nid: {deck_id}\ndeck: {title}\ngroup: Bench\nsources:\n"
            f"  - id: d1\n    file: notes.txt\ncards:\n{body}")


def child(scenario: str, path: Path, extra: str) -> None:
    from trainer.clock import SystemClock
    from trainer.domain import Rating
    from trainer.services import Collection
    from trainer.services.backups import create_backup, newest_good_backup, restore

    clock = SystemClock()
    _say("READY")
    if scenario in ("first-start", "setup"):
        with Collection.open(path) as col:
            if scenario == "first-start":
                col.import_bundled_decks()
    elif scenario == "upgrade":
        Collection.open(path).close()
    elif scenario == "import":
        with Collection.open(path) as col:
            col.import_deck_files([Path(extra)])
    elif scenario == "study":
        with Collection.open(path) as col:
            session = col.start_session()
            answered = 0
            while session.next_card() is not None:
                session.reveal()
                session.answer(Rating.GOOD if answered % 4 else Rating.AGAIN, duration_ms=700)
                answered += 1
                _say(f"CONFIRMED {answered}")  # the answer is committed: the learner saw it
    elif scenario == "backup":
        for _ in range(int(extra)):
            create_backup(path, clock=clock)
    elif scenario == "restore":
        for _ in range(int(extra)):
            best = newest_good_backup(path)
            assert best is not None
            restore(path, best.path, clock=clock)
    _say("DONE")


# -- the parent: prepare, run, kill, check -----------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    confirmed: int = 0
    lost: int = 0
    unopenable: int = 0
    integrity_failures: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.kills += other.kills
        self.confirmed += other.confirmed
        self.lost += other.lost
        self.unopenable += other.unopenable
        self.integrity_failures += other.integrity_failures
        self.notes.extend(other.notes)


def _reviews(path: Path) -> int:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(raw.execute("SELECT count(*) FROM review_log").fetchone()[0])
    finally:
        raw.close()


def _integrity_ok(path: Path) -> bool:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in raw.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        raw.close()


class Workbench:
    """Template profiles built once, copied fresh for every run."""

    def __init__(self, folder: Path) -> None:
        from trainer.clock import SystemClock
        from trainer.domain import Rating
        from trainer.services import Collection

        self.folder = folder
        self.deck = folder / "deck.yaml"
        self.deck.write_text(_deck_text(CARDS), encoding="utf-8")
        self.big_deck = folder / "big.yaml"
        self.big_deck.write_text(_deck_text(4000, "big", "Big deck"), encoding="utf-8")
        self.studied = folder / "templates" / "studied" / "collection.sqlite3"
        self.studied.parent.mkdir(parents=True)
        with Collection.open(self.studied) as col:
            col.import_deck_files([self.deck])
            session = col.start_session()  # a history that every later run must keep
            for _ in range(30):
                if session.next_card() is None:
                    break
                session.reveal()
                session.answer(Rating.GOOD, duration_ms=700)
            session.close()
        from trainer.services.backups import create_backup

        for _ in range(3):
            create_backup(self.studied, clock=SystemClock())
        self.old: dict[str, Path] = {}
        for revision in OLD_REVISIONS:
            target = folder / "templates" / f"rev{revision}" / "collection.sqlite3"
            target.parent.mkdir(parents=True)
            old_collection(target, revision)
            self.old[revision] = target

    def fresh(self, scenario: str, run: int, revision: str) -> tuple[Path, str]:
        """A profile folder for one run, and the child's extra argument."""
        folder = self.folder / "runs" / f"{scenario}-{run}"
        if folder.exists():
            shutil.rmtree(folder)
        if scenario in ("first-start", "setup"):
            folder.mkdir(parents=True)
            return folder / "collection.sqlite3", ""
        source = self.old[revision] if scenario == "upgrade" else self.studied
        shutil.copytree(source.parent, folder)
        path = folder / "collection.sqlite3"
        extra = {"import": str(self.big_deck), "backup": "20", "restore": "10"}.get(scenario, "")
        return path, extra


def old_collection(path: Path, revision: str) -> None:
    """A collection at an older schema, with a deck, a card and one answer."""
    from alembic import command

    from trainer.storage.engine import make_engine
    from trainer.storage.migrate import alembic_config

    engine = make_engine(path)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.executescript("""
        INSERT INTO decks VALUES ('d', 'Old deck', '', '', '{}', '[]', 'h', NULL, 0);
        INSERT INTO cards VALUES (1, 'd', 'k', 'k', 'basic',
            '{"key":"k","sibling":"k","kind":"basic","prompt":"Q?","answer":"A"}', NULL, 0, 0);
        INSERT INTO card_states VALUES (1, 'd', 2, NULL, 3.0, 5.0, 0, 0, 4, 0, 0, 0);
        INSERT INTO review_log VALUES (1, 1, 1000, 3, 800, 0, 2, '{}', '{}', 3.0, 0.0);
    """)
    raw.commit()
    raw.close()
    if revision != "0001":
        engine = make_engine(path)
        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        engine.dispose()


def _start(scenario: str, path: Path, extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, __file__, "--child", scenario, str(path), extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def _wait_ready(proc: subprocess.Popen[str]) -> bool:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return line.strip() == "READY"


def measure(bench: Workbench, scenario: str, revision: str) -> float:
    """How long the work takes when nothing kills it (the window kills are drawn from)."""
    path, extra = bench.fresh(scenario, -1, revision)
    proc = _start(scenario, path, extra)
    if not _wait_ready(proc):
        problem = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"{scenario}: the child did not start: {problem}")
    began = time.perf_counter()
    out, err = proc.communicate(timeout=600)
    elapsed = time.perf_counter() - began
    if "DONE" not in out:
        raise RuntimeError(f"{scenario}: the work failed without a kill:\n{err[-2000:]}")
    return elapsed


def check_after_kill(path: Path, confirmed: int, *, before: int) -> Tally:
    """Open the profile as the next start would, and check it."""
    from trainer.services import Collection, CollectionError

    tally = Tally(kills=1, confirmed=confirmed)
    try:
        with Collection.open(path) as col:
            if col.first_run_pending():
                col.import_bundled_decks()  # what the app's next start does
                if not col.has_decks():
                    tally.notes.append(f"{path}: first start not finished")
    except CollectionError as exc:
        tally.unopenable += 1
        tally.notes.append(f"{path}: would not open: {exc}")
        return tally
    if not _integrity_ok(path):
        tally.integrity_failures += 1
        tally.notes.append(f"{path}: integrity_check failed")
    have = _reviews(path) - before
    if have < confirmed:
        tally.lost += confirmed - have
        tally.notes.append(f"{path}: {confirmed - have} confirmed answers lost")
    return tally


def run_scenario(bench: Workbench, scenario: str, kills: int, rng: random.Random) -> Tally:
    tally = Tally()
    revisions = OLD_REVISIONS if scenario == "upgrade" else ("",)
    windows = {rev: measure(bench, scenario, rev) for rev in revisions}
    for run in range(kills):
        revision = revisions[run % len(revisions)]
        path, extra = bench.fresh(scenario, run, revision)
        before = _reviews(path) if path.exists() else 0
        proc = _start(scenario, path, extra)
        if not _wait_ready(proc):
            raise RuntimeError(f"{scenario}: the child did not start")
        time.sleep(rng.uniform(0, windows[revision]))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        confirmed = max((int(line.split()[1]) for line in out.splitlines()
                         if line.startswith("CONFIRMED")), default=0)
        if scenario == "restore":
            confirmed = 0  # a restore goes back in time on purpose, to a backup that
            # holds the same 30 answers as the profile: those are still checked below
        tally.add(check_after_kill(path, confirmed, before=before))
        shutil.rmtree(path.parent, ignore_errors=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50, help="kills per scenario (50)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--child", nargs=3, metavar=("SCENARIO", "PATH", "EXTRA"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), args.child[2])
        return 0
    rng = random.Random(args.seed)
    total = Tally()
    with tempfile.TemporaryDirectory(prefix="trainer-crash-") as tmp:
        bench = Workbench(Path(tmp))
        print(f"{'scenario':<12} {'kills':>6} {'confirmed':>10} {'lost':>5} "
              f"{'unopenable':>10} {'integrity':>9} {'seconds':>8}")
        for scenario in args.scenarios.split(","):
            began = time.perf_counter()
            tally = run_scenario(bench, scenario, args.kills, rng)
            total.add(tally)
            print(f"{scenario:<12} {tally.kills:>6} {tally.confirmed:>10} {tally.lost:>5} "
                  f"{tally.unopenable:>10} {tally.integrity_failures:>9} "
                  f"{time.perf_counter() - began:>8.1f}", flush=True)
    print(f"{'total':<12} {total.kills:>6} {total.confirmed:>10} {total.lost:>5} "
          f"{total.unopenable:>10} {total.integrity_failures:>9}")
    for note in total.notes:
        print("  " + note)
    return 1 if total.lost or total.unopenable or total.integrity_failures or total.notes else 0


if __name__ == "__main__":
    sys.exit(main())
