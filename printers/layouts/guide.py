"""A procedure guide to take home: documents to bring, fee, processing time, where, legal basis."""

from __future__ import annotations

from kiosk.domain.model import Office, Procedure
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import office_footer, office_heading

BODY_SIZE = 22


def build_guide_job(procedure: Procedure, office: Office, settings: JobSettings) -> bytes:
    """The guide to one procedure; sections the catalogue leaves empty are left out."""
    job = JobBuilder(settings)
    office_heading(job, office)
    job.text("HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH", size=24, bold=True)
    job.text(procedure.name, size=26, bold=True)
    job.text(f"Mã thủ tục: {procedure.code}", size=20)
    job.rule()
    _section(
        job,
        "Thành phần hồ sơ",
        [f"{number}. {document}" for number, document in enumerate(procedure.documents, 1)],
    )
    _section(job, "Lệ phí", [procedure.fee] if procedure.fee else [])
    _section(
        job, "Thời hạn giải quyết", [procedure.processing_time] if procedure.processing_time else []
    )
    _section(job, "Nơi nộp hồ sơ", [procedure.where] if procedure.where else [])
    _section(job, "Căn cứ pháp lý", [f"- {basis}" for basis in procedure.legal_basis])
    office_footer(job, office)
    return job.finish()


def _section(job: JobBuilder, heading: str, paragraphs: list[str]) -> None:
    if not paragraphs:
        return
    job.text(heading, size=BODY_SIZE, bold=True, align="left")
    for paragraph in paragraphs:
        job.text(paragraph, size=BODY_SIZE, align="left")
    job.feed()
