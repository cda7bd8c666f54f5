"""Diagnostic checks: is the printer ready, can the province be reached, what waits to sync.

Each check is a plain function over the kiosk's parts that returns a :class:`CheckResult`
(ok / warn / fail, a one-line summary for a technician, details for machines). The
technician screen, ``kiosk diag`` (``--json``) and the heartbeat use the same functions.
:func:`run_checks` runs several at once, each on its own daemon thread with a time limit,
and turns a check that raises or overruns into a failed result, so a report always comes.

Nothing here writes to the stores: they are read through read-only SQLite connections.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import sqlite3
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from importlib import metadata
from ipaddress import ip_address
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from kiosk import __version__
from kiosk import cache as cache_store
from kiosk import outbox as outbox_store
from kiosk.api import ApiError, ProvinceApi
from kiosk.config import (
    CONFIG_PATH_ENV,
    ENV_PREFIX,
    ApiSection,
    Config,
    KioskSection,
    OfficeSection,
    PrinterSection,
    ScannerSection,
)
from kiosk.db import BUSY_TIMEOUT_MS
from kiosk.paths import KioskPaths
from kiosk.printer_status import PrinterState, PrinterStatus

if TYPE_CHECKING:
    from kiosk.sync import SyncEngine
    from kiosk.technician import AuditCheck
    from kiosk.tickets import TicketPrinter

log = logging.getLogger(__name__)

Level = Literal["ok", "warn", "fail"]
LEVELS: tuple[Level, ...] = ("ok", "warn", "fail")
EXIT_CODES: dict[Level, int] = {"ok": 0, "warn": 1, "fail": 2}
REPORT_SCHEMA = 1
"""Version of the ``kiosk diag --json`` document; raised when a field changes meaning."""

HEALTH_PATH = "/api/v1/health"
SLOW_API_S = 2.0
MAX_CLOCK_SKEW_S = 120.0
PENDING_WARN_AGE = timedelta(hours=1)
PENDING_FAIL_AGE = timedelta(days=1)
WARN_FREE_BYTES = 1024**3
FAIL_FREE_BYTES = 200 * 1024**2
SUMMARY_CHARS = 200
"""A problem's summary as the heartbeat carries it."""
PRINTER_HINTS: dict[PrinterState, str] = {
    PrinterState.PAPER_LOW: "change the paper roll soon",
    PrinterState.PAPER_OUT: "load a paper roll",
    PrinterState.COVER_OPEN: "close the printer cover",
    PrinterState.OFFLINE: "check power, cable and printer.uri",
    PrinterState.UNKNOWN: "check the cable and printer.profile",
}
PACKAGES = ("httpx", "SQLAlchemy", "pydantic", "pyserial", "python-escpos",
            "PySide6-Essentials")


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its name, a level, a one-line summary and details."""

    name: str
    level: Level
    summary: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The result as ``kiosk diag --json`` writes it."""
        return {"name": self.name, "level": self.level, "summary": self.summary,
                "details": self.details}


@dataclass(frozen=True)
class Check:
    """A check to run: ``run`` gives its result within ``time_limit_s`` or it fails."""

    name: str
    run: Callable[[], CheckResult]
    time_limit_s: float = 5.0


def worst(levels: Iterable[Level]) -> Level:
    """The most serious of ``levels`` ("ok" when there are none)."""
    return max(levels, key=LEVELS.index, default="ok")


