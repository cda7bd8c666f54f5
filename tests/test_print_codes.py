"""Printed codes scan: every code a document carries decodes with a barcode reader.

Each job is drawn by the independent ESC/POS preview (simulators.escpos_preview), then read
with zxing-cpp as printed, after thermal print gain (every dark dot grown by half a dot and
by a whole dot, drawn at twice the resolution) and at half the resolution. A Code128 has
bars and spaces of 2 dots or more and 10 blank modules each side; a code too wide for that
is a QR with modules of 3 dots or more, never its text alone.

At half resolution a scanner pixel spans two dots, and what it sees depends on where its
pixels fall: a 2-dot module is one pixel wide there and reads only when the pixels line up
with its dots (straddling them, its 1-module bars and spaces turn into the same grey). So a
code must read at one of the two phases (the pixels on even or on odd dots).
"""

from __future__ import annotations

import itertools
import string
from functools import cache

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageOps

from kiosk.domain.codes import EPOCH_ALPHABET
from printers.job import (
    BARCODE_QUIET_MODULES,
    MIN_MODULE_DOTS,
    CodeKind,
    JobBuilder,
    JobSettings,
)
from printers.layouts.receipt import build_queued_receipt_job
from printers.layouts.status_slip import build_status_slip_job
from printers.layouts.test_page import SCANNER_TEST_CODE
from printers.samples import (
    BIRTH_REGISTRATION,
    SAMPLE_DOSSIER_CODE,
    SAMPLE_KIOSK_ID,
    SAMPLE_LOCAL_REFERENCE,
    SAMPLE_MOMENT,
    SAMPLE_OFFICE,
    SAMPLE_VERSION,
    sample_documents,
    sample_dossier_status,
    sample_payment,
    sample_ticket,
    sample_vietqr,
)
from simulators.escpos_preview import MARGIN_DOTS, render_job

PAPERS = {
    "80mm": JobSettings("TM-T20II", 80),  # native Code128 and QR
    "58mm": JobSettings("ZJ-5870", 58),  # neither: both as raster images
    "80mm-qr-image": JobSettings("TH230", 80),  # native Code128, QR as an image
    "58mm-native": JobSettings("Sunmi-V2", 58),  # native Code128 and QR on 384 dots
}
CONDITIONS = ("as printed", "gain +0.5 dot", "gain +1 dot")
MIN_QR_MODULE_DOTS = 3
READABLE = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode])
_TRACK_URL = sample_ticket().track_url
assert _TRACK_URL is not None
CODES: dict[str, tuple[str, ...]] = {
    "ticket": (_TRACK_URL,),
    "receipt": (SAMPLE_DOSSIER_CODE,),
    "receipt-queued": (SAMPLE_LOCAL_REFERENCE,),
    "status-slip": (SAMPLE_DOSSIER_CODE,),
    "status-slip-offline": (SAMPLE_DOSSIER_CODE,),
    "payment-slip": (sample_vietqr(sample_payment()),),
    "test-page": (SCANNER_TEST_CODE, f"{SAMPLE_KIOSK_ID} {SAMPLE_VERSION}"),
}
"""What each printed document carries as codes (its sample's payloads)."""

DOSSIER_CODES = st.from_regex(
    r"[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}-[0-9]{6}-[0-9]{4}", fullmatch=True
)
"""Dossier codes as provinces issue them: 000.00.17.H17-261116-0002."""
OFFLINE_REFERENCES = st.builds(
    "{}.{}-{}-{:04d}".format,
    st.from_regex(r"KIOSK-[A-Z]{2,4}(-[A-Z0-9]{1,4}){0,2}-[0-9]{2}", fullmatch=True),
    st.text(EPOCH_ALPHABET, min_size=3, max_size=3),
    st.from_regex(r"2[6-9](0[1-9]|1[0-2])(0[1-9]|[12][0-9])", fullmatch=True),
    st.integers(1, 9999),
)
"""A queued receipt's local reference: KIOSK-DEMO-01.EY3-261207-0002."""
REFERENCES_26 = st.text(string.ascii_uppercase + string.digits + ".-", min_size=26, max_size=26)
"""26-character references (payment and province references)."""
PAYLOADS = st.one_of(DOSSIER_CODES, OFFLINE_REFERENCES, REFERENCES_26)


