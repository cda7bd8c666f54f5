"""Taking a queue ticket: a number from the province (or, when it does not answer, from a
block it leased to this kiosk), printed, and everything recorded in the outbox.

The printer is asked first: a printer out of paper, with its cover open or off-line gets
no number issued for it. A ticket whose job fails or whose printer reports a fault after the
job is marked failed; a technician can reprint it the same day.

Blocking and Qt-free; the screens run :meth:`TicketDesk.take` off the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DatabaseError

from kiosk.domain.appointments import Appointment, CheckInRequest
from kiosk.domain.model import BookedSlot, Catalogue, IssuedTicket, Office
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.stores.outbox import BlockRecord, Outbox, TicketRecord
from kiosk.sync.api import ApiError, ProvinceApi
from kiosk.sync.engine import SyncEngine

log = logging.getLogger(__name__)

RECORD_ATTEMPTS = 3
OutcomeKind = Literal[
    "issued",
    "print_failed",
    "printer_unavailable",
    "unavailable",
    "capped",
    "closed",
    "appointment_not_found",
    "appointment_too_early",
    "appointment_too_late",
    "appointment_cancelled",
    "appointment_used",
    "appointment_unreachable",
]
"""``capped``: the province gives no more numbers today for that field (its daily cap);
``closed``: outside the field's opening hours (``opens_at`` says when they start again);
``appointment_*``: a booking that cannot be checked in (``unreachable``: the province does not
answer and the kiosk cannot check it alone: an ID card, or a code it has not heard of)."""
DAILY_CAP_REACHED = "daily_cap_reached"
"""The province's code for a refusal because a field's numbers for the day are all given."""
CHECK_IN_REFUSALS: dict[str, OutcomeKind] = {
    "appointment_not_found": "appointment_not_found",
    "appointment_too_early": "appointment_too_early",
    "appointment_too_late": "appointment_too_late",
    "appointment_cancelled": "appointment_cancelled",
    "appointment_used": "appointment_used",
}
"""The province's codes for a refused check-in, as outcomes."""


class PrintError(Exception):
    """The printer could not put the job on paper (offline, no paper, refused, timed out)."""

    def __init__(self, message: str, status: PrinterStatus | None = None) -> None:
        super().__init__(message)
        self.status = status or PrinterStatus(PrinterState.UNKNOWN, message)


class TicketPrinter(Protocol):
    """What the ticket desk needs from a printer (implemented in ``printers``)."""

    @property
    def reports_status(self) -> bool:
        """Whether :meth:`check` can tell a printer without paper from a ready one."""
        ...

    def check(self) -> PrinterStatus:
        """The printer's status now; never raises."""
        ...

    def print_ticket(
        self, ticket: IssuedTicket, office: Office, words: PaperWords = VIETNAMESE
    ) -> PrinterStatus:
        """Print one ticket and return the printer's status after it; raise PrintError if it
        did not come out."""
        ...

    def print_document(self, build: Callable[[Any], bytes | Sequence[bytes]]) -> PrinterStatus:
        """Lay out a document with ``build(job settings)`` (one job, or one job a page) and
        print it, like a ticket."""
        ...


@dataclass(frozen=True)
class SlipOutcome:
    """Whether a slip (guide, status, receipt, payment) came out, and the printer's state."""

    printed: bool
    printer: PrinterStatus


@dataclass(frozen=True)
class TicketOutcome:
    """What the citizen gets: a printed ticket, or a reason there is none."""

    kind: OutcomeKind
    key: str
    ticket: IssuedTicket | None = None
    detail: str = ""
    printer: PrinterStatus | None = None
    opens_at: datetime | None = None
    """When numbers are given again (closed), or when the booking may be checked in (too
    early)."""
    booked_at: datetime | None = None
    """The time of the booking a check-in was about, when known."""
    field_id: str = ""
    """The field of the ticket asked for, when known (to offer an ordinary number)."""


