"""The rebuildable store (``cache.db``): the catalogue as of the last pull, and its cursor.

Catalogue entities (office, counters, fields, procedures, forms, announcements) are kept
one row each, in the province's order, and changed by the pages of changes the sync engine
pulls; a page and the cursor after it are written in one transaction. Dossier statuses
seen online are kept so they can be shown, with their age, while offline.

Everything here can be downloaded again, so a file that is corrupt, unreadable or from a
newer kiosk is moved aside (``cache.db.corrupt-<time>``) and a fresh one is started.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, Integer, String, Text, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from kiosk.domain.appointments import Appointment
from kiosk.domain.model import (
    Announcement,
    Catalogue,
    Counter,
    DossierStatus,
    Office,
    Procedure,
    ServiceField,
    ServiceForm,
)
from kiosk.stores.engine import UtcDateTime, reader, sqlite_engine
from kiosk.stores.migrations import migrate, run_script
from kiosk.stores.problems import SchemaTooNew, store_unusable

log = logging.getLogger(__name__)

EntityKind = Literal[
    "office", "counter", "field", "procedure", "form", "announcement", "appointment"
]
ENTITY_MODELS: dict[str, type[BaseModel]] = {
    "office": Office,
    "counter": Counter,
    "field": ServiceField,
    "procedure": Procedure,
    "form": ServiceForm,
    "announcement": Announcement,
    "appointment": Appointment,
}
CURSOR = "catalogue_cursor"


class _Base(DeclarativeBase):
    pass


class _EntityColumns:
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ord: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)


class Entity(_EntityColumns, _Base):
    """One catalogue entity as last received (validated JSON)."""

    __tablename__ = "entities"


class StagedEntity(_EntityColumns, _Base):
    """One entity of a full download in progress: swapped in once the download is whole,
    so a download never has to fit in memory."""

    __tablename__ = "staged_entities"


class SyncValue(_Base):
    """A named sync bookmark (the catalogue cursor, times of the last pull and push)."""

    __tablename__ = "sync_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DossierSnapshot(_Base):
    """A dossier's status as last seen online."""

    __tablename__ = "dossiers"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CatalogueChange(BaseModel):
    """One entry of a page of catalogue changes (a tombstone when ``op`` is delete)."""

    seq: int
    kind: EntityKind
    id: str
    op: Literal["upsert", "delete"]
    data: dict[str, object] | None = None


def _v1_snapshots(connection: Connection) -> None:
    run_script(
        connection,
        """
        CREATE TABLE IF NOT EXISTS snapshots (
            name VARCHAR(32) NOT NULL PRIMARY KEY, body TEXT NOT NULL,
            fetched_at DATETIME NOT NULL)""",
    )


def _v2_entities(connection: Connection) -> None:
    run_script(
        connection,
        """
        DROP TABLE snapshots;
        CREATE TABLE entities (
            kind VARCHAR(16) NOT NULL, id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL,
            body TEXT NOT NULL, PRIMARY KEY (kind, id));
        CREATE TABLE sync_state (name VARCHAR(32) NOT NULL PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE dossiers (
            code VARCHAR(64) NOT NULL PRIMARY KEY, body TEXT NOT NULL,
            fetched_at DATETIME NOT NULL)""",
    )


def _v3_staged_entities(connection: Connection) -> None:
    run_script(
        connection,
        """
        CREATE TABLE staged_entities (
            kind VARCHAR(16) NOT NULL, id VARCHAR(64) NOT NULL, ord INTEGER NOT NULL,
            body TEXT NOT NULL, PRIMARY KEY (kind, id))""",
    )


MIGRATIONS = (_v1_snapshots, _v2_entities, _v3_staged_entities)


