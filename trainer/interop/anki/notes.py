"""Cards -> Anki notes: one note per fact (its cards are siblings), one per hand card.

A hand card keeps Anki's own kind: basic, basic and reversed, type-in, cloze. A fact's
cards, and multiple-choice and ordering cards, go into the Trainer note type, one slot per
card. Each note carries, in a field no template shows, what Trainer needs to read it back.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import genanki

from trainer.domain import CardContent, CardKind, Citation, Deck, Fact, Source
from trainer.interop.anki import notetypes as nt
from trainer.templates import describe_lines
from trainer.templates.cloze import GAP
from trainer.templates.ordering import PHASE_ORDER_KEY


@dataclass(slots=True)
class NotePlan:
    """One Anki note to write: its type, fields, and which card key each template makes."""

    guid: str
    model: genanki.Model
    fields: list[str]
    keys: dict[int, str]  # template ordinal (cloze: deletion number - 1) -> card key
    tags: list[str] = field(default_factory=list)


def guid_for(deck_id: str, sibling: str, part: int = 0) -> str:
    """The note's guid: readable and stable, so a new export updates the notes in Anki."""
    return f"trainer:{deck_id}:{sibling}" + (f"#{part}" if part else "")


def text_html(text: str) -> str:
    """Plain text as an Anki field: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def source_text(citations: Sequence[Citation], sources: Mapping[str, Source]) -> str:
    """``"Targeted therapies in ALL, lines 14–15"``: the source's title (else file) and lines."""
    parts: list[str] = []
    for c in citations:
        source = sources.get(c.doc)
        name = (source.title or source.file) if source is not None else c.doc
        page = f", page {c.page}" if c.page is not None else ""
        text = f"{name}{page}, {describe_lines(c.lines)}"
        if text not in parts:
            parts.append(text)
    return "; ".join(parts)


def extra_text(card: CardContent) -> str:
    """A card's explanation without its "Source:" line (the Source field shows that)."""
    return "\n".join(line for line in card.explanation.splitlines()
                     if not line.startswith(("Source: ", "Sources: ")))


_GAP_TOKEN = re.compile(r"(\[[^\]]*\])")


def _gap_spans(prompt: str, full: str) -> list[tuple[int, int, str]] | None:
    """Where each ``[...]`` gap of ``prompt`` sits in ``full``: (start, end, gap text)."""
    parts = _GAP_TOKEN.split(prompt)  # text, gap, text, gap, ..., text
    if not full.startswith(parts[0]) or not full.endswith(parts[-1]):
        return None
    spans: list[tuple[int, int, str]] = []
    pos = len(parts[0])
    for index in range(1, len(parts), 2):
        after = parts[index + 1]
        if index + 2 >= len(parts):  # the last gap runs up to the closing text
            end = len(full) - len(after)
        else:  # the shortest gap: the next text's first place after at least one character
            end = full.find(after, pos + 1) if after else pos + 1
        if end <= pos or (end > len(full) - len(parts[-1]) and index + 2 < len(parts)):
            return None
        spans.append((pos, end, parts[index]))
        pos = end + len(after)
    return spans


def cloze_markup(cards: Sequence[CardContent]) -> str | None:
    """The ``{{cN::...}}`` text that renders ``cards`` (``<id>/cN``), or None if it cannot.

    Trainer stores each cloze card rendered (the gap hidden, the rest shown); the gap is
    where the card's prompt and the full answer differ.
    """
    full = cards[0].answer
    spans: dict[tuple[int, int], str] = {}
    for card in cards:
        number = int(card.key.rsplit("/c", 1)[1])
        found = _gap_spans(card.prompt, full)
        if found is None:
            return None
        for start, end, gap in found:
            hint = "" if gap == GAP else "::" + gap[1:-1]
            spans[(start, end)] = f"{{{{c{number}::{{}}{hint}}}}}"
    out, last = [], 0
    for (start, end), form in sorted(spans.items()):
        if start < last:
            return None  # gaps overlap: not a shape cloze markup can express
        out.append(html.escape(full[last:start]))
        out.append(form.replace("{}", html.escape(full[start:end]), 1))
        last = end
    out.append(html.escape(full[last:]))
    return "".join(out)


def _tags(cards: Sequence[CardContent]) -> list[str]:
    tags = {t.replace(" ", "_") for card in cards for t in card.tags}
    return sorted(tags)


def _fact_payload(fact: Fact, cards: Sequence[CardContent]) -> dict[str, object]:
    return {"id": fact.id, "relation": fact.relation.value, "subject": fact.subject,
            "objects": list(fact.objects), "status": fact.status.value,
            "sources": [{"doc": c.doc, "lines": list(c.lines), "page": c.page}
                        for c in fact.sources],
            "tags": sorted({t for c in cards for t in c.tags}),
            "qualifier": fact.qualifier, "note": fact.note}


def _hand_payload(card: CardContent) -> dict[str, object]:
    """A choice or ordering card as its hand card: what a template field cannot hold."""
    payload: dict[str, object] = {"kind": card.kind.value, "front": card.prompt,
                                  "back": extra_text(card), "tags": list(card.tags)}
    if card.kind is CardKind.MCQ:
        payload["choices"] = [[c, i == card.correct_choice] for i, c in enumerate(card.choices)]
    if card.kind is CardKind.ORDER:
        payload["items"] = list(card.items)
    if card.source is not None:
        payload["source"] = {"doc": card.source.doc, "lines": list(card.source.lines),
                             "page": card.source.page}
    return payload


