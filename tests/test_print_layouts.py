"""Printed documents: what goes on paper per printer profile and text mode, built once as bytes.

Golden files (tests/golden/*.bin) pin every byte of each sample document. After a deliberate
change, regenerate them with ``UPDATE_GOLDEN=1`` (the golden tests then write and skip), look
at the previews (``python -m tools.screenshots --print-only``), and commit both. Raster text is
drawn with the bundled fonts and Pillow's basic layout, so the bytes do not depend on the
machine's fonts or on Raqm; they do depend on the FreeType in the locked Pillow wheel.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

import barcode
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFont

from bench.ticket_job import CONTENTS as TICKET_CONTENTS
from bench.ticket_job import LONGEST_FIELD_NAME, REALISTIC_OFFICE, realistic_ticket
from bench.ticket_job import SETTINGS as TICKET_SETTINGS
from kiosk.domain.model import Procedure
from kiosk.domain.paper_words import VIETNAMESE
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.domain.wording import MASK, WaitUnits, format_vnd, format_wait, mask_name
from printers import raster_text
from printers.job import (
    Align,
    JobBuilder,
    JobSettings,
    TextMode,
    UnsupportedTextMode,
    _code128_data,
    supported_text_modes,
    text_cells,
    without_realtime,
)
from printers.layouts.payment_slip import build_payment_slip_job
from printers.layouts.receipt import build_queued_receipt_job, build_receipt_job, fee_wording
from printers.layouts.test_page import build_test_page_job, edge_pattern, ruler, vietnamese_letters
from printers.layouts.ticket import build_ticket_job
from printers.samples import (
    BIRTH_REGISTRATION,
    BUSINESS_HOUSEHOLD,
    DOCUMENT_NAMES,
    SAMPLE_APPLICANT,
    SAMPLE_DOSSIER_CODE,
    SAMPLE_LOCAL_REFERENCE,
    SAMPLE_MOMENT,
    SAMPLE_OFFICE,
    SAMPLE_PAYMENT_OFFICE,
    sample_documents,
    sample_expired_payment,
    sample_paid_payment,
    sample_payment,
    sample_receipt,
    sample_ticket,
    sample_vietqr,
)
from printers.vietnamese import decode_cp1258, decode_tcvn3, encode_cp1258
from printers.wrapping import wrap_words
from simulators.escpos_preview import render_job

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
WIDE = JobSettings("TM-T20II", 80)
NARROW = JobSettings("ZJ-5870", 58)
CP1258 = JobSettings("TM-T20II", 80, "cp1258")
TCVN3 = JobSettings("TM-T20II", 80, "tcvn3")
GS_QR = b"\x1d(k"
GS_CUT = b"\x1dV"
GS_RASTER = b"\x1dv0"
GS_CODE128 = b"\x1dkI"
BA_DINH = "Trung tâm Phục vụ hành chính công phường Ba Đình"
"""48 characters, 52 bytes in CP1258: its tone marks take cells of their own."""
LONG_VIETNAMESE = (
    f"{BA_DINH} tiếp nhận hồ sơ đăng ký khai sinh, kết hôn, chứng thực bản sao từ bản chính; "
    "người nộp xuất trình Căn cước hoặc Hộ chiếu còn giá trị và chờ đến lượt ở Quầy số 3. "
    "ƯU TIÊN người cao tuổi, phụ nữ mang thai, người khuyết tật; Ủy ban nhân dân quận Ba Đình"
)
TICKET_VARIANTS = {
    "online": sample_ticket(),
    "priority": sample_ticket(priority=True),
    "offline": sample_ticket(offline=True, people_ahead=None, track_url=None, priority=True),
    "long field": sample_ticket(field_name="Bảo trợ xã hội và chính sách người có công"),
}


def golden_cases() -> list[tuple[str, JobSettings]]:
    wide = [
        (name, JobSettings("TM-T20II", 80, mode))
        for name in DOCUMENT_NAMES
        for mode in ("raster", "cp1258")
    ]
    return [*wide, ("ticket", TCVN3), ("ticket", NARROW)]


def golden_id(case: tuple[str, JobSettings]) -> str:
    name, job = case
    return f"{name}-{job.text_mode}-{job.paper_width_mm}mm"


@pytest.mark.parametrize("case", golden_cases(), ids=golden_id)
def test_document_matches_its_golden_bytes(case: tuple[str, JobSettings]) -> None:
    name, job_settings = case
    data = sample_documents(job_settings)[name]
    path = GOLDEN_DIR / f"{golden_id(case)}.bin"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_bytes(data)
        pytest.skip(f"wrote {path.name}")
    assert path.exists(), f"no {path.name}: run the tests once with UPDATE_GOLDEN=1"
    expected = path.read_bytes()
    if data != expected:
        first = next(
            (i for i, (a, b) in enumerate(zip(data, expected, strict=False)) if a != b),
            min(len(data), len(expected)),
        )
        pytest.fail(
            f"{path.name}: {len(data)} bytes built, {len(expected)} golden; "
            f"first difference at byte {first}"
        )


# ------------------------------------------------------------------ sizes


@pytest.mark.parametrize("variant", TICKET_VARIANTS)
def test_80mm_raster_ticket_fits_in_8_kb(variant: str) -> None:
    assert len(build_ticket_job(TICKET_VARIANTS[variant], SAMPLE_OFFICE, WIDE)) <= 8 * 1024


@pytest.mark.parametrize("job_settings", [WIDE, NARROW], ids=["80mm", "58mm"])
def test_realistic_raster_tickets_fit_in_8_kb_and_the_longest_in_a_second_at_115200(
    job_settings: JobSettings,
) -> None:
    """A commune's two-line name, a long field name, priority, 137 people ahead and the
    tracking QR: 8 KB; the longest field name we could think of: under a second's bytes at
    115200 baud (10 bits a byte)."""
    realistic = build_ticket_job(realistic_ticket(), REALISTIC_OFFICE, job_settings)
    assert len(realistic) <= 8 * 1024
    longest = build_ticket_job(realistic_ticket(LONGEST_FIELD_NAME), REALISTIC_OFFICE, job_settings)
    assert len(longest) * 10 / 115_200 <= 0.9


TICKET_BYTES_WHEN_SET = {
    "sample": (5715, 346, 5518),
    "realistic": (8099, 409, 7121),
    "realistic, longest field name": (9607, 457, 8477),
}
"""Each ticket of ``bench.ticket_job`` built for each of its printers (80 mm raster, 80 mm
CP1258, 58 mm raster), in bytes, when this was set: a figure no machine's speed changes (the
fonts and Pillow are locked), so a layout that sends more to the printer is caught here."""
TICKET_BYTES_SLACK = 1.02


@pytest.mark.parametrize("content", list(TICKET_BYTES_WHEN_SET))
def test_no_ticket_sends_the_printer_more_bytes_than_it_did(content: str) -> None:
    _name, ticket, office = next(c for c in TICKET_CONTENTS if c[0] == content)
    sizes = [len(build_ticket_job(ticket, office, settings)) for settings in TICKET_SETTINGS]
    ceilings = [round(size * TICKET_BYTES_SLACK) for size in TICKET_BYTES_WHEN_SET[content]]
    assert all(size <= ceiling for size, ceiling in zip(sizes, ceilings, strict=True)), sizes


@pytest.mark.parametrize("job_settings", [WIDE, CP1258, NARROW], ids=["raster", "cp1258", "58mm"])
def test_a_long_name_is_set_smaller_rather_than_across_many_lines(
    job_settings: JobSettings,
) -> None:
    job = JobBuilder(job_settings)
    assert job.fitting_size("Hộ tịch", (30, 26), bold=True) == 30
    long_name = TICKET_VARIANTS["long field"].field_name
    assert job.fitting_size(long_name, (30, 26), bold=True) == 26
    assert job.fitting_size(long_name * 3, (30, 26, 22), bold=True) == 22  # the smallest


def test_the_ticket_prints_a_short_field_name_larger_than_a_long_one() -> None:
    def magnification(field_name: str) -> int:
        """GS ! n in force where the field name's first line starts (n: width and height)."""
        job = build_ticket_job(sample_ticket(field_name=field_name), SAMPLE_OFFICE, CP1258)
        at = job.index(encode_cp1258(field_name.split()[0]) + b" ")
        return job[job.rindex(b"\x1d!", 0, at) + 2]

    assert magnification("Hộ tịch") == 0x11  # double width and height
    assert magnification("Hộ tịch, chứng thực và đăng ký kết hôn, nhận cha mẹ con") == 0x00


