"""The province simulator's persistent state: one SQLite file behind one lock.

Seeded from ``simulators/data/province.json``: every catalogue entity becomes one ``upsert`` in
the change log (which the kiosk pulls by cursor), and the demo dossiers are stored as they
are. Each write runs in one ``BEGIN IMMEDIATE`` transaction; idempotent writes store their
first outcome with the ``Idempotency-Key`` (permanently, as the province does) and replay it.

Callers pass values already checked for type and shape (the HTTP layer does that); the store
checks what depends on its state (unknown ids, ranges of leased numbers, duplicates) and
raises :class:`SimulatorError` with the HTTP status and message to answer.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from kiosk.domain import codes
from kiosk.domain.model import Catalogue
from simulators.appointment_store import AppointmentStore
from simulators.errors import SimulatorError
from simulators.queue_store import QueueStore

KINDS = ("office", "counter", "field", "procedure", "form", "announcement", "appointment")
SEED_KEYS = {
    "office": "office",
    "counter": "counters",
    "field": "fields",
    "procedure": "procedures",
    "form": "forms",
    "announcement": "announcements",
}
"""The seed's key of each kind seeded as it is (bookings are seeded relative to now)."""
PLURALS = SEED_KEYS | {"appointment": "appointments"}
"""Each kind's key in the catalogue document."""
DOSSIER_STATUSES = (
    "received",
    "processing",
    "additional_info_required",
    "ready",
    "returned",
    "rejected",
    "withdrawn",
)
PAYMENT_STATUSES = ("pending", "paid", "expired", "cancelled")
FORM_FIELD_TYPES = ("text", "number", "date", "select", "checkbox", "phone", "cccd")
DEFAULT_AGENCY_CODE = "000.00.17.H17"
MAX_SEQ = 9999
OFFLINE_FIRST = 501  # leased blocks start here, so online numbers begin at 001 each day
BLOCK_DAYS_AHEAD = 7
IDENTIFIER = re.compile(r"[A-Za-z0-9._-]{1,64}")
TICKET_COLUMNS = (
    "id",
    "field_id",
    "prefix",
    "day",
    "seq",
    "number",
    "counter_id",
    "priority",
    "kiosk_id",
)
"""The columns every ticket row has, in the order ``_insert_ticket`` takes them."""
TICKET_NUMBER = re.compile(r"([A-Z])([0-9]{3,4})")
DOSSIER_CODE = re.compile(codes.DOSSIER_CODE)
PHONE = re.compile(r"(0|\+84)[0-9]{9,10}")
CCCD = re.compile(r"[0-9]{12}")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (
    id TEXT PRIMARY KEY, field_id TEXT NOT NULL, prefix TEXT NOT NULL, day TEXT NOT NULL,
    seq INTEGER NOT NULL, number TEXT NOT NULL, counter_id TEXT NOT NULL,
    priority INTEGER NOT NULL, kiosk_id TEXT NOT NULL, status TEXT NOT NULL,
    issued_at TEXT NOT NULL, print_reason TEXT, origin TEXT NOT NULL DEFAULT 'online',
    block_id TEXT, called_at TEXT, called_counter TEXT, finished_at TEXT,
    call_count INTEGER NOT NULL DEFAULT 0, queued_at TEXT, appointment_code TEXT,
    UNIQUE (prefix, day, seq));
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), data TEXT, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    kind TEXT NOT NULL, id TEXT NOT NULL, ordinal INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS ticket_blocks (
    id TEXT PRIMARY KEY, field_id TEXT NOT NULL, prefix TEXT NOT NULL, day TEXT NOT NULL,
    first INTEGER NOT NULL, last INTEGER NOT NULL, kiosk_id TEXT NOT NULL,
    leased_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dossiers (
    code TEXT PRIMARY KEY, procedure_id TEXT NOT NULL, procedure_name TEXT NOT NULL,
    status TEXT NOT NULL, received_at TEXT NOT NULL, due_at TEXT, updated_at TEXT NOT NULL,
    history TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, dossier_code TEXT NOT NULL,
    procedure_id TEXT NOT NULL, form_id TEXT NOT NULL, kiosk_id TEXT NOT NULL,
    submitted_at TEXT NOT NULL, consent TEXT NOT NULL, applicant TEXT NOT NULL,
    data TEXT NOT NULL, received_at TEXT NOT NULL, local_reference TEXT);
CREATE TABLE IF NOT EXISTS payments (
    reference TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, procedure_id TEXT NOT NULL,
    amount_vnd INTEGER NOT NULL, dossier_code TEXT, kiosk_id TEXT NOT NULL,
    status TEXT NOT NULL, paid_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    bank_reference TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS ratings (
    id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, counter_id TEXT NOT NULL,
    score INTEGER NOT NULL, reason TEXT NOT NULL, ticket_number TEXT, rated_at TEXT NOT NULL,
    kiosk_id TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS heartbeats (
    kiosk_id TEXT PRIMARY KEY, body TEXT NOT NULL, received_at TEXT NOT NULL);
"""
# Columns added after the first release; an older simulator database gains them in place.
ADDED_COLUMNS = {
    "tickets": {
        "origin": "TEXT NOT NULL DEFAULT 'online'",
        "block_id": "TEXT",
        "called_at": "TEXT",
        "called_counter": "TEXT",
        "finished_at": "TEXT",
        "call_count": "INTEGER NOT NULL DEFAULT 0",
        "queued_at": "TEXT",
        "appointment_code": "TEXT",
    },
    "submissions": {"local_reference": "TEXT"},
    "payments": {"bank_reference": "TEXT NOT NULL DEFAULT ''"},
}


def iso(moment: datetime) -> str:
    """An aware datetime as RFC 3339 text (UTC, microseconds kept)."""
    return moment.astimezone(UTC).isoformat()


class ProvinceStore(QueueStore, AppointmentStore):
    """The simulator's persistent state (one SQLite file, one re-entrant lock)."""

    def __init__(
        self,
        db_path: Path,
        seed_path: Path,
        clock: Callable[[], datetime],
        *,
        session_ttl_s: int = 3600,
    ) -> None:
        self._lock = threading.RLock()
        self._depth = 0  # nesting of _transaction() in the thread holding the lock
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # survives a crash; a test double
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(SCHEMA)
        self._create_appointments()
        self._migrate()
        self.clock = clock
        self.session_ttl_s = session_ttl_s
        seed = json.loads(seed_path.read_text(encoding="utf-8"))
        with self._transaction():
            if self._db.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 0:
                self._seed(seed)
            self.book_for_today(seed.get("appointments", []))

    def close(self) -> None:
        """Close the database (a second call does nothing)."""
        with self._lock:
            self._db.close()

    # -- plumbing --------------------------------------------------------------------------

    def _migrate(self) -> None:
        for table, columns in ADDED_COLUMNS.items():
            present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            for name, declaration in columns.items():
                if name not in present:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Hold the lock in one ``BEGIN IMMEDIATE`` transaction; nested calls join it."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")
            finally:
                self._depth = 0

    def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self._db.execute(sql, parameters)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _now(self) -> datetime:
        return self.clock().astimezone(UTC)

    @property
    def zone(self) -> ZoneInfo:
        """The office's time zone (day boundaries of queues and dossier codes)."""
        office = self._first("office") or {}
        return ZoneInfo(str(office.get("timezone") or "Asia/Ho_Chi_Minh"))

    def idempotent(
        self, key: str, request: dict[str, Any], work: Callable[[], tuple[int, dict[str, Any]]]
    ) -> tuple[int, dict[str, Any]]:
        """Run ``work`` once per key; replay its answer for the same request, 422 otherwise.

        Errors ``work`` raises are not stored: a retry is judged afresh.
        """
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
        with self._transaction():
            row = self._db.execute(
                "SELECT request_hash, status, response FROM idempotency WHERE key = ?", (key,)
            ).fetchone()
            if row is not None:
                if row[0] != digest:
                    raise SimulatorError(422, "Idempotency-Key reused with a different payload")
                return row[1], json.loads(row[2])
            status, response = work()
            self._db.execute(
                "INSERT INTO idempotency VALUES (?, ?, ?, ?)",
                (key, digest, status, json.dumps(response, ensure_ascii=False)),
            )
            return status, response

    # -- catalogue ---------------------------------------------------------------------------

    def _seed(self, seed: dict[str, Any]) -> None:
        for kind in SEED_KEYS:
            value = seed.get(SEED_KEYS[kind])
            for entity in [value] if isinstance(value, dict) else value or []:
                self.upsert_entity(kind, entity["id"], entity)
        procedures = {e["id"]: e for e in self._entities("procedure")}
        for dossier in seed.get("dossiers", []):
            if dossier["procedure_id"] not in procedures:
                raise ValueError(f"seed dossier {dossier['code']}: unknown procedure")
            self._db.execute(
                "INSERT INTO dossiers VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    dossier["code"],
                    dossier["procedure_id"],
                    dossier["procedure_name"],
                    dossier["status"],
                    dossier["received_at"],
                    dossier.get("due_at"),
                    dossier["updated_at"],
                    json.dumps(dossier["history"], ensure_ascii=False),
                ),
            )

    def upsert_entity(self, kind: str, entity_id: str, data: dict[str, Any]) -> int:
        """Create or replace a catalogue entity and log the change; returns its seq."""
        if kind not in KINDS:
            raise SimulatorError(422, f"kind must be one of {', '.join(KINDS)}")
        if not isinstance(entity_id, str) or not IDENTIFIER.fullmatch(entity_id):
            raise SimulatorError(422, "id must be 1–64 letters, digits, '.', '_' or '-'")
        if not isinstance(data, dict) or data.get("id") != entity_id:
            raise SimulatorError(422, "data must be an object whose id is the entity's id")
        text = json.dumps(data, ensure_ascii=False)
        with self._transaction():
            seq = self._log(kind, entity_id, "upsert", text)
            self._db.execute(
                "INSERT INTO entities VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) "
                "DO UPDATE SET data = excluded.data",
                (kind, entity_id, seq, text),
            )
        return seq

    def delete_entity(self, kind: str, entity_id: str) -> int:
        """Delete a catalogue entity and log a tombstone; returns its seq (404 if unknown)."""
        with self._transaction():
            cursor = self._db.execute(
                "DELETE FROM entities WHERE kind = ? AND id = ?", (kind, entity_id)
            )
            if cursor.rowcount == 0:
                raise SimulatorError(404, f"no {kind} {entity_id!r} in the catalogue")
            return self._log(kind, entity_id, "delete", None)

    def _log(self, kind: str, entity_id: str, op: str, data: str | None) -> int:
        cursor = self._db.execute(
            "INSERT INTO changes (kind, id, op, data, at) VALUES (?, ?, ?, ?, ?)",
            (kind, entity_id, op, data, iso(self._now())),
        )
        return int(cursor.lastrowid or 0)

    def _entities(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT data FROM entities WHERE kind = ? ORDER BY ordinal", (kind,)
            ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def _entity(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM entities WHERE kind = ? AND id = ?", (kind, entity_id)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def _first(self, kind: str) -> dict[str, Any] | None:
        entities = self._entities(kind)
        return entities[0] if entities else None

    def catalogue_entities(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The current catalogue: ``{(kind, id): data}``."""
        with self._lock:
            rows = self._db.execute("SELECT kind, id, data FROM entities ORDER BY ordinal")
            return {(kind, entity_id): json.loads(data) for kind, entity_id, data in rows}

    @property
    def catalogue(self) -> dict[str, Any]:
        """The current catalogue as one document (office, counters, fields, … forms)."""
        with self._lock:
            document: dict[str, Any] = {"office": self._first("office")}
            for kind in KINDS[1:]:
                document[PLURALS[kind]] = self._entities(kind)
        return document

    def latest_cursor(self) -> str:
        """The seq of the latest catalogue change, as a decimal string ("0" if none)."""
        with self._lock:
            (latest,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()
        return str(latest)

    def changes(self, after: int, limit: int) -> tuple[list[dict[str, Any]], bool]:
        """Up to ``limit`` changes with seq > ``after`` in seq order, and whether more follow.

        410 when ``after`` is beyond the latest seq (a cursor from another or a reset server).
        """
        with self._lock:
            if after > int(self.latest_cursor()):
                raise SimulatorError(
                    410, "cursor is not from this server's history; restart from an empty cursor"
                )
            rows = self._db.execute(
                "SELECT seq, kind, id, op, data FROM changes WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, limit + 1),
            ).fetchall()
        changes = [
            {
                "seq": seq,
                "kind": kind,
                "id": entity_id,
                "op": op,
                "data": json.loads(data) if data is not None else None,
            }
            for seq, kind, entity_id, op, data in rows[:limit]
        ]
        return changes, len(rows) > limit

    # -- sessions ----------------------------------------------------------------------------

    def create_session(self, kiosk_id: str) -> dict[str, Any]:
        """A new access token for a kiosk, valid for ``session_ttl_s`` seconds."""
        token = secrets.token_urlsafe(32)
        now = self._now()
        with self._transaction():
            self._db.execute(
                "INSERT INTO sessions (token, kiosk_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (token, kiosk_id, iso(now), iso(now + timedelta(seconds=self.session_ttl_s))),
            )
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.session_ttl_s}

    def session_problem(self, token: str) -> str | None:
        """Why ``token`` does not open the API (None when it is a live access token)."""
        with self._lock:
            row = self._db.execute(
                "SELECT expires_at, revoked FROM sessions WHERE token = ?", (token,)
            ).fetchone()
        if row is None:
            return "access token not recognised; open a session at /api/v1/auth/session"
        if row[1]:
            return "session expired"
        if datetime.fromisoformat(row[0]) <= self._now():
            return "access token expired"
        return None

    def revoke_session(self, token: str) -> bool:
        """Revoke one access token; True if it was live."""
        with self._transaction():
            cursor = self._db.execute(
                "UPDATE sessions SET revoked = 1 WHERE token = ? AND revoked = 0", (token,)
            )
        return cursor.rowcount > 0

    def expire_sessions(self) -> int:
        """Revoke every access token; returns how many were live."""
        with self._transaction():
            cursor = self._db.execute("UPDATE sessions SET revoked = 1 WHERE revoked = 0")
        return cursor.rowcount

    # -- tickets -----------------------------------------------------------------------------

    def _field(self, field_id: str) -> dict[str, Any]:
        field = self._entity("field", field_id)
        if field is None:
            raise SimulatorError(422, f"unknown field_id {field_id!r}")
        return field

    def _next_seq(self, prefix: str, day: str) -> int:
        """The next online number of a queue's day: after the last one, around leased blocks."""
        (seq,) = self._db.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets "
            "WHERE prefix = ? AND day = ? AND origin = 'online'",
            (prefix, day),
        ).fetchone()
        blocks = self._db.execute(
            "SELECT first, last FROM ticket_blocks WHERE prefix = ? AND day = ? ORDER BY first",
            (prefix, day),
        ).fetchall()
        for first, last in blocks:
            if first <= seq <= last:
                seq = last + 1
        return int(seq)

    def _next_block_start(self, prefix: str, day: str) -> int:
        """Where the next leased block starts: in the offline range, above everything used."""
        (used,) = self._db.execute(
            "SELECT MAX(COALESCE((SELECT MAX(last) FROM ticket_blocks WHERE prefix = ?1 "
            "AND day = ?2), 0), COALESCE((SELECT MAX(seq) FROM tickets WHERE prefix = ?1 "
            "AND day = ?2 AND origin = 'online'), 0))",
            (prefix, day),
        ).fetchone()
        return max(OFFLINE_FIRST, int(used) + 1)

    def _counter_for(self, field_id: str, day: str) -> dict[str, Any]:
        counters = [c for c in self._entities("counter") if field_id in c.get("field_ids", ())]
        if not counters:
            raise SimulatorError(409, f"no counter serves {field_id!r}")
        load = dict(
            self._db.execute(
                "SELECT counter_id, COUNT(*) FROM tickets WHERE day = ? GROUP BY counter_id", (day,)
            ).fetchall()
        )
        return min(counters, key=lambda c: (load.get(c["id"], 0), c["number"]))

    def issue_ticket(
        self, field_id: str, priority: bool, kiosk_id: str, public_url: str
    ) -> tuple[int, dict[str, Any]]:
        """Give the next free number of the field's queue today (skipping leased blocks)."""
        with self._transaction():
            field = self._field(field_id)
            now = self._now()
            day = now.astimezone(self.zone).date().isoformat()
            self._counter_for(field_id, day)  # 409 first if no counter serves the field
            self._check_open(field, now)
            self._check_daily_cap(field, day)
            ticket_id = self.number_ticket(field_id, priority, kiosk_id)
            return 201, self.issued_ticket(ticket_id, public_url)

    def number_ticket(self, field_id: str, priority: bool, kiosk_id: str, **more: object) -> str:
        """Store the next free online number of the field's queue today (skipping leased
        blocks) as a ticket being printed; ``more`` are other ticket columns. Its id."""
        field = self._field(field_id)
        now = self._now()
        day = now.astimezone(self.zone).date().isoformat()
        counter = self._counter_for(field_id, day)
        prefix = field["queue_prefix"]
        seq = self._next_seq(prefix, day)
        if seq > MAX_SEQ:
            raise SimulatorError(409, f"queue {prefix} has no numbers left today")
        ticket_id = str(uuid.uuid4())
        self._insert_ticket(
            (
                ticket_id,
                field_id,
                prefix,
                day,
                seq,
                f"{prefix}{seq:03d}",
                counter["id"],
                priority,
                kiosk_id,
            ),
            status="issued",
            issued_at=iso(now),
            origin="online",
            **more,
        )
        return ticket_id

    def issued_ticket(self, ticket_id: str, public_url: str) -> dict[str, Any]:
        """A stored ticket as the API gives it (an ``IssuedTicket``), with the people ahead
        by the office's priority rule and their estimated wait now."""
        row = self.ticket(ticket_id)
        if row is None:
            raise SimulatorError(404, f"no ticket {ticket_id}")
        field = self._field(row["field_id"])
        counter = self._entity("counter", row["counter_id"]) or {}
        ahead = self.people_ahead(ticket_id) or 0
        answer = {
            "id": ticket_id,
            "number": row["number"],
            "field_id": row["field_id"],
            "field_name": field["name"],
            "counter": counter,
            "issued_at": row["issued_at"],
            "people_ahead": ahead,
            "estimated_wait_min": self.estimated_wait_minutes(row["field_id"], ahead),
            "track_url": f"{public_url}/q/{ticket_id}",
            "priority": bool(row["priority"]),
        }
        if row["appointment_code"]:
            answer["appointment"] = {"code": row["appointment_code"], "starts_at": row["queued_at"]}
        return answer

    def _check_open(self, field: dict[str, Any], now: datetime) -> None:
        """409 ``closed`` outside the field's opening hours (its own, else the office's;
        hours that do not read as such restrict nothing)."""
        office = self._first("office") or {}
        try:
            catalogue = Catalogue.model_validate(
                {"office": office, "counters": [], "fields": [field]}
            )
        except ValidationError:
            return
        hours = catalogue.ticket_hours(field["id"])
        local = now.astimezone(self.zone)
        if hours is None or hours.is_open(local):
            return
        opens = hours.next_opening(local)
        when = f"; numbers again from {opens:%H:%M %d/%m/%Y}" if opens else ""
        raise SimulatorError(409, f"{field['name']}: outside opening hours{when}", "closed")

    def _check_daily_cap(self, field: dict[str, Any], day: str) -> None:
        """409 ``daily_cap_reached`` once the field's numbers for the day are all given
        (``daily_cap`` in the catalogue; tickets that never printed do not count)."""
        cap = field.get("daily_cap")
        if type(cap) is not int or cap < 1:
            return
        given = self._numbers_given(field["id"], day)
        if given >= cap:
            raise SimulatorError(
                409, f"{field['name']}: all {cap} numbers of the day are given", "daily_cap_reached"
            )

    def _numbers_given(self, field_id: str, day: str) -> int:
        """The field's numbers given on ``day`` (tickets that never printed do not count)."""
        (given,) = self._db.execute(
            "SELECT COUNT(*) FROM tickets WHERE field_id = ? AND day = ? "
            "AND status != 'print_failed'",
            (field_id, day),
        ).fetchone()
        return int(given)

    def _within_cap(self, field: dict[str, Any], day: str, size: int) -> int:
        """How many of ``size`` numbers a block may hold under the field's daily cap: those
        given that day and those leased but not yet reported count against it; 409
        ``daily_cap_reached`` when none are left."""
        cap = field.get("daily_cap")
        if type(cap) is not int or cap < 1:
            return size
        given = self._numbers_given(field["id"], day)
        (leased,) = self._db.execute(
            "SELECT COALESCE(SUM(last - first + 1), 0) FROM ticket_blocks "
            "WHERE field_id = ? AND day = ?",
            (field["id"], day),
        ).fetchone()
        (reported,) = self._db.execute(
            "SELECT COUNT(*) FROM tickets WHERE field_id = ? AND day = ? AND block_id IS NOT NULL",
            (field["id"], day),
        ).fetchone()
        left = cap - given - (leased - reported)
        if left < 1:
            raise SimulatorError(
                409,
                f"{field['name']}: the daily cap of {cap} leaves no numbers to lease on {day}",
                "daily_cap_reached",
            )
        return min(size, left)

    def record_print(self, ticket_id: str, printed: bool, reason: str) -> dict[str, Any]:
        """Mark a ticket printed (it joins the queue) or print_failed (it never will)."""
        status = "printed" if printed else "print_failed"
        with self._transaction():
            cursor = self._db.execute(
                "UPDATE tickets SET status = ?, print_reason = ? WHERE id = ?",
                (status, reason or None, ticket_id),
            )
            if cursor.rowcount == 0:
                raise SimulatorError(404, f"no ticket {ticket_id}")
        return {"id": ticket_id, "status": status}

    def _today(self) -> date:
        return self._now().astimezone(self.zone).date()

    def lease_block(self, field_id: str, day: date, size: int, kiosk_id: str) -> dict[str, Any]:
        """Lease ``size`` numbers of a field's queue on ``day`` that nobody else will use."""
        if not 1 <= size <= 200:
            raise SimulatorError(422, "size must be 1–200")
        with self._transaction():
            field = self._field(field_id)
            today = self._today()
            if day < today:
                raise SimulatorError(422, f"day {day} is before today ({today}, office time)")
            if day > today + timedelta(days=BLOCK_DAYS_AHEAD):
                raise SimulatorError(
                    422, f"day {day} is more than {BLOCK_DAYS_AHEAD} days ahead of {today}"
                )
            size = self._within_cap(field, day.isoformat(), size)
            prefix = field["queue_prefix"]
            first = self._next_block_start(prefix, day.isoformat())
            last = first + size - 1
            if last > MAX_SEQ:
                raise SimulatorError(
                    409, f"queue {prefix} has fewer than {size} numbers left on {day}"
                )
            block = {
                "id": str(uuid.uuid4()),
                "field_id": field_id,
                "queue_prefix": prefix,
                "day": day.isoformat(),
                "first": first,
                "last": last,
                "kiosk_id": kiosk_id,
            }
            self._db.execute(
                "INSERT INTO ticket_blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    block["id"],
                    field_id,
                    prefix,
                    block["day"],
                    first,
                    last,
                    kiosk_id,
                    iso(self._now()),
                ),
            )
        return block

    def blocks(self) -> list[dict[str, Any]]:
        """Every leased block, in lease order."""
        return self._rows("SELECT * FROM ticket_blocks ORDER BY leased_at, first")

    def report_offline_ticket(
        self,
        block_id: str,
        *,
        number: str,
        field_id: str,
        priority: bool,
        issued_at: str,
        printed: bool,
        reason: str,
        kiosk_id: str,
        ticket_id: str | None = None,
        appointment_code: str | None = None,
    ) -> dict[str, Any]:
        """Record a ticket a kiosk issued offline from a leased block (under its own id);
        one that checked a booking in waits from the booked time."""
        with self._transaction():
            row = self._db.execute(
                "SELECT field_id, prefix, day, first, last FROM ticket_blocks WHERE id = ?",
                (block_id,),
            ).fetchone()
            if row is None:
                raise SimulatorError(404, f"no ticket block {block_id}")
            block_field, prefix, day, first, last = row
            if field_id != block_field:
                raise SimulatorError(
                    422, f"field_id {field_id!r} is not the block's field {block_field!r}"
                )
            match = TICKET_NUMBER.fullmatch(number)
            seq = int(match.group(2)) if match else 0
            if (
                match is None
                or match.group(1) != prefix
                or not first <= seq <= last
                or number != f"{prefix}{seq:03d}"
            ):
                raise SimulatorError(
                    422,
                    f"number {number!r} is not in the block {prefix}{first:03d}–{prefix}{last:03d}",
                )
            if self._db.execute(
                "SELECT 1 FROM tickets WHERE prefix = ? AND day = ? AND seq = ?", (prefix, day, seq)
            ).fetchone():
                raise SimulatorError(409, f"number {number} of {day} was already reported")
            if ticket_id and self.ticket(ticket_id) is not None:
                raise SimulatorError(409, f"ticket id {ticket_id} is already in use")
            counter = self._counter_for(field_id, day)
            ticket_id = ticket_id or str(uuid.uuid4())
            status = "printed" if printed else "print_failed"
            booked_at = self.booked_time(appointment_code) if appointment_code else None
            self._insert_ticket(
                (ticket_id, field_id, prefix, day, seq, number, counter["id"], priority, kiosk_id),
                status=status,
                issued_at=iso(datetime.fromisoformat(issued_at)),
                print_reason=reason or None,
                origin="offline",
                block_id=block_id,
                queued_at=booked_at,
                appointment_code=appointment_code if booked_at else None,
            )
            if booked_at and appointment_code:
                self.checked_in(appointment_code, ticket_id)
        return {"id": ticket_id, "number": number, "status": status}

    def _insert_ticket(
        self, ticket: tuple[str, str, str, str, int, str, str, bool, str], **more: object
    ) -> None:
        """Add one ticket row: ``ticket`` is (id, field, queue prefix, day, sequence, number,
        counter, priority, kiosk); ``more`` the other columns by name."""
        columns = dict(zip(TICKET_COLUMNS, ticket, strict=True)) | more
        self._db.execute(
            f"INSERT INTO tickets ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuple(columns.values()),
        )

    def ticket(self, ticket_id: str) -> dict[str, Any] | None:
        """One ticket as stored, or None."""
        rows = self._rows("SELECT * FROM tickets WHERE id = ?", (ticket_id,))
        return rows[0] if rows else None

    def tickets(self) -> list[dict[str, Any]]:
        """Every ticket (online and reported offline), in issue order."""
        return self._rows("SELECT * FROM tickets ORDER BY issued_at, seq")

    # -- dossiers and submissions --------------------------------------------------------------

    def dossier(self, code: str) -> dict[str, Any] | None:
        """One dossier in the API's shape, or None."""
        rows = self._rows("SELECT * FROM dossiers WHERE code = ?", (code,))
        if not rows:
            return None
        dossier = rows[0]
        dossier["history"] = json.loads(dossier["history"])
        return dossier

    def dossiers(self) -> list[dict[str, Any]]:
        """Every dossier, by code."""
        codes = [row["code"] for row in self._rows("SELECT code FROM dossiers ORDER BY code")]
        return [d for d in map(self.dossier, codes) if d is not None]

    def _agency_code(self) -> str:
        office = self._first("office") or {}
        return str(office.get("agency_code") or DEFAULT_AGENCY_CODE)

    def submit(
        self,
        key: str,
        *,
        procedure_id: str,
        form_id: str,
        kiosk_id: str,
        submitted_at: str,
        consent: dict[str, Any],
        applicant: dict[str, Any],
        data: dict[str, Any],
        local_reference: str | None = None,
    ) -> dict[str, Any]:
        """Receive an online submission: check it against its form and open a dossier.

        ``local_reference`` is the kiosk's own reference, printed on a slip while the
        submission waited offline; it is kept so officials can find the dossier by it."""
        with self._transaction():
            procedure = self._entity("procedure", procedure_id)
            if procedure is None:
                raise SimulatorError(422, f"unknown procedure_id {procedure_id!r}")
            form = self._entity("form", form_id)
            if form is None:
                raise SimulatorError(422, f"unknown form_id {form_id!r}")
            if form.get("procedure_id") != procedure_id:
                raise SimulatorError(422, f"form {form_id!r} is not the form of {procedure_id!r}")
            if consent.get("given") is not True:
                raise SimulatorError(
                    422,
                    "consent.given must be true: personal data is "
                    "processed only with the applicant's consent",
                )
            check_form_data(form, data)
            now = self._now()
            local = now.astimezone(self.zone)
            prefix = f"{self._agency_code()}-{local:%y%m%d}-"
            (latest,) = self._db.execute(
                "SELECT MAX(code) FROM dossiers WHERE substr(code, 1, ?) = ?", (len(prefix), prefix)
            ).fetchone()
            number = int(latest.rsplit("-", 1)[1]) + 1 if latest else 1
            if number > 9999:
                raise SimulatorError(409, "no dossier numbers left today")
            code = f"{prefix}{number:04d}"
            due = datetime.combine(local.date() + timedelta(days=3), time(17), self.zone)
            history = [
                {
                    "at": iso(now),
                    "status": "received",
                    "note": f"Tiếp nhận hồ sơ trực tuyến từ ki-ốt {kiosk_id}",
                }
            ]
            self._db.execute(
                "INSERT INTO dossiers VALUES (?, ?, ?, 'received', ?, ?, ?, ?)",
                (
                    code,
                    procedure_id,
                    procedure["name"],
                    iso(now),
                    due.isoformat(),
                    iso(now),
                    json.dumps(history, ensure_ascii=False),
                ),
            )
            self._db.execute(
                "INSERT INTO submissions (id, idempotency_key, dossier_code, procedure_id, "
                "form_id, kiosk_id, submitted_at, consent, applicant, data, received_at, "
                "local_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    key,
                    code,
                    procedure_id,
                    form_id,
                    kiosk_id,
                    submitted_at,
                    json.dumps(consent, ensure_ascii=False),
                    json.dumps(applicant, ensure_ascii=False),
                    json.dumps(data, ensure_ascii=False),
                    iso(now),
                    local_reference,
                ),
            )
        return {
            "dossier_code": code,
            "procedure_id": procedure_id,
            "status": "received",
            "received_at": iso(now),
            "due_at": due.isoformat(),
        }

    def submissions(self) -> list[dict[str, Any]]:
        """Every submission received (with its idempotency_key), in arrival order."""
        rows = self._rows("SELECT * FROM submissions ORDER BY received_at, rowid")
        for row in rows:
            for name in ("consent", "applicant", "data"):
                row[name] = json.loads(row[name])
        return rows

    # -- payments ----------------------------------------------------------------------------

    def create_payment(
        self,
        key: str,
        *,
        reference: str,
        procedure_id: str,
        amount_vnd: int,
        dossier_code: str | None,
        kiosk_id: str,
    ) -> dict[str, Any]:
        """Register a pending fee payment (409 if the reference is taken)."""
        with self._transaction():
            if self._entity("procedure", procedure_id) is None:
                raise SimulatorError(422, f"unknown procedure_id {procedure_id!r}")
            if self._db.execute(
                "SELECT 1 FROM payments WHERE reference = ?", (reference,)
            ).fetchone():
                raise SimulatorError(409, f"payment reference {reference} is already in use")
            now = iso(self._now())
            self._db.execute(
                "INSERT INTO payments (reference, idempotency_key, procedure_id, amount_vnd, "
                "dossier_code, kiosk_id, status, paid_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 'pending', NULL, ?, ?)",
                (reference, key, procedure_id, amount_vnd, dossier_code, kiosk_id, now, now),
            )
        payment = self.payment(reference)
        assert payment is not None
        return payment

    def payment(self, reference: str) -> dict[str, Any] | None:
        """One payment in the API's shape, or None."""
        rows = self._rows(
            "SELECT reference, amount_vnd, status, paid_at, updated_at, bank_reference "
            "FROM payments WHERE reference = ?",
            (reference,),
        )
        return rows[0] if rows else None

    def payments(self) -> list[dict[str, Any]]:
        """Every payment as stored (with its idempotency_key), in creation order."""
        return self._rows("SELECT * FROM payments ORDER BY created_at, rowid")

    def set_payment_status(self, reference: str, status: str) -> dict[str, Any]:
        """What the bank or the treasury reports: paid, expired or cancelled (or pending)."""
        if status not in PAYMENT_STATUSES:
            raise SimulatorError(422, f"status must be one of {', '.join(PAYMENT_STATUSES)}")
        moment = self._now()
        now = iso(moment)
        # the bank's own reference of the transfer, as Vietnamese banks print them
        bank_reference = (
            f"FT{moment:%y%j}{secrets.randbelow(10**9):09d}" if status == "paid" else ""
        )
        with self._transaction():
            cursor = self._db.execute(
                "UPDATE payments SET status = ?, paid_at = ?, updated_at = ?, bank_reference = ? "
                "WHERE reference = ?",
                (status, now if status == "paid" else None, now, bank_reference, reference),
            )
            if cursor.rowcount == 0:
                raise SimulatorError(404, f"no payment {reference}")
        payment = self.payment(reference)
        assert payment is not None
        return payment

    # -- ratings and heartbeats ------------------------------------------------------------------

    def add_rating(
        self,
        key: str,
        *,
        counter_id: str,
        score: int,
        reason: str,
        ticket_number: str | None,
        rated_at: str,
        kiosk_id: str,
    ) -> dict[str, Any]:
        """Record a citizen's rating of a counter (422 for an unknown counter or score)."""
        if not 1 <= score <= 4:
            raise SimulatorError(422, "score must be 1–4")
        with self._transaction():
            if self._entity("counter", counter_id) is None:
                raise SimulatorError(422, f"unknown counter_id {counter_id!r}")
            rating = {"id": str(uuid.uuid4()), "received_at": iso(self._now())}
            self._db.execute(
                "INSERT INTO ratings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rating["id"],
                    key,
                    counter_id,
                    score,
                    reason,
                    ticket_number,
                    rated_at,
                    kiosk_id,
                    rating["received_at"],
                ),
            )
        return rating

    def ratings(self) -> list[dict[str, Any]]:
        """Every rating (with its idempotency_key), in arrival order."""
        return self._rows("SELECT * FROM ratings ORDER BY received_at, rowid")

    def record_heartbeat(self, heartbeat: dict[str, Any]) -> str:
        """Keep a kiosk's latest heartbeat; returns the server time it was received."""
        now = iso(self._now())
        with self._transaction():
            self._db.execute(
                "INSERT INTO heartbeats VALUES (?, ?, ?) ON CONFLICT (kiosk_id) "
                "DO UPDATE SET body = excluded.body, received_at = excluded.received_at",
                (heartbeat["kiosk_id"], json.dumps(heartbeat, ensure_ascii=False), now),
            )
        return now

    def heartbeats(self) -> dict[str, dict[str, Any]]:
        """The latest heartbeat of each kiosk: ``{kiosk_id: {**body, "received_at": …}}``."""
        rows = self._rows("SELECT body, received_at FROM heartbeats ORDER BY kiosk_id")
        beats = [{**json.loads(row["body"]), "received_at": row["received_at"]} for row in rows]
        return {beat["kiosk_id"]: beat for beat in beats}


