"""Vietnamese text in printer code pages: Windows-1258, TCVN-3 (ABC), and an ASCII fold.

Pure functions, no Qt. Every encoder NFC-normalises its input first; positions reported in
errors are positions in that NFC text.

- CP1258 stores a base letter (which may carry circumflex, breve or horn) plus one of five
  combining tone marks; a few toned Latin-1 letters are precomposed.
- TCVN-3 as python-escpos knows it is split over two printer code pages: lowercase
  Vietnamese letters on page 1, uppercase on page 2. The tables come from python-escpos's
  capability data. Page 2 lists U+00D0 (Icelandic eth) at 0xA7; it stands for U+0110 Đ.
  Checked against a second source, glibc's TCVN 5712 table: page 1 agrees byte for byte;
  page 2 (named "TCVN-3 1" too in that data) mixes two conventions, Ă Â Đ at the standard's
  capital positions and Ê Ô Ơ Ư over the lower-case ê ô ơ ư, and both hold on Epson's
  capitals page, so every byte sent is one both sources agree on.
"""

from __future__ import annotations

import unicodedata

from kiosk.domain.wording import without_marks
from printers.capabilities import CAPABILITIES

__all__ = [
    "TCVN3_LOWER_PAGE",
    "TCVN3_UPPER_PAGE",
    "UnencodableText",
    "cp1258_precomposed",
    "decode_cp1258",
    "decode_tcvn3",
    "encode_cp1258",
    "encode_tcvn3",
    "fold_to_ascii",
]

TCVN3_LOWER_PAGE = 1
TCVN3_UPPER_PAGE = 2

_ETH_UPPER = "\u00d0"  # Ð, Icelandic eth: looks like Đ
_ETH_LOWER = "\u00f0"  # ð
_D_STROKE_UPPER = "\u0110"  # Đ
_D_STROKE_LOWER = "\u0111"  # đ


class UnencodableText(ValueError):
    """A character that the target encoding cannot represent."""

    def __init__(self, character: str, position: int, encoding: str) -> None:
        self.character = character
        self.position = position
        self.encoding = encoding
        super().__init__(
            f"character {character!r} (U+{ord(character):04X}) at position {position} "
            f"cannot be encoded in {encoding}"
        )


def fold_to_ascii(text: str) -> str:
    """Accent-stripped ASCII as a last resort ("Đường" -> "Duong"); case is kept.

    Eth (Ð/ð) counts as Đ/đ, marks are dropped, typographic dashes, quotes, ellipsis and
    no-break spaces become their ASCII look-alikes, control characters other than newline and
    tab are removed, and any other non-ASCII character becomes "?".
    """
    plain = without_marks(unicodedata.normalize("NFC", text).translate(_FOLD_PUNCTUATION))
    return "".join(
        ch if ch.isascii() else "?"
        for ch in plain
        if unicodedata.category(ch) != "Cc" or ch in "\n\t"
    )


_FOLD_PUNCTUATION = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2026": "...",
        "\u00a0": " ",
        "\u2022": "*",
    }
)


def _replacement(ch: str) -> str:
    return fold_to_ascii(ch) or "?"


# --- Windows-1258 -------------------------------------------------------------------------

_CP1258_TONE_MARKS = {
    "\u0300": 0xCC,  # grave
    "\u0301": 0xEC,  # acute
    "\u0303": 0xDE,  # tilde
    "\u0309": 0xD2,  # hook above
    "\u0323": 0xF2,  # dot below
}


def _cp1258_single_bytes() -> dict[str, bytes]:
    table: dict[str, bytes] = {}
    for value in range(256):
        try:
            ch = bytes([value]).decode("cp1258")
        except UnicodeDecodeError:
            continue  # unassigned byte
        table[ch] = bytes([value])
    return table


def _cp1258_composed(single: dict[str, bytes]) -> dict[str, bytes]:
    """Characters that exist only as base byte + tone-mark byte (e.g. ấ = â + acute)."""
    table: dict[str, bytes] = {}
    for base, base_byte in single.items():
        if unicodedata.category(base)[0] != "L":
            continue
        for mark, mark_byte in _CP1258_TONE_MARKS.items():
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and composed not in single:
                table.setdefault(composed, base_byte + bytes([mark_byte]))
    return table


