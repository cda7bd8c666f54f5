"""Paying a fee by VietQR: the code on screen and on paper carries the amount and the
reference; the screen shows when the province says the money arrived."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.paper_words import VIETNAMESE
from kiosk.domain.wording import format_vnd
from kiosk.input.vietqr import parse_payload
from printers.vietnamese import decode_cp1258
from screens.main_window import MainWindow
from screens.payment import PaymentScreen
from screens.routes import Route
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.touch import open_journey, tap, wait_for_wipes

GS_QR_STORE = b"\x1d(k"
CP1258_PRINTER = {"KIOSK_KIOSK_RESULT_SCREEN_S": "3", "KIOSK_PRINTER_TEXT_MODE": "cp1258"}
"""The printer prints Vietnamese from its code page: the slip's words are in the job's bytes."""


def start_paying(qtbot, window) -> PaymentScreen:
    """From Home, choose the first procedure with a fee and show its payment code."""
    screen = open_journey(qtbot, window, "payment", PaymentScreen)
    assert screen.step == "choose" and screen.list.count() > 0
    first = screen.list.visualItemRect(screen.list.item(0)).center()
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert screen.step == "confirm"
    with qtbot.waitSignal(
        screen.step_changed, timeout=10_000, check_params_cb=lambda step: step != "starting"
    ):
        tap(qtbot, screen.confirm_button)
    return screen


def test_the_code_on_screen_and_paper_pays_the_fee_with_the_reference(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    screen = start_paying(qtbot, window)
    procedure = screen.procedure
    catalogue = window.context.catalogue
    assert catalogue is not None
    fees = [p for p in catalogue.procedures if p.fee_vnd > 0]
    assert procedure is not None and procedure == fees[0]
    assert screen.step == "pay" and screen.qr.isVisible()
    assert screen.intent is not None
    info = parse_payload(screen.intent.qr_payload)
    account = catalogue.office.payment_account
    assert account is not None
    assert (info.amount_vnd, info.purpose) == (procedure.fee_vnd, screen.intent.reference)
    assert (info.bank_bin, info.account) == (account.bank_bin, account.account)
    assert screen.intent.reference in screen.details.text()

    job = printer.wait_for_jobs(1)[0].data  # the slip prints by itself
    assert screen.intent.qr_payload.encode() in job
    reference = screen.intent.reference
    qtbot.waitUntil(lambda: province.store.payment(reference) is not None, timeout=10_000)


def test_the_screen_shows_when_the_money_arrives(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator
) -> None:
    screen = start_paying(qtbot, window)
    assert screen.intent is not None
    reference = screen.intent.reference
    qtbot.waitUntil(lambda: province.store.payment(reference) is not None, timeout=10_000)
    province.store.set_payment_status(reference, "paid")  # the bank reports the transfer

    with qtbot.waitSignal(screen.step_changed, timeout=15_000) as changed:
        screen._poll.setInterval(50)
        screen._poll.start()
    assert changed.args == ["paid"]
    assert screen.message.text().startswith("✓")
    # hard to miss: a large badge takes the room the code had, and the code is gone
    assert screen.paid_badge.isVisible() and not screen.qr.isVisible()
    assert screen.paid_badge.text().startswith("✓ ĐÃ THANH TOÁN")
    assert screen.paid_badge.fontInfo().pixelSize() >= 2 * screen.message.fontInfo().pixelSize()
    assert screen.paid_badge.height() >= screen.height() // 4
    window.resize(1366, 768)  # a short screen: smaller type, still the whole text
    badge = screen.paid_badge
    lines = badge.text().count("\n") + 1

    def whole() -> bool:  # every line of the badge fits inside it
        return badge.contentsRect().height() >= lines * badge.fontMetrics().height()

    qtbot.waitUntil(whole, timeout=3000)
    assert window.height() == 768


def test_from_a_procedure_the_fee_is_offered_directly(qtbot, window) -> None:
    procedure = next(p for p in window.context.catalogue.procedures if p.fee_vnd > 0)
    window.navigator.go(Route.PROCEDURE_DETAIL, procedure=procedure)
    detail = window.navigator.current
    assert detail.pay_button.isVisible()
    tap(qtbot, detail.pay_button)
    screen = window.navigator.current
    assert window.navigator.current_name == "payment"
    assert screen.step == "confirm" and screen.procedure == procedure
    assert "." in screen.amount.text()  # 100.000 đ: thousands grouped the Vietnamese way


def test_leaving_stops_asking_and_forgets_the_payment(qtbot, window) -> None:
    screen = start_paying(qtbot, window)
    window.navigator.home()
    assert not screen._poll.isActive()  # at once
    wait_for_wipes(qtbot, window)
    assert screen.intent is None and screen.step == "choose"


def test_while_the_citizen_pays_in_a_bank_app_the_code_stays_on_screen(qtbot, window) -> None:
    screen = start_paying(qtbot, window)
    window.idle.set_timeout_ms(60_000, warning_ms=0)
    window.idle._timer.stop()  # as if a minute passed without a touch
    with qtbot.waitSignal(screen.activity, timeout=10_000):
        screen._poll.setInterval(50)
    assert window.idle.remaining_ms() > 50_000  # asking the province counted as activity
    assert window.navigator.current is screen and screen.step == "pay"


def test_the_fee_list_narrows_as_the_citizen_types_and_counts_what_it_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_journey(qtbot, window, "payment", PaymentScreen)
    catalogue = window.context.catalogue
    assert catalogue is not None
    with_fee = {p.id for p in catalogue.procedures if p.fee_vnd > 0}
    shown = {screen.list.row_data(screen.list.item(row)) for row in range(screen.list.count())}
    assert shown == with_fee  # every fee reachable, none without one
    assert str(len(with_fee)) in screen.summary.text()
    tap(qtbot, screen.search.query)
    assert screen.search.keyboard.isVisible()
    for char in "ban sao":
        tap(qtbot, screen.search.keyboard.button("space" if char == " " else char))
    names = [screen.list.item(row).text() for row in range(screen.list.count())]
    assert names and all("bản sao" in name.lower() for name in names)
    assert len(with_fee) > len(names)
    assert str(len(names)) in screen.summary.text()
    screen.search.query.setText("zzzz qqqq")
    assert screen.list.count() == 0 and "zzzz qqqq" in screen.summary.text()
    screen.search.query.setText("ban sao")
    tap(qtbot, screen.search.keyboard.button("done"))
    first = screen.list.visualItemRect(screen.list.item(0)).center()
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert screen.step == "confirm" and screen.procedure is not None
    assert "bản sao" in screen.procedure.name.lower()
    assert not screen.search.keyboard.isVisible()


def slip_text(job: bytes) -> str:
    """What a code-page slip says, its lines joined by spaces (words wrap anywhere)."""
    return " ".join(decode_cp1258(job).split())


def paid_or_expired(qtbot, screen: PaymentScreen, province: ProvinceSimulator, status: str) -> str:
    """The province reports ``status`` for the screen's payment; the next poll shows it."""
    assert screen.intent is not None
    reference = screen.intent.reference
    qtbot.waitUntil(lambda: province.store.payment(reference) is not None, timeout=10_000)
    province.store.set_payment_status(reference, status)
    with qtbot.waitSignal(screen.step_changed, timeout=15_000) as changed:
        screen._poll.setInterval(50)
        screen._poll.start()
    return str(changed.args[0])


