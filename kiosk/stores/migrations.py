"""Schema versions of the kiosk's SQLite stores, upgraded in place.

Each store lists its migrations in order; migration *n* takes the schema from version
``n - 1`` to ``n`` and runs in the same ``BEGIN IMMEDIATE`` transaction as the bump of
``PRAGMA user_version``, so a power cut leaves either the old or the new schema, never half.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine

from kiosk.stores.problems import SchemaTooNew

Migration = Callable[[Connection], None]


def migrate(engine: Engine, migrations: Sequence[Migration], store: str) -> int:
    """Apply the migrations the store has not had yet; returns the version it is now at.

    Raises :class:`SchemaTooNew` when the file comes from a newer kiosk, so that a
    downgrade never writes into a schema it does not know.
    """
    target = len(migrations)
    while True:
        with engine.begin() as connection:  # BEGIN IMMEDIATE: one process migrates at a time
            current = int(connection.exec_driver_sql("PRAGMA user_version").scalar() or 0)
            if current > target:
                raise SchemaTooNew(
                    f"{store} has schema version {current}; this kiosk knows "
                    f"up to {target}. Install the newer kiosk version again."
                )
            if current == target:
                return target
            migrations[current](connection)
            connection.exec_driver_sql(f"PRAGMA user_version={current + 1}")


def run_script(connection: Connection, script: str) -> None:
    """Run ``;``-separated DDL statements inside the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