@pytest.mark.parametrize("variant", TICKET_VARIANTS)
@pytest.mark.parametrize("job_settings", [CP1258, TCVN3], ids=["cp1258", "tcvn3"])
def test_80mm_code_page_ticket_fits_in_1_5_kb(variant: str, job_settings: JobSettings) -> None:
    assert len(build_ticket_job(TICKET_VARIANTS[variant], SAMPLE_OFFICE, job_settings)) <= 1536


def test_raster_lines_carry_no_blank_rows() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, WIDE)
    for width_bytes, height, data, _, _ in rasters(job):
        image = Image.frombytes("1", (width_bytes * 8, height), data)
        rows = [image.crop((0, y, image.width, y + 1)).getbbox() for y in (0, height - 1)]
        assert all(rows), "blank first or last row: it should have been a paper feed"


# ------------------------------------------------------------------ text modes


def test_supported_text_modes_follow_the_profiles_code_pages() -> None:
    assert supported_text_modes("TM-T20II") == [
        "raster",
        "cp1258",
        "cp1258-raster",
        "tcvn3",
        "ascii",
    ]
    assert supported_text_modes("ZJ-5870") == ["raster", "ascii"]


def test_a_profile_without_the_code_page_is_refused_with_what_it_supports() -> None:
    with pytest.raises(UnsupportedTextMode, match=r"ZJ-5870 has no cp1258 .*raster, ascii"):
        JobSettings("ZJ-5870", 58, "cp1258")
    with pytest.raises(ValueError, match="unknown printer model 'no-such-printer'"):
        JobSettings("no-such-printer", 80)
    with pytest.raises(ValueError, match="58 or 80"):
        JobSettings("TM-T20II", 76)


