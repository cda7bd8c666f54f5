"""The scan classifier: every byte a scanner sends is untrusted; nothing it sends may raise.

The valid scans here are built from independent generators (province codes, dates, genders,
Vietnamese names written out in this file), not from the module under test.

Each generator below is a plain function of a ``Choices``, so it runs on two sources:

- ``drawn``: every choice a Hypothesis draw, so a failure shrinks to a small example; the
  focused tests (a few hundred examples each) use these.
- ``seeded``: one Hypothesis draw (a seed), the rest from a PRNG. Ten thousand drawn cards
  take minutes on a kiosk-class machine, seeded ones seconds: each entry point (``classify``,
  ``parse_payload``, ``mask_personal_data``) has one 10,000-example fuzz test that mixes
  Hypothesis's own arbitrary bytes and text with seeded cases of every generator.

Every case carries what it must give, so the fuzz tests check the properties, not only
that nothing raises.
"""

from __future__ import annotations

import calendar
import random
import re
import subprocess
import sys
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, TypeVar

import pytest
from hypothesis import event, given, note, settings
from hypothesis import strategies as st

from kiosk.input.scans import (
    MAX_SCAN_BYTES,
    PROVINCES,
    AppointmentCode,
    CitizenId,
    DossierCode,
    KioskTicket,
    LocalReceipt,
    Scan,
    ScanKind,
    Unrecognised,
    VietQR,
    classify,
    mask_personal_data,
)
from kiosk.input.vietqr import (
    NAPAS_GUID,
    VietQRError,
    VietQRInfo,
    build_payload,
    crc16_ccitt_false,
    parse_payload,
)

T = TypeVar("T")
TODAY = date(2026, 5, 20)
FUZZ = settings(max_examples=10_000, deadline=None, database=None)  # a database costs 25%
FOCUSED = settings(max_examples=200, deadline=None)
SCAN_TYPES = (
    CitizenId,
    DossierCode,
    VietQR,
    KioskTicket,
    LocalReceipt,
    AppointmentCode,
    Unrecognised,
)

# --- where choices come from --------------------------------------------------------------


class Choices:
    """The choices a generator makes."""

    def integer(self, low: int, high: int) -> int:
        raise NotImplementedError

    def pick(self, options: Sequence[T]) -> T:
        raise NotImplementedError

    def text(self, alphabet: str, low: int, high: int) -> str:
        raise NotImplementedError

    def character(self, *, visible: bool) -> str:
        """Any character (no surrogates), or with ``visible`` one that is neither a control,
        format, unassigned or separator character, a digit 0-9 nor ``|``."""
        raise NotImplementedError

    def boolean(self) -> bool:
        return self.integer(0, 1) == 1


VISIBLE = st.characters(
    exclude_categories=("Cc", "Cs", "Co", "Cn", "Cf", "Z"), exclude_characters="|0123456789"
)


class Drawn(Choices):
    """Each choice a Hypothesis draw: shrinkable, and slow."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def pick(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def text(self, alphabet: str, low: int, high: int) -> str:
        return self._draw(st.text(alphabet, min_size=low, max_size=high))

    def character(self, *, visible: bool) -> str:
        return self._draw(VISIBLE if visible else st.characters())


class Seeded(Choices):
    """Choices from a PRNG seeded by one Hypothesis draw: fast, not shrinkable."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def integer(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def pick(self, options: Sequence[T]) -> T:
        return self._rng.choice(options)

    def text(self, alphabet: str, low: int, high: int) -> str:
        return "".join(self._rng.choices(alphabet, k=self._rng.randint(low, high)))

    def character(self, *, visible: bool) -> str:
        while True:
            char = chr(
                self._rng.choice([self._rng.randrange(0x80, 0x3000), self._rng.randrange(0x110000)])
            )
            category = unicodedata.category(char)
            if category == "Cs":
                continue
            if not visible or (category[0] not in "CZ" and char not in "|0123456789"):
                return char


def drawn(generator: Callable[[Choices], T]) -> st.SearchStrategy[T]:
    return st.composite(lambda draw: generator(Drawn(draw)))()


def seeded(generator: Callable[[Choices], T]) -> st.SearchStrategy[T]:
    return st.randoms(use_true_random=True).map(lambda rng: generator(Seeded(rng)))


# --- independent generators ---------------------------------------------------------------

PROVINCE_CODES = [
    "001",
    "002",
    "004",
    "006",
    "008",
    "010",
    "011",
    "012",
    "014",
    "015",
    "017",
    "019",
    "020",
    "022",
    "024",
    "025",
    "026",
    "027",
    "030",
    "031",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "040",
    "042",
    "044",
    "045",
    "046",
    "048",
    "049",
    "051",
    "052",
    "054",
    "056",
    "058",
    "060",
    "062",
    "064",
    "066",
    "067",
    "068",
    "070",
    "072",
    "074",
    "075",
    "077",
    "079",
    "080",
    "082",
    "083",
    "084",
    "086",
    "087",
    "089",
    "091",
    "092",
    "093",
    "094",
    "095",
    "096",
]
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Ksor",
    "Rơ Mah",
    "Mlô",
    "Y'",
    "Kpă",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Thùy", "Xuân", "Bảo"]
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Khoa",
    "Linh",
    "Lộc",
    "Mai",
    "Nga",
    "Oanh",
    "Phúc",
    "Quyên",
    "Sơn",
    "Tâm",
    "Thảo",
    "Tuấn",
    "Uyên",
    "Việt",
    "Yến",
    "Ánh",
    "Ưng",
    "Đạt",
    "Nguyệt",
    "Khuê",
    "Hoà",
    "H'Hen Niê",
    "Thuỷ",
]
VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
STREETS = [
    "Lê Lợi",
    "Nguyễn Huệ",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Điện Biên Phủ",
    "Cách Mạng Tháng Tám",
    "Lý Thường Kiệt",
    "Quang Trung",
    "Phan Đình Phùng",
]
PLACES = [
    "Phường Bến Nghé",
    "Xã Ea Kao",
    "Phường Hàng Bạc",
    "Thị trấn Đồng Văn",
    "Quận 1",
    "Huyện Krông Pắc",
    "TP. Hồ Chí Minh",
    "Hà Nội",
    "Tỉnh Đắk Lắk",
    "Thôn 5",
    "Ấp Mỹ Hòa",
    "Tổ dân phố 12",
]
GAPS = [" ", " ", "  ", "\u00a0", " \u00a0 "]
SUFFIXES = ["", "\r", "\n", "\r\n", "\t"]  # what scanners end a scan with
DIGITS = "0123456789"
PRINTABLE_ASCII = "".join(map(chr, range(0x20, 0x7F)))
FIRST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class Case:
    """A scan and what ``classify`` must make of it: a Scan (equal to it), a string (an
    Unrecognised whose reason starts with it), or None (any Scan will do)."""

    label: str
    raw: bytes | str
    expect: Scan | str | None = None


