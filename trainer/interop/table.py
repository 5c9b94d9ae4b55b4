"""Spreadsheets (CSV, TSV, Anki's text export) both ways, with the standard csv module.

Reading guesses the delimiter and whether the first row is a header with csv.Sniffer,
honours Anki's ``#separator:`` / ``#columns:`` header lines, and guesses which column is
the front, back, tags, deck, relation and source; the user confirms or changes that
mapping before anything is imported. Rows with a relation become facts (front = subject,
back = objects separated by ";"); other rows become basic hand cards.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.domain import CardKind, Citation, Deck, Fact, HandCard, Relation, Source
from trainer.templates import slug

FIELDS = ("front", "back", "tags", "deck", "relation", "source")
MAX_BYTES = 50 * 1024**2
_SYNONYMS = {
    "front": ("front", "question", "q", "term", "prompt", "subject", "text"),
    "back": ("back", "answer", "a", "definition", "object", "objects", "back extra"),
    "tags": ("tags", "tag", "labels"),
    "deck": ("deck", "topic", "chapter"),
    "relation": ("relation", "type", "kind"),
    "source": ("source", "reference", "citation", "ref"),
}
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ",
                    "colon": ":"}
_LINES = re.compile(r",?\s*lines?\s+(\d+)(?:\s*[-–]\s*(\d+))?\s*$", re.IGNORECASE)


class TableError(ValueError):
    """The spreadsheet cannot be imported; the message says where and what to do."""


@dataclass(slots=True)
class TableGuess:
    """What was guessed about a spreadsheet, for the user to confirm."""

    path: Path
    delimiter: str
    has_header: bool
    columns: list[str]  # header names, or "Column 1", "Column 2"...
    rows: list[list[str]]  # data rows (header excluded)
    mapping: dict[str, int] = field(default_factory=dict)  # field -> column index
    first_line: int = 1  # file line of the first data row

    @property
    def delimiter_name(self) -> str:
        return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(
            self.delimiter, repr(self.delimiter))


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TableError(f"{path}: the file is {size // 2**20} MB, more than a spreadsheet of "
                             "cards should be. Split it, then import the parts.")
        raw = path.read_bytes()
    except OSError as exc:
        raise TableError(f"{path}: cannot read the file ({exc.strerror or exc}).") from exc
    if b"\x00" in raw[:65536]:
        raise TableError(f"{path}: this is a binary file, not a spreadsheet saved as text. "
                         "Save it as CSV (comma or tab separated) and import that.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(f"{path}: the text is in an unknown encoding. Save it as CSV UTF-8.")


def _anki_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """Anki's text export starts with ``#key:value`` lines; returns them and their count."""
    meta: dict[str, str] = {}
    count = 0
    for line in lines:
        if not line.startswith("#") or ":" not in line:
            break
        key, value = line[1:].split(":", 1)
        meta[key.strip().lower()] = value.strip()
        count += 1
    return meta, count


_KNOWN_NAMES = {name for synonyms in _SYNONYMS.values() for name in synonyms}


def _looks_like_header(first: list[str], sample: str) -> bool:
    """A row naming known columns is a header; otherwise ask csv.Sniffer, but a row that
    asks a question is a card, whatever the Sniffer thinks."""
    cells = [c.strip().casefold() for c in first]
    if any(c in _KNOWN_NAMES for c in cells):
        return True
    if any(c.endswith("?") for c in cells):
        return False
    try:
        return csv.Sniffer().has_header(sample)
    except csv.Error:
        return False


def guess_mapping(columns: Sequence[str], has_header: bool) -> dict[str, int]:
    """Which column holds which field: by header name, else front then back."""
    mapping: dict[str, int] = {}
    if has_header:
        names = [c.strip().casefold() for c in columns]
        for name, synonyms in _SYNONYMS.items():
            for index, column in enumerate(names):
                if column in synonyms and index not in mapping.values():
                    mapping[name] = index
                    break
    for name, index in (("front", 0), ("back", 1)):
        if name not in mapping and index < len(columns) and index not in mapping.values():
            mapping[name] = index
    return mapping


