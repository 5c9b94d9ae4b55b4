"""An Anki package in Trainer's terms: decks of facts and hand cards, and each Anki card's
schedule and answers on the Trainer card it became.

Notes Trainer exported carry a hidden field naming their deck, fact and card keys, so they
come back as the same facts and cards. Other notes become hand cards: cloze notes cloze
cards, notes whose template asks to type the answer typed cards, notes with a reverse
template reverse cards, the rest basic cards. What cannot be mapped is listed with why.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    DeckSettings,
    Fact,
    FactStatus,
    HandCard,
    Memory,
    Phase,
    Rating,
    Relation,
    Source,
)
from trainer.interop.anki.notes import key_for_ordinal
from trainer.interop.anki.notetypes import META
from trainer.interop.anki.reading import AnkiCard, AnkiNote, AnkiPackage, NoteType
from trainer.interop.anki.writer import DECK_META
from trainer.templates import slug
from trainer.templates.cloze import deletion_numbers

_BREAK = re.compile(r"<br\s*/?>|</div>|</p>|</li>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_MEDIA = re.compile(r"<img\b[^>]*>|\[sound:[^\]]*\]", re.IGNORECASE)
DAY = 86400


@dataclass(frozen=True, slots=True)
class MappedReview:
    reviewed_at: datetime
    rating: Rating
    duration_ms: int
    phase_before: Phase
    scheduled_days: float
    elapsed_days: float


@dataclass(frozen=True, slots=True)
class MappedCard:
    """One Anki card that lands on a Trainer card, with what Anki knows of it."""

    deck_id: str
    key: str
    memory: Memory
    suspended: bool
    reviews: tuple[MappedReview, ...]


@dataclass(slots=True)
class Mapped:
    decks: dict[str, Deck] = field(default_factory=dict)
    cards: list[MappedCard] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "what: why", for the preview
    unmapped_reviews: int = 0
    media: list[str] = field(default_factory=list)


def html_to_text(value: str) -> str:
    """A field as plain text: line breaks kept, tags dropped, entities decoded."""
    if "<" not in value and "&" not in value and "[sound:" not in value and "\n" not in value:
        return " ".join(value.split())  # most fields of most decks: plain already
    text = _TAG.sub("", _BREAK.sub("\n", _MEDIA.sub("", value)))
    lines = [" ".join(line.split()) for line in html.unescape(text).splitlines()]
    return "\n".join(line for line in lines if line)


def _deck_info(name: str, desc: str) -> tuple[str, str, str, tuple[Source, ...]]:
    """(id, title, group, sources) of an Anki deck: Trainer's own from its hidden comment."""
    match = DECK_META.search(desc)
    if match:
        try:
            meta = json.loads(match.group(1))
            sources = tuple(Source(id=s["id"], file=s["file"], sha256=s.get("sha256"),
                                   title=s.get("title")) for s in meta.get("sources", []))
            return str(meta["id"]), str(meta["title"]), str(meta.get("group", "")), sources
        except (ValueError, KeyError, TypeError):
            pass
    parts = [p.strip() for p in name.split("::") if p.strip()] or ["Anki"]
    deck_id = "anki-" + slug("-".join(parts))[:70]
    return deck_id, parts[-1], " / ".join(parts[:-1]), ()


def _citation(raw: Any) -> Citation | None:
    if not isinstance(raw, dict):
        return None
    lines = raw.get("lines") or [1, 1]
    return Citation(doc=str(raw["doc"]), lines=(int(lines[0]), int(lines[1])),
                    page=raw.get("page"))


def _fact(raw: dict[str, Any]) -> Fact:
    sources = tuple(c for c in map(_citation, raw.get("sources") or []) if c is not None)
    return Fact(id=str(raw["id"]), relation=Relation(str(raw["relation"])),
                subject=str(raw["subject"]), objects=tuple(map(str, raw["objects"])),
                sources=sources, tags=tuple(map(str, raw.get("tags") or [])),
                status=FactStatus(str(raw.get("status", "accepted"))),
                qualifier=raw.get("qualifier") or None,
                note=raw.get("note") or None)


def deck_settings(options: dict[str, Any] | None) -> DeckSettings:
    """Anki's deck options as Trainer's; anything missing or odd keeps Trainer's default."""
    default = DeckSettings()
    if not options:
        return default
    try:
        new, rev, lapse = options.get("new", {}), options.get("rev", {}), options.get("lapse", {})
        retention = float(options.get("desiredRetention") or default.desired_retention)
        return DeckSettings(
            desired_retention=min(0.99, max(0.7, retention)),
            new_per_day=int(new.get("perDay", default.new_per_day)),
            reviews_per_day=int(rev.get("perDay", default.reviews_per_day)),
            learning_steps_minutes=tuple(float(x) for x in new.get(
                "delays", default.learning_steps_minutes)),
            relearning_steps_minutes=tuple(float(x) for x in lapse.get(
                "delays", default.relearning_steps_minutes)),
            maximum_interval_days=int(rev.get("maxIvl", default.maximum_interval_days)))
    except (TypeError, ValueError, AttributeError):
        return default


