"""JSON encodings of the domain values the collection stores in text columns."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from trainer.domain import CardContent, CardKind, Citation, Memory, Phase


def ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def from_ms(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value / 1000, tz=UTC)


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


# One encoder made once: json.dumps builds a new one per call, a third of the cost of a card.
_encode_content = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def content_to_json(c: CardContent) -> str:
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
    return _encode_content(payload)


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


_encode_sorted = json.JSONEncoder(sort_keys=True).encode


def memory_to_json(m: Memory) -> str:
    return _encode_sorted({
        "phase": int(m.phase), "step": m.step, "stability": m.stability,
        "difficulty": m.difficulty, "due": ms(m.due) if m.due else None,
        "last_review": ms(m.last_review) if m.last_review else None,
        "reps": m.reps, "lapses": m.lapses,
    })


def memory_from_json(text: str) -> Memory:
    d = json.loads(text)
    return Memory(
        phase=Phase(d["phase"]), step=d["step"], stability=d["stability"],
        difficulty=d["difficulty"], due=from_ms(d["due"]), last_review=from_ms(d["last_review"]),
        reps=d["reps"], lapses=d["lapses"],
    )
