"""The payment slip: the amount, the reference and the VietQR to pay it from a bank app."""

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


def build_payment_slip_job(
    payment: Payment,
    procedure: Procedure,
    vietqr_payload: str,
    office: Office,
    settings: JobSettings,
) -> bytes:
    """The slip for one fee payment, with ``vietqr_payload`` (see kiosk.input.vietqr) as its QR."""
    job = JobBuilder(settings)
    office_heading(job, office)
    job.text("PHIẾU NỘP PHÍ, LỆ PHÍ", size=26, bold=True)
    job.text(procedure.name, size=24, bold=True)
    job.rule()
    job.text("Số tiền", size=20)
    job.text(format_vnd(payment.amount_vnd), size=36, bold=True)
    job.text("Mã thanh toán", size=20)
    job.text(payment.reference, size=24, bold=True)
    job.feed()
    job.qr(vietqr_payload, module_size=5 if job.width_dots >= 500 else 4)
    job.text("Quét mã bằng ứng dụng ngân hàng để nộp phí", size=22, bold=True)
    job.rule()
    job.text(f"Trạng thái: {PAYMENT_STATES[payment.status]}", size=22, bold=True)
    moment(job, "Cập nhật lúc", payment.updated_at, office.timezone)
    office_footer(job, office)
    return job.finish()