_CP1258_SINGLE = _cp1258_single_bytes()
_CP1258_ENCODE = {**_cp1258_composed(_CP1258_SINGLE), **_CP1258_SINGLE}


def encode_cp1258(text: str, *, strict: bool = False) -> bytes:
    """Windows-1258 bytes for ``text`` (NFC first; toned letters as base + tone mark).

    A character outside CP1258: ``strict`` raises UnencodableText, otherwise it is replaced
    by its ASCII fold (or "?" when the fold is empty).
    """
    out = bytearray()
    for position, ch in enumerate(unicodedata.normalize("NFC", text)):
        encoded = _CP1258_ENCODE.get(ch)
        if encoded is None:
            if strict:
                raise UnencodableText(ch, position, "CP1258")
            encoded = _replacement(ch).encode("ascii")
        out += encoded
    return bytes(out)


def cp1258_precomposed(text: str) -> bool:
    """Whether every character of ``text`` (NFC) is one Windows-1258 byte: no tone mark
    needs a byte of its own, nothing is folded."""
    return all(ch in _CP1258_SINGLE for ch in unicodedata.normalize("NFC", text))


def decode_cp1258(data: bytes) -> str:
    """Text from Windows-1258 bytes, NFC; unassigned bytes become U+FFFD."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


# --- TCVN-3 over two printer code pages -----------------------------------------------------

_TCVN3_NEUTRAL = frozenset(chr(c) for c in range(0x20, 0x7F)) | {"\n", "\t"}


def _tcvn3_page(name: str) -> dict[int, str]:
    rows = CAPABILITIES["encodings"][name]["data"]
    decoded: dict[int, str] = {}
    for row_index, row in enumerate(rows):
        for column, ch in enumerate(row):
            if ch == " ":
                continue  # unassigned
            decoded[0x80 + 16 * row_index + column] = _D_STROKE_UPPER if ch == _ETH_UPPER else ch
    return decoded


_TCVN3_DECODE: dict[int, dict[int, str]] = {
    TCVN3_LOWER_PAGE: _tcvn3_page("TCVN-3-1"),
    TCVN3_UPPER_PAGE: _tcvn3_page("TCVN-3-2"),
}
_TCVN3_ENCODE: dict[str, tuple[int, int]] = {
    ch: (page, value) for page, table in _TCVN3_DECODE.items() for value, ch in table.items()
}


def encode_tcvn3(text: str, *, strict: bool = False) -> list[tuple[int, bytes]]:
    """TCVN-3 runs ``[(page, bytes), ...]`` for ``text`` with as few page switches as possible.

    ASCII (0x20-0x7E, newline, tab) is valid on both pages and joins the current run; leading
    ASCII joins the first page-specific run; text with no Vietnamese letter is page 1. A
    character outside the repertoire: ``strict`` raises UnencodableText, otherwise it is
    replaced by its ASCII fold (or "?" when the fold is empty).
    """
    runs: list[tuple[int, bytearray]] = []
    pending = bytearray()  # ASCII seen before the first page-specific character
    for position, ch in enumerate(unicodedata.normalize("NFC", text)):
        if ch in _TCVN3_NEUTRAL:
            chunk, page = ch.encode("ascii"), None
        elif ch in _TCVN3_ENCODE:
            page, value = _TCVN3_ENCODE[ch]
            chunk = bytes([value])
        elif strict:
            raise UnencodableText(ch, position, "TCVN-3")
        else:
            chunk, page = _replacement(ch).encode("ascii"), None
        if page is None:
            (runs[-1][1] if runs else pending).extend(chunk)
        elif runs and runs[-1][0] == page:
            runs[-1][1].extend(chunk)
        else:
            runs.append((page, (pending if not runs else bytearray()) + chunk))
    if not runs and pending:
        runs.append((TCVN3_LOWER_PAGE, pending))
    return [(page, bytes(data)) for page, data in runs]


def decode_tcvn3(runs: list[tuple[int, bytes]]) -> str:
    """Text from TCVN-3 runs, NFC; unassigned bytes become U+FFFD."""
    out: list[str] = []
    for page, data in runs:
        try:
            table = _TCVN3_DECODE[page]
        except KeyError:
            raise ValueError(f"unknown TCVN-3 code page {page!r}") from None
        out.extend(chr(b) if b < 0x80 else table.get(b, "\ufffd") for b in data)
    return unicodedata.normalize("NFC", "".join(out))
