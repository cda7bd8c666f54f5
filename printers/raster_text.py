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
def text_width(text: str, size: int, bold: bool) -> float:
    """How many dots ``text`` takes in the bundled font at ``size`` (cached)."""
    return _font(size, bold).getlength(text)


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
