"""The extractor's output type and its public entry point.

:func:`extract_documents` reads documents, finds facts and returns them in a deterministic
order (documents in the order given; within a document by relation, then first line, subject,
object). Each fact carries its provenance: file, 1-based line range, PDF page.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainer.domain import Relation
from trainer.generator.ingest import Document, NoTextError, read_document
from trainer.generator.lexicon import Lexicon
from trainer.generator.lexicon_load import load_lexicon

DEFAULT_MIN_CONFIDENCE = 0.5
# A reading held for the instructor's review: just below the card threshold, so it is kept as a
# draft with its reason and gives no card until confirmed
DRAFT_CONFIDENCE = DEFAULT_MIN_CONFIDENCE - 0.05
UNCERTAIN = "uncertain:"  # flag of a reading the extractor doubts, with its reason
HELD = "held:"  # flag of such a reading kept in a deck for review, below the card threshold


@dataclass(frozen=True, slots=True)
class ExtractedFact:
    """One statement read from one place of one document."""

    doc: str  # document file stem, e.g. "003_4dc0da2e69ed16bb"
    file: str  # file name, e.g. "003_4dc0da2e69ed16bb.txt"
    relation: Relation
    subject: str  # canonical (normalised) name
    object: str  # ONE object (canonical when it is a lexicon name)
    lines: tuple[int, int]  # 1-based inclusive line range of the evidence in the extracted text
    confidence: float  # 0..1
    page: int | None = None  # PDF page of the evidence
    qualifier: str | None = None  # e.g. "adults", "children" (numeric facts)
    flags: tuple[str, ...] = ()  # e.g. "corrected:bonatumumab->blinatumomab", "hedged"
    evidence: str = ""  # the sentence, for the instructor's review UI only; never in decks
    # which reading path produced the fact (e.g. "marker:lead_tests"): an internal tag for
    # measuring each path's precision; never in records, decks or the review UI
    origin: str = field(default="", compare=False)

    def to_record(self) -> dict[str, Any]:
        """The JSONL/YAML record of the public interface (no evidence)."""
        rec: dict[str, Any] = {
            "doc": self.doc,
            "relation": self.relation.value,
            "subject": self.subject,
            "object": self.object,
            "lines": [self.lines[0], self.lines[1]],
            "confidence": round(self.confidence, 2),
        }
        if self.page is not None:
            rec["page"] = self.page
        if self.qualifier:
            rec["qualifier"] = self.qualifier
        if self.flags:
            rec["flags"] = list(self.flags)
        return rec


def extract_document(
    document: Document,
    *,
    lexicon: Lexicon | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[ExtractedFact]:
    """Facts of one already-read document."""
    from trainer.generator.extract import extract_facts

    lex = lexicon if lexicon is not None else load_lexicon()
    return [f for f in extract_facts(document, lex) if f.confidence >= min_confidence]


def extract_documents(
    paths: Sequence[Path],
    *,
    lexicon: Lexicon | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    no_text: dict[str, str] | None = None,
) -> list[ExtractedFact]:
    """Read each document and extract its facts.

    ``progress(done, total, file_name)`` is called before each document and once at the end;
    when ``cancelled()`` turns true the facts found so far are returned. A document that cannot
    be read raises :class:`~trainer.generator.ingest.IngestError` (one-line message); callers
    that want to go on with the other files read them one by one with :func:`extract_document`.
    With ``no_text`` given, a document that holds no text at all (empty, or a scanned PDF:
    :class:`~trainer.generator.ingest.NoTextError`) is recorded there, file name -> message,
    and the others are still read.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    with _older_objects_frozen():
        return _extract_all(paths, lex, progress, cancelled, min_confidence, no_text)


@contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects that were alive before the block.

    Reading documents makes many small objects, and each full collection would scan the whole
    lexicon again, which outlives the block anyway. Objects made inside the block are collected
    as usual; the older ones are scanned again after it (nothing is lost, only deferred).
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _extract_all(
    paths: Sequence[Path],
    lex: Lexicon,
    progress: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool] | None,
    min_confidence: float,
    no_text: dict[str, str] | None,
) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    total = len(paths)
    for i, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(i, total, Path(path).name)
        try:
            document = read_document(path)
        except NoTextError as exc:
            if no_text is None:
                raise
            no_text[Path(path).name] = str(exc)
            continue
        out += extract_document(document, lexicon=lex, min_confidence=min_confidence)
    else:
        if progress is not None:
            progress(total, total, "")
    return out


def held_for_review(
    facts: Sequence[ExtractedFact], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> tuple[list[ExtractedFact], list[ExtractedFact]]:
    """``facts`` split into those good enough for cards and the doubtful readings to hold.

    A reading below ``min_confidence`` that says why it is doubtful (an ``uncertain:`` flag) is
    not dropped: it goes to the deck for an instructor to confirm, flagged ``held:<reason>``,
    and gives no card until confirmed. Below the threshold with no reason, it is dropped.
    """
    cards: list[ExtractedFact] = []
    held: list[ExtractedFact] = []
    for f in facts:
        if f.confidence >= min_confidence:
            cards.append(f)
            continue
        reasons = [fl[len(UNCERTAIN):].strip() for fl in f.flags if fl.startswith(UNCERTAIN)]
        if reasons:
            held.append(replace(f, flags=(*f.flags, HELD + "; ".join(reasons))))
    return cards, held