def name(c: Choices) -> str:
    """A name as it might be on a card, its spacing possibly untidy: words from the lists
    above, or two to five words of one to seven random Vietnamese letters (a syllable's
    most), each opening with a capital."""
    if c.boolean():
        words = [c.pick(FAMILY)]
        words += [c.pick(MIDDLE) for _ in range(c.integer(0, 2))]
        words.append(c.pick(GIVEN))
    else:
        words = [
            c.text(VIETNAMESE_LETTERS.lower(), 1, 7).capitalize() for _ in range(c.integer(2, 5))
        ]
    text = c.pick(GAPS).join(words)
    return text.upper() if c.integer(0, 3) == 0 else text


def address(c: Choices) -> str:
    house = f"{c.integer(1, 999)}{c.pick(['', '/3', 'B', '/12A'])}"
    places = [c.pick(PLACES) for _ in range(c.integer(1, 3))]
    return ", ".join([f"{house} {c.pick(STREETS)}", *places])


def card_date(day: date) -> str:
    return f"{day.day:02d}{day.month:02d}{day.year:04d}"


def id_number_for(province: str, gender: str, born: date, serial: str) -> str:
    digit = (0 if gender == "Nam" else 1) + 2 * ((born.year - 1900) // 100)
    return f"{province}{digit}{born.year % 100:02d}{serial}"


def card(c: Choices) -> tuple[list[str], CitizenId]:
    """The QR fields of a valid card (in one of the three shapes) and what they read as."""
    born = FIRST_BIRTH + timedelta(c.integer(0, (TODAY - FIRST_BIRTH).days))
    issue_date = born + timedelta(c.integer(0, (TODAY - born).days))
    issued: date | None = issue_date
    gender: Literal["Nam", "Nữ"] = c.pick(["Nam", "Nữ"])
    id_number = id_number_for(c.pick(PROVINCE_CODES), gender, born, c.text(DIGITS, 6, 6))
    old_id = c.pick(["", "", c.text(DIGITS, 9, 9), c.text(DIGITS, 12, 12)])
    full_name, home = name(c), address(c)
    shape = c.integer(0, 2)
    written_gender = gender.upper() if full_name.isupper() else gender
    if shape == 0:
        fields = [
            id_number,
            old_id,
            full_name,
            card_date(born),
            written_gender,
            home,
            card_date(issue_date),
        ]
    elif shape == 1:  # 6 fields, no old ID
        old_id = ""
        fields = [
            id_number,
            full_name,
            card_date(born),
            written_gender,
            home,
            card_date(issue_date),
        ]
    else:  # 6 fields, no issue date
        issued = None
        fields = [id_number, old_id, full_name, card_date(born), written_gender, home]
    expected = CitizenId(
        id_number=id_number,
        old_id=old_id or None,
        full_name=unicodedata.normalize("NFC", " ".join(full_name.split())),
        birth_date=born,
        gender=gender,
        address=home,
        issued_on=issued,
    )
    return fields, expected


def as_scanned(c: Choices, text: str) -> bytes | str:
    """The text as a scanner may deliver it: maybe decomposed (NFD), with a suffix, maybe
    as bytes."""
    if c.boolean():
        text = unicodedata.normalize("NFD", text)
    text += c.pick(SUFFIXES)
    return text.encode() if c.boolean() else text


def valid_card(c: Choices) -> Case:
    fields, expected = card(c)
    return Case("valid card", as_scanned(c, "|".join(fields)), expected)


def card_with_a_changed_id_character(c: Choices) -> Case:
    """A valid card with one character of its ID number changed, and the reason expected
    (or the card it still is: another real province, or a serial digit)."""
    fields, expected = card(c)
    id_number = fields[0]
    position = c.integer(0, 11)
    if c.integer(0, 3):
        replacement = c.pick([d for d in DIGITS if d != id_number[position]])
    else:
        replacement = c.character(visible=True)
    changed = id_number[:position] + replacement + id_number[position + 1 :]
    fields[0] = changed
    born = expected.birth_date
    outcome: Scan | str
    if replacement not in DIGITS:
        outcome = "CCCD: the ID number is not 12 digits"
    elif position < 3 and changed[:3] not in PROVINCE_CODES:
        outcome = f"CCCD: province code {changed[:3]} in the ID number is not a province"
    elif position == 3 and int(replacement) % 2 != int(id_number[3]) % 2:
        outcome = f"CCCD: ID gender digit {replacement} means"
    elif position == 3:
        century = 1900 + 100 * (int(replacement) // 2)
        outcome = (
            f"CCCD: ID century digit {replacement} means born {century}-{century + 99} "
            f"but the year of birth is {born.year}"
        )
    elif position in (4, 5):
        outcome = f"CCCD: ID year digits {changed[4:6]} do not match the year of birth"
    else:  # another province, or the serial: still a card
        outcome = CitizenId(
            changed,
            expected.old_id,
            expected.full_name,
            born,
            expected.gender,
            expected.address,
            expected.issued_on,
        )
    return Case(f"card, ID digit {position + 1} changed", "|".join(fields), outcome)


def dossier_scan(c: Choices) -> Case:
    """Dossier codes, some with impossible dates, some in lower case, some inside a URL."""
    agency = (
        f"{c.integer(0, 999):03d}.{c.integer(0, 99):02d}.{c.integer(0, 99):02d}."
        f"{c.pick('ABCDGHKTXZ')}{c.integer(0, 99):02d}"
    )
    yy, mm, dd = c.integer(0, 99), c.integer(0, 13), c.integer(0, 32)
    code = f"{agency}-{yy:02d}{mm:02d}{dd:02d}-{c.integer(0, 9999):04d}"
    scanned = code.lower() if c.boolean() else code
    if c.boolean():
        scanned = (
            c.pick(["https://dichvucong.example.gov.vn/hs/", "http://10.0.0.5:8080/tra-cuu/"])
            + scanned
        )
    if 1 <= mm <= 12 and 1 <= dd <= calendar.monthrange(2000 + yy, mm)[1]:
        return Case("dossier code", as_scanned(c, scanned), DossierCode(code))
    reason = f"dossier code: received date {yy:02d}{mm:02d}{dd:02d} is not a date (YYMMDD)"
    return Case("dossier code, no such day", scanned, reason)


def ticket_scan(c: Choices) -> Case:
    ticket = uuid.UUID(int=c.integer(0, 2**128 - 1))
    text = str(ticket).upper() if c.boolean() else str(ticket)
    host = c.pick(
        [
            "127.0.0.1",
            "dvc.daklak.gov.vn",
            "[::1]",
            "localhost",
            "kiosk-07.ubnd-xa-ea-kao.vn",
            c.text("abcdefghijklmnopqrstuvwxyz", 1, 20),
        ]
    )
    url = (
        f"{c.pick(['http', 'https', 'HTTPS'])}://{host}{c.pick(['', ':8080', ':443'])}"
        f"{c.pick(['', '/kiosk', '/a/b/c'])}/q/{text}{c.pick(['', '?utm=x', '#top'])}"
    )
    return Case("kiosk ticket", as_scanned(c, url), KioskTicket(str(ticket)))


def built_payload(c: Choices) -> tuple[str, VietQRInfo]:
    info = VietQRInfo(
        bank_bin=c.text(DIGITS, 6, 6),
        account=c.text(DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 1, 19),
        service="QRIBFTTA",
        amount_vnd=c.integer(1, 10**13 - 1),
        purpose=c.text(PRINTABLE_ASCII, 1, 25),
        dynamic=True,
    )
    assert info.amount_vnd is not None and info.purpose is not None
    return build_payload(
        bank_bin=info.bank_bin,
        account=info.account,
        amount_vnd=info.amount_vnd,
        reference=info.purpose,
    ), info


def vietqr_scan(c: Choices) -> Case:
    payload, info = built_payload(c)
    return Case("VietQR", as_scanned(c, payload), VietQR(**info.__dict__))


def changed_payload(c: Choices) -> tuple[str, int, str]:
    """A built payload with one character replaced by a different one (a CRC digit's other
    case is the same digit: never that)."""
    payload, _ = built_payload(c)
    at = c.integer(0, len(payload) - 1)
    replacement = c.pick(PRINTABLE_ASCII) if c.boolean() else c.character(visible=False)
    in_crc = at >= len(payload) - 4
    if replacement == payload[at] or (in_crc and replacement.upper() == payload[at]):
        replacement = "X" if payload[at] != "X" else "Y"
    return payload[:at] + replacement + payload[at + 1 :], at, replacement


def changed_vietqr_scan(c: Choices) -> Case:
    changed, at, replacement = changed_payload(c)
    # Past the "0002" that marks a VietQR, a visible change gets a VietQR reason.
    visible = replacement.isprintable() and not replacement.isspace()
    return Case("VietQR, one character changed", changed, "VietQR: " if at >= 4 and visible else "")


def tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def seal(body: str) -> str:
    body += "6304"
    return body + f"{crc16_ccitt_false(body.encode()):04X}"


TAGS = ["00", "01", "38", "53", "54", "58", "62", "63", "59", "26", "99"]


def sealed_payload(c: Choices) -> str:
    """TLV-ish bodies of arbitrary fields with a correct CRC, to reach past the CRC check:
    some fields nested in 38 or 62, one maybe without tag and length."""
    fields = [(c.pick(TAGS), c.text(PRINTABLE_ASCII, 0, 30)) for _ in range(c.integer(0, 6))]
    if c.boolean() and len(fields) >= 2:
        half = len(fields) // 2
        inner = "".join(tlv(tag, value) for tag, value in fields[:half])
        fields = [(c.pick(["38", "62"]), inner), *fields[half:]]
    unframed = c.integer(-3, len(fields))
    body = "".join(
        tag + value if at == unframed else tlv(tag, value) for at, (tag, value) in enumerate(fields)
    )
    return seal((tlv("00", "01") if c.integer(0, 3) else "") + body)


def sealed_scan(c: Choices) -> Case:
    return Case("sealed TLV", sealed_payload(c))


VALID_SCANS = [
    "079203001234||Nguyễn Văn An|15082003|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, "
    "TP. Hồ Chí Minh|20042021",
    "000.00.17.H17-261123-0042",
    "LH-7K3P9Q",
    "http://127.0.0.1:8080/q/6f1c2a9e-0000-4000-8000-000000000001",
    build_payload(
        bank_bin="970415", account="113000012345", amount_vnd=100_000, reference="HKD2611230042"
    ),
]
SCANNER_ALPHABET = "0123456789|-.:/?#@ ABHQVNamữủqé\r\n\t\x00\x1b"
CONTROLS = [
    "\x00",
    "\x1b[31m",
    "\x1b[2J\x1b[H",
    "\x07",
    "\x7f",
    "\x9b",
    "\x1b]0;pwned\x07",
    "\x08\x08\x08",
    "\x0c",
    "\t",
    "\r\n",
]
INVALID_UTF8 = [
    b"\xff",
    b"\xfe",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\xf4\x90\x80\x80",
]
SEPARATORS = ["|", "-", ".", "/", "||", "|x", "6304", " ", "\t"]


def hostile_scan(c: Choices) -> Case:
    """A scan with something nasty in it: controls and escape sequences, invalid UTF-8,
    10 KB, floods of separators."""
    base = c.pick(VALID_SCANS) if c.boolean() else c.text(SCANNER_ALPHABET, 0, 60)
    at = c.integer(0, len(base))
    attack = c.pick(["control", "utf-8", "long", "flood", "flood inside"])
    if attack == "control":  # anywhere but the very end, where CR/LF/TAB are the suffix
        return Case(
            "control character", base[:at] + c.pick(CONTROLS) + base[at:] + "x", "control character"
        )
    if attack == "utf-8":
        encoded = base.encode()
        at = c.integer(0, len(encoded))
        return Case(
            "invalid UTF-8", encoded[:at] + c.pick(INVALID_UTF8) + encoded[at:], "not UTF-8"
        )
    if attack == "long":
        size = c.integer(MAX_SCAN_BYTES + 1, 12_000)
        text = (base + c.pick(["A", "9", "|", "ữ", "-", " \t"]) * size)[:size]
        return Case("too long", text.encode() if c.boolean() else text, "scan longer than")
    separator = c.pick(SEPARATORS)
    if attack == "flood":
        count = c.integer(1, MAX_SCAN_BYTES // len(separator))
        return Case("flood of separators", separator * count, "")
    return Case("separators inside a scan", base[:at] + separator * c.integer(0, 300) + base[at:])


ARBITRARY = (
    st.binary(max_size=300).map(lambda raw: Case("arbitrary bytes", raw))
    | st.text(max_size=200).map(lambda text: Case("arbitrary text", text))
    | st.text(SCANNER_ALPHABET, max_size=100).map(lambda text: Case("scanner text", text))
)
CASES = [
    hostile_scan,
    valid_card,
    card_with_a_changed_id_character,
    dossier_scan,
    ticket_scan,
    vietqr_scan,
    changed_vietqr_scan,
    sealed_scan,
]
EVERY_CASE = st.one_of(ARBITRARY, *map(seeded, CASES))


def check(case: Case) -> Scan:
    """Classify the case's scan and hold the result to what the case expects, and to what
    every result of its type must be."""
    event(case.label)
    note(f"case: {case!r}")
    result = classify(case.raw, today=TODAY)
    assert isinstance(result, SCAN_TYPES), result
    if isinstance(case.expect, str):
        assert isinstance(result, Unrecognised), (case, result)
        assert result.reason.startswith(case.expect), (case, result.reason)
    elif case.expect is not None:
        assert result == case.expect, (case, result)
    if isinstance(result, Unrecognised):
        assert result.reason and not result.reason.startswith("internal error"), result
        assert not re.search(r"[0-9]{9}", result.reason), "a reason leaks an ID number"
    elif isinstance(result, CitizenId):
        assert re.fullmatch(r"[0-9]{12}", result.id_number)
        assert unicodedata.is_normalized("NFC", result.full_name)
        assert result.full_name == " ".join(result.full_name.split())
        assert result.masked() == f"{result.id_number[:4]}******{result.id_number[-2:]}"
        assert repr(result) == f"CitizenId(id_number={result.masked()!r}, ...)"
    elif isinstance(result, DossierCode):
        assert re.fullmatch(
            r"[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}-[0-9]{6}-[0-9]{4}", result.code
        )
        stamp = result.code[14:20]
        assert result.agency == result.code.split("-")[0]
        assert result.received_on == date(2000 + int(stamp[:2]), int(stamp[2:4]), int(stamp[4:]))
        assert result.sequence == int(result.code[-4:])
    elif isinstance(result, AppointmentCode):
        assert re.fullmatch(r"LH[0-9A-Z]{6}", result.code)
    assert result.kind in ScanKind
    return result


# --- classify: the fuzz test and the focused ones ----------------------------------------


@FUZZ
@given(EVERY_CASE)
def test_classify_fuzz(case: Case) -> None:
    check(case)


@FOCUSED
@given(ARBITRARY)
def test_arbitrary_input_never_raises(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(hostile_scan))
def test_hostile_scans_are_unrecognised(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(valid_card))
def test_valid_cards_read_back_their_fields(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(card_with_a_changed_id_character))
def test_a_changed_id_character_is_caught_with_the_right_reason(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(dossier_scan))
def test_dossier_codes_round_trip(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(ticket_scan))
def test_ticket_qrs_give_the_ticket_id(case: Case) -> None:
    check(case)


@FOCUSED
@given(drawn(vietqr_scan) | drawn(changed_vietqr_scan))
def test_vietqr_scans(case: Case) -> None:
    check(case)


def reason_for(raw: bytes | str, today: date | None = None) -> str:
    """Why ``classify`` does not recognise ``raw`` (it must not)."""
    scan = classify(raw, today=today)
    assert isinstance(scan, Unrecognised), scan
    return scan.reason


def test_odd_inputs_are_unrecognised_with_a_reason() -> None:
    assert classify(b"\xff\xfe", today=TODAY) == Unrecognised("not UTF-8 text")
    assert reason_for("ab\ud800", today=TODAY).startswith("not UTF-8 text")
    assert classify(b"", today=TODAY) == Unrecognised("empty scan")
    assert classify(" \r\n", today=TODAY) == Unrecognised("empty scan")
    assert reason_for(12345) == "scan is int, not bytes or text"  # type: ignore[arg-type]
    # classify takes any bytes-like scan at run time, though its signature says bytes | str
    from_bytearray = classify(bytearray(b"000.00.17.H17-261123-0042\r"))
    assert from_bytearray == DossierCode("000.00.17.H17-261123-0042")
    assert reason_for(b"a\x00b") == "control character U+0000 in scan"
    assert reason_for("a\tb") == "control character U+0009 in scan"
    assert reason_for("\r\nabc") == "control character U+000D in scan"
    assert reason_for("\x1b[31mabc") == "control character U+001B in scan"
    assert reason_for("abc\u202e") == "invisible formatting character U+202E in scan"
    assert reason_for("abc\ue000") == "unassigned or private-use character U+E000 in scan"
    assert reason_for("x" * MAX_SCAN_BYTES).startswith("not a CCCD")
    assert reason_for("x" * (MAX_SCAN_BYTES + 1)) == "scan longer than 2048 bytes"
    assert reason_for("ữ" * 1000) == "scan longer than 2048 bytes"  # 3000 bytes
    assert reason_for(b"x" * 10_240) == "scan longer than 2048 bytes"
    assert classify("\ufeff000.00.17.H17-261123-0042") == DossierCode("000.00.17.H17-261123-0042")
    assert reason_for("079203001234").startswith("a 12-digit number alone")
    assert reason_for("hello") == (
        "not a CCCD, dossier code, local receipt, booking, VietQR or kiosk ticket"
    )


# --- CCCD by hand -------------------------------------------------------------------------


def test_the_province_table_is_the_63_codes() -> None:
    assert len(PROVINCE_CODES) == 63
    assert sorted(PROVINCES) == PROVINCE_CODES
    assert PROVINCES["001"] == "Hà Nội" and PROVINCES["079"] == "Hồ Chí Minh"
    assert PROVINCES["096"] == "Cà Mau"


AN = VALID_SCANS[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AN,
            CitizenId(
                "079203001234",
                None,
                "Nguyễn Văn An",
                date(2003, 8, 15),
                "Nam",
                "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                date(2021, 4, 20),
            ),
        ),
        (
            "001185012345|012345678|Trần Thị Bích Ngọc|02011985|Nữ|Số 5 ngõ 12 phố Hàng Bạc, "
            "Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội|10072021\r\n",
            CitizenId(
                "001185012345",
                "012345678",
                "Trần Thị Bích Ngọc",
                date(1985, 1, 2),
                "Nữ",
                "Số 5 ngõ 12 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
                date(2021, 7, 10),
            ),
        ),
        (
            "066300000777||H'Hen Niê|29022000|Nữ|Buôn Ko Sir, Xã Ea Kao, TP. Buôn Ma Thuột, "
            "Đắk Lắk|01032024",
            CitizenId(
                "066300000777",
                None,
                "H'Hen Niê",
                date(2000, 2, 29),
                "Nữ",
                "Buôn Ko Sir, Xã Ea Kao, TP. Buôn Ma Thuột, Đắk Lắk",
                date(2024, 3, 1),
            ),
        ),
        # 6 fields, no old ID:
        (
            "038060000123|LÊ VĂN TÁM|08081960|NAM|Thôn 3, Xã Quảng Phú, Thanh Hóa|15052022\r",
            CitizenId(
                "038060000123",
                None,
                "LÊ VĂN TÁM",
                date(1960, 8, 8),
                "Nam",
                "Thôn 3, Xã Quảng Phú, Thanh Hóa",
                date(2022, 5, 15),
            ),
        ),
        # 6 fields, no issue date:
        (
            "092301009999|381234567|Phạm Thị   Thu|31122001|Nữ|Ấp Mỹ Hòa, Cần Thơ",
            CitizenId(
                "092301009999",
                "381234567",
                "Phạm Thị Thu",
                date(2001, 12, 31),
                "Nữ",
                "Ấp Mỹ Hòa, Cần Thơ",
                None,
            ),
        ),
    ],
)
def test_real_looking_cards(text: str, expected: CitizenId) -> None:
    assert classify(text, today=TODAY) == expected
    assert classify(unicodedata.normalize("NFD", text).encode(), today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (AN.replace("15082003", "31022003"), "CCCD: date of birth (in 2003) is not a real date"),
        (AN.replace("15082003", "1508203"), "CCCD: date of birth is not 8 digits DDMMYYYY"),
        (
            AN.replace("|Nam|", "|Nữ|"),
            "CCCD: ID gender digit 2 means male but the card says female",
        ),
        (AN.replace("|Nam|", "|Male|"), "CCCD: the gender field is neither Nam nor Nữ"),
        (AN.replace("079203", "079303"), "CCCD: ID gender digit 3 means female but the card says"),
        (
            AN.replace("079203", "079003"),
            "CCCD: ID century digit 0 means born 1900-1999 but the year of birth is 2003",
        ),
        (AN.replace("079203", "079204"), "CCCD: ID year digits 04 do not match the year of birth"),
        (AN.replace("079203", "000203"), "CCCD: province code 000 in the ID number is not a "),
        (AN.replace("079203", "003203"), "CCCD: province code 003 in the ID number is not a "),
        (AN.replace("079203001234", "07920300123"), "CCCD: the ID number is not 12 digits"),
        (AN.replace("079203001234", "O79203001234"), "CCCD: the ID number is not 12 digits"),
        (AN.replace("079203001234", "０７９２０３００１２３４"), "CCCD: the ID number is not 12"),
        (AN.replace("||", "|12345|"), "CCCD: the old ID number is not empty, 9 or 12 digits"),
        (AN.replace("Nguyễn Văn An", "Nguyễn Văn 4n"), "CCCD: the name has U+0034"),
        (AN.replace("Nguyễn Văn An", "Нгуен"), "CCCD: the name has U+041D, which is not a Latin"),
        (AN.replace("Nguyễn Văn An", "  "), "CCCD: the name is empty"),
        (AN.replace("Nguyễn Văn An", "A" * 101), "CCCD: the name is longer than 100"),
        (AN.replace("Nguyễn Văn An", "Văn \u0301An"), "CCCD: the name has a stray"),
        (AN.replace("Nguyễn Văn An", "A\u0301\u0302\u0303\u0304"), "CCCD: the name has a stray"),
        (AN.replace("Nguyễn Văn An", "'An"), "CCCD: the name does not begin with a letter"),
        (
            AN.replace("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", " , "),
            "CCCD: the address has no words",
        ),
        (AN.replace("12 Lê Lợi", "x" * 300), "CCCD: the address is longer than 300"),
        (AN.replace("20042021", "20042001"), "CCCD: the issue date is before the date of birth"),
        (AN.replace("20042021", "21052026"), "CCCD: issue date (in 2026) is in the future"),
        (AN.replace("20042021", "30022021"), "CCCD: issue date (in 2021) is not a real date"),
        ("079226001234||Bé Na|15082026|Nữ|x|", "CCCD: ID gender digit 2 means male"),
        ("079327001234||Bé Na|15082027|Nữ|x|", "CCCD: date of birth (in 2027) is in the future"),
        ("079803001234||Ông Cố|15081803|Nam|x|", "CCCD: ID century digit 8 means born 2300-2399"),
        (AN + "|" * 7, "CCCD: expected 6 to 12 fields separated by |, found 14"),
        ("|" * 1000, "CCCD: expected 6 to 12 fields separated by |, found 1001"),
        ("a|b", "CCCD: expected 6 to 12 fields separated by |, found 2"),
    ],
)
def test_bad_cards_say_what_is_wrong(text: str, reason: str) -> None:
    result = classify(text, today=TODAY)
    assert isinstance(result, Unrecognised)
    assert result.reason.startswith(reason), result.reason


