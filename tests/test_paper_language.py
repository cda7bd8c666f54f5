"""Slips printed in the citizen's language: the screens hand the layouts translated words, a
slip in another language keeps its title in Vietnamese for the officer, and a printer that
cannot print a script prints Vietnamese instead."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.paths import I18N_DIR
from printers.job import JobSettings
from printers.layouts.guide import build_guide_pages
from printers.layouts.payment_slip import build_payment_slip_job
from printers.layouts.receipt import build_queued_receipt_job, build_receipt_job
from printers.layouts.status_slip import build_status_slip_job
from printers.layouts.ticket import build_ticket_job
from printers.samples import (
    BIRTH_REGISTRATION,
    SAMPLE_LOCAL_REFERENCE,
    SAMPLE_MOMENT,
    SAMPLE_OFFICE,
    sample_dossier_status,
    sample_expired_payment,
    sample_payment,
    sample_receipt,
    sample_ticket,
    sample_vietqr,
)
from printers.vietnamese import decode_cp1258
from screens.main_window import MainWindow
from screens.paper_words import paper_words
from simulators.virtual_printer import VirtualPrinter
from tests.test_ticket_journey import GS_RASTER, take_ticket
from tests.touch import tap

CP1258 = JobSettings("TM-T20II", 80, "cp1258")
RASTER = JobSettings("TM-T20II", 80)
KHMER = replace(VIETNAMESE, language="km", queue_number="លេខរង់ចាំ", priority="អាទិភាព")
"""Words in a script no code page has (a few are enough: the rest stay Vietnamese)."""


@pytest.fixture
def english(qapp: QApplication) -> PaperWords:
    """The printed words with no translator installed: the English source strings (the
    windows of earlier tests, closed, are deleted now, and their translators with them)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    words = paper_words("en")
    assert words.queue_number == "QUEUE NUMBER"  # no translator left behind by another test
    return words