class TicketDesk:
    """Issues queue tickets for one kiosk, online from the province or offline from a block."""

    def __init__(
        self,
        api: ProvinceApi,
        outbox: Outbox,
        printer: TicketPrinter,
        sync: SyncEngine,
        zone: ZoneInfo,
    ) -> None:
        self.api = api
        self.outbox = outbox
        self.printer = printer
        self.sync = sync
        self.zone = zone
        self.printer_status = PrinterStatus(PrinterState.UNKNOWN, "not checked yet")
        self._checked_at = float("-inf")
        self._printer_in_use = threading.Lock()  # a ticket or reprint under way
        self._capped: dict[str, date] = {}  # field -> the office day the province said so

    def take(
        self,
        field_id: str,
        catalogue: Catalogue,
        priority: bool = False,
        words: PaperWords = VIETNAMESE,
    ) -> TicketOutcome:
        """Issue and print one ticket for ``field_id``, in the language of ``words``; never
        raises.

        The printer is held only while it is asked and while it prints, never across the
        call to the province (which has the lookup deadline; after it the number comes
        from the offline block). Anything unexpected (a bug, a database error) marks the
        ticket failed (a numbered one is reported as not printed) and is answered as
        "unavailable".
        """
        closed, opens_at = self._closed(field_id, catalogue)
        if closed:
            log.info("no ticket for %s: closed until %s", field_id, opens_at)
            return TicketOutcome(
                "closed", "", detail="outside opening hours", opens_at=opens_at, field_id=field_id
            )
        return self._issue(
            field_id,
            priority,
            catalogue,
            lambda key: self._number(key, field_id, catalogue, priority),
            words,
        )

    def check_in(
        self, request: CheckInRequest, catalogue: Catalogue, words: PaperWords = VIETNAMESE
    ) -> TicketOutcome:
        """Check a booking in and print its ticket (in the language of ``words``); never
        raises.

        The province decides while it answers (it knows bookings made since the last sync
        and whose ID card it is). When it does not answer, a booking code the kiosk has
        cached is checked here by the office's rule and numbered from the leased block;
        the province hears of it with the offline ticket.
        """
        booking = catalogue.appointment(request.code) if request.code else None
        return self._issue(
            booking.field_id if booking else "",
            False,
            catalogue,
            lambda key: self._check_in_number(key, request, booking, catalogue),
            words,
            check_in=True,
        )

    def _issue(
        self,
        field_id: str,
        priority: bool,
        catalogue: Catalogue,
        number: Callable[[str], IssuedTicket | TicketOutcome],
        words: PaperWords,
        *,
        check_in: bool = False,
    ) -> TicketOutcome:
        """Record the request, ask the printer, get a number with ``number(key)`` and print
        it; never raises."""
        key = str(uuid.uuid4())
        try:
            self.outbox.new_ticket_request(key, field_id, priority, check_in=check_in)
        except DatabaseError as exc:  # another process holds the outbox past busy_timeout,
            log.error("no ticket: the outbox cannot be written: %s", exc)  # or the disk
            return TicketOutcome(
                "unavailable", key, detail=f"the outbox is busy or cannot be written: {exc}"
            )
        try:
            with self._printer_in_use:
                status = self.check_printer()
            if self.printer.reports_status and not status.state.can_print:
                log.warning("no ticket issued: printer %s (%s)", status.state, status.detail)
                self.outbox.ticket_failed(
                    key, f"not issued: printer {status.state}: {status.detail}"
                )
                self.sync.wake()
                return TicketOutcome(
                    "printer_unavailable", key, detail=status.detail, printer=status
                )
            numbered = number(key)
            if isinstance(numbered, TicketOutcome):
                return numbered
            with self._printer_in_use:
                return self._print(key, numbered, catalogue, words)
        except Exception as exc:
            log.exception("ticket %s failed unexpectedly", key)
            try:
                self.outbox.ticket_failed(key, f"kiosk error: {exc!r}")
            except Exception:  # the restart's fail_interrupted() will mark it
                log.exception("ticket %s could not be marked failed", key)
            self.sync.wake()
            return TicketOutcome("unavailable", key, detail=f"kiosk error: {exc}")

    def _number(
        self, key: str, field_id: str, catalogue: Catalogue, priority: bool
    ) -> IssuedTicket | TicketOutcome:
        """A number for the ticket: from the province, else from a leased block; or the
        outcome that there is none."""
        ticket: IssuedTicket | None = None
        if self.sync.status.online is not False:
            try:
                ticket = self.api.issue_ticket(key, field_id, priority)
            except ApiError as exc:
                if exc.kind == "rejected":
                    log.warning("ticket %s refused by the province: %s", key, exc)
                    self.outbox.ticket_failed(key, f"not issued: {exc}")
                    self.sync.note_reachable(True)  # it answered: a refusal is no outage
                    if exc.code == DAILY_CAP_REACHED:
                        self._capped[field_id] = self.sync.clock.today()
                        return TicketOutcome(
                            "capped",
                            key,
                            detail=str(exc),
                            opens_at=self._next_day_opening(field_id, catalogue),
                            field_id=field_id,
                        )
                    return TicketOutcome("unavailable", key, detail=str(exc))
                log.warning(
                    "no answer from the province for ticket %s, issuing offline: %s", key, exc
                )
                if exc.kind != "unauthorized" and exc.status != 429:
                    # it may have issued a number whose answer never arrived
                    self.outbox.void_unanswered(key, f"answer lost: {exc}")
                if exc.kind in ("network", "server", "invalid_response"):
                    self.sync.note_reachable(False, str(exc))
            else:
                self.outbox.ticket_issued_by_province(key, ticket)
                self.sync.note_reachable(True)
                self._capped.pop(field_id, None)  # the province raised the cap
        if ticket is None:
            ticket = self._issue_offline(key, field_id, priority, catalogue)
            if ticket is None:
                reason = "province unreachable and no leased numbers left"
                self.outbox.ticket_failed(key, f"not issued: {reason}")
                return TicketOutcome("unavailable", key, detail=reason)
        return ticket

    def capped_today(self, field_id: str) -> bool:
        """Whether the province said today that the field's numbers are all given."""
        return self._capped.get(field_id) == self.sync.clock.today()

    def ticket_state(self, field_id: str, catalogue: Catalogue) -> tuple[str, datetime | None]:
        """Whether the field gives numbers now, as the kiosk knows before asking: "open",
        "capped" (all given today) or "closed" (with when it opens next, if known)."""
        if self.capped_today(field_id):
            return "capped", None
        closed, opens_at = self._closed(field_id, catalogue)
        return ("closed", opens_at) if closed else ("open", None)

    def _closed(self, field_id: str, catalogue: Catalogue) -> tuple[bool, datetime | None]:
        """Whether the field is outside its hours now, and when it opens next (if known).
        Now is the province's time: a wrong PC clock opens nothing."""
        hours = catalogue.ticket_hours(field_id)
        now = self.sync.clock.now()
        if hours is None or hours.is_open(now):
            return False, None
        return True, hours.next_opening(now)

    def _next_day_opening(self, field_id: str, catalogue: Catalogue) -> datetime | None:
        """When the field gives numbers again after today (None: its hours are not known)."""
        hours = catalogue.ticket_hours(field_id)
        if hours is None:
            return None
        tomorrow = self.sync.clock.today() + timedelta(days=1)
        midnight = datetime.combine(tomorrow, clock_time(), self.zone)
        return hours.next_opening(midnight - timedelta(microseconds=1))

    def _check_in_number(
        self, key: str, request: CheckInRequest, booking: Appointment | None, catalogue: Catalogue
    ) -> IssuedTicket | TicketOutcome:
        """The booking's ticket from the province, else (a cached code, when it does not
        answer) from a leased block; or the outcome that there is none."""
        slot = BookedSlot(code=booking.id, starts_at=booking.starts_at) if booking else None
        field_id = booking.field_id if booking else ""
        if self.sync.status.online is not False:
            try:
                ticket = self.api.check_in(key, request)
            except ApiError as exc:
                if exc.kind == "rejected":
                    log.warning("check-in %r refused by the province: %s", request, exc)
                    self.sync.note_reachable(True)
                    return self._refused_check_in(
                        key,
                        CHECK_IN_REFUSALS.get(exc.code, "appointment_not_found"),
                        exc.starts_at or (booking.starts_at if booking else None),
                        catalogue,
                        field_id,
                        str(exc),
                    )
                log.warning("no answer from the province for check-in %r: %s", request, exc)
                if exc.kind in ("network", "server", "invalid_response"):
                    self.sync.note_reachable(False, str(exc))
            else:
                self.outbox.ticket_issued_by_province(key, ticket)
                self.sync.note_reachable(True)
                return ticket
        return self._check_in_offline(key, booking, slot, catalogue)

    def _check_in_offline(
        self, key: str, booking: Appointment | None, slot: BookedSlot | None, catalogue: Catalogue
    ) -> IssuedTicket | TicketOutcome:
        """Check a cached booking in by the office's rule, with a number of a leased block."""
        if booking is None or slot is None:
            return self._refused_check_in(
                key, "appointment_unreachable", None, catalogue, "", "province unreachable"
            )
        booked_at = booking.starts_at
        if booking.status != "booked":
            kind: OutcomeKind = (
                "appointment_cancelled" if booking.status == "cancelled" else "appointment_used"
            )
            return self._refused_check_in(
                key, kind, booked_at, catalogue, booking.field_id, f"booking {booking.status}"
            )
        verdict = catalogue.office.check_in.verdict(booking.starts_at, self.sync.clock.now())
        if verdict != "on_time":
            kind = "appointment_too_early" if verdict == "too_early" else "appointment_too_late"
            return self._refused_check_in(
                key, kind, booked_at, catalogue, booking.field_id, verdict
            )
        ticket = self._issue_offline(key, booking.field_id, False, catalogue, slot)
        if ticket is None:
            reason = "province unreachable and no leased numbers left"
            self.outbox.ticket_failed(key, f"not checked in: {reason}")
            return TicketOutcome("unavailable", key, detail=reason, booked_at=booked_at)
        return ticket

    def _refused_check_in(
        self,
        key: str,
        kind: OutcomeKind,
        booked_at: datetime | None,
        catalogue: Catalogue,
        field_id: str,
        detail: str,
    ) -> TicketOutcome:
        """The outcome of a check-in that gives no ticket (recorded as failed)."""
        self.outbox.ticket_failed(key, f"not checked in: {detail}")
        opens_at = catalogue.office.check_in.opens(booked_at) if booked_at else None
        return TicketOutcome(
            kind, key, detail=detail, opens_at=opens_at, booked_at=booked_at, field_id=field_id
        )

    def _issue_offline(
        self,
        key: str,
        field_id: str,
        priority: bool,
        catalogue: Catalogue,
        appointment: BookedSlot | None = None,
    ) -> IssuedTicket | None:
        field = catalogue.field(field_id)
        counters = [c for c in catalogue.counters if field_id in c.field_ids]
        if field is None or not counters:
            return None

        def build(block: BlockRecord, seq: int) -> IssuedTicket:
            return IssuedTicket(
                id=key,
                number=f"{block.queue_prefix}{seq:03d}",
                field_id=field_id,
                field_name=field.name,
                counter=counters[seq % len(counters)],
                issued_at=self.sync.clock.now(),
                people_ahead=None,
                track_url=None,
                priority=priority,
                offline=True,
                appointment=appointment,
            )

        return self.outbox.issue_offline_number(key, self.sync.clock.today(), build)

    def _print(
        self, key: str, ticket: IssuedTicket, catalogue: Catalogue, words: PaperWords
    ) -> TicketOutcome:
        field = catalogue.field(ticket.field_id)
        printed = ticket
        if field is not None and words.language != VIETNAMESE.language:  # the field's name in it
            printed = ticket.model_copy(update={"field_name": field.display_name(words.language)})
        try:
            after = self.printer.print_ticket(printed, catalogue.office, words)
        except PrintError as exc:
            log.warning("ticket %s (%s) did not print: %s", key, ticket.number, exc)
            self._note_status(exc.status)
            self.outbox.ticket_failed(key, f"print failed: {exc.status.state}: {exc}")
            self.sync.wake()
            return TicketOutcome("print_failed", key, ticket, detail=str(exc), printer=exc.status)
        self._record_printed(key)
        self._note_status(after)  # e.g. the paper ran out right after this ticket
        log.info(
            "ticket %s issued as %s%s and printed",
            key,
            ticket.number,
            " offline" if ticket.offline else "",
        )
        self.sync.wake()
        return TicketOutcome("issued", key, ticket)

    def _record_printed(self, key: str) -> None:
        """The ticket is on paper: record it, trying again while another process holds the
        outbox. Should that never end, the ticket stays "printing" and the next start marks
        it for a technician's reprint; the citizen keeps the ticket in hand either way."""
        for attempt in range(1, RECORD_ATTEMPTS + 1):
            try:
                self.outbox.ticket_printed(key)
                return
            except DatabaseError as exc:
                log.error("printed ticket %s not recorded (attempt %d): %s", key, attempt, exc)

    # -- printer state ---------------------------------------------------------------------

    def check_printer(self) -> PrinterStatus:
        """Ask the printer for its status now and remember the answer."""
        status = self.printer.check()
        self._note_status(status)
        return status

    def printer_report(self, max_age_s: float) -> dict[str, str]:
        """The printer's state for the heartbeat, read again when older than ``max_age_s``
        (unless a ticket is printing: then the state it found is fresh enough)."""
        if time.monotonic() - self._checked_at > max_age_s:
            self.check_printer_unless_busy()
        return self.printer_status.as_report()

    def check_printer_unless_busy(self) -> PrinterStatus:
        """Ask the printer again unless a job holds it (then its last state is fresh)."""
        if self._printer_in_use.acquire(blocking=False):
            try:
                self.check_printer()
            finally:
                self._printer_in_use.release()
        return self.printer_status

    def _note_status(self, status: PrinterStatus) -> None:
        changed = status.state != self.printer_status.state
        self.printer_status = status
        self._checked_at = time.monotonic()
        if changed:  # the province sees at once which kiosk needs paper
            log.info("printer is now %s (%s)", status.state, status.detail)
            self.sync.heartbeat_soon()

    def print_slip(self, build: Callable[[Any], bytes | Sequence[bytes]]) -> SlipOutcome:
        """Print a document laid out by ``build(job settings)`` (one job, or one job a page);
        never raises.

        Like a ticket, nothing is sent to a printer that says it cannot print.
        """
        try:
            with self._printer_in_use:
                status = self.check_printer()
                if self.printer.reports_status and not status.state.can_print:
                    return SlipOutcome(False, status)
                after = self.printer.print_document(build)
        except PrintError as exc:
            log.warning("slip did not print: %s", exc)
            self._note_status(exc.status)
            return SlipOutcome(False, exc.status)
        except Exception as exc:
            log.exception("slip could not be printed")
            return SlipOutcome(False, PrinterStatus(PrinterState.UNKNOWN, f"kiosk error: {exc}"))
        self._note_status(after)
        return SlipOutcome(True, after)

    # -- technicians: reprinting failed tickets ----------------------------------------------

    def reprintable(self) -> list[TicketRecord]:
        """Today's tickets that got a number but did not print, oldest first."""
        today = self.sync.clock.today()
        return [
            record
            for record in self.outbox.tickets("failed")
            if (ticket := record.ticket) is not None
            and ticket.issued_at.astimezone(self.zone).date() == today
        ]

    def reprint(self, key: str, office: Office) -> TicketOutcome:
        """Print a failed ticket of today again; on success it counts as issued."""
        record = next((r for r in self.reprintable() if r.key == key), None)
        if record is None or record.ticket is None:
            return TicketOutcome(
                "unavailable", key, detail="no failed ticket of today with this key"
            )
        ticket = record.ticket
        try:
            with self._printer_in_use:
                after = self.printer.print_ticket(ticket, office)
        except PrintError as exc:
            self._note_status(exc.status)
            return TicketOutcome("print_failed", key, ticket, detail=str(exc), printer=exc.status)
        self.outbox.ticket_reprinted(key, "reprinted by a technician")
        self._note_status(after)
        log.info("ticket %s (%s) reprinted", key, ticket.number)
        self.sync.wake()
        return TicketOutcome("issued", key, ticket)
