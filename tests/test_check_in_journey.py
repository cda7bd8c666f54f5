"""Checking in for an appointment at the kiosk, end to end: the booking's QR scanned, its code
typed or the ID card scanned; the province numbers the ticket, the printer prints it; too
early, too late, unknown and offline each get a plain answer.

The demo province seeds three bookings relative to its start: LH7K3P9Q (Hộ tịch, in 10
minutes, booked with the ID card 048190001234), LH4CXR6M (Đất đai, in two hours: too early)
and LH9TWE3A (Chứng thực, an hour ago: too late).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from screens.main_window import MainWindow
from screens.routes import Route
from screens.ticket_print import TicketPrintScreen
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.touch import tap

ON_TIME, TOO_EARLY, TOO_LATE = "LH7K3P9Q", "LH4CXR6M", "LH9TWE3A"
OFFICE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def bookings_of_today(province: ProvinceSimulator) -> None:
    """The demo's bookings are seeded from half an hour ago to 45 minutes on: from 23:15 to
    00:30 at the office one of them falls on another day, and the province knows no booking
    of another day at check-in."""
    today = datetime.now(OFFICE_ZONE).date()
    days = {
        datetime.fromisoformat(booking["starts_at"]).astimezone(OFFICE_ZONE).date()
        for booking in province.store.appointments()
        if booking["code"] in (ON_TIME, TOO_EARLY, TOO_LATE)
    }
    if days != {today}:
        pytest.skip("a demo booking is on another day at the office: run after 00:30, before 23:15")


CARD = "048190001234||Nguyễn Thị Hồng Nhung|15081990|Nữ|45 Trần Phú, phường Hải Châu|01012021"


def scan(qtbot: QtBot, window: MainWindow, code: str) -> Any:
    """Scan ``code`` on the screen on display; the ticket screen once its attempt ended."""
    screen = window.navigator.screen(Route.TICKET_PRINT)
    assert isinstance(screen, TicketPrintScreen)
    with qtbot.waitSignal(screen.finished, timeout=15_000):
        window.context.scans.receive(code.encode() + b"\r\n")
    return screen


def stored(province: ProvinceSimulator, ticket_id: str) -> dict[str, Any]:
    """The province's record of a ticket (which must be there)."""
    ticket = province.store.ticket(ticket_id)
    assert ticket is not None
    return ticket


def type_code(qtbot: QtBot, window: MainWindow, code: str) -> Any:
    """From Home, the check-in tile, the code typed and "Check in" touched."""
    window.navigator.home()
    home: Any = window.navigator.screen(Route.HOME)
    tap(qtbot, home.journey_tiles[Route.CHECK_IN])
    check_in: Any = window.navigator.screen(Route.CHECK_IN)
    assert window.navigator.current_name == Route.CHECK_IN
    check_in.code.setText(code)
    screen = window.navigator.screen(Route.TICKET_PRINT)
    assert isinstance(screen, TicketPrintScreen)
    with qtbot.waitSignal(screen.finished, timeout=15_000):
        tap(qtbot, check_in.submit)
    return screen


def test_the_confirmations_qr_on_home_prints_the_bookings_ticket(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
) -> None:
    screen = scan(qtbot, window, f"https://dichvucong.danang.gov.vn/lich-hen?ma={ON_TIME}")

    assert screen.state == "issued"
    ticket = screen.outcome.ticket
    assert ticket.appointment is not None and ticket.appointment.code == ON_TIME
    assert ticket.field_id == "ho-tich" and not ticket.offline
    assert f"({ON_TIME})" in screen.details.text()
    assert screen.details.text().startswith("Hộ tịch · Lịch hẹn lúc ")
    assert len(printer.wait_for_jobs(1)) == 1
    qtbot.waitUntil(lambda: stored(province, ticket.id)["status"] == "printed", timeout=10_000)
    assert stored(province, ticket.id)["appointment_code"] == ON_TIME
    (record,) = core.outbox.tickets()
    assert (record.state, record.field_id, record.check_in) == ("issued", "ho-tich", True)


def test_the_id_card_on_the_check_in_screen_finds_the_booking(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator
) -> None:
    window.navigator.go(Route.CHECK_IN)
    screen = scan(qtbot, window, CARD)
    assert screen.state == "issued"
    assert screen.outcome.ticket.appointment.code == ON_TIME


