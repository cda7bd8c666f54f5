"""Pieces that several printed documents share: the office heading and footer, titles,
moments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kiosk.domain.model import Office
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill, format_moment
from printers.job import JobBuilder, JobSettings

OFFICER_TITLE_SIZE = 18
"""The Vietnamese title under a title in another language: small, for the officer."""


def office_heading(job: JobBuilder, office: Office) -> None:
    """The office's name in capitals, as a letterhead (smaller when it takes two lines or
    more), and a blank line."""
    name = office.name.upper()
    job.text(name, size=job.fitting_size(name, (20, 18), bold=True), bold=True)
    job.feed()


def title(
    job: JobBuilder, words: PaperWords, which: Callable[[PaperWords], str], size: int
) -> None:
    """The document's title, ``which(words)``, bold; when it is not in Vietnamese, the
    Vietnamese title follows it, small, so an officer knows the slip at a glance."""
    job.text(which(words), size=size, bold=True)
    if words.language != VIETNAMESE.language:
        job.text(which(VIETNAMESE), size=OFFICER_TITLE_SIZE)


def office_footer(job: JobBuilder, office: Office, words: PaperWords) -> None:
    """Where the office is and its hotline, small, under a rule."""
    job.rule()
    job.text(office.address, size=20)
    if office.hotline:
        job.text(fill(words.hotline, office.hotline), size=20)


def moment(job: JobBuilder, label: str, at: datetime, timezone: str) -> None:
    """The label, then 'HH:MM DD/MM/YYYY' in the office's time zone (plain digits: native
    text even where Vietnamese goes out as raster)."""
    job.text(label, size=20)
    job.text(format_moment(at, timezone), size=20)


def printable_words(settings: JobSettings, words: PaperWords) -> PaperWords:
    """``words``, or the Vietnamese ones when this printer cannot print their script (Khmer
    on a code-page printer)."""
    said = " ".join(value for value in vars(words).values() if isinstance(value, str))
    return words if settings.prints(said) else VIETNAMESE
