"""Sample documents (Hải Châu, Đà Nẵng): for test prints, layout tests, previews and benchmarks.

Fixed values and fixed times, so what they print is the same on every run.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.domain.model import (
    Counter,
    DossierEvent,
    DossierStatus,
    IssuedTicket,
    Office,
    Payment,
    PaymentAccount,
    Procedure,
    SubmissionReceipt,
    TicketStyle,
)
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.input.vietqr import build_payload
from printers.job import JobSettings
from printers.layouts.guide import build_guide_pages
from printers.layouts.payment_slip import build_payment_slip_job
from printers.layouts.receipt import build_queued_receipt_job, build_receipt_job
from printers.layouts.status_slip import build_status_slip_job
from printers.layouts.test_page import build_test_page_job
from printers.layouts.ticket import build_ticket_job

SAMPLE_OFFICE = Office(
    id="sample",
    name="Trung tâm Phục vụ hành chính công phường Hải Châu",
    province="Thành phố Đà Nẵng",
    address="Số 122 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
    hotline="0236 3821 155",
)
SAMPLE_PAYMENT_OFFICE = SAMPLE_OFFICE.model_copy(
    update={
        "payment_account": PaymentAccount(
            bank_bin="970415",
            account="113000012345",
            account_name="TRUNG TAM PHUC VU HANH CHINH CONG PHUONG HAI CHAU",
            bank_name="VietinBank – Chi nhánh Đà Nẵng",
        )
    }
)
"""The sample office with the collection account that :func:`sample_vietqr` pays into."""
SAMPLE_APPLICANT = "Nguyễn Thị Hồng Nhung"
"""Who applied, in full: the receipts print it masked."""
SAMPLE_KIOSK_ID = "KIOSK-DN-HC-01"
SAMPLE_VERSION = "0.1.0"
SAMPLE_MOMENT = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
"""08:30 on 23 November 2026 in Đà Nẵng."""

BIRTH_REGISTRATION = Procedure(
    id="ho-tich-khai-sinh",
    code="1.001193",
    field_id="ho-tich",
    name="Đăng ký khai sinh",
    online_level="toàn trình",
    processing_time="Ngay trong ngày làm việc; hồ sơ nhận sau 15 giờ được trả kết quả trong "
    "ngày làm việc tiếp theo",
    fee="Miễn lệ phí đối với đăng ký khai sinh đúng hạn; đăng ký quá hạn: 8.000 đồng/trường hợp",
    documents=(
        "Tờ khai đăng ký khai sinh theo mẫu",
        "Giấy chứng sinh do cơ sở y tế cấp; nếu không có thì nộp văn bản xác nhận của người "
        "làm chứng hoặc giấy cam đoan về việc sinh",
        "Giấy chứng nhận kết hôn của cha, mẹ (nếu cha, mẹ đã đăng ký kết hôn)",
        "Căn cước hoặc giấy tờ tùy thân còn giá trị của người đi đăng ký (xuất trình)",
        "Văn bản ủy quyền theo quy định (nếu nhờ người khác thực hiện)",
    ),
    legal_basis=(
        "Luật Hộ tịch số 60/2014/QH13",
        "Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành "
        "Luật Hộ tịch",
        "Thông tư số 04/2020/TT-BTP hướng dẫn thi hành Luật Hộ tịch",
    ),
    where="Bộ phận một cửa – Trung tâm Phục vụ hành chính công phường Hải Châu (Quầy 1, "
    "Quầy 2) hoặc trực tuyến tại Cổng Dịch vụ công quốc gia",
)
BUSINESS_HOUSEHOLD = Procedure(
    id="hkd-thanh-lap",
    code="2.000575",
    field_id="ho-kinh-doanh",
    name="Đăng ký thành lập hộ kinh doanh",
    fee="100.000 đồng/lần",
    fee_vnd=100_000,
)
SAMPLE_DOSSIER_CODE = "000.00.17.H17-261123-0042"
SAMPLE_LOCAL_REFERENCE = f"{SAMPLE_KIOSK_ID}.EY3-261123-0001"
"""A submission waiting in the outbox: the kiosk, its epoch, the day and the series number."""


def sample_ticket(**changes: object) -> IssuedTicket:
    """A realistic ticket (A017, Hộ tịch, Quầy 2, 08:30 office time); ``changes`` override."""
    ticket = IssuedTicket(
        id="6f1c2a9e-0000-4000-8000-000000000001",
        number="A017",
        field_id="ho-tich",
        field_name="Hộ tịch",
        counter=Counter(id="q2", number=2, name="Quầy 2"),
        issued_at=SAMPLE_MOMENT,
        people_ahead=4,
        track_url="http://127.0.0.1:8080/q/6f1c2a9e-0000-4000-8000-000000000001",
        estimated_wait_min=16,
    )
    return ticket.model_copy(update=changes) if changes else ticket


def sample_receipt() -> SubmissionReceipt:
    """The province's receipt for an online birth registration sent at 09:15."""
    return SubmissionReceipt(
        dossier_code=SAMPLE_DOSSIER_CODE,
        procedure_id=BIRTH_REGISTRATION.id,
        status="received",
        received_at=datetime(2026, 11, 23, 2, 15, 7, tzinfo=UTC),
        due_at=datetime(2026, 11, 26, 10, 0, tzinfo=UTC),  # 17:00 three days on, office time
    )


