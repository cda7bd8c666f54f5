"""SQLite engines for the kiosk's stores, with the PRAGMAs and locking the design asks for.

Every connection gets WAL, a busy timeout, foreign keys and ``secure_delete`` (deleted or
overwritten content is zeroed, so erased personal data leaves no old bytes in the file's free
space); the outbox also gets ``synchronous=FULL``. Write transactions start with
``BEGIN IMMEDIATE`` so a writer takes the write lock up front instead of failing half-way
through; reads go through :func:`reader` and take no lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

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
        for pragma in (
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA journal_mode=WAL",
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


def reader(engine: Engine) -> Engine:
    """The same database for reads only: a plain (deferred) BEGIN that takes no write lock,
    so readers never wait behind writers (WAL lets them see the last commit)."""
    return engine.execution_options(**{READ_ONLY: True})
