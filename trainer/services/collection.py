"""The collection: one profile's SQLite file, and the use cases that work on it."""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from dataclasses import asdict
from datetime import tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, insert, select, update

from trainer.clock import Clock, SystemClock
from trainer.config import AppSettings, bundled_decks_dir, settings_from_json, settings_to_json
from trainer.domain import CardView, DeckCounts, DeckSettings
from trainer.scheduling import LearningDay, valid_parameters
from trainer.scheduling.optimizer import LoggedReview, optimise
from trainer.services import citations
from trainer.services.cancel import CancelToken, Progress
from trainer.services.errors import CollectionCorrupt, CollectionLocked, CollectionTooNew
from trainer.services.exam import ExamPlanner
from trainer.services.reports import ImportReport
from trainer.services.study import LEARN_AHEAD, SessionOptions, StudySession
from trainer.storage import queues
from trainer.storage import tables as db
from trainer.storage.backups import backup
from trainer.storage.codec import from_ms, ms
from trainer.storage.engine import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    StorageError,
    check_readable,
    make_engine,
)
from trainer.storage.lock import ProfileLock
from trainer.storage.migrate import current_revision, needs_upgrade, refuse_newer, upgrade

if TYPE_CHECKING:
    from trainer.services.cram import CramChoice, CramSession
    from trainer.services.quiz import Quizzes

APP_SETTINGS_KEY = "app"
PARAMETERS_KEY = "fsrs_parameters"


def _deck_settings_from_json(text: str | None) -> DeckSettings:
    if not text:
        return DeckSettings()
    raw: dict[str, Any] = json.loads(text)
    known = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()
             if k in DeckSettings.__dataclass_fields__}
    return DeckSettings(**known)  # type: ignore[arg-type]