def test_age_and_masking() -> None:
    card = classify(AN, today=TODAY)
    assert isinstance(card, CitizenId)
    assert card.masked() == "0792******34"
    assert card.province == "Hồ Chí Minh"
    assert card.age_on(date(2021, 8, 14)) == 17
    assert card.age_on(date(2021, 8, 15)) == 18
    leap = classify("066300000777||H'Hen Niê|29022000|Nữ|x|01032024", today=TODAY)
    assert isinstance(leap, CitizenId)
    assert leap.age_on(date(2018, 2, 28)) == 17 and leap.age_on(date(2018, 3, 1)) == 18
    assert "Nguyễn" not in repr(card) and "079203001234" not in repr(card)


# --- dossier codes and tickets by hand ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("000.00.17.H17-2611230-0042", "dossier code: received date '2611230' is not 6 digits"),
        ("000.00.17.H17-261123-42", "dossier code: sequence '42' is not 4 to 6 digits"),
        # nine digits in dotted groups: masked, as an account written so would be
        ("000.00.17.17-261123-0042", "dossier code: agency part '*******17' is not"),
        ("000.00.17.H17-260229-0001", "dossier code: received date 260229 is not a date"),
    ],
)
def test_bad_dossier_codes(text: str, reason: str) -> None:
    result = classify(text, today=TODAY)
    assert isinstance(result, Unrecognised) and result.reason.startswith(reason), result


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("000.a0.01.h26-210212-9090", "000.A0.01.H26-210212-9090"),  # letters in the agency
        ("G01.12.AB.H26-210212-0001", "G01.12.AB.H26-210212-0001"),
        ("0000017H17-261123-0042", "000.00.17.H17-261123-0042"),  # without its dots
        ("000a001h26-210212-9090", "000.A0.01.H26-210212-9090"),
        ("000.00.17.H17-261123-00042", "000.00.17.H17-261123-00042"),  # 5 and 6 digits
        ("000.00.17.H17-261123-000042", "000.00.17.H17-261123-000042"),
        (
            "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?maHoSo=000.00.17.H17-261123-0042",
            "000.00.17.H17-261123-0042",
        ),
        (
            "https://dvc.example.gov.vn/tra-cuu?lang=vi&ma_ho_so=000.a0.01.h26-210212-9090",
            "000.A0.01.H26-210212-9090",
        ),
        (
            "https://dvc.example.gov.vn/hs/0000017H17-261123-0042/chi-tiet",
            "000.00.17.H17-261123-0042",
        ),
        ("HTTPS://DVC.EXAMPLE.GOV.VN/HS/000.00.17.H17-261123-0042", "000.00.17.H17-261123-0042"),
    ],
)
def test_every_shape_portals_print_a_dossier_code_in_reads_as_the_province_writes_it(
    written: str, code: str
) -> None:
    assert classify(written, today=TODAY) == DossierCode(code)


