"""The collection: one profile's SQLite file, and the use cases that work on it."""

from __future__ import annotations

import json
import secrets
import sqlite3
import weakref
from collections.abc import Sequence
from datetime import timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from trainer.clock import Clock, SystemClock
from trainer.config import AppSettings, bundled_decks_dir, settings_from_json, settings_to_json
from trainer.domain import CardView, DeckCounts, DeckSettings
from trainer.scheduling import DayRule, LearningDay, valid_parameters
from trainer.services import presets as presets_mod
from trainer.services.cancel import CancelToken, Progress
from trainer.services.changes import OpChanges
from trainer.services.errors import CollectionLocked
from trainer.services.exam import ExamPlanner
from trainer.services.failures import failure, service_error
from trainer.services.reports import ImportReport
from trainer.services.study import LEARN_AHEAD, SessionOptions, StudySession
from trainer.storage import queues
from trainer.storage import tables as db
from trainer.storage.backups import keep_damaged, keep_unverified, set_aside_stale_log
from trainer.storage.backups import take as take_backup
from trainer.storage.codec import from_ms, ms
from trainer.storage.engine import DatabaseLocked, StorageError, check_readable, make_engine
from trainer.storage.lock import ProfileLock
from trainer.storage.migrate import (
    create,
    current_revision,
    needs_upgrade,
    refuse_newer,
    unfinished_setup,
    upgrade,
)

if TYPE_CHECKING:
    from trainer.scheduling.optimizer import Fit
    from trainer.services.browse import BrowseService
    from trainer.services.cram import CramChoice, CramSession
    from trainer.services.deck_admin import DeckAdmin
    from trainer.services.hand_cards import HandCards
    from trainer.services.optimising import Optimised
    from trainer.services.quiz import Quizzes
    from trainer.services.stats import Statistics

APP_SETTINGS_KEY = "app"
PARAMETERS_KEY = "fsrs_parameters"
# Present from creation until the first start has added the bundled decks.
FIRST_RUN_KEY = "first_run"
BACKUP_EVERY = timedelta(minutes=30)
BULK_BACKUP_GAP = timedelta(minutes=1)  # at most one backup a minute before bulk changes


