"""What a barcode scanner sent, as a typed value: the one place raw scans are trusted to.

A scanner (serial or keyboard wedge) hands over bytes that anyone can put in a barcode, so
every byte is untrusted. ``classify`` turns them into one of

- ``CitizenId``: the QR on the back of a citizen ID card (CCCD),
- ``DossierCode``: a dossier code (Circular 01/2018/TT-VPCP) from a receipt's barcode or QR,
- ``VietQR``: a NAPAS VietQR payment code,
- ``KioskTicket``: the QR on a queue ticket (a URL ending in ``/q/<uuid>``),
- ``LocalReceipt``: the barcode of a receipt printed while the province was unreachable,
- ``AppointmentCode``: a booking's code, from its confirmation's QR or typed,
- ``Unrecognised``: anything else, with a reason for the technician (in English, free of
  personal data: ID numbers are masked).

``classify`` never raises. ``mask_personal_data`` makes any scan text fit for a log.

Formats accepted, and what is checked:

CCCD QR, ``|``-separated, in one of three shapes (what cards and readers give):

- 7 fields: ``id|old id|name|DDMMYYYY birth|Nam/Nữ|address|DDMMYYYY issue``
  (the old 9- or 12-digit CMND may be empty); the 2024 card's QR carries more fields after
  these seven (up to 12 in all), which are not read;
- 6 fields without the old ID: ``id|name|DDMMYYYY birth|Nam/Nữ|address|DDMMYYYY issue``
  (some readers drop it; told apart by the third field being 8 digits);
- 6 fields without the issue date: ``id|old id|name|DDMMYYYY birth|Nam/Nữ|address``.

The 12-digit ID is checked against Circular 07/2016/TT-BCA: digits 1-3 a province code
(the 63 codes of ``PROVINCES``), digit 4 gender and century of birth (even male, odd
female; 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s), digits 5-6 the last two
digits of the birth year; all must agree with the other fields. Dates must exist; birth and
issue not after ``today``, issue not before birth. The birth date may lack its day
(``00MMYYYY``) or its day and month (``0000YYYY``, ``YYYY``), as the cards of many elderly
people do. Names: two or more words of Latin letters (any diacritics), apostrophes and
hyphens (H'Hen Niê), at most 12 letters a word and 100 in all; the gender may come in any
case ("NAM") and is given as "Nam" or "Nữ". A name or address garbled on the way (UTF-8
read as Windows-1252: "Phan VÄƒn ThÃ nh") is refused, so it never fills a form: the
citizen is asked to scan the card again.

Dossier codes: ``NNN.NN.NN.ANN-YYMMDD-NNNN`` with a real date (20YY), any letter case,
letters also in the agency part (``000.A0.01.H26``), its dots left out or not, a sequence of
4 to 6 digits; also as a segment of an http(s) URL's path or a value of its query (a
receipt's or a portal's tracking link), given back in the province's form (upper case,
dotted).

Kiosk tickets: an http(s) URL whose path ends in ``/q/<uuid>`` (query and fragment ignored,
user names refused, the host not checked).

Booking codes: ``LH`` and six letters or digits, a dash allowed after ``LH``, any case; alone,
as an http(s) URL's last path segment, or as its ``ma`` or ``code`` query parameter.

VietQR: see ``kiosk.input.vietqr.parse_payload``; a scan is taken for one when it opens with
"0002" (EMVCo's payload format indicator).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import chain
from typing import ClassVar, Literal
from urllib.parse import parse_qs, urlsplit

from kiosk.domain.codes import DOSSIER_CODE as DOSSIER_CODE_PATTERN
from kiosk.domain.codes import LOCAL_REFERENCE, normal_appointment_code
from kiosk.input.vietqr import VietQRError, parse_payload

MAX_SCAN_BYTES = 2048
"""Longer than any code we read (a CCCD QR is under 300 bytes, a VietQR under 512)."""
MAX_NAME = 100
MAX_NAME_WORD = 12
"""The longest word a name may have: a Vietnamese syllable has at most 7 letters."""
MAX_CARD_FIELDS = 12
MAX_ADDRESS = 300

PROVINCES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}
"""Province codes that open a CCCD number (Circular 07/2016/TT-BCA: the 63 provinces before
the July 2025 mergers). A personal ID number never changes, so cards issued before the
mergers keep the code of the old province of birth registration. Numbers issued since are
assumed to use the code of one of the provinces merged into the new one (not yet confirmed
against the Ministry of Public Security's guidance): a card with a code outside this set is
refused with a reason naming the code, so a kiosk that meets one says so in its log."""

CENTURY_OF_DIGIT = {
    0: 1900,
    1: 1900,
    2: 2000,
    3: 2000,
    4: 2100,
    5: 2100,
    6: 2200,
    7: 2200,
    8: 2300,
    9: 2300,
}
"""The first year of the century of birth that the 4th digit of a CCCD number encodes."""


class ScanKind(StrEnum):
    CITIZEN_ID = "citizen_id"
    DOSSIER_CODE = "dossier_code"
    VIETQR = "vietqr"
    KIOSK_TICKET = "kiosk_ticket"
    LOCAL_RECEIPT = "local_receipt"
    APPOINTMENT = "appointment"
    UNKNOWN = "unknown"


def _mask_id(number: str) -> str:
    """A digit run as it may be logged: 12+ digits keep the first 4 and last 2; shorter
    runs keep only the last 2."""
    if len(number) >= 12:
        return number[:4] + "*" * (len(number) - 6) + number[-2:]
    return "*" * (len(number) - 2) + number[-2:]


@dataclass(frozen=True, repr=False)
class CitizenId:
    """The CCCD QR's fields. ``repr`` masks them, so logging the object leaks nothing."""

    kind: ClassVar[ScanKind] = ScanKind.CITIZEN_ID
    id_number: str
    old_id: str | None
    full_name: str  # NFC, single spaces, as on the card
    birth_date: date
    """The birthday; where the card gives only its month or year (common for the elderly),
    the first day it may be (the 1st of the month, 1 January): ``birth_known`` says."""
    gender: Literal["Nam", "Nữ"]
    address: str  # NFC, single spaces
    issued_on: date | None  # None when the card's QR has no issue date
    birth_known: Literal["day", "month", "year"] = "day"

    def age_on(self, day: date) -> int:
        """Completed years of age on ``day`` (a birthday the card leaves out counted from its
        first possible day: in the citizen's favour)."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday

    def masked(self) -> str:
        """The ID number fit for a log: ``0792******45``."""
        return _mask_id(self.id_number)

    @property
    def province(self) -> str:
        """The province of birth that the ID number names (by its pre-2025 name)."""
        return PROVINCES[self.id_number[:3]]

    def __repr__(self) -> str:
        return f"CitizenId(id_number={self.masked()!r}, ...)"


DOSSIER_CODE = re.compile(DOSSIER_CODE_PATTERN)
"""A dossier code as the province writes it (``kiosk.domain.codes.DOSSIER_CODE``; the date
is checked apart)."""
_DOSSIER_SHAPE = re.compile(r"[0-9A-Za-z.]{1,30}-[0-9A-Za-z]{1,12}-[0-9A-Za-z]{1,12}")
_AGENCY = re.compile(r"[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}")
_AGENCY_WITHOUT_DOTS = re.compile(r"([0-9A-Z]{3})([0-9A-Z]{2})([0-9A-Z]{2})([A-Z][0-9A-Z]{2})")


@dataclass(frozen=True)
class DossierCode:
    """A dossier code ``V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`` (upper case, with its dots,
    a sequence of 4 to 6 digits)."""

    kind: ClassVar[ScanKind] = ScanKind.DOSSIER_CODE
    code: str

    @property
    def agency(self) -> str:
        return self.code[:13]

    @property
    def received_on(self) -> date:
        stamp = self.code[14:20]
        return date(2000 + int(stamp[:2]), int(stamp[2:4]), int(stamp[4:6]))

    @property
    def sequence(self) -> int:
        return int(self.code[21:])


@dataclass(frozen=True)
class VietQR:
    """A VietQR payment code (see ``kiosk.input.vietqr.parse_payload``)."""

    kind: ClassVar[ScanKind] = ScanKind.VIETQR
    bank_bin: str
    account: str
    service: Literal["QRIBFTTA", "QRIBFTTC"]
    amount_vnd: int | None
    purpose: str | None
    dynamic: bool

    def __repr__(self) -> str:
        # the account number and the purpose (often a name) are personal: never in a log
        purpose = f"<{len(self.purpose)} chars>" if self.purpose else None
        return (
            f"VietQR(bank_bin={self.bank_bin!r}, account='…{self.account[-2:]}', "
            f"amount_vnd={self.amount_vnd}, purpose={purpose}, dynamic={self.dynamic})"
        )


@dataclass(frozen=True)
class KioskTicket:
    """A queue ticket's QR: the ticket's id (a lower-case UUID). The URL's host is not
    checked; the kiosk asks its own province about the id."""

    kind: ClassVar[ScanKind] = ScanKind.KIOSK_TICKET
    ticket_id: str


@dataclass(frozen=True)
class Unrecognised:
    """Not something the kiosk reads; ``reason`` is for the technician (no personal data).
    ``looks_like``: what it was taken for and refused as (a card read wrongly: the citizen
    is asked to scan it again)."""

    kind: ClassVar[ScanKind] = ScanKind.UNKNOWN
    reason: str
    looks_like: ScanKind = ScanKind.UNKNOWN


@dataclass(frozen=True)
class LocalReceipt:
    """The barcode on a receipt a kiosk printed while the province could not be reached: the
    application's local reference (``KIOSK-ID.EPO-YYMMDD-NNNN``), not yet a dossier code."""

    kind: ClassVar[ScanKind] = ScanKind.LOCAL_RECEIPT
    reference: str


@dataclass(frozen=True)
class AppointmentCode:
    """A booking's code (``LH7K3P9Q``), typed or from its confirmation's QR code."""

    kind: ClassVar[ScanKind] = ScanKind.APPOINTMENT
    code: str


Scan = (
    CitizenId | DossierCode | VietQR | KioskTicket | LocalReceipt | AppointmentCode | Unrecognised
)


class _Refused(Exception):
    """A parser's reason for refusing (internal: ``classify`` turns it into Unrecognised)."""

    looks_like = ScanKind.UNKNOWN


class _RefusedCard(_Refused):
    """A CCCD QR refused: the scan was a card's, read wrongly or not one at all."""

    looks_like = ScanKind.CITIZEN_ID


# --- input --------------------------------------------------------------------------------


def _scan_text(raw: object) -> str:
    """The scan as clean NFC text, or _Refused."""
    if isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        if len(data) > MAX_SCAN_BYTES:
            raise _Refused(f"scan longer than {MAX_SCAN_BYTES} bytes")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise _Refused("not UTF-8 text") from None
    elif isinstance(raw, str):
        if len(raw) > MAX_SCAN_BYTES:
            raise _Refused(f"scan longer than {MAX_SCAN_BYTES} bytes")
        try:
            size = len(raw.encode("utf-8"))
        except UnicodeEncodeError:
            raise _Refused("not UTF-8 text (unpaired surrogate)") from None
        if size > MAX_SCAN_BYTES:
            raise _Refused(f"scan longer than {MAX_SCAN_BYTES} bytes")
        text = raw
    else:
        raise _Refused(f"scan is {type(raw).__name__}, not bytes or text")
    text = text.removeprefix("\ufeff").rstrip("\r\n\t ")  # the scanner's suffix
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc":
            raise _Refused(f"control character U+{ord(char):04X} in scan")
        if category in ("Cf", "Zl", "Zp"):
            raise _Refused(f"invisible formatting character U+{ord(char):04X} in scan")
        if category in ("Co", "Cn", "Cs"):
            raise _Refused(f"unassigned or private-use character U+{ord(char):04X} in scan")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise _Refused("empty scan")
    return text


# --- CCCD ---------------------------------------------------------------------------------

_DIGITS_12 = re.compile(r"[0-9]{12}")
_OLD_ID = re.compile(r"[0-9]{9}|[0-9]{12}")
_DDMMYYYY = re.compile(r"[0-9]{8}")
_NAME_PUNCTUATION = frozenset(" '’-")  # H'Hen Niê, Y-Moan: Ê Đê and other minority names
_GENDERS: dict[str, Literal["Nam", "Nữ"]] = {"nam": "Nam", "nữ": "Nữ"}
_ENGLISH_GENDER = {"Nam": "male", "Nữ": "female"}


def id_number_problem(id_number: str) -> str | None:
    """Why ``id_number`` cannot be a personal ID (CCCD) number, or None: it must be 12 digits
    opening with a province code (``PROVINCES``)."""
    if not _DIGITS_12.fullmatch(id_number):
        return f"the ID number is not 12 digits ({len(id_number)} characters)"
    if id_number[:3] not in PROVINCES:
        return f"province code {id_number[:3]} in the ID number is not a province"
    return None


def id_number_birth_year(id_number: str) -> int:
    """The year of birth a 12-digit ID number encodes: the century of its 4th digit
    (``CENTURY_OF_DIGIT``) plus its 5th and 6th digits."""
    return CENTURY_OF_DIGIT[int(id_number[3])] + int(id_number[4:6])


def _card_date(text: str, what: str) -> date:
    if not _DDMMYYYY.fullmatch(text):
        raise _Refused(f"CCCD: {what} is not 8 digits DDMMYYYY")
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise _Refused(f"CCCD: {what} (in {text[4:]}) is not a real date") from None


def _birth_date(text: str) -> tuple[date, Literal["day", "month", "year"]]:
    """The card's date of birth: ``DDMMYYYY``, ``00MMYYYY`` (no day), ``0000YYYY`` or
    ``YYYY`` (the year alone), as cards of the elderly give it."""
    if re.fullmatch(r"[0-9]{4}", text):
        text = "0000" + text
    if _DDMMYYYY.fullmatch(text) and text[:2] == "00":
        year = int(text[4:])
        if text[2:4] == "00":
            return date(max(year, 1), 1, 1), "year"
        return _card_date("01" + text[2:], "date of birth"), "month"
    return _card_date(text, "date of birth"), "day"


_MOJIBAKE = re.compile(
    "[ÂÃÄÅÆáâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
"""A UTF-8 lead byte and a continuation byte, read as Windows-1252 ("VÄƒn", "Nguyá»…n")."""


def _mojibake(text: str) -> bool:
    """Whether ``text`` is UTF-8 that was decoded as Windows-1252 or Latin-1 somewhere."""
    if "\ufffd" in text or _MOJIBAKE.search(text):
        return True
    # "ThÃ nh": a capital Ã, Ä, Å or Æ inside a lower-case word (UTF-8's lead byte of à)
    if any(char in "ÃÄÅÆ" and before.islower() for before, char in itertools.pairwise(text)):
        return True
    for encoding in ("cp1252", "latin-1"):
        try:
            if text.encode(encoding).decode("utf-8") != text:
                return True
        except UnicodeError:
            continue
    return False


def _card_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise _Refused("CCCD: the name is empty")
    if _mojibake(name):
        raise _Refused("CCCD: the name is garbled (UTF-8 read in another code page)")
    if len(name) > MAX_NAME:
        raise _Refused(f"CCCD: the name is longer than {MAX_NAME} characters")
    marks = 0
    previous = " "
    for char in name:
        category = unicodedata.category(char)
        if category == "Mn":  # a combining mark NFC could not compose: only on a letter
            marks += 1
            if marks > 2 or not unicodedata.category(previous).startswith("L"):
                raise _Refused(f"CCCD: the name has a stray combining mark U+{ord(char):04X}")
            continue
        marks = 0
        if category.startswith("L"):
            if not unicodedata.name(char, "").startswith("LATIN "):
                raise _Refused(f"CCCD: the name has U+{ord(char):04X}, which is not a Latin letter")
        elif char not in _NAME_PUNCTUATION:
            raise _Refused(f"CCCD: the name has U+{ord(char):04X}, which is not a letter")
        previous = char
    if not unicodedata.category(name[0]).startswith("L"):
        raise _Refused("CCCD: the name does not begin with a letter")
    words = name.split()
    if len(words) < 2 or max(len(word) for word in words) > MAX_NAME_WORD:
        raise _Refused(
            f"CCCD: the name has {len(words)} word(s), the longest of "
            f"{max(len(word) for word in words)} letters: no one's name"
        )
    return name


def _parse_cccd(text: str, today: date) -> CitizenId:
    fields = [part.strip() for part in text.split("|")]
    if 7 < len(fields) <= MAX_CARD_FIELDS:  # the 2024 card's QR: the same seven, then more
        fields = fields[:7]
    if len(fields) == 7:
        id_number, old_id, name, born, gender, address, issued = fields
    elif len(fields) == 6 and _DDMMYYYY.fullmatch(fields[2]):
        id_number, name, born, gender, address, issued = fields
        old_id = ""
    elif len(fields) == 6:
        id_number, old_id, name, born, gender, address = fields
        issued = None
    else:
        raise _Refused(
            f"CCCD: expected 6 to {MAX_CARD_FIELDS} fields separated by |, found {len(fields)}"
        )

    problem = id_number_problem(id_number)
    if problem:
        raise _Refused(f"CCCD: {problem}")
    if old_id and not _OLD_ID.fullmatch(old_id):
        raise _Refused("CCCD: the old ID number is not empty, 9 or 12 digits")
    full_name = _card_name(name)
    birth_date, birth_known = _birth_date(born)
    card_gender = _GENDERS.get(gender.casefold())
    if card_gender is None:
        raise _Refused("CCCD: the gender field is neither Nam nor Nữ")

    digit = int(id_number[3])
    id_gender = "Nam" if digit % 2 == 0 else "Nữ"
    if id_gender != card_gender:
        raise _Refused(
            f"CCCD: ID gender digit {digit} means {_ENGLISH_GENDER[id_gender]} but "
            f"the card says {_ENGLISH_GENDER[card_gender]}"
        )
    century = CENTURY_OF_DIGIT[digit]
    if not century <= birth_date.year < century + 100:
        raise _Refused(
            f"CCCD: ID century digit {digit} means born {century}-{century + 99} "
            f"but the year of birth is {birth_date.year}"
        )
    if id_number[4:6] != f"{birth_date.year % 100:02d}":
        raise _Refused(
            f"CCCD: ID year digits {id_number[4:6]} do not match the year of "
            f"birth {birth_date.year}"
        )
    if birth_date > today:
        raise _Refused(f"CCCD: date of birth (in {birth_date.year}) is in the future")

    address = " ".join(address.split())
    if not any(char.isalpha() for char in address):
        raise _Refused("CCCD: the address has no words")
    if _mojibake(address):
        raise _Refused("CCCD: the address is garbled (UTF-8 read in another code page)")
    if len(address) > MAX_ADDRESS:
        raise _Refused(f"CCCD: the address is longer than {MAX_ADDRESS} characters")

    issued_on = None
    if issued is not None:
        issued_on = _card_date(issued, "issue date")
        if issued_on < birth_date:
            raise _Refused("CCCD: the issue date is before the date of birth")
        if issued_on > today:
            raise _Refused(f"CCCD: issue date (in {issued[4:]}) is in the future")
    return CitizenId(
        id_number=id_number,
        old_id=old_id or None,
        full_name=full_name,
        birth_date=birth_date,
        gender=card_gender,
        address=address,
        issued_on=issued_on,
        birth_known=birth_known,
    )


# --- dossier codes ------------------------------------------------------------------------


def _parse_dossier(text: str) -> DossierCode:
    """A dossier code in any case, with or without the dots of its agency part."""
    if not _DOSSIER_SHAPE.fullmatch(text):
        raise _Refused("dossier code: expected NNN.NN.NN.ANN-YYMMDD-NNNN")
    code = text.upper()  # scanners and citizens in the other case
    agency, stamp, sequence = code.split("-")
    if undotted := _AGENCY_WITHOUT_DOTS.fullmatch(agency):
        agency = ".".join(undotted.groups())
    if not _AGENCY.fullmatch(agency):
        raise _Refused(f"dossier code: agency part {agency!r} is not NNN.NN.NN.ANN")
    if not re.fullmatch(r"[0-9]{6}", stamp):
        raise _Refused(f"dossier code: received date {stamp!r} is not 6 digits YYMMDD")
    if not re.fullmatch(r"[0-9]{4,6}", sequence):
        raise _Refused(f"dossier code: sequence {sequence!r} is not 4 to 6 digits")
    try:
        date(2000 + int(stamp[:2]), int(stamp[2:4]), int(stamp[4:]))
    except ValueError:
        raise _Refused(f"dossier code: received date {stamp} is not a date (YYMMDD)") from None
    return DossierCode(f"{agency}-{stamp}-{sequence}")


# --- URLs: kiosk tickets (and receipts whose QR names a dossier) ---------------------------

_TICKET_PATH = re.compile(
    r"(?:.*/)?q/(?P<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
    r"-[0-9a-fA-F]{12})"
)


def _is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def _parse_url(text: str) -> KioskTicket | DossierCode | AppointmentCode:
    if not text.isascii() or " " in text:
        raise _Refused("URL: not plain ASCII without spaces")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        raise _Refused("URL: malformed") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _Refused("URL: no host")
    if parts.username is not None or parts.password is not None:
        raise _Refused("URL: carries a user name or password")
    found = _TICKET_PATH.fullmatch(parts.path)
    if found:
        return KioskTicket(str(uuid.UUID(found["id"])))
    last = parts.path.rstrip("/").rpartition("/")[2]
    query = parse_qs(parts.query)
    # a tracking page names the dossier in its path or in any query parameter (maHoSo=…)
    refused: _Refused | None = None  # a dossier code with no such day, say
    for candidate in (*reversed(parts.path.split("/")), *chain(*query.values())):
        if _DOSSIER_SHAPE.fullmatch(candidate):
            try:
                return _parse_dossier(candidate)
            except _Refused as error:
                refused = refused or error
    for candidate in (last, *query.get("ma", ()), *query.get("code", ())):
        if code := normal_appointment_code(candidate):
            return AppointmentCode(code)
    if refused is not None:
        raise refused
    raise _Refused(
        "URL: the path does not end in /q/<uuid> (a kiosk ticket), a dossier code or a booking"
    )


# --- the classifier -----------------------------------------------------------------------


def _classify(raw: object, today: date) -> Scan:
    text = _scan_text(raw)
    fields = text.count("|") + 1
    if text.startswith("0002"):  # EMVCo: every payload opens with its format indicator
        try:
            info = parse_payload(text)
        except VietQRError as error:
            if fields not in (6, 7):  # else rather a card with a bad ID (province 000)
                raise _Refused(f"VietQR: {error.message}") from None
        else:
            return VietQR(
                bank_bin=info.bank_bin,
                account=info.account,
                service=info.service,
                amount_vnd=info.amount_vnd,
                purpose=info.purpose,
                dynamic=info.dynamic,
            )
    if _is_url(text):
        return _parse_url(text)
    if fields > 1:
        try:
            return _parse_cccd(text, today)
        except _Refused as refused:
            raise _RefusedCard(str(refused)) from None
    if code := normal_appointment_code(text):
        return AppointmentCode(code)
    if not DOSSIER_CODE.fullmatch(text.upper()) and LOCAL_REFERENCE.fullmatch(text):
        return LocalReceipt(text)
    if _DOSSIER_SHAPE.fullmatch(text):
        return _parse_dossier(text)
    if _DIGITS_12.fullmatch(text):
        raise _Refused("a 12-digit number alone, not a CCCD QR (6 or 7 fields separated by |)")
    raise _Refused("not a CCCD, dossier code, local receipt, booking, VietQR or kiosk ticket")


def classify(raw: bytes | bytearray | memoryview | str, *, today: date | None = None) -> Scan:
    """What a scanner sent; never raises. ``today`` (for tests) bounds dates of birth and
    issue; by default the computer's date."""
    try:
        return _classify(raw, today or date.today())
    except _Refused as refused:
        return Unrecognised(_mask_numbers(str(refused)), refused.looks_like)
    except Exception as error:  # a scan must never take the kiosk down
        return Unrecognised(f"internal error while classifying: {type(error).__name__}")


# --- logging ------------------------------------------------------------------------------

_LONG_NUMBER = re.compile(r"\d{9,}")
_NUMBER_OR_KEPT = re.compile(
    rf"(?P<kept>\b{DOSSIER_CODE_PATTERN}\b)|(?P<number>\d+(?:[ .\-]\d+)*)", re.IGNORECASE
)
"""A dossier code (kept: it names no one), or digits, maybe in groups."""
_CARD_DATE = re.compile(r"[0-9]{8}")


def mask_personal_data(text: str) -> str:
    """``text`` fit for a log: every number of 9 or more digits (CCCD and CMND numbers, bank
    accounts, phone numbers), also written in groups ("1130 0001 2345"), is masked (12 or
    more keep their first 4 and last 2 digits, shorter ones their last 2); in ``|``-separated
    text (a CCCD QR), dates keep only their year and any field with letters (name, address)
    is replaced by its length, except the gender."""
    if not isinstance(text, str):
        text = repr(text)
    if "|" in text:
        fields = []
        for part in text.split("|"):
            if _CARD_DATE.fullmatch(part):
                part = "****" + part[4:]
            elif any(char.isalpha() for char in part) and part.strip() not in ("Nam", "Nữ"):
                part = f"<{len(part)} chars>"
            fields.append(part)
        text = "|".join(fields)
    return _mask_numbers(text)


def _mask_numbers(text: str) -> str:
    """Every number of 9 digits or more masked, also written in groups with one kind of
    separator ("1130 0001 2345", "113-000-012345", "0071.0001.23456"); dossier codes stay
    as they are."""

    def mask(found: re.Match[str]) -> str:
        number = found["number"]
        if number is None:
            return found[0]
        digits = re.sub(r"\D", "", number)
        if len(digits) >= 9 and len(set(re.findall(r"[ .\-]", number))) <= 1:
            return _mask_id(digits)
        return _LONG_NUMBER.sub(lambda run: _mask_id(run[0]), number)

    return _NUMBER_OR_KEPT.sub(mask, text)
