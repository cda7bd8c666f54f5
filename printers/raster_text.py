"""Vietnamese text as 1-bit images, for printers whose code pages cannot show it.

Text is NFC-normalised, wrapped to the paper width with the bundled font and cropped to the
ink across, so each raster costs only the bytes of the words on it. Glyphs are laid out with
Pillow's basic layout (no Raqm), so the dots are the same on every machine.
"""

from __future__ import annotations

import math
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
    """One line of text as a 1-bit image, black on white, with every dot of its glyphs.

    Tall as the font's line (ascent above the baseline, descent below), so lines printed one
    under the other keep an even pitch, and taller only where the ink reaches beyond it:
    stacked marks above (Ẫ, Ỗ), descenders below. Across, as wide as its ink, whatever the
    advance says (the overhang of j, ĩ, the horn of ơ), rounded up to whole bytes. The blank
    rows above and below the ink cost no image bytes: the job sends them as paper feed.
    """
    font = _font(size, bold)
    ascent, descent = font.getmetrics()
    text = unicodedata.normalize("NFC", text)
    box = font.getbbox(text, anchor="ls")  # the glyphs' dots around the pen's origin
    left, top = math.floor(box[0]), math.floor(box[1])
    right, bottom = math.ceil(box[2]), math.ceil(box[3])
    baseline = max(ascent, -top)
    height = baseline + max(descent, bottom)
    canvas = Image.new("L", (max(1, right - left), height), 0)
    ImageDraw.Draw(canvas).text((-left, baseline), text, font=font, fill=255, anchor="ls")
    ink = canvas.point(_INK)
    dots = ink.getbbox()
    start, end = (dots[0], dots[2]) if dots else (0, 1)
    width = end - start + -(end - start) % 8
    line = Image.new("L", (width, height), 0)
    line.paste(ink.crop((start, 0, end, height)), (0, 0))
    return line.point(lambda v: 255 - v).convert("1")
