"""The serial scanner reader against the virtual scanner over a real pty: framing, noise,
over-long codes, unplug and replug, raw bytes, a flood, and latency at 9600 baud."""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.input.serial_scanner import SerialScanner, SerialScannerSettings
from simulators.virtual_scanner import VirtualScanner
from tests.scan_recorder import Recorder

READ_TIMEOUT_S = 0.2
CCCD = (
    "079203001234|025123456|Nguyễn Thị Hoa|15082003|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|01052021"
)


Reader = Callable[..., tuple[SerialScanner, Recorder]]
MakeScanner = Callable[..., VirtualScanner]


@pytest.fixture
def link(tmp_path: Path) -> Path:
    return tmp_path / "serial" / "by-id" / "usb-Virtual_Scanner-if00"


@pytest.fixture
def reader(link: Path) -> Iterator[Reader]:
    """Start a SerialScanner on ``link``; it is connected on return unless told otherwise."""
    started: list[SerialScanner] = []

    def start(*, connected: bool = True, **settings: Any) -> tuple[SerialScanner, Recorder]:
        options = {"read_timeout_s": READ_TIMEOUT_S, "reconnect_s": 0.05} | settings
        recorder = Recorder()
        scanner = SerialScanner(
            SerialScannerSettings(str(link), **options), recorder.on_scan, recorder.on_state
        )
        started.append(scanner)
        scanner.start()
        if connected:
            recorder.wait_state("connected")
        return scanner, recorder

    yield start
    for scanner in started:
        scanner.stop()


@pytest.fixture
def virtual(link: Path) -> Iterator[MakeScanner]:
    made: list[VirtualScanner] = []

    def make(**options: Any) -> VirtualScanner:
        made.append(VirtualScanner(link, **options))
        return made[-1]

    yield make
    for scanner in made:
        scanner.stop()


@pytest.mark.parametrize("suffix", ["CR", "LF", "CRLF", "TAB"])
def test_scans_arrive_whole_with_each_suffix(
    virtual: MakeScanner, reader: Reader, suffix: str
) -> None:
    scanner = virtual(suffix=suffix)
    _, recorder = reader(suffix=suffix)
    scanner.scan(CCCD)
    scanner.scan("000.00.12.H29-250701-0042")
    assert recorder.wait_scans(2) == [CCCD.encode(), b"000.00.12.H29-250701-0042"]


def test_prefix_is_removed_and_noise_before_it_skipped(
    virtual: MakeScanner, reader: Reader
) -> None:
    scanner = virtual(prefix="\x02]Q1")
    _, recorder = reader(prefix="\x02]Q1")
    scanner.scan("FIRST")
    scanner.noise(b"#~junk")  # right before the next code: only the prefix tells them apart
    scanner.scan("SECOND")
    scanner.noise(b"no prefix\r")
    scanner.scan("THIRD")
    assert recorder.wait_scans(3) == [b"FIRST", b"SECOND", b"THIRD"]


def test_a_code_split_across_writes_arrives_as_one(virtual: MakeScanner, reader: Reader) -> None:
    scanner = virtual()
    _, recorder = reader(read_timeout_s=1.0)  # far longer than the pauses, even on a busy CI
    for piece in (b"VN-", b"2025", b"-0042\r"):
        scanner.noise(piece)
        time.sleep(READ_TIMEOUT_S / 4)  # a pause on the line, shorter than read_timeout_s
    scanner.scan("NEXT")
    assert recorder.wait_scans(2) == [b"VN-2025-0042", b"NEXT"]


def test_a_code_without_suffix_is_delivered_after_the_silence(
    virtual: MakeScanner, reader: Reader
) -> None:
    scanner = virtual()
    _, recorder = reader()
    last_byte_at = scanner.noise(b"NO-SUFFIX-1")
    assert recorder.wait_scans(1) == [b"NO-SUFFIX-1"]
    assert READ_TIMEOUT_S <= recorder.arrived_at[0] - last_byte_at < READ_TIMEOUT_S + 0.5
    scanner.noise(b"NO-SUFFIX-2")
    assert recorder.wait_scans(2) == [b"NO-SUFFIX-1", b"NO-SUFFIX-2"]


def test_line_noise_makes_no_phantom_scans_and_corrupts_none(
    virtual: MakeScanner, reader: Reader
) -> None:
    scanner = virtual()
    _, recorder = reader()
    scanner.noise(b"\r\n\r\r")
    scanner.scan("A-1")
    scanner.noise(b"\n\n")  # a scanner set to CRLF, or stray LFs: stuck to the next code
    scanner.scan("B-2")
    scanner.noise(b"\x00\x00\r\r\n")  # a line break reads as NULs
    scanner.scan("C-3")
    scanner.noise(b"\x00\n\x00")  # noise with no suffix, ended by silence
    time.sleep(2 * READ_TIMEOUT_S)  # the silence on the line
    scanner.scan("D-4")
    assert recorder.wait_scans(4) == [b"A-1", b"B-2", b"C-3", b"D-4"]
    scanner.scan("E-5")  # anything phantom would have arrived before this
    assert recorder.wait_scans(5) == [b"A-1", b"B-2", b"C-3", b"D-4", b"E-5"]


