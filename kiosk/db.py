"""SQLite engines for the kiosk's stores, with the PRAGMAs and locking the design asks for.

Every connection gets WAL, a busy timeout and foreign keys; the outbox also gets
``synchronous=FULL``. Transactions start with ``BEGIN IMMEDIATE`` so a writer takes the
write lock up front instead of failing half-way through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


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
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