def test_cp1258_job_selects_the_profiles_code_page_and_holds_the_text() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, CP1258)
    assert job.startswith(b"\x1b@\x1bt\x34")  # ESC @, ESC t 52: TM-T20II's number for CP1258
    assert GS_RASTER not in job
    text = decode_cp1258(job)
    for expected in (
        "SỐ THỨ TỰ",
        "Hộ tịch",
        "Mời đến Quầy 2",
        "Trước bạn: 4 người, chờ khoảng 20 phút",
        "Lấy số lúc\n08:30 23/11/2026",
    ):  # 01:30 UTC is 08:30 in the office's zone
        assert expected in text


def test_tcvn3_job_switches_between_its_two_code_pages() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, TCVN3)
    selections = re.findall(rb"\x1bt(.)", job, flags=re.DOTALL)
    assert set(selections) == {b"\x1e", b"\x1f"}  # TCVN-3-1 (30), TCVN-3-2 (31)
    assert all(a != b for a, b in itertools.pairwise(selections))
    assert GS_RASTER not in job


def test_ascii_mode_folds_the_marks() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, JobSettings("ZJ-5870", 58, "ascii"))
    assert b"SO THU TU" in job and b"Moi den Quay 2" in job
    assert b"\x1bt" not in job


def test_raster_mode_sends_ascii_as_native_text() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, WIDE)
    assert b"A017\n" in job  # the big number
    assert b"23/11/2026\n" in job  # the date after the Vietnamese part of the line


def test_code_page_text_is_wrapped_by_words_at_the_column_count() -> None:
    builder = JobBuilder(CP1258)
    paragraph = BIRTH_REGISTRATION.documents[1]
    builder.text(paragraph, size=22, align="left")
    job = builder.finish()
    start = len(b"\x1b@\x1bt\x34")  # ESC @, ESC t 52; then left, plain, normal size as is
    lines = decode_cp1258(job[start : job.index(b"\x1bd")]).splitlines()
    assert len(lines) > 1 and all(len(line) <= 48 for line in lines)
    assert " ".join(lines) == unicodedata.normalize("NFC", paragraph)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "Đăng",
                "ký",
                "khai",
                "sinh",
                "thường",
                "trú",
                "Nguyễn",
                "người",
                "chứng",
                "thực",
                "ƯU",
                "TIÊN",
                "Ủy",
                "x" * 30,
            ]
        ),
        min_size=1,
        max_size=40,
    ),
    columns=st.integers(8, 48),
    mode=st.sampled_from(["raster", "cp1258", "tcvn3", "ascii"]),
)
def test_wrap_words_keeps_words_within_the_columns(
    words: list[str], columns: int, mode: TextMode
) -> None:
    def cells(text: str) -> int:
        return text_cells(text, mode)

    assume(all(cells(word) <= columns for word in words))
    lines = wrap_words(" ".join(words), columns, cells)
    assert " ".join(lines).split() == words
    assert all(cells(line) <= columns for line in lines)