def paper_dots(job_settings: JobSettings) -> int:
    return JobBuilder(job_settings).width_dots


@cache
def documents(paper: str) -> dict[str, bytes]:
    return sample_documents(PAPERS[paper])


def gained(page: Image.Image, half_dots: int) -> Image.Image:
    """``page`` at twice its resolution with every dark dot grown by ``half_dots`` half-dots
    across and down (the head's heat spreading: +0.5 dot is one pixel at 2x)."""
    big = page.resize((page.width * 2, page.height * 2), Image.Resampling.NEAREST)
    ink = ImageOps.invert(big)
    grown = ink
    shifts = [1, -1][:half_dots] if half_dots <= 2 else []
    for shift in shifts:
        grown = ImageChops.lighter(grown, ImageChops.offset(ink, shift, 0))
    across = grown
    for shift in shifts:
        grown = ImageChops.lighter(grown, ImageChops.offset(across, 0, shift))
    return ImageOps.invert(grown)


def half_resolution(page: Image.Image, phase: int) -> Image.Image:
    """``page`` as a scanner with half the printer's resolution sees it (grey averages of
    two by two dots), its pixels starting ``phase`` dots into the paper."""
    width, height = (page.width - phase) // 2, (page.height - phase) // 2
    page = page.crop((phase, phase, phase + 2 * width, phase + 2 * height))
    return page.resize((width, height), Image.Resampling.BOX)


def seen(page: Image.Image, condition: str) -> Image.Image:
    match condition:
        case "gain +0.5 dot":
            return gained(page, 1)
        case "gain +1 dot":
            return gained(page, 2)
    return page