@pytest.fixture
def vietnamese_translator(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "kiosk_vi.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def text_of(job: bytes) -> str:
    """What a CP1258 job says, its lines joined by spaces."""
    return " ".join(decode_cp1258(job).split())


@pytest.mark.usefixtures("vietnamese_translator")
def test_the_vietnamese_translation_of_every_printed_word_is_what_paper_prints_by_default() -> None:
    assert paper_words("vi") == VIETNAMESE


Build = Callable[[PaperWords], bytes]
PAYMENT = sample_payment()
DOCUMENTS: dict[str, tuple[Build, str, str]] = {
    "ticket": (
        lambda words: build_ticket_job(sample_ticket(), SAMPLE_OFFICE, CP1258, words),
        "QUEUE NUMBER",
        "SỐ THỨ TỰ",
    ),
    "status slip": (
        lambda words: build_status_slip_job(
            sample_dossier_status(),
            SAMPLE_OFFICE,
            CP1258,
            live=False,
            seen_at=SAMPLE_MOMENT,
            printed_at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
            words=words,
        ),
        "DOSSIER STATUS",
        "PHIẾU TRA CỨU TÌNH TRẠNG HỒ SƠ",
    ),
    "receipt": (
        lambda words: build_receipt_job(
            sample_receipt(), BIRTH_REGISTRATION, SAMPLE_OFFICE, CP1258, words=words
        ),
        "ONLINE APPLICATION RECEIPT",
        "BIÊN NHẬN HỒ SƠ TRỰC TUYẾN",
    ),
    "queued receipt": (
        lambda words: build_queued_receipt_job(
            BIRTH_REGISTRATION,
            SAMPLE_LOCAL_REFERENCE,
            SAMPLE_MOMENT,
            SAMPLE_OFFICE,
            CP1258,
            applicant_name="Nguyễn Văn An",
            words=words,
        ),
        "RECEIPT: APPLICATION WAITING TO BE SENT",
        "BIÊN NHẬN HỒ SƠ CHỜ GỬI",
    ),
    "payment slip": (
        lambda words: build_payment_slip_job(
            PAYMENT, BIRTH_REGISTRATION, sample_vietqr(PAYMENT), SAMPLE_OFFICE, CP1258, words
        ),
        "FEE PAYMENT SLIP",
        "PHIẾU NỘP PHÍ, LỆ PHÍ",
    ),
    "void payment slip": (
        lambda words: build_payment_slip_job(
            sample_expired_payment(), BIRTH_REGISTRATION, None, SAMPLE_OFFICE, CP1258, words
        ),
        "FEE PAYMENT SLIP",
        "PHIẾU NỘP PHÍ, LỆ PHÍ",
    ),
    "guide": (
        lambda words: b"".join(build_guide_pages(BIRTH_REGISTRATION, SAMPLE_OFFICE, CP1258, words)),
        "ADMINISTRATIVE PROCEDURE GUIDE",
        "HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH",
    ),
}
VIETNAMESE_LABELS = (
    "Lấy số lúc",
    "Mời đến",
    "Mã hồ sơ",
    "Tình trạng:",
    "Trạng thái:",
    "Tiếp nhận lúc",
    "In lúc",
    "Người nộp",
    "Phí, lệ phí",
    "Số tiền",
    "Mã thanh toán",
    "Thành phần hồ sơ",
    "Trang 1/",
    "Đường dây nóng",
)
"""Labels only the Vietnamese words print: none may reach an English slip."""


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_slip_in_english_says_everything_in_english_and_its_title_in_vietnamese_too(
    document: str, english: PaperWords
) -> None:
    build, english_title, vietnamese_title = DOCUMENTS[document]
    text = text_of(build(english))
    assert english_title in text
    assert vietnamese_title in text  # small, under it: the officer knows the slip
    assert [label for label in VIETNAMESE_LABELS if label in text] == []
    in_vietnamese = text_of(build(VIETNAMESE))
    assert vietnamese_title in in_vietnamese and english_title not in in_vietnamese


def test_english_slips_name_the_state_the_counter_and_the_wait_in_english(
    english: PaperWords,
) -> None:
    status = text_of(DOCUMENTS["status slip"][0](english))
    assert "Status: Being processed" in status and "Hotline: " in status
    ticket = sample_ticket(people_ahead=4, estimated_wait_min=75)
    printed = text_of(build_ticket_job(ticket, SAMPLE_OFFICE, CP1258, english))
    assert f"Please go to {ticket.counter.display_name('en')}" in printed
    assert "Ahead of you: 4, about 1 h 30 min wait" in printed
    assert "Trước bạn: 4 người, chờ khoảng 1 giờ rưỡi" in text_of(
        build_ticket_job(ticket, SAMPLE_OFFICE, CP1258)
    )


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_code_page_printer_prints_a_script_it_lacks_in_vietnamese(document: str) -> None:
    build = DOCUMENTS[document][0]
    assert build(KHMER) == build(VIETNAMESE)


def test_a_raster_printer_prints_every_script() -> None:
    job = build_ticket_job(sample_ticket(priority=True), SAMPLE_OFFICE, RASTER, KHMER)
    assert job != build_ticket_job(sample_ticket(priority=True), SAMPLE_OFFICE, RASTER)


def test_a_citizen_who_chose_english_takes_an_english_ticket(
    qtbot: QtBot, window: MainWindow, printer: VirtualPrinter
) -> None:
    tap(qtbot, window.language_button)
    assert window.context.language.language == "en"
    screen = take_ticket(qtbot, window)
    job = printer.wait_for_jobs(1)[0].data
    catalogue = window.context.catalogue
    assert catalogue is not None and screen.outcome is not None
    ticket = screen.outcome.ticket
    assert ticket is not None
    field = catalogue.field(ticket.field_id)
    assert field is not None and field.name_en
    for said in ("QUEUE NUMBER", field.name_en, f"Please go to {ticket.counter.name_en}"):
        assert said.encode() in job  # English: native text, not raster
    assert b"Issued at" in job
    assert GS_RASTER in job  # the Vietnamese title under it, for the officer
