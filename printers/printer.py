"""The kiosk's printer: status checks and jobs over one configured connection.

A job is checked, sent and confirmed on one connection: real-time status before (nothing is
sent to a printer that says it cannot print), the bytes in chunks against a deadline, then
``GS r`` — answered only once the printer has processed the job — while the real-time
status is watched, so paper that runs out or a printer that goes silent during the job makes
it failed and the ticket can be reprinted.

Calls are serialised within the process, and across processes by an optional lock (the
kiosk's window and a technician's ``kiosk reprint`` share one printer). Blocking: call it
off the UI thread. It never raises anything but :class:`PrintError`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass

from kiosk.domain.model import IssuedTicket, Office
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.services.tickets import PrintError
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.status import StatusReader
from printers.transport import ConnectionFailed, Transport, open_transport
from printers.uri import PrinterAddress

log = logging.getLogger(__name__)

NO_BACK_CHANNEL = "this connection cannot report printer status"
READY_RECENTLY_S = 5.0
"""A printer that said it was ready this recently is not asked again before a job."""
UNCONFIRMED_JOBS_TO_GIVE_UP = 3
"""Jobs in a row without a GS r reply before the printer is taken not to implement it."""
SHARED_WAIT_JOBS = 3
"""How many job deadlines to wait for another process to leave the printer."""


@dataclass(frozen=True)
class PrinterSettings:
    """Where the printer is, how jobs are built for it and how long to wait for it."""

    address: PrinterAddress
    job: JobSettings
    timeout_s: float = 5.0
    status_timeout_s: float = 0.5
    check_status: bool = True


class EscposPrinter:
    """Implements :class:`kiosk.services.tickets.TicketPrinter` over ESC/POS."""

    def __init__(
        self,
        settings: PrinterSettings,
        *,
        shared_lock: Callable[[float], AbstractContextManager[object]] | None = None,
    ) -> None:
        """``shared_lock(timeout_s)``: held around each use of the printer, across processes;
        it raises TimeoutError when another process keeps the printer longer."""
        self.settings = settings
        self._lock = threading.Lock()
        self._shared_lock = shared_lock
        self._ready_at = float("-inf")
        self._unconfirmed_jobs = 0  # in a row; at UNCONFIRMED_JOBS_TO_GIVE_UP, no more GS r

    @property
    def reports_status(self) -> bool:
        """Whether this printer can say it is out of paper (a back channel, checks on)."""
        return self.settings.check_status and self.settings.address.has_back_channel

    def check(self) -> PrinterStatus:
        """The printer's status now; never raises (unreachable is OFFLINE)."""
        if not self.reports_status:
            return PrinterStatus(PrinterState.UNKNOWN, NO_BACK_CHANNEL)
        try:
            with self._session() as transport:
                return self._ready_status(StatusReader(transport))
        except PrintError as exc:
            return exc.status

    def print_job(self, job: bytes) -> PrinterStatus:
        """Send one finished job; return the status after it; raise PrintError if it failed."""
        with self._session() as transport:
            return self._send(transport, job)

    def print_ticket(
        self, ticket: IssuedTicket, office: Office, words: PaperWords = VIETNAMESE
    ) -> PrinterStatus:
        """Print one queue ticket in the language of ``words``; return the status after it;
        raise PrintError on failure."""
        return self.print_document(
            lambda settings: build_ticket_job(ticket, office, settings, words)
        )

    def print_document(
        self, build: Callable[[JobSettings], bytes | Sequence[bytes]]
    ) -> PrinterStatus:
        """Lay out a document for this printer with ``build`` and print it; raise PrintError
        on failure (also when it cannot be laid out: then nothing was sent).

        A document of several pages (one job each) is printed on one connection, a page at a
        time, each confirmed before the next is sent: a page that fails stops the rest, and
        the error says which page it was."""
        try:
            built = build(self.settings.job)
        except ValueError as exc:
            raise PrintError(f"document cannot be laid out: {exc}") from exc
        if isinstance(built, bytes):
            return self.print_job(built)
        pages = list(built)
        with self._session() as transport:
            status = PrinterStatus(PrinterState.UNKNOWN, "nothing to print")
            for number, page in enumerate(pages, start=1):
                try:
                    status = self._send(transport, page)
                except PrintError as exc:
                    raise PrintError(f"page {number} of {len(pages)}: {exc}", exc.status) from exc
            return status

    @contextlib.contextmanager
    def _session(self) -> Iterator[Transport]:
        """The printer to ourselves, an open link to it, and every failure as PrintError."""
        settings = self.settings
        # another process may hold the printer for a whole job: wait as long as one takes
        shared = (
            self._shared_lock(SHARED_WAIT_JOBS * settings.timeout_s)
            if self._shared_lock
            else contextlib.nullcontext()
        )
        with self._lock:
            try:
                with shared:
                    try:
                        transport = open_transport(settings.address, settings.timeout_s)
                    except ConnectionFailed as exc:
                        raise PrintError(
                            str(exc), PrinterStatus(PrinterState.OFFLINE, str(exc))
                        ) from exc
                    try:
                        yield transport
                    except BaseException:
                        transport.abandon()  # a failed job's rest must not print later
                        raise
                    finally:
                        transport.close()
            except PrintError:
                raise
            except TimeoutError as exc:
                raise PrintError(
                    f"printer busy: {exc}",
                    PrinterStatus(PrinterState.UNKNOWN, "in use by another kiosk process"),
                ) from exc
            except ConnectionFailed as exc:  # it answered the connection, then stopped
                raise PrintError(str(exc), PrinterStatus(PrinterState.UNKNOWN, str(exc))) from exc
            except Exception as exc:  # a driver's surprise (pyusb, pyserial, OS): not ours
                log.exception("printer %s failed unexpectedly", settings.address)
                raise PrintError(
                    f"printer error: {exc!r}",
                    PrinterStatus(PrinterState.UNKNOWN, f"printer error: {exc!r}"[:200]),
                ) from exc

    def _send(self, transport: Transport, job: bytes) -> PrinterStatus:
        deadline_s = self.settings.timeout_s + self._transfer_s(len(job))
        if not self.reports_status:
            transport.write(job, deadline_s)
            transport.finish(deadline_s)
            return PrinterStatus(PrinterState.UNKNOWN, NO_BACK_CHANNEL)
        reader = StatusReader(transport)
        reader.quiet_printer(self.settings.timeout_s)
        if time.monotonic() - self._ready_at > READY_RECENTLY_S:
            before = self._ready_status(reader)
            if not before.state.can_print:
                raise PrintError(f"printer not ready: {before.detail}", before)
        self._ready_at = float("-inf")  # until the printer confirms this job
        transport.write(job, deadline_s)
        transport.finish(deadline_s)
        return self._confirm(reader, deadline_s)

    def _confirm(self, reader: StatusReader, deadline_s: float) -> PrinterStatus:
        """Wait until the printer has processed the job; raise PrintError if it did not."""
        poll_s = self.settings.status_timeout_s
        if self._unconfirmed_jobs < UNCONFIRMED_JOBS_TO_GIVE_UP:
            problem = reader.wait_processed(deadline_s, poll_s)
            if problem is None:
                self._unconfirmed_jobs = 0
            elif problem.state.can_print:  # ready, but no GS r reply within the deadline
                self._unconfirmed_jobs += 1
                log.warning(
                    "printer %s is ready but did not confirm the job (%d in a row); "
                    "it counts as printed",
                    self.settings.address,
                    self._unconfirmed_jobs,
                )
            else:
                raise _job_failed(problem)
            return self._ready_status(reader, poll_s)
        after = self._ready_status(reader, deadline_s)
        if not after.state.can_print:
            raise _job_failed(after)
        return after

    def _ready_status(self, reader: StatusReader, timeout_s: float | None = None) -> PrinterStatus:
        status = reader.query(timeout_s or self.settings.status_timeout_s)
        if status.state.can_print:
            self._ready_at = time.monotonic()
        log.debug("printer status %s (%s)", status.state, status.detail)
        return status

    def _transfer_s(self, size: int) -> float:
        """How long ``size`` bytes take on the wire (8N1 serial; other links are fast)."""
        address = self.settings.address
        return size * 10 / address.baudrate if address.scheme == "serial" else 0.0


def _job_failed(status: PrinterStatus) -> PrintError:
    """The error for a job the printer did not confirm, with the state that says why."""
    if status.state is PrinterState.UNKNOWN:
        status = PrinterStatus(
            PrinterState.UNKNOWN, f"printer stopped answering during the job ({status.detail})"
        )
    return PrintError(f"job may not have printed: {status.detail}", status)
