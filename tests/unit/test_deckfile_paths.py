"""A deck reads the same whether the fast path takes it or the careful path words it."""

from __future__ import annotations

import pytest

from trainer.deckfile import compose
from trainer.deckfile.load import check_text

HEAD = "format: 1\nid: d\ndeck: D\nsources:\n  - id: s1\n    file: a.txt\n"
FACT = "  - id: f1\n    relation: drug_target\n    subject: {subject}\n    object: {obj}\n"
CARD = "  - id: c1\n    type: mcq\n    front: Which?\n    choices: [{choices}]\n"

TEXTS = [
    # valid, with spellings the fast path must read exactly as the careful path does
    HEAD + "facts:\n" + FACT.format(subject="'AT & T'", obj="[CD19, CD3]"),
    HEAD + "settings:\n  desired_retention: .85\n  new_per_day: 7\n"
    "  learning_steps: [30s, 1.5h]\n",
    HEAD + "cards:\n" + CARD.format(choices="a, {text: b, correct: true}"),
    HEAD + "facts:\n" + FACT.format(subject="|\n      two\n      lines", obj="x"),
    HEAD + "settings:\n  desired_retention: 9e-1\n",  # YAML 1.1 reads text; still a number
    # YAML 1.1 spellings of numbers and yes/no: refused with the same words either way
    HEAD + "settings:\n  new_per_day: 0x10\n",
    HEAD + "settings:\n  new_per_day: 1_000\n",
    HEAD + "settings:\n  maximum_interval: 1:30\n",
    HEAD + "cards:\n" + CARD.format(choices="a, {text: b, correct: yes}"),
    HEAD + "facts:\n" + FACT.format(subject="yes", obj="x"),
    HEAD + "facts:\n" + FACT.format(subject="2024-01-02", obj="x"),
    # things only the careful path words
    HEAD + "facts:\n" + FACT.format(subject="a", obj="x") + "    subject: again\n",
    HEAD + "facts:\n" + FACT.format(subject="a", obj="[x, x]"),
    HEAD + "facts:\n" + FACT.format(subject="&a b", obj="*a"),
    HEAD + "facts:\n  - <<: {id: f1}\n    relation: drug_target\n",
    HEAD + "facts:\n" + FACT.format(subject="a", obj="x") + "    note:\n",
    HEAD + "id: again\n",
    HEAD + "cards:\n" + CARD.format(choices="a, a, {text: b, correct: true}"),
    HEAD + "cards:\n" + CARD.format(choices="a, {text: b, correct: true}, "
                                    "{text: c, correct: true}"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_outcome_on_both_paths(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = check_text(text, filename="d.yaml")
    monkeypatch.setattr(compose, "fast_parser", None)
    careful = check_text(text, filename="d.yaml")
    assert fast.problems == careful.problems
    assert fast.deck == careful.deck


def test_the_valid_examples_load_and_the_others_say_why() -> None:
    outcomes = [check_text(t, filename="d.yaml") for t in TEXTS]
    assert [o.deck is not None for o in outcomes[:5]] == [True] * 5
    assert all(o.deck is None and o.problems for o in outcomes[5:])
    retention = outcomes[1].deck
    assert retention is not None and retention.settings.learning_steps_minutes == (0.5, 90.0)
