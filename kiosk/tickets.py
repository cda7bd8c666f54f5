"""Taking a queue ticket: ask the province for a number, print it, record what happened.

Blocking and Qt-free; the screens run :meth:`TicketDesk.take` off the UI thread.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Literal, Protocol

from kiosk.api import ApiError, ProvinceApi
from kiosk.domain import IssuedTicket, Office
from kiosk.outbox import Outbox

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
    """Issues queue tickets for one kiosk."""

    def __init__(self, api: ProvinceApi, outbox: Outbox, printer: TicketPrinter,
                 kiosk_id: str) -> None:
        self.api = api
        self.outbox = outbox
        self.printer = printer
        self.kiosk_id = kiosk_id

    def take(self, field_id: str, office: Office, priority: bool = False) -> TicketOutcome:
        """Issue and print one ticket for ``field_id``; never raises for expected failures."""
        key = str(uuid.uuid4())
        self.outbox.new_ticket_request(key, field_id, priority)
        try:
            ticket = self.api.issue_ticket(key, field_id, priority, self.kiosk_id)
        except ApiError as exc:
            log.warning("ticket %s not issued: %s", key, exc)
            self.outbox.ticket_failed(key, f"not issued: {exc}")
            return TicketOutcome("unavailable", key, detail=str(exc))
        self.outbox.ticket_issued_by_province(key, ticket)
        try:
            size = self.printer.print_ticket(ticket, office)
        except PrintError as exc:
            log.warning("ticket %s (%s) did not print: %s", key, ticket.number, exc)
            self.outbox.ticket_failed(key, f"print failed: {exc}")
            self._report(key, ticket, printed=False, reason=str(exc))
            return TicketOutcome("print_failed", key, ticket, detail=str(exc))
        self.outbox.ticket_printed(key)
        log.info("ticket %s issued as %s (%d bytes printed)", key, ticket.number, size)
        self._report(key, ticket, printed=True)
        return TicketOutcome("issued", key, ticket)

    def _report(self, key: str, ticket: IssuedTicket, printed: bool, reason: str = "") -> None:
        try:
            self.api.report_print(ticket.id, printed, reason)
        except ApiError as exc:
            log.warning("print result of %s not reported yet: %s", ticket.number, exc)
            return
        self.outbox.print_reported(key)
