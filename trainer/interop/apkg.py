"""Exporting a deck as an Anki package (.apkg), for learners who also use Anki.

Every rendered card becomes one Anki note of a simple two-field type; the note's guid is
derived from the deck id and card key, so re-exporting updates the same notes in Anki.
"""

from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path

import genanki

from trainer.domain import CardContent, CardKind, Deck
from trainer.templates import render_cards

_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }"


def _stable_int(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16) % (1 << 31) + (1 << 30)


def _model(deck: Deck) -> genanki.Model:
    return genanki.Model(
        _stable_int(f"trainer-model:{deck.id}"), "Trainer card",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}],
        templates=[{"name": "Card", "qfmt": "{{Question}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br><small>{{Source}}</small>"}],
        css=_CSS)


def _front_back(card: CardContent) -> tuple[str, str]:
    question, answer = html.escape(card.prompt), html.escape(card.answer)
    if card.kind is CardKind.MCQ:
        options = "".join(f"<li>{html.escape(c)}</li>" for c in card.choices)
        question += f"<ol>{options}</ol>"
    elif card.kind is CardKind.ORDER:
        question += "<ul>" + "".join(f"<li>{html.escape(i)}</li>"
                                     for i in card.shuffled_items) + "</ul>"
        answer = "<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in card.items) + "</ol>"
    return question, answer


def export_apkg(deck: Deck, output: Path) -> int:
    """Write ``deck`` as an .apkg (temporary file, then rename); returns the note count."""
    anki_deck = genanki.Deck(_stable_int(f"trainer-deck:{deck.id}"), deck.title)
    model = _model(deck)
    cards = render_cards(deck)
    for card in cards:
        question, answer = _front_back(card)
        anki_deck.add_note(genanki.Note(
            model=model, fields=[question, answer, html.escape(card.explanation)],
            guid=genanki.guid_for(deck.id, card.key),
            tags=[t.replace(" ", "_") for t in card.tags]))
    tmp = output.with_name(output.name + ".tmp")
    try:
        genanki.Package(anki_deck).write_to_file(str(tmp), timestamp=0)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    return len(cards)
