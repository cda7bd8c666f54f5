"""The kiosk's printer: status checks and jobs over one configured connection.

A job is checked, sent and confirmed on one connection: status before (nothing is sent to a
printer that says it cannot print), the bytes in chunks with a deadline, status after (paper
that ran out or a printer that went silent during the job makes the job failed, so the
ticket can be reprinted). Calls are serialised, so a heartbeat's status check never
interleaves with a ticket. Blocking: call it off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from kiosk.domain import IssuedTicket, Office
from kiosk.printer_status import PrinterState, PrinterStatus
from kiosk.tickets import PrintError
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.status import query_status
from printers.transport import ConnectionFailed, Transport, open_transport
from printers.uri import PrinterAddress

log = logging.getLogger(__name__)

#: how many times each status query is sent before a printer counts as silent
STATUS_ATTEMPTS = {"usb": 3, "serial": 2, "tcp": 1}
NO_BACK_CHANNEL = "this connection cannot report printer status"


@dataclass(frozen=True)
class PrinterSettings:
    """Where the printer is, how jobs are built for it and how long to wait for it."""

    address: PrinterAddress
    job: JobSettings
    timeout_s: float = 5.0
    status_timeout_s: float = 0.5
    check_status: bool = True


class EscposPrinter:
    """Implements :class:`kiosk.tickets.TicketPrinter` over ESC/POS."""

    def __init__(self, settings: PrinterSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()

    @property
    def reports_status(self) -> bool:
        """Whether this printer can say it is out of paper (a back channel, checks on)."""
        return self.settings.check_status and self.settings.address.has_back_channel

    def check(self) -> PrinterStatus:
        """The printer's status now; never raises (unreachable is OFFLINE)."""
        if not self.reports_status:
            return PrinterStatus(PrinterState.UNKNOWN, NO_BACK_CHANNEL)
        with self._lock:
            try:
                transport = open_transport(self.settings.address, self.settings.timeout_s)
            except ConnectionFailed as exc:
                return PrinterStatus(PrinterState.OFFLINE, str(exc))
            try:
                return self._status(transport, self.settings.status_timeout_s)
            except ConnectionFailed as exc:
                return PrinterStatus(PrinterState.OFFLINE, str(exc))
            finally:
                transport.close()

    def print_job(self, job: bytes) -> PrinterStatus:
        """Send one finished job; return the status after it; raise PrintError if it failed."""
        with self._lock:
            try:
                transport = open_transport(self.settings.address, self.settings.timeout_s)
            except ConnectionFailed as exc:
                raise PrintError(str(exc), PrinterStatus(PrinterState.OFFLINE, str(exc))) from exc
            try:
                return self._send(transport, job)
            except ConnectionFailed as exc:
                raise PrintError(str(exc), PrinterStatus(PrinterState.OFFLINE, str(exc))) from exc
            finally:
                transport.close()

    def print_ticket(self, ticket: IssuedTicket, office: Office) -> int:
        """Print one queue ticket; return the bytes sent; raise PrintError on failure."""
        job = build_ticket_job(ticket, office, self.settings.job)
        self.print_job(job)
        return len(job)

    def _send(self, transport: Transport, job: bytes) -> PrinterStatus:
        if self.reports_status:
            before = self._status(transport, self.settings.status_timeout_s)
            if not before.state.can_print:
                raise PrintError(f"printer not ready: {before.detail}", before)
        transport.write(job, self.settings.timeout_s + self._transfer_s(len(job)))
        transport.finish()
        if not self.reports_status:
            return PrinterStatus(PrinterState.UNKNOWN, NO_BACK_CHANNEL)
        # the reply comes after the printer has taken in the whole job
        after = self._status(transport, self.settings.timeout_s + self._transfer_s(len(job)))
        if after.state is PrinterState.UNKNOWN:
            after = PrinterStatus(PrinterState.UNKNOWN,
                                  f"printer stopped answering during the job ({after.detail})")
        if not after.state.can_print:
            raise PrintError(f"job may not have printed: {after.detail}", after)
        return after

    def _status(self, transport: Transport, timeout_s: float) -> PrinterStatus:
        attempts = STATUS_ATTEMPTS.get(self.settings.address.scheme, 1)
        status = query_status(transport, timeout_s, attempts)
        log.debug("printer status %s (%s)", status.state, status.detail)
        return status

    def _transfer_s(self, size: int) -> float:
        """How long ``size`` bytes take on the wire (8N1 serial; other links are fast)."""
        address = self.settings.address
        return size * 10 / address.baudrate if address.scheme == "serial" else 0.0
