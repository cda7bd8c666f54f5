"""The printer and scanner checks."""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

from kiosk.config import PrinterSection, ScannerSection
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.input.evdev_scanner import EvdevUnavailable, open_grabbed, release, why_not_opened
from kiosk.services.tickets import TicketPrinter
from kiosk.technician.diagnostics.checks import CheckResult, Level
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase

STATE_NAMES: dict[PrinterState, str] = {
    PrinterState.ONLINE: QT_TRANSLATE_NOOP("Technician", "ONLINE"),
    PrinterState.PAPER_LOW: QT_TRANSLATE_NOOP("Technician", "PAPER_LOW"),
    PrinterState.PAPER_OUT: QT_TRANSLATE_NOOP("Technician", "PAPER_OUT"),
    PrinterState.COVER_OPEN: QT_TRANSLATE_NOOP("Technician", "COVER_OPEN"),
    PrinterState.OFFLINE: QT_TRANSLATE_NOOP("Technician", "OFFLINE"),
    PrinterState.UNKNOWN: QT_TRANSLATE_NOOP("Technician", "UNKNOWN"),
}
"""The printer's states as a technician reads them (in English, their values)."""

PRINTER_HINTS: dict[PrinterState, str] = {
    PrinterState.PAPER_LOW: QT_TRANSLATE_NOOP("Technician", "change the paper roll soon"),
    PrinterState.PAPER_OUT: QT_TRANSLATE_NOOP("Technician", "load a paper roll"),
    PrinterState.COVER_OPEN: QT_TRANSLATE_NOOP("Technician", "close the printer cover"),
    PrinterState.OFFLINE: QT_TRANSLATE_NOOP("Technician", "check power, cable and printer.uri"),
    PrinterState.UNKNOWN: QT_TRANSLATE_NOOP("Technician", "check the cable and printer.profile"),
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
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "no printer configured: printer.uri is 'virtual', the demo's simulated printer",
                )
            ),
            details,
        )
    result = check_printer_status(printer.check(), reports_status=printer.reports_status)
    return CheckResult("printer", result.level, result.message, {**details, **result.details})


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
        return CheckResult(
            "printer",
            "ok",
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "%1: %2"), Phrase(STATE_NAMES[state]), status.detail
            ),
            details,
        )
    if state is PrinterState.UNKNOWN and reports_status is False:
        return CheckResult(
            "printer",
            "warn",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "status not reported (%1); run kiosk print-test to see that it prints",
                ),
                status.detail,
            ),
            details,
        )
    level: Level = (
        "warn"
        if state is PrinterState.PAPER_LOW
        or (state is PrinterState.UNKNOWN and reports_status is None)
        else "fail"
    )
    message = Phrase(
        QT_TRANSLATE_NOOP("Technician", "%1: %2 - %3"),
        Phrase(STATE_NAMES[state]),
        status.detail,
        Phrase(PRINTER_HINTS[state]),
    )
    return CheckResult("printer", level, message, details)


# -- scanner ------------------------------------------------------------------------------


def check_scanner(section: ScannerSection) -> CheckResult:
    """A serial scanner's port or an evdev scanner's input device: present, permitted, and
    whether a kiosk is reading it.

    The port is opened without changing its settings and without taking it from a running
    kiosk (which holds an exclusive lock on it); the input device is grabbed for a moment
    only when no one holds it. A keyboard-wedge scanner cannot be seen from a shell.
    """
    if section.kind == "keyboard":
        return CheckResult(
            "scanner",
            "ok",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "keyboard-wedge scanner: nothing to check from a "
                    "shell; scan a code on the kiosk's Home screen",
                )
            ),
            {"kind": "keyboard"},
        )
    if section.kind == "evdev":
        return _check_evdev_scanner(section)
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
            return CheckResult(
                "scanner",
                "ok",
                Phrase(QT_TRANSLATE_NOOP("Technician", "%1 is present"), port),
                details,
            )
        return CheckResult("scanner", "fail", _not_found(port), details)
    import fcntl

    if not os.path.exists(port):
        return CheckResult("scanner", "fail", _not_found(port), details)
    details["device"] = os.path.realpath(port)
    if not os.access(port, os.R_OK | os.W_OK):
        return CheckResult(
            "scanner",
            "fail",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "no permission to open %1 (is the kiosk user in the dialout group?)",
                ),
                port,
            ),
            details,
        )
    try:
        handle = os.open(port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as exc:
        return CheckResult(
            "scanner",
            "fail",
            Phrase(QT_TRANSLATE_NOOP("Technician", "cannot open %1: %2"), port, str(exc.strerror)),
            details,
        )
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        details["in_use"] = True
        return CheckResult(
            "scanner",
            "ok",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1 is present and the running kiosk is reading it"
                ),
                port,
            ),
            details,
        )
    finally:
        os.close(handle)  # closing also drops a lock this check took
    details["in_use"] = False
    return CheckResult(
        "scanner",
        "ok",
        Phrase(
            QT_TRANSLATE_NOOP("Technician", "%1 is present and opens (no kiosk is reading it now)"),
            port,
        ),
        details,
    )


