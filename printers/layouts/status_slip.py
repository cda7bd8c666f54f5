"""A dossier's status on paper: the code, where it stands, its history, and how fresh it is.

A status read while the kiosk could not reach the province says so, with the time it was
last seen, so nobody takes an old status for today's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.domain.model import DossierStatus, Office
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import moment, office_footer, office_heading, printable_words, title

BODY_SIZE = 20


def build_status_slip_job(
    status: DossierStatus,
    office: Office,
    settings: JobSettings,
    *,
    live: bool,
    seen_at: datetime,
    printed_at: datetime,
    words: PaperWords = VIETNAMESE,
) -> bytes:
    """The status slip of one dossier, newest history step first, in the language of
    ``words`` (the procedure's name and the officers' notes are the province's)."""
    job = JobBuilder(settings)
    words = printable_words(settings, words)
    states = words.dossier_states
    office_heading(job, office)
    title(job, words, lambda w: w.status_title, size=24)
    job.text(status.procedure_name, size=24, bold=True)
    job.text(words.dossier_code, size=BODY_SIZE)
    job.barcode128(status.code)
    job.rule()
    job.text(fill(words.status_line, states[status.status]), size=26, bold=True)
    if not live:
        job.text(words.status_offline, size=BODY_SIZE, bold=True)
        moment(job, words.updated_at, seen_at, office.timezone)
    moment(job, words.received_at, status.received_at, office.timezone)
    if status.due_at is not None:
        moment(job, words.due_at, status.due_at, office.timezone)
    if status.history:
        job.rule()
        zone = ZoneInfo(office.timezone)
        job.text(words.history, size=BODY_SIZE, bold=True, align="left")
        for event in sorted(status.history, key=lambda e: e.at, reverse=True):
            local = event.at.astimezone(zone)
            job.text(
                f"{local:%d/%m/%Y %H:%M}  {states[event.status]}",
                size=BODY_SIZE,
                bold=True,
                align="left",
            )
            if event.note:
                job.text(event.note, size=BODY_SIZE, align="left")
    job.rule()
    moment(job, words.printed_at, printed_at, office.timezone)
    office_footer(job, office, words)
    return job.finish()
