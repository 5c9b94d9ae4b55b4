"""The card browser for :mod:`trainer.gui.screenshots`: all cards with a studied one's info,
some flagged and one suspended, and a search with a mistake pointed out.

Driven through the real window on the shooter's demo profile (after nine days of study).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.domain import Flag
from trainer.gui.main_window import MainWindow
from trainer.services.browse_models import COLUMNS

if TYPE_CHECKING:
    from trainer.gui.screenshots import Shooter


def shoot_browser(shooter: Shooter, window: MainWindow) -> None:
    window.show_decks()
    window.open_browser()
    browser = window.browser
    assert browser is not None
    browser.resize(1180, 680)
    service = browser.service
    studied = service.search("-is:new", sort="due")
    new = service.search("deck:*targets* is:new", sort="due")
    # marks a learner might have made: two flags and a suspended card
    service.set_flag(new[:2], Flag.RED)
    service.set_flag(new[2:3], Flag.BLUE)
    service.suspend(new[3:4])
    browser.search_box.setText("")
    browser.run_search()
    if studied:
        browser.select_ids(studied[:1])
    browser.table.horizontalHeader().resizeSection(COLUMNS.index("question"), 300)
    shooter.settle(10)
    shooter.save(browser, "browser")
    browser.search_box.setText("deck:ALL* prop:ivl>3")
    browser.run_search()
    if browser.model.total:
        browser.select_ids([browser.model.card_id(0)])
    shooter.save(browser, "browser-search")
    browser.search_box.setText("deck:ALL* is:sleepy")
    browser.run_search()
    shooter.save(browser, "browser-search-error")
    browser.close()
    browser.deleteLater()
    window.browser = None
    shooter.settle()
