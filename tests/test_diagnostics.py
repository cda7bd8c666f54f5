"""Diagnostic checks against real faults, ``kiosk diag`` as a technician runs it, and the
diagnostic summary in the heartbeat."""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import sqlite3
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

import msgspec
import pytest

from kiosk.cli import build_kiosk_core, build_printer
from kiosk.config import ApiSection, Config, OfficeSection, ScannerSection
from kiosk.core import KioskCore
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.input.evdev_scanner import EvdevScanner, EvdevScannerSettings
from kiosk.input.serial_scanner import SerialScanner, SerialScannerSettings
from kiosk.paths import I18N_DIR, resolve_paths
from kiosk.stores.cache import MIGRATIONS as CACHE_MIGRATIONS
from kiosk.sync.api import ApiError, ProvinceApi
from kiosk.technician.config_edit import (
    EDITABLE_KEYS,
    ConfigEditRefused,
    change_config_key,
    config_rows,
)
from kiosk.technician.diagnostics.checks import Check, CheckResult, run_checks
from kiosk.technician.diagnostics.config import check_config
from kiosk.technician.diagnostics.devices import check_printer, check_printer_status, check_scanner
from kiosk.technician.diagnostics.network import check_api
from kiosk.technician.diagnostics.storage import check_free_space, check_storage
from kiosk.technician.diagnostics.sync import check_sync
from kiosk.technician.diagnostics.system import check_clock, check_version
from kiosk.technician.phrases import CONTEXT, Phrase
from kiosk.technician.pin import hash_pin
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating
from simulators.virtual_printer import VirtualPrinter
from simulators.virtual_scanner import VirtualScanner
from tests.conftest import make_config
from tests.contract import contract
from tests.kiosk_command import kiosk

TOKEN = "office-device-token"
KIOSK_ID = "KIOSK-HAICHAU-01"
PIN_HASH = hash_pin("246810")
CHECKS = ["config", "printer", "scanner", "voice", "network", "sync", "storage", "clock", "version"]


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def network(config: Config) -> CheckResult:
    api = ProvinceApi(
        config.api.base_url,
        config.api.device_token,
        kiosk_id=config.kiosk.id,
        timeout_s=config.api.timeout_s,
    )
    try:
        return check_api(api, config.api)
    finally:
        api.close()


# -- the runner ---------------------------------------------------------------------------


def test_a_check_that_raises_or_overruns_fails_and_the_others_still_report() -> None:
    release = threading.Event()

    def boom() -> CheckResult:
        raise RuntimeError("boom")

    def stuck() -> CheckResult:
        release.wait()
        return CheckResult("stuck", "ok", "too late")

    try:
        results = run_checks(
            [
                Check("boom", boom),
                Check("stuck", stuck, time_limit_s=0.05),
                Check("version", check_version),
            ]
        )
    finally:
        release.set()
    assert [(r.name, r.level) for r in results] == [
        ("boom", "fail"),
        ("stuck", "fail"),
        ("version", "ok"),
    ]
    assert results[0].summary == "the check itself failed: RuntimeError('boom')"
    assert results[1].summary == "no result within 0.05 s"


# -- config -------------------------------------------------------------------------------


