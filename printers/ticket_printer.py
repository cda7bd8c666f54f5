"""The kiosk's ticket printer: builds the ticket job and sends it to the configured URI."""

from __future__ import annotations

from kiosk.domain import IssuedTicket, Office
from kiosk.tickets import PrintError
from printers.connection import ConnectionFailed, send_job
from printers.ticket_layout import build_ticket_job


class EscposTicketPrinter:
    """Implements :class:`kiosk.tickets.TicketPrinter` over python-escpos."""

    def __init__(self, uri: str, profile: str, paper_width_mm: int, timeout_s: float) -> None:
        self.uri = uri
        self.profile = profile
        self.paper_width_mm = paper_width_mm
        self.timeout_s = timeout_s

    def print_ticket(self, ticket: IssuedTicket, office: Office) -> int:
        """Print one ticket; return the bytes sent; raise PrintError if it did not go out."""
        job = build_ticket_job(ticket, office, self.profile, self.paper_width_mm)
        try:
            send_job(self.uri, job, self.timeout_s, self.profile)
        except ConnectionFailed as exc:
            raise PrintError(str(exc)) from exc
        return len(job)
