"""The precious store (``outbox.db``): what this kiosk did for citizens, until the province has it.

- ``tickets``: each request for a queue number, keyed by a client-generated UUID, moving
  requested → printing → issued, or → failed. A ticket counts as issued only once it printed.
- ``items``: the queue of things to deliver to the province (print results, offline tickets,
  submissions, ratings, payment intents), in order, each with its UUID idempotency key.
  An item is written in the same transaction as the thing it records and stays until the
  province accepted it; then its payload (which may hold personal data) is erased, and after
  a submission the write-ahead log is truncated, so no copy of it stays in ``outbox.db-wal``
  (``secure_delete`` zeroes it in ``outbox.db`` itself). What remains is the key, the kind,
  the ``reference`` and the province's answer. A dead letter keeps its payload until a
  technician deals with it: sends it again (:meth:`Outbox.retry_dead`) or discards it
  (:meth:`Outbox.discard_dead`: its payload is erased the same way, and it is never sent).
  Submissions and payments carry a ``reference`` the citizen can read, numbered per series
  in the transaction that queues them. A series is the kiosk, an *epoch* and the day: the
  epoch is drawn at random (and never drawn twice by this outbox) when a process first
  numbers something, so a reference never comes back, not after a lost or restored outbox,
  nor when two kiosks were set up with the same id.
- ``ticket_blocks``: number ranges leased from the province for issuing tickets offline;
  ``lease_requests``: the idempotency key of a lease not yet answered, so a retry cannot
  burn a second block.
- ``meta``, ``epochs``, ``losses``: the outbox's id, the epochs drawn, and what its
  high-water mark (``kiosk.stores.high_water``) showed may have been lost, until a technician
  acknowledges it.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from sqlalchemy import Connection, Integer, String, Text, delete, func, select, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from kiosk.domain.codes import EPOCH_ALPHABET, EPOCH_LENGTH
from kiosk.domain.model import IssuedTicket, TicketBlock
from kiosk.domain.payloads import (
    ItemKind,
    OfflineTicketPayload,
    OutboxPayload,
    PrintResultPayload,
    TicketVoidPayload,
    read_payload,
    stored_form,
)
from kiosk.stores.engine import UtcDateTime, reader, sqlite_engine
from kiosk.stores.high_water import FILE_NAME, HighWater, compare, read_high_water, write_high_water
from kiosk.stores.migrations import migrate, run_script
from kiosk.stores.problems import store_unusable

log = logging.getLogger(__name__)

TicketState = Literal["requested", "printing", "issued", "failed"]
ItemState = Literal["pending", "delivered", "dead", "discarded"]
PERSONAL_KINDS = frozenset({"submission"})
"""Kinds whose payload holds personal data: delivering one also truncates the WAL."""
ITEMS_ADDED = "kiosk_items_added"

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Snapshot = TypeVar("_Snapshot", bound="DataclassInstance")


class _Base(DeclarativeBase):
    pass


class _TicketRow(_Base):
    """One citizen's request for a queue number, and what became of it."""

    __tablename__ = "tickets"

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    field_id: Mapped[str] = mapped_column(String(64))
    priority: Mapped[bool]
    state: Mapped[str] = mapped_column(String(16), index=True)
    number: Mapped[str | None] = mapped_column(String(8))
    ticket_json: Mapped[str | None] = mapped_column(Text)
    failure: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    origin: Mapped[str] = mapped_column(String(8), default="online")
    block_id: Mapped[str | None] = mapped_column(String(64))
    check_in: Mapped[bool] = mapped_column(default=False)


