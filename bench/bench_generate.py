"""Generation benchmark: 1, 2 and 4 MB of real, distinct text -> a deck file.

The text is third-party: NIH health pages from MedQuAD (Ben Abacha & Demner-Fushman,
repository ``abachaa/MedQuAD``, commit ``577bd37b96c02d1833b2c9eed2de9f96964e96cb``,
CC BY 4.0). Its XML files are turned into markdown documents (the focus as a title, each
question as a heading, each answer as its paragraphs), one document per file, taking files
in turn from the folders listed in :data:`FOLDERS` until the size is reached; a document whose
text was already taken is skipped, so nothing is repeated. The 1 MB set is the start of the
2 MB set, which is the start of the 4 MB set. The corpus is read from a local copy and never
written anywhere but a temporary folder.

What is timed is what ``trainer generate DOC... -o FILE`` and the app's Generate run:
:func:`trainer.generator.build.generate` on the documents (read, extract, merge, build the
deck, write the YAML file atomically), with the lexicon already loaded. Each size runs
``--runs`` times on one core; the script prints the median per size, the growth against
1 MB (ratios near 2 and 4 mean linear time) and the verdict against the 5 s target for
1 MB. Not a test::

    .venv/bin/python bench/bench_generate.py [--medquad DIR] [--sizes 1 2 4] [--runs 5]

``--medquad`` (or ``$TRAINER_MEDQUAD``) is either a git directory of the repository (bare or
not; the commit above is read) or a plain checkout / unpacked archive of it. Get it with::

    git clone https://github.com/abachaa/MedQuAD && git -C MedQuAD checkout 577bd37b96c0
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.data.realdocs import assemble
from trainer.generator.build import generate
from trainer.generator.lexicon_load import load_lexicon

TARGET_SECONDS = 5.0
REPOSITORY = "abachaa/MedQuAD"
COMMIT = "577bd37b96c02d1833b2c9eed2de9f96964e96cb"
#: The folders read, NIH institutes' pages. Folder 1 (cancer.gov) is never read: its pages are
#: kept out of development. Folders 7, 10, 11 and 12 have their answers removed upstream.
FOLDERS = (
    "2_GARD_QA", "3_GHR_QA", "4_MPlus_Health_Topics_QA", "5_NIDDK_QA", "6_NINDS_QA",
    "8_NHLBI_QA_XML", "9_CDC_QA",
)
MB = 1_000_000


class CorpusMissing(Exception):
    """The MedQuAD copy is not where the options say."""


def default_location() -> Path:
    env = os.environ.get("TRAINER_MEDQUAD")
    if env:
        return Path(env)
    mirrors = Path(os.environ.get("TRAINER_MIRRORS", "/work/.mirror"))
    return mirrors / "abachaa+MedQuAD" / "repo"


# -- the corpus ------------------------------------------------------------------------------


class _Source:
    """XML files of the chosen folders, from a git directory or from a plain folder."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.plain = all((location / folder).is_dir() for folder in FOLDERS)
        if not self.plain and not self._is_git():
            raise CorpusMissing(
                f"MedQuAD not found at {location}. Clone https://github.com/{REPOSITORY} "
                f"(commit {COMMIT}) and pass its folder with --medquad DIR or $TRAINER_MEDQUAD."
            )

    def _git(self, *args: str, data: bytes | None = None) -> bytes:
        return subprocess.run(["git", "--git-dir", str(self.location), *args], input=data,
                              capture_output=True, check=True).stdout

    def _is_git(self) -> bool:
        try:
            self._git("cat-file", "-e", f"{COMMIT}^{{commit}}")
        except (OSError, subprocess.CalledProcessError):
            return False
        return True

    def names(self, folder: str) -> list[str]:
        if self.plain:
            return sorted(f"{folder}/{p.name}" for p in (self.location / folder).glob("*.xml"))
        out = self._git("ls-tree", "-r", "--name-only", COMMIT, "--", folder).decode()
        return sorted(n for n in out.splitlines() if n.endswith(".xml"))

    def read(self, names: list[str]) -> Iterator[bytes]:
        if self.plain:
            for name in names:
                yield (self.location / name).read_bytes()
            return
        request = "".join(f"{COMMIT}:{n}\n" for n in names).encode()
        out = self._git("cat-file", "--batch", data=request)
        pos = 0
        for _ in names:
            end = out.index(b"\n", pos)
            header = out[pos:end].split()
            size = int(header[2])
            yield out[end + 1 : end + 1 + size]
            pos = end + 1 + size + 1


medquad_markdown = assemble.medquad_markdown  # the transform the real-document set uses