@pytest.mark.parametrize(
    "written",
    [
        "000.00.17.H17-261123-000",  # 3 digits
        "000.00.17.H17-261123-0000042",  # 7 digits
        "000.00.17.717-261123-0042",  # the agency's office letter missing
        "https://dvc.example.gov.vn/tra-cuu?maHoSo=000.00.17.H17-261332-0042",  # no such day
    ],
)
def test_what_only_looks_like_a_dossier_code_is_refused(written: str) -> None:
    assert isinstance(classify(written, today=TODAY), Unrecognised)


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Phan VÄƒn ThÃ nh", "12 Lê Lợi"),  # UTF-8 read as Windows-1252
        ("Nguyá»…n Thá»‹ Hoa", "12 Lê Lợi"),
        ("Nguyễn Văn An", "12 LÃª Lá»£i, PhÆ°á»ng Báº¿n NghÃ©"),
        ("Nguyễn Văn An", "12 L\ufffd L\ufffdi"),  # replacement characters: bytes lost
        ("An", "12 Lê Lợi"),  # one word: no one's name
        ("Nguyễn Vănnnnnnnnnnnnnnn An", "12 Lê Lợi"),
        ("Nguyễn Văn An", "12 / 34"),  # no words
    ],
)
def test_a_garbled_or_implausible_card_is_refused_and_asked_again(name: str, address: str) -> None:
    scan = AN.replace("Nguyễn Văn An", name).replace(
        "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", address
    )
    result = classify(scan, today=TODAY)
    assert isinstance(result, Unrecognised) and result.reason.startswith("CCCD: the ")
    assert result.looks_like is ScanKind.CITIZEN_ID  # the citizen is asked to scan it again
    assert name not in result.reason and address not in result.reason