class _ItemRow(_Base):
    """One thing to deliver to the province, in order, exactly once."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(100), unique=True)
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class _BlockRow(_Base):
    """A leased number range and how far this kiosk has used it."""

    __tablename__ = "ticket_blocks"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field_id: Mapped[str] = mapped_column(String(64))
    queue_prefix: Mapped[str] = mapped_column(String(1))
    day: Mapped[str] = mapped_column(String(10))
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next_seq: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[datetime] = mapped_column(UtcDateTime())


class _LossRow(_Base):
    """What the high-water mark showed may have been lost, and whether a technician saw it."""

    __tablename__ = "losses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime())
    summary: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class _Meta(_Base):
    __tablename__ = "meta"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class _Epoch(_Base):
    __tablename__ = "epochs"

    epoch: Mapped[str] = mapped_column(String(8), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())


class _LeaseRequest(_Base):
    __tablename__ = "lease_requests"

    field_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(36))


@dataclass(frozen=True)
class OutboxDepth:
    """How much is waiting: for the heartbeat, the status line and technicians."""

    pending: int
    dead: int
    oldest_pending_at: datetime | None


@dataclass(frozen=True)
class TicketRecord:
    """One citizen's request for a queue number, and what became of it (a snapshot)."""

    key: str
    field_id: str
    priority: bool
    state: TicketState
    number: str | None
    ticket_json: str | None
    failure: str | None
    created_at: datetime
    updated_at: datetime
    origin: str
    block_id: str | None
    check_in: bool
    """Whether the citizen checked a booking in (``field_id`` is "" until its ticket says)."""

    @property
    def ticket(self) -> IssuedTicket | None:
        """The ticket as printed (or as it would have been), once it had a number."""
        return IssuedTicket.model_validate_json(self.ticket_json) if self.ticket_json else None


@dataclass(frozen=True)
class OutboxItem:
    """One thing to deliver to the province, in order, exactly once (a snapshot)."""

    id: int
    key: str
    kind: str
    reference: str | None
    payload: str
    state: ItemState
    attempts: int
    last_error: str | None
    response: str | None
    created_at: datetime
    updated_at: datetime
    delivered_at: datetime | None

    @property
    def data(self) -> OutboxPayload:
        """The typed payload as sent to the province; ValueError when it is not valid."""
        return read_payload(self.kind, self.payload)


@dataclass(frozen=True)
class BlockRecord:
    """A leased number range and how far this kiosk has used it (a snapshot)."""

    id: str
    field_id: str
    queue_prefix: str
    day: str
    first: int
    last: int
    next_seq: int
    leased_at: datetime


@dataclass(frozen=True)
class OutboxLoss:
    """What the high-water mark showed may have been lost (a snapshot)."""

    id: int
    detected_at: datetime
    summary: str
    acknowledged_at: datetime | None


def _frozen(snapshot: type[_Snapshot], row: _Base) -> _Snapshot:
    """A row as the snapshot the store hands out (the ORM row stays inside the store)."""
    return snapshot(**{field.name: getattr(row, field.name) for field in fields(snapshot)})


def _all(snapshot: type[_Snapshot], rows: Iterable[_Base]) -> list[_Snapshot]:
    """Rows as snapshots."""
    return [_frozen(snapshot, row) for row in rows]


def _v1_tickets(connection: Connection) -> None:
    run_script(
        connection,
        """
        CREATE TABLE IF NOT EXISTS tickets (
            key VARCHAR(36) NOT NULL PRIMARY KEY, field_id VARCHAR(64) NOT NULL,
            priority BOOLEAN NOT NULL, state VARCHAR(16) NOT NULL, number VARCHAR(8),
            ticket_json TEXT, failure TEXT, print_reported BOOLEAN NOT NULL,
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_tickets_state ON tickets (state)""",
    )


