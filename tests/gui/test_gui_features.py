"""Everything around the review loop: edit, source, flags, settings, errors, tasks, profiles."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import DECK_ID, GUI_DECK, Messages
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from trainer.clock import FixedClock
from trainer.config import Profiles
from trainer.domain import Flag
from trainer.gui import main_actions, messages
from trainer.gui.actions import ACTIONS
from trainer.gui.app import create_main_window, install_error_hook
from trainer.gui.edit_dialog import EditDialog
from trainer.gui.generate_dialog import GenerateDialog
from trainer.gui.main_window import MainWindow
from trainer.gui.profile_dialog import ProfileDialog
from trainer.gui.settings_dialog import SettingsDialog
from trainer.gui.source_dialog import SourceDialog
from trainer.services import Collection, CollectionCorrupt, CollectionLocked, CollectionTooNew

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _study(window: MainWindow, press) -> None:
    press(K.Key_Down)
    press(K.Key_Return)
    assert window.pages.currentWidget() is window.review


def test_empty_profile_explains_what_to_do(window: MainWindow) -> None:
    assert window.decks.is_empty
    empty = window.decks.empty
    assert empty.isVisible()
    assert empty.import_button.isVisible() and empty.import_button.hasFocus()
    texts = " ".join(w.text() for w in empty.findChildren(QAbstractButton))
    assert "Import a deck file" in texts
    assert not window.actions_["study"].isEnabled()


def test_edit_card_with_e_keeps_the_learners_wording(qtbot, deck_window: MainWindow, press,
                                                     on_modal) -> None:
    window = deck_window
    _study(window, press)
    press(K.Key_Space)  # revealed before editing: stays revealed after

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EditDialog)
        assert dialog.prompt.hasFocus()
        dialog.prompt.setPlainText("Which cells does ALL start from? (edited)")
        qtbot.keyClick(dialog.prompt, K.Key_Return, CTRL)

    on_modal(edit)
    press(K.Key_E)
    widget = window.review.card_widget
    assert widget is not None and "(edited)" in widget.prompt_label.text()
    assert window.review.revealed
    assert window.col is not None
    session = window.col.start_session(deck_ids=[DECK_ID])
    card = session.next_card()
    assert card is not None and card.content.prompt.endswith("(edited)")


def test_source_with_s_shows_the_cited_passage(deck_window: MainWindow, press,
                                               on_modal) -> None:
    window = deck_window
    _study(window, press)
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SourceDialog)
        seen["citation"] = dialog.citation_label.text()
        seen["passage"] = dialog.passage_text()
        seen["html"] = dialog.passage.toHtml() if dialog.passage else ""
        dialog.reject()

    on_modal(look)
    press(K.Key_S)
    assert seen["citation"] == "notes.txt, lines 2–3"
    assert "Lymphoid precursor cells keep dividing" in seen["passage"]
    assert "#fff3c4" in seen["html"]  # the cited lines are highlighted


def test_source_without_the_document_shows_the_citation(deck_window: MainWindow, press,
                                                        on_modal) -> None:
    window = deck_window
    assert window.col is not None
    window.col.set_app_settings(window.col.app_settings().with_changes(
        documents_dir=str(Path(window.col.path).parent / "nowhere")))
    _study(window, press)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SourceDialog)
        seen["citation"] = dialog.citation_label.text()
        seen["passage"] = dialog.passage
        dialog.reject()

    on_modal(look)
    press(K.Key_S)
    assert seen == {"citation": "notes.txt, lines 2–3", "passage": None}


def test_flags_toggle_with_ctrl_digits(deck_window: MainWindow, press) -> None:
    window = deck_window
    _study(window, press)
    press(K.Key_1, CTRL)
    assert "Red flag" in window.review.flag_label.text()
    assert window.review.current is not None and window.review.current.flag is Flag.RED
    press(K.Key_4, CTRL)
    assert "Blue flag" in window.review.flag_label.text()
    press(K.Key_4, CTRL)
    assert window.review.flag_label.text() == ""


def test_escape_ends_the_session(deck_window: MainWindow, press) -> None:
    window = deck_window
    _study(window, press)
    press(K.Key_Escape)  # nothing studied: straight back to the decks
    assert window.pages.currentWidget() is window.decks
    _study(window, press)
    press(K.Key_Space)
    press(K.Key_3)
    press(K.Key_Escape)
    assert window.pages.currentWidget() is window.summary
    assert window.summary.heading.text() == "Session ended"
    assert window.summary.studied.text() == "1"
    press(K.Key_Escape)
    assert window.pages.currentWidget() is window.decks


def test_settings_change_deck_limits_theme_and_font(qtbot, deck_window: MainWindow, press,
                                                    on_modal) -> None:
    window = deck_window

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        page = dialog.deck_page
        assert page.deck.currentData() == DECK_ID
        assert "90%" in page.explanation.text()
        page.retention.setValue(95)
        assert "95%" in page.explanation.text() and "more reviews" in page.explanation.text()
        page.new_per_day.setValue(2)
        page.learning_steps.setText("1m 10 minutes")  # not understood: the dialog says so
        dialog.accept()
        assert dialog.isVisible() and "“minutes” is not a step" in page.steps_error.text()
        page.learning_steps.setText("2m 15m 1h")
        general = dialog.general_page
        general.theme.setCurrentIndex(general.theme.findData("dark"))
        general.font_size.setValue(150)
        general.day_start.setValue(5)
        dialog.accept()

    on_modal(change)
    press(K.Key_D, CTRL | SHIFT)
    assert window.col is not None
    deck = window.col.deck_settings(DECK_ID)
    assert (deck.new_per_day, deck.desired_retention) == (2, 0.95)
    assert deck.learning_steps_minutes == (2.0, 15.0, 60.0)
    app = window.col.app_settings()
    assert (app.theme, app.font_scale, app.day_starts_at_hour) == ("dark", 1.5, 5)
    # What the learner sees: 2 new cards today, a dark window, bigger card text.
    assert window.decks.model.totals() == (2, 0, 0)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    _study(window, press)
    assert window.review.card_widget is not None
    assert window.review.card_widget.prompt_label.font().pointSizeF() == pytest.approx(24.0)


def test_second_instance_on_the_same_profile_is_refused(qtbot, data_dir: Path,
                                                        clock: FixedClock, qsettings: QSettings,
                                                        shown_messages: Messages) -> None:
    profiles = Profiles(data_dir)
    profiles.create("default")
    holder = Collection.open(profiles.collection_path("default"), clock=clock)
    try:
        window = create_main_window(data_dir=data_dir, clock=clock, settings=qsettings,
                                    import_bundled=False)
    finally:
        holder.close()
    assert window is None
    assert shown_messages.shown[0][1] == "Profile already open"
    assert "already open in another Trainer window" in shown_messages.shown[0][2]
    assert "Traceback" not in shown_messages.texts()


def test_unreadable_collection_says_what_to_do(qtbot, data_dir: Path, clock: FixedClock,
                                               qsettings: QSettings,
                                               shown_messages: Messages) -> None:
    profiles = Profiles(data_dir)
    profiles.create("default")
    profiles.collection_path("default").write_bytes(b"this is not a database" * 100)
    window = create_main_window(data_dir=data_dir, clock=clock, settings=qsettings,
                                import_bundled=False)
    assert window is None
    kind, title, text = shown_messages.shown[0]
    assert (kind, title) == ("error", "Collection cannot be opened")
    assert "backup" in text and "Traceback" not in text


def test_bad_deck_file_lists_the_problem_lines(qtbot, window: MainWindow, tmp_path: Path,
                                               shown_messages: Messages) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad-deck\ndeck: Bad\ncards:\n  - id: x\n    type: basic\n",
                   encoding="utf-8")
    window.import_files([bad])
    qtbot.waitUntil(lambda: window.task is None)
    _kind, title, text = shown_messages.shown[-1]
    assert title == "Deck file has problems" and "Nothing was imported" in text
    assert "bad.yaml:" in text
    assert window.decks.is_empty


def test_long_task_runs_off_the_gui_thread_and_cancels(qtbot, window: MainWindow) -> None:
    started = threading.Event()
    threads: list[bool] = []

    def work(progress, cancel) -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        started.set()
        for step in range(10_000):
            progress(step, 10_000, f"step {step}")
            cancel.check()
            threading.Event().wait(0.005)
        return "finished"

    results: list[object] = []
    task = window.run_task("Long work", work, on_success=results.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: task.dialog.value() > 0)  # the GUI thread keeps painting progress
    assert not window.actions_["import"].isEnabled()  # no second task meanwhile
    cancel = task.dialog.findChild(QAbstractButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=5000)
    assert threads == [False] and results == []
    assert "nothing was changed" in window.statusBar().currentMessage()
    assert window.actions_["import"].isEnabled()


def test_first_run_imports_the_bundled_decks(qtbot, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path, data_dir: Path, clock: FixedClock,
                                             qsettings: QSettings) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "gui_deck.yaml").write_text(GUI_DECK.read_text(encoding="utf-8"),
                                           encoding="utf-8")
    import trainer.services.collection as services_collection

    monkeypatch.setattr(services_collection, "bundled_decks_dir", lambda: bundled)
    monkeypatch.setattr(main_actions, "bundled_decks_dir", lambda: bundled)
    window = create_main_window(data_dir=data_dir, clock=clock, settings=qsettings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.task is not None  # importing in the background at once
    qtbot.waitUntil(lambda: window.task is None, timeout=10000)
    assert window.profile == "default"
    assert not window.decks.is_empty and window.decks.model.totals() == (7, 0, 0)
    window.close()


def test_profiles_create_rename_and_switch(qtbot, deck_window: MainWindow) -> None:
    window = deck_window
    dialog = ProfileDialog(window.profiles, window.profile, rename=window.rename_profile,
                           parent=window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ward 4")
    qtbot.keyClick(dialog.name, K.Key_Return)
    assert "Ward 4" in window.profiles.list()
    dialog.name.setText("bad/name")
    dialog.create_button.click()
    assert "not a usable profile name" in dialog.error.text()
    # Rename the open profile: its collection is closed and opened under the new name.
    dialog.refresh(select="default")
    dialog.name.setText("Alex")
    dialog.rename_button.click()
    assert window.profile == "Alex" and "Alex" in window.windowTitle()
    assert window.decks.model.totals() == (7, 0, 0)
    dialog.refresh(select="Ward 4")
    dialog.open_selected()
    assert dialog.chosen == "Ward 4"
    assert window.open_profile("Ward 4")
    assert window.profile == "Ward 4" and window.decks.is_empty
    assert window.profiles.last_used() == "Ward 4"


def test_window_remembers_its_geometry(qtbot, make_window) -> None:
    first = make_window()
    first.resize(711, 517)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (711, 517)


def test_every_action_has_a_shortcut_shown_in_its_tooltip(window: MainWindow) -> None:
    for spec in ACTIONS:
        action = window.actions_.get(spec.key)
        if action is None:
            continue  # e.g. generate, until the service exists
        if spec.key != "about":
            assert action.shortcut().toString(), spec.key
            assert "(" in action.toolTip(), spec.key


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), (QDialogButtonBox, QAbstractSpinBox, QComboBox)):
            continue  # named by their text, or parts of a named widget
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_widgets_have_accessible_names(qtbot, deck_window: MainWindow, press) -> None:
    window = deck_window
    assert _unnamed(window) == []
    _study(window, press)
    for _ in range(5):  # basic, cloze, typed, mcq, order: front and back
        assert _unnamed(window) == [], window.review.current
        press(K.Key_Return)
        assert _unnamed(window) == [], window.review.current
        press(K.Key_3)
    assert window.col is not None
    dialog = SettingsDialog(app_settings=window.app_settings, decks=window.counts,
                            load_deck_settings=window.col.deck_settings, current_deck=DECK_ID,
                            profile="default", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert _unnamed(dialog.tabs.currentWidget()) == []


def test_generate_a_deck_from_documents_in_the_background(qtbot, window: MainWindow,
                                                          tmp_path: Path, press,
                                                          on_modal) -> None:
    docs = tmp_path / "ward-docs"
    docs.mkdir()
    (docs / "notes.txt").write_text(
        "Teaching notes.\n\nBlinatumomab is a bispecific antibody that targets CD19 and CD3.\n"
        "Imatinib is a tyrosine kinase inhibitor that targets BCR-ABL1.\n", encoding="utf-8")
    (docs / "picture.png").write_bytes(b"not a document")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GenerateDialog)
        dialog.folder.setText(str(docs))
        assert dialog.found.text().startswith("1 document: notes.txt")
        dialog.title.setText("Ward notes")
        dialog.topic.setText("Oncology")
        dialog.cloze.setChecked(False)
        dialog.accept()

    on_modal(fill)
    press(K.Key_G, CTRL)
    assert window.task is not None  # generating off the GUI thread
    qtbot.waitUntil(lambda: window.task is None, timeout=20000)
    deck = next(c for c in window.counts if c.title == "Ward notes")
    assert deck.group == "Oncology" and deck.new > 0
    assert not window.decks.is_empty
    assert (window.profiles.folder("default") / "decks" / "ward-notes.yaml").is_file()
    assert "Ward notes" in window.statusBar().currentMessage()


def test_unexpected_errors_become_a_message_and_a_log(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      shown_messages: Messages) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "errors.log"
    install_error_hook(log)
    try:
        raise RuntimeError("disk unplugged")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    _kind, title, text = shown_messages.shown[-1]
    assert title == "Something went wrong" and "disk unplugged" in text
    assert "answers up to now are saved" in text and "Traceback" not in text
    assert "Traceback" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize(("error", "title", "advice"), [
    (CollectionLocked("locked by process 12"), "Profile already open", "Close Trainer there"),
    (CollectionTooNew("schema 9 > 3"), "Made by a newer Trainer", "Install the newer version"),
    (CollectionCorrupt("file is not a database"), "Collection cannot be opened", "backups"),
])
def test_collection_problems_say_what_happened_and_what_to_do(error, title, advice) -> None:
    got_title, text = messages.collection_problem(error, "Ward 4")
    assert got_title == title
    assert "Ward 4" in text and str(error) in text and advice in text


def test_a_profile_open_elsewhere_is_not_renamed(qtbot, window: MainWindow,
                                                 clock: FixedClock) -> None:
    window.profiles.create("Sam")
    elsewhere = Collection.open(window.profiles.collection_path("Sam"), clock=clock)
    try:
        with pytest.raises(ValueError, match="open in another Trainer window"):
            window.rename_profile("Sam", "Samuel")
    finally:
        elsewhere.close()
    assert "Sam" in window.profiles.list() and "Samuel" not in window.profiles.list()
