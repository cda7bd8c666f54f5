"""The printer and scanner checks."""

from __future__ import annotations

import os
from typing import Any

from kiosk.config import PrinterSection, ScannerSection
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.services.tickets import TicketPrinter
from kiosk.technician.diagnostics.checks import CheckResult, Level

PRINTER_HINTS: dict[PrinterState, str] = {
    PrinterState.PAPER_LOW: "change the paper roll soon",
    PrinterState.PAPER_OUT: "load a paper roll",
    PrinterState.COVER_OPEN: "close the printer cover",
    PrinterState.OFFLINE: "check power, cable and printer.uri",
    PrinterState.UNKNOWN: "check the cable and printer.profile",
}


def check_printer(printer: TicketPrinter, section: PrinterSection) -> CheckResult:
    """Ask the printer for its status now (a short status query, nothing printed)."""
    details: dict[str, Any] = {
        "uri": section.uri,
        "profile": section.profile,
        "paper_width_mm": section.paper_width_mm,
        "text_mode": section.text_mode,
    }
    if section.uri == "virtual":
        return CheckResult(
            "printer",
            "fail",
            "no printer configured: printer.uri is 'virtual', the demo's simulated printer",
            details,
        )
    result = check_printer_status(printer.check(), reports_status=printer.reports_status)
    return CheckResult("printer", result.level, result.summary, {**details, **result.details})


def check_printer_status(status: PrinterStatus, *, reports_status: bool | None) -> CheckResult:
    """Judge a printer status reading.

    ``reports_status``: whether the printer can tell its state at all (None: not known
    here, as in the heartbeat). UNKNOWN from a printer that cannot report is a warning;
    from one that should answer, a failure.
    """
    state = status.state
    details = {
        "state": state.value,
        "detail": status.detail,
        "checked_at": status.checked_at.isoformat(),
        "reports_status": reports_status,
    }
    if state is PrinterState.ONLINE:
        return CheckResult("printer", "ok", f"ONLINE: {status.detail}", details)
    if state is PrinterState.UNKNOWN and reports_status is False:
        return CheckResult(
            "printer",
            "warn",
            f"status not reported ({status.detail}); run kiosk print-test to see that it prints",
            details,
        )
    level: Level = (
        "warn"
        if state is PrinterState.PAPER_LOW
        or (state is PrinterState.UNKNOWN and reports_status is None)
        else "fail"
    )
    return CheckResult(
        "printer", level, f"{state.value}: {status.detail} - {PRINTER_HINTS[state]}", details
    )


# -- scanner ------------------------------------------------------------------------------


def check_scanner(section: ScannerSection) -> CheckResult:
    """A serial scanner's port: present, permitted, and whether a kiosk is reading it.

    The port is opened without changing its settings and without taking it from a running
    kiosk (which holds an exclusive lock on it). A keyboard-wedge scanner cannot be seen
    from a shell.
    """
    if section.kind == "keyboard":
        return CheckResult(
            "scanner",
            "ok",
            "keyboard-wedge scanner: nothing to check from a "
            "shell; scan a code on the kiosk's Home screen",
            {"kind": "keyboard"},
        )
    port = section.port
    details: dict[str, Any] = {
        "kind": "serial",
        "port": port,
        "baudrate": section.baudrate,
        "suffix": section.suffix,
    }
    if os.name != "posix":
        from serial.tools.list_ports import comports

        if port.upper() in {info.device.upper() for info in comports()}:
            return CheckResult("scanner", "ok", f"{port} is present", details)
        return CheckResult(
            "scanner",
            "fail",
            f"{port} not found: scanner unplugged, or scanner.port is wrong",
            details,
        )
    import fcntl

    if not os.path.exists(port):
        return CheckResult(
            "scanner",
            "fail",
            f"{port} not found: scanner unplugged, or scanner.port is wrong",
            details,
        )
    details["device"] = os.path.realpath(port)
    if not os.access(port, os.R_OK | os.W_OK):
        return CheckResult(
            "scanner",
            "fail",
            f"no permission to open {port} (is the kiosk user in the dialout group?)",
            details,
        )
    try:
        handle = os.open(port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as exc:
        return CheckResult("scanner", "fail", f"cannot open {port}: {exc.strerror}", details)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        details["in_use"] = True
        return CheckResult(
            "scanner", "ok", f"{port} is present and the running kiosk is reading it", details
        )
    finally:
        os.close(handle)  # closing also drops a lock this check took
    details["in_use"] = False
    return CheckResult(
        "scanner", "ok", f"{port} is present and opens (no kiosk is reading it now)", details
    )
