"""The kiosk's printer over real links: TCP, a serial pty, a file; USB and CUPS when absent.

Status is read from the virtual printer's replies; a job that the printer stops taking, or
that is followed by silence or a fault, is a PrintError carrying the printer's state.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.services.tickets import PrintError
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.printer import UNCONFIRMED_JOBS_TO_GIVE_UP, EscposPrinter, PrinterSettings
from printers.samples import SAMPLE_OFFICE, sample_ticket
from printers.transport import ConnectionFailed, open_transport
from printers.uri import parse_printer_uri
from simulators.virtual_printer import Fault, VirtualPrinter

JOB_SETTINGS = JobSettings("TM-T20II", 80)


@pytest.fixture(params=["tcp", "pty"])
def virtual(request: pytest.FixtureRequest) -> Iterator[VirtualPrinter]:
    """The virtual printer; ``.kiosk_uri`` is the endpoint under test."""
    printer = VirtualPrinter(pty=request.param == "pty").start()
    printer.kiosk_uri = printer.serial_uri if request.param == "pty" else printer.uri  # type: ignore[attr-defined]
    yield printer
    printer.stop()


def escpos_printer(
    uri: str, *, timeout_s: float = 2.0, status_timeout_s: float = 1.0
) -> EscposPrinter:
    settings = PrinterSettings(
        parse_printer_uri(uri), JOB_SETTINGS, timeout_s=timeout_s, status_timeout_s=status_timeout_s
    )
    return EscposPrinter(settings)


@pytest.mark.parametrize(
    ("fault", "state"),
    [
        (None, PrinterState.ONLINE),
        ("paper_low", PrinterState.PAPER_LOW),
        ("paper_out", PrinterState.PAPER_OUT),
        ("cover_open", PrinterState.COVER_OPEN),
        ("offline", PrinterState.OFFLINE),
        ("mute", PrinterState.UNKNOWN),
        ("stall", PrinterState.UNKNOWN),
    ],
)
def test_status_of_each_fault(virtual: VirtualPrinter, fault: Fault, state: PrinterState) -> None:
    virtual.set_fault(fault)
    assert escpos_printer(virtual.kiosk_uri).check().state is state  # type: ignore[attr-defined]


def test_a_ticket_arrives_whole_and_the_printer_is_confirmed_after(virtual: VirtualPrinter) -> None:
    printer = escpos_printer(virtual.kiosk_uri)  # type: ignore[attr-defined]
    after = printer.print_ticket(sample_ticket(), SAMPLE_OFFICE)
    expected = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, JOB_SETTINGS)
    (job,) = virtual.wait_for_jobs(1)
    assert after.state is PrinterState.ONLINE
    assert job.printed and job.data.startswith(expected)  # then, over TCP, status queries


def test_no_job_is_sent_to_a_printer_without_paper(virtual: VirtualPrinter) -> None:
    virtual.set_fault("paper_out")
    with pytest.raises(PrintError) as failure:
        escpos_printer(virtual.kiosk_uri).print_job(b"\x1b@hello\n")  # type: ignore[attr-defined]
    assert failure.value.status.state is PrinterState.PAPER_OUT
    # only GS a 0 (no automatic status) and the three status queries, 3 bytes each
    assert virtual.received_bytes() == len(b"\x1da\x00") + 3 * len(b"\x10\x04n")


def test_a_printer_that_hangs_mid_job_fails_the_job(virtual: VirtualPrinter) -> None:
    virtual.set_fault("stall", after_bytes=100)
    with pytest.raises(PrintError) as failure:
        escpos_printer(virtual.kiosk_uri).print_job(bytes(5000))  # type: ignore[attr-defined]
    assert failure.value.status.state in (PrinterState.UNKNOWN, PrinterState.OFFLINE)


def test_an_unreachable_printer_is_offline() -> None:
    free = VirtualPrinter().start()
    uri = free.uri
    free.stop()  # nothing listens on this port any more
    printer = escpos_printer(uri)
    assert printer.check().state is PrinterState.OFFLINE
    with pytest.raises(PrintError) as failure:
        printer.print_job(b"x")
    assert failure.value.status.state is PrinterState.OFFLINE


def test_a_serial_printer_whose_line_is_held_times_out() -> None:
    stalled = VirtualPrinter(pty=True).start()
    try:
        stalled.set_fault("stall")
        link = open_transport(parse_printer_uri(str(stalled.serial_uri)), 0.5)
        with pytest.raises(ConnectionFailed, match="stopped taking data"):
            link.write(bytes(200_000), 0.5)  # far more than the pty buffers
        link.close()
    finally:
        stalled.stop()


def test_file_printer_writes_the_job_and_reports_no_status(tmp_path: Path) -> None:
    target = tmp_path / "capture.bin"
    printer = escpos_printer(f"file://{target}")
    assert printer.check().state is PrinterState.UNKNOWN
    assert not printer.reports_status
    status = printer.print_job(b"\x1b@job one\n")
    printer.print_job(b"\x1b@job two\n")
    assert target.read_bytes() == b"\x1b@job one\n\x1b@job two\n"
    assert status.state is PrinterState.UNKNOWN


def test_missing_usb_printer_is_a_clear_connection_failure() -> None:
    with pytest.raises(ConnectionFailed, match="cannot open usb://04b8:0202"):
        open_transport(parse_printer_uri("usb://04b8:0202"), 0.5)


@pytest.mark.skipif(shutil.which("lp") is not None, reason="CUPS is installed here")
def test_cups_without_cups_says_so() -> None:
    with pytest.raises(ConnectionFailed, match="CUPS is not installed"):
        open_transport(parse_printer_uri("cups://Kiosk"), 0.5)


def test_a_printer_without_gs_r_is_learned_and_then_trusted_on_real_time_status() -> None:
    virtual = VirtualPrinter(answers_gs_r=False).start()
    try:
        printer = escpos_printer(virtual.uri, timeout_s=1.0, status_timeout_s=0.3)
        for attempt in range(UNCONFIRMED_JOBS_TO_GIVE_UP):  # each waits out the deadline
            assert printer.print_job(b"\x1b@job %d\n" % attempt).state is PrinterState.ONLINE
        started = time.monotonic()
        later = printer.print_job(b"\x1b@later\n")
        elapsed = time.monotonic() - started
        assert later.state is PrinterState.ONLINE
        assert elapsed < 1.0  # no more waiting for a confirmation that never comes
        virtual.set_fault("paper_out", after_bytes=4)
        with pytest.raises(PrintError) as failure:
            printer.print_job(b"\x1b@third, when the paper runs out\n")
        assert failure.value.status.state is PrinterState.PAPER_OUT
    finally:
        virtual.stop()


def test_the_printer_is_one_process_at_a_time(tmp_path: Path) -> None:
    from kiosk.stores.instance_lock import InstanceLock, held

    virtual = VirtualPrinter().start()
    other_process = InstanceLock(tmp_path / "printer.lock")
    try:
        printer = EscposPrinter(
            PrinterSettings(parse_printer_uri(virtual.uri), JOB_SETTINGS, timeout_s=0.3),
            shared_lock=lambda timeout_s: held(tmp_path / "printer.lock", timeout_s),
        )
        other_process.acquire()  # a technician's kiosk reprint is printing
        with pytest.raises(PrintError, match="printer busy"):
            printer.print_job(b"\x1b@ticket\n")
        assert printer.check().state is PrinterState.UNKNOWN
        other_process.release()
        assert printer.print_job(b"\x1b@ticket\n").state is PrinterState.ONLINE
    finally:
        other_process.release()
        virtual.stop()


def test_paper_that_runs_out_while_the_buffer_prints_fails_the_job() -> None:
    # the printer takes the whole job into its buffer at once and answers real-time status
    # "ready" right away; the paper runs out while it prints: only GS r can tell
    virtual = VirtualPrinter(print_delay_s=3.0).start()
    job = b"\x1b@" + b"line\n" * 50
    try:
        printer = escpos_printer(virtual.uri, timeout_s=5.0, status_timeout_s=0.2)
        outcome: list[BaseException | PrinterStatus] = []
        sender = threading.Thread(target=lambda: outcome.append(_attempt(printer, job)))
        sender.start()
        # the check before (9 bytes), the whole job, and 9 more: status asked after the job
        # and answered "ready" while the buffer still prints; then the paper runs out
        virtual.wait_for_received(9 + len(job) + 9)
        virtual.set_fault("paper_out")
        sender.join(timeout=10)
        (result,) = outcome
        assert isinstance(result, PrintError)
        assert result.status.state is PrinterState.PAPER_OUT
        virtual.set_fault(None)
        assert printer.print_job(job).state is PrinterState.ONLINE  # waits for the paper
    finally:
        virtual.stop()


def _attempt(printer: EscposPrinter, job: bytes) -> BaseException | PrinterStatus:
    try:
        return printer.print_job(job)
    except PrintError as exc:
        return exc


def test_a_slow_serial_line_delays_replies_but_the_job_still_counts() -> None:
    # at 9600 baud 3 KB take 3 s on the wire: status asked meanwhile waits behind the job
    virtual = VirtualPrinter(pty=True, baud=9600).start()
    job = b"\x1b@" + b"Hai Chau, Da Nang\n" * 170 + b"\x1dV\x00"
    try:
        printer = escpos_printer(str(virtual.serial_uri), timeout_s=2.0, status_timeout_s=0.3)
        assert printer.print_job(job).state is PrinterState.ONLINE
        (received,) = virtual.wait_for_jobs(1)
        assert received.data == job and received.printed
    finally:
        virtual.stop()
