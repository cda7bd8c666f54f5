"""The receipt for an online submission: the dossier code as Code128 and QR, to look it up.

A submission made offline has no dossier code yet: its receipt says it is queued on the
kiosk and will be sent when the network is back, and carries the local reference instead.

Both say who applied, masked (a receipt may be left behind: the family name whole, the other
words by their first letter), the procedure's fee and how long it takes; the receipt of an
accepted submission also says when the result is due, where the province says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kiosk.domain.model import Office, Procedure, SubmissionReceipt
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill, format_vnd, mask_name
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import moment, office_footer, office_heading, printable_words, title


def build_receipt_job(
    receipt: SubmissionReceipt,
    procedure: Procedure,
    office: Office,
    settings: JobSettings,
    *,
    applicant_name: str = "",
    track_url: str | None = None,
    words: PaperWords = VIETNAMESE,
) -> bytes:
    """The receipt of a submission the province accepted; the QR holds ``track_url`` if
    given, else the dossier code. ``applicant_name`` is printed masked."""
    job, words = _start(
        procedure, office, settings, words, lambda w: w.receipt_title, applicant_name
    )
    job.text(words.dossier_code, size=20)
    job.barcode128(receipt.dossier_code)
    job.qr(track_url or receipt.dossier_code, module_size=4)
    job.text(words.scan_to_look_up, size=20)
    job.rule()
    job.text(fill(words.state_line, words.dossier_states[receipt.status]), size=22, bold=True)
    moment(job, words.received_at, receipt.received_at, office.timezone)
    if receipt.due_at is not None:
        moment(job, words.due_at, receipt.due_at, office.timezone)
    office_footer(job, office, words)
    return job.finish()


def build_queued_receipt_job(
    procedure: Procedure,
    local_reference: str,
    queued_at: datetime,
    office: Office,
    settings: JobSettings,
    *,
    applicant_name: str = "",
    words: PaperWords = VIETNAMESE,
) -> bytes:
    """The receipt of a submission waiting on the kiosk for the network (no dossier code);
    ``applicant_name`` is printed masked."""
    job, words = _start(
        procedure, office, settings, words, lambda w: w.queued_receipt_title, applicant_name
    )
    job.text(words.queued_explanation, size=22)
    job.feed()
    job.text(words.local_reference, size=20)
    job.barcode128(local_reference)
    job.text(words.keep_receipt, size=20)
    job.rule()
    moment(job, words.made_at, queued_at, office.timezone)
    office_footer(job, office, words)
    return job.finish()


def _start(
    procedure: Procedure,
    office: Office,
    settings: JobSettings,
    words: PaperWords,
    which_title: Callable[[PaperWords], str],
    applicant_name: str,
) -> tuple[JobBuilder, PaperWords]:
    """A receipt's job up to its body, and the words it prints in."""
    job = JobBuilder(settings)
    words = printable_words(settings, words)
    office_heading(job, office)
    title(job, words, which_title, size=26)
    job.text(procedure.display_name(words.language), size=24, bold=True)
    job.rule()
    if masked := mask_name(applicant_name):
        job.text(fill(words.applicant, masked), size=20, align="left")
    job.text(fill(words.fee_line, fee_wording(procedure, words)), size=20, align="left")
    if procedure.processing_time:
        line = fill(words.processing_time_line, procedure.processing_time)
        job.text(line, size=20, align="left")
    job.rule()
    return job, words


def fee_wording(procedure: Procedure, words: PaperWords = VIETNAMESE) -> str:
    """The fee as the procedure screens word it: the amount in đồng; else the catalogue's
    text (a fee that depends on the case); else "Không mất phí"."""
    if procedure.fee_vnd > 0:
        return format_vnd(procedure.fee_vnd)
    return procedure.fee or words.no_fee
