"""How the kiosk words things for citizens, on screen and on paper alike: an amount of đồng,
a moment, an estimated wait, placeholders filled in, and Vietnamese without its marks (for
search, and for printers that know only ASCII)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

Language = str
"""A language's code, one of ``kiosk.languages.CODES`` ("vi", "en", …)."""


def format_vnd(amount: int) -> str:
    """An amount of đồng the Vietnamese way: ``1250000`` -> ``"1.250.000 đ"``."""
    return f"{group_thousands(amount)} đ"


def format_moment(moment: datetime, timezone: str) -> str:
    """A moment as the office's clock shows it: "17:00 26/11/2026"."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%H:%M} {local:%d/%m/%Y}"


@dataclass(frozen=True)
class WaitUnits:
    """How a language words an estimated wait: minutes, whole hours, and hours and a half
    (``%1`` is the number). Vietnamese unless given; the screens translate them."""

    minutes: str = "%1 phút"
    hours: str = "%1 giờ"
    hours_and_half: str = "%1 giờ rưỡi"


def format_wait(minutes: int, units: WaitUnits = WaitUnits()) -> str:
    """An estimated wait as a person says it, never more precise than it is: under an hour
    to the next 5 minutes ("25 phút"), else to the nearest half hour ("1 giờ rưỡi")."""
    rounded = max(5, -(-minutes // 5) * 5)
    if rounded < 60:
        return fill(units.minutes, rounded)
    hours, half = divmod(int(minutes / 30 + 0.5), 2)
    return fill(units.hours_and_half if half else units.hours, hours)


def group_thousands(number: float) -> str:
    """A whole number with dots between the thousands, as Vietnamese writes it: 1.250.000."""
    return f"{number:,.0f}".replace(",", ".")


_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced by ``values`` in one pass, as Qt's ``arg`` does
    (PySide6's ``tr`` gives a Python ``str``, which has no ``arg``): a value that itself holds
    "%2" (a code a citizen typed) is never filled in again, and a placeholder without a value
    stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, template)


_D_AS_ASCII = str.maketrans({"\u00d0": "D", "\u00f0": "d", "\u0110": "D", "\u0111": "d"})
"""Đ/đ, and Icelandic eth (Ð/ð, a common typo for them), as D/d."""


def without_marks(text: str) -> str:
    """Vietnamese with its tone marks and diacritics dropped and đ as d; case is kept
    ("Đường" -> "Duong"). Every combining mark goes, whatever the script."""
    decomposed = unicodedata.normalize(
        "NFD", unicodedata.normalize("NFC", text).translate(_D_AS_ASCII)
    )
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


MASK = "***"
"""What stands for the hidden letters of a masked word: always three, whatever its length."""


def mask_name(name: str) -> str:
    """A person's name fit for paper left at a kiosk: the family name whole, every other word
    its first letter and ``***`` ("Nguyễn Thị Hồng Nhung" -> "Nguyễn T*** H*** N***"). A
    one-word name keeps only its first letter. White space is collapsed; "" stays ""."""
    words = unicodedata.normalize("NFC", name).split()
    if len(words) < 2:
        return "".join(_first_letter(word) + MASK for word in words)
    return " ".join([words[0], *(_first_letter(word) + MASK for word in words[1:])])


def _first_letter(word: str) -> str:
    """The word's first character with the combining marks that belong to it."""
    end = 1
    while end < len(word) and unicodedata.combining(word[end]):
        end += 1
    return word[:end]
