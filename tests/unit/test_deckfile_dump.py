"""Dumping: a fixed layout, load(dump(d)) == d, byte-stable, and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.deckfile import DeckError, dump_deck, load_deck, parse_deck, write_deck_atomic
from trainer.deckfile import compose as compose_module
from trainer.deckfile.models import format_duration, parse_duration
from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    DeckSettings,
    Fact,
    FactStatus,
    HandCard,
    Relation,
    Source,
)

GOOD = Path(__file__).resolve().parents[1] / "data" / "decks" / "good"

EXAMPLE = Deck(
    id="all-drug-targets",
    title="ALL: drugs and targets",
    group="ALL",
    description="Two lines\nof text.",
    settings=DeckSettings(desired_retention=0.85, learning_steps_minutes=(0.5, 10.0)),
    sources=(Source("doc003", "003_4dc0da2e69ed16bb.txt", sha256="0" * 64, title="Overview"),),
    facts=(
        Fact(
            id="blinatumomab.drug_target",
            relation=Relation.DRUG_TARGET,
            subject="blinatumomab",
            objects=("CD19", "CD3"),
            sources=(Citation("doc003", (14, 15), page=2),),
            tags=("immunotherapy",),
            status=FactStatus.DRAFT,
            note="yes",
            qualifier="adults",
        ),
        Fact(
            id="x.numeric",
            relation=Relation.NUMERIC,
            subject="Leukämie: Häufigkeit",
            objects=("30",),
            sources=(Citation("doc003", (1, 1)), Citation("doc003", (7, 9))),
        ),
    ),
    cards=(
        HandCard(id="c.cloze", kind=CardKind.CLOZE, front="{{c1::CD19}} is hit", back="why"),
        HandCard(
            id="c.mcq",
            kind=CardKind.MCQ,
            front="Which?",
            choices=(Choice("a"), Choice("b", correct=True)),
            source=Citation("doc003", (3, 4)),
        ),
        HandCard(id="c.order", kind=CardKind.ORDER, front="Order", items=("x", "y"),
                 tags=("t1", "t2")),
    ),
)

EXPECTED = """\
format: 1
id: all-drug-targets
deck: 'ALL: drugs and targets'
group: ALL
description: |-
  Two lines
  of text.
settings:
  desired_retention: 0.85
  learning_steps: [30s, 10m]
sources:
  - id: doc003
    file: 003_4dc0da2e69ed16bb.txt
    sha256: '0000000000000000000000000000000000000000000000000000000000000000'
    title: Overview
facts:
  - id: blinatumomab.drug_target
    relation: drug_target
    subject: blinatumomab
    object: [CD19, CD3]
    source: {doc: doc003, lines: [14, 15], page: 2}
    tags: [immunotherapy]
    status: draft
    note: 'yes'
    qualifier: adults
  - id: x.numeric
    relation: numeric
    subject: 'Leukämie: Häufigkeit'
    object: '30'
    sources:
      - {doc: doc003, lines: [1, 1]}
      - {doc: doc003, lines: [7, 9]}
cards:
  - id: c.cloze
    type: cloze
    text: '{{c1::CD19}} is hit'
    back: why
  - id: c.mcq
    type: mcq
    front: Which?
    choices:
      - a
      - {text: b, correct: true}
    source: {doc: doc003, lines: [3, 4]}
  - id: c.order
    type: order
    front: Order
    items:
      - x
      - y
    tags: [t1, t2]
