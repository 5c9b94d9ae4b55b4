"""JSON encodings of the domain values the collection stores in text columns."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from json.encoder import encode_basestring
from typing import Any

from trainer.domain import CardContent, CardKind, Citation, Memory, Phase

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def ms(when: datetime) -> int:
    """Milliseconds since the epoch, counted in whole numbers: a float timestamp times 1000
    loses the last millisecond of some dates (2038-02-01 00:00:00.002 read back as .001)."""
    aware = when if when.tzinfo is not None else when.astimezone(UTC)
    return (aware - _EPOCH) // _MS


def from_ms(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + timedelta(milliseconds=value)


def citation_to_dict(c: Citation | None) -> dict[str, Any] | None:
    if c is None:
        return None
    out: dict[str, Any] = {"doc": c.doc, "lines": list(c.lines)}
    if c.page is not None:
        out["page"] = c.page
    return out


def citation_from_dict(d: dict[str, Any] | None) -> Citation | None:
    if not d:
        return None
    a, b = d["lines"]
    return Citation(doc=d["doc"], lines=(int(a), int(b)), page=d.get("page"))


# The reference encoding of card content: sorted keys, default separators, text as is.
# content_to_json writes exactly its output (a test checks), several times faster.
encode_content_reference = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_text = encode_basestring  # a JSON string literal as json writes it (the C version)


_KIND_JSON = {kind: _text(kind.value) for kind in CardKind}


def _texts(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(map(_text, values)) + "]"


def content_to_json(c: CardContent) -> str:
    """The JSON text of one card's content, as ``encode_content_reference`` writes it.

    Written field by field in sorted-key order: an import encodes every card, and the
    general encoder spent more time on this than on storing the card.
    """
    text = _text
    out = '{"answer": ' + text(c.answer)
    if c.choices:
        correct = "null" if c.correct_choice is None else int.__repr__(c.correct_choice)
        out += ', "choices": ' + _texts(c.choices) + ', "correct_choice": ' + correct
    if c.explanation:
        out += ', "explanation": ' + text(c.explanation)
    if c.items:
        out += ', "items": ' + _texts(c.items)
    out += (', "key": ' + text(c.key) + ', "kind": ' + _KIND_JSON[c.kind]
            + ', "prompt": ' + text(c.prompt))
    if c.items:
        out += ', "shuffled_items": ' + _texts(c.shuffled_items)
    out += ', "sibling": ' + text(c.sibling)
    if c.source is not None:
        out += ', "source": ' + _citation(c.source)
    if c.tags:
        out += ', "tags": ' + _texts(c.tags)
    return out + "}"


def _citation(c: Citation) -> str:
    first, last = c.lines
    page = "" if c.page is None else ', "page": ' + int.__repr__(c.page)
    return ('{"doc": ' + _text(c.doc) + ', "lines": [' + int.__repr__(first) + ", "
            + int.__repr__(last) + "]" + page + "}")


def content_payload(c: CardContent) -> dict[str, Any]:
    """One card's content as the dict that ``content_to_json`` encodes."""
    payload: dict[str, Any] = {
        "key": c.key, "sibling": c.sibling, "kind": c.kind.value,
        "prompt": c.prompt, "answer": c.answer,
    }
    if c.choices:
        payload["choices"] = list(c.choices)
        payload["correct_choice"] = c.correct_choice
    if c.items:
        payload["items"] = list(c.items)
        payload["shuffled_items"] = list(c.shuffled_items)
    if c.explanation:
        payload["explanation"] = c.explanation
    if c.source is not None:
        payload["source"] = citation_to_dict(c.source)
    if c.tags:
        payload["tags"] = list(c.tags)
    return payload


def content_from_json(text: str, user_edit: str | None = None) -> CardContent:
    d = json.loads(text)
    prompt, answer = d["prompt"], d["answer"]
    if user_edit:
        edit = json.loads(user_edit)
        prompt = edit.get("prompt", prompt)
        answer = edit.get("answer", answer)
    return CardContent(
        key=d["key"], sibling=d["sibling"], kind=CardKind(d["kind"]),
        prompt=prompt, answer=answer,
        choices=tuple(d.get("choices", ())), correct_choice=d.get("correct_choice"),
        items=tuple(d.get("items", ())), shuffled_items=tuple(d.get("shuffled_items", ())),
        explanation=d.get("explanation", ""), source=citation_from_dict(d.get("source")),
        tags=tuple(d.get("tags", ())),
    )


encode_memory_reference = json.JSONEncoder(sort_keys=True).encode


def memory_payload(m: Memory) -> dict[str, Any]:
    """One scheduling state as the dict that ``memory_to_json`` encodes."""
    return {
        "phase": int(m.phase), "step": m.step, "stability": m.stability,
        "difficulty": m.difficulty, "due": ms(m.due) if m.due else None,
        "last_review": ms(m.last_review) if m.last_review else None,
        "reps": m.reps, "lapses": m.lapses,
    }


def memory_to_json(m: Memory) -> str:
    """A scheduling state as ``encode_memory_reference`` writes it; two go into every answer's
    log row, so the fields are written in sorted order by hand."""
    return ('{"difficulty": ' + _number(m.difficulty)
            + ', "due": ' + ("null" if not m.due else int.__repr__(ms(m.due)))
            + ', "lapses": ' + _number(m.lapses)
            + ', "last_review": '
            + ("null" if not m.last_review else int.__repr__(ms(m.last_review)))
            + ', "phase": ' + int.__repr__(int(m.phase))
            + ', "reps": ' + _number(m.reps)
            + ', "stability": ' + _number(m.stability)
            + ', "step": ' + _number(m.step) + "}")


def _number(value: float | None) -> str:
    """A number (or None) as json writes it."""
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value)  # NaN, infinities, bools, subclasses: json's own spelling


def memory_from_json(text: str) -> Memory:
    d = json.loads(text)
    return Memory(
        phase=Phase(d["phase"]), step=d["step"], stability=d["stability"],
        difficulty=d["difficulty"], due=from_ms(d["due"]), last_review=from_ms(d["last_review"]),
        reps=d["reps"], lapses=d["lapses"],
    )