def test_a_typed_code_checks_in_and_a_wrong_one_is_explained(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigator.go(Route.CHECK_IN)
    check_in: Any = window.navigator.current
    check_in.code.setText("000.00.17.H17-261116-0002")  # a dossier code, not a booking
    tap(qtbot, check_in.submit)
    assert window.navigator.current_name == Route.CHECK_IN
    assert "LH7K3P9Q" in check_in.message.text() and check_in.message.isVisible()

    screen = type_code(qtbot, window, " lh-7k3p9q ")
    assert screen.state == "issued"


def test_too_early_says_when_check_in_opens(qtbot: QtBot, window: MainWindow) -> None:
    screen = type_code(qtbot, window, TOO_EARLY)
    assert screen.state == "appointment_too_early"
    assert screen.title.text() == "Chưa đến giờ xác nhận lịch hẹn"
    booked_at = screen.outcome.booked_at
    opens_at = screen.outcome.opens_at
    assert booked_at is not None and opens_at is not None
    assert (booked_at - opens_at).total_seconds() == 30 * 60  # the demo office's rule
    assert f"{opens_at.astimezone(booked_at.tzinfo):%H:%M}" in screen.details.text()
    assert not screen.ordinary.isVisible() and not screen.retry.isVisible()


def test_too_late_offers_an_ordinary_number_of_the_same_field(
    qtbot: QtBot, window: MainWindow, printer: VirtualPrinter
) -> None:
    screen = type_code(qtbot, window, TOO_LATE)
    assert screen.state == "appointment_too_late"
    assert screen.ordinary.isVisible()
    assert printer.jobs == []
    with qtbot.waitSignal(screen.finished, timeout=15_000):
        tap(qtbot, screen.ordinary)
    assert screen.state == "issued"
    ticket = screen.outcome.ticket
    assert ticket.field_id == "chung-thuc" and ticket.appointment is None


def test_an_unknown_code_is_not_found_and_nothing_prints(
    qtbot: QtBot, window: MainWindow, printer: VirtualPrinter, core: KioskCore
) -> None:
    screen = type_code(qtbot, window, "LH000000")
    assert screen.state == "appointment_not_found"
    assert "mã này" in screen.message.text()
    assert printer.jobs == []
    (record,) = core.outbox.tickets()
    assert record.state == "failed" and record.number is None
    tap(qtbot, screen.ordinary)  # the field is not known: the choice of fields
    assert window.navigator.current_name == Route.TICKET_FIELDS


def test_offline_a_cached_booking_checks_in_from_the_leased_block(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
    tmp_path: Path,
) -> None:
    port = int(province.url.rsplit(":", 1)[1])
    province.stop()  # the network goes down

    screen = type_code(qtbot, window, ON_TIME)

    assert screen.state == "issued"
    ticket = screen.outcome.ticket
    assert ticket.offline and ticket.appointment.code == ON_TIME
    assert len(printer.wait_for_jobs(1)) == 1
    window.navigator.go(Route.CHECK_IN)
    by_card = scan(qtbot, window, CARD)  # the card needs the province
    assert by_card.state == "appointment_unreachable" and by_card.retry.isVisible()

    back = ProvinceSimulator(tmp_path / "province.db", port=port).start()
    try:
        core.sync.wake()
        qtbot.waitUntil(lambda: back.store.ticket(ticket.id) is not None, timeout=20_000)
        booking = next(a for a in back.store.appointments() if a["code"] == ON_TIME)
        assert (booking["status"], booking["ticket_id"]) == ("checked_in", ticket.id)
        assert stored(back, ticket.id)["queued_at"] == booking["starts_at"]
    finally:
        back.stop()


def test_offline_a_booking_outside_its_window_is_refused_by_the_offices_rule(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    province.stop()
    assert type_code(qtbot, window, TOO_EARLY).state == "appointment_too_early"
    assert type_code(qtbot, window, TOO_LATE).state == "appointment_too_late"
    assert type_code(qtbot, window, "LH000000").state == "appointment_unreachable"
    assert printer.jobs == []


def test_the_home_tile_and_the_check_in_screen_read_in_english(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    window.context.language.set_language("en")
    home: Any = window.navigator.screen(Route.HOME)
    assert "appointment" in home.journey_tiles[Route.CHECK_IN].title.text().lower()
    window.navigator.go(Route.CHECK_IN)
    check_in: Any = window.navigator.current
    assert check_in.title.text() == "Check in for your appointment"