@pytest.mark.parametrize("baud", [9600, None], ids=["in-pieces", "in-one-read"])
def test_an_over_long_code_is_dropped_and_the_next_arrives(
    virtual: MakeScanner, reader: Reader, caplog: pytest.LogCaptureFixture, baud: int | None
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.input.serial_scanner")
    scanner = virtual(baud=baud, suffix="CRLF")
    _, recorder = reader(suffix="CRLF", max_scan_bytes=64)
    scanner.scan(b"SECRET" * 40)
    scanner.scan(b"X" * 64)
    assert recorder.wait_scans(1) == [b"X" * 64]
    dropped = [r.getMessage() for r in caplog.records if "over-long" in r.getMessage()]
    assert dropped == ["dropped an over-long scan (240 bytes, 'SECR'…; the limit is 64)"]


def test_unplug_and_replug(virtual: MakeScanner, reader: Reader, link: Path) -> None:
    scanner = virtual()
    reading, recorder = reader()
    scanner.scan("BEFORE")
    assert recorder.wait_scans(1) == [b"BEFORE"]
    reported = len(recorder.states)
    scanner.noise(b"PARTIAL")  # cut short by the unplug
    scanner.unplug()
    recorder.wait_state("disconnected", since=reported)
    assert reading.state == "disconnected"
    assert not link.exists()
    reported = len(recorder.states)
    scanner.replug()
    recorder.wait_state("connected", since=reported)
    # the reading thread changed the state; mypy keeps the narrowing of the assert above
    assert reading.state == "connected"
    scanner.scan("AFTER")
    assert recorder.wait_scans(2) == [b"BEFORE", b"AFTER"]


def test_a_scanner_plugged_in_after_start_connects(virtual: MakeScanner, reader: Reader) -> None:
    reading, recorder = reader(connected=False)
    recorder.wait_state("disconnected")
    scanner = virtual()
    recorder.wait_state("connected")
    scanner.scan("HELLO")
    assert recorder.wait_scans(1) == [b"HELLO"]
    _, other = reader(connected=False)  # the port is held exclusively
    other.wait_state("disconnected")
    started = time.monotonic()
    reading.stop()
    assert time.monotonic() - started < 3.0  # joins its thread, it does not hang
    assert reading.state == "stopped" and recorder.states[-1] == "stopped"


def test_raw_bytes_are_delivered_as_they_came(virtual: MakeScanner, reader: Reader) -> None:
    scanner = virtual()
    _, recorder = reader()
    raw = b"\xff\xfe\x00AB\x00\xc3(\x80"  # invalid UTF-8 and NULs
    scanner.scan(raw)
    scanner.scan("OK")
    assert recorder.wait_scans(2) == [raw, b"OK"]


def test_a_failing_on_scan_does_not_stop_the_reader(virtual: MakeScanner, link: Path) -> None:
    scanner = virtual()
    recorder = Recorder()

    def on_scan(code: bytes) -> None:
        recorder.on_scan(code)
        raise RuntimeError("the UI fell over")

    reading = SerialScanner(
        SerialScannerSettings(str(link), read_timeout_s=READ_TIMEOUT_S), on_scan, recorder.on_state
    )
    reading.start()
    try:
        recorder.wait_state("connected")
        scanner.scan("ONE")
        scanner.scan("TWO")
        assert recorder.wait_scans(2) == [b"ONE", b"TWO"]
        assert reading.state == "connected"
    finally:
        reading.stop()


def test_a_flood_of_scans_arrives_in_order_and_complete(
    virtual: MakeScanner, reader: Reader
) -> None:
    scanner = virtual(baud=None)
    _, recorder = reader()
    expected = [f"QR-{i:04d}-{'x' * (i % 50)}".encode() for i in range(1000)]
    for code in expected:
        scanner.scan(code)
    assert recorder.wait_scans(1000, timeout=10) == expected


def test_latency_at_9600_baud(virtual: MakeScanner, reader: Reader) -> None:
    """Scan to callback for a 100-byte code over the pty at 9600 baud, median of 20."""
    scanner = virtual(baud=9600)
    _, recorder = reader()
    code = b"0123456789" * 10
    from_start, from_last = [], []
    for index in range(20):
        started = time.monotonic()
        last_byte_at = scanner.scan(code)
        recorder.wait_scans(index + 1)
        arrived = recorder.arrived_at[index]
        from_start.append(arrived - started)
        from_last.append(arrived - last_byte_at)
    assert recorder.scans == [code] * 20
    line_time = 101 / 960
    print(
        f"\nscan latency at 9600 baud, 100-byte code, median of 20: "
        f"{statistics.median(from_start) * 1000:.1f} ms from the start of the write "
        f"(line time {line_time * 1000:.1f} ms), "
        f"{statistics.median(from_last) * 1000:.2f} ms from the last byte written "
        f"(max {max(from_last) * 1000:.2f} ms)"
    )
    # behaviour, not speed (bench/scan_latency.py measures it): no scan arrives before its
    # last byte could have, none waits for a read timeout (a suffix was sent)
    assert statistics.median(from_last) < READ_TIMEOUT_S
    assert line_time <= statistics.median(from_start)