def _not_found(port: str) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP(
            "Technician", "%1 not found: scanner unplugged, or scanner.port is wrong"
        ),
        port,
    )


def _check_evdev_scanner(section: ScannerSection) -> CheckResult:
    """An evdev scanner's input device: grabbed and released at once when it is free;
    held by someone else (``EBUSY``), normally by the running kiosk's reader."""
    path = section.device
    details: dict[str, Any] = {
        "kind": "evdev",
        "device": path,
        "prefix": section.prefix,
        "suffix": section.suffix,
    }
    try:
        device = open_grabbed(path)
    except EvdevUnavailable as exc:
        details["error"] = str(exc)  # which of the two, and the import's own error
        return CheckResult("scanner", "fail", _evdev_unavailable(), details)
    except (OSError, ValueError) as exc:
        if isinstance(exc, OSError) and exc.errno == errno.EBUSY:
            details["in_use"] = True
            return CheckResult(
                "scanner",
                "ok",
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Technician",
                        "%1 is present and held by the running kiosk (if no kiosk runs, "
                        "another program has grabbed it and no scan reaches the kiosk)",
                    ),
                    path,
                ),
                details,
            )
        return CheckResult("scanner", "fail", _not_opened(path, exc), details)
    name = device.name
    release(device)
    details.update(in_use=False, name=name)
    return CheckResult(
        "scanner",
        "ok",
        Phrase(
            QT_TRANSLATE_NOOP(
                "Technician", "%1 (%2) is present and can be grabbed (no kiosk is reading it now)"
            ),
            path,
            name,
        ),
        details,
    )


def _evdev_unavailable() -> Phrase:
    """Why an evdev scanner cannot be read on this machine at all."""
    if not sys.platform.startswith("linux"):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Technician",
                'an evdev scanner is read on Linux only: set scanner.kind to "keyboard" or '
                '"serial"',
            )
        )
    return Phrase(
        QT_TRANSLATE_NOOP(
            "Technician",
            "python-evdev cannot be imported: this build of the kiosk lacks it; rebuild it "
            "(DEPLOY.md, section 1)",
        )
    )


def _not_opened(path: str, error: OSError | ValueError) -> Phrase:
    """Why the input device at ``path`` cannot be opened or grabbed, with what to do."""
    if isinstance(error, ValueError):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Technician",
                "%1 is not a keyboard (a touchscreen or a mouse?): scanner.device must be "
                "the scanner's …-event-kbd device",
            ),
            path,
        )
    if error.errno == errno.ENOENT:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Technician", "%1 not found: scanner unplugged, or scanner.device is wrong"
            ),
            path,
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Technician",
                "no permission to read %1: the scanner's udev rule did not apply (check its "
                "vendor id, reload the rules, replug the scanner; see DEPLOY.md)",
            ),
            path,
        )
    if error.errno in (errno.ENOTTY, errno.EINVAL):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Technician", "%1 is not an input event device: scanner.device is wrong"
            ),
            path,
        )
    return Phrase(
        QT_TRANSLATE_NOOP("Technician", "cannot read the scanner: %1"),
        why_not_opened(path, error),
    )