@pytest.mark.parametrize("config_settings", [CP1258_PRINTER])
def test_the_slip_printed_again_once_paid_says_paid_and_carries_no_code(
    qtbot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    screen = start_paying(qtbot, window)
    first = printer.wait_for_jobs(1)[0].data  # pending: the code to pay with
    assert GS_QR_STORE in first and VIETNAMESE.scan_to_pay in slip_text(first)
    qtbot.waitUntil(lambda: not screen.printing.busy, timeout=10_000)
    assert paid_or_expired(qtbot, screen, province, "paid") == "paid"
    assert screen.payment is not None and screen.payment.status == "paid"
    # the screen and the paper agree
    assert screen.message.text() == f"✓ {VIETNAMESE.paid_thanks}"
    assert screen.print_button.isVisible()

    tap(qtbot, screen.print_button)  # "In lại phiếu"
    again = printer.wait_for_jobs(2)[1].data
    assert GS_QR_STORE not in again and screen.intent is not None
    assert screen.intent.qr_payload.encode() not in again
    text = slip_text(again)
    assert (
        VIETNAMESE.paid in text
        and VIETNAMESE.paid_thanks in text
        and screen.intent.reference in text
    )
    assert format_vnd(screen.payment.amount_vnd) in text
    assert "Quét" not in text and "Chờ thanh toán" not in text
    paid_at = screen.payment.paid_at
    assert paid_at is not None
    catalogue = window.context.catalogue
    assert catalogue is not None
    zone = ZoneInfo(catalogue.office.timezone)
    assert f"Thanh toán lúc {paid_at.astimezone(zone):%H:%M %d/%m/%Y}" in text
    bank = screen.payment.bank_reference
    assert bank and f"Mã giao dịch ngân hàng: {bank}" in text  # on paper and on screen
    assert f"Mã giao dịch ngân hàng: {bank}" in screen.details.text()


@pytest.mark.parametrize("config_settings", [CP1258_PRINTER])
@pytest.mark.parametrize("status", ["expired", "cancelled"])
def test_an_expired_payment_offers_no_slip_and_its_slip_says_the_code_is_void(
    qtbot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter, status: str
) -> None:
    screen = start_paying(qtbot, window)
    printer.wait_for_jobs(1)
    qtbot.waitUntil(lambda: not screen.printing.busy, timeout=10_000)
    assert paid_or_expired(qtbot, screen, province, status) == "expired"
    # word for word what the slip says
    assert screen.message.text() == VIETNAMESE.no_longer_valid
    assert not screen.print_button.isVisible() and not screen.qr.isVisible()

    screen._print_slip()  # even if asked to (no button offers it), nothing payable prints
    void = printer.wait_for_jobs(2)[1].data
    assert GS_QR_STORE not in void
    text = slip_text(void)
    assert VIETNAMESE.no_longer_valid in text and VIETNAMESE.scan_to_pay not in text


@pytest.mark.parametrize("config_settings", [CP1258_PRINTER])
def test_printing_again_just_after_the_money_arrived_prints_the_paid_slip(
    qtbot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    screen = start_paying(qtbot, window)
    printer.wait_for_jobs(1)
    qtbot.waitUntil(lambda: not screen.printing.busy, timeout=10_000)
    assert screen.intent is not None
    reference = screen.intent.reference
    qtbot.waitUntil(lambda: province.store.payment(reference) is not None, timeout=10_000)
    province.store.set_payment_status(reference, "paid")  # before the screen's next poll
    assert screen.step == "pay"
    tap(qtbot, screen.print_button)  # the screen still shows the code
    qtbot.waitUntil(lambda: len(printer.jobs) == 2, timeout=10_000)  # after the status
    again = printer.jobs[1].data
    assert GS_QR_STORE not in again and VIETNAMESE.paid in slip_text(again)
    assert screen.step == "paid"
