"""A dossier's status on paper: the code, where it stands, its history, and how fresh it is.

A status read while the kiosk could not reach the province says so, with the time it was
last seen, so nobody takes an old status for today's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.domain.model import DossierStatus, Office
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import DOSSIER_STATES, moment, office_footer, office_heading

BODY_SIZE = 20


def build_status_slip_job(
    status: DossierStatus,
    office: Office,
    settings: JobSettings,
    *,
    live: bool,
    seen_at: datetime,
    printed_at: datetime,
) -> bytes:
    """The status slip of one dossier, newest history step first."""
    job = JobBuilder(settings)
    office_heading(job, office)
    job.text("PHIẾU TRA CỨU TÌNH TRẠNG HỒ SƠ", size=24, bold=True)
    job.text(status.procedure_name, size=24, bold=True)
    job.text("Mã hồ sơ", size=BODY_SIZE)
    job.barcode128(status.code)
    job.rule()
    job.text(f"Tình trạng: {DOSSIER_STATES[status.status]}", size=26, bold=True)
    if not live:
        job.text(
            "Ki-ốt đang mất kết nối: đây là tình trạng đã biết gần nhất", size=BODY_SIZE, bold=True
        )
        moment(job, "Cập nhật lúc", seen_at, office.timezone)
    moment(job, "Tiếp nhận lúc", status.received_at, office.timezone)
    if status.due_at is not None:
        moment(job, "Hẹn trả kết quả", status.due_at, office.timezone)
    if status.history:
        job.rule()
        zone = ZoneInfo(office.timezone)
        job.text("Quá trình giải quyết", size=BODY_SIZE, bold=True, align="left")
        for event in sorted(status.history, key=lambda e: e.at, reverse=True):
            local = event.at.astimezone(zone)
            job.text(
                f"{local:%d/%m/%Y %H:%M}  {DOSSIER_STATES[event.status]}",
                size=BODY_SIZE,
                bold=True,
                align="left",
            )
            if event.note:
                job.text(event.note, size=BODY_SIZE, align="left")
    job.rule()
    moment(job, "In lúc", printed_at, office.timezone)
    office_footer(job, office)
    return job.finish()
