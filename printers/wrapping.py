"""Word wrapping by any measure: the cells of a code page, the dots of a font."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""What separates words: white space, but a no-break space stays inside its word."""


def wrap_words(text: str, width: float, measure: Callable[[str], float] = len) -> list[str]:
    """Word-wrap ``text`` (NFC) to lines no wider than ``width`` as ``measure`` tells it
    (the cells of a code page, the dots of a font).

    Words are kept whole where they fit; a word wider than a line is cut, its head filling
    what is left of the current line (as textwrap does).
    """
    lines: list[str] = []
    line = ""
    for word in _SPACES.split(unicodedata.normalize("NFC", text)):
        if not word:
            continue
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if measure(word) <= width:
            lines.append(line)
            line = word
            continue
        head = f"{line} " if line else ""
        while word:
            cut = _longest_fitting_prefix(head, word, width, measure)
            if not cut and head:  # not one more character fits here: start a new line
                lines.append(head.rstrip(" "))
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
    """How many characters of ``word`` fit after ``head`` within ``width``."""
    count = 0
    while count < len(word) and measure(head + word[: count + 1]) <= width:
        count += 1
    return count
