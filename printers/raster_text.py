"""Vietnamese text as 1-bit images, for printers whose code pages cannot show it.

Text is NFC-normalised, wrapped to the paper width with the bundled font and cropped to the
ink, so each raster costs only the bytes of the words on it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"
REGULAR_FONT = FONT_DIR / "NotoSans-Regular.ttf"
BOLD_FONT = FONT_DIR / "NotoSans-Bold.ttf"


@lru_cache(maxsize=32)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD_FONT if bold else REGULAR_FONT), size)


def wrap(text: str, size: int, bold: bool, max_width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``max_width`` dots (long words are cut)."""
    font = _font(size, bold)
    lines: list[str] = []
    current = ""
    for word in unicodedata.normalize("NFC", text).split():
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and font.getlength(word) > max_width:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut]) > max_width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def render_line(text: str, size: int, bold: bool = False) -> Image.Image:
    """One line of text as a 1-bit image as wide as its ink (rounded up to whole bytes)."""
    font = _font(size, bold)
    ascent, descent = font.getmetrics()
    text = unicodedata.normalize("NFC", text)
    width = max(8, int(font.getlength(text)) + 2)
    width += -width % 8
    image = Image.new("L", (width, ascent + descent + 2), 255)
    ImageDraw.Draw(image).text((1, 1), text, font=font, fill=0)
    return image.point(lambda v: 0 if v < 128 else 255, mode="1")
