"""The heartbeat the kiosk sends the province: the sync engine's body and a diagnostic summary.

The summary holds the cheap checks only (nothing here waits on a device or the network: the
printer's state is the one the ticket desk last read)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.sync.engine import SyncEngine
from kiosk.technician.diagnostics.checks import CheckResult, worst
from kiosk.technician.diagnostics.devices import check_printer_status
from kiosk.technician.diagnostics.storage import check_free_space
from kiosk.technician.diagnostics.sync import check_sync

SUMMARY_CHARS = 200
"""A problem's summary as the heartbeat carries it."""


def heartbeat_report(sync: SyncEngine) -> dict[str, Any]:
    """The heartbeat body: outbox depth, last sync, printer state and version (from the
    sync engine), and the diagnostic summary of the cheap checks."""
    body = sync.heartbeat_body()
    printer = body["printer"]
    reading = PrinterStatus(PrinterState(printer["state"]), printer["detail"])
    return {
        **body,
        "diagnostics": heartbeat_summary(
            [
                check_printer_status(reading, reports_status=None),
                check_sync(sync),
                check_free_space(sync.cache.path.parent),
            ]
        ),
    }


def heartbeat_summary(results: Sequence[CheckResult]) -> dict[str, Any]:
    """The heartbeat's ``diagnostics``: the overall level and every result that is not ok."""
    return {
        "level": worst(result.level for result in results),
        "problems": [
            {"name": result.name, "level": result.level, "summary": result.summary[:SUMMARY_CHARS]}
            for result in results
            if result.level != "ok"
        ],
    }