@pytest.mark.parametrize(
    "good",
    ["Nguyễn Văn An", "H'Hen Niê", "Y-Moan Ê Ban", "NGUYỄN THỊ ÁNH", "Lê Thị Ngã"],
)
def test_real_names_are_never_taken_for_garbled_ones(good: str) -> None:
    scan = AN.replace("Nguyễn Văn An", good).replace("12 Lê Lợi", "Xã Ã Ngã, XÃ HÒA BÌNH")
    result = classify(scan, today=TODAY)
    assert isinstance(result, CitizenId) and result.full_name == good, result


@pytest.mark.parametrize(
    ("born", "birth_date", "known", "age_on_new_year"),
    [
        ("15082003", date(2003, 8, 15), "day", 22),
        ("00082003", date(2003, 8, 1), "month", 22),
        ("00002003", date(2003, 1, 1), "year", 23),
        ("2003", date(2003, 1, 1), "year", 23),  # counted from 1 January: the citizen's favour
    ],
)
def test_an_elderly_citizens_card_may_give_only_the_year_or_month_of_birth(
    born: str, birth_date: date, known: str, age_on_new_year: int
) -> None:
    card = classify(AN.replace("|15082003|", f"|{born}|"), today=TODAY)
    assert isinstance(card, CitizenId)
    assert (card.birth_date, card.birth_known) == (birth_date, known)
    assert card.age_on(date(2026, 1, 1)) == age_on_new_year