def _hand_id(note: AnkiNote) -> str:
    return "anki-" + hashlib.sha1(note.guid.encode("utf-8")).hexdigest()[:12]


def _foreign_card(note: AnkiNote, notetype: NoteType,
                  ordinals: set[int]) -> tuple[HandCard | None, str]:
    """A note Trainer did not write, as a hand card (or None and why not)."""
    fields = [html_to_text(f) for f in note.fields]
    front = fields[0] if fields else ""
    back = "\n".join(f for f in fields[1:] if f)
    tags = tuple(note.tags)
    card_id = _hand_id(note)
    if notetype.cloze:
        if not deletion_numbers(front):
            return None, "a cloze note without any {{c1::…}} gap"
        return HandCard(card_id, CardKind.CLOZE, front=front, back=back, tags=tags), ""
    if not front:
        return None, "its first field (the question) is empty"
    if not back:
        return None, "it has no answer (every field after the first is empty)"
    second = fields[1] if len(fields) > 1 and fields[1] else back
    if any("{{type:" in q for q in notetype.fronts):
        return HandCard(card_id, CardKind.TYPED, front=front, back=second, tags=tags), ""
    if len(notetype.fronts) >= 2 and 1 in ordinals:  # the reverse card exists in Anki
        return HandCard(card_id, CardKind.REVERSE, front=front, back=second, tags=tags), ""
    if len(notetype.fronts) >= 2:
        back = second
    return HandCard(card_id, CardKind.BASIC, front=front, back=back, tags=tags), ""


def _foreign_key(card: HandCard, ordinal: int) -> str | None:
    if card.kind is CardKind.CLOZE:
        return f"{card.id}/c{ordinal + 1}"
    if card.kind is CardKind.REVERSE:
        return (f"{card.id}/forward", f"{card.id}/reverse")[ordinal] if ordinal < 2 else None
    return card.id if ordinal == 0 else None


def _trainer_hand(raw: dict[str, Any], card_id: str) -> HandCard:
    kind = CardKind(str(raw["kind"]))
    choices = tuple(Choice(str(text), bool(ok)) for text, ok in raw.get("choices") or [])
    return HandCard(card_id, kind, front=str(raw.get("front", "")),
                    back=str(raw.get("back", "")), choices=choices,
                    items=tuple(map(str, raw.get("items") or [])),
                    source=_citation(raw.get("source")),
                    tags=tuple(map(str, raw.get("tags") or [])))


def _native_trainer_hand(note: AnkiNote, notetype: NoteType, sibling: str) -> HandCard | None:
    """A hand card Trainer wrote into one of Anki's own kinds; edits made in Anki come back."""
    values = dict(zip(notetype.fields, (html_to_text(f) for f in note.fields), strict=False))
    if "Front" not in values and "Text" not in values:
        return None  # a card Trainer could only show as it was, not rebuild
    if notetype.cloze:
        return HandCard(sibling, CardKind.CLOZE, front=values.get("Text", ""),
                        back=values.get("Back Extra", ""), tags=note.tags)
    kind = (CardKind.TYPED if any("{{type:" in q for q in notetype.fronts)
            else CardKind.REVERSE if len(notetype.fronts) >= 2 else CardKind.BASIC)
    return HandCard(sibling, kind, front=values.get("Front", ""), back=values.get("Back", ""),
                    tags=note.tags)


def _memory(card: AnkiCard, crt: int, last: datetime | None) -> tuple[Memory, bool]:
    suspended = card.queue == -1
    if card.type == 0:
        return Memory(), suspended
    phase = {1: Phase.LEARNING, 2: Phase.REVIEW, 3: Phase.RELEARNING}.get(card.type, Phase.REVIEW)
    seconds = card.due if card.due > 1_000_000_000 else crt + card.due * DAY
    due = datetime.fromtimestamp(seconds, tz=UTC)
    data: dict[str, float] = {}
    if card.data:
        try:
            loaded = json.loads(card.data)
            data = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            data = {}
    ivl = max(card.ivl, 1)
    stability = float(data.get("s") or ivl)
    # Without FSRS memory, Anki's ease (2500 = 250%) stands in for difficulty (1-10).
    difficulty = float(data.get("d") or min(10.0, max(1.0, 5.0 + (2500 - card.factor) / 200)))
    last_review = last or (due - timedelta(days=ivl))
    return Memory(phase=phase, step=0 if phase is not Phase.REVIEW else None,
                  stability=stability, difficulty=difficulty, due=due, last_review=last_review,
                  reps=card.reps, lapses=card.lapses), suspended


_PHASE_OF_REVLOG = {0: Phase.LEARNING, 1: Phase.REVIEW, 2: Phase.RELEARNING, 3: Phase.REVIEW}


