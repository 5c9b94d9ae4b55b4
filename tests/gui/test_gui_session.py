"""A whole study session driven from the keyboard, checked afterwards through the services."""

from __future__ import annotations

from datetime import timedelta

from conftest import DECK_ID
from PySide6.QtCore import Qt

from trainer.clock import FixedClock
from trainer.domain import CardKind, Rating
from trainer.gui.card_widgets import McqCard, OrderCard, TypedCard
from trainer.gui.main_window import MainWindow

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _kind(window: MainWindow) -> CardKind:
    card = window.review.current
    assert card is not None
    return card.content.kind


def _prompt(window: MainWindow) -> str:
    assert window.review.card_widget is not None
    return window.review.card_widget.prompt_label.text()


def test_keyboard_only_session_with_every_card_kind(qtbot, deck_window: MainWindow, press,
                                                    clock: FixedClock) -> None:
    window = deck_window
    # The deck list shows the deck under its group, with 7 new cards, and totals.
    assert not window.decks.is_empty
    assert "7" in window.decks.totals_label.text() and "new" in window.decks.totals_label.text()
    assert window.decks.tree.hasFocus()
    # The group row is selected first; Down selects the deck, Enter starts studying.
    press(K.Key_Down)
    assert window.decks.selected_deck_ids() == [DECK_ID]
    press(K.Key_Return)
    assert window.pages.currentWidget() is window.review
    counts = [label.text() for label in window.review.count_labels.values()]
    assert counts == ["<u>7</u>", "0", "0"]

    # 1. Basic: Space shows the answer and the grades with their intervals; 3 = Good.
    assert _kind(window) is CardKind.BASIC
    assert not window.review.card_widget.answer_label.isVisible()
    press(K.Key_Space)
    assert window.review.card_widget.answer_label.isVisible()
    assert "lymphoid" in window.review.card_widget.answer_label.text()
    labels = {r: b.text() for r, b in window.review.grade_buttons.items()}
    assert labels[Rating.AGAIN] == "Again\n1m" and labels[Rating.GOOD] == "Good\n10m"
    assert window.review.grade_buttons[Rating.GOOD].isVisible()
    press(K.Key_3)

    # 2. Cloze: the gap shows its hint; Enter fills it in.
    assert _kind(window) is CardKind.CLOZE
    assert "[drug class]" in _prompt(window)
    press(K.Key_Return)
    assert "vinca alkaloids" in _prompt(window) and "[drug class]" not in _prompt(window)
    press(K.Key_3)

    # 3. Typed: keys go into the answer box (even 3, e and s); Enter checks a small typo.
    assert _kind(window) is CardKind.TYPED
    typed = window.review.card_widget
    assert isinstance(typed, TypedCard) and typed.entry.hasFocus()
    qtbot.keyClicks(typed.entry, "Methotrexat")
    assert typed.entry.text() == "Methotrexat"
    assert window.pages.currentWidget() is window.review and not window.review.revealed
    press(K.Key_Return)
    assert "Nearly right" in typed.verdict.text()
    assert "methotrexat<u" in typed.diff_label.text()  # the missing "e" is marked
    assert window.review.grade_buttons[Rating.HARD].property("suggested") is True
    assert window.review.grade_buttons[Rating.GOOD].property("suggested") is False
    press(K.Key_2)

    # 4. Multiple choice (options shuffled): a wrong pick; right and wrong shown at once.
    assert _kind(window) is CardKind.MCQ
    mcq = window.review.card_widget
    assert isinstance(mcq, McqCard)
    right = mcq.card.content.correct_choice
    assert right is not None
    wrong = 0 if right != 0 else 1
    press(getattr(K, f"Key_{wrong + 1}"))
    assert window.review.revealed
    assert "your choice" in mcq.buttons[wrong].label.text()
    assert "right answer" in mcq.buttons[right].label.text()
    assert window.review.grade_buttons[Rating.AGAIN].property("suggested") is True
    press(K.Key_1)  # now 1 is Again

    # 5. Ordering: arrange with Alt/Ctrl+arrows, Enter checks.
    assert _kind(window) is CardKind.ORDER
    order = window.review.card_widget
    assert isinstance(order, OrderCard) and order.list.hasFocus()
    right = list(order.card.content.items)
    for target, item in enumerate(right):
        press(K.Key_Home)
        for _ in range(order.list.order().index(item)):
            press(K.Key_Down)
        for _ in range(order.list.order().index(item) - target):
            press(K.Key_Up, CTRL if target % 2 else ALT)
    assert order.list.order() == right
    press(K.Key_Return)
    assert "right" in order.hint.text()
    assert window.review.grade_buttons[Rating.GOOD].property("suggested") is True
    press(K.Key_3)

    # Undo (Ctrl+Z) brings the ordering card back, unrevealed; undo again, the mcq.
    assert "Card to bury" in _prompt(window)
    press(K.Key_Z, CTRL)
    assert _kind(window) is CardKind.ORDER and not window.review.revealed
    press(K.Key_Z, CTRL)
    assert _kind(window) is CardKind.MCQ and not window.review.revealed
    card = window.review.current
    assert card is not None and card.content.correct_choice is not None
    press(getattr(K, f"Key_{card.content.correct_choice + 1}"))  # the right choice this time
    assert window.review.grade_buttons[Rating.GOOD].property("suggested") is True
    press(K.Key_3)
    assert _kind(window) is CardKind.ORDER
    press(K.Key_Return)
    press(K.Key_1)

    # Bury (-) and suspend (@).
    assert "Card to bury" in _prompt(window)
    press(K.Key_Minus)
    assert "Card to suspend" in _prompt(window)
    press(K.Key_At)

    # The learning cards come back; answer them Easy until the session ends
    # (Enter shows the answer of every kind, also with the typed-answer box focused).
    for _ in range(20):
        if window.pages.currentWidget() is not window.review:
            break
        assert "Card to" not in _prompt(window)
        press(K.Key_Return)
        assert window.review.revealed
        press(K.Key_4)
    assert window.pages.currentWidget() is window.summary
    assert "finished" in window.summary.heading.text()
    studied = int(window.summary.studied.text())
    assert studied >= 5
    press(K.Key_Return)
    assert window.pages.currentWidget() is window.decks
    assert window.decks.tree.hasFocus()

    # Through the services: nothing left today, one card suspended.
    assert window.col is not None
    counts = {c.deck_id: c for c in window.col.deck_counts()}[DECK_ID]
    assert (counts.new, counts.learning, counts.review) == (0, 0, 0)
    assert counts.suspended == 1
    # Tomorrow the buried card is back and the suspended one is not.
    clock.advance(timedelta(days=1))
    session = window.col.start_session(deck_ids=[DECK_ID])
    prompts = []
    card = session.next_card()
    while card is not None:
        prompts.append(card.content.prompt)
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=1000)
        card = session.next_card()
    assert "Card to bury for today" in prompts
    assert "Card to suspend" not in prompts