@pytest.mark.parametrize("paragraph", [BA_DINH, LONG_VIETNAMESE], ids=["Ba Dinh", "long"])
@pytest.mark.parametrize("align", ["left", "center"])
@pytest.mark.parametrize(("paper_mm", "columns"), [(80, 48), (58, 32)])
@pytest.mark.parametrize("mode", ["cp1258", "tcvn3"])
def test_code_page_lines_fit_the_columns_in_printed_bytes(
    mode: TextMode, paper_mm: int, columns: int, align: Align, paragraph: str
) -> None:
    assert len(encode_cp1258(BA_DINH)) == 52  # wider than 48 columns although 48 characters
    builder = JobBuilder(JobSettings("TM-T20II", paper_mm, mode))
    assert builder.columns == columns
    builder.text(paragraph, size=22, align=align)
    lines = printed_lines(builder.finish(), mode)
    assert (len(lines) > 1) == (text_cells(paragraph, mode) > columns)
    assert all(len(data) <= columns for data, _ in lines), [d for d, _ in lines]
    assert " ".join(text for _, text in lines) == unicodedata.normalize("NFC", paragraph)


# ------------------------------------------------------------------ paper, cut, codes


def test_80mm_ticket_has_native_number_qr_and_cut() -> None:
    ticket = sample_ticket()
    job = build_ticket_job(ticket, SAMPLE_OFFICE, WIDE)
    assert job.startswith(b"\x1b@")
    assert ticket.track_url is not None
    assert GS_QR in job and ticket.track_url.encode() in job
    assert GS_CUT in job[-8:]


def test_profile_without_cut_or_native_qr_gets_feed_and_image_qr() -> None:
    job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, NARROW)
    assert GS_CUT not in job
    assert GS_QR not in job
    assert max(raster.printed_height for raster in rasters(job)) > 100  # the QR, as an image
    assert job.endswith(b"\n" * 5)


@pytest.mark.parametrize("job_settings", [WIDE, NARROW], ids=["80mm", "58mm"])
def test_every_raster_fits_the_paper(job_settings: JobSettings) -> None:
    ticket = sample_ticket(field_name="Bảo trợ xã hội " * 6)
    for name, data in [
        ("ticket", build_ticket_job(ticket, SAMPLE_OFFICE, job_settings)),
        *sample_documents(job_settings).items(),
    ]:
        widths = [raster.printed_width for raster in rasters(data)]
        assert widths and max(widths) <= (576 if job_settings is WIDE else 384), name


def test_receipt_carries_the_dossier_code_as_one_native_qr() -> None:
    # 288 modules: at 2 dots a module with its quiet zones, wider than 576 dots
    job = build_receipt_job(sample_receipt(), BIRTH_REGISTRATION, SAMPLE_OFFICE, WIDE)
    assert GS_CODE128 not in job
    assert job.count(b"1P0" + SAMPLE_DOSSIER_CODE.encode()) == 1
    with_url = build_receipt_job(
        sample_receipt(),
        BIRTH_REGISTRATION,
        SAMPLE_OFFICE,
        WIDE,
        track_url="https://dvc.example.gov.vn/hs/0042",
    )
    assert b"1P0https://dvc.example.gov.vn/hs/0042" in with_url


def test_code128_preview_shows_the_barcode() -> None:
    builder = JobBuilder(WIDE)
    assert builder.barcode128("ABCDEFGHIJKLMNOP") == "code128"
    job = builder.finish()
    assert GS_CODE128 in job
    assert barcode_rows(render_job(job, 576)) >= 60


def test_58mm_code128_is_drawn_as_an_image() -> None:
    builder = JobBuilder(NARROW)
    assert builder.barcode128("KS-7F3A9C21") == "code128"
    job = builder.finish()
    assert GS_CODE128 not in job
    # the bars, 80 dots tall (scanning: test_print_codes), sent at half size and printed
    # at double width and height: a quarter of the bytes
    [bars] = rasters(job)
    assert (bars.printed_height, bars.height, bars.scale_x) == (80, 40, 2)


def test_queued_receipt_has_the_local_reference_and_no_dossier_code() -> None:
    job = build_queued_receipt_job(
        BIRTH_REGISTRATION, SAMPLE_LOCAL_REFERENCE, SAMPLE_MOMENT, SAMPLE_OFFICE, CP1258
    )
    assert GS_QR in job and b"1P0" + SAMPLE_LOCAL_REFERENCE.encode() in job  # too long for Code128
    text = decode_cp1258(job)
    assert "khi có mạng trở lại" in text and SAMPLE_DOSSIER_CODE not in text