def check_form_data(form: dict[str, Any], data: dict[str, Any]) -> None:
    """Raise 422 naming the first form field whose value is missing, unknown or invalid."""
    fields = {field["id"]: field for field in form.get("fields", [])}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise SimulatorError(422, f"data has fields the form does not: {', '.join(unknown)}")
    for field_id, field in fields.items():
        value = data.get(field_id)
        if value is None or value == "" or (field["type"] == "checkbox" and value is False):
            if field.get("required"):
                raise SimulatorError(422, f"missing required form field {field_id!r}")
            continue
        problem = _value_problem(field, value)
        if problem:
            raise SimulatorError(422, f"form field {field_id!r}: {problem}")


def _value_problem(field: dict[str, Any], value: Any) -> str | None:
    kind = field["type"]
    if kind == "checkbox":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "number":
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            return "must be a number"
        low, high = field.get("min"), field.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            return f"must be between {low} and {high}"
        return None
    if not isinstance(value, str):
        return "must be a string"
    if kind == "text":
        limit = field.get("max_length")
        return f"longer than {limit} characters" if limit and len(value) > limit else None
    if kind == "date":
        try:
            if ISO_DAY.fullmatch(value) is None:
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            return "must be a date YYYY-MM-DD"
        return None
    if kind == "select":
        values = {option["value"] for option in field.get("options", [])}
        return None if value in values else f"must be one of {', '.join(sorted(values))}"
    if kind == "phone":
        return None if PHONE.fullmatch(value) else "must be a Vietnamese phone number"
    if kind == "cccd":
        return None if CCCD.fullmatch(value) else "must be a 12-digit personal ID number"
    return f"has an unknown type {kind!r}"
