"""The rebuildable store (``cache.db``): the last catalogue the province sent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from kiosk.db import sqlite_engine
from kiosk.domain import Catalogue

CATALOGUE = "catalogue"


class _Base(DeclarativeBase):
    pass


class Snapshot(_Base):
    """A whole document from the province, as last received."""

    __tablename__ = "snapshots"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Cache:
    """Read and replace cached documents in ``cache.db``."""

    def __init__(self, path: Path) -> None:
        self.engine = sqlite_engine(path, durable=False)
        _Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def save_catalogue(self, catalogue: Catalogue) -> None:
        """Replace the cached catalogue."""
        with self._sessions.begin() as session:
            session.merge(Snapshot(
                name=CATALOGUE, body=catalogue.model_dump_json(), fetched_at=datetime.now(UTC)
            ))

    def load_catalogue(self) -> Catalogue | None:
        """The cached catalogue, or None if there is none or it no longer validates."""
        with self._sessions() as session:
            snapshot = session.get(Snapshot, CATALOGUE)
        if snapshot is None:
            return None
        try:
            return Catalogue.model_validate_json(snapshot.body)
        except ValidationError:
            return None