@pytest.mark.parametrize("born", ["00002004", "2004", "00132003", "0000", "20003"])
def test_a_partial_birth_date_is_still_checked_against_the_id_number(born: str) -> None:
    assert isinstance(classify(AN.replace("|15082003|", f"|{born}|"), today=TODAY), Unrecognised)


def test_the_2024_cards_longer_qr_and_the_old_nine_digit_id_are_read() -> None:
    longer = classify(AN + "|Nguyễn Văn Bố|Trần Thị Mẹ||", today=TODAY)
    assert isinstance(longer, CitizenId) and longer.full_name == "Nguyễn Văn An"
    old = classify(AN.replace("||", "|012345678|", 1), today=TODAY)
    assert isinstance(old, CitizenId) and old.old_id == "012345678"
    too_long = classify(AN + "|" * 6, today=TODAY)
    assert isinstance(too_long, Unrecognised) and "found 13" in too_long.reason


def test_dossier_code_parts() -> None:
    code = classify("000.00.17.h17-261123-0042\r", today=TODAY)
    assert code == DossierCode("000.00.17.H17-261123-0042")
    assert (code.agency, code.received_on, code.sequence) == (
        "000.00.17.H17",
        date(2026, 11, 23),
        42,
    )
    leap_day = classify("000.00.17.H17-240229-0001", today=TODAY)
    assert isinstance(leap_day, DossierCode) and leap_day.received_on == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://host/q/6f1c2a9e-0000-4000-8000-000000000001", "not a CCCD"),
        ("http://host/q/6f1c2a9e-0000-4000-8000-00000000000", "URL: the path does not end"),
        ("http://host/q/6f1c2a9e-0000-4000-8000-000000000001/x", "URL: the path does not end"),
        ("http://host/xq/6f1c2a9e-0000-4000-8000-000000000001", "URL: the path does not end"),
        ("http://user:pw@host/q/6f1c2a9e-0000-4000-8000-000000000001", "URL: carries a user"),
        ("http://host:99999/q/6f1c2a9e-0000-4000-8000-000000000001", "URL: malformed"),
        ("http:///q/6f1c2a9e-0000-4000-8000-000000000001", "URL: no host"),
        ("http://hôst/q/6f1c2a9e-0000-4000-8000-000000000001", "URL: not plain ASCII"),
    ],
)
def test_urls_that_are_not_tickets(url: str, reason: str) -> None:
    result = classify(url, today=TODAY)
    assert isinstance(result, Unrecognised) and result.reason.startswith(reason), result