def test_config_warns_about_demo_defaults_and_says_where_it_came_from(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    result = check_config(config, tmp_path / "kiosk.toml", {"KIOSK_PATHS_DATA_DIR": "x"})
    assert result.level == "warn"
    assert result.summary.startswith(f"loaded from {tmp_path / 'kiosk.toml'}, 1 environment")
    for problem in (
        "api.base_url is empty",
        "api.device_token is the demo token",
        "kiosk.id is the demo id",
        "printer.uri is 'virtual'",
    ):
        assert problem in result.summary
    assert result.details["env_overrides"] == ["KIOSK_PATHS_DATA_DIR"]


@pytest.mark.parametrize(
    ("base_url", "level"),
    [
        ("https://dvc.example.gov.vn", "ok"),
        ("http://127.0.0.1:8080", "ok"),
        ("http://dvc.example.gov.vn", "warn"),
    ],
)
def test_a_production_config_is_ok_unless_the_token_travels_in_clear(
    tmp_path: Path, base_url: str, level: str
) -> None:
    config = make_config(
        tmp_path,
        KIOSK_API_BASE_URL=base_url,
        KIOSK_API_DEVICE_TOKEN=TOKEN,
        KIOSK_KIOSK_ID=KIOSK_ID,
        KIOSK_PRINTER_URI="tcp://10.0.0.9:9100",
        KIOSK_TECHNICIAN_PIN_HASH=PIN_HASH,
    )
    result = check_config(config, tmp_path / "missing.toml", {})
    assert result.level == level
    assert result.summary.startswith(f"defaults only (no file at {tmp_path / 'missing.toml'})")
    assert ("plain http" in result.summary) is (level == "warn")
    assert result.details["technician_mode"] == "enabled"


def test_config_warns_when_no_technician_pin_is_set(tmp_path: Path) -> None:
    config = make_config(
        tmp_path,
        KIOSK_API_BASE_URL="https://dvc.example.gov.vn",
        KIOSK_API_DEVICE_TOKEN=TOKEN,
        KIOSK_KIOSK_ID=KIOSK_ID,
        KIOSK_PRINTER_URI="tcp://10.0.0.9:9100",
    )
    result = check_config(config, tmp_path / "kiosk.toml", {})
    assert result.level == "warn"
    assert result.summary == (
        f"loaded from {tmp_path / 'kiosk.toml'}; no technician PIN is "
        "set, so technician mode is disabled (set one with kiosk "
        "set-pin)"
    )
    assert result.details["technician_mode"] == "disabled"


# -- printer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "level", "summary"),
    [
        (None, "ok", "ONLINE: ready"),
        ("paper_low", "warn", "PAPER_LOW: paper near end - change the paper roll soon"),
        ("paper_out", "fail", "PAPER_OUT: paper end - load a paper roll"),
        ("cover_open", "fail", "COVER_OPEN: cover open - close the printer cover"),
        ("offline", "fail", "OFFLINE: error - check power, cable and printer.uri"),
        ("mute", "fail", "UNKNOWN: no reply to a status query - check the cable"),
    ],
)
def test_the_printer_check_reads_the_printers_state(
    tmp_path: Path, printer: VirtualPrinter, fault: str | None, level: str, summary: str
) -> None:
    printer.set_fault(fault)  # type: ignore[arg-type]
    config = make_config(tmp_path, KIOSK_PRINTER_URI=printer.uri)
    result = check_printer(build_printer(config), config.printer)
    assert (result.level, result.details["uri"]) == (level, printer.uri)
    assert result.summary.startswith(summary)
    assert printer.jobs == []  # nothing printed


def test_no_printer_at_the_address_fails_and_a_file_printer_only_warns(tmp_path: Path) -> None:
    uri = f"tcp://127.0.0.1:{closed_port()}"
    config = make_config(tmp_path, KIOSK_PRINTER_URI=uri)
    absent = check_printer(build_printer(config), config.printer)
    assert absent.level == "fail"
    assert absent.summary.startswith(f"OFFLINE: cannot open {uri}")
    config = make_config(tmp_path, KIOSK_PRINTER_URI=f"file://{tmp_path / 'lp0'}")
    blind = check_printer(build_printer(config), config.printer)
    assert blind.level == "warn" and "status not reported" in blind.summary
    demo = make_config(tmp_path)
    assert check_printer(build_printer(demo), demo.printer).level == "fail"


def test_an_unknown_printer_state_in_the_heartbeat_is_a_warning() -> None:
    reading = PrinterStatus(PrinterState.UNKNOWN, "in use by another kiosk process")
    assert check_printer_status(reading, reports_status=None).level == "warn"
    assert check_printer_status(reading, reports_status=True).level == "fail"


# -- scanner ------------------------------------------------------------------------------


def test_a_keyboard_scanner_is_ok_with_a_note() -> None:
    result = check_scanner(ScannerSection())
    assert result.level == "ok" and "keyboard-wedge" in result.summary


