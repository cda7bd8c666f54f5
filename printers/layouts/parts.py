"""Pieces that several printed documents share: the office heading and footer, moments."""

from __future__ import annotations

from datetime import datetime

from kiosk.domain.model import DossierState, Office
from kiosk.domain.wording import format_moment
from printers.job import JobBuilder

DOSSIER_STATES: dict[DossierState, str] = {
    "received": "Đã tiếp nhận",
    "processing": "Đang giải quyết",
    "additional_info_required": "Cần bổ sung hồ sơ",
    "ready": "Đã có kết quả",
    "returned": "Đã trả kết quả",
    "rejected": "Không được tiếp nhận",
    "withdrawn": "Đã rút hồ sơ",
}
"""How each dossier state reads on paper."""


def office_heading(job: JobBuilder, office: Office) -> None:
    """The office's name in capitals, as a letterhead (smaller when it takes two lines or
    more), and a blank line."""
    name = office.name.upper()
    job.text(name, size=job.fitting_size(name, (20, 18), bold=True), bold=True)
    job.feed()


def office_footer(job: JobBuilder, office: Office) -> None:
    """Where the office is and its hotline, small, under a rule."""
    job.rule()
    job.text(office.address, size=20)
    if office.hotline:
        job.text(f"Đường dây nóng: {office.hotline}", size=20)


def moment(job: JobBuilder, label: str, at: datetime, timezone: str) -> None:
    """The label, then 'HH:MM DD/MM/YYYY' in the office's time zone (plain digits: native
    text even where Vietnamese goes out as raster)."""
    job.text(label, size=20)
    job.text(format_moment(at, timezone), size=20)
