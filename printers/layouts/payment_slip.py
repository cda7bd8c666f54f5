"""The payment slip, as true as the payment's status.

- pending: the amount, the reference and the VietQR to pay it from a bank app;
- paid: a large "ĐÃ THANH TOÁN", the amount, when it was paid, the reference and the bank's
  own reference of the transfer, and no code at all: nothing on a paid slip can be paid again;
- expired or cancelled: that the code is no longer valid, with no code either.

The wording is the payment screen's (``screens/payment.py``) for the same state, in the
citizen's language (:class:`PaperWords`).
"""

from __future__ import annotations

from kiosk.domain.model import Office, Payment, Procedure
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill, format_vnd
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import moment, office_footer, office_heading, printable_words, title


def build_payment_slip_job(
    payment: Payment,
    procedure: Procedure,
    vietqr_payload: str | None,
    office: Office,
    settings: JobSettings,
    words: PaperWords = VIETNAMESE,
) -> bytes:
    """The slip for one fee payment in its current status. Only a pending payment's slip
    carries ``vietqr_payload`` (see kiosk.input.vietqr) as its QR; it is required then and
    ignored otherwise."""
    job = JobBuilder(settings)
    words = printable_words(settings, words)
    office_heading(job, office)
    title(job, words, lambda w: w.payment_title, size=26)
    job.text(procedure.display_name(words.language), size=24, bold=True)
    job.rule()
    if payment.status == "pending":
        if vietqr_payload is None:
            raise ValueError(f"pending payment {payment.reference} needs its VietQR payload")
        _pending(job, payment, vietqr_payload, office, words)
    elif payment.status == "paid":
        _paid(job, payment, office, words)
    else:
        _void(job, payment, office, words)
    office_footer(job, office, words)
    return job.finish()


def _pending(
    job: JobBuilder, payment: Payment, vietqr_payload: str, office: Office, words: PaperWords
) -> None:
    job.text(words.amount, size=20)
    job.text(format_vnd(payment.amount_vnd), size=36, bold=True)
    _references(job, payment, words)
    _account(job, office, words)
    job.feed()
    job.qr(vietqr_payload, module_size=5 if job.width_dots >= 500 else 4)
    job.text(words.scan_to_pay, size=22, bold=True)
    job.rule()
    job.text(fill(words.state_line, words.payment_states[payment.status]), size=22, bold=True)
    moment(job, words.updated_at, payment.updated_at, office.timezone)


def _references(job: JobBuilder, payment: Payment, words: PaperWords) -> None:
    """The payment's reference, and the bank's of the transfer once it has one (paid)."""
    job.text(words.payment_reference, size=20)
    job.text(payment.reference, size=24, bold=True)
    if payment.bank_reference:
        job.text(fill(words.bank_reference, payment.bank_reference), size=20)


def _paid(job: JobBuilder, payment: Payment, office: Office, words: PaperWords) -> None:
    job.text(words.paid, size=40, bold=True)
    job.text(format_vnd(payment.amount_vnd), size=36, bold=True)
    moment(job, words.paid_at, payment.paid_at or payment.updated_at, office.timezone)
    job.rule()
    _references(job, payment, words)
    _account(job, office, words)
    job.rule()
    job.text(words.paid_thanks, size=22, bold=True)


def _void(job: JobBuilder, payment: Payment, office: Office, words: PaperWords) -> None:
    job.text(words.payment_states[payment.status].upper(), size=32, bold=True)
    job.text(words.no_longer_valid, size=22, bold=True)
    job.rule()
    amount = fill(words.amount_line, format_vnd(payment.amount_vnd))
    job.text(amount, size=20)  # small: nothing to pay
    job.text(fill(words.payment_reference_line, payment.reference), size=20)
    moment(job, words.updated_at, payment.updated_at, office.timezone)


def _account(job: JobBuilder, office: Office, words: PaperWords) -> None:
    """The collection account the money goes to, as the screen names it."""
    account = office.payment_account
    if account is None:
        return
    job.text(fill(words.account, account.account_name), size=20)
    if account.bank_name:
        job.text(account.bank_name, size=20)
