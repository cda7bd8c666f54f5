"""VietQR payloads: EMVCo TLV fields a bank app can read, sealed by a CRC-16/CCITT-FALSE."""

from __future__ import annotations

from typing import TypedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.input.vietqr import (
    VietQRError,
    VietQRInfo,
    build_payload,
    crc16_ccitt_false,
    parse_payload,
)


class PayloadArgs(TypedDict):
    """The keyword arguments of ``build_payload``."""

    bank_bin: str
    account: str
    amount_vnd: int
    reference: str


SAMPLE: PayloadArgs = {
    "bank_bin": "970415",
    "account": "113000012345",
    "amount_vnd": 100_000,
    "reference": "HKD2611230042",
}


def read_tlv(text: str) -> dict[str, str]:
    """A tiny TLV reader, independent of the module: tag (2) length (2) value, to the end."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(text):
        tag, length = text[at : at + 2], int(text[at + 2 : at + 4])
        value = text[at + 4 : at + 4 + length]
        assert len(value) == length, f"field {tag} runs past the end"
        assert tag not in fields, f"field {tag} twice"
        fields[tag] = value
        at += 4 + length
    return fields


def test_crc_matches_the_standard_check_value() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(b"") == 0xFFFF


def test_payload_has_the_napas_fields_in_order_and_a_valid_crc() -> None:
    payload = build_payload(**SAMPLE)
    fields = read_tlv(payload)
    assert list(fields) == ["00", "01", "38", "53", "54", "58", "62", "63"]
    assert fields["00"] == "01" and fields["01"] == "12"
    merchant = read_tlv(fields["38"])
    assert merchant == {"00": "A000000727", "01": "00069704150112113000012345", "02": "QRIBFTTA"}
    assert read_tlv(merchant["01"]) == {"00": "970415", "01": "113000012345"}
    assert (fields["53"], fields["54"], fields["58"]) == ("704", "100000", "VN")
    assert read_tlv(fields["62"]) == {"08": "HKD2611230042"}
    assert payload[-8:-4] == "6304"
    assert fields["63"] == f"{crc16_ccitt_false(payload[:-4].encode()):04X}"
    assert fields["63"] == fields["63"].upper() and len(fields["63"]) == 4


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("bank_bin", "97041"),
        ("bank_bin", "97041A"),
        ("bank_bin", "９７０４１５"),
        ("account", ""),
        ("account", "1" * 20),
        ("account", "1130-0001"),
        ("amount_vnd", 0),
        ("amount_vnd", -5),
        ("amount_vnd", 10**13),
        ("amount_vnd", 1.5),
        ("amount_vnd", True),
        ("reference", ""),
        ("reference", "R" * 26),
        ("reference", "Lệ phí"),
        ("reference", "line\nbreak"),
    ],
)
def test_invalid_inputs_name_the_field(field: str, value: object) -> None:
    with pytest.raises(VietQRError) as error:
        # the wrongly typed values are the point of the test
        build_payload(**{**SAMPLE, field: value})  # type: ignore[arg-type]
    assert error.value.field == field
    assert str(error.value).startswith(f"{field}: ")


@given(
    bank_bin=st.from_regex(r"\A[0-9]{6}\Z"),
    account=st.from_regex(r"\A[A-Za-z0-9]{1,19}\Z"),
    amount_vnd=st.integers(1, 10**13 - 1),
    reference=st.text(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=25
    ),
)
def test_every_field_round_trips(
    bank_bin: str, account: str, amount_vnd: int, reference: str
) -> None:
    payload = build_payload(
        bank_bin=bank_bin, account=account, amount_vnd=amount_vnd, reference=reference
    )
    fields = read_tlv(payload)
    beneficiary = read_tlv(read_tlv(fields["38"])["01"])
    assert beneficiary == {"00": bank_bin, "01": account}
    assert int(fields["54"]) == amount_vnd
    assert read_tlv(fields["62"])["08"] == reference
    assert int(fields["63"], 16) == crc16_ccitt_false(payload[:-4].encode("ascii"))
    assert parse_payload(payload) == VietQRInfo(
        bank_bin=bank_bin,
        account=account,
        service="QRIBFTTA",
        amount_vnd=amount_vnd,
        purpose=reference,
        dynamic=True,
    )


@given(
    bank_bin=st.from_regex(r"\A[0-9]{6}\Z"),
    card=st.from_regex(r"\A[0-9]{16,19}\Z"),
    amount_vnd=st.integers(1, 10**13 - 1),
    lower_case_crc=st.booleans(),
)
def test_a_card_payload_round_trips_and_either_case_of_crc_reads(
    bank_bin: str, card: str, amount_vnd: int, lower_case_crc: bool
) -> None:
    payload = build_payload(
        bank_bin=bank_bin, account=card, amount_vnd=amount_vnd, reference="HS1", to_card=True
    )
    assert read_tlv(read_tlv(payload)["38"])["02"] == "QRIBFTTC"
    if lower_case_crc:  # as some banks' apps write it
        payload = payload[:-4] + payload[-4:].lower()
    assert parse_payload(payload) == VietQRInfo(
        bank_bin=bank_bin,
        account=card,
        service="QRIBFTTC",
        amount_vnd=amount_vnd,
        purpose="HS1",
        dynamic=True,
    )


@pytest.mark.parametrize("card", ["123456789012345", "12345678901234567890", "1234 5678 9012 3456"])
def test_a_card_payload_needs_a_card_number_and_never_echoes_it(card: str) -> None:
    with pytest.raises(VietQRError) as refused:
        build_payload(bank_bin="970415", account=card, amount_vnd=1, reference="x", to_card=True)
    assert refused.value.field == "account" and card not in refused.value.message