def _meta(deck: Deck, cards: Sequence[CardContent], fact: Fact | None, *,
          slots: bool = False) -> str:
    """The hidden field: deck id, card keys, and what the note was made from."""
    payload: dict[str, object] = {"deck": deck.id, "sibling": cards[0].sibling,
                                  "keys": [c.key for c in cards]}
    if fact is not None:
        payload["fact"] = _fact_payload(fact, cards)
    elif cards[0].sibling == PHASE_ORDER_KEY:
        payload["derived"] = True  # made from the deck's facts; comes back with them
    elif len(cards) == 1 and cards[0].kind in (CardKind.MCQ, CardKind.ORDER):
        payload["hand"] = _hand_payload(cards[0])
    elif slots and [c.key for c in cards] == [f"{cards[0].sibling}/forward",
                                              f"{cards[0].sibling}/reverse"]:
        # A reversed pair whose sides a learner edited apart: read back from the first side.
        payload["hand"] = {**_hand_payload(cards[0]), "kind": CardKind.REVERSE.value,
                           "back": cards[0].answer}
    if "hand" not in payload and cards[0].source is not None:
        source = cards[0].source
        payload["source"] = {"doc": source.doc, "lines": list(source.lines), "page": source.page}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _native(cards: Sequence[CardContent],
            sibling: str) -> tuple[genanki.Model, dict[int, str]] | None:
    """Anki's own kind for a hand card's cards, when one fits."""
    kinds = {c.kind for c in cards}
    keys = [c.key for c in cards]
    if len(cards) == 1 and keys[0] == sibling and kinds == {CardKind.BASIC}:
        return nt.BASIC, {0: keys[0]}
    if len(cards) == 1 and keys[0] == sibling and kinds == {CardKind.TYPED}:
        return nt.TYPED, {0: keys[0]}
    if (keys == [f"{sibling}/forward", f"{sibling}/reverse"] and kinds == {CardKind.BASIC}
            and cards[0].prompt == cards[1].answer and cards[0].answer == cards[1].prompt):
        return nt.REVERSED, {0: keys[0], 1: keys[1]}
    prefix = f"{sibling}/c"
    if kinds == {CardKind.CLOZE} and all(k.startswith(prefix) and k[len(prefix):].isdigit()
                                         for k in keys):
        return nt.CLOZE, {int(k.rsplit("/c", 1)[1]) - 1: k for k in keys}
    return None


def _slot_values(card: CardContent) -> tuple[str, str, str, str]:
    question, answer = text_html(card.prompt), text_html(card.answer)
    show = typed = ""
    if card.kind is CardKind.MCQ:
        show = "<ol class=choices type=A>" + "".join(
            f"<li{' class=correct' if i == card.correct_choice else ''}>{text_html(c)}</li>"
            for i, c in enumerate(card.choices)) + "</ol>"
    elif card.kind is CardKind.ORDER:
        show = "<ul class=items>" + "".join(
            f"<li>{text_html(i)}</li>" for i in card.shuffled_items) + "</ul>"
        answer = "<ol class=items>" + "".join(
            f"<li>{text_html(i)}</li>" for i in card.items) + "</ol>"
    elif card.kind is CardKind.TYPED:
        typed = answer
    return question, answer, show, typed


def plan_notes(deck: Deck, cards: Sequence[CardContent]) -> list[NotePlan]:
    """The notes for one deck's cards, in the deck's order."""
    groups: dict[str, list[CardContent]] = {}
    for card in cards:
        groups.setdefault(card.sibling, []).append(card)
    facts = {f.id: f for f in deck.facts}
    sources = {s.id: s for s in deck.sources}
    plans: list[NotePlan] = []
    for sibling, group in groups.items():
        fact = facts.get(sibling)
        citations = (fact.sources if fact is not None and fact.sources
                     else tuple(c.source for c in group[:1] if c.source is not None))
        source = text_html(source_text(citations, sources))
        extra = text_html(extra_text(group[0]))
        native = None if fact is not None else _native(group, sibling)
        if native is not None:
            model, keys = native
            first = group[0]
            main = (cloze_markup(group) if model is nt.CLOZE else text_html(first.prompt))
            if main is not None:
                back = extra if model is nt.CLOZE else text_html(first.answer)
                plans.append(NotePlan(guid_for(deck.id, sibling), model,
                                      [main, back, source, _meta(deck, group, fact)],
                                      keys, _tags(group)))
                continue
        for part, start in enumerate(range(0, len(group), nt.SLOTS)):
            chunk = group[start:start + nt.SLOTS]
            label = fact.subject if fact is not None else sibling
            values = [text_html(label), extra, source, _meta(deck, chunk, fact, slots=True)]
            for slot in range(nt.SLOTS):
                values.extend(_slot_values(chunk[slot]) if slot < len(chunk) else ("",) * 4)
            plans.append(NotePlan(guid_for(deck.id, sibling, part), nt.TRAINER, values,
                                  dict(enumerate(c.key for c in chunk)), _tags(chunk)))
    return plans


def key_for_ordinal(keys: Sequence[str], ordinal: int, *, cloze: bool) -> str | None:
    """The Trainer card key of the Anki card ``ordinal`` of a note whose meta lists ``keys``."""
    if cloze:
        suffix = f"/c{ordinal + 1}"
        return next((k for k in keys if k.endswith(suffix)), None)
    return keys[ordinal] if 0 <= ordinal < len(keys) else None
