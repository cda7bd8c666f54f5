"""Render the ESC/POS byte stream of one print job as an image of the paper.

The interpreter models an Epson-style receipt printer in standard mode: text goes into a line
buffer of fixed-width character cells (font A 12x24 dots, font B 9x17) and is printed, aligned,
when a line feed arrives or the line is full; raster images, QR codes and barcodes are printed
as blocks at the current alignment; a cut is drawn as a dashed grey line. One dot is one pixel.

Commands outside that model are skipped by their known length, and unknown ones by their two
prefix bytes, so a job with odd bytes in it renders everything it can and never raises.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import barcode
import qrcode
from escpos.capabilities import CAPABILITIES
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps
from qrcode.exceptions import DataOverflowError

MARGIN_DOTS = 8
"""White border added on every side of the paper in the rendered image."""
MAX_PAPER_DOTS = 20_000
"""Paper length after which a job is no longer rendered (about 2.5 m at 203 dpi)."""
DEFAULT_LINE_SPACING = 30
DEFAULT_CODE_PAGE = 52  # Epson's number for WPC1258 (Vietnamese)
DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
FONT_CELLS = {0: (12, 24), 1: (9, 17)}  # ESC M n -> (cell width, cell height) in dots
CUT_BAND_DOTS = 12

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
_THRESHOLD = [0] * 128 + [255] * 128
_QR_ERROR_LEVELS = {
    48: qrcode.constants.ERROR_CORRECT_L,
    49: qrcode.constants.ERROR_CORRECT_M,
    50: qrcode.constants.ERROR_CORRECT_Q,
    51: qrcode.constants.ERROR_CORRECT_H,
}
# GS k m -> python-barcode symbology (function A numbers 0-6, function B numbers 65-73)
_BARCODES = {
    0: "upca",
    65: "upca",
    2: "ean13",
    67: "ean13",
    3: "ean8",
    68: "ean8",
    4: "code39",
    69: "code39",
    5: "itf",
    70: "itf",
    6: "codabar",
    71: "codabar",
    73: "code128",
}
_BARCODE_OPTIONS: dict[str, dict[str, object]] = {
    "code39": {"add_checksum": False},
    "itf": {"narrow": 1, "wide": 3},
    "codabar": {"narrow": 1, "wide": 3},
}

# Total length (prefix, command byte and parameters) of the fixed-length commands.
FIXED_LENGTHS: dict[tuple[int, int], int] = {
    **{
        (ESC, c): n
        for c, n in {
            0x0C: 2,
            0x20: 3,
            0x21: 3,
            0x24: 4,
            0x25: 3,
            0x2B: 3,
            0x2D: 3,
            0x32: 2,
            0x33: 3,
            0x3C: 2,
            0x3D: 3,
            0x3F: 3,
            0x40: 2,
            0x41: 3,
            0x42: 4,
            0x45: 3,
            0x47: 3,
            0x4A: 3,
            0x4B: 3,
            0x4C: 2,
            0x4D: 3,
            0x52: 3,
            0x53: 2,
            0x54: 3,
            0x55: 3,
            0x56: 3,
            0x57: 10,
            0x5C: 4,
            0x61: 3,
            0x63: 4,
            0x64: 3,
            0x65: 3,
            0x66: 4,
            0x69: 2,
            0x6D: 2,
            0x70: 5,
            0x72: 3,
            0x74: 3,
            0x75: 3,
            0x76: 2,
            0x7B: 3,
        }.items()
    },
    **{
        (GS, c): n
        for c, n in {
            0x21: 3,
            0x23: 3,
            0x24: 4,
            0x2F: 3,
            0x3A: 2,
            0x42: 3,
            0x45: 3,
            0x48: 3,
            0x49: 3,
            0x4C: 4,
            0x50: 4,
            0x54: 3,
            0x57: 4,
            0x5C: 4,
            0x5E: 5,
            0x61: 3,
            0x62: 3,
            0x63: 2,
            0x66: 3,
            0x67: 6,
            0x68: 3,
            0x6A: 3,
            0x72: 3,
            0x77: 3,
            0x7A: 5,
            0x7C: 3,
        }.items()
    },
    **{
        (FS, c): n
        for c, n in {
            0x21: 3,
            0x26: 2,
            0x2D: 3,
            0x2E: 2,
            0x32: 76,
            0x3F: 4,
            0x43: 3,
            0x53: 4,
            0x57: 3,
            0x70: 4,
        }.items()
    },
}


def _at(data: bytes | bytearray, index: int) -> int:
    return data[index] if index < len(data) else 0


def _u16(data: bytes | bytearray, index: int) -> int:
    return _at(data, index) | _at(data, index + 1) << 8


def _until_nul(data: bytes | bytearray, start: int, limit: int) -> int:
    end = data.find(b"\0", start, start + limit)
    return (start + limit if end < 0 else end + 1) - start


def _len_esc_ampersand(data: bytes | bytearray, pos: int) -> int:
    """ESC & y c1 c2 [x d1...d(y*x)]k: define user characters."""
    y, first, last = _at(data, pos + 2), _at(data, pos + 3), _at(data, pos + 4)
    end = pos + 5
    for _ in range(max(0, last - first + 1)):
        end += 1 + y * _at(data, end)
    return end - pos


def _len_fs_q(data: bytes | bytearray, pos: int) -> int:
    """FS q n [xL xH yL yH d1...dk]n: define NV bit images."""
    end = pos + 3
    for _ in range(_at(data, pos + 2)):
        end += 4 + _u16(data, end) * _u16(data, end + 2) * 8
    return end - pos


def _len_gs_k(data: bytes | bytearray, pos: int) -> int:
    kind = _at(data, pos + 2)
    if kind <= 6:
        return 3 + _until_nul(data, pos + 3, len(data))
    return 4 + _at(data, pos + 3) if kind >= 65 else 3


VARIABLE_LENGTHS: dict[tuple[int, int], Callable[[bytes | bytearray, int], int]] = {
    (ESC, 0x26): _len_esc_ampersand,
    (ESC, 0x28): lambda d, p: 5 + _u16(d, p + 3),
    (ESC, 0x2A): lambda d, p: 5 + _u16(d, p + 3) * (3 if _at(d, p + 2) in (32, 33) else 1),
    (ESC, 0x44): lambda d, p: 2 + _until_nul(d, p + 2, 33),
    (GS, 0x28): lambda d, p: 5 + _u16(d, p + 3),
    (GS, 0x2A): lambda d, p: 4 + _at(d, p + 2) * _at(d, p + 3) * 8,
    (GS, 0x38): lambda d, p: 7 + (_u16(d, p + 3) | _u16(d, p + 5) << 16),
    (GS, 0x56): lambda d, p: 4 if _at(d, p + 2) in (65, 66, 97, 98, 103, 104) else 3,
    (GS, 0x6B): _len_gs_k,
    (GS, 0x76): lambda d, p: 8 + _u16(d, p + 4) * _u16(d, p + 6) if _at(d, p + 2) == 0x30 else 2,
    (FS, 0x28): lambda d, p: 5 + _u16(d, p + 3),
    (FS, 0x71): _len_fs_q,
}


@dataclass(frozen=True)
class _Style:
    """Character attributes that travel with each character into the line buffer."""

    font: int = 0
    bold: bool = False
    underline: int = 0
    width: int = 1
    height: int = 1
    invert: bool = False
    spacing: int = 0


@dataclass
class _State:
    """Everything ESC @ resets."""

    style: _Style = _Style()
    align: int = 0
    upside_down: bool = False
    line_spacing: int = DEFAULT_LINE_SPACING
    left_margin: int = 0
    area_width: int | None = None
    code_page: int = DEFAULT_CODE_PAGE
    tabs: list[int] = field(default_factory=lambda: list(range(8, 257, 8)))
    barcode_height: int = 162
    barcode_module: int = 3
    hri_position: int = 0
    hri_font: int = 0
    qr_module: int = 3
    qr_error: int = 48
    qr_data: bytes = b""
    graphics: Image.Image | None = None


@dataclass
class _Item:
    """One entry of the line buffer: a character cell, a bit image or a blank gap."""

    width: int
    mask: Image.Image | None
    text: str = ""
    style: _Style = _Style()


@lru_cache(maxsize=8)
def _font_file(font_path: Path | None) -> str:
    """The first usable TrueType file of font_path and DejaVu Sans Mono ('' for PIL's own)."""
    for candidate in (font_path, DEFAULT_FONT):
        if candidate is None:
            continue
        try:
            ImageFont.truetype(str(candidate), 10)
        except OSError:
            continue
        return str(candidate)
    return ""


def _load_font(font_file: str, size: int) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(font_file, size) if font_file else ImageFont.load_default(size)
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise RuntimeError("Pillow was built without FreeType; cannot render text")
    return font


@lru_cache(maxsize=16)
def _cell_font(font_file: str, cell_height: int) -> ImageFont.FreeTypeFont:
    """The font at the largest size whose ascent plus descent fits in the cell height."""
    ascent, descent = _load_font(font_file, 100).getmetrics()
    size = max(1, cell_height * 100 // (ascent + descent))
    font = _load_font(font_file, size)
    while size > 1 and sum(font.getmetrics()) > cell_height:
        size -= 1
        font = _load_font(font_file, size)
    return font


@lru_cache(maxsize=4096)
def _glyph(text: str, style: _Style, font_file: str) -> Image.Image:
    """One character cell as an ink mask (255 = black), scaled by the size multipliers."""
    cell_width, cell_height = FONT_CELLS[style.font]
    font = _cell_font(font_file, cell_height)
    text = text if text.isprintable() else " "  # control characters print as blanks
    left, _, right, _ = font.getbbox(text, anchor="ls")
    width = int(right - left)  # whole dots already (Pillow types the box as floats)
    ink = Image.new("L", (max(1, width), cell_height), 0)
    ImageDraw.Draw(ink).text((-left, font.getmetrics()[0]), text, font=font, fill=255, anchor="ls")
    if ink.width > cell_width - 1:  # squeeze wide glyphs, keeping a dot of gap
        ink = ink.resize((cell_width - 1, cell_height), Image.Resampling.BILINEAR)
    cell = Image.new("L", (cell_width + style.spacing, cell_height), 0)
    cell.paste(ink, ((cell_width - ink.width) // 2, 0))
    cell = cell.point(_THRESHOLD)
    if style.bold:  # emphasised printing: the dots again, one dot to the right
        shifted = Image.new("L", cell.size, 0)
        shifted.paste(cell, (1, 0))
        cell = ImageChops.lighter(cell, shifted)
    if style.underline:
        ImageDraw.Draw(cell).rectangle(
            (0, cell_height - style.underline, cell.width - 1, cell_height - 1), fill=255
        )
    if style.invert:
        cell = ImageOps.invert(cell)
    if (style.width, style.height) != (1, 1):
        cell = cell.resize(
            (cell.width * style.width, cell_height * style.height), Image.Resampling.NEAREST
        )
    return cell


@lru_cache(maxsize=4096)
def _decode(code_page: int, byte: int) -> str:
    """The character a byte prints as in an Epson code page (CP1258, then Latin-1, if unknown)."""
    if byte < 0x80:
        return chr(byte)
    name = CAPABILITIES["profiles"]["default"]["codePages"].get(str(code_page), "")
    encoding = CAPABILITIES["encodings"].get(name, {})
    if "data" in encoding:
        char = "".join(encoding["data"])[byte - 0x80]
        if char != " ":
            return char
    for codec in (encoding.get("python_encode"), "cp1258"):
        if codec:
            try:
                return bytes([byte]).decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
    return bytes([byte]).decode("latin-1")


def _offset(align: int, room: int, width: int) -> int:
    return max(0, {0: 0, 1: (room - width) // 2, 2: room - width}[align])


def _stack(parts: list[Image.Image], gap: int) -> Image.Image:
    """Masks one above the other, centred on each other."""
    width = max(part.width for part in parts)
    block = Image.new("L", (width, sum(p.height for p in parts) + gap * (len(parts) - 1)), 0)
    top = 0
    for part in parts:
        block.paste(part, ((width - part.width) // 2, top))
        top += part.height + gap
    return block


def _bits(data: bytes, width_bytes: int, rows: int) -> Image.Image:
    """Raster bit-image data (MSB left, 1 = black) as an ink mask."""
    return Image.frombytes("1", (width_bytes * 8, rows), data[: width_bytes * rows]).convert("L")


def _code128_text(data: bytes) -> str:
    """The characters an ESC/POS CODE128 payload encodes ({A {B {C select code sets)."""
    text, code_set, i = [], "B", 0
    while i < len(data):
        if data[i] == 0x7B and i + 1 < len(data) and data[i + 1] != 0x7B:
            code_set = chr(data[i + 1]) if data[i + 1] in b"ABC" else code_set
            i += 2
            continue
        byte = data[i]
        i += 2 if byte == 0x7B else 1
        text.append(f"{byte:02d}" if code_set == "C" else chr(byte))
    return "".join(text)


def _bar_modules(kind: str, text: str) -> str | None:
    """The bar pattern ('1' = bar module) python-barcode builds, or None if it cannot."""
    try:
        symbol = barcode.get_barcode_class(kind)(text, **_BARCODE_OPTIONS.get(kind, {}))
        return str(symbol.build()[0])
    except Exception:  # any malformed payload: the caller draws a placeholder instead
        return None


class _Printer:
    """A standard-mode printer that lays its output out as ink masks on a paper roll."""

    def __init__(self, paper_width: int, font_file: str, composes_marks: bool = True) -> None:
        self.paper_width = paper_width
        self.font_file = font_file
        self.composes_marks = composes_marks
        self.state = _State()
        self.enabled = True
        self.y = 0
        self.blocks: list[tuple[int, int, Image.Image]] = []
        self.items: list[_Item] = []
        self.line_width = 0
        self.line_align = 0
        self.line_flip = False

    # ----------------------------------------------------------------- byte stream
    def interpret(self, data: bytes) -> None:
        """Run a whole job."""
        pos = 0
        while pos < len(data) and self.y < MAX_PAPER_DOTS:
            byte = data[pos]
            if not self.enabled and data[pos : pos + 2] != b"\x1b=":
                pos += 1
            elif byte in (ESC, GS, FS):
                pos = self._command(data, pos)
            elif byte == DLE:
                pos += command_length(data, pos)
            else:
                self._single_byte(byte)
                pos += 1

    def _single_byte(self, byte: int) -> None:
        """A printable character or a one-byte control code (unknown ones are ignored)."""
        if byte == 0x0A or (byte == 0x0C and self.items):  # LF; FF prints a pending line
            self._print_line(self.state.line_spacing)
        elif byte == 0x09:
            self._tab()
        elif byte >= 0x20 and byte != 0x7F:
            self._character(_decode(self.state.code_page, byte))

    def _command(self, data: bytes, pos: int) -> int:
        """Run the ESC, GS or FS command at pos; return the position after it."""
        key = (data[pos], _at(data, pos + 1))
        length = command_length(data, pos)
        if pos + length > len(data) and key not in VARIABLE_LENGTHS:
            return len(data)  # a truncated fixed-length command at the end of the job
        params = data[pos + 2 : pos + length]
        if key[0] == ESC:
            self._esc(key[1], params)
        elif key[0] == GS:
            self._gs(key[1], params)
        return pos + length

    def _esc(self, command: int, p: bytes) -> None:
        state = self.state
        n = p[0] if p else 0
        match command:
            case 0x20:  # ESC SP n: right-side character spacing
                state.style = replace(state.style, spacing=n)
            case 0x21:  # ESC ! n: print mode
                state.style = replace(
                    state.style,
                    font=n & 1,
                    bold=bool(n & 0x08),
                    height=2 if n & 0x10 else 1,
                    width=2 if n & 0x20 else 1,
                    underline=1 if n & 0x80 else 0,
                )
            case 0x24:  # ESC $ nL nH: absolute print position
                self._move_to(_u16(p, 0))
            case 0x2A:  # ESC * m nL nH d...: column bit image
                self._column_image(n, _u16(p, 1), p[3:])
            case 0x2B:  # ESC + n: line spacing n/360 inch
                state.line_spacing = n // 2
            case 0x2D if n in (0, 1, 2, 48, 49, 50):  # ESC - n: underline
                state.style = replace(state.style, underline=n & 3)
            case 0x32:  # ESC 2: default line spacing
                state.line_spacing = DEFAULT_LINE_SPACING
            case 0x33:  # ESC 3 n: line spacing n dots
                state.line_spacing = n
            case 0x3D:  # ESC = n: select peripheral; bit 0 clear sends data elsewhere
                self.enabled = bool(n & 1)
            case 0x40:  # ESC @: initialise
                self.state = _State()
                self.items, self.line_width = [], 0
            case 0x41:  # ESC A n: line spacing n/60 inch
                state.line_spacing = 3 * n
            case 0x44:  # ESC D n1...nk NUL: horizontal tab positions
                state.tabs = []
                for stop in p:
                    if stop == 0 or (state.tabs and stop <= state.tabs[-1]):
                        break
                    state.tabs.append(stop)
            case 0x45 | 0x47:  # ESC E n / ESC G n: emphasised / double-strike
                state.style = replace(state.style, bold=bool(n & 1))
            case 0x4A:  # ESC J n: print and feed n dots
                self._print_line(n)
            case 0x4D if n in (0, 1, 48, 49):  # ESC M n: character font
                state.style = replace(state.style, font=n & 1)
            case 0x5C:  # ESC \ nL nH: relative print position
                offset = _u16(p, 0)
                if offset < 0x8000:
                    self._move_to(self.line_width + offset)
            case 0x61 if n in (0, 1, 2, 48, 49, 50):  # ESC a n: justification
                state.align = n & 3
            case 0x64:  # ESC d n: print and feed n lines
                self._print_line(n * state.line_spacing)
            case 0x69 | 0x6D:  # ESC i / ESC m: cut
                self._cut(0)
            case 0x74:  # ESC t n: character code table
                state.code_page = n
            case 0x7B:  # ESC { n: upside-down printing
                state.upside_down = bool(n & 1)

    def _gs(self, command: int, p: bytes) -> None:
        state = self.state
        n = p[0] if p else 0
        match command:
            case 0x21:  # GS ! n: character size
                state.style = replace(state.style, width=(n >> 4 & 7) + 1, height=(n & 7) + 1)
            case 0x28 if n == 0x6B:  # GS ( k pL pH cn fn ...: 2D symbol
                self._symbol(p[3:])
            case 0x28 if n == 0x4C:  # GS ( L pL pH m fn ...: graphics
                self._graphics(p[4:])
            case 0x38 if n == 0x4C:  # GS 8 L p1 p2 p3 p4 m fn ...: graphics, long form
                self._graphics(p[6:])
            case 0x42:  # GS B n: white/black reverse printing
                state.style = replace(state.style, invert=bool(n & 1))
            case 0x48 if n in (0, 1, 2, 3, 48, 49, 50, 51):  # GS H n: HRI position
                state.hri_position = n & 3
            case 0x4C:  # GS L nL nH: left margin
                state.left_margin = _u16(p, 0)
            case 0x56:  # GS V m [n]: cut, feeding n dots first for m >= 65
                self._cut(p[1] if len(p) > 1 else 0)
            case 0x57:  # GS W nL nH: print area width
                state.area_width = _u16(p, 0)
            case 0x66 if n in (0, 1, 48, 49):  # GS f n: HRI font
                state.hri_font = n & 1
            case 0x68 if n:  # GS h n: barcode height
                state.barcode_height = n
            case 0x6B:  # GS k m ...: barcode
                self._barcode(n, p[2:] if n >= 65 else p[1:].rstrip(b"\0"))
            case 0x76 if n == 0x30:  # GS v 0 m xL xH yL yH d...: raster bit image
                self._raster(p[1:])
            case 0x77 if 1 <= n <= 6:  # GS w n: barcode module width
                state.barcode_module = n

    # ----------------------------------------------------------------- line buffer
    def _area(self) -> tuple[int, int]:
        """Left edge and width of the printable area."""
        left = min(self.state.left_margin, self.paper_width - 1)
        room = self.paper_width - left
        if self.state.area_width is not None:
            room = min(room, self.state.area_width)
        return left, max(1, room)

    def _add(self, item: _Item) -> None:
        if self.items and self.line_width + item.width > self._area()[1]:
            self._print_line(self.state.line_spacing)  # wrap like the printer does
        if not self.items:
            self.line_align, self.line_flip = self.state.align, self.state.upside_down
        self.items.append(item)
        self.line_width += item.width

    def _character(self, char: str) -> None:
        style = self.state.style
        last = self.items[-1] if self.items else None
        if self.composes_marks and unicodedata.combining(char) and last and last.text:
            # a CP1258 tone mark follows its base letter: both share one cell
            last.text = unicodedata.normalize("NFC", last.text + char)
            last.mask = _glyph(last.text, last.style, self.font_file)
            return
        glyph = _glyph(char, style, self.font_file)
        self._add(_Item(glyph.width, glyph, char, style))

    def _move_to(self, position: int) -> None:
        if self.line_width < position <= self._area()[1]:
            self._add(_Item(position - self.line_width, None))

    def _tab(self) -> None:
        style = self.state.style
        char_width = (FONT_CELLS[style.font][0] + style.spacing) * style.width
        stops = (stop * char_width for stop in self.state.tabs)
        self._move_to(next((x for x in stops if x > self.line_width), 0))

    def _column_image(self, mode: int, columns: int, data: bytes) -> None:
        if mode not in (0, 1, 32, 33):
            return
        dots = 24 if mode >= 32 else 8
        columns = min(columns, len(data) // (dots // 8))
        if columns == 0:
            return
        image = _bits(data, dots // 8, columns).transpose(Image.Transpose.TRANSPOSE)
        image = image.resize(
            (image.width * (1 if mode & 1 else 2), image.height * (1 if mode >= 32 else 3)),
            Image.Resampling.NEAREST,
        )
        self._add(_Item(image.width, image))

    def _print_line(self, feed: int) -> None:
        """Print the line buffer and feed the paper by feed dots, or the line's height if more."""
        height = max((item.mask.height for item in self.items if item.mask), default=0)
        if self.items:
            left, room = self._area()
            line = Image.new("L", (self.line_width, max(1, height)), 0)
            x = 0
            for item in self.items:
                if item.mask is not None:
                    line.paste(item.mask, (x, height - item.mask.height))
                x += item.width
            line = line.crop((0, 0, min(line.width, room), line.height))
            if self.line_flip:
                line = line.transpose(Image.Transpose.ROTATE_180)
            self.blocks.append((left + _offset(self.line_align, room, line.width), self.y, line))
        self.y += max(feed, height)
        self.items, self.line_width = [], 0

    # ----------------------------------------------------------------- blocks
    def _block(self, mask: Image.Image) -> None:
        """Print a whole-width element (image, code) below the pending line, aligned."""
        if self.items:
            self._print_line(self.state.line_spacing)
        left, room = self._area()
        mask = mask.crop((0, 0, min(mask.width, room), mask.height))
        self.blocks.append((left + _offset(self.state.align, room, mask.width), self.y, mask))
        self.y += mask.height

    def _raster(self, p: bytes) -> None:
        """GS v 0 parameters m xL xH yL yH d...: print the rows that arrived, bit for bit."""
        width_bytes = _u16(p, 1)
        rows = min(_u16(p, 3), len(p[5:]) // width_bytes) if width_bytes else 0
        if rows:
            mode = p[0]
            self._scaled_block(_bits(p[5:], width_bytes, rows), mode & 1, mode >> 1 & 1)

    def _scaled_block(self, image: Image.Image, double_width: int, double_height: int) -> None:
        if image.width and image.height:
            self._block(
                image.resize(
                    (image.width << double_width, image.height << double_height),
                    Image.Resampling.NEAREST,
                )
            )

    def _graphics(self, p: bytes) -> None:
        """GS ( L / GS 8 L function fn with its parameters: store (112) and print (2, 50)."""
        function = p[0] if p else 0
        if function == 112 and len(p) >= 9:  # fn a bx by c xL xH yL yH d...
            width, data = _u16(p, 5), p[9:]
            width_bytes = (width + 7) // 8
            rows = min(_u16(p, 7), len(data) // width_bytes) if width_bytes else 0
            if rows:
                image = _bits(data, width_bytes, rows).crop((0, 0, width, rows))
                self.state.graphics = image.resize(
                    (width * (2 if p[2] == 2 else 1), rows * (2 if p[3] == 2 else 1)),
                    Image.Resampling.NEAREST,
                )
        elif function in (2, 50) and self.state.graphics is not None:
            self._scaled_block(self.state.graphics, 0, 0)
            self.state.graphics = None

    def _symbol(self, p: bytes) -> None:
        """GS ( k for QR codes (cn 49): cn fn parameters."""
        if len(p) < 2 or p[0] != 49:
            return
        function, args = p[1], p[2:]
        arg = args[0] if args else 0
        if function == 67 and 1 <= arg <= 16:
            self.state.qr_module = arg
        elif function == 69 and arg in _QR_ERROR_LEVELS:
            self.state.qr_error = arg
        elif function == 80:
            self.state.qr_data = args[1:]
        elif function == 81 and self.state.qr_data:
            code = qrcode.QRCode(
                error_correction=_QR_ERROR_LEVELS[self.state.qr_error], box_size=1, border=0
            )
            code.add_data(self.state.qr_data)
            try:
                code.make(fit=True)
            except DataOverflowError:
                return  # the printer prints nothing for data that does not fit a symbol
            matrix = code.get_matrix()
            image = Image.frombytes(
                "L",
                (len(matrix), len(matrix)),
                bytes(255 if dark else 0 for row in matrix for dark in row),
            )
            size = len(matrix) * self.state.qr_module
            self._block(image.resize((size, size), Image.Resampling.NEAREST))

    def _barcode(self, kind: int, data: bytes) -> None:
        state = self.state
        if not data:
            return
        text = _code128_text(data) if kind == 73 else data.decode("latin-1")
        symbology = _BARCODES.get(kind)
        payload = text.strip("*") if symbology == "code39" else text  # CODE39 start/stop
        modules = _bar_modules(symbology, payload) if symbology else None
        room = self._area()[1]
        if modules:
            module = max(1, min(state.barcode_module, room // len(modules)))
            row = bytes(255 if bar == "1" else 0 for bar in modules)
            bars = Image.frombytes("L", (len(modules), 1), row).resize(
                (len(modules) * module, state.barcode_height), Image.Resampling.NEAREST
            )
        else:  # a symbology python-barcode cannot draw: an outlined box of a plausible size
            bars = Image.new(
                "L",
                (min(room, (11 * len(data) + 35) * state.barcode_module), state.barcode_height),
                0,
            )
            ImageDraw.Draw(bars).rectangle(
                (0, 0, bars.width - 1, bars.height - 1), outline=255, width=2
            )
        label = self._text_mask(text, _Style(font=state.hri_font))
        parts = [label] * (state.hri_position & 1) + [bars] + [label] * (state.hri_position >> 1)
        self._block(_stack(parts, gap=4))

    def _text_mask(self, text: str, style: _Style) -> Image.Image:
        glyphs = [_glyph(char, style, self.font_file) for char in text]
        mask = Image.new("L", (sum(g.width for g in glyphs), FONT_CELLS[style.font][1]), 0)
        x = 0
        for glyph in glyphs:
            mask.paste(glyph, (x, 0))
            x += glyph.width
        return mask

    def _cut(self, feed: int) -> None:
        if self.items:
            self._print_line(self.state.line_spacing)
        self.y += feed
        band = Image.new("L", (self.paper_width + 2 * MARGIN_DOTS, CUT_BAND_DOTS), 0)
        draw = ImageDraw.Draw(band)
        for x in range(0, band.width, 12):
            draw.rectangle((x, CUT_BAND_DOTS // 2 - 1, x + 7, CUT_BAND_DOTS // 2), fill=96)
        self.blocks.append((-MARGIN_DOTS, self.y, band))
        self.y += CUT_BAND_DOTS

    # ----------------------------------------------------------------- output
    def paper(self) -> Image.Image:
        """The paper so far, with any pending line printed, as a white image with black ink."""
        if self.items:
            self._print_line(0)
        bottom = max([self.y, *(y + mask.height for _, y, mask in self.blocks)])
        canvas = Image.new(
            "L",
            (self.paper_width + 2 * MARGIN_DOTS, min(bottom, MAX_PAPER_DOTS) + 2 * MARGIN_DOTS),
            0,
        )
        for x, y, mask in self.blocks:
            canvas.paste(255, (x + MARGIN_DOTS, y + MARGIN_DOTS), mask)
        return ImageOps.invert(canvas)


def command_length(data: bytes | bytearray, pos: int) -> int:
    """Length of the command at ``pos`` (DLE, ESC, GS or FS first; any other byte is 1).

    It may reach past the end of ``data`` when the command has not fully arrived.
    """
    prefix = data[pos]
    if prefix == DLE:
        command = _at(data, pos + 1)
        if command in (0x04, 0x05):  # DLE EOT n, DLE ENQ n: real-time status and requests
            return 3
        if command == 0x14:  # DLE DC4 fn ...: real-time pulse, power-off, buffer clear
            return 10 if _at(data, pos + 2) == 8 else 5
        return 1
    if prefix not in (ESC, GS, FS):
        return 1
    key = (prefix, _at(data, pos + 1))
    measure = VARIABLE_LENGTHS.get(key)
    return max(2, measure(data, pos) if measure else FIXED_LENGTHS.get(key, 2))


def render_job(
    data: bytes,
    paper_width_dots: int = 576,
    font_path: Path | None = None,
    *,
    composes_marks: bool = True,
) -> Image.Image:
    """Render one ESC/POS job to a grayscale ('L') image of the paper.

    ``composes_marks`` False prints like the printers that give a CP1258 tone mark a cell of
    its own, beside its letter instead of on it.

    White background, black print, one dot per pixel; the image is ``paper_width_dots`` plus
    ``2 * MARGIN_DOTS`` wide and as tall as the content (up to ``MAX_PAPER_DOTS``). Text uses
    the TrueType font at ``font_path``, else DejaVu Sans Mono, else PIL's default font.
    Never raises on malformed data: whatever can be interpreted is drawn.
    """
    if paper_width_dots < 1:
        raise ValueError(f"paper width must be positive, not {paper_width_dots}")
    printer = _Printer(paper_width_dots, _font_file(font_path), composes_marks)
    printer.interpret(bytes(data))
    return printer.paper()


def save_preview(
    data: bytes,
    path: Path,
    paper_width_dots: int = 576,
    font_path: Path | None = None,
    *,
    composes_marks: bool = True,
) -> Path:
    """Render one ESC/POS job (see ``render_job``) and write it as a PNG to path; return path."""
    render_job(data, paper_width_dots, font_path, composes_marks=composes_marks).save(
        path, format="PNG"
    )
    return path
