"""SQLite engines for the kiosk's stores, with the PRAGMAs and locking the design asks for.

Every connection gets WAL, a busy timeout, foreign keys and ``secure_delete`` (deleted or
overwritten content is zeroed, so erased personal data leaves no old bytes in the file's free
space); the outbox also gets ``synchronous=FULL``. Write transactions start with
``BEGIN IMMEDIATE`` so a writer takes the write lock up front instead of failing half-way
through; reads go through :func:`reader` and take no lock.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Dialect, Engine, create_engine, event
from sqlalchemy.types import TypeDecorator

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "kiosk_read_only"


def sqlite_engine(path: Path, *, durable: bool) -> Engine:
    """An engine on the SQLite file at ``path``; ``durable`` selects synchronous=FULL."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    synchronous = "FULL" if durable else "NORMAL"

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _to_wal(cursor)
        for pragma in (
            f"PRAGMA synchronous={synchronous}",
            "PRAGMA foreign_keys=ON",
            "PRAGMA secure_delete=ON",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        reading = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def _to_wal(cursor: Any) -> None:
    """Put the database in WAL mode. SQLite need not wait on its busy timeout for this:
    while another process that starts with this one creates or converts the file, the
    switch may answer "database is locked" at once. So it is tried again for as long as
    the busy timeout would have waited."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(0.02)


def reader(engine: Engine) -> Engine:
    """The same database for reads only: a plain (deferred) BEGIN that takes no write lock,
    so readers never wait behind writers (WAL lets them see the last commit)."""
    return engine.execution_options(**{READ_ONLY: True})


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored as UTC and read back timezone-aware: SQLite keeps no time zone, so
    every store column of time goes through this one type (office-local time is only for
    display). A naive datetime is refused rather than guessed at."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """An aware moment, as the UTC time stored."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"a naive datetime cannot be stored: {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """The stored UTC time, aware again."""
        return None if value is None else value.replace(tzinfo=UTC)
