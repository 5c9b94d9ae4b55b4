"""Statistics and deck management for :mod:`trainer.gui.screenshots`.

A month of study is played through the real study session first (a few cards a day,
some forgotten), so the charts have something to show; then the statistics window, the
delete question, a new deck, the Add card dialog and the Presets tab of the options are
saved.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.domain import Rating
from trainer.gui import exam_view
from trainer.gui.add_card_dialog import AddCardDialog
from trainer.gui.main_window import MainWindow
from trainer.gui.presets_page import PresetsPage
from trainer.gui.settings_dialog import SettingsDialog
from trainer.gui.stats.window import StatsWindow
from trainer.services.presets import GROUP
from trainer.services.stats import Scope

if TYPE_CHECKING:
    from trainer.gui.screenshots import Shooter

STATS_SHOTS = ("stats", "stats-deck", "deck-delete", "deck-new", "add-card",
               "settings-presets")


def _study_a_month(shooter: Shooter, window: MainWindow) -> None:
    col = window.col
    assert col is not None
    rng = random.Random(2026)
    for _day in range(30):
        session = col.start_session(deck_ids=["all-drug-targets", "all-treatment-phases"])
        for _ in range(rng.randrange(8, 25)):
            if session.next_card() is None:
                break
            session.reveal()
            rating = Rating.AGAIN if rng.random() < 0.12 else (
                Rating.HARD if rng.random() < 0.1 else Rating.GOOD)
            session.answer(rating, duration_ms=rng.randrange(3000, 15000))
            shooter.clock.advance(timedelta(minutes=rng.randrange(1, 4)))
        session.close()
        shooter.clock.advance(timedelta(days=1))


def shoot_stats(shooter: Shooter, window: MainWindow) -> None:
    """Save the statistics and deck management screenshots."""
    col = window.col
    assert col is not None
    _study_a_month(shooter, window)
    window.refresh()
    window.show_decks()

    def stats(scope: Scope | None) -> QWidget:
        dialog = StatsWindow(col.statistics(), scope=scope, parent=window)
        dialog.resize(1000, 2700)  # every chart in one picture
        return dialog

    shooter.dialog_shot(window, "stats", lambda: stats(None))
    shooter.dialog_shot(window, "stats-deck",
                        lambda: stats(Scope("deck", "all-drug-targets")))

    window.decks.select_deck("demo-treatment")
    preview = col.deck_admin().preview_delete(deck_ids=["demo-treatment"])

    def question() -> QWidget:
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete deck", preview.question(),
                          QMessageBox.StandardButton.Cancel, window)
        box.addButton("&Delete", QMessageBox.ButtonRole.DestructiveRole)
        return box

    shooter.dialog_shot(window, "deck-delete", question)
    made = col.deck_admin().create(title="My own cards", group="ALL")
    window.refresh()
    window.decks.select_deck_row(made.deck_ids[0])
    shooter.save(window, "deck-new")

    def add_card() -> QWidget:
        dialog = AddCardDialog(col.hand_cards(), window.counts, current_deck=made.deck_ids[0],
                               parent=window)
        dialog.kind.setCurrentIndex(2)  # cloze
        dialog.front.setPlainText("{{c1::Mercaptopurine}} is taken by mouth every evening "
                                  "during {{c2::maintenance}}.")
        dialog.tags.setText("maintenance oral")
        dialog.status.setText("Added to ALL ▸ My own cards: 1 card. Write the next one, "
                              "or close.")
        return dialog

    shooter.dialog_shot(window, "add-card", add_card)
    presets = col.presets()
    exam = presets.create(name="Exam month", settings=col.deck_settings("all-drug-targets"))
    presets.link(scope_kind=GROUP, scope="ALL", preset_id=exam.id)

    def options() -> QWidget:
        page = PresetsPage(presets, window.counts, col.optimise)
        dialog = SettingsDialog(app_settings=window.app_settings, decks=window.counts,
                                load_deck_settings=col.deck_settings,
                                current_deck="all-drug-targets", profile=window.profile or "",
                                start_tab="presets", exam=exam_view.tab_input(col, None),
                                presets=page, parent=window)
        dialog.resize(640, 680)
        return dialog

    shooter.dialog_shot(window, "settings-presets", options)
