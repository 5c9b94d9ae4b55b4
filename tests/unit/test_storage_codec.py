"""Card content and scheduling states are stored as JSON; the hand-written encoders must
write exactly what json writes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from trainer.domain import CardContent, CardKind, Citation, Memory, Phase
from trainer.storage.codec import (
    content_from_json,
    content_payload,
    content_to_json,
    encode_content_reference,
    encode_memory_reference,
    from_ms,
    memory_from_json,
    memory_payload,
    memory_to_json,
    ms,
)

_text = st.text(max_size=30)  # any code point: quotes, backslashes, controls, emoji
_texts = st.lists(_text, max_size=4).map(tuple)
_citations = st.builds(
    Citation,
    doc=_text,
    lines=st.tuples(st.integers(1, 10**6), st.integers(1, 10**6)),
    page=st.none() | st.integers(1, 5000),
)
_contents = st.builds(
    CardContent,
    key=_text, sibling=_text,
    kind=st.sampled_from([k for k in CardKind if k is not CardKind.REVERSE]),
    prompt=_text, answer=_text, choices=_texts, correct_choice=st.none() | st.integers(0, 9),
    items=_texts, shuffled_items=_texts, explanation=_text, source=st.none() | _citations,
    tags=_texts,
)


@given(_contents)
def test_content_json_is_byte_identical_to_the_reference_encoder(content: CardContent) -> None:
    # Stored content is compared as text on re-import: a different spelling of the same JSON
    # would count every card of every deck as edited.
    assert content_to_json(content) == encode_content_reference(content_payload(content))


@given(_contents)
def test_content_json_reads_back_as_the_same_card(content: CardContent) -> None:
    back = content_from_json(content_to_json(content))
    expected = content
    if not content.choices:  # correct_choice is stored with the choices only
        expected = expected._replace(correct_choice=None)
    if not content.items:  # as are the shuffled items with the items
        expected = expected._replace(shuffled_items=())
    assert back == expected


def test_a_card_with_quotes_and_a_line_break_stays_valid_json() -> None:
    card = CardContent(key="k1", sibling="k1", kind=CardKind.BASIC,
                       prompt='Dose of "MTX"?\nGive it IT', answer="12 mg — once")
    assert json.loads(content_to_json(card))["prompt"] == 'Dose of "MTX"?\nGive it IT'
    assert "—" in content_to_json(card)  # text is kept as written, not \\u-escaped



_instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                         timezones=st.just(UTC))
_memories = st.builds(
    Memory,
    phase=st.sampled_from(list(Phase)),
    step=st.none() | st.integers(0, 10),
    stability=st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=0),
    difficulty=st.none() | st.floats(min_value=1, max_value=10),
    due=st.none() | _instants,
    last_review=st.none() | _instants,
    reps=st.integers(0, 10_000),
    lapses=st.integers(0, 1_000),
)


@given(_memories)
def test_memory_json_is_byte_identical_to_the_reference_encoder(memory: Memory) -> None:
    assert memory_to_json(memory) == encode_memory_reference(memory_payload(memory))


@given(_memories)
def test_memory_json_reads_back_as_the_same_state_to_the_millisecond(memory: Memory) -> None:
    back = memory_from_json(memory_to_json(memory))
    assert back.phase is memory.phase
    assert (back.step, back.stability, back.difficulty, back.reps, back.lapses) == (
        memory.step, memory.stability, memory.difficulty, memory.reps, memory.lapses)
    for read, written in ((back.due, memory.due), (back.last_review, memory.last_review)):
        assert (read is None) == (written is None)
        if read is not None and written is not None:
            assert abs((read - written).total_seconds()) < 0.001


def test_a_due_time_keeps_its_last_millisecond() -> None:
    """A float timestamp times 1000 read 2038-02-01 00:00:00.002 back as .001: a card would
    come due a millisecond early after every save."""
    when = datetime(2038, 2, 1, 0, 0, 0, 2000, tzinfo=UTC)
    assert ms(when) == 2148595200002
    assert from_ms(ms(when)) == when