class Cache:
    """Read and change the cached catalogue, sync bookmarks and dossier statuses."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.quarantined: Path | None = None
        try:
            self._open()
        except (DatabaseError, SchemaTooNew) as exc:
            if isinstance(exc, DatabaseError) and not _damaged(exc):
                raise store_unusable(path, exc) from exc  # locked, read-only, full: not damaged
            self.quarantined = _quarantine(path)
            log.error(
                "cache.db unusable (%s); moved to %s, starting an empty cache",
                exc,
                self.quarantined,
            )
            self._open()
        except OSError as exc:
            raise store_unusable(path, exc) from exc

    def _open(self) -> None:
        self.engine = sqlite_engine(self.path, durable=False)
        try:
            with self.engine.connect() as connection:
                check = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if check != "ok":
                raise DatabaseError("PRAGMA quick_check", None, Exception(str(check)))
            migrate(self.engine, MIGRATIONS, "cache.db")
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = sessionmaker(reader(self.engine), expire_on_commit=False)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    # -- catalogue -------------------------------------------------------------------------

    def cursor(self) -> str:
        """Where the next pull of catalogue changes starts ("" = from the beginning)."""
        return self.get_value(CURSOR) or ""

    def apply_changes(self, changes: Sequence[CatalogueChange], cursor: str) -> int:
        """Apply one page of changes and move the cursor, in one transaction.

        Each upserted entity is validated first; one that does not validate is logged and
        removed from the cache (the kiosk cannot show it, and must not keep an older copy
        the province has replaced) while the rest of the page applies. Returns how many
        entities changed.
        """
        with self._sessions.begin() as session:
            self._apply(session, changes)
            session.merge(SyncValue(name=CURSOR, value=cursor))
        return len(changes)

    def stage(self, changes: Sequence[CatalogueChange], *, first: bool) -> None:
        """Keep one page of a full download aside (``first``: the download starts anew)."""
        with self._sessions.begin() as session:
            if first:
                session.execute(delete(StagedEntity))
            self._apply(session, changes, StagedEntity)

    def swap_in_staged(self, cursor: str) -> None:
        """Replace the whole catalogue with the staged download, all at once."""
        columns = (StagedEntity.kind, StagedEntity.id, StagedEntity.ord, StagedEntity.body)
        with self._sessions.begin() as session:
            session.execute(delete(Entity))
            session.execute(
                insert(Entity).from_select(["kind", "id", "ord", "body"], select(*columns))
            )
            session.execute(delete(StagedEntity))
            session.merge(SyncValue(name=CURSOR, value=cursor))

    def _apply(
        self,
        session: Session,
        changes: Sequence[CatalogueChange],
        table: type[Entity | StagedEntity] = Entity,
    ) -> None:
        for change in changes:
            body = entity_body(change)
            if body is None:
                session.execute(
                    delete(table).where(table.kind == change.kind, table.id == change.id)
                )
                continue
            statement = insert(table).values(
                kind=change.kind, id=change.id, ord=change.seq, body=body
            )
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=[table.kind, table.id], set_={"body": statement.excluded.body}
                )
            )

    def load_catalogue(self) -> Catalogue | None:
        """The cached catalogue, or None until an office, a counter and a field arrived."""
        with self._reads() as session:
            entities = session.execute(select(Entity.kind, Entity.body).order_by(Entity.ord)).all()
        try:
            return catalogue_from_bodies(entities)
        except ValidationError as exc:
            log.error(
                "cached catalogue no longer validates, downloading it again: %s",
                str(exc).splitlines()[0],
            )
            with self._sessions.begin() as session:  # the next pull starts from the beginning
                session.execute(delete(Entity))
                session.merge(SyncValue(name=CURSOR, value=""))
            return None

    def entity_ids(self) -> dict[tuple[str, str], str]:
        """Every cached entity's (kind, id) and body: for consistency checks."""
        with self._reads() as session:
            return {
                (kind, id_): body
                for kind, id_, body in session.execute(
                    select(Entity.kind, Entity.id, Entity.body)
                ).all()
            }

    # -- bookmarks and dossiers ------------------------------------------------------------

    def get_value(self, name: str) -> str | None:
        """A sync bookmark by name."""
        with self._reads() as session:
            row = session.get(SyncValue, name)
        return row.value if row else None

    def set_value(self, name: str, value: str) -> None:
        """Store a sync bookmark."""
        with self._sessions.begin() as session:
            session.merge(SyncValue(name=name, value=value))

    def save_dossier(self, status: DossierStatus, seen_at: datetime) -> None:
        """Remember a dossier's status as seen online at ``seen_at``."""
        with self._sessions.begin() as session:
            session.merge(
                DossierSnapshot(code=status.code, body=status.model_dump_json(), fetched_at=seen_at)
            )

    def load_dossier(self, code: str) -> tuple[DossierStatus, datetime] | None:
        """The last status seen for a dossier, and when; None if never seen."""
        with self._reads() as session:
            row = session.get(DossierSnapshot, code)
        if row is None:
            return None
        return DossierStatus.model_validate_json(row.body), row.fetched_at


def entity_body(change: CatalogueChange) -> str | None:
    """The JSON an upserted entity is kept as, checked by its model; None for a deletion
    or for an entity the model refuses (logged: the kiosk shows it no more)."""
    if change.op != "upsert":
        return None
    try:
        return ENTITY_MODELS[change.kind].model_validate(change.data or {}).model_dump_json()
    except ValidationError as exc:
        log.error(
            "catalogue %s %r refused, not shown: %s",
            change.kind,
            change.id,
            " ".join(str(exc).splitlines()[:3]),
        )
        return None


def catalogue_from_bodies(entities: Iterable[tuple[str, str]]) -> Catalogue | None:
    """The catalogue of entities ``(kind, JSON body)`` in catalogue order; None until an
    office, a counter and a field are there. ValidationError when they do not fit together."""
    parts: dict[str, list[str]] = {kind: [] for kind in ENTITY_MODELS}
    for kind, body in entities:
        parts[kind].append(body)
    if not (parts["office"] and parts["counter"] and parts["field"]):
        return None
    document = (
        f'{{"office":{parts["office"][0]},'
        + ",".join(
            f'"{plural}":[{",".join(parts[kind])}]'
            for kind, plural in (
                ("counter", "counters"),
                ("field", "fields"),
                ("procedure", "procedures"),
                ("announcement", "announcements"),
                ("form", "forms"),
                ("appointment", "appointments"),
            )
        )
        + "}"
    )
    return Catalogue.model_validate_json(document)


def _damaged(error: DatabaseError) -> bool:
    """Whether SQLite's complaint means the file itself is broken."""
    text = str(error.orig or error).lower()
    return any(
        sign in text
        for sign in ("not a database", "malformed", "quick_check", "disk image", "corrupt")
    )


def _quarantine(path: Path) -> Path:
    """Move a damaged cache (and its WAL files) aside; returns the new name of the file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target
