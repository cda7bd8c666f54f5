"""Whole glyphs in raster text: no clipped diacritics, horns or descenders.

Every precomposed Vietnamese letter (both cases), plus the letters that reach below the
baseline or left of their origin, is drawn by :func:`printers.raster_text.render_line` in
every font and size the layouts print, and its ink is compared with the same text drawn by
Pillow on a generous canvas: the same black dots, in the same shape, means nothing was cut.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from printers import raster_text
from printers.job import JobBuilder, JobSettings
from printers.samples import sample_documents

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
"""Grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng)."""
SHAPES = {"a": {"\u0302", "\u0306"}, "e": {"\u0302"}, "o": {"\u0302", "\u031b"}, "u": {"\u031b"}}
"""Circumflex, breve and horn, on the vowels that take them (â ă ê ô ơ ư)."""
EXTRA = "jgpqyỵỸ"
"""Descenders and a negative left bearing (j), with and without marks."""
NAMES = (
    "NGUYỄN THỊ HỒNG NHUNG",
    "Trần Văn Bình",
    "Phường Hải Châu",
    "Huỳnh Ngọc Ỷ",
    "Đặng Quốc Việt",
    "Lương Thị Ngọc Quỳnh",
)
MIXED = (
    "ẤẦẨẪẬ ẾỀỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ",
    "ỵỹỷ jgpq ỵjỹgỷ",
    "Ẫj gỸ ỹẤ qỖp",
    "jẪ ỹ Ỹj",
    "Phường Hải Châu, quận Hải Châu, thành phố Đà Nẵng",
    "Ấp Ỹ Giồng Riềng, tỉnh Kiên Giang – Quầy số 3 (ỵ)",
)


def _is_vietnamese_letter(char: str) -> bool:
    if char in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    lower = base.lower()
    if lower not in "aeiouy" or not base.isascii() or not marks:
        return False
    tones = [mark for mark in marks if mark in TONES]
    shapes = [mark for mark in marks if mark not in TONES]
    return (
        len(tones) <= 1
        and len(shapes) <= 1
        and all(mark in SHAPES.get(lower, set()) for mark in shapes)
    )


def vietnamese_letters() -> list[str]:
    """The precomposed Vietnamese letters, lower and upper case, from Unicode itself."""
    return [
        chr(code)
        for code in range(0xC0, sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Ll", "Lu") and _is_vietnamese_letter(chr(code))
    ]


LETTERS = vietnamese_letters()


def test_there_are_134_precomposed_vietnamese_letters() -> None:
    assert len(LETTERS) == 134
    assert sum(letter.islower() for letter in LETTERS) == 67
    assert {letter.upper() for letter in LETTERS if letter.islower()} == {
        letter for letter in LETTERS if letter.isupper()
    }
    assert all(unicodedata.normalize("NFC", letter) == letter for letter in LETTERS)
    assert {"ặ", "Ẫ", "ệ", "ỡ", "Ự", "ỵ", "Ỹ", "đ", "Đ"} <= set(LETTERS)


@cache
def printed_styles() -> list[tuple[int, bool]]:
    """Every (size, bold) of text the layouts print, and its other weight too: a name or
    place can come in either. Found by building every sample document on both papers."""
    sizes: set[int] = set()
    original_text = JobBuilder.text
    original_render = raster_text.render_line

    def text(self: JobBuilder, text: str, *, size: int = 24, **kwargs: object) -> None:
        sizes.add(size)
        original_text(self, text, size=size, **kwargs)  # type: ignore[arg-type]

    def render_line(text: str, size: int, bold: bool = False) -> Image.Image:
        sizes.add(size)
        return original_render(text, size, bold)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(JobBuilder, "text", text)
        patch.setattr(raster_text, "render_line", render_line)
        for paper in (58, 80):
            sample_documents(JobSettings("TM-T20II", paper))
    assert sizes, "the sample documents printed no text"
    return [(size, bold) for size in sorted(sizes) for bold in (False, True)]


def ink(picture: Image.Image) -> tuple[int, tuple[int, int], bytes]:
    """Black dots of an ``L`` picture where 255 is ink: how many, the size of their box, and
    the dots inside that box."""
    box = picture.getbbox()
    if box is None:
        return 0, (0, 0), b""
    dots = picture.crop(box)
    return dots.histogram()[255], dots.size, dots.tobytes()


def rendered_ink(text: str, size: int, bold: bool) -> tuple[int, tuple[int, int], bytes]:
    line = raster_text.render_line(text, size, bold)
    assert line.mode == "1"
    return ink(line.convert("L").point(lambda v: 255 - v))


def reference_ink(text: str, size: int, bold: bool) -> tuple[int, tuple[int, int], bytes]:
    """``text`` drawn by Pillow far from every edge of a large canvas: nothing can be cut."""
    font = raster_text._font(size, bold)
    text = unicodedata.normalize("NFC", text)
    canvas = Image.new("L", (int(font.getlength(text)) + 8 * size, 8 * size), 0)
    ImageDraw.Draw(canvas).text((4 * size, 4 * size), text, font=font, fill=255, anchor="ls")
    return ink(canvas.point([0] * 128 + [255] * 128))


def clipped(text: str, size: int, bold: bool) -> bool:
    return rendered_ink(text, size, bold) != reference_ink(text, size, bold)


def glyph_cases() -> Iterator[tuple[str, int, bool]]:
    for size, bold in printed_styles():
        for glyph in [*LETTERS, *EXTRA]:
            yield glyph, size, bold


def test_the_layouts_print_in_several_sizes_and_both_weights() -> None:
    styles = printed_styles()
    assert len(styles) >= 8
    assert {bold for _, bold in styles} == {False, True}


def test_every_glyph_keeps_all_its_ink_in_every_printed_style() -> None:
    cases = list(glyph_cases())
    cut = [
        f"{glyph} {size}{'b' if bold else ''}"
        for glyph, size, bold in cases
        if clipped(glyph, size, bold)
    ]
    assert not cut, f"{len(cut)} of {len(cases)} glyph cases clipped: {' '.join(cut)}"


def test_every_glyph_keeps_its_ink_between_neighbours() -> None:
    """Each glyph inside a line, next to tall marks and descenders, in every printed style."""
    cut = []
    for size, bold in printed_styles():
        for glyph in [*LETTERS, *EXTRA]:
            for line in (f"jẪ{glyph}ỵ", f"{glyph}{glyph}", f"Ỹ {glyph} g"):
                if clipped(line, size, bold):
                    cut.append(f"{line!r} {size}{'b' if bold else ''}")
    assert not cut, f"{len(cut)} lines clipped: {' '.join(cut)}"


@pytest.mark.parametrize("text", NAMES + MIXED)
def test_names_and_mixed_lines_keep_all_their_ink(text: str) -> None:
    cut = [(size, bold) for size, bold in printed_styles() if clipped(text, size, bold)]
    assert not cut, f"{text!r} clipped in {cut}"


@pytest.mark.parametrize("text", NAMES + MIXED)
def test_a_line_is_no_taller_than_its_ink_and_the_fonts_line(text: str) -> None:
    """The line image keeps the font's pitch (so lines never touch) and grows only by the
    ink that reaches beyond it; across, it is the ink rounded up to whole bytes."""
    for size, bold in printed_styles():
        font = raster_text._font(size, bold)
        ascent, descent = font.getmetrics()
        top, bottom = font.getbbox(text, anchor="ls")[1::2]
        line = raster_text.render_line(text, size, bold)
        assert line.height == max(ascent, -top) + max(descent, bottom)
        assert line.width % 8 == 0
        box = line.convert("L").point(lambda v: 255 - v).getbbox()
        assert box is not None and box[0] == 0 and line.width - box[2] < 8


def test_the_baseline_is_at_the_same_height_in_lines_of_the_same_pitch() -> None:
    """Lines without tall marks share one baseline, so a paragraph keeps an even pitch."""
    for size, bold in printed_styles():
        plain = raster_text.render_line("Hà Nội", size, bold)
        low = raster_text.render_line("ỵ", size, bold)
        bottom = low.convert("L").point(lambda v: 255 - v).getbbox()
        assert bottom is not None
        assert plain.height == low.height
        font = raster_text._font(size, bold)
        assert bottom[3] == font.getmetrics()[0] + font.getbbox("ỵ", anchor="ls")[3]


ALPHABET = (
    "".join(LETTERS) + EXTRA + "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 ,.:;-–()/"
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, min_size=1, max_size=30),
    style=st.one_of(
        st.deferred(lambda: st.sampled_from(printed_styles())),
        st.tuples(st.integers(12, 48), st.booleans()),
    ),
)
def test_any_vietnamese_line_keeps_all_its_ink(text: str, style: tuple[int, bool]) -> None:
    """Any line of Vietnamese letters, descenders, digits and punctuation, in the printed
    styles and in any other size a layout might pick."""
    size, bold = style
    assert rendered_ink(text, size, bold) == reference_ink(text, size, bold)
