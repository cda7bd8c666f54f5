"""A printed guide comes in pages of at most 12 KB, printed one at a time and confirmed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from kiosk.domain.model import Procedure
from kiosk.domain.printer_status import PrinterState
from kiosk.services.tickets import PrintError
from printers.job import JobSettings
from printers.layouts.guide import PAGE_BYTES, build_guide_pages
from printers.printer import EscposPrinter, PrinterSettings
from printers.samples import BIRTH_REGISTRATION, SAMPLE_OFFICE
from printers.uri import parse_printer_uri
from printers.vietnamese import decode_cp1258
from simulators.virtual_printer import VirtualPrinter

RASTER_80 = JobSettings("TM-T20II", 80)
RASTER_58 = JobSettings("ZJ-5870", 58)
CP1258 = JobSettings("TM-T20II", 80, "cp1258")
GS_FULL_CUT = b"\x1dV\x00"
GS_PART_CUT = b"\x1dV\x01"
LONG_PROCEDURE = BIRTH_REGISTRATION.model_copy(
    update={
        "documents": tuple(
            f"Giấy tờ số {n}: bản sao có chứng thực hoặc bản chính để đối chiếu của người "
            f"yêu cầu, người được ủy quyền, và giấy tờ chứng minh nơi cư trú (mẫu số {n})"
            for n in range(1, 61)
        ),
        "legal_basis": tuple(
            f"Nghị định số {n}/2015/NĐ-CP quy định chi tiết một số điều của Luật Hộ tịch"
            for n in range(100, 110)
        ),
    }
)


COMMANDS = re.compile(rb"\x1b@|[\x1b\x1d][taEdJ!V].", re.DOTALL)
"""The printer commands of a CP1258 guide: init, code page, alignment, bold, feeds, size, cut."""


def page_texts(pages: list[bytes]) -> list[str]:
    """What each page of a CP1258 guide says, its lines joined by spaces."""
    return [" ".join(decode_cp1258(COMMANDS.sub(b"", page)).split()) for page in pages]


@pytest.mark.parametrize("settings", [RASTER_80, RASTER_58, CP1258], ids=str)
@pytest.mark.parametrize("procedure", [BIRTH_REGISTRATION, LONG_PROCEDURE], ids=["sample", "long"])
def test_every_page_fits_in_12_kb_and_is_numbered(
    procedure: Procedure, settings: JobSettings
) -> None:
    pages = build_guide_pages(procedure, SAMPLE_OFFICE, settings)
    assert all(len(page) <= PAGE_BYTES for page in pages), [len(page) for page in pages]
    assert all(page.startswith(b"\x1b@") for page in pages)
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{len(pages)}\n".encode() in page
    if settings.text_mode == "raster":
        assert len(pages) > 1  # a guide's Vietnamese in raster is more than 12 KB


def test_a_long_guide_says_everything_once_in_order_across_its_pages() -> None:
    pages = build_guide_pages(LONG_PROCEDURE, SAMPLE_OFFICE, CP1258)
    assert len(pages) > 1
    texts = page_texts(pages)
    whole = " ".join(texts)
    expected = [
        *(f"{n}. {document}" for n, document in enumerate(LONG_PROCEDURE.documents, 1)),
        "Lệ phí",
        "Căn cứ pháp lý",
        *(f"- {basis}" for basis in LONG_PROCEDURE.legal_basis),
        SAMPLE_OFFICE.address,
    ]
    at = [whole.index(paragraph) for paragraph in expected]
    assert at == sorted(at)
    assert all(whole.count(paragraph) == 1 for paragraph in expected[:3])
    for text in texts[1:]:
        assert text.startswith(f"{LONG_PROCEDURE.name} (tiếp theo)")
    for text in texts[:-1]:  # no section heading is left at a page's end
        body = re.sub(r" Trang \d+/\d+$", "", text)
        assert not body.endswith(("Thành phần hồ sơ", "Lệ phí", "Căn cứ pháp lý")), body[-60:]


def test_pages_are_cut_partly_between_them_and_fully_at_the_end() -> None:
    pages = build_guide_pages(LONG_PROCEDURE, SAMPLE_OFFICE, RASTER_80)
    assert all(GS_PART_CUT in page[-8:] for page in pages[:-1])
    assert GS_FULL_CUT in pages[-1][-8:]


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    printer = VirtualPrinter().start()
    yield printer
    printer.stop()


def escpos_printer(virtual: VirtualPrinter) -> EscposPrinter:
    return EscposPrinter(PrinterSettings(parse_printer_uri(virtual.uri), RASTER_80, timeout_s=3.0))


def test_a_paged_guide_arrives_page_after_page(virtual: VirtualPrinter) -> None:
    pages = build_guide_pages(BIRTH_REGISTRATION, SAMPLE_OFFICE, RASTER_80)
    after = escpos_printer(virtual).print_document(
        lambda settings: build_guide_pages(BIRTH_REGISTRATION, SAMPLE_OFFICE, settings)
    )
    assert after.state is PrinterState.ONLINE
    (job,) = virtual.wait_for_jobs(1)
    at = [job.data.index(page) for page in pages]
    assert at == sorted(at)


def test_paper_running_out_on_a_page_stops_the_guide_there(virtual: VirtualPrinter) -> None:
    pages = build_guide_pages(BIRTH_REGISTRATION, SAMPLE_OFFICE, RASTER_80)
    assert len(pages) >= 3
    virtual.set_fault("paper_out", after_bytes=len(pages[0]) + len(pages[1]) // 2)
    with pytest.raises(PrintError) as failure:
        escpos_printer(virtual).print_document(lambda _settings: pages)
    assert f"page 2 of {len(pages)}" in str(failure.value)
    assert failure.value.status.state is PrinterState.PAPER_OUT
    (job,) = virtual.wait_for_jobs(1)
    assert pages[0] in job.data and pages[2] not in job.data
    assert virtual.received_bytes() < len(pages[0]) + len(pages[1]) + 1024