def test_the_printed_sample_ticket_is_recognised() -> None:
    from printers.samples import sample_ticket

    ticket = sample_ticket()
    assert ticket.track_url is not None
    assert classify(ticket.track_url) == KioskTicket(ticket.track_url.rsplit("/", 1)[1])
    scan = classify(ticket.track_url)
    assert isinstance(scan, KioskTicket) and uuid.UUID(scan.ticket_id)


# --- parse_payload --------------------------------------------------------------------------
# --- parse_payload --------------------------------------------------------------------------

PAYLOAD_CASES = st.one_of(
    seeded(lambda c: ("built", *built_payload(c))),
    seeded(lambda c: ("one character changed", changed_payload(c)[0], VietQRError)),
    seeded(lambda c: ("sealed TLV", sealed_payload(c), None)),
    st.text(max_size=200).map(lambda text: ("arbitrary text", text, None)),
    st.text("0123456789ABCDEF", max_size=120).map(lambda text: ("hex digits", text, None)),
)


def check_payload(case: tuple[str, str, VietQRInfo | type[VietQRError] | None]) -> None:
    label, text, expect = case
    event(label)
    note(f"case: {case!r}")
    try:
        info = parse_payload(text)
    except VietQRError as error:
        assert expect is None or expect is VietQRError, (text, error)
        assert error.message and str(error) == f"{error.field}: {error.message}"
    else:
        assert isinstance(info, VietQRInfo)
        assert expect is None or info == expect, (text, info)


@FUZZ
@given(PAYLOAD_CASES)
def test_parse_payload_fuzz(case: tuple[str, str, VietQRInfo | type | None]) -> None:
    check_payload(case)


@FOCUSED
@given(drawn(built_payload))
def test_every_built_payload_parses_back(built: tuple[str, VietQRInfo]) -> None:
    check_payload(("built", *built))


@FOCUSED
@given(drawn(changed_payload))
def test_any_single_character_change_is_rejected(changed: tuple[str, int, str]) -> None:
    check_payload(("one character changed", changed[0], VietQRError))


def napas(
    bank_bin: str = "970436", account: str = "0011001234567", service: str = "QRIBFTTA"
) -> str:
    return tlv(
        "38",
        tlv("00", "A000000727")
        + tlv("01", tlv("00", bank_bin) + tlv("01", account))
        + tlv("02", service),
    )


def test_static_and_card_codes_and_extra_fields() -> None:
    static = seal(
        tlv("00", "01")
        + tlv("01", "11")
        + napas()
        + tlv("53", "704")
        + tlv("58", "VN")
        + tlv("59", "UBND XA EA KAO")
        + tlv("60", "DAK LAK")
    )
    assert parse_payload(static) == VietQRInfo(
        "970436", "0011001234567", "QRIBFTTA", None, None, dynamic=False
    )
    card = seal(
        tlv("00", "01")
        + napas(account="9704366800000000017", service="QRIBFTTC")
        + tlv("54", "50000")
        + tlv("58", "VN")
        + tlv("62", tlv("01", "X"))
    )
    info = parse_payload(card)
    assert (info.service, info.amount_vnd, info.purpose, info.dynamic) == (
        "QRIBFTTC",
        50_000,
        None,
        False,
    )
    assert classify(card) == VietQR(**info.__dict__)


GOOD_BODY = tlv("00", "01") + tlv("01", "12") + napas()


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        (
            seal(GOOD_BODY + tlv("54", "1e5") + tlv("58", "VN")),
            "54",
            "amount '1e5' is not a positive whole number of VND",
        ),
        (seal(GOOD_BODY + tlv("54", "0") + tlv("58", "VN")), "54", "amount '0' is not"),
        (seal(GOOD_BODY + tlv("54", "100000.00") + tlv("58", "VN")), "54", "amount '100000.00'"),
        (seal(GOOD_BODY + tlv("54", "-5") + tlv("58", "VN")), "54", "amount '-5'"),
        (seal(GOOD_BODY + tlv("54", "0100") + tlv("58", "VN")), "54", "amount '0100'"),
        (seal(GOOD_BODY + tlv("58", "US")), "58", "country is 'US', expected 'VN'"),
        (seal(GOOD_BODY), "58", "country is None"),
        (seal(GOOD_BODY + tlv("53", "840") + tlv("58", "VN")), "53", "currency is '840'"),
        (
            seal(tlv("00", "02") + napas() + tlv("58", "VN")),
            "00",
            "payload format indicator is '02'",
        ),
        (seal(napas() + tlv("00", "01") + tlv("58", "VN")), "00", "the first field is 38"),
        (
            seal(tlv("00", "01") + tlv("01", "13") + napas() + tlv("58", "VN")),
            "01",
            "point of initiation is '13'",
        ),
        (seal(tlv("00", "01") + tlv("58", "VN")), "38", "no NAPAS merchant account"),
        (
            seal(tlv("00", "01") + tlv("38", tlv("00", "A000000728")) + tlv("58", "VN")),
            "38.00",
            "merchant GUID is 'A000000728', not NAPAS's",
        ),
        (
            seal(tlv("00", "01") + tlv("38", tlv("00", "A000000727")) + tlv("58", "VN")),
            "38.01",
            "no beneficiary",
        ),
        (
            seal(tlv("00", "01") + napas(bank_bin="97043") + tlv("58", "VN")),
            "38.01.00",
            "bank BIN is '97043', expected 6 digits",
        ),
        (
            seal(tlv("00", "01") + napas(account="12-34") + tlv("58", "VN")),
            "38.01.01",
            "account is 5 characters",
        ),
        (
            seal(tlv("00", "01") + napas(service="QRPUSH") + tlv("58", "VN")),
            "38.02",
            "service code is 'QRPUSH'",
        ),
        (seal(GOOD_BODY + tlv("58", "VN") + tlv("58", "VN")), "58", "field 58 appears twice"),
        (seal(GOOD_BODY + "5899VN"), "58", "field 58 says 99 characters but only"),
        (seal(GOOD_BODY + "5800" + tlv("58", "VN")), "58", "field 58 has length 00"),
        (seal(GOOD_BODY + "5X02VN"), "payload", "expected a 2-digit tag and a 2-digit length"),
        (
            seal(GOOD_BODY + tlv("58", "VN") + tlv("62", "08X")),
            "62",
            "expected a 2-digit tag and a 2-digit length at position 0 of 62",
        ),
        (seal(GOOD_BODY + tlv("58", "VN")) + tlv("99", "X"), "63", "payload does not end"),
        (GOOD_BODY + tlv("58", "VN") + "6304abcd", "63", "CRC abcd does not match"),
        (GOOD_BODY + tlv("58", "VN") + "63041A2B", "63", "CRC 1A2B does not match "),
        (
            seal(GOOD_BODY + tlv("58", "VN") + tlv("62", tlv("08", "Lệ phí"))),
            "payload",
            "character U+1EC7 at position",
        ),
        (seal(GOOD_BODY + tlv("58", "VN") + "x" * 500), "payload", "payload has 5"),
    ],
)
def test_bad_payloads_say_what_is_wrong(payload: str, field: str, message: str) -> None:
    with pytest.raises(VietQRError) as error:
        parse_payload(payload)
    assert error.value.field == field
    assert error.value.message.startswith(message), error.value.message
    result = classify(payload, today=TODAY)
    assert isinstance(result, Unrecognised)
    if payload.isascii() and payload.startswith("0002"):
        assert result.reason == "VietQR: " + mask_personal_data(error.value.message)


