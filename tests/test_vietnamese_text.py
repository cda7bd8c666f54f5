"""Vietnamese text in printer code pages: CP1258, TCVN-3 runs and the ASCII fold."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from typing import Any, Literal

import pytest
from escpos.capabilities import CAPABILITIES
from hypothesis import given, settings
from hypothesis import strategies as st

from printers.vietnamese import (
    TCVN3_LOWER_PAGE,
    TCVN3_UPPER_PAGE,
    UnencodableText,
    decode_cp1258,
    decode_tcvn3,
    encode_cp1258,
    encode_tcvn3,
    fold_to_ascii,
)

# --- the Vietnamese alphabet, built independently of the module ---------------------------

BASE_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
TONE_MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
LOWER_LETTERS = sorted(
    {unicodedata.normalize("NFC", base + tone) for base in BASE_VOWELS for tone in TONE_MARKS}
    | {"đ"}
)
UPPER_LETTERS = sorted({letter.upper() for letter in LOWER_LETTERS})
ALL_LETTERS = LOWER_LETTERS + UPPER_LETTERS


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_alphabet_is_complete() -> None:
    assert len(LOWER_LETTERS) == 12 * 6 + 1
    assert len(UPPER_LETTERS) == len(LOWER_LETTERS)
    assert all(len(letter) == 1 for letter in ALL_LETTERS)


# --- repertoires, from the Windows-1258 codec and python-escpos's tables ------------------


def _cp1258_repertoire() -> set[str]:
    singles: set[str] = set()
    for value in range(256):
        with contextlib.suppress(UnicodeDecodeError):
            singles.add(bytes([value]).decode("cp1258"))
    composed = {
        nfc(base + mark)
        for base in singles
        for mark in ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    }
    return singles | {c for c in composed if len(c) == 1}


def _tcvn3_page_letters(name: str) -> set[str]:
    letters = set("".join(CAPABILITIES["encodings"][name]["data"])) - {" "}
    return {"Đ" if c == "\u00d0" else c for c in letters}


CP1258_REPERTOIRE = _cp1258_repertoire()
TCVN3_LOWER = _tcvn3_page_letters("TCVN-3-1")
TCVN3_UPPER = _tcvn3_page_letters("TCVN-3-2")
TCVN3_NEUTRAL = {chr(c) for c in range(0x20, 0x7F)} | {"\n", "\t"}
TCVN3_REPERTOIRE = TCVN3_LOWER | TCVN3_UPPER | TCVN3_NEUTRAL


def tcvn3_page_of(ch: str) -> int | None:
    """The page a character needs, or None for ASCII (valid on both)."""
    if ch in TCVN3_LOWER:
        return TCVN3_LOWER_PAGE
    if ch in TCVN3_UPPER:
        return TCVN3_UPPER_PAGE
    return None


def assert_runs_well_formed(runs: list[tuple[int, bytes]]) -> None:
    for page, data in runs:
        assert page in (TCVN3_LOWER_PAGE, TCVN3_UPPER_PAGE)
        assert isinstance(data, bytes)
        assert data, "empty run"
    for (page_a, _), (page_b, _) in itertools.pairwise(runs):
        assert page_a != page_b, "two adjacent runs on the same page"


# --- every letter -------------------------------------------------------------------------


def test_every_letter_is_in_both_tcvn3_pages_or_ascii() -> None:
    for letter in ALL_LETTERS:
        assert letter.isascii() or letter in TCVN3_LOWER | TCVN3_UPPER, letter
    assert not TCVN3_LOWER & TCVN3_UPPER
    assert all(c.islower() for c in TCVN3_LOWER)
    assert all(c.isupper() for c in TCVN3_UPPER)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_every_letter_round_trips(form: Literal["NFC", "NFD"]) -> None:
    for letter in ALL_LETTERS:
        text = unicodedata.normalize(form, letter)
        data = encode_cp1258(text, strict=True)
        assert decode_cp1258(data) == letter
        assert nfc(data.decode("cp1258")) == letter
        runs = encode_tcvn3(text, strict=True)
        assert decode_tcvn3(runs) == letter
        assert len(runs) == 1
        expected_page = tcvn3_page_of(letter) or TCVN3_LOWER_PAGE
        assert runs[0][0] == expected_page, letter


def test_cp1258_bytes_follow_windows_1258() -> None:
    """Precomposed byte when CP1258 has one, else base letter byte + tone-mark byte."""
    for letter in ALL_LETTERS:
        data = encode_cp1258(letter, strict=True)
        try:
            expected = letter.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = nfd(letter)
            tone = next(c for c in decomposed if c in TONE_MARKS[1:])
            base = nfc(decomposed.replace(tone, ""))
            expected = base.encode("cp1258") + tone.encode("cp1258")
        assert data == expected, letter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đ", b"\xd0"),
        ("đ", b"\xf0"),
        ("ư", b"\xfd"),
        ("Ơ", b"\xd5"),
        ("à", b"\xe0"),  # precomposed in CP1258
        ("ì", b"i\xcc"),  # not precomposed: i + grave
        ("ấ", b"\xe2\xec"),  # â + acute
        ("ặ", b"\xe3\xf2"),  # ă + dot below
        ("ữ", b"\xfd\xde"),  # ư + tilde
        ("Ỷ", b"Y\xd2"),  # Y + hook above
    ],
)
def test_cp1258_specific_bytes(text: str, expected: bytes) -> None:
    assert expected.decode("cp1258")  # the expected bytes are valid Windows-1258
    assert nfc(expected.decode("cp1258")) == text
    assert encode_cp1258(text, strict=True) == expected
    assert encode_cp1258(nfd(text), strict=True) == expected


# --- realistic names and addresses --------------------------------------------------------

SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Hoàng",
    "Phan",
    "Vũ",
    "Trịnh",
    "Lương",
]
MIDDLE_NAMES = ["Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thanh", "Đức", "Quốc", "Xuân", "Thuỳ"]
GIVEN_NAMES = [
    "Hương",
    "Tuấn",
    "Dũng",
    "Hằng",
    "Quỳnh",
    "Khuê",
    "Nguyệt",
    "Thuỷ",
    "Thủy",
    "Ưng",
    "Ước",
    "Ánh",
    "Ẩn",
    "Ỷ",
    "Yến",
    "Ý",
    "Ổn",
    "Ỳ",
    "Hiếu",
    "Oanh",
    "Toản",
    "Nghĩa",
    "Phượng",
    "Trường",
    "Giang",
    "Lộc",
    "Bảo",
    "Khải",
    "Ngữ",
    "Tú",
]
STREETS = [
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Huệ",
    "Hai Bà Trưng",
    "Điện Biên Phủ",
    "Phan Đình Phùng",
    "Võ Nguyên Giáp",
    "Bạch Đằng",
    "Lý Thường Kiệt",
    "3 Tháng 2",
]
WARDS = [
    "phường Hải Châu",
    "phường Bến Nghé",
    "xã Ea Tu",
    "phường Thạch Thang",
    "thị trấn Đức Phổ",
    "xã Ứng Hoà",
    "phường Tân Định",
]
CITIES = [
    "thành phố Đà Nẵng",
    "Thành phố Hồ Chí Minh",
    "tỉnh Thừa Thiên Huế",
    "thành phố Hà Nội",
    "tỉnh Đắk Lắk",
    "tỉnh Quảng Ngãi",
    "tỉnh Bà Rịa - Vũng Tàu",
]

full_names = st.builds(
    lambda surname, middle, given: " ".join([surname, *middle, given]),
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(MIDDLE_NAMES), max_size=2),
    st.sampled_from(GIVEN_NAMES),
)
addresses = st.builds(
    lambda number, kind, street, ward, city: f"Số {number} {kind} {street}, {ward}, {city}",
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["đường", "Đường", "ngõ", "hẻm", "kiệt"]),
    st.sampled_from(STREETS),
    st.sampled_from(WARDS),
    st.sampled_from(CITIES),
)
realistic = st.one_of(full_names, addresses, st.builds("\n".join, st.tuples(full_names, addresses)))
variants = st.builds(
    lambda text, upper, form: unicodedata.normalize(form, text.upper() if upper else text),
    realistic,
    st.booleans(),
    st.sampled_from(["NFC", "NFD"]),
)


@settings(max_examples=400, deadline=None)
@given(variants)
def test_names_and_addresses_round_trip(text: str) -> None:
    original = nfc(text)
    data = encode_cp1258(text, strict=True)
    assert decode_cp1258(data) == original
    assert nfc(data.decode("cp1258")) == original
    runs = encode_tcvn3(text, strict=True)
    assert_runs_well_formed(runs)
    assert decode_tcvn3(runs) == original


# --- arbitrary text -----------------------------------------------------------------------

mixed_text = st.text(
    alphabet=st.one_of(st.sampled_from(ALL_LETTERS), st.characters(), st.sampled_from("\n\t "))
)


@settings(max_examples=500, deadline=None)
@given(mixed_text)
def test_lenient_encoders_never_raise(text: str) -> None:
    data = encode_cp1258(text)
    assert isinstance(data, bytes)
    assert isinstance(decode_cp1258(data), str)
    runs = encode_tcvn3(text)
    assert isinstance(runs, list)
    assert_runs_well_formed(runs)
    assert isinstance(decode_tcvn3(runs), str)


@pytest.mark.parametrize(
    ("encode", "decode", "repertoire"),
    [
        (encode_cp1258, decode_cp1258, CP1258_REPERTOIRE),
        (encode_tcvn3, decode_tcvn3, TCVN3_REPERTOIRE),
    ],
    ids=["cp1258", "tcvn3"],
)
@settings(max_examples=500, deadline=None)
@given(text=mixed_text)
def test_strict_encoding_raises_only_outside_repertoire(
    encode: Callable[..., Any], decode: Callable[[Any], str], repertoire: set[str], text: str
) -> None:
    normalised = nfc(text)
    outside = [i for i, ch in enumerate(normalised) if ch not in repertoire]
    if not outside:
        encoded = encode(text, strict=True)
        assert decode(encoded) == normalised
        assert encode(text) == encoded
        return
    with pytest.raises(UnencodableText) as caught:
        encode(text, strict=True)
    position = outside[0]
    assert caught.value.position == position
    assert caught.value.character == normalised[position]
    assert f"U+{ord(normalised[position]):04X}" in str(caught.value)
    assert f"position {position}" in str(caught.value)


def test_lenient_replacement_is_the_fold() -> None:
    assert encode_cp1258("ā Ǻ € ☃") == b"a \xc5\xec \x80 ?"  # Ǻ = Å + acute
    assert decode_tcvn3(encode_tcvn3("Ðà Nẵng ☃ ∑")) == "Dà Nẵng ? ?"
    with pytest.raises(UnencodableText):
        encode_tcvn3("Ðà", strict=True)  # eth is not Đ, even though it looks alike
    with pytest.raises(UnencodableText):
        encode_cp1258("Ðà", strict=True)


def test_unencodable_text_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="U\\+2603"):
        encode_cp1258("ab☃", strict=True)


# --- fold_to_ascii ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đường Nguyễn Huệ", "Duong Nguyen Hue"),
        ("Ðà Nẵng", "Da Nang"),  # eth typed for Đ
        ("ðường", "duong"),
        ("PHƯỜNG HẢI CHÂU", "PHUONG HAI CHAU"),
        (nfd("Thủy Quỳnh Ước"), "Thuy Quynh Uoc"),
        ("Số 12\tngõ 3\r\n", "So 12\tngo 3\n"),
        ("a\x00b\x7fc\x85d", "abcd"),
        ("Hà Nội ☃ 東京", "Ha Noi ? ??"),
        (
            "Lệ phí: 8.000 đồng – “miễn phí” cho trẻ em…",
            'Le phi: 8.000 dong - "mien phi" cho tre em...',
        ),
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    assert fold_to_ascii(text) == expected


def test_fold_every_letter() -> None:
    for letter in ALL_LETTERS:
        folded = fold_to_ascii(letter)
        assert len(folded) == 1
        assert folded.lower() in "aeiouyd"
        assert folded.isupper() == letter.isupper()


@settings(max_examples=500, deadline=None)
@given(mixed_text)
def test_fold_is_always_ascii(text: str) -> None:
    folded = fold_to_ascii(text)
    assert folded.isascii()
    assert fold_to_ascii(folded) == folded
    assert all(ch in "\n\t" or 0x20 <= ord(ch) < 0x7F for ch in folded)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_fold_of_ascii_is_itself_minus_controls(text: str) -> None:
    expected = "".join(ch for ch in text if ch in "\n\t" or 0x20 <= ord(ch) < 0x7F)
    assert fold_to_ascii(text) == expected


# --- TCVN-3 run minimality ----------------------------------------------------------------


def test_tcvn3_runs_examples() -> None:
    assert encode_tcvn3("") == []
    assert encode_tcvn3("abc 123") == [(TCVN3_LOWER_PAGE, b"abc 123")]
    lower = encode_tcvn3("đà nẵng, phường hải châu")
    assert [page for page, _ in lower] == [TCVN3_LOWER_PAGE]
    upper = encode_tcvn3("ĐÀ NẴNG")
    assert [page for page, _ in upper] == [TCVN3_UPPER_PAGE]
    mixed = encode_tcvn3("Đà Nẵng")
    assert [page for page, _ in mixed] == [TCVN3_UPPER_PAGE, TCVN3_LOWER_PAGE]
    assert decode_tcvn3(mixed) == "Đà Nẵng"
    assert mixed[0][1] == b"\xa7"  # python-escpos's page 2 "Ð" slot
    leading_ascii = encode_tcvn3("Số 12 ĐƯỜNG")
    assert [page for page, _ in leading_ascii] == [TCVN3_LOWER_PAGE, TCVN3_UPPER_PAGE]


def test_tcvn3_decodes_page2_eth_slot_as_d_stroke() -> None:
    assert decode_tcvn3([(TCVN3_UPPER_PAGE, b"\xa7")]) == "Đ"
    with pytest.raises(ValueError):
        decode_tcvn3([(3, b"a")])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*LOWER_LETTERS, " ", ",", "1", "\n"]), min_size=1))
def test_tcvn3_lowercase_text_is_one_page1_run(text: str) -> None:
    runs = encode_tcvn3(text, strict=True)
    assert [page for page, _ in runs] == [TCVN3_LOWER_PAGE]
    assert decode_tcvn3(runs) == text


@settings(max_examples=500, deadline=None)
@given(st.one_of(variants, st.text(alphabet=st.sampled_from([*ALL_LETTERS, " ", "-", "9"]))))
def test_tcvn3_switches_pages_only_when_needed(text: str) -> None:
    normalised = nfc(text)
    runs = encode_tcvn3(text, strict=True)
    assert_runs_well_formed(runs)
    assert decode_tcvn3(runs) == normalised
    pages = [p for p in map(tcvn3_page_of, normalised) if p is not None]
    switches = sum(1 for a, b in itertools.pairwise(pages) if a != b)
    if not normalised:
        assert runs == []
    else:
        assert len(runs) == 1 + switches
        assert runs[0][0] == (pages[0] if pages else TCVN3_LOWER_PAGE)


# --- TCVN-3 checked against a second source -----------------------------------------------


def _glibc_tcvn(code: int) -> str:
    """What glibc's iconv reads byte ``code`` as in TCVN 5712 (VN1, of which TCVN-3/VN3's
    lower-case letters are a part), NFC; "" where it has no character."""
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([code]), capture_output=True
    )
    return nfc(result.stdout.decode("utf-8")) if result.returncode == 0 else ""


def _glibc_has_tcvn() -> bool:
    if shutil.which("iconv") is None:
        return False
    listed = subprocess.run(["iconv", "-l"], capture_output=True, text=True).stdout
    return "TCVN5712-1" in listed


@pytest.mark.skipif(not _glibc_has_tcvn(), reason="no iconv with TCVN5712-1 (glibc) here")
def test_every_tcvn3_byte_the_kiosk_sends_agrees_with_glibc() -> None:
    """python-escpos's tables are one source; glibc's TCVN 5712 table is another. Page 1 is
    the standard's lower-case letters byte for byte; page 2 (Epson's TCVN-3 capitals) holds at
    each position the capital of the standard's letter there (as the ABC capitals fonts do):
    Ă Â Đ where the standard has them (A1, A2, A7), Ê Ô Ơ Ư over ê ô ơ ư (AA-AD). Every byte
    the encoder can send is checked; a letter is never sent at a position the two disagree on.
    """
    sent: dict[tuple[int, int], str] = {}
    for letter in ALL_LETTERS:
        [(page, data)] = encode_tcvn3(letter, strict=True)
        assert len(data) == 1, letter
        sent[(page, data[0])] = letter
    assert len(sent) == len(ALL_LETTERS)  # one byte each, no two letters on one position
    for (page, code), letter in sent.items():
        standard = _glibc_tcvn(code)
        expected = standard if page == TCVN3_LOWER_PAGE else standard.upper()
        assert letter == expected, (page, hex(code), letter, standard)
