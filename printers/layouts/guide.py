"""A procedure guide to take home: documents to bring, fee, processing time, where, legal basis.

A guide is printed in pages of at most :data:`PAGE_BYTES` each, one job per page: the printer
is asked for its status between pages, so paper that runs out stops the guide at a page's end,
and a slow serial link prints the first page while the rest waits. Each page ends with its
number ("Trang 1/3") and a cut, partial between pages where the printer can (the guide comes
out as one strip to fold or tear); the pages after the first start with what they continue.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.model import Office, Procedure
from kiosk.domain.paper_words import VIETNAMESE, PaperWords
from kiosk.domain.wording import fill
from printers.job import JobBuilder, JobSettings
from printers.layouts.parts import office_footer, office_heading, printable_words, title

BODY_SIZE = 22
PAGE_BYTES = 12 * 1024
"""The most one page's job may take: about a second at 115200 baud."""
PAGE_END_BYTES = 64
"""Room kept on every page for its number, the feed and the cut."""

Block = Callable[[JobBuilder], None]
"""Something printed whole on one page: a heading with its first paragraph, a paragraph."""


def build_guide_pages(
    procedure: Procedure, office: Office, settings: JobSettings, words: PaperWords = VIETNAMESE
) -> list[bytes]:
    """The guide to one procedure as page jobs; sections the catalogue leaves empty are left
    out. A page holds whole paragraphs, a heading never ends a page, and a page is over
    :data:`PAGE_BYTES` only when a single paragraph is (never in practice). The headings
    are in the language of ``words``; the sections are the catalogue's, in Vietnamese."""
    words = printable_words(settings, words)
    blocks = _blocks(procedure, office, words)
    pages = _paginate(blocks, procedure, office, settings, words)
    jobs = []
    for number, page in enumerate(pages, start=1):
        job = _page_start(procedure, office, settings, words, number)
        for block in page:
            block(job)
        job.text(fill(words.page, number, len(pages)), size=20)
        jobs.append(job.finish(partial_cut=number < len(pages)))
    return jobs


def _blocks(procedure: Procedure, office: Office, words: PaperWords) -> list[Block]:
    """The guide's body after its title, in print order."""
    blocks: list[Block] = []
    for heading, paragraphs in (
        (
            words.documents,
            [f"{number}. {document}" for number, document in enumerate(procedure.documents, 1)],
        ),
        (words.fee, [procedure.fee] if procedure.fee else []),
        (words.processing_time, [procedure.processing_time] if procedure.processing_time else []),
        (words.where, [procedure.where] if procedure.where else []),
        (words.legal_basis, [f"- {basis}" for basis in procedure.legal_basis]),
    ):
        for index, paragraph in enumerate(paragraphs):
            last = index == len(paragraphs) - 1
            blocks.append(_paragraph(paragraph, heading if index == 0 else "", last))
    blocks.append(lambda job: office_footer(job, office, words))
    return blocks


def _paragraph(text: str, heading: str, ends_section: bool) -> Block:
    def block(job: JobBuilder) -> None:
        if heading:
            job.text(heading, size=BODY_SIZE, bold=True, align="left")
        job.text(text, size=BODY_SIZE, align="left")
        if ends_section:
            job.feed()

    return block


def _page_start(
    procedure: Procedure, office: Office, settings: JobSettings, words: PaperWords, number: int
) -> JobBuilder:
    """A new page's job with its heading: the office and the title on the first page, what
    it continues on the others."""
    job = JobBuilder(settings)
    name = procedure.display_name(words.language)
    if number == 1:
        office_heading(job, office)
        title(job, words, lambda w: w.guide_title, size=24)
        job.text(name, size=26, bold=True)
        job.text(fill(words.procedure_code, procedure.code), size=20)
        job.rule()
    else:
        job.text(fill(words.continued, name), size=20, bold=True)
        job.rule()
    return job


def _paginate(
    blocks: list[Block],
    procedure: Procedure,
    office: Office,
    settings: JobSettings,
    words: PaperWords,
) -> list[list[Block]]:
    """Blocks packed into pages in order, each page's bytes within :data:`PAGE_BYTES`."""
    scratch = _page_start(procedure, office, settings, words, 2)
    costs = []
    for block in blocks:  # laid out one after another, as on a page
        before = scratch.size
        block(scratch)
        costs.append(scratch.size - before)
    first_start = _page_start(procedure, office, settings, words, 1).size
    later_start = _page_start(procedure, office, settings, words, 2).size
    pages: list[list[Block]] = [[]]
    used = first_start
    for block, cost in zip(blocks, costs, strict=True):
        if pages[-1] and used + cost + PAGE_END_BYTES > PAGE_BYTES:
            pages.append([])
            used = later_start
        pages[-1].append(block)
        used += cost
    return pages