def _v2_items_and_blocks(connection: Connection) -> None:
    run_script(
        connection,
        """
        CREATE TABLE items (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, key VARCHAR(64) NOT NULL UNIQUE,
            kind VARCHAR(32) NOT NULL, payload TEXT NOT NULL, state VARCHAR(16) NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, response TEXT,
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, delivered_at DATETIME);
        CREATE INDEX ix_items_state ON items (state, id);
        CREATE TABLE ticket_blocks (
            id VARCHAR(64) NOT NULL PRIMARY KEY, field_id VARCHAR(64) NOT NULL,
            queue_prefix VARCHAR(1) NOT NULL, day VARCHAR(10) NOT NULL, first INTEGER NOT NULL,
            last INTEGER NOT NULL, next_seq INTEGER NOT NULL, leased_at DATETIME NOT NULL);
        CREATE INDEX ix_ticket_blocks_field_day ON ticket_blocks (field_id, day);
        ALTER TABLE tickets ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'online';
        ALTER TABLE tickets ADD COLUMN block_id VARCHAR(64);
        INSERT INTO items (key, kind, payload, state, created_at, updated_at)
            SELECT 'v1-' || key, 'print_result',
                   json_object('ticket_id', json_extract(ticket_json, '$.id'),
                               'printed', json(CASE state WHEN 'issued' THEN 'true'
                                                          ELSE 'false' END),
                               'reason', COALESCE(failure, '')),
                   'pending', updated_at, updated_at
            FROM tickets
            WHERE print_reported = 0 AND ticket_json IS NOT NULL
              AND state IN ('issued', 'failed')
            ORDER BY created_at;
        ALTER TABLE tickets DROP COLUMN print_reported""",
    )


def _v3_item_references(connection: Connection) -> None:
    run_script(
        connection,
        """
        ALTER TABLE items ADD COLUMN reference VARCHAR(100);
        CREATE UNIQUE INDEX ix_items_reference ON items (reference)""",
    )


def _v4_continuity(connection: Connection) -> None:
    run_script(
        connection,
        """
        CREATE TABLE meta (name VARCHAR(32) NOT NULL PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (name, value) VALUES ('outbox_id', lower(hex(randomblob(16))));
        CREATE TABLE epochs (epoch VARCHAR(8) NOT NULL PRIMARY KEY,
                             started_at DATETIME NOT NULL);
        CREATE TABLE losses (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                             detected_at DATETIME NOT NULL, summary TEXT NOT NULL,
                             acknowledged_at DATETIME);
        CREATE TABLE lease_requests (field_id VARCHAR(64) NOT NULL, day VARCHAR(10) NOT NULL,
                                     key VARCHAR(36) NOT NULL, PRIMARY KEY (field_id, day))""",
    )


def _v5_check_ins(connection: Connection) -> None:
    run_script(connection, "ALTER TABLE tickets ADD COLUMN check_in BOOLEAN NOT NULL DEFAULT 0")


MIGRATIONS = (
    _v1_tickets,
    _v2_items_and_blocks,
    _v3_item_references,
    _v4_continuity,
    _v5_check_ins,
)