@pytest.mark.skipif(os.name != "posix", reason="virtual scanners are ptys")
def test_a_serial_scanner_is_found_and_not_taken_from_a_running_kiosk(tmp_path: Path) -> None:
    link = tmp_path / "serial" / "by-id" / "usb-Virtual_Scanner-if00"
    section = ScannerSection(kind="serial", port=str(link))
    virtual = VirtualScanner(link)
    connected = threading.Event()

    def on_state(state: str) -> None:
        if state == "connected":
            connected.set()

    reader = SerialScanner(SerialScannerSettings(str(link)), lambda _code: None, on_state)
    try:
        free = check_scanner(section)
        assert free.level == "ok" and "no kiosk is reading it" in free.summary
        reader.start()
        assert connected.wait(10)
        busy = check_scanner(section)
        assert busy.level == "ok" and "the running kiosk is reading it" in busy.summary
        virtual.unplug()
        gone = check_scanner(section)
        assert gone.level == "fail" and gone.summary == (
            f"{link} not found: scanner unplugged, or scanner.port is wrong"
        )
    finally:
        reader.stop()
        virtual.stop()


EVDEV_DEVICE = "/dev/input/kiosk-scanner"
_S = TypeVar("_S", bound=msgspec.Struct)


def unchecked(section: _S, **values: object) -> _S:
    """``section`` with ``values`` set past its checks (as a changed machine would leave it)."""
    for key, value in values.items():
        msgspec.structs.force_setattr(section, key, value)
    return section


EVDEV_SECTION = unchecked(ScannerSection(), kind="evdev", device=EVDEV_DEVICE)
"""An evdev scanner's settings on any platform (validation would refuse them where python-evdev
cannot be used, which the checks must say themselves)."""


class FakeInputDevice:
    """What open_grabbed gives for a free scanner: its name, and a grab to release."""

    name = "Honeywell Imaging & Mobility 1900"

    def ungrab(self) -> None:
        """Nothing held."""

    def close(self) -> None:
        """Nothing open."""


#: what opening and grabbing the device gives (raised, or the device), and the check's verdict
EVDEV_OUTCOMES: list[tuple[object, str, str]] = [
    (
        FakeInputDevice(),
        "ok",
        f"{EVDEV_DEVICE} (Honeywell Imaging & Mobility 1900) is present and can be grabbed "
        "(no kiosk is reading it now)",
    ),
    (
        OSError(errno.EBUSY, "Device or resource busy"),
        "ok",
        f"{EVDEV_DEVICE} is present and held by the running kiosk (if no kiosk runs, another "
        "program has grabbed it and no scan reaches the kiosk)",
    ),
    (
        OSError(errno.ENOENT, "No such file or directory"),
        "fail",
        f"{EVDEV_DEVICE} not found: scanner unplugged, or scanner.device is wrong",
    ),
    (
        OSError(errno.EACCES, "Permission denied"),
        "fail",
        f"no permission to read {EVDEV_DEVICE}: the scanner's udev rule did not apply (check "
        "its vendor id, reload the rules, replug the scanner; see DEPLOY.md)",
    ),
    (
        OSError(errno.ENOTTY, "Inappropriate ioctl for device"),
        "fail",
        f"{EVDEV_DEVICE} is not an input event device: scanner.device is wrong",
    ),
    (
        ValueError(f"{EVDEV_DEVICE} (ILITEK Multi-Touch) is not a keyboard"),
        "fail",
        f"{EVDEV_DEVICE} is not a keyboard (a touchscreen or a mouse?): scanner.device must be "
        "the scanner's …-event-kbd device",
    ),
    (
        OSError(errno.EIO, "Input/output error"),
        "fail",
        f"cannot read the scanner: {EVDEV_DEVICE}: Input/output error",
    ),
]


def evdev_check(monkeypatch: pytest.MonkeyPatch, outcome: object) -> CheckResult:
    """The scanner check of :data:`EVDEV_SECTION`, opening and grabbing giving ``outcome``."""

    def open_grabbed(path: str) -> object:
        assert path == EVDEV_DEVICE
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr("kiosk.technician.diagnostics.devices.open_grabbed", open_grabbed)
    return check_scanner(EVDEV_SECTION)


@pytest.mark.parametrize(("outcome", "level", "summary"), EVDEV_OUTCOMES)
def test_an_evdev_scanners_device_is_judged_by_what_opening_and_grabbing_it_gives(
    monkeypatch: pytest.MonkeyPatch, outcome: object, level: str, summary: str
) -> None:
    result = evdev_check(monkeypatch, outcome)
    assert (result.level, result.summary) == (level, summary)
    assert result.details["kind"] == "evdev" and result.details["device"] == EVDEV_DEVICE