class Collection:
    """A learner's collection. Open with :meth:`open`; close (or use ``with``) when done."""

    def __init__(self, path: Path, engine: Engine, lock: ProfileLock, *, clock: Clock,
                 tz: tzinfo | None, fuzz: bool) -> None:
        self.path = path
        self._engine = engine
        self._lock = lock
        self.clock = clock
        self._tz = tz
        self._fuzz = fuzz
        self._totals: dict[str, int] | None = None  # cards per deck; reset by imports
        self._sibling_decks: frozenset[str] | None = None  # decks whose cards have siblings
        # Read once: only set_app_settings writes them while the collection is open (the
        # profile lock keeps other Trainer processes out), and the deck list asks twice.
        self._app_settings: AppSettings | None = None
        self._sessions: weakref.WeakSet[StudySession] = weakref.WeakSet()
        self._last_backup = clock.now()  # the 30 minutes of use count from opening
        self.exams = ExamPlanner(engine, clock=clock, day=self._day, settings=self.deck_settings,
                                 parameters=self.fsrs_parameters, tz=tz)

    @classmethod
    def open(cls, path: Path, *, clock: Clock | None = None, tz: tzinfo | None = None,
             fuzz: bool = True) -> Collection:
        """Open (creating or upgrading) a collection; errors say what to do next.

        A new collection is built aside and renamed in whole; an upgrade runs in one
        transaction after a verified backup. A damaged file is refused before anything is
        written to it or backed up, so it can never push a good backup out.
        """
        clock = clock or SystemClock()
        lock = ProfileLock(path)
        try:
            lock.acquire()
        except DatabaseLocked as exc:
            raise CollectionLocked(str(exc)) from exc
        except OSError as exc:
            raise failure(exc, path) from exc
        try:
            if not path.exists():
                create(path, settings={FIRST_RUN_KEY: "bundled-decks"})
            set_aside_stale_log(path, when=clock.now())
            check_readable(path)
            engine = make_engine(path)
            if unfinished_setup(engine):  # left by an older version's interrupted start
                engine.dispose()
                keep_damaged(path, when=clock.now())
                create(path, settings={FIRST_RUN_KEY: "bundled-decks"})
                engine = make_engine(path)
            refuse_newer(engine)
            if current_revision(engine) is not None and needs_upgrade(engine):
                take_backup(path, reason="before-upgrade", when=clock.now())
            upgrade(engine)
        except StorageError as exc:
            lock.release()
            raise service_error(exc) from exc
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            lock.release()
            raise failure(exc, path) from exc
        except BaseException:
            lock.release()  # an unexpected fault: the next open must not find it held
            raise
        return cls(path, engine, lock, clock=clock, tz=tz, fuzz=fuzz)

    def close(self, *, backup: bool = False) -> None:
        """Let the file go; ``backup`` takes a verified backup first (the app does on close)."""
        for session in list(self._sessions):
            session.close()  # each holds a connection; the file must be let go
        try:
            if backup:
                self.backup(reason="close")
        finally:
            self._engine.dispose()
            self._lock.release()

    # -- backups -----------------------------------------------------------------------
    def backup(self, *, reason: str) -> Path:
        """Take a verified backup now (and rotate the old ones); the backup's path."""
        try:
            taken = take_backup(self.path, reason=reason, when=self.clock.now())
        except StorageError as exc:
            raise service_error(exc) from exc
        assert taken is not None
        self._last_backup = self.clock.now()
        return taken.path

    def keep_copy(self, *, reason: str) -> Path:
        """An unverified copy of the file as it is (damage included), before a repair."""
        try:
            return keep_unverified(self.path, reason=reason, when=self.clock.now())
        except StorageError as exc:
            raise service_error(exc) from exc

    def backup_if_due(self) -> Path | None:
        """A backup every 30 minutes of use; None when the last one is recent enough."""
        if self.clock.now() - self._last_backup < BACKUP_EVERY:
            return None
        return self.backup(reason="periodic")

    def first_run_pending(self) -> bool:
        """Whether this collection's first start has not yet added the bundled decks."""
        with self._engine.connect() as conn:
            return conn.execute(select(db.settings.c.value)
                                .where(db.settings.c.key == FIRST_RUN_KEY)).first() is not None

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        return self._engine

    # -- settings ----------------------------------------------------------------------
    def app_settings(self) -> AppSettings:
        if self._app_settings is None:
            with self._engine.connect() as conn:
                value = conn.execute(select(db.settings.c.value)
                                     .where(db.settings.c.key == APP_SETTINGS_KEY)).scalar()
            self._app_settings = settings_from_json(value)
        return self._app_settings

    def set_app_settings(self, settings: AppSettings) -> OpChanges:
        with self._engine.begin() as conn:
            self._put_setting(conn, APP_SETTINGS_KEY, settings_to_json(settings))
        self._app_settings = settings
        return OpChanges(deck_config=True)  # day start, sibling burying: every deck's counts

    @staticmethod
    def _put_setting(conn: Any, key: str, value: str) -> None:
        done = conn.execute(update(db.settings).where(db.settings.c.key == key).values(value=value))
        if done.rowcount == 0:
            conn.execute(insert(db.settings).values(key=key, value=value))

    def deck_settings(self, deck_id: str) -> DeckSettings:
        """A deck's settings: its own, else its preset's, its group's preset's, its file's."""
        return self.deck_settings_source(deck_id)[0]

    def deck_settings_source(self, deck_id: str) -> tuple[DeckSettings, str]:
        """A deck's settings and where they come from (see trainer.services.presets)."""
        with self._engine.connect() as conn:
            own = conn.execute(select(db.deck_overrides.c.settings)
                               .where(db.deck_overrides.c.deck_id == deck_id)).scalar()
            row = conn.execute(select(db.decks.c.file_settings, db.decks.c.group_name)
                               .where(db.decks.c.id == deck_id)).first()
            links, presets = presets_mod.load_links(conn)
        return presets_mod.resolve(deck_id=deck_id, group=row[1] if row else "",
                                   file_settings=row[0] if row else None, own=own,
                                   links=links, presets=presets)

    def presets(self) -> presets_mod.Presets:
        """Options presets shared by decks and groups."""
        return presets_mod.Presets(self._engine, changed=self.exams.forget)

    def clear_deck_settings(self, deck_id: str) -> OpChanges:
        """Drop a deck's own settings, so its preset (or its file's settings) applies."""
        with self._engine.begin() as conn:
            conn.execute(db.deck_overrides.delete().where(db.deck_overrides.c.deck_id == deck_id))
        self.exams.forget()
        return OpChanges(deck_config=True, deck_ids=(deck_id,))

    def _study_settings(self, deck_id: str) -> DeckSettings:
        """A deck's settings for today's study: its own, with an exam plan applied."""
        return self.exams.apply(deck_id, self.deck_settings(deck_id))

    def set_deck_settings(self, deck_id: str, settings: DeckSettings) -> OpChanges:
        presets_mod.check_settings(settings)
        payload = presets_mod.settings_to_json(settings)
        with self._engine.begin() as conn:
            done = conn.execute(update(db.deck_overrides)
                                .where(db.deck_overrides.c.deck_id == deck_id)
                                .values(settings=payload))
            if done.rowcount == 0:
                conn.execute(insert(db.deck_overrides).values(deck_id=deck_id, settings=payload))
        return OpChanges(deck_config=True, deck_ids=(deck_id,))

    # -- library -----------------------------------------------------------------------
    def import_deck_files(self, paths: Sequence[Path], *, progress: Progress | None = None,
                          cancel: CancelToken | None = None) -> ImportReport:
        """Import or update deck files, all or nothing."""
        from trainer.services.library import import_decks  # deck parser: only when importing

        if self.has_decks():
            self.backup(reason="before-import")
        self._totals = None
        self._sibling_decks = None
        self.exams.forget()
        try:
            report = import_decks(self._engine, paths, now=self.clock.now(), progress=progress,
                                  cancel=cancel)
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            raise failure(exc, self.path) from exc
        for session in list(self._sessions):
            session.forget_counts()  # open sessions keep their counts in memory
        return report

    def import_bundled_decks(self, *, progress: Progress | None = None,
                             cancel: CancelToken | None = None) -> ImportReport:
        files = sorted(bundled_decks_dir().glob("*.yaml"))
        report = self.import_deck_files(files, progress=progress, cancel=cancel)
        with self._engine.begin() as conn:  # the first start is now complete
            conn.execute(delete(db.settings).where(db.settings.c.key == FIRST_RUN_KEY))
        return report

    def content_changed(self) -> None:
        """Decks were added or changed outside import_deck_files (e.g. from Anki): recount."""
        self._totals = None
        self.exams.forget()

    def has_decks(self) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(select(db.decks.c.id).limit(1)).first() is not None

    # -- counts ------------------------------------------------------------------------
    def _day(self) -> LearningDay:
        return LearningDay.containing(self.clock.now(),
                                      starts_at_hour=self.app_settings().day_starts_at_hour,
                                      tz=self._tz)

    def deck_counts(self) -> list[DeckCounts]:
        """New, learning and due cards available today per deck, within daily limits."""
        day = self._day()
        now_ms = ms(self.clock.now())
        out: list[DeckCounts] = []
        with self._engine.connect() as conn:
            decks = conn.exec_driver_sql(
                "SELECT d.id, d.title, d.group_name, d.file_settings, o.settings FROM decks d "
                "LEFT JOIN deck_overrides o ON o.deck_id = d.id "
                "ORDER BY d.group_name, d.title").all()
            done = queues.studied_since(conn, ms(day.start))
            bury = self.app_settings().bury_siblings  # the counts say what a session shows
            links, presets = presets_mod.load_links(conn)
            if self._totals is None:
                self._totals = queues.totals(conn)
            if self._sibling_decks is None:
                self._sibling_decks = queues.decks_with_siblings(conn)
            for deck_id, title, group, file_settings, override in decks:
                s = self.exams.apply(deck_id, presets_mod.resolve(
                    deck_id=deck_id, group=group, file_settings=file_settings, own=override,
                    links=links, presets=presets)[0])
                new_done, rev_done = done.get(deck_id, (0, 0))
                total = self._totals.get(deck_id, 0)
                siblings = self._sibling_decks
                suspended = queues.count_suspended(conn, deck_id)
                out.append(DeckCounts(
                    deck_id=deck_id, title=title, group=group,
                    new=queues.count_new(conn, deck_id, now_ms=now_ms,
                                         cap=s.new_per_day - new_done,
                                         siblings_buried=bury and deck_id in siblings),
                    learning=queues.count_learning(
                        conn, deck_id, until_ms=now_ms + int(LEARN_AHEAD.total_seconds() * 1000),
                        now_ms=now_ms),
                    review=queues.count_review(conn, deck_id, day_end_ms=ms(day.end),
                                               now_ms=now_ms, cap=s.reviews_per_day - rev_done,
                                               siblings_buried=bury and deck_id in siblings),
                    total=total, suspended=suspended))
        return out

    # -- study ------------------------------------------------------------------------
    def _session_parts(self, deck_ids: Sequence[str] | None
                       ) -> tuple[list[str], dict[tuple[str, str], str], SessionOptions]:
        """The decks, source files and options a study or cram session needs."""
        with self._engine.connect() as conn:
            all_ids = [r[0] for r in conn.execute(select(db.decks.c.id).order_by(db.decks.c.id))]
            sources = {}
            for deck_id, raw in conn.execute(select(db.decks.c.id, db.decks.c.sources)):
                for source in json.loads(raw):
                    sources[(deck_id, source["id"])] = source["file"]
        chosen = list(deck_ids) if deck_ids is not None else all_ids
        unknown = [d for d in chosen if d not in all_ids]
        if unknown:
            raise KeyError(f"No deck with id {unknown[0]!r} in this collection.")
        app = self.app_settings()
        options = SessionOptions(day_starts_at_hour=app.day_starts_at_hour, tz=self._tz,
                                 bury_siblings=app.bury_siblings,
                                 leech_threshold=app.leech_threshold, fuzz=self._fuzz,
                                 parameters=self.fsrs_parameters(),
                                 first_interval_caps=self.exams.first_interval_caps(chosen),
                                 shuffle_seed=self._shuffle_seed(app))
        return chosen, sources, options

    def _shuffle_seed(self, app: AppSettings) -> int:
        """The learner's seed for choice orders, drawn once and kept with the profile."""
        if app.shuffle_seed is None:
            app = app.with_changes(shuffle_seed=secrets.randbits(31))
            self.set_app_settings(app)
        assert app.shuffle_seed is not None
        return app.shuffle_seed

    def start_session(self, *, deck_ids: Sequence[str] | None = None) -> StudySession:
        chosen, sources, options = self._session_parts(deck_ids)
        session = StudySession(self._engine, deck_ids=chosen, clock=self.clock,
                               settings=self._study_settings, options=options,
                               source_files=sources)
        self._sessions.add(session)
        return session

    def start_cram(self, *, choice: CramChoice, seed: int | None = None) -> CramSession:
        """Cram or preview the cards ``choice`` selects; ValueError when it selects none."""
        from trainer.services.cram import CramSession, choose_cards

        day = self._day()
        with self._engine.connect() as conn:
            card_ids = choose_cards(conn, choice=choice, day=day, seed=seed)
        if not card_ids:
            raise ValueError(choice.nothing_found())
        chosen, sources, options = self._session_parts(None)
        session = CramSession(self._engine, card_ids=card_ids, choice=choice, deck_ids=chosen,
                              clock=self.clock, settings=self.deck_settings, options=options,
                              source_files=sources)
        self._sessions.add(session)
        return session

    def edit_card(self, card_id: int, *, prompt: str, answer: str) -> OpChanges:
        """Keep a learner's own wording of a card; it survives re-imports of the deck."""
        if not prompt.strip():
            raise ValueError("The question cannot be empty.")
        with self._engine.begin() as conn:
            done = conn.execute(update(db.cards).where(db.cards.c.id == card_id).values(
                user_edit=json.dumps({"prompt": prompt, "answer": answer}, ensure_ascii=False)))
            if done.rowcount == 0:
                raise KeyError(f"No card {card_id} in this collection.")
        return OpChanges(cards=True, card_ids=(card_id,))

    # -- personal FSRS parameters -------------------------------------------------------
    def fsrs_parameters(self) -> tuple[float, ...] | None:
        """Parameters fitted to this learner's reviews, or None for the defaults."""
        with self._engine.connect() as conn:
            raw = conn.execute(select(db.settings.c.value)
                               .where(db.settings.c.key == PARAMETERS_KEY)).scalar()
        return tuple(json.loads(raw)) if raw else None

    def fit_parameters(self) -> Fit | None:
        """Fit FSRS to this learner's review log as Anki does, keeping the fit only if better.

        None when the log is too short to fit. The fitted parameters are saved only when
        they predict the log better (lower log loss) than the ones in use.
        """
        from trainer.scheduling.optimizer import LoggedReview, fit  # rare: not at start-up

        with self._engine.connect() as conn:
            rows = conn.execute(select(db.review_log.c.card_id, db.review_log.c.reviewed_at,
                                       db.review_log.c.rating,
                                       db.review_log.c.phase_before)).all()
        reviews = [LoggedReview(card_id=r[0], reviewed_at=from_ms(r[1]) or self.clock.now(),
                                rating=r[2], phase_before=r[3]) for r in rows]
        day = DayRule(self.app_settings().day_starts_at_hour, self._tz)
        result = fit(reviews, current=self.fsrs_parameters(), day=day, now=self.clock.now())
        if result is None or not result.applied or not valid_parameters(result.parameters):
            return result
        with self._engine.begin() as conn:
            self._put_setting(conn, PARAMETERS_KEY, json.dumps(list(result.parameters)))
        return result

    def optimise_parameters(self) -> tuple[float, ...] | None:
        """Fit and keep personal parameters; None when the defaults (or current) stay."""
        result = self.fit_parameters()
        return result.parameters if result is not None and result.applied else None

    def optimise(self) -> Optimised:
        """Options ▸ Optimise: fit as :meth:`fit_parameters` does, and say what happened."""
        from trainer.services.optimising import Optimised

        with self._engine.connect() as conn:
            reviews = conn.execute(select(func.count()).select_from(db.review_log)).scalar()
        return Optimised(reviews=int(reviews or 0), fit=self.fit_parameters())

    # -- quizzes -----------------------------------------------------------------------
    def quizzes(self) -> Quizzes:
        """Quizzes on this collection: practice kept apart from the FSRS state."""
        from trainer.services.quiz import Quizzes  # the templates load only when quizzing

        def documents() -> list[Path]:
            return self.app_settings().folders()

        return Quizzes(self._engine, clock=self.clock, next_day=lambda: self._day().end,
                       documents_dir=documents, before_bulk=self.backup_before_bulk)

    # -- card browser ------------------------------------------------------------------
    def browser(self) -> BrowseService:
        """Search, sort and edit cards in bulk; its undo lasts as long as the object."""
        from trainer.services.browse import BrowseService

        def forget_totals() -> None:
            self._totals = None  # a move or delete changes the cards per deck

        return BrowseService(self._engine, clock=self.clock, day=self._day,
                             parameters=self.fsrs_parameters, passage=self.citation_passage,
                             on_change=forget_totals, before_bulk=self.backup_before_bulk)

    def backup_before_bulk(self) -> Path | None:
        """A backup before a change to many cards, unless one was taken in the last minute
        (a learner working through the browser makes many changes in a row)."""
        if self.clock.now() - self._last_backup < BULK_BACKUP_GAP:
            return None
        return self.backup(reason="before-bulk-change")

    # -- managing decks ----------------------------------------------------------------
    def deck_admin(self) -> DeckAdmin:
        """Create, rename, move and delete decks, each with Undo."""
        from trainer.services.deck_admin import DeckAdmin

        def changed() -> None:
            self._totals = None
            self.exams.forget()

        return DeckAdmin(self._engine, clock=self.clock, path=self.path, changed=changed)

    def hand_cards(self) -> HandCards:
        """Cards the learner adds by hand, and their export into the deck file."""
        from trainer.services.hand_cards import HandCards

        self._totals = None  # a card added changes the deck's total
        return HandCards(self._engine, clock=self.clock)

    # -- statistics --------------------------------------------------------------------
    def statistics(self) -> Statistics:
        """Figures for the statistics window, with today's day start and parameters."""
        from trainer.services.stats import Statistics

        return Statistics(self._engine, clock=self.clock,
                          day_starts_at_hour=self.app_settings().day_starts_at_hour,
                          tz=self._tz, settings=self.deck_settings,
                          parameters=self.fsrs_parameters())

    # -- sources -----------------------------------------------------------------------
    def citation_passage(self, card: CardView) -> tuple[str, str | None]:
        """The citation that supports a card's answer, and the passage when the file is here."""
        from trainer.services import citations  # the templates it needs load on first use

        return citations.card_passage(self._engine, card, self.app_settings().folders())
