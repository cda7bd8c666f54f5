"""VietQR payloads: what a bank app scans to pay an exact amount to an account.

A VietQR code is an EMVCo merchant-presented QR (NAPAS profile): a string of TLV fields, each
a two-digit tag, a two-digit length and the value, ending with a CRC-16/CCITT-FALSE of
everything before it (including the CRC's own tag and length, "6304").
"""

from __future__ import annotations

import re

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
COUNTRY_VN = "VN"
MAX_REFERENCE = 25


class VietQRError(ValueError):
    """An input that a VietQR payload cannot carry; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
        crc &= 0xFFFF
    return crc


def _tlv(tag: str, value: str) -> str:
    """One field: two-digit tag, two-digit length, value (the inputs keep it under 100)."""
    return f"{tag}{len(value):02d}{value}"


def build_payload(*, bank_bin: str, account: str, amount_vnd: int, reference: str) -> str:
    """A dynamic VietQR payload: pay ``amount_vnd`` to ``account`` at bank ``bank_bin``,
    with ``reference`` as the transfer's purpose (how the province matches the payment)."""
    if not re.fullmatch(r"[0-9]{6}", bank_bin):
        raise VietQRError("bank_bin", f"expected the bank's 6-digit BIN, not {bank_bin!r}")
    if not re.fullmatch(r"[A-Za-z0-9]{1,19}", account):
        raise VietQRError("account", f"expected 1-19 letters or digits, not {account!r}")
    if isinstance(amount_vnd, bool) or not isinstance(amount_vnd, int) or not (
            0 < amount_vnd < 10**13):
        raise VietQRError("amount_vnd", f"expected a whole number of đồng with 1-13 digits, "
                                        f"not {amount_vnd!r}")
    if not (reference and len(reference) <= MAX_REFERENCE and reference.isascii()
            and reference.isprintable()):
        raise VietQRError("reference", f"expected 1-{MAX_REFERENCE} printable ASCII "
                                       f"characters, not {reference!r}")
    beneficiary = _tlv("00", bank_bin) + _tlv("01", account)
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", SERVICE_TO_ACCOUNT)
    body = "".join((
        _tlv("00", "01"),  # payload format
        _tlv("01", "12"),  # point of initiation: dynamic (one payment)
        _tlv("38", merchant),
        _tlv("53", CURRENCY_VND),
        _tlv("54", str(amount_vnd)),
        _tlv("58", COUNTRY_VN),
        _tlv("62", _tlv("08", reference)),  # additional data: purpose of transaction
        "6304",  # the CRC's own tag and length are part of what it covers
    ))
    return f"{body}{crc16_ccitt_false(body.encode('ascii')):04X}"
