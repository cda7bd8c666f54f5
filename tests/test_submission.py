"""Submitting an online service: consent, the ID card filling the form after the citizen
confirms, checks in plain Vietnamese, review, and a receipt with the dossier code online or a
local reference offline; nothing of it left on screen afterwards."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from printers.vietnamese import decode_cp1258
from screens.main_window import MainWindow
from screens.submission import FieldInput, SubmissionScreen
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.touch import open_journey, tap, wait_for_wipes

CARD = (
    "048190001234||Nguyễn Thị Hồng Nhung|15081990|Nữ|45 Trần Phú, phường Hải Châu, "
    "thành phố Đà Nẵng|20042021"
)
MARITAL_FORM = "to-khai-xac-nhan-tinh-trang-hon-nhan"


def open_form(qtbot, window, form_id: str = MARITAL_FORM):
    """From Home: the submission tile, the service, consent; returns the screen on the form."""
    screen = open_journey(qtbot, window, "submission", SubmissionScreen)
    row = next(
        i
        for i in range(screen.services.count())
        if screen.services.item(i).data(Qt.ItemDataRole.UserRole) == form_id
    )
    centre = screen.services.visualItemRect(screen.services.item(row)).center()
    qtbot.mouseClick(screen.services.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert screen.step == "consent"
    assert screen.form is not None
    assert screen.form.consent_text in screen.consent_text.text()
    tap(qtbot, screen.agree)
    assert screen.step == "form"
    return screen


def field(screen: SubmissionScreen, field_id: str) -> FieldInput:
    return next(i for i in (*screen.applicant_inputs, *screen.inputs) if i.field.id == field_id)


def text_box(screen: SubmissionScreen, field_id: str) -> QLineEdit:
    """The line edit of a field typed in as text."""
    edit = field(screen, field_id).edit
    assert edit is not None
    return edit


def choose(qtbot, screen, field_id: str, value: str) -> None:
    options = field(screen, field_id).options
    assert options is not None
    tap(qtbot, next(b for b in options.buttons() if b.property("value") == value))


def fill_the_rest(qtbot, screen) -> None:
    """What the ID card does not give: marital status, purpose, copies, phone, the pledge."""
    choose(
        qtbot,
        screen,
        "tinh_trang_hon_nhan",
        field(screen, "tinh_trang_hon_nhan").field.options[0].value,
    )
    text_box(screen, "muc_dich").setText("Để đăng ký kết hôn")
    text_box(screen, "so_ban").setText("2")
    text_box(screen, "dien_thoai").setText("0905 123 456")
    pledge = field(screen, "cam_doan").tick
    assert pledge is not None
    tap(qtbot, pledge)


def send(qtbot, screen) -> None:
    tap(qtbot, screen.continue_button)
    assert screen.step == "review", [i.problem.text() for i in screen.inputs if i.problem.text()]
    with qtbot.waitSignal(
        screen.step_changed, timeout=20_000, check_params_cb=lambda step: step == "done"
    ):
        tap(qtbot, screen.submit_button)


def test_the_id_card_fills_the_form_only_after_the_citizen_confirms(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    assert screen.prefill_box.isVisible()
    assert "Nguyễn Thị Hồng Nhung" in screen.prefill_text.text()
    assert text_box(screen, "full_name").text() == ""  # nothing filled yet

    tap(qtbot, screen.prefill_yes)

    assert text_box(screen, "full_name").text() == "Nguyễn Thị Hồng Nhung"
    assert text_box(screen, "id_number").text() == "048190001234"
    assert text_box(screen, "ngay_sinh").text() == "15/08/1990"
    assert field(screen, "gioi_tinh").raw() == "nu"
    assert text_box(screen, "noi_cu_tru").text().startswith("45 Trần Phú")
    assert text_box(screen, "muc_dich").text() == ""  # not the card's to fill
    assert screen.prefill_box.isHidden()


def test_declining_the_card_leaves_the_form_as_it_was(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    text_box(screen, "full_name").setText("Trần Văn Bình")
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_no)
    assert text_box(screen, "full_name").text() == "Trần Văn Bình"
    assert text_box(screen, "id_number").text() == ""


def test_an_incomplete_form_says_what_is_wrong_in_vietnamese(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    text_box(screen, "dien_thoai").setText("12345")
    tap(qtbot, screen.continue_button)
    assert screen.step == "form"
    assert field(screen, "full_name").problem.text() == "Vui lòng điền mục này."
    assert field(screen, "dien_thoai").problem.text().startswith("Vui lòng nhập số điện thoại")
    assert field(screen, "cam_doan").problem.isVisible()
    assert field(screen, "phone").problem.isHidden()  # optional and empty: fine


def test_online_the_receipt_carries_the_dossier_code(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    tap(qtbot, screen.continue_button)
    assert screen.step == "review", {
        i.field.id: i.problem.text() for i in screen.inputs if i.problem.text()
    }
    assert "Nguyễn Thị Hồng Nhung" in screen.review_text.text()
    assert "0905123456" in screen.review_text.text()  # as it will be sent
    tap(qtbot, screen.edit_button)  # a second look at the form, then on
    send(qtbot, screen)

    assert screen.outcome.state == "received"
    code = screen.outcome.receipt.dossier_code
    assert re.fullmatch(r"000\.00\.17\.H17-[0-9]{6}-[0-9]{4}", code)
    assert screen.result_code.text() == code
    (submission,) = province.store.submissions()
    assert submission["consent"]["given"] is True
    assert submission["consent"]["version"] == screen.form.consent_version
    assert submission["applicant"]["id_number"] == "048190001234"
    assert submission["data"]["so_ban"] == 2 and submission["data"]["ngay_sinh"] == "1990-08-15"
    job = printer.wait_for_jobs(1)[0].data
    assert code.encode() in job  # Code128 and QR carry the code
    due = screen.outcome.receipt.due_at
    assert due is not None
    local = due.astimezone(ZoneInfo(window.context.config.office.timezone))
    assert f"Hẹn trả kết quả: {local:%H:%M %d/%m/%Y}" in screen.result_text.text()


def test_offline_it_is_queued_with_a_local_reference_and_sent_once_later(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    core: KioskCore,
    printer: VirtualPrinter,
) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    province.faults.settings = FaultSettings(drop_rate=1.0)
    send(qtbot, screen)

    assert screen.outcome.state == "queued"
    reference = screen.outcome.local_reference
    assert screen.result_code.text() == reference
    assert reference.encode() in printer.wait_for_jobs(1)[0].data
    province.faults.settings = FaultSettings()
    core.sync.wake()
    qtbot.waitUntil(lambda: len(province.store.submissions()) == 1, timeout=20_000)
    assert province.store.submissions()[0]["data"]["muc_dich"] == "Để đăng ký kết hôn"


def test_without_consent_nothing_can_be_filled_in(qtbot, window) -> None:
    screen = open_journey(qtbot, window, "submission", SubmissionScreen)
    centre = screen.services.visualItemRect(screen.services.item(0)).center()
    qtbot.mouseClick(screen.services.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    tap(qtbot, screen.disagree)
    assert screen.step == "consent" and screen.consent_note.isVisible()
    tap(qtbot, window.back_button)  # Back: a step back, to the list of services
    assert window.navigator.current is screen and screen.step == "choose"


def test_leaving_erases_everything_entered(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    window.navigator.home()
    wait_for_wipes(qtbot, window)
    assert screen.inputs == [] and screen.applicant_inputs == []
    kept = screen.findChildren(FieldInput)  # for the next citizen: hidden and empty
    assert all(i.isHidden() and i.raw() in ("", False) for i in kept)
    assert screen.form is None and screen.consent_at is None and screen.step == "choose"


def test_the_next_citizen_on_the_same_service_finds_every_input_empty(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    text_box(screen, "so_ban").setText("abc")
    tap(qtbot, screen.continue_button)  # a problem shown under the number of copies
    assert field(screen, "so_ban").problem.isVisible()
    first = [*screen.applicant_inputs, *screen.inputs]
    window.navigator.home()
    wait_for_wipes(qtbot, window)

    screen = open_form(qtbot, window)
    assert [*screen.applicant_inputs, *screen.inputs] == first  # the same inputs, kept
    assert all(i.raw() in ("", False) for i in first)
    assert all(i.problem.isHidden() and i.problem_found is None for i in first)
    assert all(i.isVisible() for i in first)
    edit = text_box(screen, "full_name")
    assert not edit.isUndoAvailable()  # the last citizen's name cannot be brought back


def test_a_scan_while_typing_on_the_screen_keyboard_keeps_the_half_typed_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = open_form(qtbot, window)
    edit = text_box(screen, "muc_dich")
    tap(qtbot, edit)
    assert screen.keyboard.isVisible() and screen.keyboard.editor is edit
    for key in "ddeer":
        tap(qtbot, screen.keyboard.button(key))
    assert edit.text() == "để"

    window.context.scans.receive(CARD.encode())  # the card is read mid-word
    assert screen.prefill_box.isVisible() and edit.text() == "để"
    tap(qtbot, screen.prefill_yes)
    for key in " ddawng":
        tap(qtbot, screen.keyboard.button("space" if key == " " else key))
    assert edit.text() == "để đăng"
    assert text_box(screen, "full_name").text() == "Nguyễn Thị Hồng Nhung"


def test_the_review_follows_a_change_of_language(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    tap(qtbot, screen.continue_button)
    assert screen.step == "review"
    assert "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân" in screen.review_text.text()
    window.context.language.set_language("en")
    review = screen.review_text.text()
    assert "Request for a certificate of marital status" in review
    assert "Full name of the person concerned" in review
    assert "Tờ khai" not in review and "Ngày, tháng, năm sinh" not in review
    window.context.language.set_language("vi")
    assert "Ngày, tháng, năm sinh" in screen.review_text.text()


def test_an_untouched_form_shows_no_error_until_continue_finds_one(qtbot, window) -> None:
    screen = open_form(qtbot, window)
    inputs = (*screen.applicant_inputs, *screen.inputs)
    assert not screen.form_message.isVisible()
    assert not any(field_input.problem.isVisible() for field_input in inputs)
    window.context.language.set_language("en")  # a retranslation shows nothing either
    assert not screen.form_message.isVisible()
    tap(qtbot, screen.continue_button)
    assert screen.form_message.isVisible()
    assert any(field_input.problem.isVisible() for field_input in inputs)
    window.navigator.home()  # the next citizen's form starts clean
    window.context.language.set_language("vi")
    screen = open_form(qtbot, window)
    assert not screen.form_message.isVisible()


@pytest.mark.parametrize(
    "config_settings",
    [{"KIOSK_KIOSK_RESULT_SCREEN_S": "3", "KIOSK_PRINTER_TEXT_MODE": "cp1258"}],
)
def test_the_receipt_names_the_applicant_masked_never_in_full(
    qtbot: QtBot, window: MainWindow, printer: VirtualPrinter
) -> None:
    screen = open_form(qtbot, window)
    window.context.scans.receive(CARD.encode())
    tap(qtbot, screen.prefill_yes)
    fill_the_rest(qtbot, screen)
    send(qtbot, screen)
    printed = " ".join(decode_cp1258(printer.wait_for_jobs(1)[0].data).split())
    assert "Nguyễn T*** H*** N***" in printed
    assert "Hồng Nhung" not in printed and "048190001234" not in printed