def read_codes(image: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(image, formats=READABLE)


def kind_of(code: zxingcpp.Barcode) -> CodeKind:
    return "qr" if code.format == zxingcpp.BarcodeFormat.QRCode else "code128"


def narrowest_run(page: Image.Image, code: zxingcpp.Barcode) -> int:
    """The narrowest dark or light run across the code's rows: its module width in dots."""
    corners = [code.position.top_left, code.position.top_right]
    corners += [code.position.bottom_left, code.position.bottom_right]
    left, right = min(p.x for p in corners), max(p.x for p in corners)
    top, bottom = min(p.y for p in corners), max(p.y for p in corners)
    ink = page.crop((left, top, right + 1, bottom + 1)).point(lambda v: 1 if v < 128 else 0)
    data, width = ink.tobytes(), ink.width
    narrowest = width
    for y in range(ink.height):
        row = data[y * width : (y + 1) * width]
        edges = [x for x in range(1, width) if row[x] != row[x - 1]]
        narrowest = min([narrowest, *(b - a for a, b in itertools.pairwise(edges))])
    return narrowest


DOTS_PER_MM = 8
"""203 dpi, the thermal heads' resolution."""


def roll_edge_dots(job_settings: JobSettings) -> int:
    """The unprinted dots each side of the head's printable width (an 80 mm roll is about
    640 dots wide where the head prints 576)."""
    return (job_settings.paper_width_mm * DOTS_PER_MM - paper_dots(job_settings)) // 2


def on_the_roll(job: bytes, job_settings: JobSettings) -> Image.Image:
    """The job as printed on its roll: the printable width with the roll's edges beside it."""
    page = render_job(job, paper_dots(job_settings))
    return ImageOps.expand(page, border=(roll_edge_dots(job_settings) - MARGIN_DOTS, 0), fill=255)


def quiet_zone_dots(page: Image.Image, code: zxingcpp.Barcode, job_settings: JobSettings) -> int:
    """The blank printable dots beside a Code128 (the narrower side): the quiet zone the
    kiosk guarantees without counting on the roll's edges."""
    edge, dots = roll_edge_dots(job_settings), paper_dots(job_settings)
    y = (code.position.top_left.y + code.position.bottom_left.y) // 2
    row = page.crop((edge, y, edge + dots, y + 1)).tobytes()
    dark = [x for x, v in enumerate(row) if v < 128]
    return min(dark[0], dots - 1 - dark[-1])


def check_scans(job: bytes, job_settings: JobSettings, payloads: tuple[str, ...]) -> None:
    """Every payload decodes from the job's print in every condition, at a safe module."""
    page = on_the_roll(job, job_settings)
    printed = {code.text: code for code in read_codes(page)}
    for payload in payloads:
        assert payload in printed, f"{payload!r} does not scan; read {list(printed)}"
        code = printed[payload]
        module = narrowest_run(page, code)
        if kind_of(code) == "code128":
            assert module >= MIN_MODULE_DOTS, payload
            quiet = quiet_zone_dots(page, code, job_settings)
            assert quiet >= BARCODE_QUIET_MODULES * module, payload
        else:
            assert module >= MIN_QR_MODULE_DOTS, payload
    for condition in CONDITIONS[1:]:
        texts = {code.text for code in read_codes(seen(page, condition))}
        for payload in payloads:
            assert payload in texts, f"{payload!r} does not scan at {condition}; read {texts}"
    halves = [{code.text for code in read_codes(half_resolution(page, p))} for p in (0, 1)]
    for payload in payloads:
        assert any(payload in texts for texts in halves), f"{payload!r} at half resolution"


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("document", CODES)
def test_every_code_on_every_document_scans(document: str, paper: str) -> None:
    check_scans(documents(paper)[document], PAPERS[paper], CODES[document])


@pytest.mark.parametrize("paper", PAPERS)
def test_the_test_page_always_has_a_code128_for_the_scanner(paper: str) -> None:
    page = on_the_roll(documents(paper)["test-page"], PAPERS[paper])
    kinds = {code.text: kind_of(code) for code in read_codes(page)}
    assert kinds[SCANNER_TEST_CODE] == "code128"


@pytest.mark.parametrize("paper", PAPERS)
def test_a_code_too_wide_for_a_barcode_prints_as_a_qr_not_as_text(paper: str) -> None:
    job = JobBuilder(PAPERS[paper])
    assert job.barcode128("X" * 40) == "qr"
    data = job.finish()
    check_scans(data, PAPERS[paper], ("X" * 40,))


@pytest.mark.parametrize("paper", PAPERS)
def test_each_qr_is_printed_once(paper: str) -> None:
    job = JobBuilder(PAPERS[paper])
    job.barcode128(SAMPLE_DOSSIER_CODE)
    job.qr(SAMPLE_DOSSIER_CODE, module_size=4)  # the receipt's QR, when it has no track URL
    page = on_the_roll(job.finish(), PAPERS[paper])
    qrs = [code.text for code in read_codes(page) if kind_of(code) == "qr"]
    assert qrs == [SAMPLE_DOSSIER_CODE]


@settings(max_examples=40, deadline=None)
@given(payload=PAYLOADS)
def test_realistic_codes_scan_on_every_paper(payload: str) -> None:
    for paper, job_settings in PAPERS.items():
        job = JobBuilder(job_settings)
        kind = job.barcode128(payload)
        data = job.finish()
        check_scans(data, job_settings, (payload,))
        page = on_the_roll(data, job_settings)
        assert [kind_of(code) for code in read_codes(page)] == [kind], paper


@settings(max_examples=10, deadline=None)
@given(code=DOSSIER_CODES, reference=OFFLINE_REFERENCES)
def test_slips_and_queued_receipts_carry_realistic_codes_that_scan(
    code: str, reference: str
) -> None:
    status = sample_dossier_status().model_copy(update={"code": code})
    for job_settings in (PAPERS["80mm"], PAPERS["58mm"]):
        slip = build_status_slip_job(
            status,
            SAMPLE_OFFICE,
            job_settings,
            live=True,
            seen_at=SAMPLE_MOMENT,
            printed_at=SAMPLE_MOMENT,
        )
        check_scans(slip, job_settings, (code,))
        receipt = build_queued_receipt_job(
            BIRTH_REGISTRATION, reference, SAMPLE_MOMENT, SAMPLE_OFFICE, job_settings
        )
        check_scans(receipt, job_settings, (reference,))