def _deck_settings_to_json(settings: DeckSettings) -> str:
    return json.dumps({k: list(v) if isinstance(v, tuple) else v
                       for k, v in asdict(settings).items()}, sort_keys=True)


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
        self._sessions: weakref.WeakSet[StudySession] = weakref.WeakSet()
        self.exams = ExamPlanner(engine, clock=clock, day=self._day, settings=self.deck_settings,
                                 parameters=self.fsrs_parameters, tz=tz)

    @classmethod
    def open(cls, path: Path, *, clock: Clock | None = None, tz: tzinfo | None = None,
             fuzz: bool = True) -> Collection:
        """Open (creating or upgrading) a collection; errors say what to do next."""
        clock = clock or SystemClock()
        lock = ProfileLock(path)
        try:
            lock.acquire()
        except DatabaseLocked as exc:
            raise CollectionLocked(str(exc)) from exc
        try:
            check_readable(path)
            engine = make_engine(path)
            refuse_newer(engine)
            if path.exists() and current_revision(engine) is not None and needs_upgrade(engine):
                backup(path, reason="before-upgrade", when=clock.now())
            upgrade(engine)
        except DatabaseTooNew as exc:
            lock.release()
            raise CollectionTooNew(str(exc)) from exc
        except DatabaseLocked as exc:
            lock.release()
            raise CollectionLocked(str(exc)) from exc
        except (DatabaseCorrupt, StorageError) as exc:
            lock.release()
            raise CollectionCorrupt(str(exc)) from exc
        except Exception as exc:
            lock.release()
            raise CollectionCorrupt(
                f"The collection {path} could not be opened ({exc}). Restore a backup "
                "from the 'backups' folder beside it.") from exc
        return cls(path, engine, lock, clock=clock, tz=tz, fuzz=fuzz)

    def close(self) -> None:
        for session in list(self._sessions):
            session.close()  # each holds a connection; the file must be let go
        self._engine.dispose()
        self._lock.release()

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
        with self._engine.connect() as conn:
            value = conn.execute(select(db.settings.c.value)
                                 .where(db.settings.c.key == APP_SETTINGS_KEY)).scalar()
        return settings_from_json(value)

    def set_app_settings(self, settings: AppSettings) -> None:
        with self._engine.begin() as conn:
            self._put_setting(conn, APP_SETTINGS_KEY, settings_to_json(settings))

    @staticmethod
    def _put_setting(conn: Any, key: str, value: str) -> None:
        done = conn.execute(update(db.settings).where(db.settings.c.key == key).values(value=value))
        if done.rowcount == 0:
            conn.execute(insert(db.settings).values(key=key, value=value))

    def deck_settings(self, deck_id: str) -> DeckSettings:
        """The learner's settings for a deck, else the deck file's."""
        with self._engine.connect() as conn:
            override = conn.execute(select(db.deck_overrides.c.settings)
                                    .where(db.deck_overrides.c.deck_id == deck_id)).scalar()
            if override:
                return _deck_settings_from_json(override)
            from_file = conn.execute(select(db.decks.c.file_settings)
                                     .where(db.decks.c.id == deck_id)).scalar()
        return _deck_settings_from_json(from_file)

    def _study_settings(self, deck_id: str) -> DeckSettings:
        """A deck's settings for today's study: its own, with an exam plan applied."""
        return self.exams.apply(deck_id, self.deck_settings(deck_id))

    def set_deck_settings(self, deck_id: str, settings: DeckSettings) -> None:
        if not 0.7 <= settings.desired_retention <= 0.99:
            raise ValueError("Desired retention must be between 70% and 99%.")
        if settings.new_per_day < 0 or settings.reviews_per_day < 0:
            raise ValueError("Daily limits cannot be negative.")
        payload = _deck_settings_to_json(settings)
        with self._engine.begin() as conn:
            done = conn.execute(update(db.deck_overrides)
                                .where(db.deck_overrides.c.deck_id == deck_id)
                                .values(settings=payload))
            if done.rowcount == 0:
                conn.execute(insert(db.deck_overrides).values(deck_id=deck_id, settings=payload))

    # -- library -----------------------------------------------------------------------
    def import_deck_files(self, paths: Sequence[Path], *, progress: Progress | None = None,
                          cancel: CancelToken | None = None) -> ImportReport:
        """Import or update deck files, all or nothing."""
        from trainer.services.library import import_decks  # deck parser: only when importing

        self._totals = None
        self.exams.forget()
        report = import_decks(self._engine, paths, now=self.clock.now(), progress=progress,
                              cancel=cancel)
        for session in list(self._sessions):
            session.forget_counts()  # open sessions keep their counts in memory
        return report

    def import_bundled_decks(self, *, progress: Progress | None = None,
                             cancel: CancelToken | None = None) -> ImportReport:
        files = sorted(bundled_decks_dir().glob("*.yaml"))
        return self.import_deck_files(files, progress=progress, cancel=cancel)

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
            if self._totals is None:
                self._totals = queues.totals(conn)
            for deck_id, title, group, file_settings, override in decks:
                s = self.exams.apply(deck_id, _deck_settings_from_json(override or file_settings))
                new_done, rev_done = done.get(deck_id, (0, 0))
                total = self._totals.get(deck_id, 0)
                suspended = queues.count_suspended(conn, deck_id)
                out.append(DeckCounts(
                    deck_id=deck_id, title=title, group=group,
                    new=queues.count_new(conn, deck_id, now_ms=now_ms,
                                         cap=s.new_per_day - new_done),
                    learning=queues.count_learning(
                        conn, deck_id, until_ms=now_ms + int(LEARN_AHEAD.total_seconds() * 1000),
                        now_ms=now_ms),
                    review=queues.count_review(conn, deck_id, day_end_ms=ms(day.end),
                                               now_ms=now_ms, cap=s.reviews_per_day - rev_done),
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
                                 first_interval_caps=self.exams.first_interval_caps(chosen))
        return chosen, sources, options

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

    def edit_card(self, card_id: int, *, prompt: str, answer: str) -> None:
        """Keep a learner's own wording of a card; it survives re-imports of the deck."""
        if not prompt.strip():
            raise ValueError("The question cannot be empty.")
        with self._engine.begin() as conn:
            done = conn.execute(update(db.cards).where(db.cards.c.id == card_id).values(
                user_edit=json.dumps({"prompt": prompt, "answer": answer}, ensure_ascii=False)))
            if done.rowcount == 0:
                raise KeyError(f"No card {card_id} in this collection.")

    # -- personal FSRS parameters -------------------------------------------------------
    def fsrs_parameters(self) -> tuple[float, ...] | None:
        """Parameters fitted to this learner's reviews, or None for the defaults."""
        with self._engine.connect() as conn:
            raw = conn.execute(select(db.settings.c.value)
                               .where(db.settings.c.key == PARAMETERS_KEY)).scalar()
        return tuple(json.loads(raw)) if raw else None

    def optimise_parameters(self) -> tuple[float, ...] | None:
        """Fit FSRS to this learner's review log; None (defaults kept) if it is too short."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(db.review_log.c.card_id, db.review_log.c.reviewed_at,
                                       db.review_log.c.rating)).all()
        reviews = [LoggedReview(card_id=r[0], reviewed_at=from_ms(r[1]) or self.clock.now(),
                                rating=r[2]) for r in rows]
        fitted = optimise(reviews)
        if fitted is None or not valid_parameters(fitted):
            return None
        with self._engine.begin() as conn:
            self._put_setting(conn, PARAMETERS_KEY, json.dumps(list(fitted)))
        return fitted

    # -- quizzes -----------------------------------------------------------------------
    def quizzes(self) -> Quizzes:
        """Quizzes on this collection: practice kept apart from the FSRS state."""
        from trainer.services.quiz import Quizzes  # the templates load only when quizzing

        def documents() -> Path | None:
            folder = self.app_settings().documents_dir
            return Path(folder) if folder else None

        return Quizzes(self._engine, clock=self.clock, next_day=lambda: self._day().end,
                       documents_dir=documents)

    # -- sources -----------------------------------------------------------------------
    def citation_passage(self, card: CardView) -> tuple[str, str | None]:
        """The citation of a card's source, and the passage itself when the file is here."""
        documents = self.app_settings().documents_dir
        return citations.passage(card, documents_dir=Path(documents) if documents else None)
