"""The technician's test page: what the kiosk thinks the printer is, and how it really prints.

It shows the configuration (kiosk, version, profile, paper, text mode), every Vietnamese
letter in the configured text mode, one Vietnamese sample in each text mode the printer has,
numbered, so a technician picks the mode that reads right (``kiosk print-test`` asks;
``kiosk set-text-mode`` or the Config page saves it), a ruler and an edge pattern across the
whole printable width, a column check, a barcode and a QR for the scanner, the printer's
status and the time.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from PIL import Image, ImageDraw

from kiosk.domain.model import Office
from kiosk.domain.printer_status import PrinterStatus
from printers import raster_text
from printers.job import JobBuilder, JobSettings, TextMode, supported_text_modes
from printers.layouts.parts import moment, office_heading

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
"""No mark, huyền, sắc, hỏi, ngã, nặng."""
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
VOWELS = "aăâeêioôơuưy"
TICK_EVERY = 8
NUMBER_EVERY = 64
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
SCANNER_TEST_CODE = "DVC-0123456789"
"""What the test page's Code128 holds: text (code set B) and digits (code set C), short
enough to print as a Code128 (not a QR) at 2 dots a module on 58 mm paper."""
MODE_SAMPLE = "Đăng ký khai sinh: Nguyễn Thị Ngọc Ánh, Quỳnh Phụ. ẤẦẨẪẬ ỐỒỔỖỘ ỨỪỬỮỰ ỹ"
"""The same words in every text mode: stacked marks, horns and both cases."""


def vietnamese_letters() -> str:
    """Every letter of the alphabet, each vowel with its five tone marks, NFC, lower case."""
    return " ".join(
        unicodedata.normalize("NFC", letter + tone)
        for letter in ALPHABET
        for tone in (TONES if letter in VOWELS else ("",))
    )


def build_test_page_job(
    settings: JobSettings,
    status: PrinterStatus | None,
    *,
    kiosk_id: str,
    version: str,
    office: Office | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    """The test page; ``status`` None means the printer's status could not be read."""
    job = JobBuilder(settings)
    if office is not None:
        office_heading(job, office)
    job.text("TRANG IN THỬ MÁY IN", size=26, bold=True)
    for line in (
        f"Ki-ốt: {kiosk_id}",
        f"Phiên bản: {version}",
        f"Mẫu máy in: {settings.profile}",
        f"Khổ giấy: {settings.paper_width_mm} mm ({job.width_dots} điểm, {job.columns} cột)",
        f"Chế độ chữ: {settings.text_mode}",
    ):
        job.text(line, size=22, align="left")
    job.rule()
    job.text(f"Chữ tiếng Việt ({settings.text_mode}):", size=22, bold=True, align="left")
    letters = vietnamese_letters()
    job.text(letters, size=24, align="left")
    job.text(letters.upper(), size=24, align="left")
    job.rule()
    compare_text_modes(job)
    job.rule()
    job.text(
        f"Thước: vạch mỗi {TICK_EVERY} điểm, số mỗi {NUMBER_EVERY} điểm", size=20, align="left"
    )
    job.image(ruler(job.width_dots))
    job.text("Hai mép: hai vạch đen phải in đủ", size=20, align="left")
    job.image(edge_pattern(job.width_dots))
    job.text(f"{job.columns} cột chữ trên một dòng:", size=20, align="left")
    job.text(("1234567890" * job.columns)[: job.columns], align="left")
    job.rule()
    job.text("Mã vạch và mã QR để thử máy quét", size=20)
    job.barcode128(SCANNER_TEST_CODE)
    job.qr(f"{kiosk_id} {version}", module_size=4)
    job.rule()
    state = f"{status.state.value} ({status.detail})" if status else "không đọc được"
    job.text(f"Trạng thái máy in: {state}", size=22, align="left")
    moment(
        job,
        "In lúc",
        printed_at or datetime.now(UTC),
        office.timezone if office else DEFAULT_TIMEZONE,
    )
    return job.finish()


def test_page_modes(profile: str) -> list[TextMode]:
    """The text modes the test page compares for a printer ``profile``, in the order it
    numbers them (from 1)."""
    return supported_text_modes(profile)


def compare_text_modes(job: JobBuilder) -> None:
    """:data:`MODE_SAMPLE` in each of the printer's text modes, numbered; the headings are
    plain ASCII, so they read right whatever the printer does with marks."""
    job.text("Chon che do chu in dung nhat (so):", size=22, bold=True, align="left", mode="ascii")
    for number, mode in enumerate(test_page_modes(job.settings.profile), start=1):
        in_use = " - dang dung" if mode == job.settings.text_mode else ""
        job.text(f"{number}. {mode}{in_use}", size=22, bold=True, align="left", mode="ascii")
        job.text(MODE_SAMPLE, size=24, align="left", mode=mode)
    job.text(
        "Luu: kiosk set-text-mode SO, hoac Ky thuat > Cau hinh > printer.text_mode",
        size=20,
        align="left",
        mode="ascii",
    )


def ruler(width: int) -> Image.Image:
    """Ticks every 8 dots (longer every 64, numbered) from the first dot to the last."""
    image = Image.new("1", (width, 44), 1)
    draw = ImageDraw.Draw(image)
    for x in [*range(0, width, TICK_EVERY), width - 1]:
        numbered = x % NUMBER_EVERY == 0 or x == width - 1
        draw.line((x, 43 - (20 if numbered else 8), x, 43), fill=0)
        if numbered:
            label = raster_text.render_line(str(x + (x == width - 1)), 16)
            image.paste(label, (min(max(0, x - label.width // 2), width - label.width), 0))
    draw.line((0, 43, width - 1, 43), fill=0)
    return image


def edge_pattern(width: int) -> Image.Image:
    """Solid bars on the first and last 4 dots, a checkerboard of 8-dot squares between."""
    image = Image.new("1", (width, 32), 1)
    draw = ImageDraw.Draw(image)
    for x in range(8, width - 8, 8):
        for y in range(0, 32, 8):
            if (x // 8 + y // 8) % 2:
                draw.rectangle((x, y, x + 7, y + 7), fill=0)
    draw.rectangle((0, 0, 3, 31), fill=0)
    draw.rectangle((width - 4, 0, width - 1, 31), fill=0)
    return image