def test_a_grabbed_evdev_scanner_is_named_and_released(monkeypatch: pytest.MonkeyPatch) -> None:
    released: list[object] = []
    monkeypatch.setattr("kiosk.technician.diagnostics.devices.release", released.append)
    device = FakeInputDevice()
    result = evdev_check(monkeypatch, device)
    assert released == [device]
    assert result.details["name"] == device.name and result.details["in_use"] is False
    busy = evdev_check(monkeypatch, OSError(errno.EBUSY, "Device or resource busy"))
    assert busy.details["in_use"] is True and released == [device]


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_an_evdev_scanner_that_is_missing_or_no_input_device_fails_with_the_reason(
    tmp_path: Path,
) -> None:
    pytest.importorskip("evdev", reason="python-evdev is not installed here")
    missing = tmp_path / "by-id" / "usb-Honeywell-event-kbd"
    result = check_scanner(ScannerSection(kind="evdev", device=str(missing)))
    assert (result.level, result.summary) == (
        "fail",
        f"{missing} not found: scanner unplugged, or scanner.device is wrong",
    )
    not_a_device = tmp_path / "event-kbd"
    not_a_device.write_bytes(b"")
    result = check_scanner(ScannerSection(kind="evdev", device=str(not_a_device)))
    assert (result.level, result.summary) == (
        "fail",
        f"{not_a_device} is not an input event device: scanner.device is wrong",
    )


