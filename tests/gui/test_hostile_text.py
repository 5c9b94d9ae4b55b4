"""A deck full of HTML is shown as written on every screen, and nothing it names is opened.

Every title, group, source, subject, card and tag carries ``<img src="file://...">`` pointing
at real image files whose access times are set before their modification times: on a
relatime file system (the usual), reading one moves its access time forward. Each screen
is also checked directly: no label or tooltip holding deck text is read as rich text.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from tests.gui.conftest import wait_for_task
from trainer.domain import Rating
from trainer.gui.fact_review import FactReviewDialog
from trainer.gui.main_window import MainWindow

try:
    from PySide6.QtGui import Qt as QtGuiNamespace

    might_be_rich = QtGuiNamespace.mightBeRichText
except AttributeError:  # pragma: no cover - older bindings
    from PySide6.QtCore import Qt as QtGuiNamespace  # type: ignore[assignment]

    might_be_rich = QtGuiNamespace.mightBeRichText  # type: ignore[attr-defined]

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwAD"
                       "hgGAWjR9awAAAABJRU5ErkJggg==")
MARK = "canary-"


def _hostile(canaries: Path, name: str) -> str:
    image = canaries / f"{MARK}{name}.png"
    image.write_bytes(PNG)
    if name in _SHORT:  # titles hold at most 200 characters: the file image alone
        return f'{name} <img src="file://{image}"><b>b</b>'
    return (f'{name} <img src="file://{image}"> <b>bold</b> '
            f'<a href="http://example.invalid/{name}">link</a> <img src="http://example.invalid/x.png">')


_SHORT = frozenset({"title", "group", "source"})


def _deck(canaries: Path) -> str:
    h = lambda n: json.dumps(_hostile(canaries, n))  # noqa: E731 - short and local
    facts = "".join(
        f"  - {{id: f{i}.class, relation: drug_class, subject: {h(f'subject{i}')}, "
        f"object: {h(f'object{i}')}, source: {{doc: d1, lines: [1, 2]}}, "
        f"tags: [tag{i}]}}\n" for i in range(6))
    return (f"format: 1\nid: hostile\ndeck: {h('title')}\ngroup: {h('group')}\n"
            f"description: {h('description')}\n"
            f"sources:\n  - id: d1\n    title: {h('source')}\n    file: \"<u>notes.txt\"\n"
            f"facts:\n{facts}"
            f"cards:\n  - id: hand.basic\n    type: basic\n    front: {h('front')}\n"
            f"    back: {h('back')}\n    source: {{doc: d1, lines: [1, 1]}}\n"
            f"  - id: hand.mcq\n    type: mcq\n    front: {h('mcq')}\n    choices:\n"
            f"      - {h('choice1')}\n      - {{text: {h('choice2')}, correct: true}}\n"
            f"      - {h('choice3')}\n")


def _age(canaries: Path) -> dict[Path, float]:
    """Access times older than modification times, so that a read shows up."""
    times = {}
    for image in canaries.iterdir():
        stat = image.stat()
        os.utime(image, (stat.st_mtime - 3600, stat.st_mtime))
        times[image] = image.stat().st_atime
    return times


def _rich_holding_markup(text: str) -> bool:
    return MARK in text and might_be_rich(text) and "<img" in text


def check_screen(where: str) -> None:
    """No label, tooltip or item on any open window treats deck text as HTML."""
    QApplication.processEvents()
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and MARK in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and might_be_rich(widget.text()))
            assert not (rich and "<img" in widget.text()), \
                f"{where}: {widget.accessibleName() or widget.objectName()} shows HTML"
        assert not _rich_holding_markup(widget.toolTip()), f"{where}: a tooltip shows HTML"
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if isinstance(model, QStandardItemModel):
            stack = [model.invisibleRootItem()]
            while stack:
                item = stack.pop()
                stack.extend(item.child(r, c) for r in range(item.rowCount())
                             for c in range(item.columnCount()) if item.child(r, c))
                assert not _rich_holding_markup(item.toolTip() or ""), \
                    f"{where}: an item's tooltip shows HTML"


@pytest.fixture
def canaries(tmp_path: Path) -> Path:
    folder = tmp_path / "canaries"
    folder.mkdir()
    return folder


def test_a_deck_full_of_html_opens_nothing_on_any_screen(
        qtbot, window: MainWindow, tmp_path: Path, canaries: Path,
        press: Callable[..., None], on_modal: Callable[..., None], shown_messages) -> None:
    deck_file = tmp_path / "hostile.yaml"
    deck_file.write_text(_deck(canaries), encoding="utf-8")
    docs = tmp_path / "documents"
    docs.mkdir()
    times = _age(canaries)
    assert window.col is not None
    window.col.set_app_settings(window.col.app_settings().with_changes(documents_dir=str(docs)))
    window.app_settings = window.col.app_settings()

    window.import_files([deck_file])
    check_screen("import progress")
    wait_for_task(qtbot, window)
    window.decks.tree.setFocus()
    press(Qt.Key.Key_Down)
    check_screen("deck list")
    window.grab()

    seen: list[str] = []

    def inspect(name: str) -> Callable[[QWidget], None]:
        def handle(dialog: QWidget) -> None:
            dialog.grab()
            check_screen(name)
            seen.append(name)
            dialog.reject()  # type: ignore[attr-defined]
        return handle

    on_modal(inspect("deck options"))
    window.open_settings(deck_id="hostile")
    window.study(["hostile"])
    for _ in range(40):
        if window.pages.currentIndex() != window.PAGE_REVIEW or window.review.current is None:
            break
        window.grab()
        check_screen("review, question")
        if window.review.current.content.source is not None and "source" not in seen:
            on_modal(inspect("source"))
            window.show_source()
        window.review.show_answer()
        window.grab()
        check_screen("review, answer")
        window.review.grade(Rating.GOOD)
    window.grab()
    check_screen("summary")

    from trainer.services.quiz_models import QuizSetup

    window.show_decks()
    window.quiz.start(QuizSetup(count=4))
    if window.quiz.taking():
        view = window.quiz.view
        assert view.run is not None
        for _ in view.run.questions:
            view.grab()
            check_screen("quiz question")
            press(Qt.Key.Key_1)
            press(Qt.Key.Key_Return)
            check_screen("quiz feedback")
            press(Qt.Key.Key_Return)
        window.quiz.report_view.grab()
        check_screen("quiz report")
        seen.append("quiz")

    review = FactReviewDialog(deck_file, documents_dir=docs)
    with qtbot.waitActive(review):
        review.show()
    for row in range(6):
        review.table.selectRow(row)
        review.grab()
        check_screen("fact review")
    review.review.dirty = False
    review.close()

    assert {"deck options", "source", "quiz"} <= set(seen), shown_messages.texts()
    read = [p.name for p, atime in times.items() if p.stat().st_atime != atime]
    assert read == [], f"files named by the deck were opened: {read}"