@settings(max_examples=300, deadline=None)
@given(
    content=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=40)
)
def test_code128_payload_decodes_to_its_content(content: str) -> None:
    payload, modules = _code128_data(content)
    assert payload[:2] in (b"{B", b"{C")  # python-escpos and printers need the code set
    assert decode_code128(payload) == content
    assert modules <= 11 * (len(content) + 3) + 2  # never wider than all in code set B


@pytest.mark.parametrize(
    "content",
    [SAMPLE_DOSSIER_CODE, SAMPLE_LOCAL_REFERENCE, "1234", "12345", "A1234B", "A123456B", "{x}"],
)
def test_code128_is_as_narrow_as_python_barcode_makes_it(content: str) -> None:
    modules = len(barcode.get_barcode_class("code128")(content).build()[0])
    assert _code128_data(content)[1] == modules


def test_a_code128_too_wide_for_the_paper_prints_as_a_qr_and_its_text() -> None:
    builder = JobBuilder(NARROW)
    assert builder.barcode128("X" * 40) == "qr"
    job = builder.finish()
    assert len(rasters(job)) == 1 and job.count(b"X") == 40  # a QR image, then the text


def test_payment_slip_carries_the_vietqr_as_a_native_qr() -> None:
    payment = sample_payment()
    payload = sample_vietqr(payment)
    job = build_payment_slip_job(payment, BUSINESS_HOUSEHOLD, payload, SAMPLE_OFFICE, CP1258)
    assert GS_QR in job and b"1P0" + payload.encode("ascii") in job
    text = decode_cp1258(job)
    assert "100.000 đ" in text and payment.reference in text
    assert "Quét mã bằng ứng dụng ngân hàng để nộp phí" in text


def test_payment_amounts_read_the_vietnamese_way() -> None:
    assert [format_wait(m) for m in (0, 4, 16, 59, 60, 75, 104, 548)] == [
        "5 phút",
        "5 phút",
        "20 phút",
        "1 giờ",
        "1 giờ",
        "1 giờ rưỡi",
        "1 giờ rưỡi",
        "9 giờ",
    ]
    english = WaitUnits("%1 min", "%1 h", "%1 h 30 min")
    assert [format_wait(m, english) for m in (16, 75, 548)] == ["20 min", "1 h 30 min", "9 h"]
    assert format_vnd(1_250_000) == "1.250.000 đ"
    assert format_vnd(8_000) == "8.000 đ"
    assert format_vnd(500) == "500 đ"


def test_test_page_sample_has_every_vietnamese_letter() -> None:
    letters = vietnamese_letters().split()
    assert len(letters) == 29 + 12 * 5
    assert {"đ", "ặ", "ễ", "ự", "ỹ", "ờ"} <= set(letters)
    assert all(unicodedata.is_normalized("NFC", letter) for letter in letters)


@pytest.mark.parametrize("width", [384, 576])
def test_ruler_and_edge_pattern_span_the_printable_width(width: int) -> None:
    for image in (ruler(width), edge_pattern(width)):
        assert image.width == width
        ink = image.convert("L").point(lambda v: 255 - v)
        assert ink.getpixel((0, image.height - 1)) and ink.getpixel((width - 1, image.height - 1))