@pytest.mark.parametrize(
    ("platform", "summary"),
    [
        (
            "linux",
            "python-evdev cannot be imported: this build of the kiosk lacks it; rebuild it "
            "(DEPLOY.md, section 1)",
        ),
        (
            "win32",
            'an evdev scanner is read on Linux only: set scanner.kind to "keyboard" or "serial"',
        ),
    ],
)
def test_an_evdev_scanner_where_python_evdev_cannot_be_used_fails_and_says_why(
    monkeypatch: pytest.MonkeyPatch, platform: str, summary: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setitem(sys.modules, "evdev", None)  # what an install without it sees
    result = check_scanner(EVDEV_SECTION)
    assert (result.level, result.summary) == ("fail", summary)
    assert ("Linux only" if platform == "win32" else "python-evdev") in result.details["error"]


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_a_real_evdev_scanner_is_grabbed_only_while_no_kiosk_reads_it(tmp_path: Path) -> None:
    """With a virtual scanner (/dev/uinput): free, it is opened, named and released; read by
    a kiosk's reader, it is left to it and its scans still arrive."""
    evdev = pytest.importorskip("evdev", reason="python-evdev is not installed here")
    from tests.test_evdev_scanner import VirtualKeyboard

    try:
        keyboard = VirtualKeyboard(tmp_path / "by-id" / "usb-Kiosk_Test_Scanner-event-kbd")
    except (OSError, evdev.UInputError) as exc:
        pytest.skip(f"no virtual input devices here (/dev/uinput: {exc})")
    section = ScannerSection(kind="evdev", device=str(keyboard.link))
    scans: list[bytes] = []
    connected = threading.Event()
    reader = EvdevScanner(
        EvdevScannerSettings(str(keyboard.link), reconnect_s=0.05),
        scans.append,
        lambda state: connected.set() if state == "connected" else None,
    )
    try:
        free = check_scanner(section)
        assert free.level == "ok" and free.details["name"] == "Kiosk Test Scanner"
        assert "no kiosk is reading it" in free.summary
        reader.start()
        assert connected.wait(10)
        busy = check_scanner(section)
        assert busy.level == "ok" and "held by the running kiosk" in busy.summary
        keyboard.type("000.00.12.H29-250701-0042")
        deadline = time.monotonic() + 5
        while not scans and time.monotonic() < deadline:
            time.sleep(0.01)
        assert scans == [b"000.00.12.H29-250701-0042"]
    finally:
        reader.stop()
        keyboard.close()


# -- network and API ----------------------------------------------------------------------


def test_the_province_is_reached_and_the_device_token_accepted(
    tmp_path: Path, province: ProvinceSimulator
) -> None:
    result = network(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
    assert result.level == "ok"
    assert result.summary.startswith("province reached in ")
    assert result.summary.endswith("TLS none (plain http), device token accepted")
    assert isinstance(result.details["latency_ms"], int)


@pytest.mark.parametrize(
    ("faults", "summary"),
    [
        (FaultSettings(unauthorized=True), "device token refused (HTTP 401)"),
        (FaultSettings(server_error_rate=1.0), "province API error (HTTP 503)"),
        (FaultSettings(drop_rate=1.0), "closed the connection without an answer"),
    ],
)
def test_province_faults_are_told_apart(
    tmp_path: Path, province: ProvinceSimulator, faults: FaultSettings, summary: str
) -> None:
    province.faults.settings = faults
    result = network(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
    assert result.level == "fail"
    assert summary in result.summary


def test_a_wrong_device_token_and_a_stopped_province_fail_with_the_reason(
    tmp_path: Path, province: ProvinceSimulator
) -> None:
    refused = network(
        make_config(
            tmp_path, KIOSK_API_BASE_URL=province.url, KIOSK_API_DEVICE_TOKEN="stolen-token"
        )
    )
    assert refused.summary.startswith("device token refused (HTTP 401)")
    assert "device token not recognised" in refused.summary
    province.stop()
    down = network(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
    assert down.level == "fail"
    assert down.summary == f"connection refused by {province.url.removeprefix('http://')}"


def test_dns_and_tls_failures_are_named(tmp_path: Path, province: ProvinceSimulator) -> None:
    unknown = network(make_config(tmp_path, KIOSK_API_BASE_URL="http://dvc.kiosk-test.invalid"))
    assert unknown.summary.startswith("DNS: cannot resolve dvc.kiosk-test.invalid")
    https = province.url.replace("http://", "https://")  # TLS to a server that has none
    handshake = network(make_config(tmp_path, KIOSK_API_BASE_URL=https))
    assert handshake.level == "fail"
    assert handshake.summary.startswith("TLS: handshake with 127.0.0.1 failed")


# -- clock --------------------------------------------------------------------------------


class _TenMinutesAhead(BaseHTTPRequestHandler):
    """A province whose clock is ten minutes ahead of this machine's."""

    def do_GET(self) -> None:
        self.send_response_only(200)
        self.send_header("Date", formatdate(time.time() + 600, usegmt=True))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def skewed_province() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TenMinutesAhead)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_clock_agrees_with_the_province_or_warns(
    province: ProvinceSimulator, skewed_province: str
) -> None:
    office = OfficeSection()
    agreed = check_clock(office, ApiSection(base_url=province.url))
    assert agreed.level == "ok" and "of the province" in agreed.summary
    skewed = check_clock(office, ApiSection(base_url=skewed_province))
    assert skewed.level == "warn"
    assert skewed.summary.startswith("system clock is 10 min behind the province's")
    assert skewed.details["skew_s"] < -500


def test_the_clock_without_the_province_or_without_its_time_zone(tmp_path: Path) -> None:
    unreachable = check_clock(
        OfficeSection(), ApiSection(base_url=f"http://127.0.0.1:{closed_port()}")
    )
    assert unreachable.level == "ok"
    assert "not compared with the province: connection refused" in unreachable.summary
    lost = unchecked(OfficeSection(), timezone="Asia/Nowhere")  # as if tzdata were missing
    result = check_clock(lost, ApiSection())
    assert result.level == "fail" and "Asia/Nowhere cannot be loaded" in result.summary


# -- sync ---------------------------------------------------------------------------------


def test_sync_warns_until_the_catalogue_is_pulled(core: KioskCore) -> None:
    before = check_sync(core.sync)
    assert before.level == "warn" and before.summary.startswith("catalogue never pulled")
    assert core.sync.run_cycle() is None
    after = check_sync(core.sync)
    assert after.level == "ok"
    assert after.summary.startswith("0 pending, 0 dead; last pull ")


def test_old_pending_items_and_dead_letters(core: KioskCore) -> None:
    assert core.sync.run_cycle() is None
    catalogue = core.catalogue()
    assert catalogue is not None
    core.outbox.enqueue(rating(catalogue, 3, counter_id="no-such"))
    assert core.sync.run_cycle() is None  # the province refuses it: a dead letter
    dead = check_sync(core.sync)
    assert dead.level == "warn"
    assert dead.summary.startswith("1 dead letter(s) for a technician")
    core.outbox.enqueue(rating(catalogue, 4))  # not sent yet
    now = datetime.now(UTC)
    assert check_sync(core.sync, now=now).level == "warn"  # the dead letter only
    hours = check_sync(core.sync, now=now + timedelta(hours=2))
    assert hours.level == "warn"
    assert hours.summary.startswith("oldest pending item waiting 2 h; 1 dead letter(s)")
    days = check_sync(core.sync, now=now + timedelta(days=3))
    assert days.level == "fail" and "waiting 3 days" in days.summary


# -- storage ------------------------------------------------------------------------------


def test_storage_reports_sizes_integrity_and_free_space(core: KioskCore) -> None:
    result = check_storage(core.paths)
    assert result.level == "ok"
    assert result.summary.startswith("cache.db ") and "outbox.db " in result.summary
    assert result.details["cache.db"]["schema"] == len(CACHE_MIGRATIONS)
    assert result.details["free_bytes"] > 0
    assert check_storage(core.paths, warn_below=2**62).level == "warn"
    low = check_storage(core.paths, warn_below=2**62, fail_below=2**62)
    assert low.level == "fail" and "make room" in low.summary


def test_missing_damaged_and_newer_stores(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", tmp_path / "logs")
    fresh = check_storage(paths)
    assert fresh.level == "warn" and "cache.db not created yet" in fresh.summary
    paths.cache_db.write_bytes(b"not a database" * 100)
    with sqlite3.connect(paths.outbox_db) as db:
        db.execute("PRAGMA user_version = 99")
    result = check_storage(paths)
    assert result.level == "fail"
    assert "cache.db: unreadable (file is not a database)" in result.summary
    assert "outbox.db: schema 99 is from a newer kiosk" in result.summary


def test_a_damaged_page_fails_the_integrity_check(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", tmp_path / "logs")
    with sqlite3.connect(paths.outbox_db) as db:
        db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("CREATE INDEX ix_body ON items (body)")
        db.executemany(
            "INSERT INTO items (body) VALUES (?)", [(f"item {n:05d}" * 20,) for n in range(2000)]
        )
    size = paths.outbox_db.stat().st_size
    with paths.outbox_db.open("r+b") as handle:  # a power cut mid-write, a failing disk
        handle.seek(size // 2)
        handle.write(b"\xff" * 4096)
    result = check_storage(paths)
    assert result.level == "fail" and "outbox.db: " in result.summary
    assert result.details["outbox.db"]["problem"]


def test_free_space_of_a_directory_that_is_gone(tmp_path: Path) -> None:
    result = check_free_space(tmp_path / "gone")
    assert result.level == "fail" and "cannot read free space" in result.summary


# -- the heartbeat ------------------------------------------------------------------------


def test_the_heartbeat_tells_the_province_which_kiosk_needs_paper(
    core: KioskCore, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    assert core.sync.run_cycle() is None
    beat = province.store.heartbeats()[core.config.kiosk.id]
    assert beat["diagnostics"] == {"level": "ok", "problems": []}
    catalogue = core.catalogue()
    assert catalogue is not None
    core.outbox.enqueue(rating(catalogue, 3, counter_id="no-such"))
    printer.set_fault("paper_low")
    core.desk.check_printer()  # as the window does: a change asks for a heartbeat now
    assert core.sync.run_cycle() is None
    beat = province.store.heartbeats()[core.config.kiosk.id]
    assert beat["diagnostics"]["level"] == "warn"
    assert [(p["name"], p["level"]) for p in beat["diagnostics"]["problems"]] == [
        ("printer", "warn"),
        ("sync", "warn"),
    ]
    assert beat["diagnostics"]["problems"][0]["summary"].startswith("PAPER_LOW: paper near end")
    body = {**core.sync.heartbeat_report(), "kiosk_id": core.config.kiosk.id}
    assert contract().schema_errors("/components/schemas/Heartbeat", body) == []


@pytest.mark.parametrize(
    "diagnostics",
    [
        {"level": "bad", "problems": []},
        {"level": "warn", "problems": [{"name": "printer", "level": "ok", "summary": "fine"}]},
        {"level": "warn"},
    ],
)
def test_the_province_refuses_a_malformed_summary(
    core: KioskCore, diagnostics: dict[str, object]
) -> None:
    with pytest.raises(ApiError) as refused:
        core.api.heartbeat({**core.sync.heartbeat_report(), "diagnostics": diagnostics})
    assert refused.value.status == 422


# -- kiosk diag ---------------------------------------------------------------------------


def test_diag_on_a_machine_without_a_printer_exits_2_with_a_readable_line(
    tmp_path: Path, province: ProvinceSimulator
) -> None:
    uri = f"tcp://127.0.0.1:{closed_port()}"
    result = kiosk(tmp_path, "diag", "-v", KIOSK_PRINTER_URI=uri, KIOSK_API_BASE_URL=province.url)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("kiosk diag: KIOSK-DEMO-01, kiosk ")
    printer_line = next(line for line in lines if line.startswith("  FAIL  printer "))
    assert f"OFFLINE: cannot open {uri}" in printer_line
    assert "state: OFFLINE" in result.stdout  # -v: the details
    assert any(line.startswith("  ok    network  province reached") for line in lines)
    assert lines[-1].startswith("result: FAIL (1 failed, ")
    assert "Traceback" not in result.stderr


def test_diag_json_has_the_schema(tmp_path: Path, province: ProvinceSimulator) -> None:
    result = kiosk(
        tmp_path,
        "diag",
        "--json",
        KIOSK_API_BASE_URL=province.url,
        KIOSK_PRINTER_URI=f"tcp://127.0.0.1:{closed_port()}",
    )
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert set(document) == {"schema", "kiosk_id", "version", "time", "level", "checks"}
    assert (document["schema"], document["kiosk_id"], document["level"]) == (
        1,
        "KIOSK-DEMO-01",
        "fail",
    )
    assert datetime.fromisoformat(document["time"]).tzinfo is not None
    assert [check["name"] for check in document["checks"]] == CHECKS
    for check in document["checks"]:
        assert set(check) == {"name", "level", "summary", "details"}
        assert check["level"] in ("ok", "warn", "fail") and check["summary"]
    levels = {check["name"]: check["level"] for check in document["checks"]}
    assert levels["printer"] == "fail" and levels["network"] == "ok"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[ProvinceSimulator]:
    """A province that knows this kiosk's own device token (not the demo's)."""
    simulator = ProvinceSimulator(tmp_path / "office.db", device_tokens=frozenset({TOKEN})).start()
    yield simulator
    simulator.stop()


@pytest.mark.parametrize(
    ("fault", "code", "mark"),
    [(None, 0, "ok"), ("paper_low", 1, "WARN"), ("cover_open", 2, "FAIL")],
)
def test_diag_exit_codes_beside_a_running_kiosk(
    tmp_path: Path,
    office: ProvinceSimulator,
    printer: VirtualPrinter,
    fault: str | None,
    code: int,
    mark: str,
) -> None:
    env = {
        "KIOSK_API_BASE_URL": office.url,
        "KIOSK_API_DEVICE_TOKEN": TOKEN,
        "KIOSK_KIOSK_ID": KIOSK_ID,
        "KIOSK_PRINTER_URI": printer.uri,
        "KIOSK_TECHNICIAN_PIN_HASH": PIN_HASH,
        # whether this machine has a voice and a sound player is not this test's matter
        "KIOSK_VOICE_GUIDANCE": "off",
        "KIOSK_VOICE_CALLS": "off",
    }
    running = build_kiosk_core(make_config(tmp_path, **env))  # holds the instance lock
    try:
        assert running.sync.run_cycle() is None
        printer.set_fault(fault)  # type: ignore[arg-type]
        result = kiosk(tmp_path, "diag", **env)
    finally:
        running.close()
    assert result.returncode == code, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[1:-1]] == CHECKS
    assert next(line for line in lines if " printer " in line).startswith(f"  {mark:<4}  printer")
    assert lines[-1].startswith(f"result: {mark}")
    assert printer.jobs == []


def test_diag_reports_a_broken_config_as_a_failed_check(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "diag", KIOSK_PRINTER_PAPER_WIDTH_MM="70")
    assert result.returncode == 2
    assert "  FAIL  config   config error: printer.paper_width_mm" in result.stdout
    document = json.loads(
        kiosk(tmp_path, "diag", "--json", KIOSK_PRINTER_PAPER_WIDTH_MM="70").stdout
    )
    assert document["kiosk_id"] is None
    assert [(c["name"], c["level"]) for c in document["checks"]] == [
        ("config", "fail"),
        ("version", "ok"),
    ]


def test_diag_only_reads_a_damaged_store(tmp_path: Path, province: ProvinceSimulator) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache.db").write_bytes(b"not a database" * 100)
    result = kiosk(tmp_path, "diag", "--json", KIOSK_API_BASE_URL=province.url)
    checks = {check["name"]: check for check in json.loads(result.stdout)["checks"]}
    assert checks["storage"]["level"] == "fail"
    assert checks["sync"]["level"] == "fail"
    assert checks["sync"]["summary"].startswith("not read: cache.db: unreadable")
    assert sorted(path.name for path in data.iterdir()) == ["cache.db"]  # not moved aside


# -- the technician's language -------------------------------------------------------------


def templates(text: object) -> Iterator[str]:
    """The templates of ``text`` and of the phrases among its values."""
    if isinstance(text, Phrase):
        yield text.template
        for arg in text.args:
            yield from templates(arg)


def test_every_phrase_the_checks_give_has_its_vietnamese(
    tmp_path: Path, province: ProvinceSimulator, core: KioskCore
) -> None:
    """What the technician pages translate: every template is marked for lupdate and
    translated (placeholders kept), except those of placeholders alone (``joined``)."""
    environ = {"KIOSK_PRINTER_TEXT_MODE": "ascii"}
    refusals = [
        ("api.base_url", "https://elsewhere.example", {}),
        ("printer.text_mode", "raster", environ),
        ("kiosk.idle_timeout_s", 5, {}),
    ]
    messages: list[object] = [
        *(
            check_printer_status(PrinterStatus(state, "detail"), reports_status=reports).message
            for state in PrinterState
            for reports in (True, False, None)
        ),
        check_scanner(ScannerSection(kind="keyboard")).message,
        check_scanner(ScannerSection(kind="serial", port=str(tmp_path / "ttyX"))).message,
        check_clock(OfficeSection(), ApiSection(base_url=province.url)).message,
        check_clock(unchecked(OfficeSection(), timezone="Asia/Nowhere"), ApiSection()).message,
        check_clock(
            OfficeSection(), ApiSection(base_url=f"http://127.0.0.1:{closed_port()}")
        ).message,
        check_version().message,
        check_sync(core.sync).message,
        *(
            result.message
            for result in (
                check_storage(core.paths),
                check_storage(resolve_paths(tmp_path / "empty", tmp_path / "logs")),
            )
        ),
        *(value for _key, value, _env in config_rows(core.config, {})),
        *(Phrase(spec.help) for spec in EDITABLE_KEYS),
    ]
    for name, value, env in refusals:
        with pytest.raises(ConfigEditRefused) as refused:
            change_config_key(tmp_path / "kiosk.toml", name, value, env)
        messages.append(refused.value.reason)
    with pytest.MonkeyPatch.context() as patch:
        messages += [evdev_check(patch, outcome).message for outcome, _, _ in EVDEV_OUTCOMES]
    with pytest.MonkeyPatch.context() as patch:  # without python-evdev, on Linux and elsewhere
        patch.setitem(sys.modules, "evdev", None)
        for platform in ("linux", "win32"):
            patch.setattr(sys, "platform", platform)
            messages.append(check_scanner(EVDEV_SECTION).message)
    for faults in (FaultSettings(unauthorized=True), FaultSettings(server_error_rate=1.0)):
        province.faults.settings = faults
        result = network(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
        messages += [result.message, *result.details.values()]
    province.faults.settings = FaultSettings()
    result = network(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
    messages += [result.message, *result.details.values()]

    root = ET.parse(I18N_DIR / "kiosk_vi.ts").getroot()
    catalogue = {
        message.findtext("source", ""): message.find("translation")
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }
    found = {template for message in messages for template in templates(message)}
    assert len(found) > 40
    for template in found - {t for t in found if re.fullmatch(r"(%\d+|[;, ])*", t)}:
        translation = catalogue.get(template)
        assert translation is not None, f"not marked with QT_TRANSLATE_NOOP: {template!r}"
        assert translation.get("type") is None and translation.text, template
        assert sorted(re.findall(r"%\d+", translation.text)) == sorted(
            re.findall(r"%\d+", template)
        ), template
