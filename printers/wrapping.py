"""Word wrapping by any measure: the cells of a code page, the dots of a font."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_BREAKS = re.compile(r"([^\S\u00a0\u2007\u202f]+|\u200b)")
"""What separates words: white space (a no-break space stays inside its word), and the
zero-width space that scripts written without spaces (Khmer) put between words."""
ZERO_WIDTH_SPACE = "\u200b"
KHMER_COENG = "\u17d2"
"""Khmer's sign that puts the next consonant under the one before: never cut after it."""


def wrap_words(text: str, width: float, measure: Callable[[str], float] = len) -> list[str]:
    """Word-wrap ``text`` (NFC) to lines no wider than ``width`` as ``measure`` tells it
    (the cells of a code page, the dots of a font).

    Words are kept whole where they fit; a word wider than a line is cut, its head filling
    what is left of the current line (as textwrap does), never between a letter and its
    marks. Words a zero-width space separates join without a space on a line.
    """
    lines: list[str] = []
    line = ""
    joiner = ""
    for index, part in enumerate(_BREAKS.split(unicodedata.normalize("NFC", text))):
        if index % 2:  # a separator: a space where there is white space
            joiner = " " if part != ZERO_WIDTH_SPACE or joiner == " " else ZERO_WIDTH_SPACE
            continue
        word, between, joiner = part, joiner, ""
        if not word:
            joiner = between
            continue
        candidate = f"{line}{between or ' '}{word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if measure(word) <= width:
            lines.append(line)
            line = word
            continue
        head = f"{line}{between or ' '}" if line else ""
        while word:
            cut = _longest_fitting_prefix(head, word, width, measure)
            if not cut and head:  # not one more character fits here: start a new line
                lines.append(head.rstrip(" " + ZERO_WIDTH_SPACE))
                head = ""
                cut = _longest_fitting_prefix("", word, width, measure)
            cut = max(1, cut)  # a character wider than the line still goes out, alone
            line, word = head + word[:cut], word[cut:]
            if word:
                lines.append(line)
                head = ""
    if line:
        lines.append(line)
    return lines or [""]


def _longest_fitting_prefix(
    head: str, word: str, width: float, measure: Callable[[str], float]
) -> int:
    """How many characters of ``word`` fit after ``head`` within ``width``, ending where a
    cut keeps each letter with its marks (and a Khmer subscript with its consonant)."""
    count = 0
    while count < len(word) and measure(head + word[: count + 1]) <= width:
        count += 1
    while 0 < count < len(word) and (
        unicodedata.category(word[count]).startswith("M") or word[count - 1] == KHMER_COENG
    ):
        count -= 1
    return count