"""


def test_dump_layout() -> None:
    assert dump_deck(EXAMPLE) == EXPECTED


def test_dump_round_trips_example() -> None:
    assert parse_deck(EXPECTED, filename="x.yaml") == EXAMPLE


def test_minimal_deck_dump() -> None:
    assert dump_deck(Deck(id="d", title="D")) == "format: 1\nid: d\ndeck: D\n"


def test_long_lines_are_not_folded() -> None:
    long = "word " * 100 + "end"
    text = dump_deck(Deck(id="d", title=long))
    assert text.splitlines()[2] == f"deck: {long}"


@pytest.mark.parametrize("path", sorted(GOOD.glob("*.yaml")), ids=lambda p: p.name)
def test_fixtures_round_trip(path: Path) -> None:
    deck = load_deck(path)
    text = dump_deck(deck)
    assert parse_deck(text, filename="x") == deck
    assert dump_deck(parse_deck(text, filename="x")) == text


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(1.0, "1m"), (10.0, "10m"), (0.5, "30s"), (60.0, "1h"), (90.0, "90m"), (1440.0, "1d"),
     (2880.0, "2d"), (1 / 60, "1s"), (1.25, "75s"), (0.1234, "0.1234m")],
)
def test_format_duration(minutes: float, text: str) -> None:
    assert format_duration(minutes) == text
    assert parse_duration(text) == minutes


@given(st.floats(min_value=1 / 60, max_value=36500 * 1440, allow_nan=False))
def test_any_duration_round_trips(minutes: float) -> None:
    assert parse_duration(format_duration(minutes)) == minutes


# ---- generated decks -------------------------------------------------------------------------

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def joined(first: str, rest: str, max_size: int) -> st.SearchStrategy[str]:
    """A first character from ``first`` and up to ``max_size`` more from ``rest``."""
    return st.builds(
        lambda a, b: a + b, st.sampled_from(first), st.text(alphabet=rest, max_size=max_size)
    )


ids = joined(ALNUM, ALNUM + "._:/-", 20)
deck_ids = joined(ALNUM[:26] + ALNUM[52:], ALNUM[:26] + ALNUM[52:] + "._-", 20)
file_names = joined(ALNUM + "_", ALNUM + "_ .-", 20)
sha256s = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
words = st.text(alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
                min_size=1, max_size=12).filter(lambda w: not any(c.isspace() for c in w))
texts = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")
citation_lines = st.tuples(st.integers(1, 500), st.integers(0, 50)).map(
    lambda t: (t[0], t[0] + t[1])
)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    source_ids = draw(st.lists(ids, min_size=0, max_size=3, unique=True))
    sources = tuple(
        Source(
            id=sid,
            file=draw(file_names),
            sha256=draw(st.none() | sha256s),
            title=draw(st.none() | texts),
        )
        for sid in source_ids
    )

    def citation() -> Citation:
        return Citation(
            doc=draw(st.sampled_from(source_ids)),
            lines=draw(citation_lines),
            page=draw(st.none() | st.integers(1, 999)),
        )

    item_ids = draw(st.lists(ids, min_size=0, max_size=8, unique=True))
    split = draw(st.integers(0, len(item_ids)))
    facts = []
    for fid in item_ids[:split]:
        n_cites = draw(st.integers(0, 3)) if source_ids else 0
        facts.append(
            Fact(
                id=fid,
                relation=draw(st.sampled_from(list(Relation))),
                subject=draw(texts),
                objects=tuple(draw(st.lists(texts, min_size=1, max_size=3, unique=True))),
                sources=tuple(citation() for _ in range(n_cites)),
                tags=tuple(draw(st.lists(words, max_size=3))),
                status=draw(st.sampled_from(list(FactStatus))),
                note=draw(st.none() | texts),
                qualifier=draw(st.none() | texts),
            )
        )
    cards = []
    for cid in item_ids[split:]:
        kind = draw(st.sampled_from(list(CardKind)))
        cited: bool = bool(source_ids) and draw(st.booleans())
        front = draw(texts)
        back = draw(texts)
        choices: tuple[Choice, ...] = ()
        items: tuple[str, ...] = ()
        if kind is CardKind.CLOZE:
            answer = draw(joined(ALNUM, ALNUM + " .-", 10))
            front = draw(texts) + " {{c1::" + answer + "}}"
            back = draw(st.just("") | texts)
        elif kind is CardKind.MCQ:
            options = draw(st.lists(texts, min_size=2, max_size=4, unique=True))
            right = draw(st.integers(0, len(options) - 1))
            choices = tuple(Choice(t, i == right) for i, t in enumerate(options))
            back = draw(st.just("") | texts)
        elif kind is CardKind.ORDER:
            items = tuple(draw(st.lists(texts, min_size=2, max_size=4, unique=True)))
            back = draw(st.just("") | texts)
        cards.append(
            HandCard(
                id=cid,
                kind=kind,
                front=front,
                back=back,
                choices=choices,
                items=items,
                source=citation() if cited else None,
                tags=tuple(draw(st.lists(words, max_size=2))),
            )
        )
    steps = st.lists(st.floats(min_value=1 / 60, max_value=10000, allow_nan=False), max_size=4)
    deck_settings = DeckSettings(
        desired_retention=draw(st.floats(0.70, 0.99)),
        new_per_day=draw(st.integers(0, 9999)),
        reviews_per_day=draw(st.integers(0, 99999)),
        learning_steps_minutes=tuple(draw(steps)),
        relearning_steps_minutes=tuple(draw(steps)),
        maximum_interval_days=draw(st.integers(1, 36500)),
    )
    return Deck(
        id=draw(deck_ids),
        title=draw(texts),
        description=draw(st.just("") | texts),
        group=draw(st.just("") | texts),
        sources=sources,
        facts=tuple(facts),
        cards=tuple(cards),
        settings=draw(st.just(DeckSettings()) | st.just(deck_settings)),
    )


def parse_without_libyaml(text: str) -> Deck:
    saved = compose_module.fast_parser
    compose_module.fast_parser = None
    try:
        return parse_deck(text, filename="generated.yaml")
    finally:
        compose_module.fast_parser = saved


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks())
def test_load_dump_round_trip(deck: Deck) -> None:
    text = dump_deck(deck)
    loaded = parse_deck(text, filename="generated.yaml")
    assert loaded == deck
    assert dump_deck(loaded) == text
    assert parse_without_libyaml(text) == deck


# ---- atomic writes ---------------------------------------------------------------------------


def test_write_deck_atomic(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    write_deck_atomic(EXAMPLE, path)
    assert path.read_bytes() == EXPECTED.encode("utf-8")
    assert load_deck(path) == EXAMPLE
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]


def test_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("old")
    os.chmod(path, 0o640)
    write_deck_atomic(EXAMPLE, path)
    assert path.read_text(encoding="utf-8") == EXPECTED
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640


def test_invalid_deck_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("old")
    bad = Deck(id="Not A Slug", title="x")
    with pytest.raises(DeckError):
        write_deck_atomic(bad, path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]


def test_failed_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("old")

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_deck_atomic(EXAMPLE, path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]
