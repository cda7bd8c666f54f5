"""VietQR payloads: what a bank app scans to pay an exact amount to an account.

A VietQR code is an EMVCo merchant-presented QR (NAPAS profile): a string of TLV fields, each
a two-digit tag, a two-digit length and the value, ending with a CRC-16/CCITT-FALSE of
everything before it (including the CRC's own tag and length, "6304").

``build_payload`` makes the dynamic payload the kiosk shows for a fee; ``parse_payload``
reads one a scanner hands over (untrusted) back into a ``VietQRInfo``.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from typing import Literal, NoReturn

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
SERVICE_TO_CARD = "QRIBFTTC"
CURRENCY_VND = "704"
COUNTRY_VN = "VN"
MAX_REFERENCE = 25


class VietQRError(ValueError):
    """An input that a VietQR payload cannot carry; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no xor
    (the standard library's ``binascii.crc_hqx`` started at 0xFFFF)."""
    return binascii.crc_hqx(data, 0xFFFF)


def _tlv(tag: str, value: str) -> str:
    """One field: two-digit tag, two-digit length, value (the inputs keep it under 100)."""
    return f"{tag}{len(value):02d}{value}"


def build_payload(
    *, bank_bin: str, account: str, amount_vnd: int, reference: str, to_card: bool = False
) -> str:
    """A dynamic VietQR payload: pay ``amount_vnd`` to ``account`` at bank ``bank_bin``
    (``to_card``: to the card whose 16-19 digit number ``account`` is), with ``reference``
    as the transfer's purpose (how the province matches the payment)."""
    if not re.fullmatch(r"[0-9]{6}", bank_bin):
        raise VietQRError("bank_bin", f"expected the bank's 6-digit BIN, not {bank_bin!r}")
    if to_card and not re.fullmatch(r"[0-9]{16,19}", account):
        raise VietQRError(
            "account", f"expected a card number of 16-19 digits, not {len(account)} characters"
        )
    if not re.fullmatch(r"[A-Za-z0-9]{1,19}", account):
        raise VietQRError(
            "account", f"expected 1-19 letters or digits, not {len(account)} characters"
        )
    if (
        isinstance(amount_vnd, bool)
        or not isinstance(amount_vnd, int)
        or not (0 < amount_vnd < 10**13)
    ):
        raise VietQRError(
            "amount_vnd", f"expected a whole number of đồng with 1-13 digits, not {amount_vnd!r}"
        )
    if not (
        reference
        and len(reference) <= MAX_REFERENCE
        and reference.isascii()
        and reference.isprintable()
    ):
        raise VietQRError(
            "reference", f"expected 1-{MAX_REFERENCE} printable ASCII characters, not {reference!r}"
        )
    beneficiary = _tlv("00", bank_bin) + _tlv("01", account)
    service = SERVICE_TO_CARD if to_card else SERVICE_TO_ACCOUNT
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", service)
    body = "".join(
        (
            _tlv("00", "01"),  # payload format
            _tlv("01", "12"),  # point of initiation: dynamic (one payment)
            _tlv("38", merchant),
            _tlv("53", CURRENCY_VND),
            _tlv("54", str(amount_vnd)),
            _tlv("58", COUNTRY_VN),
            _tlv("62", _tlv("08", reference)),  # additional data: purpose of transaction
            "6304",  # the CRC's own tag and length are part of what it covers
        )
    )
    return f"{body}{crc16_ccitt_false(body.encode('ascii')):04X}"


# --- Reading a payload -------------------------------------------------------------------
#
# What a scanner hands over is untrusted: the parser checks the frame (printable ASCII, the
# CRC last and matching), then every TLV field, then what NAPAS requires of the fields it
# uses. Every refusal is a VietQRError whose ``field`` is the TLV path ("63", "38.01.00")
# or "payload", and whose ``message`` is a reason a technician can read.

MAX_PAYLOAD = 512
"""EMVCo caps a merchant-presented payload at 512 characters."""
SERVICES = (SERVICE_TO_ACCOUNT, SERVICE_TO_CARD)
"""38.02: transfer to an account (A) or to a card (C)."""
_TLV_HEAD = re.compile(r"[0-9]{4}")
_CRC_TAIL = re.compile(r"6304[0-9A-Fa-f]{4}")
"""The CRC's hex digits in either case: some banks' apps print them in lower case."""
_BIN = re.compile(r"[0-9]{6}")
_ACCOUNT = re.compile(r"[A-Za-z0-9]{1,19}")
_AMOUNT = re.compile(r"[1-9][0-9]{0,12}")


@dataclass(frozen=True)
class VietQRInfo:
    """What a VietQR payload asks for: who is paid, how much, and the transfer's purpose."""

    bank_bin: str
    account: str
    service: Literal["QRIBFTTA", "QRIBFTTC"]
    amount_vnd: int | None
    purpose: str | None
    dynamic: bool  # 01 = "12": made for one payment; "11" or absent: a reusable (static) code


def _fail(field: str, message: str) -> NoReturn:
    raise VietQRError(field, message)


def _read_fields(text: str, path: str) -> dict[str, str]:
    """The TLV fields of ``text`` in order; ``path`` prefixes nested tags in errors."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(text):
        head = text[at : at + 4]
        if not _TLV_HEAD.fullmatch(head):
            _fail(
                path.rstrip(".") or "payload",
                f"expected a 2-digit tag and a 2-digit length at position {at} of "
                f"{path.rstrip('.') or 'the payload'}, found {head!r}",
            )
        tag, length = head[:2], int(head[2:])
        where = path + tag
        if length == 0:
            _fail(where, f"field {where} has length 00")
        value = text[at + 4 : at + 4 + length]
        if len(value) != length:
            _fail(where, f"field {where} says {length} characters but only {len(value)} remain")
        if tag in fields:
            _fail(where, f"field {where} appears twice")
        fields[tag] = value
        at += 4 + length
    return fields


def parse_payload(text: str) -> VietQRInfo:
    """Read a VietQR payload (EMVCo merchant-presented, NAPAS profile) or raise VietQRError.

    Only printable ASCII is accepted (NAPAS fields are EMVCo "ans"; bank apps strip tone
    marks), so lengths are unambiguous and any single-character change is caught by the CRC.
    """
    if not isinstance(text, str):
        _fail("payload", f"expected text, not {type(text).__name__}")
    if len(text) > MAX_PAYLOAD:
        _fail("payload", f"payload has {len(text)} characters, more than {MAX_PAYLOAD}")
    for position, char in enumerate(text):
        if not " " <= char <= "~":
            _fail(
                "payload",
                f"character U+{ord(char):04X} at position {position} is not printable ASCII",
            )
    tail = text[-8:]
    if not _CRC_TAIL.fullmatch(tail):
        _fail("63", "payload does not end with a CRC field (6304 and 4 hex digits)")
    expected = f"{crc16_ccitt_false(text[:-4].encode('ascii')):04X}"
    if tail[4:].upper() != expected:
        _fail("63", f"CRC {tail[4:]} does not match {expected}")

    fields = _read_fields(text, "")
    tags = list(fields)
    if tags[0] != "00":
        _fail("00", f"the first field is {tags[0]}, not 00 (payload format indicator)")
    if fields["00"] != "01":
        _fail("00", f"payload format indicator is {fields['00']!r}, expected '01'")
    if tags[-1] != "63" or len(fields["63"]) != 4:
        _fail("63", "the CRC is not the last field")

    initiation = fields.get("01")
    if initiation not in (None, "11", "12"):
        _fail("01", f"point of initiation is {initiation!r}, expected '11' or '12'")

    if "38" not in fields:
        _fail("38", "no NAPAS merchant account field (38)")
    merchant = _read_fields(fields["38"], "38.")
    guid = merchant.get("00")
    if guid != NAPAS_GUID:
        _fail("38.00", f"merchant GUID is {guid!r}, not NAPAS's")
    if "01" not in merchant:
        _fail("38.01", "no beneficiary (38.01)")
    beneficiary = _read_fields(merchant["01"], "38.01.")
    bank_bin, account = beneficiary.get("00"), beneficiary.get("01")
    if bank_bin is None or not _BIN.fullmatch(bank_bin):
        _fail("38.01.00", f"bank BIN is {bank_bin!r}, expected 6 digits")
    if account is None or not _ACCOUNT.fullmatch(account):
        shown = "missing" if account is None else f"{len(account)} characters"
        _fail("38.01.01", f"account is {shown}, expected 1-19 letters or digits")
    service = merchant.get("02")
    if service not in SERVICES:
        _fail("38.02", f"service code is {service!r}, expected QRIBFTTA or QRIBFTTC")

    currency = fields.get("53")
    if currency not in (None, CURRENCY_VND):
        _fail("53", f"currency is {currency!r}, expected {CURRENCY_VND!r} (VND)")
    amount = fields.get("54")
    if amount is not None and not _AMOUNT.fullmatch(amount):
        _fail("54", f"amount {amount!r} is not a positive whole number of VND")
    country = fields.get("58")
    if country != COUNTRY_VN:
        _fail("58", f"country is {country!r}, expected {COUNTRY_VN!r}")
    purpose = None
    if "62" in fields:
        purpose = _read_fields(fields["62"], "62.").get("08")

    return VietQRInfo(
        bank_bin=bank_bin,
        account=account,
        service="QRIBFTTA" if service == "QRIBFTTA" else "QRIBFTTC",
        amount_vnd=int(amount) if amount is not None else None,
        purpose=purpose,
        dynamic=initiation == "12",
    )
