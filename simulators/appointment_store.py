"""Appointments in the province simulator: bookings made online, by phone or at a counter,
checked in at a kiosk by their code or the citizen's ID card.

Each booking is a row of its own (with the citizen's ID number, which never leaves the
province) and is published to the kiosks as an ``appointment`` catalogue entity without it,
so a kiosk can check a booking in by its code while offline. Checking in numbers a ticket in
the booking's field that waits as though taken at the booked time
(:func:`simulators.queue_store.queued_at`); the window is the office's rule
(:class:`kiosk.domain.appointments.CheckInRule`), the same the kiosk applies offline.

Part of :class:`simulators.province_store.ProvinceStore` (a mixin: it shares its database
and its lock).
"""

from __future__ import annotations

import secrets
import sqlite3
from contextlib import AbstractContextManager
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from kiosk.domain.appointments import CheckInRule
from kiosk.domain.codes import normal_appointment_code
from simulators.errors import SimulatorError

CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY34679"
"""Letters and digits of a booking code: none that reads as another (0/O, 1/I/L, 2/Z, 5/S,
8/B)."""
SCHEMA = """
CREATE TABLE IF NOT EXISTS appointments (
    code TEXT PRIMARY KEY, field_id TEXT NOT NULL, starts_at TEXT NOT NULL,
    channel TEXT NOT NULL, citizen_id TEXT, status TEXT NOT NULL, ticket_id TEXT,
    checked_in_at TEXT, booked_at TEXT NOT NULL);
"""
CHANNELS = ("online", "phone", "counter")
STILL_SERVING = ("issued", "printed", "called")
"""A checked-in booking whose ticket is in one of these gets the same ticket again."""
KEEP_DAYS = 1
"""Bookings older than this many days are taken out of the published catalogue."""