def run_checks(checks: Sequence[Check]) -> list[CheckResult]:
    """Run the checks concurrently; their results in the same order. Never raises.

    A check that raises fails with the reason; one still running at its time limit fails
    as unfinished and is left behind on its daemon thread (it cannot hold up an exit).
    """
    results: list[CheckResult | None] = [None] * len(checks)

    def work(index: int, check: Check) -> None:
        try:
            results[index] = check.run()
        except Exception as exc:
            log.exception("diagnostic check %s failed", check.name)
            results[index] = CheckResult(check.name, "fail", f"the check itself failed: {exc!r}")

    threads = [threading.Thread(target=work, args=(index, check), daemon=True,
                                name=f"diag-{check.name}") for index, check in enumerate(checks)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread, check in zip(threads, checks, strict=True):
        thread.join(max(0.0, started + check.time_limit_s - time.monotonic()))
    return [result or CheckResult(check.name, "fail",
                                  f"no result within {check.time_limit_s:g} s",
                                  {"time_limit_s": check.time_limit_s})
            for result, check in zip(results, checks, strict=True)]


def report(kiosk_id: str | None, results: Sequence[CheckResult],
           now: datetime | None = None) -> dict[str, Any]:
    """The ``kiosk diag --json`` document."""
    return {
        "schema": REPORT_SCHEMA,
        "kiosk_id": kiosk_id,
        "version": __version__,
        "time": (now or datetime.now(UTC)).isoformat(),
        "level": worst(result.level for result in results),
        "checks": [result.as_dict() for result in results],
    }


def flat_details(details: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """A result's nested details as ``(a.b, value)`` pairs, for reading line by line."""
    lines: list[tuple[str, Any]] = []
    for key, value in details.items():
        if isinstance(value, Mapping):
            lines += flat_details(value, f"{prefix}{key}.")
        else:
            lines.append((f"{prefix}{key}", value))
    return lines


def heartbeat_summary(results: Sequence[CheckResult]) -> dict[str, Any]:
    """The heartbeat's ``diagnostics``: the overall level and every result that is not ok."""
    return {
        "level": worst(result.level for result in results),
        "problems": [{"name": result.name, "level": result.level,
                      "summary": result.summary[:SUMMARY_CHARS]}
                     for result in results if result.level != "ok"],
    }


# -- config -------------------------------------------------------------------------------

def check_config(config: Config, file: Path, environ: Mapping[str, str],
                 audit: AuditCheck | None = None) -> CheckResult:
    """Where the config came from, demo defaults left in a production config, whether
    technician mode can be entered (a warning when no PIN is set), and whether the
    technician audit log ``audit`` is whole (fails when a line was changed by hand)."""
    overrides = sorted(name for name in environ
                       if name.startswith(ENV_PREFIX) and name != CONFIG_PATH_ENV)
    details: dict[str, Any] = {
        "file": str(file), "file_exists": file.is_file(), "env_overrides": overrides,
        "kiosk_id": config.kiosk.id, "api_base_url": config.api.base_url,
        "printer_uri": config.printer.uri, "scanner": config.scanner.kind,
        "timezone": config.office.timezone,
    }
    source = f"loaded from {file}" if file.is_file() else f"defaults only (no file at {file})"
    if overrides:
        source += f", {len(overrides)} environment override(s)"
    details["technician_mode"] = "enabled" if config.technician.pin_hash else "disabled"
    problems = _demo_leftovers(config)
    if not config.technician.pin_hash:
        problems.append("no technician PIN is set, so technician mode is disabled "
                        "(set one with kiosk set-pin)")
    level: Level = "warn" if problems else "ok"
    if audit is not None:
        details["audit_entries"] = audit.entries
        if audit.problem:
            problems.append(f"technician audit log: {audit.problem}")
            level = "warn" if "incomplete" in audit.problem else "fail"
    details["problems"] = problems
    if problems:
        return CheckResult("config", level, f"{source}; {'; '.join(problems)}", details)
    return CheckResult("config", "ok", source, details)


def _demo_leftovers(config: Config) -> list[str]:
    """What in ``config`` only suits the demo (or sends the device token in the clear)."""
    api = config.api
    problems = []
    if not api.base_url:
        problems.append("api.base_url is empty (only the demo runs without it)")
    if api.device_token == ApiSection.model_fields["device_token"].default:
        problems.append("api.device_token is the demo token")
    if config.kiosk.id == KioskSection.model_fields["id"].default:
        problems.append("kiosk.id is the demo id")
    if config.printer.uri == "virtual":
        problems.append("printer.uri is 'virtual' (the demo's printer)")
    url = httpx.URL(api.base_url) if api.base_url else None
    if url is not None and url.scheme == "http" and not _is_loopback(url.host):
        problems.append("api.base_url is plain http: the device token travels unencrypted")
    if not api.verify_tls:
        problems.append("api.verify_tls is off")
    return problems


def _is_loopback(host: str) -> bool:
    try:
        return host == "localhost" or ip_address(host).is_loopback
    except ValueError:
        return False


# -- printer ------------------------------------------------------------------------------

def check_printer(printer: TicketPrinter, section: PrinterSection) -> CheckResult:
    """Ask the printer for its status now (a short status query, nothing printed)."""
    details: dict[str, Any] = {"uri": section.uri, "profile": section.profile,
                               "paper_width_mm": section.paper_width_mm,
                               "text_mode": section.text_mode}
    if section.uri == "virtual":
        return CheckResult("printer", "fail", "no printer configured: printer.uri is "
                           "'virtual', the demo's simulated printer", details)
    result = check_printer_status(printer.check(), reports_status=printer.reports_status)
    return CheckResult("printer", result.level, result.summary,
                       {**details, **result.details})


def check_printer_status(status: PrinterStatus, *, reports_status: bool | None) -> CheckResult:
    """Judge a printer status reading.

    ``reports_status``: whether the printer can tell its state at all (None: not known
    here, as in the heartbeat). UNKNOWN from a printer that cannot report is a warning;
    from one that should answer, a failure.
    """
    state = status.state
    details = {"state": state.value, "detail": status.detail,
               "checked_at": status.checked_at.isoformat(), "reports_status": reports_status}
    if state is PrinterState.ONLINE:
        return CheckResult("printer", "ok", f"ONLINE: {status.detail}", details)
    if state is PrinterState.UNKNOWN and reports_status is False:
        return CheckResult("printer", "warn", f"status not reported ({status.detail}); "
                           "run kiosk print-test to see that it prints", details)
    level: Level = "warn" if state is PrinterState.PAPER_LOW or (
        state is PrinterState.UNKNOWN and reports_status is None) else "fail"
    return CheckResult("printer", level,
                       f"{state.value}: {status.detail} - {PRINTER_HINTS[state]}", details)


# -- scanner ------------------------------------------------------------------------------

def check_scanner(section: ScannerSection) -> CheckResult:
    """A serial scanner's port: present, permitted, and whether a kiosk is reading it.

    The port is opened without changing its settings and without taking it from a running
    kiosk (which holds an exclusive lock on it). A keyboard-wedge scanner cannot be seen
    from a shell.
    """
    if section.kind == "keyboard":
        return CheckResult("scanner", "ok", "keyboard-wedge scanner: nothing to check from a "
                           "shell; scan a code on the kiosk's Home screen", {"kind": "keyboard"})
    port = section.port
    details: dict[str, Any] = {"kind": "serial", "port": port, "baudrate": section.baudrate,
                               "suffix": section.suffix}
    if os.name != "posix":
        from serial.tools.list_ports import comports

        if port.upper() in {info.device.upper() for info in comports()}:
            return CheckResult("scanner", "ok", f"{port} is present", details)
        return CheckResult("scanner", "fail", f"{port} not found: scanner unplugged, or "
                           "scanner.port is wrong", details)
    import fcntl

    if not os.path.exists(port):
        return CheckResult("scanner", "fail", f"{port} not found: scanner unplugged, or "
                           "scanner.port is wrong", details)
    details["device"] = os.path.realpath(port)
    if not os.access(port, os.R_OK | os.W_OK):
        return CheckResult("scanner", "fail", f"no permission to open {port} (is the kiosk "
                           "user in the dialout group?)", details)
    try:
        handle = os.open(port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as exc:
        return CheckResult("scanner", "fail", f"cannot open {port}: {exc.strerror}", details)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        details["in_use"] = True
        return CheckResult("scanner", "ok", f"{port} is present and the running kiosk is "
                           "reading it", details)
    finally:
        os.close(handle)  # closing also drops a lock this check took
    details["in_use"] = False
    return CheckResult("scanner", "ok", f"{port} is present and opens (no kiosk is reading "
                       "it now)", details)


# -- network and API ----------------------------------------------------------------------

@dataclass(frozen=True)
class Probe:
    """One unauthenticated request to the province's health endpoint."""

    problem: str = ""  # why no answer came ("" when one did)
    status: int = 0
    latency_s: float = 0.0
    server_time: datetime | None = None  # from the Date header
    local_time: datetime | None = None  # this machine's clock halfway through the request


def probe_province(section: ApiSection) -> Probe:
    """GET the health endpoint once: whether, how fast and at what server time it answers."""
    sent_at, started = datetime.now(UTC), time.monotonic()
    try:
        with httpx.Client(base_url=section.base_url, timeout=section.timeout_s,
                          verify=section.verify_tls) as client:
            response = client.get(HEALTH_PATH)
    except httpx.HTTPError as exc:
        return Probe(problem=describe_network_error(exc, section))
    elapsed = time.monotonic() - started
    try:
        server_time = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError):
        server_time = None
    return Probe("", response.status_code, elapsed, server_time,
                 sent_at + timedelta(seconds=elapsed / 2))


def describe_network_error(error: BaseException, section: ApiSection) -> str:
    """Why no answer came, in a technician's words: DNS, connection, TLS or a timeout."""
    url = httpx.URL(section.base_url)
    host = url.host
    chain = _causes(error)
    for cause in chain:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS: the certificate of {host} is not trusted ({cause.verify_message})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS: handshake with {host} failed ({cause.reason or cause})"
        if isinstance(cause, socket.gaierror):
            return f"DNS: cannot resolve {host} ({cause.strerror})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {host}:{url.port or _default_port(url)}"
        if isinstance(cause, httpx.TimeoutException):
            return f"no answer from {host} within {section.timeout_s:g} s"
        if isinstance(cause, httpx.RemoteProtocolError):
            return f"{host} closed the connection without an answer"
    return f"cannot reach {host}: {chain[-1]}"


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and what it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def check_api(api: ProvinceApi, section: ApiSection) -> CheckResult:
    """Reach the province (latency, TLS), then open a session with the device token."""
    if not section.base_url:
        return CheckResult("network", "fail", "no province configured: api.base_url is empty")
    details: dict[str, Any] = {"base_url": section.base_url, "tls": _tls_mode(section)}
    probe = probe_province(section)
    if probe.problem:
        return CheckResult("network", "fail", probe.problem, details)
    latency_ms = round(probe.latency_s * 1000)
    details.update(latency_ms=latency_ms, health_status=probe.status)
    try:
        api.catalogue_changes("", limit=1)  # opens a session, then uses it once
    except ApiError as exc:
        details["auth"] = str(exc)
        level, summary = _api_failure(exc, section)
        return CheckResult("network", level, summary, details)
    details["auth"] = "session opened with the device token"
    summary = f"province reached in {latency_ms} ms, TLS {details['tls']}, device token accepted"
    if probe.latency_s > SLOW_API_S:
        return CheckResult("network", "warn", f"slow: {summary}", details)
    return CheckResult("network", "ok", summary, details)


def _tls_mode(section: ApiSection) -> str:
    if not section.base_url.startswith("https://"):
        return "none (plain http)"
    return "verified" if section.verify_tls else "not verified (api.verify_tls is off)"


def _api_failure(error: ApiError, section: ApiSection) -> tuple[Level, str]:
    """The level and summary of a failed authenticated call."""
    if error.kind == "unauthorized":
        return "fail", f"device token refused (HTTP 401): check api.device_token ({error.detail})"
    if error.kind == "network":
        return "fail", describe_network_error(error, section)
    if error.status == 429:
        return "warn", "the province asks the kiosk to slow down (HTTP 429)"
    if error.status is not None and error.status >= 500:
        return "fail", f"province API error (HTTP {error.status})"
    return "fail", f"unexpected answer, not the province API? ({error.detail})"


# -- sync ---------------------------------------------------------------------------------

def check_sync(sync: SyncEngine, now: datetime | None = None) -> CheckResult:
    """What waits to be delivered and how fresh the catalogue is.

    Warns on dead letters, on a pending item older than an hour, on a catalogue never
    pulled and on answers that were not the province's; fails when a pending item is older
    than a day and when the outbox may have lost items (its high-water mark says so).
    """
    now = now or datetime.now(UTC)
    depth = sync.outbox.depth()
    status = sync.status
    cursor = sync.cache.cursor()
    details: dict[str, Any] = {
        "catalogue_cursor": cursor, "pending": depth.pending, "dead_letters": depth.dead,
        "oldest_pending_at": _iso(depth.oldest_pending_at),
        "last_pull_at": _iso(status.last_pull_at), "last_push_at": _iso(status.last_push_at),
        "clock_offset_s": round(sync.clock.offset_s, 1),
    }
    problems: list[str] = []
    level: Level = "ok"
    if depth.oldest_pending_at is not None:
        age = now - depth.oldest_pending_at
        details["oldest_pending_age_s"] = round(age.total_seconds())
        if age > PENDING_WARN_AGE:
            level = "fail" if age > PENDING_FAIL_AGE else "warn"
            problems.append(f"oldest pending item waiting {_span(age)}")
    if depth.dead:
        level = worst((level, "warn"))
        problems.append(f"{depth.dead} dead letter(s) for a technician (kiosk sync lists them)")
    if not cursor:
        level = worst((level, "warn"))
        problems.append("catalogue never pulled")
    losses = [loss.summary for loss in sync.outbox.losses()]
    if (unrecorded := sync.outbox.continuity_problem()) is not None:
        losses.append(unrecorded)
    if losses:
        level = "fail"
        details["outbox_losses"] = losses
        problems.insert(0, f"{losses[0]} (acknowledge on the technician Sync page once dealt "
                           "with)")
    if status.invalid_answers:
        level = worst((level, "warn"))
        details["invalid_answers"] = status.invalid_answers
        problems.append(f"{status.invalid_answers} answer(s) were not the province's (a "
                        "captive portal or a proxy?): nothing was marked delivered on them")
    facts = (f"{depth.pending} pending, {depth.dead} dead; last pull "
             f"{_ago(status.last_pull_at, now)}, last push {_ago(status.last_push_at, now)}")
    return CheckResult("sync", level, "; ".join([*problems, facts]), details)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _ago(moment: datetime | None, now: datetime) -> str:
    return "never" if moment is None else f"{_span(now - moment)} ago"


def _span(delta: timedelta) -> str:
    seconds = max(0, round(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{round(seconds / 60)} min"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


# -- storage ------------------------------------------------------------------------------

@dataclass(frozen=True)
class StoreState:
    """One SQLite store as found on disk, read without changing it."""

    name: str
    path: Path
    expected_schema: int
    exists: bool = False
    size_bytes: int = 0
    wal_bytes: int = 0
    schema: int | None = None
    problem: str = ""  # why it is unreadable or damaged

    @property
    def level(self) -> Level:
        """fail when damaged or from a newer kiosk; warn when not created yet."""
        if self.problem:
            return "fail"
        return "ok" if self.exists else "warn"

    @property
    def summary(self) -> str:
        """The store's state in a few words."""
        if self.problem:
            return f"{self.name}: {self.problem}"
        if not self.exists:
            return f"{self.name} not created yet (the kiosk has not run here)"
        if self.schema != self.expected_schema:
            return f"{self.name} has schema {self.schema}; upgraded at the kiosk's next start"
        return f"{self.name} {_size(self.size_bytes + self.wal_bytes)}"

    @property
    def opens_unchanged(self) -> bool:
        """Whether opening it with the kiosk's own classes would change nothing on disk
        (no file created, moved aside or migrated)."""
        return self.exists and not self.problem and self.schema == self.expected_schema

    def as_details(self) -> dict[str, Any]:
        """The state for a result's details."""
        return {"path": str(self.path), "exists": self.exists, "bytes": self.size_bytes,
                "wal_bytes": self.wal_bytes, "schema": self.schema,
                "problem": self.problem or None}


def inspect_stores(paths: KioskPaths) -> list[StoreState]:
    """cache.db and outbox.db: sizes, schema versions and ``PRAGMA quick_check``."""
    return [inspect_store("cache.db", paths.cache_db, len(cache_store.MIGRATIONS)),
            inspect_store("outbox.db", paths.outbox_db, len(outbox_store.MIGRATIONS))]


def inspect_store(name: str, path: Path, expected_schema: int) -> StoreState:
    """One store's state, through a read-only connection."""
    if not path.exists():
        return StoreState(name, path, expected_schema)
    wal = Path(f"{path}-wal")
    sizes = {"size_bytes": path.stat().st_size,
             "wal_bytes": wal.stat().st_size if wal.exists() else 0}
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
            check = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return StoreState(name, path, expected_schema, True, **sizes,
                          problem=f"unreadable ({exc})")
    if check != ["ok"]:
        return StoreState(name, path, expected_schema, True, **sizes, schema=schema,
                          problem=f"damaged: {'; '.join(check[:3])}")
    if schema > expected_schema:
        return StoreState(name, path, expected_schema, True, **sizes, schema=schema,
                          problem=f"schema {schema} is from a newer kiosk (this one knows "
                                  f"{expected_schema})")
    return StoreState(name, path, expected_schema, True, **sizes, schema=schema)


def check_free_space(directory: Path, *, warn_below: int = WARN_FREE_BYTES,
                     fail_below: int = FAIL_FREE_BYTES) -> CheckResult:
    """Free disk space where the kiosk keeps its data (a cheap system call)."""
    try:
        free = shutil.disk_usage(directory).free
    except OSError as exc:
        return CheckResult("storage", "fail", f"cannot read free space of {directory}: {exc}",
                           {"data_dir": str(directory)})
    details = {"data_dir": str(directory), "free_bytes": free}
    level: Level = "fail" if free < fail_below else "warn" if free < warn_below else "ok"
    summary = f"{_size(free)} free in {directory}"
    if level != "ok":
        summary = f"only {summary}: make room, or the outbox cannot grow"
    return CheckResult("storage", level, summary, details)


def check_storage(paths: KioskPaths, *, warn_below: int = WARN_FREE_BYTES,
                  fail_below: int = FAIL_FREE_BYTES) -> CheckResult:
    """Sizes and integrity of cache.db and outbox.db, and free disk space."""
    stores = inspect_stores(paths)
    space = check_free_space(paths.data_dir, warn_below=warn_below, fail_below=fail_below)
    parts = [store for store in stores if store.level != "ok"] or stores
    details = {**space.details, **{store.name: store.as_details() for store in stores}}
    level = worst([space.level, *(store.level for store in stores)])
    summary = "; ".join([*(store.summary for store in parts), space.summary])
    return CheckResult("storage", level, summary, details)


def _size(count: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


# -- clock and version --------------------------------------------------------------------

def check_clock(office: OfficeSection, section: ApiSection) -> CheckResult:
    """The office's time zone loads, and the system clock agrees with the province's."""
    try:
        zone = ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return CheckResult("clock", "fail", f"time zone {office.timezone} cannot be loaded "
                           "(tzdata missing from this installation?)",
                           {"timezone": office.timezone})
    local = datetime.now(zone)
    details: dict[str, Any] = {"timezone": office.timezone, "local_time": local.isoformat()}
    where = f"{office.timezone}, local time {local:%Y-%m-%d %H:%M}"
    if not section.base_url:
        return CheckResult("clock", "ok", f"{where}; not compared (no api.base_url)", details)
    probe = probe_province(section)
    if probe.server_time is None or probe.local_time is None:
        reason = probe.problem or "no Date header in its answer"
        return CheckResult("clock", "ok", f"{where}; not compared with the province: {reason}",
                           details)
    skew = (probe.local_time - probe.server_time).total_seconds()
    details.update(province_time=probe.server_time.isoformat(), skew_s=round(skew, 1))
    if abs(skew) > MAX_CLOCK_SKEW_S:
        off = f"{_span(timedelta(seconds=abs(skew)))} {'ahead of' if skew > 0 else 'behind'}"
        return CheckResult("clock", "warn", f"system clock is {off} the province's: set the "
                           f"time (NTP); {where}", details)
    return CheckResult("clock", "ok", f"{where}; within {abs(skew):.0f} s of the province",
                       details)


def check_version() -> CheckResult:
    """The kiosk's version and what it runs on."""
    details: dict[str, Any] = {
        "kiosk": __version__, "python": platform.python_version(),
        "platform": platform.platform(), "sqlite": sqlite3.sqlite_version,
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    for package in PACKAGES:
        try:
            details[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            details[package] = None
    return CheckResult("version", "ok", f"kiosk {__version__}, Python "
                       f"{details['python']} on {platform.system()}", details)
