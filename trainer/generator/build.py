"""Extracted facts -> a deck, and documents -> a deck file.

:func:`build_deck` is pure apart from hashing the documents it cites; :func:`generate` runs the
whole pipeline (extract, merge, build, write) and writes the deck file atomically, or not at
all when extraction fails, finds nothing, or is cancelled. Generating into a file that
already holds a deck keeps the reviewers' verdicts recorded there (see
:mod:`trainer.generator.verdicts`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from trainer.deckfile import DeckError, write_deck_atomic
from trainer.domain import CardKind, Deck, Fact, HandCard, Relation, Source
from trainer.generator.bundles import BUNDLES, GROUP, Bundle, seed_documents
from trainer.generator.coverage import EmptyDocument, empty_documents, nothing_found
from trainer.generator.facts import ExtractedFact, extract_documents, held_for_review
from trainer.generator.lexicon import Lexicon
from trainer.generator.lexicon_load import load_lexicon
from trainer.generator.merge import merge_facts, source_ids
from trainer.generator.titles import document_title
from trainer.generator.verdicts import Carried, apply_verdicts, mark_rejected, previous_deck
from trainer.templates import cloze_from_sentence, slug

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class GenerationError(Exception):
    """Generation cannot start or go on; ``str(error)`` is one line naming the file."""


class NoFactsError(GenerationError):
    """No document gave a fact; nothing was written. ``empty`` says why, document by document."""

    def __init__(self, empty: Sequence[EmptyDocument]) -> None:
        super().__init__(nothing_found(empty))
        self.empty = tuple(empty)


class GenerationCancelled(Exception):
    """Generation was cancelled before the deck was written; nothing was written."""


@dataclass(frozen=True, slots=True)
class Generated:
    """A deck written, with what the caller should tell its reader."""

    deck: Deck
    empty: tuple[EmptyDocument, ...] = ()  # documents that gave no fact (the others did)
    verdicts: Carried = field(default_factory=Carried)  # from the file generated into


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
    previous: Deck | None = None,
) -> Deck:
    """A deck of the merged ``facts`` (only ``relations``, when given).

    Sources are the ``documents`` the kept facts cite, with the SHA-256 of each file; source
    ids number all ``documents`` by file name (see :func:`~trainer.generator.merge.source_ids`),
    so a deck built from some relations cites the same ids as one built from all.
    Facts are ordered by relation, then subject. The reviewers' verdicts in ``previous``, the
    deck this one replaces, are carried over (see :mod:`trainer.generator.verdicts`).
    """
    return _build(facts, deck_id=deck_id, title=title, group=group, description=description,
                  relations=relations, documents=documents, lexicon=lexicon,
                  previous=previous)[0]


def _build(
    facts: Sequence[ExtractedFact],
    *,
    deck_id: str,
    title: str,
    group: str,
    description: str,
    relations: set[Relation] | frozenset[Relation] | None,
    documents: Sequence[Path],
    lexicon: Lexicon | None,
    previous: Deck | None,
) -> tuple[Deck, Carried]:
    kept = mark_rejected((f for f in facts if relations is None or f.relation in relations),
                         previous)
    ids = source_ids([*(p.name for p in documents), *(f.file for f in kept)])
    merged, carried = apply_verdicts(merge_facts(kept, ids=ids, lexicon=lexicon), previous)
    titles = {s.file: s.title for s in previous.sources if s.title} if previous else {}
    deck = Deck(
        id=deck_id, title=title, description=description, group=group,
        sources=_cited_sources(merged, ids, {p.name: p for p in documents}, titles),
        facts=tuple(merged),
        # Cards an instructor wrote by hand stay; cloze cards are made afresh when asked for.
        cards=tuple(c for c in previous.cards if ".cloze-" not in c.id) if previous else (),
    )
    return deck, carried


def _cited_sources(
    facts: Iterable[Fact], ids: Mapping[str, str], paths: Mapping[str, Path],
    titles: Mapping[str, str],
) -> tuple[Source, ...]:
    """The cited documents, titled as the reviewer titled them before, else as they title
    themselves (see :func:`~trainer.generator.titles.document_title`)."""
    cited = {c.doc for fact in facts for c in fact.sources}
    sources = []
    for name, sid in ids.items():
        if sid in cited:
            path = paths.get(name)
            readable = path is not None and path.is_file()
            sha = file_sha256(path) if path is not None and readable else None
            title = titles.get(name) or (document_title(path) if path and readable else None)
            sources.append(Source(id=sid, file=name, sha256=sha, title=title))
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
    keep_verdicts: bool = True,
) -> Generated:
    """Extract facts from ``paths`` and write them as a deck to ``output``, atomically.

    When ``output`` already holds a deck, the reviewers' verdicts recorded in it are carried
    over (unless ``keep_verdicts`` is false). A document without text or without facts does
    not stop generation: it is listed in :attr:`Generated.empty`.

    Raises :class:`~trainer.generator.ingest.IngestError` for an unreadable document,
    :class:`NoFactsError` when no document gives a fact, :class:`GenerationError` when
    ``output`` holds something that is not a valid deck, :class:`GenerationCancelled` when
    ``cancelled()`` turns true, and ``OSError`` or :class:`~trainer.deckfile.DeckError` when
    the file cannot be written; in each case no file (and no temporary file) is left behind.
    """
    previous = _previous(output) if keep_verdicts else None
    lex = lexicon if lexicon is not None else load_lexicon()
    documents = [Path(p) for p in paths]
    no_text: dict[str, str] = {}
    read = extract_documents(documents, lexicon=lex, progress=progress, cancelled=cancelled,
                             no_text=no_text, min_confidence=0.0)
    extracted, held = held_for_review(read)
    _check_cancelled(cancelled)
    empty = _check_found(documents, extracted, relations, no_text)
    deck, carried = _build(
        [*extracted, *held], deck_id=deck_id, title=title, group=group, description=description,
        relations=relations, documents=documents, lexicon=lex, previous=previous,
    )
    if cloze:
        kept = [f for f in extracted if relations is None or f.relation in relations]
        deck = replace(deck, cards=(*deck.cards, *cloze_cards(kept, deck)))
    _check_cancelled(cancelled)
    write_deck_atomic(deck, output)
    return Generated(deck, tuple(empty), carried)


def _previous(path: Path) -> Deck | None:
    try:
        return previous_deck(path)
    except DeckError as exc:
        first = (str(exc).splitlines() or [""])[0]
        raise GenerationError(
            f"{path}: this file is already there and is not a valid deck file, so generating "
            f"into it would lose what it holds ({first}). Fix it, or write to another file."
        ) from None
    except OSError as exc:
        raise GenerationError(f"{path}: cannot read the deck already there "
                              f"({exc.strerror or exc})") from None


def _check_found(
    documents: Sequence[Path],
    extracted: Sequence[ExtractedFact],
    relations: set[Relation] | frozenset[Relation] | None,
    no_text: Mapping[str, str],
) -> list[EmptyDocument]:
    """The documents that gave nothing; :class:`NoFactsError` when that is all of them."""
    kept = [f for f in extracted if relations is None or f.relation in relations]
    empty = empty_documents(documents, extracted, kept, no_text)
    if not kept:
        raise NoFactsError(empty)
    return empty


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
    previous_dir: Path | None = None,
) -> list[Generated]:
    """Regenerate every bundled deck from the seed documents in ``documents_dir``.

    The documents are read once; each deck keeps its bundle's relations and is written
    atomically to ``out_dir/<id>.yaml``, with the reviewers' verdicts recorded in the deck
    file of the same name in ``previous_dir`` (default: ``out_dir``, the files replaced)
    carried over. Nothing is written when reading fails, finds nothing or is cancelled.
    Raises :class:`GenerationError` when the folder holds no document.
    """
    if not documents_dir.is_dir():
        raise GenerationError(f"{documents_dir}: documents folder not found")
    documents = seed_documents(documents_dir)
    if not documents:
        raise GenerationError(f"{documents_dir}: no documents in this folder")
    before = previous_dir if previous_dir is not None else out_dir
    previous = [_previous(before / b.file_name) for b in bundles]
    lex = lexicon if lexicon is not None else load_lexicon()
    no_text: dict[str, str] = {}
    extracted = extract_documents(documents, lexicon=lex, progress=progress, cancelled=cancelled,
                                  no_text=no_text)
    _check_cancelled(cancelled)
    empty = tuple(_check_found(documents, extracted, None, no_text))
    made = []
    for bundle, old in zip(bundles, previous, strict=True):
        deck, carried = _build(
            extracted, deck_id=bundle.id, title=bundle.title, group=GROUP,
            description=bundle.description, relations=bundle.relations, documents=documents,
            lexicon=lex, previous=old)
        made.append(Generated(deck, empty, carried))
    _check_cancelled(cancelled)
    for bundle, generated in zip(bundles, made, strict=True):
        write_deck_atomic(generated.deck, out_dir / bundle.file_name)
    return made