def documents(location: Path, size: int) -> list[tuple[str, str]]:
    """(file name, markdown) of distinct documents, in turn from each folder, ``size`` bytes."""
    source = _Source(location)
    queues = [source.names(folder) for folder in FOLDERS]
    order: list[str] = []
    for i in range(max(map(len, queues))):
        order += [q[i] for q in queues if i < len(q)]
    seen: set[str] = set()
    chosen: list[tuple[str, str]] = []
    total = 0
    batch = 200
    for start in range(0, len(order), batch):
        names = order[start : start + batch]
        for name, raw in zip(names, source.read(names), strict=True):
            try:
                text = medquad_markdown(raw)
            except ET.ParseError:
                continue
            body = text.split("\n", 1)[1] if "\n" in text else ""
            digest = hashlib.sha256(" ".join(body.split()).encode()).hexdigest()
            if len(body.strip()) < 200 or digest in seen:
                continue  # an empty page, or one already taken
            seen.add(digest)
            folder, file = name.split("/")
            chosen.append((f"{len(chosen):05d}_{folder.split('_')[0]}_{Path(file).stem}.md",
                           text))
            total += len(text.encode("utf-8"))
            if total >= size:
                return chosen
    raise CorpusMissing(f"the folders hold only {total / MB:.1f} MB of distinct text")


# -- timing --------------------------------------------------------------------------------


def write_documents(folder: Path, docs: list[tuple[str, str]]) -> list[Path]:
    paths = []
    for name, text in docs:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def one_run(paths: list[Path], output: Path, *, cloze: bool) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds for documents -> deck file, and what was made."""
    lexicon = load_lexicon()
    start, cpu = time.perf_counter(), time.process_time()
    made = generate(paths, output, deck_id="bench", title="Bench", cloze=cloze, lexicon=lexicon)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    output.unlink()
    return elapsed, cpu, (f"{len(made.deck.facts)} facts, {len(made.deck.cards)} cloze cards; "
                          f"{len(made.empty)} of {len(paths)} documents gave no fact")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--medquad", type=Path, default=None, metavar="DIR",
                        help="MedQuAD git directory or checkout (default: $TRAINER_MEDQUAD)")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0, 4.0],
                        metavar="MB", help="sizes in MB (default: 1 2 4; the first is the base)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per size (default 5)")
    parser.add_argument("--cloze", action="store_true",
                        help="also make cloze cards, as the app's Generate does by default")
    parser.add_argument("--profile", type=float, default=None, metavar="MB",
                        help="after timing, profile one run of this size under cProfile")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    location = args.medquad or default_location()
    sizes = sorted(args.sizes)
    try:
        corpus = documents(location, int(max([*sizes, args.profile or 0]) * MB))
    except CorpusMissing as exc:
        print(f"bench_generate: {exc}", file=sys.stderr)
        return 2
    load_lexicon()  # loaded once, as in the app; not timed
    medians: dict[float, float] = {}
    cpu_medians: dict[float, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            docs = _prefix(corpus, int(size * MB))
            run_dir = folder / f"{size:g}mb"
            run_dir.mkdir()
            paths = write_documents(run_dir, docs)
            mbytes = sum(p.stat().st_size for p in paths) / MB
            times, cpus = [], []
            for run in range(args.runs):
                seconds, cpu, made = one_run(paths, folder / "deck.yaml", cloze=args.cloze)
                times.append(seconds)
                cpus.append(cpu)
                print(f"{size:g} MB run {run + 1}: {seconds:.2f} s, CPU {cpu:.2f} s ({made})",
                      flush=True)
            medians[size] = statistics.median(times)
            cpu_medians[size] = statistics.median(cpus)
            print(f"{mbytes:.2f} MB in {len(paths)} documents: median {medians[size]:.2f} s "
                  f"(CPU {cpu_medians[size]:.2f} s)", flush=True)
        if args.profile:
            (folder / "profile").mkdir()
            paths = write_documents(folder / "profile", _prefix(corpus, int(args.profile * MB)))
            _profile(paths, folder / "deck.yaml", cloze=args.cloze)
    base = sizes[0]
    print()
    print(f"   MB   median s   growth vs {base:g} MB   median CPU s   CPU growth   linear")
    for size in sizes:
        print(f"{size:5g}   {medians[size]:8.2f}   {medians[size] / medians[base]:15.2f}   "
              f"{cpu_medians[size]:12.2f}   {cpu_medians[size] / cpu_medians[base]:10.2f}   "
              f"{size / base:6g}")
    if 1.0 in medians:
        verdict = "ok" if medians[1.0] < TARGET_SECONDS else "TOO SLOW"
        print(f"1 MB median {medians[1.0]:.2f} s, target < {TARGET_SECONDS:g} s: {verdict}")
    print("(wall-clock is what a user waits; on a busy machine the CPU time grows more evenly)")
    return 0


def _prefix(corpus: list[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    out, total = [], 0
    for name, text in corpus:
        if total >= size:
            break
        out.append((name, text))
        total += len(text.encode("utf-8"))
    return out


def _profile(paths: list[Path], output: Path, *, cloze: bool) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    one_run(paths, output, cloze=cloze)
    profiler.disable()
    print("\nprofile (cProfile roughly doubles Python-heavy time; read the shares):")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    raise SystemExit(main())
