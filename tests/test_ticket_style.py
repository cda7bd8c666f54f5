"""The office's own ticket: its logo, header and footer lines and the facts it leaves out come
from the province's catalogue; without them the kiosk's Vietnamese defaults print."""

from __future__ import annotations

import base64
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from kiosk.core import KioskCore
from kiosk.domain.model import Office, TicketStyle
from printers.job import JobSettings
from printers.layouts.ticket import build_ticket_job
from printers.logo import LOGO_HEIGHT_DOTS, logo_image
from printers.samples import SAMPLE_OFFICE, sample_ticket
from printers.vietnamese import decode_cp1258

CP1258 = JobSettings("TM-T20II", 80, "cp1258")
GS_RASTER = b"\x1dv0"
GS_QR = b"\x1d(k"


def _png(width: int, height: int, colour: str = "black") -> str:
    picture = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    picture.paste(Image.new("RGBA", (width // 2, height // 2), colour), (width // 4, height // 4))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def _office(**style: object) -> Office:
    return SAMPLE_OFFICE.model_copy(update={"ticket": TicketStyle.model_validate(style)})


def _printed_text(job: bytes) -> str:
    """The job's text, its wrapped lines joined again by spaces."""
    return " ".join(decode_cp1258(job).split())


def test_without_a_style_the_ticket_is_the_kiosks_own() -> None:
    text = _printed_text(build_ticket_job(sample_ticket(), SAMPLE_OFFICE, CP1258))
    for line in (
        SAMPLE_OFFICE.name.upper(),
        "Mời đến Quầy 2",
        "Trước bạn: 4 người, chờ khoảng 20 phút",
        "Lấy số lúc",
    ):
        assert line in text


def test_the_offices_header_and_footer_lines_frame_the_ticket() -> None:
    office = _office(header_lines=["UBND THÀNH PHỐ ĐÀ NẴNG"], footer_lines=["Góp ý: 0236 3821 155"])
    text = _printed_text(build_ticket_job(sample_ticket(), office, CP1258))
    assert text.index("UBND THÀNH PHỐ ĐÀ NẴNG") < text.index(office.name.upper())
    assert text.index("Lấy số lúc") < text.index("Góp ý: 0236 3821 155")


def test_facts_the_office_hides_are_not_printed() -> None:
    office = _office(hide=["counter", "people_ahead", "tracking_qr", "issued_at"])
    job = build_ticket_job(sample_ticket(), office, CP1258)
    text = _printed_text(job)
    assert "Quầy 2" not in text and "Số người chờ" not in text and "Lấy số lúc" not in text
    assert GS_QR not in job
    assert "A017" in text and "Hộ tịch" in text  # the number and the field always print


def test_the_logo_prints_dithered_within_its_box_and_is_decoded_once() -> None:
    logo_image.cache_clear()
    office = _office(logo_png=_png(300, 200, "#C81E28"))
    first = build_ticket_job(sample_ticket(), office, CP1258)
    second = build_ticket_job(sample_ticket(number="A018"), office, CP1258)
    assert GS_RASTER in first and GS_RASTER in second
    assert logo_image.cache_info().misses == 1  # the second ticket reused the first's logo
    picture = logo_image(office.ticket.logo_png or "", 576)
    assert picture is not None and picture.mode == "1"
    assert picture.height <= LOGO_HEIGHT_DOTS and picture.width <= 288
    colours = picture.getcolors()
    assert colours is not None and {colour for _count, colour in colours} == {0, 255}


@pytest.mark.parametrize(
    "bad",
    [
        "not base64 at all!",
        base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode(),  # a broken PNG
        _png(4000, 10),  # a banner, not a logo
    ],
)
def test_a_logo_that_cannot_be_printed_is_left_out_and_the_ticket_prints(
    bad: str, caplog: pytest.LogCaptureFixture
) -> None:
    logo_image.cache_clear()
    office = SAMPLE_OFFICE.model_copy(
        update={"ticket": TicketStyle.model_construct(logo_png=bad)}  # past the model's check
    )
    job = build_ticket_job(sample_ticket(), office, CP1258)
    assert GS_RASTER not in job and "A017" in _printed_text(job)
    assert "logo is not printed" in caplog.text


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "header_lines": st.lists(st.one_of(st.text(max_size=400), st.integers())),
            "footer_lines": st.lists(st.text(max_size=400)),
            "logo_png": st.one_of(st.none(), st.text(max_size=50), st.integers()),
            "hide": st.lists(st.text(max_size=20)),
        },
    )
)
def test_whatever_style_a_province_sends_the_office_is_kept(style: dict[str, object]) -> None:
    office = Office.model_validate({**SAMPLE_OFFICE.model_dump(), "ticket": style})
    assert len(office.ticket.header_lines) <= 3 and len(office.ticket.footer_lines) <= 3
    assert set(office.ticket.hide) <= {"counter", "people_ahead", "tracking_qr", "issued_at"}
    build_ticket_job(sample_ticket(), office, CP1258)


def test_the_province_sends_the_offices_style_and_the_kiosk_prints_it(core: KioskCore) -> None:
    assert core.sync.run_cycle() is None  # the catalogue, through the contract
    catalogue = core.catalogue()
    assert catalogue is not None
    style = catalogue.office.ticket
    assert style.logo_png is not None and style.header_lines == ("UBND THÀNH PHỐ ĐÀ NẴNG",)
    job = build_ticket_job(sample_ticket(), catalogue.office, CP1258)
    assert GS_RASTER in job  # the logo
    assert "UBND THÀNH PHỐ ĐÀ NẴNG" in _printed_text(job)
