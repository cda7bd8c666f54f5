"""The precious store (``outbox.db``): records of what this kiosk did for citizens.

For now it holds queue tickets: each has a client-generated UUID (the idempotency key sent
to the province), and moves requested → printing → issued, or → failed. A ticket counts as
issued only once it printed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import Boolean, DateTime, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from kiosk.db import sqlite_engine
from kiosk.domain import IssuedTicket

TicketState = Literal["requested", "printing", "issued", "failed"]


class _Base(DeclarativeBase):
    pass


class TicketRecord(_Base):
    """One citizen's request for a queue number, and what became of it."""

    __tablename__ = "tickets"

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    field_id: Mapped[str] = mapped_column(String(64))
    priority: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(16), index=True)
    number: Mapped[str | None] = mapped_column(String(8))
    ticket_json: Mapped[str | None] = mapped_column(Text)
    failure: Mapped[str | None] = mapped_column(Text)
    print_reported: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    @property
    def ticket(self) -> IssuedTicket | None:
        """The province's ticket, once one was issued."""
        return IssuedTicket.model_validate_json(self.ticket_json) if self.ticket_json else None


class Outbox:
    """Transactions on ``outbox.db``."""

    def __init__(self, path: Path) -> None:
        self.engine = sqlite_engine(path, durable=True)
        _Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def new_ticket_request(self, key: str, field_id: str, priority: bool) -> None:
        """Record that a citizen asked for a number, before the province is asked."""
        now = _now()
        with self._sessions.begin() as session:
            session.add(TicketRecord(
                key=key, field_id=field_id, priority=priority, state="requested",
                created_at=now, updated_at=now,
            ))

    def ticket_issued_by_province(self, key: str, ticket: IssuedTicket) -> None:
        """The province gave a number; it is now being printed."""
        with self._sessions.begin() as session:
            record = _get(session, key)
            record.state = "printing"
            record.number = ticket.number
            record.ticket_json = ticket.model_dump_json()
            record.updated_at = _now()

    def ticket_printed(self, key: str) -> None:
        """The ticket reached paper: it counts as issued."""
        self._finish(key, "issued", None)

    def ticket_failed(self, key: str, reason: str) -> None:
        """The ticket could not be issued or printed; it can be reprinted later."""
        self._finish(key, "failed", reason)

    def print_reported(self, key: str) -> None:
        """The province knows whether this ticket printed."""
        with self._sessions.begin() as session:
            _get(session, key).print_reported = True

    def fail_interrupted(self) -> list[str]:
        """Mark tickets left requested or printing by a crash or power cut as failed.

        Whether such a ticket reached paper is unknown, so it is not counted as issued; a
        technician can reprint it. Returns the keys that were marked.
        """
        with self._sessions.begin() as session:
            stuck = list(session.scalars(select(TicketRecord).where(
                TicketRecord.state.in_(("requested", "printing")))))
            for record in stuck:
                record.failure = f"interrupted while {record.state}: kiosk restarted"
                record.state = "failed"
                record.updated_at = _now()
            return [record.key for record in stuck]

    def ticket(self, key: str) -> TicketRecord | None:
        """One ticket record by key."""
        with self._sessions() as session:
            return session.get(TicketRecord, key)

    def tickets(self, state: TicketState | None = None) -> list[TicketRecord]:
        """Ticket records, oldest first, optionally only those in one state."""
        query = select(TicketRecord).order_by(TicketRecord.created_at)
        if state is not None:
            query = query.where(TicketRecord.state == state)
        with self._sessions() as session:
            return list(session.scalars(query))

    def _finish(self, key: str, state: TicketState, failure: str | None) -> None:
        with self._sessions.begin() as session:
            record = _get(session, key)
            record.state = state
            record.failure = failure
            record.updated_at = _now()


def _get(session: Session, key: str) -> TicketRecord:
    record = session.get(TicketRecord, key)
    if record is None:
        raise KeyError(f"no ticket record {key}")
    return record


def _now() -> datetime:
    return datetime.now(UTC)
