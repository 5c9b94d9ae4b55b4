"""Extracted facts -> a deck, and documents -> a deck file.

:func:`build_deck` is pure apart from hashing the documents it cites; :func:`generate` runs the
whole pipeline (extract, merge, build, write) and writes the deck file atomically, or not at
all when extraction fails or is cancelled.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from trainer.deckfile import write_deck_atomic
from trainer.domain import CardKind, Deck, Fact, HandCard, Relation, Source
from trainer.generator.bundles import BUNDLES, GROUP, Bundle, review, seed_documents
from trainer.generator.facts import ExtractedFact, extract_documents
from trainer.generator.lexicon import Lexicon, load_lexicon
from trainer.generator.merge import merge_facts, source_ids
from trainer.templates import cloze_from_sentence, slug

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class GenerationError(Exception):
    """Generation cannot start or go on; ``str(error)`` is one line naming the file."""


class GenerationCancelled(Exception):
    """Generation was cancelled before the deck was written; nothing was written."""


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, as 64 hex digits."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def build_deck(
    facts: Sequence[ExtractedFact],
    *,
    deck_id: str,
    title: str,
    group: str = "",
    description: str = "",
    relations: set[Relation] | frozenset[Relation] | None = None,
    documents: Sequence[Path],
    lexicon: Lexicon | None = None,
) -> Deck:
    """A deck of the merged ``facts`` (only ``relations``, when given).

    Sources are the ``documents`` the kept facts cite, with the SHA-256 of each file; source
    ids number all ``documents`` by file name (see :func:`~trainer.generator.merge.source_ids`),
    so a deck built from some relations cites the same ids as one built from all.
    Facts are ordered by relation, then subject.
    """
    kept = [f for f in facts if relations is None or f.relation in relations]
    ids = source_ids([*(p.name for p in documents), *(f.file for f in kept)])
    merged = merge_facts(kept, ids=ids, lexicon=lexicon)
    return Deck(
        id=deck_id, title=title, description=description, group=group,
        sources=_cited_sources(merged, ids, {p.name: p for p in documents}),
        facts=tuple(merged),
    )


def _cited_sources(
    facts: Iterable[Fact], ids: Mapping[str, str], paths: Mapping[str, Path]
) -> tuple[Source, ...]:
    cited = {c.doc for fact in facts for c in fact.sources}
    sources = []
    for name, sid in ids.items():
        if sid in cited:
            path = paths.get(name)
            sha = file_sha256(path) if path is not None and path.is_file() else None
            sources.append(Source(id=sid, file=name, sha256=sha))
    return tuple(sources)


def cloze_cards(facts: Sequence[ExtractedFact], deck: Deck) -> tuple[HandCard, ...]:
    """Cloze cards hiding each studied fact's object in the sentence it was read from.

    For a learner's OWN documents only (``trainer generate --cloze``): these cards quote the
    document, which bundled decks never do. One card per (fact, object), the first sentence
    in reading order that contains the object; ids ``<fact id>.cloze-<slug(object)>``.
    """
    by_key = {(f.relation, slug(f.subject), slug(f.qualifier or "")): f for f in deck.facts}
    ids = {s.file: s.id for s in deck.sources}
    cards: dict[str, HandCard] = {}
    for item in facts:
        fact = by_key.get((item.relation, slug(item.subject), slug(item.qualifier or "")))
        if fact is None or not fact.status.yields_cards or not item.evidence:
            continue
        card_id = f"{fact.id}.cloze-{slug(item.object)}"
        text = cloze_from_sentence(" ".join(item.evidence.split()), item.object)
        if card_id in cards or text is None:
            continue
        citation = next((c for c in fact.sources
                         if c.doc == ids.get(Path(item.file).name) and c.lines == item.lines),
                        fact.sources[0] if fact.sources else None)
        cards[card_id] = HandCard(id=card_id, kind=CardKind.CLOZE, front=text, source=citation)
    return tuple(cards[key] for key in sorted(cards))


def generate(
    paths: Sequence[Path],
    output: Path,
    *,
    deck_id: str,
    title: str,
    group: str = "",
    description: str = "",
    relations: set[Relation] | frozenset[Relation] | None = None,
    cloze: bool = False,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Deck:
    """Extract facts from ``paths`` and write them as a deck to ``output``, atomically.

    Raises :class:`~trainer.generator.ingest.IngestError` for an unreadable document,
    :class:`GenerationCancelled` when ``cancelled()`` turns true, and ``OSError`` or
    :class:`~trainer.deckfile.DeckError` when the file cannot be written; in each case no
    file (and no temporary file) is left behind.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    documents = [Path(p) for p in paths]
    extracted = extract_documents(documents, lexicon=lex, progress=progress, cancelled=cancelled)
    _check_cancelled(cancelled)
    deck = build_deck(
        extracted, deck_id=deck_id, title=title, group=group, description=description,
        relations=relations, documents=documents, lexicon=lex,
    )
    if cloze:
        kept = [f for f in extracted if relations is None or f.relation in relations]
        deck = replace(deck, cards=cloze_cards(kept, deck))
    _check_cancelled(cancelled)
    write_deck_atomic(deck, output)
    return deck


def _check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise GenerationCancelled("generation cancelled; no deck written")


def generate_bundled(
    documents_dir: Path,
    out_dir: Path,
    *,
    bundles: Sequence[Bundle] = BUNDLES,
    lexicon: Lexicon | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Deck]:
    """Regenerate every bundled deck from the seed documents in ``documents_dir``.

    The documents are read once and the review's rejections applied; each deck keeps its
    bundle's relations and is written atomically to ``out_dir/<id>.yaml``. Nothing is
    written when reading fails or is cancelled. Raises :class:`GenerationError` when the
    folder holds no document.
    """
    if not documents_dir.is_dir():
        raise GenerationError(f"{documents_dir}: documents folder not found")
    documents = seed_documents(documents_dir)
    if not documents:
        raise GenerationError(f"{documents_dir}: no documents in this folder")
    lex = lexicon if lexicon is not None else load_lexicon()
    extracted = review(
        extract_documents(documents, lexicon=lex, progress=progress, cancelled=cancelled)
    )
    _check_cancelled(cancelled)
    decks = [
        build_deck(extracted, deck_id=b.id, title=b.title, group=GROUP,
                   description=b.description, relations=b.relations, documents=documents,
                   lexicon=lex)
        for b in bundles
    ]
    _check_cancelled(cancelled)
    for bundle, deck in zip(bundles, decks, strict=True):
        write_deck_atomic(deck, out_dir / bundle.file_name)
    return decks
