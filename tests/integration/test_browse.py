"""The card browser's service on a real collection: every search form, every sort column,
every bulk action and its exact undo, card info, and the full-text index kept in step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from tests.integration.decks import basic, deck, fact
from trainer.clock import FixedClock
from trainer.domain import Flag, Phase, Rating
from trainer.services import Collection
from trainer.services.browse import BrowseService
from trainer.services.browse_models import COLUMNS
from trainer.services.search import SearchError
from trainer.storage.codec import ms

DAY = 86_400_000

HAND = (basic("h1", "What does vincristine bind?", "Tubulin")
        + "  - id: h2\n    type: basic\n    front: Which marker shows a Leucémie of B cells?\n"
          "    back: CD19\n    tags: [markers, B-cells]\n    source: {doc: d1, lines: [3, 4]}\n"
        + basic("h3", "Which drug is rituximab's class?", "Monoclonal antibody")
        + basic("h4", "Card with a typo", "Answr"))
FACTS = (fact("blinatumomab.target", "blinatumomab", "[CD19, CD3]")
         + fact("imatinib.class", "imatinib", "tyrosine kinase inhibitor",
                relation="drug_class"))


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Iterator[Collection]:
    opened = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False)
    opened.import_deck_files([
        write_deck(deck(facts=FACTS, cards=HAND, deck_id="main", title="Main deck"), "a.yaml"),
        write_deck(deck(cards=basic("o1", "Other deck question", "Other answer"),
                        deck_id="other", title="Other deck"), "b.yaml")])
    yield opened
    opened.close()


@pytest.fixture
def browser(col: Collection) -> BrowseService:
    return col.browser()


def ids_by_key(col: Collection) -> dict[str, int]:
    with col.engine.connect() as conn:
        return {k: i for i, k in conn.exec_driver_sql("SELECT id, key FROM cards")}


def _sql(col: Collection, statement: str, *params: object) -> None:
    with col.engine.begin() as conn:
        conn.exec_driver_sql(statement, params)


@pytest.fixture
def studied(col: Collection, clock: FixedClock) -> dict[str, int]:
    """A few cards given a schedule: h1 due yesterday, h3 due in 40 days, h4 a leech."""
    keys = ids_by_key(col)
    now = ms(clock.now())
    _sql(col, "UPDATE card_states SET phase=2, stability=3.0, difficulty=4.0, due=?, "
              "last_review=?, reps=3, lapses=0 WHERE card_id=?", now - DAY, now - 4 * DAY,
         keys["h1"])
    _sql(col, "UPDATE card_states SET phase=2, stability=45.0, difficulty=8.5, due=?, "
              "last_review=?, reps=6, lapses=2 WHERE card_id=?", now + 40 * DAY,
         now - 2 * DAY, keys["h3"])
    _sql(col, "UPDATE card_states SET phase=1, step=0, due=?, last_review=?, reps=1 "
              "WHERE card_id=?", now + 600_000, now - 60_000, keys["h2"])
    _sql(col, "UPDATE card_states SET suspended=1 WHERE card_id=?", keys["h4"])
    _sql(col, "INSERT INTO card_marks (card_id, flag, leech, suspended_reason) "
              "VALUES (?, 2, 1, 'leech')", keys["h4"])
    _sql(col, "INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, "
              "phase_before, phase_after, state_before, state_after, scheduled_days, "
              "elapsed_days) VALUES (?, ?, 1, 5000, 2, 3, '{}', '{}', 0.0, 3.0)",
         keys["h3"], now - 2 * DAY)
    return keys


def found(browser: BrowseService, query: str, keys: dict[str, int]) -> set[str]:
    names = {v: k for k, v in keys.items()}
    return {names[i] for i in browser.search(query)}


@pytest.mark.parametrize(("query", "expected"), [
    ("vincristine", {"h1"}),
    ("VINCRISTINE", {"h1"}),
    ("leucemie", {"h2"}),  # diacritics folded
    ("tubul", {"h1"}),  # a word matched from its start
    ("*mab", {"h3", "blinatumomab*"}),
    ('"drug is rituximab"', {"h3"}),
    ("deck:other", {"o1"}),
    ("deck:Oth*", {"o1"}),
    ("tag:markers", {"h2"}),
    ("tag:b-CELLS", {"h2"}),
    ("source:d1", {"h2", "blinatumomab*", "imatinib*"}),
    ("source:notes.txt", {"h2", "blinatumomab*", "imatinib*"}),
    ("source:elsewhere*", set()),
    ("is:learn", {"h2"}),
    ("is:review", {"h1", "h3"}),
    ("is:due", {"h1", "h2"}),
    ("is:suspended", {"h4"}),
    ("is:leech", {"h4"}),
    ("flag:2", {"h4"}),
    ("prop:ivl>30", {"h3"}),
    ("prop:s>30", {"h3"}),
    ("prop:d>7", {"h3"}),
    ("prop:lapses>=2", {"h3"}),
    ("prop:r<0.9", {"h1"}),  # 4 days since review at stability 3: below 90 %
    ("rated:7", {"h3"}),
    ("rated:7:1", {"h3"}),
    ("rated:7:3", set()),
    ("rated:1", set()),
    ("is:review -prop:s>30", {"h1"}),
    ("is:review or is:suspended", {"h1", "h3", "h4"}),
    ("(deck:other or tag:markers) -is:learn", {"o1"}),
])
def test_each_search_finds_the_cards_it_names(browser: BrowseService, studied: dict[str, int],
                                              query: str, expected: set[str]) -> None:
    # "name*" stands for every card whose key starts with name (a fact's several cards)
    wanted = {k for k in studied for e in expected
              if k == e or (e.endswith("*") and k.startswith(e[:-1]))}
    assert wanted >= {e for e in expected if not e.endswith("*")}
    assert found(browser, query, studied) == wanted


def test_relation_and_added_searches(browser: BrowseService, col: Collection,
                                     clock: FixedClock, studied: dict[str, int]) -> None:
    assert found(browser, "relation:drug_class", studied) == {
        k for k in studied if k.startswith("imatinib.class")}
    assert found(browser, "added:1", studied) == set(studied)
    clock.advance(timedelta(days=3))
    assert found(browser, "added:3", studied) == set()
    assert found(browser, "added:4", studied) == set(studied)


def test_sorting_by_every_column_in_both_directions(browser: BrowseService,
                                                    studied: dict[str, int]) -> None:
    everything = set(browser.search(""))
    for column in COLUMNS:
        up, down = browser.search("", sort=column), browser.search("", sort=column,
                                                                   descending=True)
        assert set(up) == everything and up == list(reversed(down)), column
    due = browser.search("", sort="due")
    assert due[:3] == [studied["h1"], studied["h2"], studied["h3"]], "studied first, by due"
    rows = browser.rows(browser.search("", sort="lapses", descending=True))
    assert rows[0].card_id == studied["h3"] and rows[0].lapses == 2
    questions = [r.question for r in browser.rows(browser.search("", sort="question"))]
    assert questions == sorted(questions, key=str.casefold)
    low_recall_first = browser.rows(browser.search("is:review", sort="retrievability"))
    assert [r.card_id for r in low_recall_first] == [studied["h1"], studied["h3"]]
    assert low_recall_first[0].retrievability is not None
    assert low_recall_first[0].retrievability < low_recall_first[1].retrievability  # type: ignore[operator]


def test_a_bad_search_raises_with_the_position(browser: BrowseService) -> None:
    with pytest.raises(SearchError, match="'is:what' at position 8"):
        browser.search("deck:a is:what")


def _dump(col: Collection) -> str:
    with col.engine.connect() as conn:
        return repr([conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2").all() for t in (
            "cards", "card_states", "card_marks", "card_tags", "review_log")])


@pytest.mark.parametrize("action", [
    "suspend", "unsuspend", "bury", "flag", "tag", "untag", "reset", "due", "move", "delete"])
def test_every_bulk_action_changes_the_cards_and_undo_restores_them_exactly(
        browser: BrowseService, col: Collection, studied: dict[str, int], action: str) -> None:
    chosen = [studied["h1"], studied["h3"], studied["h4"]]
    browser.add_tags(chosen, "keep")  # something for "untag" to take off
    before = _dump(col)
    do: dict[str, Callable[[], object]] = {
        "suspend": lambda: browser.suspend(chosen),
        "unsuspend": lambda: browser.unsuspend(chosen),
        "bury": lambda: browser.bury(chosen),
        "flag": lambda: browser.set_flag(chosen, Flag.GREEN),
        "tag": lambda: browser.add_tags(chosen, "exam-week, hard"),
        "untag": lambda: browser.remove_tags(chosen, "keep"),
        "reset": lambda: browser.reset_to_new(chosen),
        "due": lambda: browser.set_due(chosen, 3),
        "move": lambda: browser.move(chosen, "other"),
        "delete": lambda: browser.delete(chosen),
    }
    change = do[action]()
    assert set(change.card_ids) == set(chosen)  # type: ignore[attr-defined]
    assert _dump(col) != before
    check = {
        "suspend": lambda: found(browser, "is:suspended", studied) >= {"h1", "h3", "h4"},
        "unsuspend": lambda: "h4" not in found(browser, "is:suspended", studied),
        "bury": lambda: found(browser, "is:buried", studied) == {"h1", "h3", "h4"},
        "flag": lambda: found(browser, "flag:3", studied) == {"h1", "h3", "h4"},
        "tag": lambda: found(browser, "tag:exam-week tag:hard", studied) == {"h1", "h3", "h4"},
        "untag": lambda: found(browser, "tag:keep", studied) == set(),
        "reset": lambda: {"h1", "h3", "h4"} <= found(browser, "is:new", studied),
        "due": lambda: {r.due.date() for r in browser.rows(chosen) if r.due} == {
            (col.clock.now() + timedelta(days=3)).date()},
        "move": lambda: found(browser, "deck:other", studied) == {"o1", "h1", "h3", "h4"},
        "delete": lambda: found(browser, "", studied).isdisjoint({"h1", "h3", "h4"}),
    }
    assert check[action]()
    undone = browser.undo()
    assert undone is not None and set(undone.card_ids) == set(chosen)
    assert _dump(col) == before, "undo puts every row back as it was"


def test_delete_keeps_the_review_history(browser: BrowseService, col: Collection,
                                         studied: dict[str, int]) -> None:
    change = browser.delete([studied["h3"]])
    assert change.rows_changed and "history is kept" in change.message
    with col.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM review_log WHERE card_id=?",
                                    (studied["h3"],)).scalar() == 1
    assert studied["h3"] not in browser.search("")
    assert browser.rows([studied["h3"]]) == []
    main = next(c for c in col.deck_counts() if c.deck_id == "main")
    assert main.suspended == 2, "the leech, and the deleted card out of study"


def test_moving_onto_a_deck_with_the_same_card_id_is_refused_in_plain_words(
        browser: BrowseService, col: Collection, write_deck: Callable[..., Path],
        studied: dict[str, int]) -> None:
    col.import_deck_files([write_deck(deck(cards=basic("h1", "Same id", "Elsewhere"),
                                           deck_id="third", title="Third deck"), "c.yaml")])
    with pytest.raises(ValueError, match=r"Third deck.*same id.*Nothing was moved"):
        browser.move([studied["h1"]], "third")
    with pytest.raises(ValueError, match="No card is selected"):
        browser.suspend([])
    with pytest.raises(ValueError, match="No tag"):
        browser.add_tags([studied["h1"]], "  ,  ")


def test_toggles_follow_the_selection(browser: BrowseService, studied: dict[str, int]) -> None:
    both = [studied["h1"], studied["h4"]]
    assert browser.toggle_suspend(both).action == "suspend"
    assert browser.toggle_suspend(both).action == "unsuspend"
    assert browser.toggle_flag(both, Flag.RED).message == "Flagged 2 cards red."
    assert browser.toggle_flag(both, Flag.RED).message == "Cleared the flag of 2 cards."
    undo_count = 0
    while browser.undo() is not None:
        undo_count += 1
    assert undo_count == 4 and not browser.can_undo


def test_card_info_lists_every_review_with_its_memory_and_the_source(
        col: Collection, clock: FixedClock, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("one\ntwo\nB-lineage blasts carry CD19\nthree four\nfive\n",
                                    encoding="utf-8")
    col.set_app_settings(col.app_settings().with_changes(documents_dir=str(docs)))
    key = ids_by_key(col)["h2"]
    session = col.start_session(deck_ids=["main"])
    for rating in (Rating.GOOD, Rating.GOOD):
        card = session.next_card()
        while card is not None and card.card_id != key:
            session.bury()
            card = session.next_card()
        assert card is not None
        session.reveal()
        session.answer(rating, duration_ms=4000)
        clock.advance(timedelta(minutes=15))
    info = col.browser().card_info(key)
    assert [s.rating for s in info.reviews] == [Rating.GOOD, Rating.GOOD]
    assert info.reviews[-1].phase_after is Phase.REVIEW
    assert all(s.stability and s.difficulty for s in info.reviews)
    assert info.row.reviews == 2 and info.row.tags == ("markers", "B-cells")
    assert "notes.txt" in info.citation
    assert info.passage is not None and "B-lineage blasts carry CD19" in info.passage


def test_the_text_index_follows_edits_and_reimports(col: Collection, browser: BrowseService,
                                                    write_deck: Callable[..., Path]) -> None:
    keys = ids_by_key(col)
    assert browser.search("answr") == [keys["h4"]]
    col.edit_card(keys["h4"], prompt="Card with a typo", answer="Answer fixed")
    assert browser.search("answr") == [] and browser.search('"answer fixed"') == [keys["h4"]]
    changed = HAND.replace("Tubulin", "Microtubules")
    col.import_deck_files([write_deck(deck(facts=FACTS, cards=changed, deck_id="main",
                                           title="Main deck"), "a.yaml")])
    assert browser.search("tubulin") == [] and browser.search("microtub") == [keys["h1"]]


def test_a_deleted_card_comes_back_suspended_when_its_deck_file_changes(
        col: Collection, browser: BrowseService, write_deck: Callable[..., Path]) -> None:
    keys = ids_by_key(col)
    browser.delete([keys["h1"]])
    assert keys["h1"] not in browser.search("")
    changed = HAND.replace("Answr", "Answer")  # any change to the file
    col.import_deck_files([write_deck(deck(facts=FACTS, cards=changed, deck_id="main",
                                           title="Main deck"), "a.yaml")])
    assert browser.search("is:suspended") == [keys["h1"]], "back, but not in study"


def test_cards_added_any_way_are_found_by_their_text(col: Collection,
                                                     browser: BrowseService) -> None:
    # A card written straight into the table (as a hand-added card would be), after the
    # index was built by an earlier search, is indexed by the next search for text.
    assert browser.search("tubulin") == [ids_by_key(col)["h1"]]
    _sql(col, "INSERT INTO cards (id, deck_id, key, sibling, kind, content, position, "
              "removed) VALUES (900, 'main', 'x9', 'x9', 'basic', ?, 99, 0)",
         '{"answer": "Pégaspargase", "key": "x9", "kind": "basic", "prompt": "Late arrival?", '
         '"sibling": "x9"}')
    _sql(col, "INSERT INTO card_states (card_id, deck_id, phase, due, reps, lapses, "
              "suspended, buried_until) VALUES (900, 'main', 0, 99, 0, 0, 0, 0)")
    assert browser.search("pegaspargase") == [900]
    _sql(col, "DELETE FROM card_states WHERE card_id = 900")
    _sql(col, "DELETE FROM cards WHERE id = 900")
    assert browser.search("pegaspargase") == []


def test_a_change_to_many_cards_is_backed_up_first_at_most_once_a_minute(
        browser: BrowseService, col: Collection, clock: FixedClock) -> None:
    from trainer.storage.backups import list_backups

    def bulk_backups() -> int:
        return sum(b.reason == "before-bulk-change" for b in list_backups(col.path))

    ids = list(ids_by_key(col).values())
    browser.suspend(ids[:1])
    assert bulk_backups() == 0  # one card is not a bulk change
    clock.advance(minutes=2)
    browser.suspend(ids)
    assert bulk_backups() == 1
    browser.unsuspend(ids)
    assert bulk_backups() == 1  # a second change within the minute reuses that backup
    clock.advance(minutes=2)
    browser.delete(ids[:2])
    assert bulk_backups() == 2
