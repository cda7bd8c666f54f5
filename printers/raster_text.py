"""Vietnamese text as 1-bit images, for printers whose code pages cannot show it.

Text is NFC-normalised, wrapped to the paper width with the bundled font and cropped to the
ink across, so each raster costs only the bytes of the words on it. Glyphs are laid out with
Pillow's basic layout (no Raqm), so the dots are the same on every machine.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from kiosk.paths import ASSETS_DIR

FONT_DIR = ASSETS_DIR / "fonts"
REGULAR_FONT = FONT_DIR / "NotoSans-Regular.ttf"
BOLD_FONT = FONT_DIR / "NotoSans-Bold.ttf"
_INK = [0] * 128 + [255] * 128  # grey level -> ink mask (255 = black dot)


@lru_cache(maxsize=32)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(BOLD_FONT if bold else REGULAR_FONT), size, layout_engine=ImageFont.Layout.BASIC
    )


@lru_cache(maxsize=4096)
def _length(text: str, size: int, bold: bool) -> float:
    return _font(size, bold).getlength(text)


def wrap(text: str, size: int, bold: bool, max_width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``max_width`` dots (long words are cut)."""
    lines: list[str] = []
    current = ""
    for word in unicodedata.normalize("NFC", text).split():
        candidate = f"{current} {word}" if current else word
        if _length(candidate, size, bold) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and _length(word, size, bold) > max_width:
            cut = len(word) - 1
            while cut > 1 and _length(word[:cut], size, bold) > max_width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def render_line(text: str, size: int, bold: bool = False) -> Image.Image:
    """One line of text as a 1-bit image, black on white.

    As wide as its ink (rounded up to whole bytes), as tall as the font's line (ascent plus
    descent), so lines printed one under the other keep an even pitch.
    """
    font = _font(size, bold)
    ascent, descent = font.getmetrics()
    text = unicodedata.normalize("NFC", text)
    canvas = Image.new("L", (int(font.getlength(text)) + 2, ascent + descent), 0)
    ImageDraw.Draw(canvas).text((1, 0), text, font=font, fill=255)
    ink = canvas.point(_INK)
    box = ink.getbbox()
    left, right = (box[0], box[2]) if box else (0, 1)
    width = right - left + -(right - left) % 8
    line = Image.new("L", (width, canvas.height), 0)
    line.paste(ink.crop((left, 0, right, canvas.height)), (0, 0))
    return line.point(lambda v: 255 - v).convert("1")
