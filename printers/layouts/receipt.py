"""The receipt for an online submission: the dossier code as Code128 and QR, to look it up.

A submission made offline has no dossier code yet: its receipt says it is queued on the
kiosk and will be sent when the network is back, and carries the local reference instead.

Both say who applied, masked (a receipt may be left behind: the family name whole, the other
words by their first letter), the procedure's fee and how long it takes; the receipt of an
accepted submission also says when the result is due, where the province says.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.model import Office, Procedure, SubmissionReceipt
from kiosk.domain.wording import format_vnd, mask_name
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import DOSSIER_STATES, moment, office_footer, office_heading


def build_receipt_job(
    receipt: SubmissionReceipt,
    procedure: Procedure,
    office: Office,
    settings: JobSettings,
    *,
    applicant_name: str = "",
    track_url: str | None = None,
) -> bytes:
    """The receipt of a submission the province accepted; the QR holds ``track_url`` if
    given, else the dossier code. ``applicant_name`` is printed masked."""
    job = _start(procedure, office, settings, "BIÊN NHẬN HỒ SƠ TRỰC TUYẾN", applicant_name)
    job.text("Mã hồ sơ", size=20)
    job.barcode128(receipt.dossier_code)
    job.qr(track_url or receipt.dossier_code, module_size=4)
    job.text("Quét mã để tra cứu tình trạng hồ sơ", size=20)
    job.rule()
    job.text(f"Trạng thái: {DOSSIER_STATES[receipt.status]}", size=22, bold=True)
    moment(job, "Tiếp nhận lúc", receipt.received_at, office.timezone)
    if receipt.due_at is not None:
        moment(job, "Hẹn trả kết quả", receipt.due_at, office.timezone)
    office_footer(job, office)
    return job.finish()


def build_queued_receipt_job(
    procedure: Procedure,
    local_reference: str,
    queued_at: datetime,
    office: Office,
    settings: JobSettings,
    *,
    applicant_name: str = "",
) -> bytes:
    """The receipt of a submission waiting on the kiosk for the network (no dossier code);
    ``applicant_name`` is printed masked."""
    job = _start(procedure, office, settings, "BIÊN NHẬN HỒ SƠ CHỜ GỬI", applicant_name)
    job.text(
        "Hồ sơ đã được lưu trên ki-ốt và sẽ tự động gửi đi khi có mạng trở lại. "
        "Mã hồ sơ sẽ được cấp khi cơ quan tiếp nhận.",
        size=22,
    )
    job.feed()
    job.text("Mã tham chiếu", size=20)
    job.barcode128(local_reference)
    job.text("Giữ phiếu này và đưa cho cán bộ nếu cần hỗ trợ", size=20)
    job.rule()
    moment(job, "Lập lúc", queued_at, office.timezone)
    office_footer(job, office)
    return job.finish()


def _start(
    procedure: Procedure, office: Office, settings: JobSettings, title: str, applicant_name: str
) -> JobBuilder:
    job = JobBuilder(settings)
    office_heading(job, office)
    job.text(title, size=26, bold=True)
    job.text(procedure.name, size=24, bold=True)
    job.rule()
    if masked := mask_name(applicant_name):
        job.text(f"Người nộp: {masked}", size=20, align="left")
    job.text(f"Phí, lệ phí: {fee_wording(procedure)}", size=20, align="left")
    if procedure.processing_time:
        job.text(f"Thời hạn giải quyết: {procedure.processing_time}", size=20, align="left")
    job.rule()
    return job


def fee_wording(procedure: Procedure) -> str:
    """The fee as the procedure screens word it: the amount in đồng; else the catalogue's
    text (a fee that depends on the case); else "Không mất phí"."""
    if procedure.fee_vnd > 0:
        return format_vnd(procedure.fee_vnd)
    return procedure.fee or "Không mất phí"