def test_test_page_shows_status_or_that_it_could_not_be_read() -> None:
    status = PrinterStatus(
        PrinterState.PAPER_LOW, "paper near end", checked_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    for given_status, expected in (
        (status, "PAPER_LOW (paper near end)"),
        (None, "không đọc được"),
    ):
        job = build_test_page_job(
            CP1258, given_status, kiosk_id="K1", version="9.9", printed_at=SAMPLE_MOMENT
        )
        assert expected in decode_cp1258(job)


# ------------------------------------------------------------------ raster text


VIETNAMESE_WORDS = st.lists(
    st.sampled_from(
        [
            "Đăng",
            "ký",
            "khai",
            "sinh",
            "thường",
            "trú",
            "Nguyễn",
            "Thị",
            "Hương",
            "chứng",
            "thực",
            "bản",
            "sao",
            "Ủy",
            "ban",
            "nhân",
            "dân",
            "phường",
            "Hải",
            "Châu",
            "ưu",
            "tiên",
            "người",
            "cao",
            "tuổi",
        ]
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(words=VIETNAMESE_WORDS, size=st.integers(16, 40), width=st.integers(150, 576))
def test_wrap_keeps_every_word_in_order_within_the_width(
    words: list[str], size: int, width: int
) -> None:
    font = raster_text._font(size, False)
    assume(all(font.getlength(word) <= width for word in words))  # no word needs cutting
    lines = wrap_words(
        " ".join(words), width, partial(raster_text.text_width, size=size, bold=False)
    )
    assert " ".join(lines).split() == words
    assert all(font.getlength(line) <= width for line in lines)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=80), width=st.integers(40, 576))
def test_wrap_never_loses_characters_of_any_text(text: str, width: int) -> None:
    lines = wrap_words(text, width, partial(raster_text.text_width, size=24, bold=True))
    # white space separates words, except a no-break space, which stays inside its word
    expected = re.sub(r"[^\S\u00a0\u2007\u202f]", "", unicodedata.normalize("NFC", text))
    assert "".join(lines).replace(" ", "") == expected


def test_raster_text_uses_the_bundled_font_without_raqm() -> None:
    font = raster_text._font(24, True)
    assert font.layout_engine == ImageFont.Layout.BASIC
    assert isinstance(font.path, str)
    assert Path(font.path) == raster_text.BOLD_FONT


def test_rendered_line_is_cropped_across_to_whole_bytes_and_keeps_stacked_marks() -> None:
    line = raster_text.render_line("ẨẪỖ ỄỂỜ gjpqỵ", 24, True)
    assert line.mode == "1" and line.width % 8 == 0
    ink = line.convert("L").point(lambda v: 255 - v).getbbox()
    assert ink is not None
    assert ink[0] == 0 and line.width - ink[2] < 8  # cropped to the ink across
    assert ink[1] > 0 and ink[3] < line.height  # marks and descenders inside the line


# ------------------------------------------------------------------ helpers


def printed_lines(job: bytes, mode: TextMode) -> list[tuple[bytes, str]]:
    """The native text lines of a code-page job: the bytes that take cells, and their text.

    ESC t (code page) and ESC a (alignment) are followed, not printed; the job ends with
    ESC d and a cut.
    """
    pages = {0x1E: 1, 0x1F: 2}  # TM-T20II's numbers for TCVN-3-1 and TCVN-3-2
    assert job.startswith(b"\x1b@")
    body = job[2 : job.rindex(b"\x1bd")]
    lines: list[tuple[bytes, str]] = []
    runs: list[tuple[int, bytes]] = []
    page, data = 1, bytearray()
    for part in re.split(rb"(\x1b[ta].)", body, flags=re.DOTALL):
        if part.startswith(b"\x1bt"):
            page = pages.get(part[2], 0)
            continue
        if part.startswith(b"\x1ba"):
            continue
        assert b"\x1b" not in part and b"\x1d" not in part, part
        for index, chunk in enumerate(part.split(b"\n")):
            if index:
                text = decode_cp1258(bytes(data)) if mode == "cp1258" else decode_tcvn3(runs)
                lines.append((bytes(data), text))
                data, runs = bytearray(), []
            data += chunk
            runs.append((page, chunk))
    assert not data, "text after the last line feed"
    return lines


class Raster(NamedTuple):
    """One GS v 0 image: its bytes across, rows and data, and how the printer scales it."""

    width_bytes: int
    height: int
    data: bytes
    scale_x: int
    scale_y: int

    @property
    def printed_width(self) -> int:
        """Dots across on paper."""
        return self.width_bytes * 8 * self.scale_x

    @property
    def printed_height(self) -> int:
        """Dots down on paper."""
        return self.height * self.scale_y


def rasters(job: bytes) -> list[Raster]:
    """Each GS v 0 image of a job (m: bit 0 doubles the width, bit 1 the height)."""
    found = []
    at = job.find(GS_RASTER)
    while at != -1:
        mode = job[at + 3]
        width_bytes = job[at + 4] + 256 * job[at + 5]
        height = job[at + 6] + 256 * job[at + 7]
        start = at + 8
        data = job[start : start + width_bytes * height]
        found.append(Raster(width_bytes, height, data, 1 + (mode & 1), 1 + (mode >> 1 & 1)))
        at = job.find(GS_RASTER, start + width_bytes * height)
    return found


def barcode_rows(page: Image.Image) -> int:
    """How many rows of the paper look like a barcode (many ink edges across)."""
    ink = page.point(lambda v: 1 if v < 128 else 0)
    width = ink.width
    data = ink.tobytes()
    rows = 0
    for y in range(ink.height):
        row = data[y * width : (y + 1) * width]
        if sum(a != b for a, b in itertools.pairwise(row)) >= 100:
            rows += 1
    return rows


def decode_code128(payload: bytes) -> str:
    """The characters an ESC/POS Code128 payload ({B text, {C digit pairs) stands for."""
    out, code_set, at = [], "", 0
    while at < len(payload):
        if payload[at : at + 1] == b"{" and payload[at + 1 : at + 2] in (b"B", b"C"):
            code_set, at = chr(payload[at + 1]), at + 2
        elif payload[at : at + 2] == b"{{":
            out.append("{")
            at += 2
        else:
            out.append(f"{payload[at]:02d}" if code_set == "C" else chr(payload[at]))
            at += 1
    return "".join(out)


REALTIME = re.compile(rb"\x10[\x04\x05\x14]")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_image_bytes_never_carry_a_realtime_command(data: bytes) -> None:
    cleaned = without_realtime(data)
    assert not REALTIME.search(cleaned)
    assert len(cleaned) == len(data)
    # only the byte after each DLE may change, and only by one dot (bit 1)
    assert all(
        a == b or (a ^ b == 0x02 and data[i - 1] == 0x10)
        for i, (a, b) in enumerate(zip(data, cleaned, strict=True))
    )


def test_a_dossier_code_whose_digits_read_as_dle_eot_is_sent_in_code_set_b() -> None:
    job = JobBuilder(JobSettings("TM-T20II", 80))
    job.barcode128("X-160401-160501")  # set C pairs 16 04 01 and 16 05 01: DLE EOT, DLE ENQ
    data = job.finish()
    assert not REALTIME.search(data)
    assert b"{BX-160401-160501" in data


@pytest.mark.parametrize(
    "settings",
    [JobSettings("TM-T20II", 80, mode) for mode in ("raster", "cp1258", "tcvn3", "ascii")]
    + [JobSettings("ZJ-5870", 58)],
    ids=str,
)
def test_no_document_makes_the_printer_answer_unasked(settings: JobSettings) -> None:
    for name, job in sample_documents(settings).items():
        assert not REALTIME.search(job), name


# ------------------------------------------------------------------ true slips


def slip_text(job: bytes) -> str:
    """What a CP1258 job says, its lines joined by spaces (words wrap anywhere)."""
    return " ".join(decode_cp1258(job).split())


@pytest.mark.parametrize("job_settings", [WIDE, CP1258, NARROW], ids=["raster", "cp1258", "58mm"])
def test_a_paid_slip_carries_no_code_to_pay_even_when_given_one(job_settings: JobSettings) -> None:
    paid = sample_paid_payment()
    payload = sample_vietqr(paid)
    job = build_payment_slip_job(
        paid, BUSINESS_HOUSEHOLD, payload, SAMPLE_PAYMENT_OFFICE, job_settings
    )
    assert GS_QR not in job and payload.encode("ascii") not in job
    # nor as an image (58 mm): a QR is over 100 dots tall, a line of text far less
    assert max((raster.printed_height for raster in rasters(job)), default=0) < 100


def test_a_paid_slip_says_paid_with_the_amount_the_time_and_the_reference() -> None:
    paid = sample_paid_payment()
    text = slip_text(
        build_payment_slip_job(paid, BUSINESS_HOUSEHOLD, None, SAMPLE_PAYMENT_OFFICE, CP1258)
    )
    assert VIETNAMESE.paid in text and VIETNAMESE.paid_thanks in text
    assert "100.000 đ" in text and paid.reference in text
    assert "Thanh toán lúc 08:34 23/11/2026" in text  # 01:34 UTC, office time
    assert "Mã giao dịch ngân hàng: FT26327004213577" in text
    assert "Tài khoản: TRUNG TAM PHUC VU HANH CHINH CONG PHUONG HAI CHAU" in text
    assert (
        "Quét" not in text and VIETNAMESE.scan_to_pay not in text and "Chờ thanh toán" not in text
    )


@pytest.mark.parametrize(
    ("status", "says"), [("expired", "HẾT HẠN THANH TOÁN"), ("cancelled", "ĐÃ HỦY")]
)
def test_an_expired_or_cancelled_slip_says_the_code_is_void_and_has_no_code(
    status: str, says: str
) -> None:
    payment = sample_expired_payment().model_copy(update={"status": status})
    job = build_payment_slip_job(
        payment, BUSINESS_HOUSEHOLD, sample_vietqr(payment), SAMPLE_PAYMENT_OFFICE, CP1258
    )
    assert GS_QR not in job
    text = slip_text(job)
    assert says in text and VIETNAMESE.no_longer_valid in text and payment.reference in text
    assert VIETNAMESE.scan_to_pay not in text and VIETNAMESE.paid not in text
    assert "Cập nhật lúc 08:45 23/11/2026" in text


def test_a_pending_slip_cannot_be_built_without_its_code() -> None:
    with pytest.raises(ValueError, match="VietQR"):
        build_payment_slip_job(sample_payment(), BUSINESS_HOUSEHOLD, None, SAMPLE_OFFICE, CP1258)


def test_receipts_show_the_masked_applicant_the_fee_the_processing_time_and_due_date() -> None:
    fee = BIRTH_REGISTRATION.model_copy(update={"fee_vnd": 8_000})
    received = build_receipt_job(
        sample_receipt(), fee, SAMPLE_OFFICE, CP1258, applicant_name=SAMPLE_APPLICANT
    )
    queued = build_queued_receipt_job(
        fee,
        SAMPLE_LOCAL_REFERENCE,
        SAMPLE_MOMENT,
        SAMPLE_OFFICE,
        CP1258,
        applicant_name=SAMPLE_APPLICANT,
    )
    for job in (received, queued):
        text = slip_text(job)
        assert "Người nộp: Nguyễn T*** H*** N***" in text
        assert SAMPLE_APPLICANT not in text and "Hồng" not in text and "Nhung" not in text
        assert "Phí, lệ phí: 8.000 đ" in text
        assert "Thời hạn giải quyết: Ngay trong ngày làm việc" in text
    # the province's due date (10:00 UTC) in office time; a queued one has none yet
    assert "Hẹn trả kết quả 17:00 26/11/2026" in slip_text(received)
    assert "Hẹn trả" not in slip_text(queued)


def test_a_receipt_in_raster_never_carries_the_full_name() -> None:
    full = build_receipt_job(
        sample_receipt(), BIRTH_REGISTRATION, SAMPLE_OFFICE, WIDE, applicant_name=SAMPLE_APPLICANT
    )
    masked = build_receipt_job(
        sample_receipt(),
        BIRTH_REGISTRATION,
        SAMPLE_OFFICE,
        WIDE,
        applicant_name=mask_name(SAMPLE_APPLICANT),
    )
    assert full == masked  # what is printed is the masked name, whatever the layout was given


def test_the_fee_reads_as_on_the_procedure_screens() -> None:
    assert fee_wording(BUSINESS_HOUSEHOLD) == "100.000 đ"
    assert fee_wording(BIRTH_REGISTRATION) == BIRTH_REGISTRATION.fee  # depends on the case
    free = Procedure(id="p", code="1", field_id="f", name="Xác nhận")
    assert fee_wording(free) == "Không mất phí"


NAME_WORDS = st.text(st.characters(categories=["L"]), min_size=1, max_size=12).map(
    lambda word: unicodedata.normalize("NFC", word)
)


def _first_letter(word: str) -> str:
    """The word's first letter with the marks written on it (NFC leaves some apart: क़)."""
    end = 1
    while end < len(word) and unicodedata.category(word[end]).startswith("M"):
        end += 1
    return word[:end]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(NAME_WORDS, min_size=1, max_size=6),
    space=st.sampled_from([" ", "  ", "\t", "\u00a0 "]),
)
def test_a_masked_name_keeps_the_family_name_and_first_letters_only(
    words: list[str], space: str
) -> None:
    masked = mask_name(space + space.join(words) + space)
    parts = masked.split(" ")
    assert len(parts) == len(words)
    if len(words) > 1:
        assert parts[0] == words[0]  # the family name, whole
    given_names = words[1:] if len(words) > 1 else words
    assert parts[-len(given_names) :] == [_first_letter(word) + MASK for word in given_names]
    assert mask_name(masked) == masked  # masking twice changes nothing


def test_a_masked_name_the_vietnamese_way() -> None:
    assert mask_name("Nguyễn Thị Hồng Nhung") == "Nguyễn T*** H*** N***"
    assert mask_name("  Lê   Ánh ") == "Lê Á***"
    assert mask_name("Nguye\u0302\u0303n U\u031b\u0309u") == "Nguyễn Ử***"  # NFD in, NFC out
    assert mask_name("Hùng") == "H***"
    assert mask_name("") == mask_name("   ") == ""
