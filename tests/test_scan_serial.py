"""A serial scanner over a real pty reaches the screen on display."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import Config
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from simulators.virtual_scanner import VirtualScanner
from tests.conftest import make_config
from tests.test_scan_routing import ELDER, to_ticket_fields


@pytest.fixture
def scanner(tmp_path: Path) -> Iterator[VirtualScanner]:
    """A serial scanner on a pty, reached through a stable by-id style link."""
    virtual = VirtualScanner(tmp_path / "by-id" / "usb-Scanner-if00", baud=9600)
    yield virtual
    virtual.stop()


@pytest.fixture
def config(
    tmp_path: Path, province: ProvinceSimulator, printer: VirtualPrinter, scanner: VirtualScanner
) -> Config:
    """The kiosk with a serial scanner."""
    return make_config(
        tmp_path,
        KIOSK_API_BASE_URL=province.url,
        KIOSK_PRINTER_URI=printer.uri,
        KIOSK_SCANNER_KIND="serial",
        KIOSK_SCANNER_PORT=str(tmp_path / "by-id" / "usb-Scanner-if00"),
    )


def test_a_serial_scan_reaches_the_screen(qtbot, window, scanner: VirtualScanner) -> None:
    fields = to_ticket_fields(qtbot, window)
    with qtbot.waitSignal(window.context.scans.scanned, timeout=10_000):
        scanner.scan(ELDER)
    assert fields.priority.isChecked()
