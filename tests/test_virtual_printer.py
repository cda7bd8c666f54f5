"""The virtual ESC/POS printer as a peer: jobs, status replies and faults over TCP and a pty.

Status replies are checked against Epson's bit definitions written out here, not against the
simulator's table.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from simulators.virtual_printer import Fault, VirtualPrinter

# Epson DLE EOT n: bits 1 and 4 are always set, bits 0 and 7 always clear.
FIXED = 1 << 1 | 1 << 4
OFFLINE = 1 << 3  # n=1
COVER_OPEN, PAPER_END_STOP, ERROR = 1 << 2, 1 << 5, 1 << 6  # n=2
AUTO_RECOVERABLE_ERROR = 1 << 6  # n=3
NEAR_END, PAPER_END = 1 << 2 | 1 << 3, 1 << 5 | 1 << 6  # n=4

CUT = b"\x1dVA\x03"  # GS V 65 3: feed and partial cut
TICKET = b"\x1b@\x1ba\x01A-042\n" + CUT


def status_query(n: int) -> bytes:
    return b"\x10\x04" + bytes([n])


def raster(rows: int, fill: bytes) -> bytes:
    """GS v 0: a 576-dot-wide raster image of ``rows`` rows of ``fill`` bytes."""
    size = 72 * rows
    return (
        b"\x1dv0\x00"
        + (72).to_bytes(2, "little")
        + rows.to_bytes(2, "little")
        + (fill * size)[:size]
    )


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualPrinter]:
    virtual = VirtualPrinter(tmp_path / "printed", pty=True, idle_end_s=0.2).start()
    yield virtual
    virtual.stop()


def connect(printer: VirtualPrinter, send_buffer: int | None = None) -> socket.socket:
    sock = socket.socket()
    if send_buffer:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, send_buffer)
    sock.settimeout(5)
    sock.connect((printer.host, printer.port))
    return sock


def open_port(printer: VirtualPrinter, write_timeout: float | None = 5) -> serial.Serial:
    assert printer.pty_path
    return serial.Serial(printer.pty_path, baudrate=115200, timeout=2, write_timeout=write_timeout)


def nothing_to_read(sock: socket.socket, wait_s: float) -> bool:
    return not select.select([sock], [], [], wait_s)[0]


def test_addresses() -> None:
    virtual = VirtualPrinter(pty=True, baud=9600)
    try:
        assert virtual.uri == f"tcp://127.0.0.1:{virtual.port}"
        assert virtual.pty_path and virtual.pty_path.startswith("/dev/")
        assert virtual.serial_uri == f"serial://{virtual.pty_path}?baudrate=9600"
    finally:
        virtual.stop()
    assert VirtualPrinter().serial_uri is None


def test_a_tcp_connection_is_one_job_recorded_byte_for_byte(
    printer: VirtualPrinter, tmp_path: Path
) -> None:
    job = TICKET + bytes(range(256)) + raster(40, b"\x1dV\x00")  # looks like cuts, is not
    with connect(printer) as sock:
        sock.sendall(job)
    [printed] = printer.wait_for_jobs(1)
    assert printed.data == job
    assert printed.endpoint == "tcp" and printed.printed and printed.index == 1
    assert printed.preview and printed.preview.is_file()
    assert (tmp_path / "printed" / "job-0001.bin").read_bytes() == job
    assert printed.first_byte_at <= printed.last_byte_at


def test_an_idle_gap_ends_a_tcp_job_on_an_open_connection(printer: VirtualPrinter) -> None:
    with connect(printer) as sock:
        sock.sendall(status_query(1))  # a status check first: not part of the job
        assert sock.recv(1) == bytes([FIXED])
        sock.sendall(b"first\n")
        assert printer.wait_for_jobs(1)[0].data == b"first\n"
        sock.sendall(b"second\n")
        assert printer.wait_for_jobs(2)[1].data == b"second\n"


def test_pty_bytes_pass_unchanged_and_a_cut_ends_the_job(tmp_path: Path) -> None:
    every_byte = bytes(range(256)) + b"\r\n\n\x11\x13\x03\x04"  # CR/LF, XON/XOFF, ^C, ^D
    first, second = b"\x1b@" + every_byte + CUT, b"B-007\n" + raster(30, b"\x1dVA") + CUT
    printer = VirtualPrinter(tmp_path, pty=True, idle_end_s=30).start()
    try:
        with open_port(printer) as port:
            port.write(first + second)  # back to back: only the cuts separate them
            jobs = printer.wait_for_jobs(2, timeout=10)  # long before the idle gap
    finally:
        printer.stop()
    assert [job.data for job in jobs] == [first, second]
    assert {job.endpoint for job in jobs} == {"pty"}
    assert jobs[0].last_byte_at <= jobs[1].first_byte_at


def test_the_pty_itself_is_raw_without_pyserial(printer: VirtualPrinter) -> None:
    assert printer.pty_path
    fd = os.open(printer.pty_path, os.O_RDWR | os.O_NOCTTY)
    try:
        os.write(fd, b"line\n\r\x11\x13\x7f\x03")
        [job] = printer.wait_for_jobs(1)  # ended by the idle gap: there is no cut
    finally:
        os.close(fd)
    assert job.data == b"line\n\r\x11\x13\x7f\x03"


@pytest.mark.parametrize(
    ("fault", "printer_status", "offline_cause", "error_cause", "paper"),
    [
        (None, FIXED, FIXED, FIXED, FIXED),
        ("paper_low", FIXED, FIXED, FIXED, FIXED | NEAR_END),
        ("paper_out", FIXED | OFFLINE, FIXED | PAPER_END_STOP, FIXED, FIXED | PAPER_END),
        ("cover_open", FIXED | OFFLINE, FIXED | COVER_OPEN, FIXED, FIXED),
        ("offline", FIXED | OFFLINE, FIXED | ERROR, FIXED | AUTO_RECOVERABLE_ERROR, FIXED),
    ],
)
def test_status_replies_follow_the_epson_bits(
    printer: VirtualPrinter,
    fault: Fault,
    printer_status: int,
    offline_cause: int,
    error_cause: int,
    paper: int,
) -> None:
    printer.set_fault(fault)
    expected = bytes([printer_status, offline_cause, error_cause, paper])
    queries = b"".join(status_query(n) for n in (1, 2, 3, 4))
    with connect(printer) as sock:
        sock.sendall(queries)
        assert sock.recv(4, socket.MSG_WAITALL) == expected
    with open_port(printer) as port:
        port.write(queries)
        assert port.read(4) == expected
    assert printer.jobs == []  # status queries alone are no job


def test_a_status_query_split_across_writes_is_answered_when_complete(
    printer: VirtualPrinter,
) -> None:
    printer.set_fault("paper_out")
    with connect(printer) as sock:
        sock.sendall(b"\x10\x04")
        printer.wait_for_received(2, endpoint="tcp")
        assert nothing_to_read(sock, 0)
        sock.sendall(b"\x04")
        assert sock.recv(1) == bytes([FIXED | PAPER_END])
    with open_port(printer) as port:
        port.write(b"\x10")
        printer.wait_for_received(1, endpoint="pty")
        port.write(b"\x04\x01")
        assert port.read(1) == bytes([FIXED | OFFLINE])


def test_jobs_during_paper_stopping_faults_are_kept_but_not_printed(
    printer: VirtualPrinter,
) -> None:
    faults: tuple[Fault, ...] = ("paper_out", "cover_open", "offline", "paper_low")
    for index, fault in enumerate(faults, 1):
        printer.set_fault(fault)
        with connect(printer) as sock:
            sock.sendall(TICKET)
        job = printer.wait_for_jobs(index)[-1]
        assert job.data == TICKET
        assert job.printed is (fault == "paper_low")
        assert (job.preview is not None) is job.printed


def test_mute_prints_but_never_answers(printer: VirtualPrinter) -> None:
    printer.set_fault("mute")
    with connect(printer) as sock:
        sock.sendall(status_query(1) + TICKET)
        printer.wait_for_received(3 + len(TICKET))  # replies go out before bytes count
        assert nothing_to_read(sock, 0.3)
    with open_port(printer) as port:
        port.timeout = 0.3
        port.write(status_query(4))
        assert port.read(1) == b""
    [job] = printer.wait_for_jobs(1)
    assert job.printed and job.data == TICKET  # the job begins after the status query


def test_stall_blocks_a_tcp_sender_until_cleared(printer: VirtualPrinter) -> None:
    job = status_query(1) + raster(1500, b"\x55")  # about 108 KB
    printer.set_fault("stall")
    with connect(printer, send_buffer=4096) as sock:
        sock.setblocking(False)
        sent = 0
        while sent < len(job) and select.select([], [sock], [], 0.3)[1]:
            with contextlib.suppress(BlockingIOError):
                sent += sock.send(job[sent:])
        assert sent < len(job)  # the sender has been blocked for 0.3 s: nobody reads
        assert printer.received_bytes() == 0
        assert nothing_to_read(sock, 0)  # the status query waits unread, unanswered
        printer.set_fault(None)
        sock.settimeout(5)
        sock.sendall(job[sent:])
        assert sock.recv(1) == bytes([FIXED])
    assert printer.wait_for_jobs(1)[0].data == job[len(status_query(1)) :]


def test_stall_makes_the_serial_write_timeout_fire(printer: VirtualPrinter) -> None:
    job = raster(1500, b"\xaa") + CUT
    printer.set_fault("stall")
    with open_port(printer, write_timeout=0.3) as port:
        with pytest.raises(serial.SerialTimeoutException):
            port.write(job)
        assert printer.received_bytes() == 0
        printer.set_fault(None)
    [received] = printer.wait_for_jobs(1)
    assert received.data == job[: len(received.data)]  # what got through, in order


def test_after_bytes_runs_the_paper_out_mid_job(printer: VirtualPrinter) -> None:
    printer.set_fault("paper_out", after_bytes=1000)
    with connect(printer) as sock:
        sock.sendall(raster(20, b"\x0f") + status_query(4))
        assert sock.recv(1) == bytes([FIXED | PAPER_END])
    [job] = printer.wait_for_jobs(1)
    assert not job.printed and job.preview is None
    assert printer.fault == "paper_out"


def test_after_bytes_stalls_at_exactly_that_byte(printer: VirtualPrinter) -> None:
    job = raster(1500, b"\x33") + CUT
    printer.set_fault("stall", after_bytes=5000)
    with open_port(printer, write_timeout=0.3) as port:
        with pytest.raises(serial.SerialTimeoutException):
            port.write(job)
        assert printer.fault == "stall"
        assert printer.received_bytes("pty") == 5000
        printer.set_fault(None)
    [received] = printer.wait_for_jobs(1)  # what the write got into the pty, then idle
    assert len(received.data) > 5000 and received.data == job[: len(received.data)]


def test_a_throttled_pty_reads_at_the_baud_rate() -> None:
    job = raster(140, b"\x01") + CUT  # 10 092 bytes
    nominal_s = len(job) / (115200 / 10)
    virtual = VirtualPrinter(pty=True, baud=115200).start()
    try:
        with open_port(virtual) as port:
            started = time.monotonic()
            port.write(job)
            [received] = virtual.wait_for_jobs(1)
            elapsed = time.monotonic() - started
    finally:
        virtual.stop()
    assert received.data == job
    # never faster than the line; slower only by the reader's scheduling (a loaded CI machine
    # stretches it, so the upper bound only catches a throttle that is badly wrong)
    assert 0.9 * nominal_s <= received.last_byte_at - received.first_byte_at <= 3 * nominal_s
    assert 0.9 * nominal_s <= elapsed <= 3 * nominal_s


def test_stop_refuses_connections_and_breaks_the_serial_port() -> None:
    virtual = VirtualPrinter(pty=True).start()
    port = open_port(virtual)
    try:
        virtual.stop()
        with pytest.raises(ConnectionRefusedError):
            connect(virtual)
        with pytest.raises(serial.SerialException):
            port.write(b"after power-off")
    finally:
        port.close()
