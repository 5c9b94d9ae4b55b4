"""Bad decks: every problem is reported, each at the right line and column, in plain words."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from trainer.deckfile import DeckError, Problem, load_deck, parse_deck, validate_text

BAD = Path(__file__).resolve().parents[1] / "data" / "decks" / "bad"

HEAD = "id: d\ndeck: D\n"


def problems(text: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in validate_text(text, filename="d.yaml")]


def only(text: str) -> tuple[int, int, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def test_problem_prints_as_file_line_col_message() -> None:
    assert str(Problem("all.yaml", 12, 5, "oops")) == "all.yaml:12:5: oops"


def test_missing_source_example_from_the_guide() -> None:
    with pytest.raises(DeckError) as info:
        load_deck(BAD / "missing-source.yaml")
    assert [str(p) for p in info.value.problems] == [
        f"{BAD / 'missing-source.yaml'}:13:19: fact 'x.target' cites source 'doc9', but the "
        "deck lists no source with that id (known: doc001, doc003)"
    ]


def test_every_problem_is_found_in_file_order() -> None:
    with pytest.raises(DeckError) as info:
        load_deck(BAD / "many-problems.yaml")
    found = [(p.line, p.col) for p in info.value.problems]
    assert found == [
        (2, 5), (3, 1), (5, 22), (6, 24), (7, 16), (10, 11), (11, 9), (13, 13),
        (16, 15), (18, 13), (19, 19), (19, 32), (20, 11), (21, 9), (23, 14), (25, 34),
        (26, 5), (26, 14), (27, 5), (28, 14), (34, 14), (34, 18), (37, 5),
        (40, 11), (41, 5), (42, 5), (48, 16), (49, 5), (53, 60), (53, 66),
    ]
    assert len(str(info.value).splitlines()) == len(found)


@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [
        pytest.param(
            "id: d\ndeck: D\nfatcs: []\n", 3, 1,
            "unknown key 'fatcs'; did you mean 'facts'? (allowed: format, id, deck, group, "
            "description, settings, sources, facts, cards)",
            id="unknown-top-key",
        ),
        pytest.param(
            "id: d\ntitle: D\n", 2, 1,
            "unknown key 'title'; did you mean 'deck'? (allowed: format, id, deck, group, "
            "description, settings, sources, facts, cards)",
            id="title-instead-of-deck",
        ),
        pytest.param(
            "id: d\ngroup: G\n", 1, 1,
            "the deck file is missing the required key 'deck'",
            id="missing-title",
        ),
        pytest.param(
            "id: d\ndeck: D\nid: e\n", 3, 1,
            "key 'id' is given twice (first on line 1); remove one",
            id="duplicate-key",
        ),
        pytest.param(
            "id: Big Deck\ndeck: D\n", 1, 5,
            "'id' has an invalid value 'Big Deck': a deck id is 1-80 lowercase letters, "
            "digits, '.', '_' or '-', starting with a letter or digit",
            id="bad-deck-id",
        ),
        pytest.param(
            "format: 2\nid: d\ndeck: D\nnew_key: 1\n", 1, 9,
            "unsupported deck format 2; this version of Trainer reads format 1",
            id="format-2",
        ),
        pytest.param(
            "id: d\ndeck: \n", 2, 6,
            "'deck' has no value; write text or remove the key",
            id="empty-title",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n    object: o\n"
            "    tags: 5\n", 8, 11,
            "fact 'f': 'tags' must be a list of tags, got a number (5)",
            id="tags-number",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n    object: o\n"
            "    tags: [a, two words]\n", 8, 15,
            "fact 'f': 'tags' item 2 has an invalid value 'two words': a tag is one word "
            "without spaces",
            id="tag-with-space",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n", 4, 5,
            "fact 'f' is missing the required key 'object'",
            id="missing-object",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subjet: s\n    object: o\n", 6, 5,
            "fact 'f': unknown key 'subjet'; did you mean 'subject'? (allowed: id, relation, "
            "subject, object, source, sources, tags, status, note, qualifier)",
            id="unknown-fact-key",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n    object: o\n"
            "    status: done\n", 8, 13,
            "fact 'f': 'status' must be one of accepted, draft, conflict, rejected; got 'done'",
            id="bad-status",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n    object: [a, '']\n",
            7, 17,
            "fact 'f': 'object' item 2 is empty",
            id="empty-object-item",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: s\n    object: o\n"
            "  - id: f\n    relation: note\n    subject: s\n    object: o\n", 8, 9,
            "fact id 'f' is already used by the fact on line 4; ids must be unique across the "
            "deck's facts and cards",
            id="duplicate-fact-id",
        ),
        pytest.param(
            HEAD + "facts:\n  - {id: f, relation: note, subject: s, object: o}\n"
            "cards:\n  - {id: f, type: basic, front: q, back: a}\n", 6, 10,
            "card id 'f' is already used by the fact on line 4; ids must be unique across the "
            "deck's facts and cards",
            id="card-id-same-as-fact-id",
        ),
        pytest.param(
            HEAD + "sources:\n  - {id: s1, file: a.txt}\n"
            "facts:\n  - {id: f, relation: note, subject: s, object: o,\n"
            "     source: {doc: s1, lines: [0, 3]}}\n", 7, 32,
            "fact 'f': 'source': 'lines' item 1 must be between 1 and 1e+07, got 0",
            id="line-zero",
        ),
        pytest.param(
            HEAD + "sources:\n  - {id: s1, file: a.txt}\n"
            "facts:\n  - {id: f, relation: note, subject: s, object: o,\n"
            "     source: {doc: s1, lines: [9, 3]}}\n", 7, 31,
            "fact 'f': 'lines' [9, 3] must go from the first line to the last (9 is after 3)",
            id="lines-reversed",
        ),
        pytest.param(
            HEAD + "facts:\n  - {id: f, relation: note, subject: s, object: o,\n"
            "     source: {doc: s1, lines: [1, 3]}}\n", 5, 20,
            "fact 'f' cites source 's1', but the deck lists no source with that id (it has no "
            "'sources' list)",
            id="no-sources-at-all",
        ),
        pytest.param(
            HEAD + "sources:\n  - {id: s1, file: data/a.txt}\n", 4, 20,
            "source 's1': 'file' has an invalid value 'data/a.txt': write the file name only, "
            "without folders, e.g. 003_guideline.txt",
            id="file-with-folder",
        ),
        pytest.param(
            HEAD + "sources:\n  - {id: s1, file: a.txt}\n  - {id: s1, file: b.txt}\n", 5, 10,
            "source id 's1' is used twice (first on line 4); give each source its own id",
            id="duplicate-source-id",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: basic\n    front: '  '\n    back: a\n", 6, 12,
            "card 'c': 'front' is empty",
            id="blank-question",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: typed\n    back: a\n", 4, 5,
            "card 'c': typed cards need 'front'",
            id="no-question",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: flashcard\n    front: q\n    back: a\n", 5, 11,
            "card 'c': 'type' must be one of basic, reverse, cloze, typed, mcq, order; got "
            "'flashcard'",
            id="bad-card-type",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: cloze\n    text: 'CD19 is {{c1::}}'\n", 6, 11,
            "card 'c': 'text' has an invalid value 'CD19 is {{c1::}}': a cloze text needs at "
            "least one deletion such as {{c1::answer}} or {{c1::answer::hint}}",
            id="cloze-without-deletion",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: cloze\n    front: '{{c1::x}}'\n", 6, 5,
            "card 'c': cloze cards do not use 'front' (only basic, reverse, typed, mcq, order "
            "cards do); write the cloze text under 'text'",
            id="cloze-with-front",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: mcq\n    front: q\n    choices: [a, b, c]\n",
            7, 14,
            "card 'c': no choice is marked correct; mark exactly one as "
            "{text: ..., correct: true}",
            id="mcq-none-correct",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: mcq\n    front: q\n    choices:\n"
            "      - {text: a, correct: true}\n      - b\n      - {text: c, correct: true}\n",
            10, 9,
            "card 'c': more than one choice is marked correct (the first is on line 8); an "
            "mcq card has exactly one correct choice",
            id="mcq-two-correct",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: mcq\n    front: q\n    choices:\n"
            "      - {text: a, correct: true}\n", 8, 7,
            "card 'c': 'choices' needs at least 2 choices, got 1",
            id="mcq-one-choice",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: mcq\n    front: q\n    choices:\n"
            "      - {text: a, correct: true}\n      - b\n      - b\n", 10, 9,
            "card 'c': choice 'b' is listed twice (first on line 9); remove one",
            id="mcq-duplicate-choice",
        ),
        pytest.param(
            HEAD + "cards:\n  - id: c\n    type: order\n    front: q\n    items: [a]\n", 7, 12,
            "card 'c': 'items' needs at least 2 items, got 1",
            id="order-one-item",
        ),
        pytest.param(
            HEAD + "settings:\n  desired_retention: 0.5\n", 4, 22,
            "settings: 'desired_retention' must be between 0.7 and 0.99, got 0.5",
            id="retention-out-of-range",
        ),
        pytest.param(
            HEAD + "settings:\n  new_per_day: 10000\n", 4, 16,
            "settings: 'new_per_day' must be between 0 and 9999, got 10000",
            id="new-per-day-out-of-range",
        ),
        pytest.param(
            HEAD + "settings:\n  reviews_per_day: 2.5\n", 4, 20,
            "settings: 'reviews_per_day' must be a whole number in plain digits, got 2.5",
            id="reviews-not-whole",
        ),
        pytest.param(
            HEAD + "settings:\n  learning_steps: [1m, 10 min]\n", 4, 24,
            "settings: 'learning_steps' item 2 ('10 min') is not a duration: write a number "
            "and a unit (s, m, h or d), such as 30s, 10m, 1h or 2d",
            id="bad-duration",
        ),
        pytest.param(
            HEAD + "settings:\n  learning_steps: 10m\n", 4, 19,
            "settings: 'learning_steps' must be a list of durations such as [1m, 10m], got "
            "text ('10m'); write it as a list, e.g. [10m]",
            id="steps-not-a-list",
        ),
        pytest.param(
            HEAD + "settings:\n  maximum_interval: 0\n", 4, 21,
            "settings: 'maximum_interval' must be between 1 and 36500, got 0",
            id="interval-zero",
        ),
        pytest.param(
            HEAD + "settings:\n  retention: 0.9\n", 4, 3,
            "settings: unknown key 'retention'; did you mean 'desired_retention'? (allowed: "
            "desired_retention, new_per_day, reviews_per_day, learning_steps, "
            "relearning_steps, maximum_interval)",
            id="settings-alias",
        ),
        pytest.param(
            HEAD + "facts:\n  - id: f\n    relation: note\n    subject: 1985\n    object: o\n",
            6, 14,
            "fact 'f': 'subject' must be text, got a number (1985); put it in quotes "
            "(\"1985\") to use it as text",
            id="number-for-text",
        ),
        pytest.param(
            HEAD + "facts: {id: f}\n", 3, 8,
            "'facts' must be a list of facts, got a mapping of 'key: value' pairs",
            id="facts-not-a-list",
        ),
        pytest.param(
            HEAD + "facts:\n  - just text\n", 4, 5,
            "'facts' item 1 must be a mapping of 'key: value' lines, got text ('just text')",
            id="fact-not-a-mapping",
        ),
    ],
)
def test_problem_position_and_message(text: str, line: int, col: int, message: str) -> None:
    assert only(text) == (line, col, message)


def test_problems_inside_one_fact_are_all_reported() -> None:
    text = textwrap.dedent(
        """\
        id: d
        deck: D
        facts:
          - id: f
            relation: drugtarget
            subject: ""
            object: []
            colour: red
        """
    )
    assert [(line, col) for line, col, _ in problems(text)] == [(5, 15), (6, 14), (7, 13), (8, 5)]


def test_fact_without_usable_id_is_named_by_position() -> None:
    text = HEAD + "facts:\n  - {id: f, relation: note, subject: s, object: o}\n" \
        "  - {relation: note, subject: s, object: o, note: ''}\n"
    assert problems(text) == [
        (5, 5, "fact #2 is missing the required key 'id'"),
        (5, 51, "fact #2: 'note' is empty"),
    ]


def test_parse_deck_raises_with_all_problems() -> None:
    with pytest.raises(DeckError) as info:
        parse_deck("id: X\ndeck: ''\n", filename="x.yaml")
    assert [str(p) for p in info.value.problems] == [
        "x.yaml:1:5: 'id' has an invalid value 'X': a deck id is 1-80 lowercase letters, "
        "digits, '.', '_' or '-', starting with a letter or digit",
        "x.yaml:2:7: 'deck' is empty",
    ]


def test_same_problems_with_and_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    from trainer.deckfile import compose, validate_file

    paths = sorted(BAD.glob("*.yaml")) + sorted((BAD.parent / "good").glob("*.yaml"))
    fast = [validate_file(p) for p in paths]
    monkeypatch.setattr(compose, "fast_parser", None)
    assert [validate_file(p) for p in paths] == fast


def test_an_mcq_choice_with_empty_text_is_a_problem_not_a_crash() -> None:
    from trainer.deckfile import validate_text

    text = ("format: 1\nid: d\ndeck: D\ncards:\n  - id: c\n    type: mcq\n    front: q\n"
            "    choices: [a, {text: '', correct: true}]\n")
    problems = validate_text(text, filename="d.yaml")
    assert problems, "an empty choice must be reported"
    assert all(p.line == 8 for p in problems)
