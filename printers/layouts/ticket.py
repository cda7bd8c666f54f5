"""The queue ticket as printed: office, big number, field, counter, people ahead, QR, time.

The office's own logo, header and footer lines frame it, and the office may leave facts out
(``Office.ticket``). A ticket issued offline has no queue length or tracking QR; it says it
was issued offline. A booking's ticket names the booking's time and code. Its words are the
citizen's language's (:class:`PaperWords`), and so is the counter's name; the field comes
named in it (``TicketDesk`` names it from the catalogue).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.domain.model import IssuedTicket, Office
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill, format_wait
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import moment, office_heading, printable_words, title
from printers.logo import logo_image


def build_ticket_job(
    ticket: IssuedTicket, office: Office, settings: JobSettings, words: PaperWords = VIETNAMESE
) -> bytes:
    """The ESC/POS bytes of one queue ticket, in the language of ``words``."""
    job = JobBuilder(settings)
    words = printable_words(settings, words)
    wide = job.width_dots >= 500
    style = office.ticket
    logo = logo_image(style.logo_png, job.width_dots) if style.logo_png else None
    if logo is not None:
        job.image(logo)
    for line in style.header_lines:  # the office's superior body, above its bold name
        job.text(line, size=18)
    office_heading(job, office)
    title(job, words, lambda w: w.queue_number, size=26 if wide else 24)
    job.big(ticket.number, 6 if wide else 4)
    if ticket.priority:
        job.text(words.priority, size=30, bold=True)
    field_size = job.fitting_size(ticket.field_name, (30, 26) if wide else (26, 22), bold=True)
    job.text(ticket.field_name, size=field_size, bold=True)
    if ticket.appointment is not None:
        job.text(
            appointment_line(ticket, office.timezone, words), size=24 if wide else 22, bold=True
        )
    if style.shows("counter"):
        job.text(
            fill(words.go_to_counter, ticket.counter.display_name(words.language)),
            size=28 if wide else 24,
        )
    if ticket.people_ahead is not None and style.shows("people_ahead"):
        job.text(queue_line(ticket, words), size=24 if wide else 22)
    job.feed()
    if ticket.track_url and style.shows("tracking_qr"):
        job.qr(ticket.track_url, module_size=5 if wide else 4)
        job.text(words.scan_to_follow, size=18)
    if ticket.offline:
        job.text(words.issued_offline, size=22 if wide else 20, bold=True)
    if style.shows("issued_at"):
        moment(job, words.issued_at, ticket.issued_at, office.timezone)
    for line in style.footer_lines:
        job.text(line, size=18)
    return job.finish()


def appointment_line(ticket: IssuedTicket, timezone: str, words: PaperWords) -> str:
    """The booking a ticket checked in: "Lịch hẹn 09:30 · LH7K3P9Q" (office time)."""
    booked = ticket.appointment
    if booked is None:
        return ""
    at = booked.starts_at.astimezone(ZoneInfo(timezone))
    return fill(words.appointment, f"{at:%H:%M}", booked.code)


def queue_line(ticket: IssuedTicket, words: PaperWords) -> str:
    """How many are ahead and, where the province estimates it, about how long they take:
    "Trước bạn: 4 người, chờ khoảng 25 phút" (the result screen says the same)."""
    if ticket.estimated_wait_min:
        wait = format_wait(ticket.estimated_wait_min, words.wait)
        return fill(words.people_ahead_wait, ticket.people_ahead, wait)
    return fill(words.people_ahead, ticket.people_ahead)
