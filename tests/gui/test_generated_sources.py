"""A deck generated in the app finds its documents afterwards: S shows the passage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_generate_feedback import GOOD, _generate

from trainer.gui.main_window import MainWindow
from trainer.gui.source_dialog import SourceDialog

K = Qt.Key


def test_s_shows_the_passage_of_a_deck_generated_from_another_folder(
        qtbot, window: MainWindow, tmp_path: Path, press, on_modal) -> None:
    assert window.col is not None
    elsewhere = tmp_path / "documents folder of the settings"
    elsewhere.mkdir()
    window.col.set_app_settings(window.col.app_settings().with_changes(
        documents_dir=str(elsewhere)))
    window.app_settings = window.col.app_settings()
    ward = tmp_path / "ward notes"
    ward.mkdir()
    (ward / "notes.txt").write_text(GOOD, encoding="utf-8")
    _generate(qtbot, window, press, on_modal, ward, "Ward notes")
    assert [c.title for c in window.counts] == ["Ward notes"]
    # Reopened later: the folder is remembered with the profile, not only in this window.
    assert window.open_profile("default")
    window.study([window.counts[0].deck_id])
    assert window.review.current is not None
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SourceDialog)
        seen["citation"] = dialog.citation_label.text()
        seen["passage"] = dialog.passage_text()
        dialog.reject()

    press(K.Key_Return)  # the answer side: on a typed card, S before it would be typed
    on_modal(look)
    press(K.Key_S)
    assert seen["citation"].startswith("notes.txt, line")
    assert "tyrosine kinase inhibitor" in seen["passage"]
