"""The payment slip, as true as the payment's status.

- pending: the amount, the reference and the VietQR to pay it from a bank app;
- paid: a large "ĐÃ THANH TOÁN", the amount, when it was paid, the reference and the bank's
  own reference of the transfer, and no code at all: nothing on a paid slip can be paid again;
- expired or cancelled: that the code is no longer valid, with no code either.

The wording is the payment screen's (``screens/payment.py``) for the same state, in
Vietnamese.
"""

from __future__ import annotations

from kiosk.domain.model import Office, Payment, Procedure
from kiosk.domain.wording import format_vnd
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import moment, office_footer, office_heading

PAYMENT_STATES: dict[str, str] = {
    "pending": "Chờ thanh toán",
    "paid": "Đã thanh toán",
    "expired": "Hết hạn thanh toán",
    "cancelled": "Đã hủy",
}
"""How each payment status reads on paper."""

TITLE = "PHIẾU NỘP PHÍ, LỆ PHÍ"
SCAN_TO_PAY = "Quét mã bằng ứng dụng ngân hàng để nộp phí"
PAID = "ĐÃ THANH TOÁN"
"""The paid screen's badge, without its tick (not in every printer's code page)."""
PAID_THANKS = "Đã nhận tiền. Cảm ơn bạn! Hãy giữ phiếu để đối chiếu."
NO_LONGER_VALID = "Mã thanh toán này không còn hiệu lực. Vui lòng hỏi cán bộ tại bàn hướng dẫn."
"""The expired screen's message, word for word."""


def build_payment_slip_job(
    payment: Payment,
    procedure: Procedure,
    vietqr_payload: str | None,
    office: Office,
    settings: JobSettings,
) -> bytes:
    """The slip for one fee payment in its current status. Only a pending payment's slip
    carries ``vietqr_payload`` (see kiosk.input.vietqr) as its QR; it is required then and
    ignored otherwise."""
    job = JobBuilder(settings)
    office_heading(job, office)
    job.text(TITLE, size=26, bold=True)
    job.text(procedure.name, size=24, bold=True)
    job.rule()
    if payment.status == "pending":
        if vietqr_payload is None:
            raise ValueError(f"pending payment {payment.reference} needs its VietQR payload")
        _pending(job, payment, vietqr_payload, office)
    elif payment.status == "paid":
        _paid(job, payment, office)
    else:
        _void(job, payment, office)
    office_footer(job, office)
    return job.finish()


def _pending(job: JobBuilder, payment: Payment, vietqr_payload: str, office: Office) -> None:
    job.text("Số tiền", size=20)
    job.text(format_vnd(payment.amount_vnd), size=36, bold=True)
    _references(job, payment)
    _account(job, office)
    job.feed()
    job.qr(vietqr_payload, module_size=5 if job.width_dots >= 500 else 4)
    job.text(SCAN_TO_PAY, size=22, bold=True)
    job.rule()
    job.text(f"Trạng thái: {PAYMENT_STATES[payment.status]}", size=22, bold=True)
    moment(job, "Cập nhật lúc", payment.updated_at, office.timezone)


def _references(job: JobBuilder, payment: Payment) -> None:
    """The payment's reference, and the bank's of the transfer once it has one (paid)."""
    job.text("Mã thanh toán", size=20)
    job.text(payment.reference, size=24, bold=True)
    if payment.bank_reference:
        job.text(f"Mã giao dịch ngân hàng: {payment.bank_reference}", size=20)


def _paid(job: JobBuilder, payment: Payment, office: Office) -> None:
    job.text(PAID, size=40, bold=True)
    job.text(format_vnd(payment.amount_vnd), size=36, bold=True)
    moment(job, "Thanh toán lúc", payment.paid_at or payment.updated_at, office.timezone)
    job.rule()
    _references(job, payment)
    _account(job, office)
    job.rule()
    job.text(PAID_THANKS, size=22, bold=True)


def _void(job: JobBuilder, payment: Payment, office: Office) -> None:
    job.text(PAYMENT_STATES[payment.status].upper(), size=32, bold=True)
    job.text(NO_LONGER_VALID, size=22, bold=True)
    job.rule()
    job.text(f"Số tiền: {format_vnd(payment.amount_vnd)}", size=20)  # small: nothing to pay
    job.text(f"Mã thanh toán: {payment.reference}", size=20)
    moment(job, "Cập nhật lúc", payment.updated_at, office.timezone)


def _account(job: JobBuilder, office: Office) -> None:
    """The collection account the money goes to, as the screen names it."""
    account = office.payment_account
    if account is None:
        return
    job.text(f"Tài khoản: {account.account_name}", size=20)
    if account.bank_name:
        job.text(account.bank_name, size=20)