def sample_payment(**changes: object) -> Payment:
    """A pending payment of the business-household registration fee (100.000 đ)."""
    payment = Payment(
        reference="HKD2611230042",
        amount_vnd=BUSINESS_HOUSEHOLD.fee_vnd,
        status="pending",
        updated_at=SAMPLE_MOMENT,
    )
    return payment.model_copy(update=changes) if changes else payment


def sample_paid_payment() -> Payment:
    """:func:`sample_payment` once the bank has reported the transfer, at 08:34, with the
    bank's reference of it."""
    paid_at = datetime(2026, 11, 23, 1, 34, 12, tzinfo=UTC)
    return sample_payment(
        status="paid", paid_at=paid_at, updated_at=paid_at, bank_reference="FT26327004213577"
    )


def sample_expired_payment() -> Payment:
    """:func:`sample_payment` never paid, expired at 08:45."""
    return sample_payment(status="expired", updated_at=datetime(2026, 11, 23, 1, 45, tzinfo=UTC))


def sample_vietqr(payment: Payment) -> str:
    """The VietQR payload paying ``payment`` into a sample collection account (VietinBank)."""
    return build_payload(
        bank_bin="970415",
        account="113000012345",
        amount_vnd=payment.amount_vnd,
        reference=payment.reference,
    )


def sample_dossier_status() -> DossierStatus:
    """A birth registration received at 08:12, being processed since 08:40."""
    received = datetime(2026, 11, 23, 1, 12, 40, tzinfo=UTC)
    return DossierStatus(
        code=SAMPLE_DOSSIER_CODE,
        procedure_id=BIRTH_REGISTRATION.id,
        procedure_name=BIRTH_REGISTRATION.name,
        status="processing",
        received_at=received,
        due_at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        updated_at=SAMPLE_MOMENT,
        history=(
            DossierEvent(at=received, status="received", note="Tiếp nhận hồ sơ tại Quầy 1"),
            DossierEvent(
                at=datetime(2026, 11, 23, 1, 40, 5, tzinfo=UTC),
                status="processing",
                note="Công chức tư pháp – hộ tịch kiểm tra, ghi Sổ đăng ký khai sinh",
            ),
        ),
    )


SAMPLE_PRINTER_STATUS = PrinterStatus(
    PrinterState.ONLINE, "paper adequate, cover closed", checked_at=SAMPLE_MOMENT
)


