"""Numbers read aloud the way Vietnamese offices read them.

Vietnamese reads a number in groups of three digits, each group named (nghìn or ngàn,
triệu, tỷ), with the sound changes every speaker makes: 1 after "mươi" is "mốt" (hai mươi
mốt) but "một" after "mười" (mười một); 5 after "mười"/"mươi" is "lăm" (mười lăm, hai mươi
lăm) but "năm" elsewhere (một trăm linh năm); 4 after "mươi" is "tư" (hai mươi tư); a zero
in the tens before a unit is "linh" in the North and "lẻ" in the South (một trăm linh một);
a group after the first with no hundreds says "không trăm" (một nghìn không trăm hai mươi
ba), and a group that is all zeros is not said at all (một triệu không trăm mười).
Text engines read digits in their own ways (or not at all, for "A023"); the kiosk hands them
words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
BILLION = 1_000_000_000
LARGEST = BILLION * BILLION - 1
"""Up to 999 999 999 tỷ: further than any queue, fee or dossier number goes."""

LETTERS = {
    "A": "a",
    "B": "bê",
    "C": "xê",
    "D": "đê",
    "E": "e",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em mờ",
    "N": "en nờ",
    "O": "o",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét sì",
    "T": "tê",
    "U": "u",
    "V": "vê",
    "W": "vê kép",
    "X": "ích xì",
    "Y": "i dài",
    "Z": "dét",
}
"""The Vietnamese names of the Latin letters, as a queue number's prefix is read."""


@dataclass(frozen=True)
class NumberStyle:
    """The regional choices: the zero tens ("linh" North, "lẻ" South) and the thousand
    ("nghìn" North, "ngàn" South)."""

    zero_tens: Literal["linh", "lẻ"] = "linh"
    thousand: Literal["nghìn", "ngàn"] = "nghìn"


NORTH = NumberStyle()
SOUTH = NumberStyle("lẻ", "ngàn")


def number_words(number: int, style: NumberStyle = NORTH) -> str:
    """``number`` (0 ≤ number < 10¹⁸) in Vietnamese words: 21 -> "hai mươi mốt",
    105 -> "một trăm linh năm", 1023 -> "một nghìn không trăm hai mươi ba"."""
    if not 0 <= number <= LARGEST:
        raise ValueError(f"{number} is outside 0…{LARGEST}")
    if number == 0:
        return DIGITS[0]
    return " ".join(_up_to_a_billion(number, style, leading=True))


def _up_to_a_billion(number: int, style: NumberStyle, *, leading: bool) -> list[str]:
    """Words for ``number`` < 10¹⁸, read as "<billions> tỷ <rest>"."""
    billions, rest = divmod(number, BILLION)
    words: list[str] = []
    if billions:
        words += [*_up_to_a_billion(billions, style, leading=leading), "tỷ"]
        leading = False
    names = ("triệu", style.thousand, "")
    for index, group in enumerate((rest // 1_000_000, rest // 1000 % 1000, rest % 1000)):
        if group:
            words += _group(group, style, leading=leading)
            if names[index]:
                words.append(names[index])
            leading = False
    return words


def _group(number: int, style: NumberStyle, *, leading: bool) -> list[str]:
    """One group of three digits; a group after the first says its zero hundreds."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words: list[str] = []
    if hundreds or not leading:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words += [style.zero_tens, DIGITS[units]]
        elif units:
            words.append(DIGITS[units])
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 1:
        words.append("một" if tens == 1 else "mốt")
    elif units == 4:
        words.append("bốn" if tens == 1 else "tư")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def queue_number_words(number: str, style: NumberStyle = NORTH) -> str:
    """A queue number as an office calls it: its letters by their Vietnamese names, then
    its digits as one number ("A023" -> "a hai mươi ba", "B1005" -> "bê một nghìn không trăm
    linh năm"). Anything else is read character by character."""
    letters = number.rstrip("0123456789")
    digits = number[len(letters) :]
    words = [LETTERS.get(char.upper(), char) for char in letters if not char.isspace()]
    if digits:
        words.append(number_words(int(digits), style))
    return " ".join(words)