class AppointmentStore:
    """Bookings and check-in over the simulator's database."""

    if TYPE_CHECKING:  # provided by the store
        _db: sqlite3.Connection

        @property
        def zone(self) -> ZoneInfo: ...

        def _transaction(self) -> AbstractContextManager[None]: ...
        def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[dict[str, Any]]: ...
        def _first(self, kind: str) -> dict[str, Any] | None: ...
        def _field(self, field_id: str) -> dict[str, Any]: ...
        def _now(self) -> datetime: ...
        def _today(self) -> date: ...
        def upsert_entity(self, kind: str, entity_id: str, data: dict[str, Any]) -> int: ...
        def delete_entity(self, kind: str, entity_id: str) -> int: ...
        def ticket(self, ticket_id: str) -> dict[str, Any] | None: ...
        def issued_ticket(self, ticket_id: str, public_url: str) -> dict[str, Any]: ...
        def number_ticket(
            self, field_id: str, priority: bool, kiosk_id: str, **more: object
        ) -> str: ...

    def _create_appointments(self) -> None:
        self._db.executescript(SCHEMA)

    # -- bookings --------------------------------------------------------------------------

    def check_in_rule(self) -> CheckInRule:
        """The office's check-in window (the catalogue's ``office.check_in``)."""
        try:
            return CheckInRule.model_validate((self._first("office") or {}).get("check_in") or {})
        except ValidationError:
            return CheckInRule()

    def book(
        self,
        field_id: str,
        starts_at: datetime,
        *,
        channel: str = "online",
        citizen_id: str | None = None,
        code: str | None = None,
    ) -> dict[str, Any]:
        """Book ``field_id`` at ``starts_at`` (for a citizen, by their ID number if known) and
        publish the booking; returns it as published."""
        if channel not in CHANNELS:
            raise SimulatorError(422, f"channel must be one of {', '.join(CHANNELS)}")
        if starts_at.tzinfo is None:
            raise SimulatorError(422, "starts_at needs a time zone offset")
        if code is not None and normal_appointment_code(code) != code:
            raise SimulatorError(422, "code must be LH and 6 capital letters or digits")
        with self._transaction():
            self._field(field_id)
            self._prune()
            code = code or self._new_code()
            if self._booking(code) is not None:
                raise SimulatorError(409, f"booking {code} exists already")
            self._db.execute(
                "INSERT INTO appointments (code, field_id, starts_at, channel, citizen_id, "
                "status, booked_at) VALUES (?, ?, ?, ?, ?, 'booked', ?)",
                (
                    code,
                    field_id,
                    starts_at.isoformat(),
                    channel,
                    citizen_id,
                    self._now().isoformat(),
                ),
            )
            return self._publish(code)

    def book_for_today(self, seeded: list[dict[str, Any]]) -> None:
        """The seed's bookings (``in_minutes`` from now, on 5-minute slots), booked anew for
        today unless they are today's already: a demo started on another day still has
        bookings to check in."""
        now = self._now().replace(second=0, microsecond=0)
        slot = now - timedelta(minutes=now.minute % 5)
        for booking in seeded:
            known = self._booking(booking["code"])
            if known is not None and self._day(known) == self._today():
                continue
            if known is not None:  # another day's: it starts over
                self._db.execute("DELETE FROM appointments WHERE code = ?", (booking["code"],))
            self.book(
                booking["field_id"],
                (slot + timedelta(minutes=booking["in_minutes"])).astimezone(self.zone),
                channel=booking.get("channel", "online"),
                citizen_id=booking.get("citizen_id"),
                code=booking["code"],
            )

    def cancel(self, code: str) -> dict[str, Any]:
        """The citizen (or the office) cancelled the booking."""
        with self._transaction():
            if self._booking(code) is None:
                raise SimulatorError(404, f"no booking {code}", "appointment_not_found")
            self._db.execute("UPDATE appointments SET status = 'cancelled' WHERE code = ?", (code,))
            return self._publish(code)

    def appointments(self) -> list[dict[str, Any]]:
        """Every booking as stored (with the citizen's ID number), by time."""
        return self._rows("SELECT * FROM appointments ORDER BY starts_at, code")

    def _new_code(self) -> str:
        while True:
            code = "LH" + "".join(secrets.choice(CODE_LETTERS) for _ in range(6))
            if self._booking(code) is None:
                return code

    def _booking(self, code: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM appointments WHERE code = ?", (code,))
        return rows[0] if rows else None

    def _publish(self, code: str) -> dict[str, Any]:
        """Publish the booking to the kiosks as it now is (nothing personal)."""
        row = self._booking(code)
        assert row is not None
        entity = {
            "id": code,
            "field_id": row["field_id"],
            "starts_at": row["starts_at"],
            "channel": row["channel"],
            "status": row["status"],
        }
        self.upsert_entity("appointment", code, entity)
        return entity

    def _prune(self) -> None:
        """Take bookings of days long past out of the published catalogue."""
        oldest = self._today() - timedelta(days=KEEP_DAYS)
        for row in self.appointments():
            if self._day(row) < oldest and row["status"] != "expired":
                self._db.execute(
                    "UPDATE appointments SET status = 'expired' WHERE code = ?", (row["code"],)
                )
                self.delete_entity("appointment", row["code"])

    def _day(self, booking: dict[str, Any]) -> date:
        return datetime.fromisoformat(booking["starts_at"]).astimezone(self.zone).date()

    # -- check-in --------------------------------------------------------------------------

    def check_in(
        self, *, code: str | None, citizen_id: str | None, kiosk_id: str, public_url: str
    ) -> tuple[int, dict[str, Any]]:
        """Check a booking of today in (by its code or the citizen's ID number) and give its
        ticket: a new one, or the one it has while that still waits."""
        with self._transaction():
            now = self._now()
            booking = self._todays_booking(code, citizen_id, now)
            starts_at = datetime.fromisoformat(booking["starts_at"])
            refusal = {"starts_at": booking["starts_at"]}
            if booking["status"] == "cancelled":
                raise SimulatorError(
                    409,
                    f"booking {booking['code']} was cancelled",
                    "appointment_cancelled",
                    **refusal,
                )
            if booking["status"] == "checked_in":
                ticket = self.ticket(booking["ticket_id"] or "")
                if ticket is not None and ticket["status"] in STILL_SERVING:
                    return 201, self.issued_ticket(ticket["id"], public_url)
                if ticket is not None and ticket["status"] != "print_failed":
                    raise SimulatorError(
                        409,
                        f"booking {booking['code']} was served already",
                        "appointment_used",
                        **refusal,
                    )
            rule = self.check_in_rule()
            verdict = rule.verdict(starts_at, now)
            if verdict == "too_early":
                opens = rule.opens(starts_at).astimezone(self.zone)
                raise SimulatorError(
                    409,
                    f"booking {booking['code']} opens for check-in at {opens:%H:%M}",
                    "appointment_too_early",
                    **refusal,
                )
            if verdict == "too_late":
                raise SimulatorError(
                    409,
                    f"booking {booking['code']} could be checked in until "
                    f"{rule.closes(starts_at).astimezone(self.zone):%H:%M}",
                    "appointment_too_late",
                    **refusal,
                )
            ticket_id = self.number_ticket(
                booking["field_id"],
                False,
                kiosk_id,
                queued_at=booking["starts_at"],
                appointment_code=booking["code"],
            )
            self.checked_in(booking["code"], ticket_id)
            return 201, self.issued_ticket(ticket_id, public_url)

    def checked_in(self, code: str, ticket_id: str) -> None:
        """Record that the booking's ticket is ``ticket_id`` (a kiosk's check-in, online or
        reported from offline) and publish it; a booking cancelled or unknown stays so.

        A booking has one ticket: one it had that never printed (its answer was lost, and
        the kiosk issued another offline) leaves the queue."""
        booking = self._booking(code)
        earlier = booking["ticket_id"] if booking else None
        if earlier and earlier != ticket_id:
            self._db.execute(
                "UPDATE tickets SET status = 'print_failed', print_reason = ? "
                "WHERE id = ? AND status = 'issued'",
                (f"the booking's ticket is now {ticket_id}", earlier),
            )
        self._db.execute(
            "UPDATE appointments SET status = 'checked_in', ticket_id = ?, checked_in_at = ? "
            "WHERE code = ? AND status IN ('booked', 'checked_in')",
            (ticket_id, self._now().isoformat(), code),
        )
        if self._booking(code) is not None:
            self._publish(code)

    def booked_time(self, code: str) -> str | None:
        """When the booking ``code`` is for, if there is one."""
        booking = self._booking(code)
        return booking["starts_at"] if booking else None

    def _todays_booking(
        self, code: str | None, citizen_id: str | None, now: datetime
    ) -> dict[str, Any]:
        """The booking of today with the code, or the citizen's booking of today nearest to
        now (one they may check in first, then one not cancelled); 404 if none."""
        today = now.astimezone(self.zone).date()
        if code is not None:
            candidates = [b for b in [self._booking(code)] if b is not None]
            who = f"booking {code}"
        else:
            candidates = self._rows(
                "SELECT * FROM appointments WHERE citizen_id = ?", (citizen_id,)
            )
            who = "booking for this ID number"
        todays = [b for b in candidates if self._day(b) == today and b["status"] != "expired"]
        if not todays:
            raise SimulatorError(404, f"no {who} today", "appointment_not_found")
        rule = self.check_in_rule()

        def preference(booking: dict[str, Any]) -> tuple[bool, bool, float]:
            starts_at = datetime.fromisoformat(booking["starts_at"])
            return (
                rule.verdict(starts_at, now) != "on_time",
                booking["status"] == "cancelled",
                abs((starts_at - now).total_seconds()),
            )

        return min(todays, key=preference)