def sample_logo() -> str:
    """A made-up round emblem with a star, as a province would send its logo (base64 PNG)."""
    import base64
    import io
    import math

    from PIL import Image, ImageDraw

    side, centre = 128, 64
    picture = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    for inset, colour in ((4, "#C81E28"), (14, "#FFFFFF"), (20, "#C81E28")):
        draw.ellipse((inset, inset, side - 1 - inset, side - 1 - inset), fill=colour)
    star = [
        (
            centre + (36 if point % 2 == 0 else 15) * math.cos(-math.pi / 2 + point * math.pi / 5),
            centre + (36 if point % 2 == 0 else 15) * math.sin(-math.pi / 2 + point * math.pi / 5),
        )
        for point in range(10)
    ]
    draw.polygon(star, fill="#FFD700")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def sample_styled_office() -> Office:
    """The sample office with its own ticket: logo, committee line, footer, no queue length."""
    return SAMPLE_OFFICE.model_copy(
        update={
            "ticket": TicketStyle(
                header_lines=("UBND THÀNH PHỐ ĐÀ NẴNG",),
                footer_lines=("Cảm ơn quý khách!", "Góp ý: 0236 3821 155"),
                logo_png=sample_logo(),
                hide=("people_ahead",),
            )
        }
    )


DOCUMENT_NAMES = (
    "ticket",
    "ticket-office-style",
    "receipt",
    "receipt-queued",
    "status-slip",
    "status-slip-offline",
    "guide",
    "payment-slip",
    "payment-slip-paid",
    "payment-slip-expired",
    "test-page",
)
"""Every printed document, in the order :func:`sample_documents` builds them."""


def sample_documents(settings: JobSettings) -> dict[str, bytes]:
    """Every printed document (``DOCUMENT_NAMES``), built from the samples above: name ->
    ESC/POS job."""
    payment = sample_payment()
    return {
        "ticket": build_ticket_job(sample_ticket(), SAMPLE_OFFICE, settings),
        "ticket-office-style": build_ticket_job(sample_ticket(), sample_styled_office(), settings),
        "receipt": build_receipt_job(
            sample_receipt(),
            BIRTH_REGISTRATION,
            SAMPLE_OFFICE,
            settings,
            applicant_name=SAMPLE_APPLICANT,
        ),
        "receipt-queued": build_queued_receipt_job(
            BIRTH_REGISTRATION,
            SAMPLE_LOCAL_REFERENCE,
            SAMPLE_MOMENT,
            SAMPLE_OFFICE,
            settings,
            applicant_name=SAMPLE_APPLICANT,
        ),
        "status-slip": build_status_slip_job(
            sample_dossier_status(),
            SAMPLE_OFFICE,
            settings,
            live=True,
            seen_at=SAMPLE_MOMENT,
            printed_at=SAMPLE_MOMENT,
        ),
        "status-slip-offline": build_status_slip_job(
            sample_dossier_status(),
            SAMPLE_OFFICE,
            settings,
            live=False,
            seen_at=SAMPLE_MOMENT,
            printed_at=SAMPLE_MOMENT,
        ),
        "guide": b"".join(build_guide_pages(BIRTH_REGISTRATION, SAMPLE_OFFICE, settings)),
        "payment-slip": build_payment_slip_job(
            payment, BUSINESS_HOUSEHOLD, sample_vietqr(payment), SAMPLE_PAYMENT_OFFICE, settings
        ),
        "payment-slip-paid": build_payment_slip_job(
            sample_paid_payment(), BUSINESS_HOUSEHOLD, None, SAMPLE_PAYMENT_OFFICE, settings
        ),
        "payment-slip-expired": build_payment_slip_job(
            sample_expired_payment(), BUSINESS_HOUSEHOLD, None, SAMPLE_PAYMENT_OFFICE, settings
        ),
        "test-page": build_test_page_job(
            settings,
            SAMPLE_PRINTER_STATUS,
            kiosk_id=SAMPLE_KIOSK_ID,
            version=SAMPLE_VERSION,
            office=SAMPLE_OFFICE,
            printed_at=SAMPLE_MOMENT,
        ),
    }
