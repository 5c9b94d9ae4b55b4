"""Assemble the real-document development set from public repositories fetched beside the project.

The documents themselves are third-party text and are not committed. Each ``manifest_*.yaml``
in this folder records, per document: its id, title, topic, licence, the public repository,
commit and path it comes from, the transform that turns the stored file into a document, and
the sha256 of the result. This script rebuilds the documents into a folder (default
``../devset`` beside the checkout, or ``$TRAINER_DEVSET``) from local mirrors of those
repositories (``$TRAINER_MIRRORS``, default ``/work/.mirror``, one ``owner+name/repo`` git
directory each), and checks every sha256.

    python tests/data/realdocs/assemble.py            # build, verify
    python tests/data/realdocs/assemble.py --print-sha  # print the digests (when adding a document)

Transforms:

* ``copy``: the file as it is (optionally ``lines: [first, last]``, 1-based inclusive).
* ``medquad``: a MedQuAD XML file (NIH pages split into question/answer pairs) as markdown:
  the focus as a title, each question as a heading, each answer as its paragraphs.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def devset_dir() -> Path:
    """Where the assembled documents live (not in the repository)."""
    return Path(os.environ.get("TRAINER_DEVSET", ROOT.parent / "devset"))


def mirrors_dir() -> Path:
    return Path(os.environ.get("TRAINER_MIRRORS", "/work/.mirror"))


def load_manifest() -> list[dict]:
    """Every document of every manifest file, in a stable order."""
    docs: list[dict] = []
    for path in sorted(HERE.glob("manifest_*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        docs += data.get("documents", [])
    return docs


def _git_show(repo: str, commit: str, path: str) -> bytes:
    gitdir = mirrors_dir() / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def medquad_markdown(raw: bytes) -> str:
    """A MedQuAD XML file as markdown: focus as title, questions as headings, answers."""
    root = ET.fromstring(raw)
    out = [f"# {root.findtext('Focus', '').strip()}", ""]
    for pair in root.iter("QAPair"):
        q = (pair.findtext("Question") or "").strip()
        a = html.unescape(pair.findtext("Answer") or "")
        if not a.strip():
            continue
        out += [f"## {q}", ""]
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n\s{8,}", a)]
        for p in paras:
            if p:
                out += [p, ""]
    return "\n".join(out).rstrip() + "\n"


def build_text(doc: dict) -> str:
    parts = []
    for src in doc["origin"]["files"]:
        raw = _git_show(doc["origin"]["repo"], doc["origin"]["commit"], src)
        if doc["transform"] == "medquad":
            parts.append(medquad_markdown(raw))
        elif doc["transform"] == "copy":
            parts.append(raw.decode("utf-8"))
        else:
            raise SystemExit(f"{doc['id']}: unknown transform {doc['transform']!r}")
    text = "\n".join(parts)
    if "lines" in doc:
        first, last = doc["lines"]
        text = "\n".join(text.splitlines()[first - 1 : last]) + "\n"
    return text


def doc_path(doc: dict) -> Path:
    return devset_dir() / f"{doc['id']}.{doc.get('suffix', 'md')}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--print-sha", action="store_true", help="print each document's sha256")
    args = ap.parse_args(argv)
    devset_dir().mkdir(parents=True, exist_ok=True)
    bad = 0
    for doc in load_manifest():
        text = build_text(doc)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        path = doc_path(doc)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        if args.print_sha:
            print(f"{doc['id']}: {digest}")
        elif doc.get("sha256") != digest:
            print(f"{doc['id']}: sha256 differs from the manifest", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