def read_table(path: Path, *, delimiter: str | None = None,
               has_header: bool | None = None) -> TableGuess:
    """Read ``path`` and guess its shape; the guesses can be overridden."""
    path = Path(path)
    text = _decode(path)
    lines = text.splitlines()
    meta, skipped = _anki_header(lines)
    body = "\n".join(lines[skipped:])
    if not body.strip():
        raise TableError(f"{path}: the file has no rows.")
    if delimiter is None and "separator" in meta:
        delimiter = _ANKI_SEPARATORS.get(meta["separator"].lower(), meta["separator"][:1])
    sample = body[:65536]
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in sample else ","
    rows = [row for row in csv.reader(io.StringIO(body), delimiter=delimiter)
            if any(cell.strip() for cell in row)]
    if has_header is None:
        has_header = "columns" not in meta and bool(rows) and _looks_like_header(rows[0], sample)
    if not rows:
        raise TableError(f"{path}: the file has no rows.")
    width = max(len(r) for r in rows)
    if "columns" in meta:
        columns = meta["columns"].split(delimiter)
    elif has_header:
        columns = rows.pop(0)
    else:
        columns = [f"Column {i + 1}" for i in range(width)]
    if width < 2 and len(columns) < 2:
        raise TableError(f"{path}: every row has one column only, so there is no answer "
                         "beside the question. Put questions and answers in two columns "
                         "(comma or tab separated).")
    columns += [f"Column {i + 1}" for i in range(len(columns), width)]
    guess = TableGuess(path=path, delimiter=delimiter, has_header=bool(has_header),
                       columns=columns, rows=rows,
                       first_line=skipped + 1 + (1 if has_header and "columns" not in meta
                                                 else 0))
    guess.mapping = guess_mapping(columns, guess.has_header)
    if "deck column" in meta and meta["deck column"].isdigit():
        guess.mapping["deck"] = int(meta["deck column"]) - 1
    if "tags column" in meta and meta["tags column"].isdigit():
        guess.mapping["tags"] = int(meta["tags column"]) - 1
    return guess


def _card_id(front: str, used: set[str]) -> str:
    base = "row-" + hashlib.sha1(front.strip().casefold().encode("utf-8")).hexdigest()[:10]
    card_id, n = base, 1
    while card_id in used:
        n += 1
        card_id = f"{base}-{n}"
    used.add(card_id)
    return card_id


def _source(text: str, sources: dict[str, Source]) -> Citation:
    match = _LINES.search(text)
    title = text[:match.start()].strip() if match else text.strip()
    lines = (1, 1)
    if match:
        first = int(match.group(1))
        lines = (first, int(match.group(2) or first))
    key = title.casefold()
    if key not in sources:
        sources[key] = Source(id=f"s{len(sources) + 1}", file=title, title=title)
    return Citation(doc=sources[key].id, lines=lines)


def build_decks(guess: TableGuess, mapping: Mapping[str, int] | None = None) -> list[Deck]:
    """The decks the rows make; TableError listing every row that does not fit."""
    mapping = dict(mapping or guess.mapping)
    if "front" not in mapping or "back" not in mapping:
        raise TableError(f"{guess.path}: choose which column holds the front (question) and "
                         "which the back (answer).")
    stem = slug(guess.path.stem)
    problems: list[str] = []
    decks: dict[str, tuple[list[Fact], list[HandCard], dict[str, Source], set[str]]] = {}
    needed = max(mapping["front"], mapping["back"]) + 1
    for number, row in enumerate(guess.rows, guess.first_line):
        if len(row) < needed:
            problems.append(f"{guess.path}:{number}: {len(row)} column"
                            f"{'s' if len(row) != 1 else ''}, but the front and back need "
                            f"{needed}")
            continue

        def cell(name: str, row: list[str] = row) -> str:
            index = mapping.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        front, back = cell("front"), cell("back")
        if not front or not back:
            problems.append(f"{guess.path}:{number}: the {'front' if not front else 'back'} "
                            "is empty")
            continue
        deck_name = cell("deck")
        facts, hands, sources, used = decks.setdefault(deck_name, ([], [], {}, set()))
        tags = tuple(t for t in re.split(r"[\s,;]+", cell("tags")) if t)
        source = _source(cell("source"), sources) if cell("source") else None
        relation = cell("relation")
        if relation:
            try:
                kind = Relation(relation.strip().lower().replace(" ", "_"))
            except ValueError:
                problems.append(f"{guess.path}:{number}: '{relation}' is not a relation Trainer "
                                "knows (" + ", ".join(r.value for r in Relation) + ")")
                continue
            objects = tuple(o.strip() for o in back.split(";") if o.strip())
            facts.append(Fact(id=_card_id(f"{kind.value}:{front}", used), relation=kind,
                              subject=front, objects=objects,
                              sources=(source,) if source else (), tags=tags))
        else:
            hands.append(HandCard(_card_id(front, used), CardKind.BASIC, front=front,
                                  back=back, source=source, tags=tags))
    if problems:
        more = f" … and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise TableError("Nothing was imported; these rows do not fit the columns chosen:\n"
                         + "\n".join(problems[:10]) + more)
    out = []
    for name, (facts, hands, sources, _used) in decks.items():
        deck_id = f"table-{stem}" + (f"-{slug(name)}" if name else "")
        out.append(Deck(id=deck_id[:80], title=name or guess.path.stem,
                        sources=tuple(sources.values()), facts=tuple(facts),
                        cards=tuple(hands)))
    return out


def write_table(rows: Sequence[Sequence[str]], output: Path, *, delimiter: str = ",") -> None:
    """Write a header and ``rows`` (temporary name, then rename)."""
    output = Path(output)
    tmp = output.with_name(f".{output.name}.part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(FIELDS)
            writer.writerows(rows)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
