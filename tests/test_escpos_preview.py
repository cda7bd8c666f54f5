"""The ESC/POS preview renders what python-escpos sends the way the paper would show it."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest
import qrcode
from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw

from kiosk.paths import ASSETS_DIR
from simulators.escpos_preview import MARGIN_DOTS, render_job, save_preview

PAPER = 576
BUNDLED_FONT = ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf"
SQUARE = (8, 12, 40, 28)  # a 32x16 black square (left, top, right, bottom) ...
PICTURE_SIZE = (48, 40)  # ... inside a white 48x40 picture
Box = tuple[int, int, int, int]


@pytest.fixture
def printer() -> Dummy:
    """A python-escpos printer that only collects bytes, already initialised."""
    dummy = Dummy(profile="TM-T88V")
    dummy.hw("INIT")
    return dummy


def picture() -> Image.Image:
    image = Image.new("1", PICTURE_SIZE, 1)
    ImageDraw.Draw(image).rectangle((SQUARE[0], SQUARE[1], SQUARE[2] - 1, SQUARE[3] - 1), fill=0)
    return image


def ink(image: Image.Image) -> Image.Image:
    """A mask of the black print (the grey cut line is not print)."""
    return image.point(lambda v: 255 if v < 128 else 0)


def ink_box(image: Image.Image) -> Box | None:
    return ink(image).getbbox()


def ink_dots(image: Image.Image) -> int:
    return ink(image).histogram()[255]


def text_box(text: str, font_path: Path | None = None, **style: object) -> Box:
    """The ink box of one line of text printed with the given set() arguments."""
    dummy = Dummy(profile="TM-T88V")
    dummy.hw("INIT")
    dummy.set(**style)
    dummy.textln(text)
    box = ink_box(render_job(dummy.output, font_path=font_path))
    assert box is not None
    return box


def band(image: Image.Image, rows: tuple[int, int]) -> Image.Image:
    return image.crop((0, rows[0], image.width, rows[1]))


def ink_bands(image: Image.Image) -> list[tuple[int, int]]:
    """Runs of rows that contain print, as (first row, last row + 1)."""
    mask = ink(image)
    rows = [mask.crop((0, y, mask.width, y + 1)).getbbox() is not None for y in range(mask.height)]
    bands: list[tuple[int, int]] = []
    for y, inked in enumerate(rows):
        if inked and (not bands or bands[-1][1] != y):
            bands.append((y, y + 1))
        elif inked:
            bands[-1] = (bands[-1][0], y + 1)
    return bands


@pytest.mark.parametrize("paper", [384, 576])
def test_image_is_paper_wide_white_and_grayscale(paper: int, printer: Dummy) -> None:
    printer.textln("Xin chào")
    image = render_job(printer.output, paper_width_dots=paper)
    assert image.mode == "L"
    assert image.width == paper + 2 * MARGIN_DOTS
    assert image.getpixel((0, 0)) == 255
    box = ink_box(image)
    assert box is not None and box[2] <= MARGIN_DOTS + paper


@pytest.mark.parametrize(
    ("align", "x"), [("left", 0), ("center", (PAPER - 48) // 2), ("right", PAPER - 48)]
)
def test_raster_image_is_bit_exact_at_its_alignment(align: str, x: int, printer: Dummy) -> None:
    printer.set(align=align)
    printer.image(picture(), impl="bitImageRaster")
    image = render_job(printer.output, PAPER)
    left, top = MARGIN_DOTS + x, MARGIN_DOTS
    printed = image.crop((left, top, left + PICTURE_SIZE[0], top + PICTURE_SIZE[1]))
    assert ImageChops.difference(printed, picture().convert("L")).getbbox() is None
    assert ink_box(image) == (left + SQUARE[0], top + SQUARE[1], left + SQUARE[2], top + SQUARE[3])


def test_image_centred_by_python_escpos_lands_in_the_middle(printer: Dummy) -> None:
    printer.image(picture(), impl="bitImageRaster", center=True)  # padded to the profile's 512
    left = MARGIN_DOTS + (512 - PICTURE_SIZE[0]) // 2
    assert ink_box(render_job(printer.output, 512)) == (
        left + SQUARE[0],
        MARGIN_DOTS + SQUARE[1],
        left + SQUARE[2],
        MARGIN_DOTS + SQUARE[3],
    )


@pytest.mark.parametrize("impl", ["bitImageColumn", "graphics"])
def test_other_image_commands_print_the_same_square(impl: str, printer: Dummy) -> None:
    printer.image(picture(), impl=impl)
    image = render_job(printer.output)
    expected = (
        MARGIN_DOTS + SQUARE[0],
        MARGIN_DOTS + SQUARE[1],
        MARGIN_DOTS + SQUARE[2],
        MARGIN_DOTS + SQUARE[3],
    )
    assert ink_box(image) == expected
    assert ink_dots(image) == (SQUARE[2] - SQUARE[0]) * (SQUARE[3] - SQUARE[1])


def test_text_after_an_image_starts_below_it(printer: Dummy) -> None:
    printer.image(picture())
    printer.textln("under")
    bands = ink_bands(render_job(printer.output))
    assert len(bands) == 2
    assert bands[1][0] >= MARGIN_DOTS + PICTURE_SIZE[1]


@pytest.mark.parametrize("font_path", [None, BUNDLED_FONT])
def test_double_size_text_is_twice_as_tall_and_wide(font_path: Path | None) -> None:
    normal = text_box("HELLO", font_path, normal_textsize=True)
    double = text_box("HELLO", font_path, double_width=True, double_height=True)
    assert double[3] - double[1] == 2 * (normal[3] - normal[1])
    assert double[2] - double[0] == 2 * (normal[2] - normal[0])


def test_custom_size_scales_by_its_multipliers() -> None:
    normal = text_box("HELLO")
    big = text_box("HELLO", custom_size=True, width=3, height=4)
    assert big[3] - big[1] == 4 * (normal[3] - normal[1])
    assert big[2] - big[0] == 3 * (normal[2] - normal[0])


def test_font_b_is_smaller_and_bold_is_darker(printer: Dummy) -> None:
    font_a, font_b = text_box("HELLO"), text_box("HELLO", font="b")
    assert font_b[2] - font_b[0] < font_a[2] - font_a[0]
    assert font_b[3] - font_b[1] < font_a[3] - font_a[1]
    printer.textln("HELLO")
    printer.set(bold=True)
    printer.textln("HELLO")
    image = render_job(printer.output)
    plain, bold = ink_bands(image)
    assert ink_dots(band(image, bold)) > ink_dots(band(image, plain))


def test_text_alignment_is_honoured_per_line() -> None:
    left, centre, right = (text_box("HELLO", align=a) for a in ("left", "center", "right"))
    assert left[0] - MARGIN_DOTS < 12
    assert abs((centre[0] - MARGIN_DOTS) - (MARGIN_DOTS + PAPER - centre[2])) <= 12
    assert MARGIN_DOTS + PAPER - right[2] < 12


@pytest.mark.parametrize(("paper", "lines"), [(576, 3), (384, 4)])
def test_long_text_wraps_at_the_paper_width(paper: int, lines: int, printer: Dummy) -> None:
    printer.textln("W" * 100)  # font A cells are 12 dots: 48 a line on 576, 32 on 384
    image = render_job(printer.output, paper)
    assert len(ink_bands(image)) == lines
    box = ink_box(image)
    assert box is not None and box[2] <= MARGIN_DOTS + paper


def test_code_page_switches_and_cp1258_tone_marks_render_vietnamese(printer: Dummy) -> None:
    printer.textln("Số thứ tự")  # python-escpos switches to TCVN-3 with ESC t
    assert b"\x1bt" in printer.output
    assert cp1258("ậ") == b"\xe2\xf2"
    windows = cp1258("Số thứ tự\n")  # no ESC t: the default code page, WPC1258
    assert render_job(windows).tobytes() == render_job(printer.output).tobytes()
    latin = b"\x1bt\x10caf\xe9\n"  # WPC1252 é
    assert render_job(latin).tobytes() == render_job(cp1258("café\n")).tobytes()


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 spells it: a letter without its tone mark, then the tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    encoded = bytearray()
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        encoded += (letter + "".join(p for p in parts if p in tones)).encode("cp1258")
    return bytes(encoded)


def qr_grid(image: Image.Image, module: int) -> list[list[bool]]:
    box = ink_box(image)
    assert box is not None
    side = box[2] - box[0]
    assert side == box[3] - box[1] and side % module == 0
    count = side // module
    return [
        [
            is_ink(image, (box[0] + c * module + module // 2, box[1] + r * module + module // 2))
            for c in range(count)
        ]
        for r in range(count)
    ]


def is_ink(image: Image.Image, xy: tuple[int, int]) -> bool:
    """Whether the pixel at ``xy`` of a one-band (grey) image is black print."""
    value = image.getpixel(xy)
    assert isinstance(value, int | float), value  # one band: a number, not a tuple
    return value < 128


def has_finder(grid: list[list[bool]], top: int, left: int) -> bool:
    def dark(r: int, c: int) -> bool:
        ring = max(abs(r - 3), abs(c - 3))
        return ring != 2  # dark outer ring, light ring, dark 3x3 centre

    return all(grid[top + r][left + c] == dark(r, c) for r in range(7) for c in range(7))


@pytest.mark.parametrize("module", [3, 6])
def test_native_qr_is_a_real_symbol_of_the_requested_module_size(
    module: int, printer: Dummy
) -> None:
    content = "https://dichvucong.gov.vn/tra-cuu?ma=A012"
    printer.set(align="center")
    printer.qr(content, native=True, size=module, ec=QR_ECLEVEL_M)
    image = render_job(printer.output)
    grid = qr_grid(image, module)
    count = len(grid)
    assert (count - 21) % 4 == 0
    assert has_finder(grid, 0, 0) and has_finder(grid, 0, count - 7)
    assert has_finder(grid, count - 7, 0) and not has_finder(grid, count - 7, count - 7)
    reference = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    reference.add_data(content.encode())
    assert grid == [[bool(dark) for dark in row] for row in reference.get_matrix()]
    box = ink_box(image)
    assert box is not None
    assert abs((box[0] - MARGIN_DOTS) - (MARGIN_DOTS + PAPER - box[2])) <= 1


def test_barcode_prints_bars_of_the_set_height_with_text_below(printer: Dummy) -> None:
    printer.barcode("{B012345", "CODE128", height=64, width=2)
    image = render_job(printer.output)
    bars, label = ink_bands(image)
    assert bars[1] - bars[0] == 64
    assert label[0] > bars[1]
    row = ink(image).crop((0, bars[0] + 32, image.width, bars[0] + 33)).tobytes()
    edges = sum(1 for a, b in itertools.pairwise(row) if a != b)
    assert edges >= 30  # a code 128 of 6 characters has dozens of bars
    box = ink_box(image)
    assert box is not None
    assert abs((box[0] - MARGIN_DOTS) - (MARGIN_DOTS + PAPER - box[2])) <= 2


def test_cut_draws_a_line_and_the_next_ticket_continues_below(printer: Dummy) -> None:
    printer.textln("ABOVE")
    printer.cut()
    printer.textln("BELOW")
    image = render_job(printer.output)
    grey = image.point(lambda v: 255 if 128 <= v < 255 else 0)
    cut_rows = [
        y
        for y in range(image.height)
        if grey.crop((0, y, image.width, y + 1)).histogram()[255] > image.width // 3
    ]
    assert cut_rows
    above, below = ink_bands(image)
    assert above[1] < cut_rows[0] and below[0] > cut_rows[-1]


def test_status_queries_drawer_kicks_and_line_display_print_nothing(printer: Dummy) -> None:
    printer.cashdraw(2)
    printer.linedisplay("HELLO")
    data = printer.output + b"\x10\x04\x01\x10\x04\x04\x1dr\x01"
    assert ink_box(render_job(data)) is None


def test_unknown_and_truncated_commands_do_not_derail_the_rest() -> None:
    clean = render_job(b"\x1b@OK\n")
    noisy = render_job(b"\x1b@\x1b\xfe\x1d\xfe\x1c\xfeOK\n")
    assert ImageChops.difference(clean, noisy).getbbox() is None
    truncated = render_job(b"\x1b@OK\n\x1dv0\x00\x10\x00\x10\x00\xff\xff")
    assert ImageChops.difference(clean, truncated).getbbox() is None


def test_the_given_font_is_used_and_a_missing_one_falls_back(printer: Dummy) -> None:
    printer.textln("Đăng ký khai sinh")
    default = render_job(printer.output).tobytes()
    assert render_job(printer.output, font_path=Path("/no/such/font.ttf")).tobytes() == default
    assert render_job(printer.output, font_path=BUNDLED_FONT).tobytes() != default


def test_save_preview_writes_a_png(tmp_path: Path, printer: Dummy) -> None:
    printer.textln("Vé số A012")
    path = save_preview(printer.output, tmp_path / "job.png", 384)
    with Image.open(path) as image:
        assert image.format == "PNG" and image.width == 384 + 2 * MARGIN_DOTS


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    assert render_job(data, 384).width == 384 + 2 * MARGIN_DOTS


COMMAND_STARTS = [
    b"\n",
    b"\t",
    b"\x1b",
    b"\x1d",
    b"\x1c",
    b"\x10",
    b"\x1b!",
    b"\x1d!",
    b"\x1b*",
    b"\x1bt",
    b"\x1ba",
    b"\x1bd",
    b"\x1bJ",
    b"\x1bD",
    b"\x1b$",
    b"\x1b&",
    b"\x1b=",
    b"\x1d(k",
    b"\x1d(L",
    b"\x1d8L",
    b"\x1dv0",
    b"\x1dk",
    b"\x1dV",
    b"\x1dL",
    b"\x1dW",
    b"\x1cq",
    b"\x1d(k\x03\x001Q0",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(COMMAND_STARTS), st.binary(max_size=6)), max_size=80))
def test_command_shaped_noise_never_raises(chunks: list[bytes]) -> None:
    assert render_job(b"".join(chunks), 576).width == 576 + 2 * MARGIN_DOTS
