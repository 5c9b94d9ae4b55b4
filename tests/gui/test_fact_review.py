"""The fact review dialog, driven by keyboard the way an instructor would use it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.domain import FactStatus
from trainer.gui import messages
from trainer.gui.fact_review import (
    NO_DOCUMENT,
    EditFactDialog,
    FactReviewDialog,
    SettleDialog,
    open_fact_review,
)
from trainer.services.authoring import DeckReview

DATA = Path(__file__).resolve().parents[1] / "data"
CONFLICT = "induction.phase_duration"
DRAFT = "maintenance.phase_duration"
ACCEPTED = "vincristine.drug_class"

MakeDialog = Callable[..., FactReviewDialog]


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    """The three-fact deck copied where the dialog may write it, beside its notes."""
    path = tmp_path / "review_deck.yaml"
    shutil.copyfile(DATA / "review_deck.yaml", path)
    return path


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copyfile(DATA / "review_docs" / "notes.txt", folder / "notes.txt")
    return folder


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "error",
                        lambda _parent, title, text, details=None: shown.append(f"{title}: {text}"))
    return shown


@pytest.fixture
def make_dialog(qtbot: QtBot, docs: Path) -> Iterator[MakeDialog]:
    made: list[FactReviewDialog] = []

    def make(path: Path, documents_dir: Path | None = docs) -> FactReviewDialog:
        dialog = FactReviewDialog(path, documents_dir=documents_dir)
        # Not qtbot.addWidget: it closes widgets before this fixture can drop the changes,
        # and the unsaved-changes question would block.
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.review.dirty = False  # no question at teardown
        dialog.close()
        dialog.deleteLater()


def key(qtbot: QtBot, dialog: FactReviewDialog, k: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard would deliver it."""
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, k, modifier)


