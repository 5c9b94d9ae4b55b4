"""The per-card path's own use of the SQLite connection: statements on the DB-API cursor,
and one ``BEGIN IMMEDIATE … COMMIT`` per answer, issued on the DB-API connection.

A learner waits on these for every card. Going through SQLAlchemy's transaction machinery
(the ``begin`` event, a result object for ``BEGIN``, the commit bookkeeping) cost about a
tenth of an answer, as much as the statements themselves. The connection, its pragmas and
``synchronous=FULL`` stay SQLAlchemy's; only the transaction's edges are ours.

Inside :func:`write_transaction` every statement must run on :func:`cursor`: a SQLAlchemy
statement there would try to open a second transaction and fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection


def cursor(conn: Connection) -> Any:
    """The DB-API cursor under a SQLAlchemy connection.

    Skipping SQLAlchemy's result machinery halves the cost of the small per-card statements.
    """
    raw = conn.connection.dbapi_connection
    assert raw is not None, "the connection is closed"
    return raw.cursor()


@contextmanager
def write_transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` on the driver connection; ``ROLLBACK`` on any error.

    When this returns, the commit is on disk (the engine sets ``synchronous=FULL``).
    """
    raw = conn.connection.dbapi_connection
    assert raw is not None, "the connection is closed"
    raw.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:  # a failed COMMIT leaves it open; a failed BEGIN does not
            raw.execute("ROLLBACK")
        raise
