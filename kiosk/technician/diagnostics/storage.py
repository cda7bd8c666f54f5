"""The storage check: the stores' sizes, schemas and integrity, and free disk space."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.paths import KioskPaths
from kiosk.stores import cache as cache_store
from kiosk.stores import outbox as outbox_store
from kiosk.stores.engine import BUSY_TIMEOUT_MS
from kiosk.technician.diagnostics.checks import CheckResult, Level, size, worst
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text, joined

WARN_FREE_BYTES = 1024**3
FAIL_FREE_BYTES = 200 * 1024**2


@dataclass(frozen=True)
class StoreState:
    """One SQLite store as found on disk, read without changing it."""

    name: str
    path: Path
    expected_schema: int
    exists: bool = False
    size_bytes: int = 0
    wal_bytes: int = 0
    schema: int | None = None
    problem: Text = ""  # why it is unreadable or damaged

    @property
    def level(self) -> Level:
        """fail when damaged or from a newer kiosk; warn when not created yet."""
        if self.problem:
            return "fail"
        return "ok" if self.exists else "warn"

    @property
    def message(self) -> Phrase:
        """The store's state in a few words."""
        if self.problem:
            return Phrase(QT_TRANSLATE_NOOP("Technician", "%1: %2"), self.name, self.problem)
        if not self.exists:
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "%1 not created yet (the kiosk has not run here)"),
                self.name,
            )
        if self.schema != self.expected_schema:
            return Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1 has schema %2; upgraded at the kiosk's next start"
                ),
                self.name,
                str(self.schema),
            )
        return joined([self.name, size(self.size_bytes + self.wal_bytes)], " ")

    @property
    def summary(self) -> str:
        """The message in English."""
        return str(self.message)

    @property
    def opens_unchanged(self) -> bool:
        """Whether opening it with the kiosk's own classes would change nothing on disk
        (no file created, moved aside or migrated)."""
        return self.exists and not self.problem and self.schema == self.expected_schema

    def as_details(self) -> dict[str, Any]:
        """The state for a result's details."""
        return {
            "path": str(self.path),
            "exists": self.exists,
            "bytes": self.size_bytes,
            "wal_bytes": self.wal_bytes,
            "schema": self.schema,
            "problem": self.problem or None,
        }


def inspect_stores(paths: KioskPaths) -> list[StoreState]:
    """cache.db and outbox.db: sizes, schema versions and ``PRAGMA quick_check``."""
    return [
        inspect_store("cache.db", paths.cache_db, len(cache_store.MIGRATIONS)),
        inspect_store("outbox.db", paths.outbox_db, len(outbox_store.MIGRATIONS)),
    ]


def inspect_store(name: str, path: Path, expected_schema: int) -> StoreState:
    """One store's state, through a read-only connection."""
    if not path.exists():
        return StoreState(name, path, expected_schema)
    wal = Path(f"{path}-wal")
    found = replace(
        StoreState(name, path, expected_schema),
        exists=True,
        size_bytes=path.stat().st_size,
        wal_bytes=wal.stat().st_size if wal.exists() else 0,
    )
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
            check = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return replace(
            found, problem=Phrase(QT_TRANSLATE_NOOP("Technician", "unreadable (%1)"), str(exc))
        )
    if check != ["ok"]:
        return replace(
            found,
            schema=schema,
            problem=Phrase(QT_TRANSLATE_NOOP("Technician", "damaged: %1"), "; ".join(check[:3])),
        )
    if schema > expected_schema:
        return replace(
            found,
            schema=schema,
            problem=Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "schema %1 is from a newer kiosk (this one knows %2)"
                ),
                schema,
                expected_schema,
            ),
        )
    return replace(found, schema=schema)


def check_free_space(
    directory: Path, *, warn_below: int = WARN_FREE_BYTES, fail_below: int = FAIL_FREE_BYTES
) -> CheckResult:
    """Free disk space where the kiosk keeps its data (a cheap system call)."""
    try:
        free = shutil.disk_usage(directory).free
    except OSError as exc:
        return CheckResult(
            "storage",
            "fail",
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "cannot read free space of %1: %2"),
                str(directory),
                str(exc),
            ),
            {"data_dir": str(directory)},
        )
    details = {"data_dir": str(directory), "free_bytes": free}
    level: Level = "fail" if free < fail_below else "warn" if free < warn_below else "ok"
    summary = Phrase(QT_TRANSLATE_NOOP("Technician", "%1 free in %2"), size(free), str(directory))
    if level != "ok":
        summary = Phrase(
            QT_TRANSLATE_NOOP("Technician", "only %1: make room, or the outbox cannot grow"),
            summary,
        )
    return CheckResult("storage", level, summary, details)


def check_storage(
    paths: KioskPaths, *, warn_below: int = WARN_FREE_BYTES, fail_below: int = FAIL_FREE_BYTES
) -> CheckResult:
    """Sizes and integrity of cache.db and outbox.db, and free disk space."""
    stores = inspect_stores(paths)
    space = check_free_space(paths.data_dir, warn_below=warn_below, fail_below=fail_below)
    parts = [store for store in stores if store.level != "ok"] or stores
    details = {**space.details, **{store.name: store.as_details() for store in stores}}
    level = worst([space.level, *(store.level for store in stores)])
    return CheckResult(
        "storage", level, joined([*(store.message for store in parts), space.message]), details
    )