def reject_with(qtbot: QtBot, dialog: FactReviewDialog, reason: str) -> None:
    """R, then type the reason in the dialog that asks for it and press Enter."""
    from trainer.gui.review_dialogs import RejectReasonDialog

    def answer() -> None:
        asking = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RejectReasonDialog) and w.isVisible())
        qtbot.keyClicks(asking.reason.lineEdit(), reason)
        qtbot.keyClick(asking.reason.lineEdit(), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    key(qtbot, dialog, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)


def test_keyboard_review_settles_rejects_and_saves(qtbot: QtBot, make_dialog: MakeDialog,
                                                   deck: Path, errors: list[str]) -> None:
    dialog = make_dialog(deck)
    assert dialog.windowTitle() == "Review test deck — Review deck facts"
    assert dialog.current_fact is not None and dialog.current_fact.id == ACCEPTED
    assert dialog.table.hasFocus()

    key(qtbot, dialog, Qt.Key.Key_N)  # next needing attention: the conflict
    fact = dialog.current_fact
    assert fact is not None and fact.id == CONFLICT
    assert "disagree" in dialog.note_label.text()
    assert [c.text() for c in dialog.citation_labels] == ["<b>notes.txt, line 3</b>",
                                                          "<b>notes.txt, line 4</b>"]
    assert [b.toPlainText() for b in dialog.passage_boxes] == [
        "Handout one: induction usually takes about 4 weeks.",
        "Handout two: induction usually takes about 6 weeks.",
    ]
    assert all(b.isReadOnly() for b in dialog.passage_boxes)
    assert dialog.buttons["settle"].isEnabled()

    key(qtbot, dialog, Qt.Key.Key_2)  # keep the second value; on to the draft
    assert dialog.windowTitle().startswith("Review test deck*")
    fact = dialog.current_fact
    assert fact is not None and fact.id == DRAFT
    assert dialog.passage_boxes[0].toPlainText() == (
        "Maintenance goes on for about 2 years with daily tablets.")

    reject_with(qtbot, dialog, "not taught in this course")
    assert dialog.review.facts[2].status is FactStatus.REJECTED
    assert "Nothing else needs attention" in dialog.feedback.text()

    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert not dialog.review.dirty
    assert not dialog.windowTitle().startswith("Review test deck*")

    saved = {f.id: f for f in DeckReview(deck, documents_dir=None).facts}
    assert saved[CONFLICT].status is FactStatus.ACCEPTED
    assert saved[CONFLICT].objects == ("6 weeks",)
    assert "kept '6 weeks'" in (saved[CONFLICT].note or "")
    assert saved[DRAFT].status is FactStatus.REJECTED
    assert saved[DRAFT].note == "rejected on review: not taught in this course"
    assert saved[ACCEPTED].status is FactStatus.ACCEPTED
    assert saved[ACCEPTED].objects == ("vinca alkaloid",)


def test_escape_with_changes_asks_and_discard_leaves_the_file(
        qtbot: QtBot, make_dialog: MakeDialog, deck: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = deck.read_bytes()
    dialog = make_dialog(deck)
    reject_with(qtbot, dialog, "too general to teach")
    assert dialog.review.dirty and dialog.windowTitle().startswith("Review test deck*")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[QMessageBox.StandardButton] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(answers[len(asked)])
        return asked[-1]

    monkeypatch.setattr(dialog, "ask_save_changes", ask)
    key(qtbot, dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # Cancel: still open
    key(qtbot, dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()  # Discard: closed
    assert deck.read_bytes() == before


def test_filter_search_and_restore(qtbot: QtBot, make_dialog: MakeDialog,
                                   deck: Path) -> None:
    dialog = make_dialog(deck)
    dialog.filter_combo.setCurrentIndex(1)  # needs attention
    assert dialog.proxy.rowCount() == 2
    assert dialog.filter_combo.currentText().endswith("(2)")
    dialog.filter_combo.setCurrentIndex(2)  # conflicts
    assert dialog.proxy.rowCount() == 1
    fact = dialog.current_fact
    assert fact is not None and fact.id == CONFLICT
    conflict_row = dialog.proxy.index(0, 0)
    assert dialog.proxy.data(conflict_row).startswith("⚠")
    assert dialog.proxy.data(conflict_row, Qt.ItemDataRole.BackgroundRole) is not None

    dialog.filter_combo.setCurrentIndex(0)
    key(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "maint")  # letters go to the box, not the shortcuts
    assert dialog.proxy.rowCount() == 1 and not dialog.review.dirty
    key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.table.hasFocus()
    reject_with(qtbot, dialog, "repeats another fact")
    assert dialog.buttons["reject"].text() == "Restore (R)"
    key(qtbot, dialog, Qt.Key.Key_R)  # restore it as it was: a draft
    assert dialog.review.facts[2].status is FactStatus.DRAFT

    key(qtbot, dialog, Qt.Key.Key_Slash)
    assert dialog.search.hasFocus()
    key(qtbot, dialog, Qt.Key.Key_Escape)  # Esc in the search box clears it, not closes
    assert dialog.search.text() == "" and dialog.isVisible()
    assert dialog.proxy.rowCount() == 3
    # ...and the keyboard is back on the table: the next letter is a command, not text.
    assert dialog.table.hasFocus()
    key(qtbot, dialog, Qt.Key.Key_N)  # "next fact that needs attention"
    assert dialog.search.text() == "" and dialog.current_fact is not None


def when_modal(kind: type[QDialog], handle: Callable[[QDialog], None]) -> None:
    """Run ``handle`` once a modal ``kind`` dialog is open and has the keyboard."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not modal.isActiveWindow():
            QTimer.singleShot(10, poll)  # not shown (or not given the keyboard) yet
            return
        try:
            handle(modal)
        finally:
            if modal.isVisible():  # never leave a modal dialog open: the test would hang
                modal.reject()

    QTimer.singleShot(0, poll)


def test_edit_by_keyboard(qtbot: QtBot, make_dialog: MakeDialog, deck: Path) -> None:
    dialog = make_dialog(deck)

    def fill(edit: QDialog) -> None:
        assert isinstance(edit, EditFactDialog)
        assert _unnamed(edit) == []
        edit.subject.setText("vincristine sulfate")
        edit.answers.setFocus()
        edit.answers.setPlainText("vinca alkaloid\n\nmitotic inhibitor\n")
        qtbot.keyClick(edit.answers, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(EditFactDialog, fill)
    key(qtbot, dialog, Qt.Key.Key_E)
    fact = dialog.review.facts[0]
    assert fact.subject == "vincristine sulfate"
    assert fact.objects == ("vinca alkaloid", "mitotic inhibitor")
    assert fact.status is FactStatus.ACCEPTED
    assert dialog.review.dirty


def test_settle_dialog_with_s_then_a_number(qtbot: QtBot, make_dialog: MakeDialog,
                                            deck: Path) -> None:
    dialog = make_dialog(deck)
    key(qtbot, dialog, Qt.Key.Key_N)
    seen: list[str] = []

    def choose(settle: QDialog) -> None:
        assert isinstance(settle, SettleDialog)
        assert _unnamed(settle) == []
        seen.extend(r.text() for r in settle.radios)
        qtbot.keyClick(QApplication.focusWidget() or settle, Qt.Key.Key_1)

    when_modal(SettleDialog, choose)
    key(qtbot, dialog, Qt.Key.Key_S)
    assert seen == ["&1   4 weeks", "&2   6 weeks"]
    settled = next(f for f in dialog.review.facts if f.id == CONFLICT)
    assert settled.objects == ("4 weeks",) and settled.status is FactStatus.ACCEPTED


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
             QScrollArea)
    return [f"{type(w).__name__} {w.objectName()}" for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(root)
            and not isinstance(w.parent(), (QDialogButtonBox, QComboBox))
            and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]


def test_every_widget_has_an_accessible_name(make_dialog: MakeDialog, deck: Path) -> None:
    dialog = make_dialog(deck)
    assert _unnamed(dialog) == []
    for key_name, button in dialog.buttons.items():
        assert button.accessibleName(), key_name
        assert "(" in button.toolTip(), key_name  # the shortcut is named in the tooltip
    inner = dialog.details.widget()
    assert inner is not None and inner.accessibleName()


def test_missing_documents_say_where_to_set_them(make_dialog: MakeDialog, deck: Path) -> None:
    dialog = make_dialog(deck, documents_dir=None)
    assert dialog.passage_boxes == []
    texts = [w.text() for w in dialog.details.findChildren(QLabel)]
    assert NO_DOCUMENT in texts


def test_broken_deck_is_a_message_not_a_traceback(qapp: QApplication, tmp_path: Path,
                                                   errors: list[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\ndeck: [unclosed\n", encoding="utf-8")
    assert open_fact_review(broken, documents_dir=None) is None
    assert open_fact_review(tmp_path / "missing.yaml", documents_dir=None) is None
    assert len(errors) == 2
    assert all("Traceback" not in e and e.startswith("Cannot open the deck") for e in errors)
    assert "missing.yaml" in errors[1]


def test_cannot_save_is_a_message(qtbot: QtBot, make_dialog: MakeDialog, deck: Path,
                                  tmp_path: Path, errors: list[str]) -> None:
    dialog = make_dialog(deck)
    reject_with(qtbot, dialog, "too general to teach")
    dialog.review.path = tmp_path / "gone" / "review_deck.yaml"  # its folder was removed
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.review.dirty and dialog.windowTitle().startswith("Review test deck*")
    assert len(errors) == 1 and errors[0].startswith("Cannot save the deck")
    assert "gone" in errors[0] and "Traceback" not in errors[0]


def test_c_lists_what_to_look_at_and_enter_goes_to_that_fact(
        qtbot: QtBot, make_dialog: MakeDialog, deck: Path) -> None:
    from trainer.gui.deck_check_view import DeckCheckDialog

    dialog = make_dialog(deck)
    seen: list[list[str]] = []

    def press_enter_on_the_draft() -> None:
        check = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, DeckCheckDialog) and w.isVisible())
        items = [check.list.item(i).text() for i in range(check.list.count())]
        seen.append(items)
        check.list.setCurrentRow(next(i for i, t in enumerate(items) if t.startswith(DRAFT)))
        qtbot.keyClick(check.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter_on_the_draft)
    key(qtbot, dialog, Qt.Key.Key_C)
    assert seen and any(t.startswith(f"{CONFLICT}: conflict") for t in seen[0])
    assert any(t.startswith(f"{DRAFT}: draft: not reviewed yet") for t in seen[0])
    fact = dialog.current_fact
    assert fact is not None and fact.id == DRAFT


def test_q_writes_a_question_from_the_cited_lines_and_it_is_saved(
        qtbot: QtBot, make_dialog: MakeDialog, deck: Path) -> None:
    from trainer.gui.review_dialogs import AddQuestionDialog

    dialog = make_dialog(deck)
    first_focus: list[bool] = []

    def write() -> None:
        asking = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, AddQuestionDialog) and w.isVisible())
        try:
            first_focus.append(asking.focusWidget() is asking.question)
            qtbot.keyClicks(asking.question, "How is maintenance given?")
            qtbot.keyClicks(asking.answer, "As daily tablets")
            qtbot.keyClick(asking.answer, Qt.Key.Key_Return)
        finally:
            if asking.isVisible():  # never leave a modal dialog open: the test would hang
                asking.reject()

    QTimer.singleShot(0, write)
    key(qtbot, dialog, Qt.Key.Key_Q)
    assert first_focus == [True]
    assert "Added the question" in dialog.feedback.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = DeckReview(deck, documents_dir=None).facts
    added = saved[-1]
    assert (added.subject, added.objects, added.status) == (
        "How is maintenance given?", ("As daily tablets",), FactStatus.ACCEPTED)
    assert added.sources and added.sources[0].lines == saved[0].sources[0].lines


def test_an_empty_view_says_how_to_bring_the_facts_back(
        qtbot: QtBot, make_dialog: MakeDialog, deck: Path) -> None:
    dialog = make_dialog(deck)
    key(qtbot, dialog, Qt.Key.Key_Slash)
    qtbot.keyClicks(dialog.search, "nothing like this")
    assert dialog.proxy.rowCount() == 0

    def shown() -> list[str]:
        return [w.text() for w in dialog.details.findChildren(QLabel) if w.isVisible()]

    qtbot.waitUntil(lambda: any("Press Esc in the search box to clear it" in t
                                for t in shown()))
    assert "No fact selected" in shown()
    assert dialog.counts.text().endswith(" · 0 shown")  # the count follows the search
    # no "Status:", "Subject:" labels with nothing after them, no empty Evidence heading
    assert not any(t in ("Status:", "Subject:", "Answer(s):") for t in shown())
    assert not dialog.details.evidence_heading.isVisible()
    key(qtbot, dialog, Qt.Key.Key_Escape)  # clears the search: the facts are back
    assert dialog.proxy.rowCount() == 3 and dialog.isVisible()
    dialog.table_focus()
    key(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.current_fact is not None
    assert dialog.details.evidence_heading.isVisible()
    assert dialog.details.subject_label.isVisible()


def test_c_on_a_deck_with_nothing_to_look_at_shows_no_empty_list(
        qtbot: QtBot, make_dialog: MakeDialog, tmp_path: Path) -> None:
    from trainer.gui.deck_check_view import DeckCheckDialog

    deck = tmp_path / "checked.yaml"
    deck.write_text(
        "format: 1\nid: checked\ndeck: Checked deck\nsources:\n"
        "  - {id: notes, file: notes.txt}\n"
        "facts:\n"
        "  - {id: induction.phase_duration, relation: phase_duration, subject: induction,\n"
        "     object: 4 weeks, source: {doc: notes, lines: [3, 3]}}\n"
        "  - {id: maintenance.phase_duration, relation: phase_duration, subject: maintenance,\n"
        "     object: 2 years, source: {doc: notes, lines: [5, 5]}}\n", encoding="utf-8")
    dialog = make_dialog(deck)
    seen: dict[str, object] = {}

    def look(check: QDialog) -> None:
        assert isinstance(check, DeckCheckDialog)
        seen["summary"] = [w.text() for w in check.findChildren(QLabel)]
        seen["list"] = check.list.isVisible()
        seen["height"] = check.height()
        qtbot.keyClick(check, Qt.Key.Key_Escape)

    when_modal(DeckCheckDialog, look)
    key(qtbot, dialog, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: "list" in seen)
    assert any(t.startswith("Nothing to look at") for t in seen["summary"])  # type: ignore[attr-defined]
    assert seen["list"] is False
    assert seen["height"] < 200  # type: ignore[operator]


def test_the_review_and_every_button_fit_a_laptop_screen_at_125_percent(
        qtbot: QtBot, make_dialog: MakeDialog, deck: Path) -> None:
    """1366 pixels at 125 % leave 1092 for the window: no button is cut or pushed off it
    (one row of ten buttons needed 1118), and the window opens no bigger than the screen."""
    dialog = make_dialog(deck)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    width = int(1366 / 1.25)
    assert dialog.minimumSizeHint().width() <= width
    dialog.resize(width, 600)
    qtbot.waitUntil(lambda: dialog.width() == width)
    for name, button in dialog.buttons.items():
        where = button.geometry().translated(button.parentWidget().mapTo(dialog, QPoint()))
        assert dialog.rect().contains(where), name
        assert button.width() >= button.sizeHint().width(), f"{name}: its text is cut"
    key(qtbot, dialog, Qt.Key.Key_N)  # the keys the buttons name still work
    fact = dialog.current_fact
    assert fact is not None and fact.id == CONFLICT
