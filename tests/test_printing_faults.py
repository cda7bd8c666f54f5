"""Printer faults end to end, over a real TCP socket and a real serial pty.

A printer out of paper, with its cover open, off-line or silent before the job gets no
number issued for it; one that fails during the job leaves a failed ticket that the citizen
is told about and a technician can reprint. The messages are the Vietnamese ones a citizen
reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from kiosk.domain.printer_status import PrinterState
from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.routes import Route
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import Fault, VirtualPrinter
from tests.conftest import FONT
from tests.test_ticket_journey import take_ticket

NOT_ISSUED = "Bạn chưa được cấp số"
TITLES = {
    "paper_out": "Máy in phiếu đã hết giấy",
    "cover_open": "Nắp máy in phiếu đang mở",
    "offline": "Máy in phiếu đang gặp sự cố",
    "mute": "Máy in phiếu không phản hồi",
}


@pytest.fixture(params=["tcp", "pty"])
def link(request: pytest.FixtureRequest) -> str:
    """Which endpoint of the virtual printer the kiosk is configured with."""
    return str(request.param)


@pytest.fixture
def printer(tmp_path: Path, link: str) -> Iterator[VirtualPrinter]:
    """The virtual printer, with its serial pty when the kiosk prints over serial."""
    virtual = VirtualPrinter(
        tmp_path / "printed",
        font_path=FONT,
        pty=link == "pty",
        baud=115200 if link == "pty" else None,
    ).start()
    yield virtual
    virtual.stop()


@pytest.fixture
def config_settings(printer: VirtualPrinter, link: str) -> dict[str, str]:
    """The kiosk prints over the chosen link, with short status timeouts."""
    uri = printer.serial_uri if link == "pty" else printer.uri
    assert uri is not None
    return {
        "KIOSK_PRINTER_URI": uri,
        "KIOSK_PRINTER_TIMEOUT_S": "3",
        "KIOSK_PRINTER_STATUS_TIMEOUT_S": "1",
    }


@pytest.mark.parametrize("fault", ["paper_out", "cover_open", "offline", "mute"])
def test_a_printer_that_cannot_print_gets_no_number(
    qtbot: QtBot,
    window: MainWindow,
    core: KioskCore,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    fault: Fault,
) -> None:
    printer.set_fault(fault)
    before = printer.received_bytes()

    screen = take_ticket(qtbot, window)

    assert screen.state == "printer_unavailable"
    assert screen.title.text() == TITLES[str(fault)]
    assert NOT_ISSUED in screen.message.text()
    assert screen.number.isHidden() and screen.retry.isVisible()
    (record,) = core.outbox.tickets()
    assert (record.state, record.number) == ("failed", None)
    assert province.store.tickets() == []
    # nothing but the three status queries (3 bytes each) reached the printer
    assert printer.received_bytes() - before <= 9


def test_paper_low_still_prints_and_the_heartbeat_says_so(
    qtbot: QtBot,
    window: MainWindow,
    core: KioskCore,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
) -> None:
    printer.set_fault("paper_low")

    screen = take_ticket(qtbot, window)

    assert screen.state == "issued"
    (job,) = printer.wait_for_jobs(1)
    assert job.printed and screen.outcome.ticket.number.encode() in job.data
    assert core.desk.printer_status.state is PrinterState.PAPER_LOW
    # the change is reported at once, not at the next regular heartbeat
    qtbot.waitUntil(
        lambda: (
            [beat["printer"]["state"] for beat in province.store.heartbeats().values()]
            == ["PAPER_LOW"]
        ),
        timeout=10_000,
    )


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        ("paper_out", "Máy in phiếu đã hết giấy"),
        ("stall", "Máy in phiếu không phản hồi"),
    ],
)
def test_a_job_that_fails_midway_is_failed_then_reprinted(
    qtbot: QtBot,
    window: MainWindow,
    core: KioskCore,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    fault: Fault,
    problem: str,
) -> None:
    printer.set_fault(fault, after_bytes=300)  # paper runs out, or the printer hangs, mid-job

    screen = take_ticket(qtbot, window)

    assert screen.state == "print_failed"
    number = screen.outcome.ticket.number
    assert screen.details.text() == problem
    assert f"Số thứ tự của bạn là {number}" in screen.message.text()
    assert screen.retry.isHidden()  # a second try would give the citizen a second number
    (record,) = core.outbox.tickets()
    assert record.state == "failed" and record.number == number
    qtbot.waitUntil(lambda: province.store.tickets()[0]["status"] == "print_failed", timeout=10_000)

    printer.set_fault(None)  # a technician fixes the printer and reprints the ticket
    assert [r.key for r in core.desk.reprintable()] == [record.key]
    catalogue = window.context.catalogue
    assert catalogue is not None
    outcome = core.desk.reprint(record.key, catalogue.office)

    assert outcome.kind == "issued"
    qtbot.waitUntil(
        lambda: any(job.printed and number.encode() in job.data for job in printer.jobs),
        timeout=10_000,
    )
    reprinted = core.outbox.ticket(record.key)
    assert reprinted is not None and reprinted.state == "issued"
    assert core.desk.reprintable() == []
    qtbot.waitUntil(lambda: province.store.tickets()[0]["status"] == "printed", timeout=10_000)


def test_home_stops_offering_tickets_while_the_printer_is_out_and_again_once_fixed(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    from simulators.faults import FaultSettings

    printer.set_fault("paper_out")
    take_ticket(qtbot, window)  # the citizen learns it here; Home from now on
    window.navigator.home()
    home = window.navigator.screen(Route.HOME)
    assert isinstance(home, HomeScreen)
    assert not home.ticket_tile.isEnabled()
    assert home.ticket_tile.subtitle.text().startswith("Tạm ngừng")

    province.faults.settings = FaultSettings(drop_rate=1.0)  # and the network is down too
    printer.set_fault(None)  # paper put back
    with qtbot.waitSignal(window.context.printer_changed, timeout=10_000):
        window.context._watch_printer()  # its timer's tick, without waiting 15 s
    assert home.ticket_tile.isEnabled()