# --- mask_personal_data -------------------------------------------------------------------


def numbery_text(c: Choices) -> str:
    """Text with runs of digits (ASCII, Arabic-Indic, full-width) among other text."""
    parts = []
    for _ in range(c.integer(0, 10)):
        kind = c.integer(0, 4)
        if kind == 0:
            parts.append(c.text(DIGITS, 6, 40))
        elif kind == 1:
            parts.append(c.text("0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９", 9, 14))
        elif kind == 2:
            parts.append(c.pick(["|", "Nam", "Nữ", "15082003", " ", "\n", "-"]))
        else:
            parts.append("".join(c.character(visible=kind == 3) for _ in range(c.integer(0, 5))))
    return "".join(parts)


MASK_CASES = st.one_of(
    st.text(max_size=300), seeded(numbery_text), seeded(lambda c: "|".join(card(c)[0]))
)


@FUZZ
@given(MASK_CASES)
def test_masking_leaves_no_run_of_nine_digits(text: str) -> None:
    masked = mask_personal_data(text)
    assert not re.search(r"\d{9}", masked), masked
    for run in re.findall(r"\d{12,}", text):  # implied by the above, said plainly
        assert all(run[start : start + 12] not in masked for start in range(len(run) - 11))


@FOCUSED
@given(drawn(numbery_text))
def test_masking_numbery_text(text: str) -> None:
    assert not re.search(r"\d{9}", mask_personal_data(text))


def test_masking_a_card() -> None:
    assert mask_personal_data(AN) == "0792******34||<13 chars>|****2003|Nam|<51 chars>|****2021"
    assert (
        mask_personal_data("CMND 012345678, TK 113000012345") == "CMND *******78, TK 1130******45"
    )
    assert mask_personal_data("scan 000.00.17.H17-261123-0042") == "scan 000.00.17.H17-261123-0042"


@FOCUSED
@given(
    st.text("0123456789", min_size=9, max_size=19),
    st.sampled_from([" ", ".", "-"]),
    st.lists(st.integers(2, 5), min_size=2, max_size=8),
    st.sampled_from(["TK {}", "account {}, 50.000 đ", "{}|Nguyễn Văn An", "STK: {}."]),
)
def test_an_account_number_written_in_groups_never_reaches_a_log(
    digits: str, separator: str, sizes: list[int], shape: str
) -> None:
    groups, rest = [], digits
    for size in sizes:
        if rest:
            groups.append(rest[:size])
            rest = rest[size:]
    written = separator.join([*groups, rest] if rest else groups)
    masked = mask_personal_data(shape.format(written))
    assert digits not in re.sub(r"\D", "", masked), masked


def test_a_refused_vietqr_says_why_without_its_account() -> None:
    spaced = "1130 0001 2345"
    beneficiary = tlv("00", "970415") + tlv("01", spaced)
    merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", "QRIBFTTA")
    body = "".join((tlv("00", "01"), tlv("38", merchant), tlv("58", "VN"), "6304"))
    payload = body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"
    result = classify(payload, today=TODAY)
    assert isinstance(result, Unrecognised) and "38.01.01" not in result.reason
    assert "account is 14 characters" in result.reason
    assert "0001" not in result.reason and "2345" not in result.reason


def test_masking_keeps_what_names_no_one() -> None:
    kept = (
        "scan 000.00.17.H17-261123-0042",
        "scan 000.A0.01.H26-210212-9090",
        "at 2026-12-07 14:05, 08:30 23/11/2026",
    )
    assert [mask_personal_data(text) for text in kept] == list(kept)
    assert mask_personal_data("TK 113.000.012.345") == "TK 1130******45"


# --- the rest -------------------------------------------------------------------------------


def test_scans_import_no_qt() -> None:
    code = (
        "import sys, kiosk.input.scans, kiosk.input.vietqr; "
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_kind_has_its_type() -> None:
    assert {kind.value for kind in ScanKind} == {
        "citizen_id",
        "dossier_code",
        "vietqr",
        "kiosk_ticket",
        "local_receipt",
        "appointment",
        "unknown",
    }
    assert LocalReceipt("K1.ABC-261206-0001").kind is ScanKind.LOCAL_RECEIPT
    assert Unrecognised("x").kind is ScanKind.UNKNOWN
    assert VietQR("970415", "1", "QRIBFTTA", None, None, False).kind is ScanKind.VIETQR
    assert KioskTicket("x").kind is ScanKind.KIOSK_TICKET


@pytest.mark.parametrize(
    "reference",
    [
        "KIOSK-DN-HC-01.K7Q-261123-0001",
        "K1.ABC-261206-12345",  # past 9,999 a day the number grows
        "HC_01.2Z9-260101-0042",
    ],
)
def test_the_kiosks_own_offline_receipt_is_a_local_receipt(reference: str) -> None:
    assert classify(reference) == LocalReceipt(reference)
    assert classify(reference.encode() + b"\r\n") == LocalReceipt(reference)


@pytest.mark.parametrize(
    "text",
    [
        "000.00.17.H26-261123-0042",  # a dossier code whose agency could pass for an epoch
        "KIOSK.K1Q-261123-0001",  # 1 is not in the epoch alphabet
        "KIOSK.K7Q-2611-0001",
        "KIOSK.K7Q-261123-001",
    ],
)
def test_what_only_looks_like_a_local_receipt_is_not_one(text: str) -> None:
    assert not isinstance(classify(text), LocalReceipt)
