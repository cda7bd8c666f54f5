"""Numbers read the way Vietnamese offices read them: known readings from written Vietnamese
(cheques, calls, textbooks), and for every number a reading that a separate reader turns
back into the same number, with the sound changes only where speakers make them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.voice.numbers import LARGEST, NORTH, SOUTH, number_words, queue_number_words

KNOWN = [
    (0, "không"),
    (1, "một"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (55, "năm mươi lăm"),
    (91, "chín mươi mốt"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (304, "ba trăm linh bốn"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm linh năm"),
    (1023, "một nghìn không trăm hai mươi ba"),
    (1200, "một nghìn hai trăm"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (15_000, "mười lăm nghìn"),
    (250_000, "hai trăm năm mươi nghìn"),
    (1_000_010, "một triệu không trăm mười"),
    (1_250_000, "một triệu hai trăm năm mươi nghìn"),
    (3_000_000_000, "ba tỷ"),
    (1_000_000_000_000, "một nghìn tỷ"),
]


@pytest.mark.parametrize(("number", "words"), KNOWN)
def test_known_readings(number: int, words: str) -> None:
    assert number_words(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (101, "một trăm lẻ một"),
        (1005, "một ngàn không trăm lẻ năm"),
        (21_000, "hai mươi mốt ngàn"),
    ],
)
def test_the_southern_reading_says_le_and_ngan(number: int, words: str) -> None:
    assert number_words(number, SOUTH) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("A001", "a một"),
        ("A023", "a hai mươi ba"),
        ("B105", "bê một trăm linh năm"),
        ("C1021", "xê một nghìn không trăm hai mươi mốt"),
        ("D999", "đê chín trăm chín mươi chín"),
    ],
)
def test_queue_numbers_are_read_as_their_letter_then_one_number(number: str, words: str) -> None:
    assert queue_number_words(number) == words


@pytest.mark.parametrize("number", [-1, LARGEST + 1])
def test_numbers_out_of_range_are_refused(number: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        number_words(number)


UNITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000}


def read_back(words: str) -> int:
    """A listener's reading, written apart from the kiosk's: sums scales left to right."""
    total = group = 0
    digit: int | None = None
    billions = 0
    for word in words.split():
        if word in UNITS:
            digit = UNITS[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += 10 * (digit or 0)
            digit = None
        elif word == "trăm":
            group += 100 * (digit or 0)
            digit = None
        elif word in ("linh", "lẻ"):
            pass
        elif word == "tỷ":
            billions = (billions + total + group + (digit or 0)) * SCALES[word]
            total = group = 0
            digit = None
        elif word in SCALES:
            total += (group + (digit or 0)) * SCALES[word]
            group = 0
            digit = None
        else:
            raise AssertionError(f"not a number word: {word!r}")
    return billions + total + group + (digit or 0)


@given(st.integers(0, LARGEST), st.sampled_from([NORTH, SOUTH]))
def test_every_number_reads_back_as_itself(number: int, style: object) -> None:
    assert read_back(number_words(number, style)) == number  # type: ignore[arg-type]


@given(st.integers(0, LARGEST))
def test_the_sound_changes_only_where_speakers_make_them(number: int) -> None:
    words = number_words(number)
    # mốt and tư only after mươi; lăm only after mười or mươi; linh only before a digit
    assert not re.search(r"(?<!mươi) (mốt|tư)\b", words)
    assert not re.search(r"(?<!mười)(?<!mươi) lăm\b", words)
    assert not re.search(r"\bmươi năm\b|\bmươi bốn\b|\bmươi một\b", words)
    assert not re.search(r"linh (?!(một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\b)", words)
    # never "mười không", "một mươi", "không mươi", nor two scale words running together
    assert not re.search(r"mười không|\bmột mươi|không mươi|không nghìn|không triệu", words)
    assert not re.search(r"\b(nghìn|triệu) (nghìn|triệu)\b", words)


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_group_after_the_first_says_its_zero_hundreds(high: int, low: int) -> None:
    words = number_words(high * 1000 + low)
    spoken_low = words.split("nghìn ", 1)[1]
    if low < 100:
        assert spoken_low.startswith("không trăm ")
    else:
        assert not spoken_low.startswith("không")
