"""Taking a queue ticket: a number from the province (or, when it does not answer, from a
block it leased to this kiosk), printed, and everything recorded in the outbox.

Blocking and Qt-free; the screens run :meth:`TicketDesk.take` off the UI thread.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from kiosk.api import ApiError, ProvinceApi
from kiosk.domain import Catalogue, IssuedTicket, Office
from kiosk.outbox import BlockRecord, Outbox
from kiosk.sync import SyncEngine

log = logging.getLogger(__name__)

OutcomeKind = Literal["issued", "print_failed", "unavailable"]


class PrintError(Exception):
    """The printer could not put the job on paper (offline, no paper, refused, timed out)."""


class TicketPrinter(Protocol):
    """What the ticket desk needs from a printer (implemented in ``printers``)."""

    def print_ticket(self, ticket: IssuedTicket, office: Office) -> int:
        """Print one ticket and return the number of bytes sent; raise PrintError on failure."""
        ...


@dataclass(frozen=True)
class TicketOutcome:
    """What the citizen gets: a printed ticket, or a reason there is none."""

    kind: OutcomeKind
    key: str
    ticket: IssuedTicket | None = None
    detail: str = ""


class TicketDesk:
    """Issues queue tickets for one kiosk, online from the province or offline from a block."""

    def __init__(self, api: ProvinceApi, outbox: Outbox, printer: TicketPrinter,
                 sync: SyncEngine, zone: ZoneInfo) -> None:
        self.api = api
        self.outbox = outbox
        self.printer = printer
        self.sync = sync
        self.zone = zone
        self.printer_state = {"state": "UNKNOWN", "detail": "nothing printed yet"}

    def take(self, field_id: str, catalogue: Catalogue, priority: bool = False) -> TicketOutcome:
        """Issue and print one ticket for ``field_id``; never raises.

        Anything unexpected (a bug, a database error) marks the ticket failed (a numbered
        one is reported as not printed) and is answered as "unavailable".
        """
        key = str(uuid.uuid4())
        self.outbox.new_ticket_request(key, field_id, priority)
        try:
            return self._take(key, field_id, catalogue, priority)
        except Exception as exc:
            log.exception("ticket %s failed unexpectedly", key)
            try:
                self.outbox.ticket_failed(key, f"kiosk error: {exc!r}")
            except Exception:  # the restart's fail_interrupted() will mark it
                log.exception("ticket %s could not be marked failed", key)
            self.sync.wake()
            return TicketOutcome("unavailable", key, detail=f"kiosk error: {exc}")

    def _take(self, key: str, field_id: str, catalogue: Catalogue,
              priority: bool) -> TicketOutcome:
        ticket: IssuedTicket | None = None
        if self.sync.status.online is not False:
            try:
                ticket = self.api.issue_ticket(key, field_id, priority)
            except ApiError as exc:
                if exc.kind == "rejected":
                    log.warning("ticket %s refused by the province: %s", key, exc)
                    self.outbox.ticket_failed(key, f"not issued: {exc}")
                    return TicketOutcome("unavailable", key, detail=str(exc))
                log.warning("no answer from the province for ticket %s, issuing offline: %s",
                            key, exc)
                if exc.kind != "unauthorized" and exc.status != 429:
                    # it may have issued a number whose answer never arrived
                    self.outbox.void_unanswered(key, f"answer lost: {exc}")
                if exc.kind in ("network", "server"):
                    self.sync.note_reachable(False, str(exc))
            else:
                self.outbox.ticket_issued_by_province(key, ticket)
                self.sync.note_reachable(True)
        if ticket is None:
            ticket = self._issue_offline(key, field_id, priority, catalogue)
            if ticket is None:
                reason = "province unreachable and no leased numbers left"
                self.outbox.ticket_failed(key, f"not issued: {reason}")
                return TicketOutcome("unavailable", key, detail=reason)
        return self._print(key, ticket, catalogue)

    def _issue_offline(self, key: str, field_id: str, priority: bool,
                       catalogue: Catalogue) -> IssuedTicket | None:
        field = catalogue.field(field_id)
        counters = [c for c in catalogue.counters if field_id in c.field_ids]
        if field is None or not counters:
            return None

        def build(block: BlockRecord, seq: int) -> IssuedTicket:
            return IssuedTicket(
                id=key, number=f"{block.queue_prefix}{seq:03d}", field_id=field_id,
                field_name=field.name, counter=counters[seq % len(counters)],
                issued_at=datetime.now(UTC), people_ahead=None, track_url=None,
                priority=priority, offline=True,
            )

        return self.outbox.issue_offline_number(key, datetime.now(self.zone).date(), build)

    def _print(self, key: str, ticket: IssuedTicket, catalogue: Catalogue) -> TicketOutcome:
        try:
            size = self.printer.print_ticket(ticket, catalogue.office)
        except PrintError as exc:
            log.warning("ticket %s (%s) did not print: %s", key, ticket.number, exc)
            self.printer_state = {"state": "ERROR", "detail": str(exc)[:200]}
            self.outbox.ticket_failed(key, f"print failed: {exc}")
            self.sync.wake()
            return TicketOutcome("print_failed", key, ticket, detail=str(exc))
        self.printer_state = {"state": "ONLINE", "detail": f"last ticket {ticket.number}"}
        self.outbox.ticket_printed(key)
        log.info("ticket %s issued as %s%s (%d bytes printed)", key, ticket.number,
                 " offline" if ticket.offline else "", size)
        self.sync.wake()
        return TicketOutcome("issued", key, ticket)
