"""A serial scanner over a real pty reaches the screen on display."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from simulators.virtual_scanner import VirtualScanner
from tests.test_scan_routing import ELDER, to_ticket_fields


@pytest.fixture
def scanner(tmp_path: Path) -> Iterator[VirtualScanner]:
    """A serial scanner on a pty, reached through a stable by-id style link."""
    virtual = VirtualScanner(tmp_path / "by-id" / "usb-Scanner-if00", baud=9600)
    yield virtual
    virtual.stop()


@pytest.fixture
def config_settings(tmp_path: Path, scanner: VirtualScanner) -> dict[str, str]:
    """The kiosk with a serial scanner (on its pty before the kiosk opens the port)."""
    return {
        "KIOSK_SCANNER_KIND": "serial",
        "KIOSK_SCANNER_PORT": str(tmp_path / "by-id" / "usb-Scanner-if00"),
    }


def test_a_serial_scan_reaches_the_screen(qtbot, window, scanner: VirtualScanner) -> None:
    fields = to_ticket_fields(qtbot, window)
    with qtbot.waitSignal(window.context.scans.scanned, timeout=10_000):
        scanner.scan(ELDER)
    assert fields.priority.isChecked()