def _reviews(rows: list[tuple[int, int, int, int, int]]) -> tuple[list[MappedReview], int]:
    """(id ms, ease, ivl, time ms, type) rows -> reviews, and how many could not be mapped."""
    out: list[MappedReview] = []
    skipped = 0
    previous: datetime | None = None
    for at_ms, ease, ivl, time_ms, kind in rows:
        if ease not in (1, 2, 3, 4) or kind not in _PHASE_OF_REVLOG:
            skipped += 1  # a manual reschedule or a forgotten card: no answer was given
            continue
        at = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
        phase = Phase.NEW if not out and kind == 0 else _PHASE_OF_REVLOG[kind]
        elapsed = (at - previous) / timedelta(days=1) if previous else 0.0
        out.append(MappedReview(reviewed_at=at, rating=Rating(ease), duration_ms=max(0, time_ms),
                                phase_before=phase,
                                scheduled_days=ivl if ivl > 0 else -ivl / DAY,
                                elapsed_days=elapsed))
        previous = at
    return out, skipped


def map_package(package: AnkiPackage,
                step: Callable[[int, int], None] | None = None) -> Mapped:
    """Decks, cards and history of ``package`` as Trainer would hold them.

    ``step(done, total)`` is called every few thousand notes (progress, and a chance to
    cancel by raising).
    """
    result = Mapped(media=list(package.media))
    facts: dict[str, dict[str, Fact]] = {}
    hands: dict[str, dict[str, HandCard]] = {}
    info: dict[str, tuple[str, str, tuple[Source, ...], DeckSettings]] = {}
    by_note: dict[int, list[AnkiCard]] = {}
    for card in package.cards:
        by_note.setdefault(card.note, []).append(card)
    history: dict[int, list[tuple[int, int, int, int, int]]] = {}
    for r in package.reviews:
        history.setdefault(r.card, []).append((r.id, r.ease, r.ivl, r.time_ms, r.type))
    with_media = 0
    deck_infos: dict[int, tuple[str, str, str, tuple[Source, ...]]] = {}
    for count, note in enumerate(package.notes):
        if step is not None and count % 2000 == 0:
            step(count, len(package.notes))
        cards = by_note.get(note.id, [])
        notetype = package.notetypes.get(note.notetype)
        label = html_to_text(note.fields[0])[:60] if note.fields else str(note.id)
        if notetype is None or not cards:
            result.refused.append(f"“{label}”: its note type or cards are missing")
            continue
        if any(_MEDIA.search(f) for f in note.fields):
            with_media += 1
        if cards[0].deck not in deck_infos:
            deck_infos[cards[0].deck] = _deck_info(*package.decks.get(cards[0].deck,
                                                                      ("Anki", "")))
        deck_id, title, group, sources = deck_infos[cards[0].deck]
        values = dict(zip(notetype.fields, note.fields, strict=False))
        keys: dict[int, str | None] = {}
        if META in values and values[META].startswith("{"):
            try:
                meta = json.loads(values[META])
                deck_id = str(meta["deck"])
                meta_keys = [str(k) for k in meta["keys"]]
                sibling = str(meta.get("sibling") or meta_keys[0])
                if "fact" in meta:
                    fact = _fact(meta["fact"])
                    facts.setdefault(deck_id, {})[fact.id] = fact
                elif "hand" in meta:
                    hands.setdefault(deck_id, {})[sibling] = _trainer_hand(meta["hand"], sibling)
                elif not meta.get("derived"):
                    hand = _native_trainer_hand(note, notetype, sibling)
                    if hand is None:
                        result.refused.append(f"“{label}”: a card edited in Trainer that "
                                              "cannot be rebuilt from the note")
                        continue
                    hand = hand._replace(source=_citation(meta.get("source")))
                    hands.setdefault(deck_id, {})[sibling] = hand
                keys = {c.ord: key_for_ordinal(meta_keys, c.ord, cloze=notetype.cloze)
                        for c in cards}
            except (ValueError, KeyError, TypeError, IndexError):
                result.refused.append(f"“{label}”: Trainer's field of this note is damaged")
                continue
        else:
            hand, why = _foreign_card(note, notetype, {c.ord for c in cards})
            if hand is None:
                result.refused.append(f"“{label}”: {why}")
                continue
            hands.setdefault(deck_id, {})[hand.id] = hand
            keys = {c.ord: _foreign_key(hand, c.ord) for c in cards}
        if deck_id not in info:
            info[deck_id] = (title, group, sources,
                             deck_settings(package.options.get(cards[0].deck)))
        for card in cards:
            key = keys.get(card.ord)
            reviews, skipped = _reviews(history.get(card.id, []))
            result.unmapped_reviews += skipped
            if key is None:
                result.refused.append(f"“{label}”, card {card.ord + 1}: Trainer has no card "
                                      "of this kind for the note")
                result.unmapped_reviews += len(reviews)
                continue
            last = reviews[-1].reviewed_at if reviews else None
            memory, suspended = _memory(card, package.crt, last)
            result.cards.append(MappedCard(deck_id, key, memory, suspended, tuple(reviews)))
    if with_media:
        result.refused.append(f"{with_media} notes show pictures or sounds: Trainer keeps "
                              "their text only")
    for deck_id, (title, group, sources, settings) in info.items():
        result.decks[deck_id] = Deck(
            id=deck_id, title=title, group=group, sources=sources, settings=settings,
            facts=tuple(facts.get(deck_id, {}).values()),
            cards=tuple(hands.get(deck_id, {}).values()))
    return result
