"""The pure pieces of the GUI: the deck tree model, step parsing, cloze and typed display."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from trainer.domain import CardContent, CardKind, CardQueue, CardView, DeckCounts, Rating
from trainer.gui.card_widgets import OrderCard, widget_for
from trainer.gui.card_widgets.cloze import cloze_sides, highlight_gaps
from trainer.gui.card_widgets.typed import case_blind_diff
from trainer.gui.deck_list import DECK_IDS_ROLE, DeckTreeModel, display_title, short_title
from trainer.gui.settings_dialog import format_steps, parse_steps, retention_explanation
from trainer.gui.summary_view import format_duration
from trainer.gui.theme import card_font_size


def test_deck_tree_groups_decks_and_sums_their_counts(qtbot) -> None:
    model = DeckTreeModel()
    model.set_counts([
        DeckCounts("b", "Drugs", "ALL", new=3, learning=1, review=10),
        DeckCounts("a", "Phases", "ALL", new=2, learning=0, review=5),
        DeckCounts("c", "Loose deck", "", new=1, learning=0, review=0),
    ])
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Loose deck", "ALL"]
    group = model.index(1, 0)
    assert [model.index(r, 0, group).data() for r in range(model.rowCount(group))] == [
        "Drugs", "Phases"]
    assert [model.index(1, c).data() for c in range(1, 4)] == ["5", "1", "15"]
    assert group.data(DECK_IDS_ROLE) == ["b", "a"]
    assert model.index(0, 1, group).data(Qt.ItemDataRole.AccessibleTextRole) == "3 new"
    assert model.totals() == (6, 1, 15)
    model.set_counts([])
    assert model.rowCount(QModelIndex()) == 0


def test_steps_read_and_written_as_people_write_them() -> None:
    assert parse_steps("1m 10m") == (1.0, 10.0)
    assert parse_steps("30s, 1h 1d") == (0.5, 60.0, 1440.0)
    assert parse_steps("") == ()
    assert format_steps((1.0, 10.0, 60.0, 1440.0, 0.5)) == "1m 10m 1h 1d 30s"
    with pytest.raises(ValueError, match="“minutes” is not a step"):
        parse_steps("10 minutes")
    with pytest.raises(ValueError, match="longer than zero"):
        parse_steps("0m")


def test_retention_explanation_names_the_trade_off() -> None:
    text = retention_explanation(0.9)
    assert "9 in 10" in text and "more reviews" in text
    assert "steeply" in retention_explanation(0.97)


def test_cloze_gap_and_filling_are_highlighted() -> None:
    front, back = cloze_sides("Imatinib blocks [target] in CML.",
                              "Imatinib blocks BCR-ABL1 in CML.")
    a, b = highlight_gaps(front, back, color="red")
    assert a == 'Imatinib blocks <b style="color:red">[target]</b> in CML.'
    assert b == 'Imatinib blocks <b style="color:red">BCR-ABL1</b> in CML.'
    # Raw markup (a deck edited by hand) is understood too.
    assert cloze_sides("A {{c1::B::hint}} C", "") == ("A [hint] C", "A B C")


def test_typed_diff_ignores_case_but_marks_typos() -> None:
    assert case_blind_diff("Methotrexat", "methotrexate") == [("equal", "methotrexat"),
                                                               ("insert", "e")]
    assert case_blind_diff("imatinibb", "Imatinib") == [("equal", "Imatinib"),
                                                          ("delete", "b")]


def _card(kind: CardKind, **content: object) -> CardView:
    return CardView(card_id=1, deck_id="d", queue=CardQueue.NEW, content=CardContent(
        key="k", sibling="k", kind=kind, prompt="Put them in order.", answer="", **content))


def test_order_card_suggests_hard_for_one_swap_and_again_for_more(qtbot) -> None:
    items = ("a", "b", "c", "d")
    one_swap = widget_for(_card(CardKind.ORDER, items=items, shuffled_items=("b", "a", "c", "d")))
    qtbot.addWidget(one_swap)
    assert one_swap.reveal() is Rating.HARD
    assert isinstance(one_swap, OrderCard)
    assert "Not quite" in one_swap.hint.text()
    scrambled = widget_for(_card(CardKind.ORDER, items=items,
                                 shuffled_items=("d", "c", "b", "a")))
    qtbot.addWidget(scrambled)
    assert scrambled.reveal() is Rating.AGAIN


def test_card_text_follows_the_font_scale(qtbot) -> None:
    big = widget_for(_card(CardKind.BASIC), font_scale=2.0)
    qtbot.addWidget(big)
    assert big.prompt_label.font().pointSizeF() == pytest.approx(card_font_size(2.0))
    assert card_font_size(10) == card_font_size(3.0)


def test_durations_read_naturally() -> None:
    assert format_duration(1) == "1 second"
    assert format_duration(125) == "2 min"
    assert format_duration(3900) == "1 h 05 min"


def test_deck_titles_do_not_repeat_their_group() -> None:
    assert short_title("ALL: drug classes", "ALL") == "Drug classes"
    assert short_title("Lab values", "Haematology") == "Lab values"
    assert short_title("ALL:", "ALL") == "ALL:"
    assert display_title("ALL: drug classes", "ALL") == "ALL ▸ Drug classes"
    assert display_title("Loose", "") == "Loose"


def test_garbage_is_collected_on_the_gui_thread_while_a_window_is_open(qtbot) -> None:
    # A worker thread's automatic collection could destroy widgets off their thread and
    # crash the app; while a window is open only its timer collects, on the GUI thread.
    import gc

    from PySide6.QtWidgets import QWidget

    from trainer.gui.collector import GuiThreadCollector

    assert gc.isenabled()
    first, second = QWidget(), QWidget()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    a, b = GuiThreadCollector(first), GuiThreadCollector(second)
    assert not gc.isenabled()
    a.stop()
    assert not gc.isenabled()  # the second window is still open
    b.stop()
    assert gc.isenabled()


def test_the_retention_explanation_keeps_every_line_in_a_short_window(qtbot) -> None:
    """Opened short (as Qt opens it at 150 % on a 900-pixel screen), the Deck tab cut the
    last line of the retention explanation; the window now grows to show all of it, also
    after the keyboard changes the retention."""
    from trainer.config import AppSettings
    from trainer.domain import DeckSettings
    from trainer.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        app_settings=AppSettings(), decks=[DeckCounts("a", "Phases", "ALL", 1, 0, 0)],
        load_deck_settings=lambda _deck: DeckSettings(), current_deck="a", profile="p")
    qtbot.addWidget(dialog)
    dialog.resize(560, 300)
    dialog.show()
    note = dialog.deck_page.explanation

    def whole() -> bool:
        return note.height() >= note.heightForWidth(note.width()) > 0

    qtbot.waitUntil(whole)
    dialog.deck_page.retention.setFocus()
    qtbot.keyClick(dialog.deck_page.retention, Qt.Key.Key_PageDown)  # 80 %: other words
    assert "Below 80%" not in note.text() and note.text().startswith("At 80%")
    qtbot.waitUntil(whole)
    dialog.resize(400, dialog.height())  # narrower: more lines, still all shown
    qtbot.waitUntil(whole)