class Outbox:
    """Transactions on ``outbox.db``."""

    def __init__(self, path: Path, *, mirror: Path | None = None) -> None:
        """Open (create, upgrade) ``outbox.db``; StoreUnusable when it cannot be used.

        ``mirror``: a second copy of the high-water mark outside the data directory (the
        log directory), so a data directory restored whole from a backup is noticed too."""
        self.engine = sqlite_engine(path, durable=True)
        try:
            with self.engine.connect() as connection:  # damaged pages: found now, not later
                check = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if check != "ok":
                raise DatabaseError(
                    "PRAGMA quick_check",
                    None,
                    Exception(f"database disk image is malformed: {check}"),
                )
            migrate(self.engine, MIGRATIONS, "outbox.db")
        except (DatabaseError, OSError) as exc:
            self.engine.dispose()
            raise store_unusable(path, exc) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = sessionmaker(reader(self.engine), expire_on_commit=False)
        self._outcomes = threading.Condition()
        self._failed_attempts = 0  # delivery attempts that failed, since this process started
        self.high_water_path = path.with_name(FILE_NAME)
        self._marks = (self.high_water_path, *((mirror,) if mirror else ()))
        self._high_water_lock = threading.Lock()
        self._high_water = -1  # the highest item id this process wrote into the mark
        self._epoch: str | None = None
        with self._reads() as session:
            self.outbox_id = session.get(_Meta, "outbox_id").value  # type: ignore[union-attr]

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """A write transaction; once it committed items, the high-water mark follows."""
        with self._sessions.begin() as session:
            yield session
            added = session.info.get(ITEMS_ADDED, False)
        if added:
            self._raise_high_water()

    # -- continuity ------------------------------------------------------------------------

    def _last_item(self) -> int:
        with self._reads() as session:
            return int(session.scalar(select(func.max(_ItemRow.id))) or 0)

    def _raise_high_water(self) -> None:
        """Raise the mark to the last item; a mark that cannot be written (a full disk) only
        lags behind, which hides no loss it could otherwise show."""
        with self._high_water_lock:
            last = self._last_item()
            if last > self._high_water and self._write_marks(last) is None:
                self._high_water = last

    def _write_marks(self, last: int) -> OSError | None:
        """Write the mark (and its mirror); the error when the one beside the outbox could
        not be written (the mirror's is only logged)."""
        mark = HighWater(self.outbox_id, last, datetime.now(UTC))
        failed: OSError | None = None
        for index, path in enumerate(self._marks):
            try:
                write_high_water(path, mark)
            except OSError as exc:
                log.error("outbox high-water mark %s not written: %s", path, exc)
                failed = failed or (exc if index == 0 else None)
        return failed

    def continuity_problem(self) -> str | None:
        """What may have been lost, if this outbox is not where its high-water marks say
        (read only)."""
        last = self._last_item()
        return next(
            (
                problem
                for path in self._marks
                if (problem := compare(read_high_water(path), self.outbox_id, last)) is not None
            ),
            None,
        )

    def check_continuity(self) -> str | None:
        """At start: compare the outbox with its high-water mark, record a loss for
        technicians (and retire every leased block, whose used numbers may be lost too),
        then mark where the outbox is now. Returns what was lost, or None."""
        problem = self.continuity_problem()
        if problem is not None:
            log.error("outbox continuity: %s", problem)
            with self._transaction() as session:
                session.add(_LossRow(detected_at=_now(), summary=problem))
                session.execute(update(_BlockRow).values(next_seq=_BlockRow.last + 1))
        with self._high_water_lock:
            last = self._last_item()
            if (failed := self._write_marks(last)) is not None:
                raise store_unusable(self.high_water_path, failed)
            self._high_water = last
        return problem

    def losses(self) -> list[OutboxLoss]:
        """Losses no technician has acknowledged yet, oldest first."""
        with self._reads() as session:
            return _all(
                OutboxLoss,
                session.scalars(
                    select(_LossRow).where(_LossRow.acknowledged_at.is_(None)).order_by(_LossRow.id)
                ),
            )

    def acknowledge_losses(self) -> int:
        """A technician has seen the losses (and dealt with them); returns how many."""
        with self._transaction() as session:
            result = session.execute(
                update(_LossRow)
                .where(_LossRow.acknowledged_at.is_(None))
                .values(acknowledged_at=_now())
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def _epoch_for(self, session: Session) -> str:
        """This process's epoch, drawn (and recorded) by its first numbered item."""
        if self._epoch is None:
            used = set(session.scalars(select(_Epoch.epoch)))
            while (
                epoch := "".join(secrets.choice(EPOCH_ALPHABET) for _ in range(EPOCH_LENGTH))
            ) in used:
                continue
            session.add(_Epoch(epoch=epoch, started_at=_now()))
            self._epoch = epoch
        return self._epoch

    # -- tickets ---------------------------------------------------------------------------

    def new_ticket_request(
        self, key: str, field_id: str, priority: bool, *, check_in: bool = False
    ) -> None:
        """Record that a citizen asked for a number (or checked a booking in: ``field_id``
        may then be "" until the province says which), before any number is given."""
        now = _now()
        with self._transaction() as session:
            session.add(
                _TicketRow(
                    key=key,
                    field_id=field_id,
                    priority=priority,
                    state="requested",
                    created_at=now,
                    updated_at=now,
                    origin="online",
                    check_in=check_in,
                )
            )

    def ticket_issued_by_province(self, key: str, ticket: IssuedTicket) -> None:
        """The province gave a number; it is now being printed."""
        with self._transaction() as session:
            record = _get(session, key)
            record.state = "printing"
            record.field_id = ticket.field_id
            record.number = ticket.number
            record.ticket_json = ticket.model_dump_json()
            record.updated_at = _now()

    def issue_offline_number(
        self,
        key: str,
        day: date,
        build: Callable[[BlockRecord, int], IssuedTicket],
    ) -> IssuedTicket | None:
        """Take the next number of a leased block for the ticket ``key`` (one transaction).

        ``build`` makes the ticket from the block and sequence number. Returns None when no
        leased number is left for the ticket's field on ``day``.
        """
        with self._transaction() as session:
            record = _get(session, key)
            block = session.scalars(
                select(_BlockRow)
                .where(
                    _BlockRow.field_id == record.field_id,
                    _BlockRow.day == day.isoformat(),
                    _BlockRow.next_seq <= _BlockRow.last,
                )
                .order_by(_BlockRow.first)
                .limit(1)
            ).first()
            if block is None:
                return None
            ticket = build(_frozen(BlockRecord, block), block.next_seq)
            block.next_seq += 1
            record.state = "printing"
            record.origin = "offline"
            record.block_id = block.id
            record.number = ticket.number
            record.ticket_json = ticket.model_dump_json()
            record.updated_at = _now()
            return ticket

    def ticket_printed(self, key: str) -> None:
        """The ticket reached paper: it counts as issued, and the province will be told."""
        with self._transaction() as session:
            record = _finish(session, key, "issued", None)
            self._enqueue_print_report(session, record, printed=True, reason="")

    def ticket_failed(self, key: str, reason: str) -> None:
        """The ticket could not be issued or printed; a numbered one is reported as unprinted."""
        with self._transaction() as session:
            record = _finish(session, key, "failed", reason)
            self._enqueue_print_report(session, record, printed=False, reason=reason)

    def ticket_reprinted(self, key: str, reason: str) -> None:
        """A failed ticket came out on paper after all (a technician's reprint).

        It now counts as issued, and the province is told it printed, after the earlier
        failure report (the delivery queue keeps their order).
        """
        with self._transaction() as session:
            record = _get(session, key)
            ticket = _frozen(TicketRecord, record).ticket
            if record.state != "failed" or ticket is None:
                raise ValueError(f"ticket {key} is {record.state}, not a failed numbered ticket")
            _finish(session, key, "issued", None)
            _add_item(
                session, PrintResultPayload(ticket_id=ticket.id, printed=True, reason=reason[:500])
            )

    def void_unanswered(self, key: str, reason: str) -> None:
        """The province may have issued a number for ``key`` whose answer never arrived.

        The request is replayed later with the same key and whatever number it gives is
        reported as not printed, so no ghost ticket waits in the province's queue.
        """
        with self._transaction() as session:
            _add_void(session, _get(session, key), reason)

    def fail_interrupted(self) -> list[str]:
        """Mark tickets left requested or printing by a crash or power cut as failed.

        Whether such a ticket reached paper is unknown, so it is not counted as issued (a
        technician can reprint it) and the province is told it did not print. Returns the
        keys that were marked.
        """
        with self._transaction() as session:
            stuck = list(
                session.scalars(
                    select(_TicketRow).where(_TicketRow.state.in_(("requested", "printing")))
                )
            )
            for record in stuck:
                reason = f"interrupted while {record.state}: kiosk restarted"
                was_requested = record.state == "requested"
                _finish(session, record.key, "failed", reason)
                self._enqueue_print_report(session, record, printed=False, reason=reason)
                if was_requested:
                    _add_void(session, record, reason)
            return [record.key for record in stuck]

    def ticket(self, key: str) -> TicketRecord | None:
        """One ticket record by key."""
        with self._reads() as session:
            row = session.get(_TicketRow, key)
            return _frozen(TicketRecord, row) if row else None

    def tickets(self, state: TicketState | None = None) -> list[TicketRecord]:
        """Ticket records, oldest first, optionally only those in one state."""
        query = select(_TicketRow).order_by(_TicketRow.created_at)
        if state is not None:
            query = query.where(_TicketRow.state == state)
        with self._reads() as session:
            return _all(TicketRecord, session.scalars(query))

    def _enqueue_print_report(
        self, session: Session, record: _TicketRow, *, printed: bool, reason: str
    ) -> None:
        ticket = _frozen(TicketRecord, record).ticket
        if ticket is None:
            return  # no number was given: nothing for the province to know
        if record.origin == "offline":
            _add_item(
                session,
                OfflineTicketPayload(
                    block_id=record.block_id or "",
                    ticket_id=ticket.id,
                    number=ticket.number,
                    field_id=ticket.field_id,
                    priority=ticket.priority,
                    issued_at=ticket.issued_at.isoformat(),
                    printed=printed,
                    reason=reason[:500],
                    **({"appointment_code": ticket.appointment.code} if ticket.appointment else {}),
                ),
            )
        else:
            _add_item(
                session,
                PrintResultPayload(ticket_id=ticket.id, printed=printed, reason=reason[:500]),
            )

    # -- leased blocks ---------------------------------------------------------------------

    def lease_key(self, field_id: str, day: date) -> str:
        """The idempotency key of the next lease for a field and day: the same until that
        lease is answered (:meth:`add_block`), so a lost answer cannot burn a second block."""
        with self._transaction() as session:
            request = session.get(_LeaseRequest, (field_id, day.isoformat()))
            if request is None:
                request = _LeaseRequest(
                    field_id=field_id, day=day.isoformat(), key=str(uuid.uuid4())
                )
                session.add(request)
            return request.key

    def add_block(self, block: TicketBlock) -> None:
        """Keep a block the province leased to this kiosk (its lease is answered)."""
        with self._transaction() as session:
            session.execute(
                delete(_LeaseRequest).where(
                    _LeaseRequest.field_id == block.field_id,
                    _LeaseRequest.day == block.day.isoformat(),
                )
            )
            if session.get(_BlockRow, block.id) is not None:
                return  # already kept (a replayed lease): its used numbers stay used
            session.add(
                _BlockRow(
                    id=block.id,
                    field_id=block.field_id,
                    queue_prefix=block.queue_prefix,
                    day=block.day.isoformat(),
                    first=block.first,
                    last=block.last,
                    next_seq=block.first,
                    leased_at=_now(),
                )
            )

    def numbers_left(self, field_id: str, day: date) -> int:
        """How many leased numbers this kiosk can still issue offline for a field and day."""
        with self._reads() as session:
            left = session.scalar(
                select(func.sum(_BlockRow.last - _BlockRow.next_seq + 1)).where(
                    _BlockRow.field_id == field_id,
                    _BlockRow.day == day.isoformat(),
                    _BlockRow.next_seq <= _BlockRow.last,
                )
            )
        return int(left or 0)

    # -- the delivery queue ----------------------------------------------------------------

    def enqueue(self, payload: OutboxPayload) -> OutboxItem:
        """Queue one item for the province; returns it with its idempotency key."""
        with self._transaction() as session:
            return _frozen(OutboxItem, _add_item(session, payload))

    def enqueue_numbered(
        self, kind: ItemKind, series: Callable[[str], str], build: Callable[[str], OutboxPayload]
    ) -> OutboxItem:
        """Queue one item under the next reference of a series, in one transaction.

        ``series(epoch)`` names the series for this process's epoch; the reference is that
        followed by the series' next sequence number (4 digits, more after 9999); ``build``
        makes the payload from it.
        """
        with self._transaction() as session:
            prefix = series(self._epoch_for(session))
            taken = session.scalar(
                select(func.count())
                .select_from(_ItemRow)
                .where(
                    _ItemRow.kind == kind,
                    func.substr(_ItemRow.reference, 1, len(prefix)) == prefix,
                )
            )
            reference = f"{prefix}{int(taken or 0) + 1:04d}"
            payload = build(reference)
            if payload.kind != kind:
                raise ValueError(f"a {payload.kind} payload in the {kind} series")
            return _frozen(OutboxItem, _add_item(session, payload, reference=reference))

    def wait_for_outcome(self, key: str, timeout_s: float) -> OutboxItem:
        """Wait until the item was delivered or refused, or a delivery attempt failed (the
        province cannot take it now), for at most ``timeout_s``; the item as it then is.

        Only this process's sync engine ends the wait early.
        """
        deadline = time.monotonic() + timeout_s
        with self._outcomes:
            failures = self._failed_attempts
            while True:
                item = self.item(key)
                if item is None:
                    raise KeyError(f"no outbox item {key}")
                remaining = deadline - time.monotonic()
                if (
                    item.state != "pending"
                    or item.attempts > 0
                    or self._failed_attempts > failures
                    or remaining <= 0
                ):
                    return item
                self._outcomes.wait(remaining)

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """The oldest items still to deliver, in the order they were queued."""
        query = (
            select(_ItemRow).where(_ItemRow.state == "pending").order_by(_ItemRow.id).limit(limit)
        )
        with self._reads() as session:
            return _all(OutboxItem, session.scalars(query))

    def delivered(self, answers: Sequence[tuple[str, str]]) -> None:
        """The province accepted these items (key, its answer): keep the answers, erase the
        payloads. One transaction for many items: a crash before it only means they are
        sent again, and the province replays its first answers."""
        now = _now()
        kinds: set[str] = set()
        with self._transaction() as session:
            for key, response in answers:
                item = _get_item(session, key)
                item.state = "delivered"
                item.response = response
                item.payload = "{}"
                item.delivered_at = item.updated_at = now
                kinds.add(item.kind)
        if kinds & PERSONAL_KINDS:
            self._truncate_wal()
        self._announce()

    def attempt_failed(self, key: str, error: str) -> None:
        """A delivery attempt failed in a way that retrying may fix."""
        with self._transaction() as session:
            item = _get_item(session, key)
            item.attempts += 1
            item.last_error = error[:1000]
            item.updated_at = _now()
        self._announce(failed=True)

    def dead_letter(self, key: str, error: str) -> None:
        """The province refused the item; it waits for a technician instead of retrying."""
        with self._transaction() as session:
            item = _get_item(session, key)
            item.attempts += 1
            item.state = "dead"
            item.last_error = error[:1000]
            item.updated_at = _now()
        self._announce()

    def retry_dead(self, key: str) -> None:
        """A technician sends a dead letter again (its cause was fixed at the province): it is
        pending once more, with the same key and payload, in its old place in the queue."""
        with self._transaction() as session:
            item = _dead_item(session, key)
            item.state = "pending"
            item.attempts = 0  # a fresh start: one more 500 must not make it dead at once
            item.updated_at = _now()

    def discard_dead(self, key: str) -> None:
        """A technician gives up on a dead letter: it is never sent, and its payload (which
        may hold personal data) is erased; its key, kind, reference and error stay."""
        with self._transaction() as session:
            item = _dead_item(session, key)
            item.state = "discarded"
            item.payload = "{}"
            item.updated_at = _now()
            kind = item.kind
        if kind in PERSONAL_KINDS:
            self._truncate_wal()

    def _announce(self, *, failed: bool = False) -> None:
        """Wake those waiting in :meth:`wait_for_outcome`."""
        with self._outcomes:
            if failed:
                self._failed_attempts += 1
            self._outcomes.notify_all()

    def _truncate_wal(self) -> None:
        """Checkpoint the WAL into ``outbox.db`` and truncate it to nothing, so the frames
        that held erased payloads are gone from ``outbox.db-wal`` too."""
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        finally:
            connection.close()
        if busy:
            log.warning(
                "outbox WAL not truncated (a reader was busy); erased payloads may "
                "stay in outbox.db-wal until the next delivery"
            )

    def items(self, state: ItemState | None = None) -> list[OutboxItem]:
        """Queue items in order, optionally only those in one state."""
        query = select(_ItemRow).order_by(_ItemRow.id)
        if state is not None:
            query = query.where(_ItemRow.state == state)
        with self._reads() as session:
            return _all(OutboxItem, session.scalars(query))

    def item(self, key: str) -> OutboxItem | None:
        """One queue item by key."""
        with self._reads() as session:
            row = session.scalars(select(_ItemRow).where(_ItemRow.key == key)).first()
            return _frozen(OutboxItem, row) if row else None

    def item_by_reference(self, reference: str) -> OutboxItem | None:
        """The queue item numbered ``reference`` (a local reference a receipt carries)."""
        with self._reads() as session:
            row = session.scalars(select(_ItemRow).where(_ItemRow.reference == reference)).first()
            return _frozen(OutboxItem, row) if row else None

    def depth(self) -> OutboxDepth:
        """Counts of pending and dead items and the age of the oldest pending one."""
        with self._reads() as session:
            counts = dict(
                session.execute(select(_ItemRow.state, func.count()).group_by(_ItemRow.state)).all()
            )
            oldest = session.scalar(
                select(func.min(_ItemRow.created_at)).where(_ItemRow.state == "pending")
            )
        return OutboxDepth(counts.get("pending", 0), counts.get("dead", 0), oldest)


def _add_item(
    session: Session, payload: OutboxPayload, *, reference: str | None = None
) -> _ItemRow:
    session.info[ITEMS_ADDED] = True
    now = _now()
    item = _ItemRow(
        key=str(uuid.uuid4()),
        kind=payload.kind,
        reference=reference,
        payload=stored_form(payload),
        state="pending",
        attempts=0,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    session.flush()
    return item


def _add_void(session: Session, record: _TicketRow, reason: str) -> None:
    """Replay the request and report its number unprinted; not for a check-in, whose
    booking keeps its ticket at the province: the next check-in of that booking gets it
    again, and a ticket issued offline for it takes its place."""
    if record.check_in:
        return
    _add_item(
        session,
        TicketVoidPayload(
            ticket_key=record.key,
            field_id=record.field_id,
            priority=record.priority,
            reason=reason[:500],
        ),
    )


def _finish(session: Session, key: str, state: TicketState, failure: str | None) -> _TicketRow:
    record = _get(session, key)
    record.state = state
    record.failure = failure
    record.updated_at = _now()
    return record


def _get(session: Session, key: str) -> _TicketRow:
    record = session.get(_TicketRow, key)
    if record is None:
        raise KeyError(f"no ticket record {key}")
    return record


def _get_item(session: Session, key: str) -> _ItemRow:
    item = session.scalars(select(_ItemRow).where(_ItemRow.key == key)).first()
    if item is None:
        raise KeyError(f"no outbox item {key}")
    return item


def _dead_item(session: Session, key: str) -> _ItemRow:
    item = _get_item(session, key)
    if item.state != "dead":
        raise ValueError(f"outbox item {key} is {item.state}, not a dead letter")
    return item


def _now() -> datetime:
    return datetime.now(UTC)
