"""Text as 1-bit images, for printers whose code pages cannot show it.

Text is NFC-normalised, wrapped to the paper width with the bundled fonts and cropped to the
ink across, so each raster costs only the bytes of the words on it. Vietnamese and other Latin
text is laid out with Pillow's basic layout (no Raqm), so its dots are the same on every
machine. Khmer takes its own bundled font, shaped by the Raqm inside the locked Pillow wheel
(its vowels and subscript consonants stack and reorder); a line mixing Khmer with Latin
letters or digits is drawn run by run, each in its font, on one baseline.
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
KHMER_REGULAR_FONT = FONT_DIR / "NotoSansKhmer-Regular.ttf"
KHMER_BOLD_FONT = FONT_DIR / "NotoSansKhmer-Bold.ttf"
_INK = [0] * 128 + [255] * 128  # grey level -> ink mask (255 = black dot)


def is_khmer(char: str) -> bool:
    """Whether ``char`` is a Khmer letter, sign or digit (Khmer and Khmer Symbols blocks)."""
    return "\u1780" <= char <= "\u17ff" or "\u19e0" <= char <= "\u19ff"


@lru_cache(maxsize=32)
def _font(size: int, bold: bool, khmer: bool = False) -> ImageFont.FreeTypeFont:
    if khmer:
        path, layout = KHMER_BOLD_FONT if bold else KHMER_REGULAR_FONT, ImageFont.Layout.RAQM
    else:
        path, layout = BOLD_FONT if bold else REGULAR_FONT, ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size, layout_engine=layout)


def _runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where it changes script: (run, is Khmer). Spaces, punctuation and the
    zero-width space stay with the run before them (the first run takes those it opens
    with)."""
    runs: list[tuple[str, bool]] = []
    for char in text:
        khmer = is_khmer(char)
        neutral = not khmer and not char.isalnum()
        if runs and (neutral or runs[-1][1] == khmer):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        elif runs and not runs[-1][0].strip("\u200b ") and not runs[-1][0].isalnum():
            runs[-1] = (runs[-1][0] + char, khmer)  # only neutral so far: it takes this script
        else:
            runs.append((char, khmer))
    return runs


@lru_cache(maxsize=4096)
def text_width(text: str, size: int, bold: bool) -> float:
    """How many dots ``text`` takes in the bundled fonts at ``size`` (cached)."""
    return sum(_font(size, bold, khmer).getlength(run) for run, khmer in _runs(text))


def render_line(text: str, size: int, bold: bool = False) -> Image.Image:
    """One line of text as a 1-bit image, black on white, with every dot of its glyphs.

    Tall as the fonts' line (ascent above the baseline, descent below), so lines printed one
    under the other keep an even pitch, and taller only where the ink reaches beyond it:
    stacked marks above (Ẫ, Ỗ), descenders and Khmer subscripts below. Across, as wide as
    its ink, whatever the advance says (the overhang of j, ĩ, the horn of ơ), rounded up to
    whole bytes. The blank rows above and below the ink cost no image bytes: the job sends
    them as paper feed.
    """
    text = unicodedata.normalize("NFC", text)
    pieces: list[tuple[str, ImageFont.FreeTypeFont, float]] = []
    left = top = math.inf
    right = bottom = -math.inf
    ascent = descent = 0
    pen = 0.0
    for run, khmer in _runs(text) or [("", False)]:
        font = _font(size, bold, khmer)
        run_ascent, run_descent = font.getmetrics()
        ascent, descent = max(ascent, run_ascent), max(descent, run_descent)
        box = font.getbbox(run, anchor="ls")  # the glyphs' dots around the pen's origin
        left, top = min(left, pen + box[0]), min(top, box[1])
        right, bottom = max(right, pen + box[2]), max(bottom, box[3])
        pieces.append((run, font, pen))
        pen += font.getlength(run)
    left, top = math.floor(left), math.floor(top)
    right, bottom = math.ceil(right), math.ceil(bottom)
    baseline = max(ascent, -top)
    height = baseline + max(descent, bottom)
    canvas = Image.new("L", (max(1, right - left), height), 0)
    draw = ImageDraw.Draw(canvas)
    for run, font, at in pieces:
        draw.text((at - left, baseline), run, font=font, fill=255, anchor="ls")
    ink = canvas.point(_INK)
    dots = ink.getbbox()
    start, end = (dots[0], dots[2]) if dots else (0, 1)
    width = end - start + -(end - start) % 8
    line = Image.new("L", (width, height), 0)
    line.paste(ink.crop((start, 0, end, height)), (0, 0))
    return line.point(lambda v: 255 - v).convert("1")
