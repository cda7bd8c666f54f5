"""Telex composition: real words, the undo rules, case, words that are not Vietnamese.

Expected values are written out by hand or built by the small independent encoder below
(a table of vowel groups with the vowel that carries the tone, classic placement), never
taken from kiosk.input.telex.
"""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.input.telex import compose, compose_word, is_syllable, telex_key, word_before


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("Vieejt Nam", "Việt Nam"),
        ("Nguyeenx Thij Hoongf Nhung", "Nguyễn Thị Hồng Nhung"),
        ("DDaf Nawngx", "Đà Nẵng"),
        ("khuyeens", "khuyến"),
        ("nguoiwf", "người"),
        ("nguwowif", "người"),
        ("thuowr", "thuở"),
        ("giuwx", "giữ"),
        ("quoocs", "quốc"),
        ("hoangf", "hoàng"),
        ("thuyr", "thủy"),
        ("truowng", "trương"),
        ("chuyeenr", "chuyển"),
        ("hoaf", "hòa"),
        ("quar", "quả"),
        ("gias", "giá"),
        ("quas", "quá"),
        ("gifn", "gìn"),
        ("muwa", "mưa"),
        ("xoawn", "xoăn"),
        ("ruowuj", "rượu"),
        ("ddaau", "đâu"),
        ("tw", "tư"),
        ("did", "đi"),
        ("tana", "tân"),
        ("booong", "boong"),
        ("Phuwowngf 3, quaanj 10", "Phường 3, quận 10"),
        ("Soos 12 DDinh Tieen Hoangf", "Số 12 Đinh Tiên Hoàng"),
    ],
)
def test_real_words(keys: str, expected: str) -> None:
    assert compose(keys) == expected


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("toasn", "toán"),  # typed on "toa" (tóa), the tone moves when n closes the syllable
        ("hoafn", "hoàn"),
        ("vieejt", "việt"),  # tone before the final consonant
        ("vietej", "việt"),  # shape key after the final consonant
        ("nguoifw", "người"),
    ],
)
def test_keys_may_come_in_any_order(keys: str, expected: str) -> None:
    assert compose(keys) == expected


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("as", "á"),
        ("ass", "as"),
        ("af", "à"),
        ("asf", "à"),
        ("asz", "a"),
        ("az", "az"),
        ("aa", "â"),
        ("aaa", "aa"),
        ("ee", "ê"),
        ("eee", "ee"),
        ("oo", "ô"),
        ("ooo", "oo"),
        ("aw", "ă"),
        ("aww", "aw"),
        ("ow", "ơ"),
        ("oww", "ow"),
        ("uw", "ư"),
        ("w", "ư"),
        ("ww", "w"),
        ("dd", "đ"),
        ("ddd", "dd"),
        ("ddi", "đi"),
        ("ddid", "did"),
        ("nguoiww", "nguoiw"),
        ("vieejtjj", "viêtjj"),
        ("aas", "ấ"),
        ("aasa", "áa"),
    ],
)
def test_same_key_again_undoes(keys: str, expected: str) -> None:
    assert compose(keys) == expected


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("DD", "Đ"),
        ("Dd", "Đ"),
        ("dD", "đ"),
        ("Aa", "Â"),
        ("AA", "Â"),
        ("VIEETJ", "VIỆT"),
        ("NGUWOWIF", "NGƯỜI"),
        ("W", "Ư"),
        ("Ww", "W"),
        ("AS", "Á"),
        ("ASS", "AS"),
        ("HOAF", "HÒA"),
    ],
)
def test_case_is_kept(keys: str, expected: str) -> None:
    assert compose(keys) == expected


@pytest.mark.parametrize(
    "word",
    [
        "John",
        "Facebook",
        "Zalo",
        "email",
        "Hello",
        "gmail.com",
        "abc@xyz",
        "Smith",
        "Joseph",
    ],
)
def test_words_that_cannot_be_vietnamese_are_left_alone(word: str) -> None:
    assert compose(word) == word


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("hocf", "hocf"),  # c, ch, p, t finals take only sắc and nặng
        ("hocj", "học"),
        ("s", "s"),
        ("thr", "thr"),  # a tone with no vowel is a letter
        ("wwilson", "wilson"),  # ww types a plain w
        ("ba2", "ba2"),
        ("aa-aa", "â-â"),
    ],
)
def test_tones_need_a_vowel_that_can_take_them(keys: str, expected: str) -> None:
    assert compose(keys) == expected


def test_only_the_last_word_changes() -> None:
    assert telex_key("Nguyễn Thi", "j") == "Nguyễn Thị"
    assert telex_key("tôi ", "s") == "tôi s"
    assert telex_key("", "w") == "ư"
    assert word_before("Số 12 Đinh") == "Đinh"
    assert word_before("a1") == ""


def test_nfd_input_is_composed() -> None:
    assert telex_key(unicodedata.normalize("NFD", "Việ"), "t") == "Việt"


def test_one_key_at_a_time() -> None:
    with pytest.raises(ValueError, match="one key"):
        telex_key("a", "aa")


# An independent encoder: Vietnamese syllables built from a table, spelled in Telex.

#: vowel group -> (index of the tone vowel when open, when closed); None: cannot be
TONE_VOWEL: dict[str, tuple[int | None, int | None]] = {
    "a": (0, 0),
    "ă": (None, 0),
    "â": (None, 0),
    "e": (0, 0),
    "ê": (0, 0),
    "i": (0, 0),
    "o": (0, 0),
    "ô": (0, 0),
    "ơ": (0, 0),
    "u": (0, 0),
    "ư": (0, 0),
    "y": (0, None),
    "ai": (0, None),
    "ao": (0, None),
    "au": (0, None),
    "ay": (0, None),
    "âu": (0, None),
    "ây": (0, None),
    "eo": (0, None),
    "êu": (0, None),
    "ia": (0, None),
    "iê": (None, 1),
    "iu": (0, None),
    "oa": (0, 1),
    "oă": (None, 1),
    "oe": (0, 1),
    "oi": (0, None),
    "ôi": (0, None),
    "ơi": (0, None),
    "ua": (0, None),
    "uâ": (None, 1),
    "uê": (1, 1),
    "ui": (0, None),
    "uô": (None, 1),
    "uơ": (1, None),
    "ươ": (None, 1),
    "ưa": (0, None),
    "ưi": (0, None),
    "ưu": (0, None),
    "uy": (0, 1),
    "yê": (None, 1),
    "iêu": (1, None),
    "yêu": (1, None),
    "oai": (1, None),
    "oay": (1, None),
    "oeo": (1, None),
    "uây": (1, None),
    "uôi": (1, None),
    "ươi": (1, None),
    "ươu": (1, None),
    "uya": (1, None),
    "uyê": (None, 2),
    "uyu": (1, None),
}
ONSETS = ["", *"b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x".split()]
CODAS = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]
TONES = {
    "": "",
    "s": "\N{COMBINING ACUTE ACCENT}",
    "f": "\N{COMBINING GRAVE ACCENT}",
    "r": "\N{COMBINING HOOK ABOVE}",
    "x": "\N{COMBINING TILDE}",
    "j": "\N{COMBINING DOT BELOW}",
}
TELEX_LETTERS = {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}


def fits(onset: str, nucleus: str) -> bool:
    """Leave out spellings Vietnamese does not write (qu before u, gi before i)."""
    if onset == "qu":
        return nucleus[0] not in "uư" and not (nucleus[0] == "o" and len(nucleus) > 1)
    if onset in ("g", "gi"):
        return nucleus[0] not in "iy" or (onset == "g" and len(nucleus) == 1)
    return True


@st.composite
def syllables(draw: st.DrawFn) -> tuple[str, str]:
    """(syllable, its Telex keys): shape keys right after their letter, the tone at the end
    of the word or right after the vowel group, any letter and any key in either case."""
    onset = draw(st.sampled_from(ONSETS))
    nucleus = draw(st.sampled_from([n for n in TONE_VOWEL if fits(onset, n)]))
    open_index, closed_index = TONE_VOWEL[nucleus]
    coda = draw(
        st.sampled_from(
            ([""] if open_index is not None else []) + (CODAS if closed_index is not None else [])
        )
    )
    tone = draw(st.sampled_from(["", "s", "j"] if coda in ("c", "ch", "p", "t") else list(TONES)))
    tone_index = open_index if coda == "" else closed_index
    assert tone_index is not None
    vowels = list(nucleus)
    vowels[tone_index] = unicodedata.normalize("NFC", vowels[tone_index] + TONES[tone])
    letters = [*onset, *vowels, *coda]
    uppers = draw(st.lists(st.booleans(), min_size=len(letters), max_size=len(letters)))
    syllable = "".join(c.upper() if up else c for c, up in zip(letters, uppers, strict=True))

    def keys_for(chars: str) -> str:
        keys = ""
        for char in chars:
            spelled = TELEX_LETTERS.get(char.lower(), char.lower())
            upper = char != char.lower()
            keys += spelled[0].upper() if upper else spelled[0]
            if len(spelled) > 1:
                keys += draw(st.sampled_from([spelled[1], spelled[1].upper()]))
        return keys

    plain = [*onset, *nucleus, *coda]
    plain_cased = "".join(c.upper() if up else c for c, up in zip(plain, uppers, strict=True))
    head = keys_for(plain_cased[: len(onset) + len(nucleus)])
    tail = keys_for(plain_cased[len(onset) + len(nucleus) :])
    tone_key = draw(st.sampled_from([tone, tone.upper()])) if tone else ""
    keys = head + tone_key + tail if draw(st.booleans()) else head + tail + tone_key
    return syllable, keys


@settings(max_examples=1500)
@given(syllables())
def test_telex_spelling_composes_back_to_the_syllable(case: tuple[str, str]) -> None:
    syllable, keys = case
    assert compose(keys) == syllable


@settings(max_examples=1000)
@given(st.text(alphabet=string.printable, max_size=40))
def test_any_ascii_input_composes_to_nfc_and_never_grows(keys: str) -> None:
    result = compose(keys)
    assert unicodedata.is_normalized("NFC", result)
    assert len(result) <= len(keys)


@settings(max_examples=1000)
@given(st.text(max_size=20), st.characters())
def test_any_text_and_key_give_nfc(word: str, key: str) -> None:
    assert unicodedata.is_normalized("NFC", telex_key(word, key))


@settings(max_examples=500)
@given(st.text(alphabet="bcghiklmnpqtuvy BCGHIKLMNPQTUVY,.0123456789", max_size=30))
def test_text_without_telex_keys_is_unchanged(keys: str) -> None:
    assert compose(keys) == keys


@settings(max_examples=500)
@given(
    st.text(alphabet=string.ascii_letters, max_size=15), st.sampled_from(list(" ,.-/0123456789@"))
)
def test_non_letters_pass_through(keys: str, key: str) -> None:
    before = compose(keys)
    assert telex_key(before, key) == before + key


@settings(max_examples=500)
@given(
    st.text(max_size=15),
    st.text(alphabet=string.ascii_letters, max_size=8),
    st.sampled_from(string.ascii_letters),
)
def test_a_key_changes_only_the_last_word(prefix: str, word: str, key: str) -> None:
    head = unicodedata.normalize("NFC", prefix + " ")
    assert telex_key(head + compose(word), key).startswith(head)


# Unikey's way for a whole word: composed while it can be Vietnamese, the keys once not.


@settings(max_examples=1500)
@given(syllables())
def test_a_word_typed_the_telex_way_composes_whole(case: tuple[str, str]) -> None:
    syllable, keys = case  # the tone right after the vowel group or at the end
    assert compose_word(keys) == syllable


@pytest.mark.parametrize(
    "keys",
    [
        "karaoke",
        "taxi",
        "visa",
        "wifi",
        "cafe",
        "email",
        "Facebook",
        "Zalo",
        "online",
        "website",
        "password",
        "https",
        "gmail",
        "VNeID",
    ],
)
def test_a_word_that_cannot_be_vietnamese_keeps_the_keys_as_typed(keys: str) -> None:
    assert compose_word(keys) == keys


@pytest.mark.parametrize(
    ("keys", "expected"),
    [("aa", "â"), ("aaa", "aa"), ("ass", "as"), ("dd", "đ"), ("ddd", "dd"), ("oww", "ow")],
)
def test_a_key_twice_undoes_it_also_in_a_whole_word(keys: str, expected: str) -> None:
    assert compose_word(keys) == expected


@pytest.mark.parametrize(
    ("keys", "old", "new"),
    [
        ("hoaf", "hòa", "hoà"),
        ("hoef", "hòe", "hoè"),
        ("thuyr", "thủy", "thuỷ"),
        ("hoanf", "hoàn", "hoàn"),  # closed: the second vowel either way
        ("muaf", "mùa", "mùa"),  # not one of oa, oe, uy
        ("khoer", "khỏe", "khoẻ"),
    ],
)
def test_the_tone_of_oa_oe_uy_goes_where_the_office_writes_it(
    keys: str, old: str, new: str
) -> None:
    assert (compose_word(keys, "old"), compose_word(keys, "new")) == (old, new)


def test_the_tone_moves_to_the_right_vowel_as_the_word_grows() -> None:
    assert [compose_word(k) for k in ("hoaf", "hoafn", "hoafng")] == ["hòa", "hoàn", "hoàng"]
    # a letter no Vietnamese syllable takes there gives the keys back, to type on plainly
    assert [compose_word(k) for k in ("tuyeets", "tuyeetsn")] == ["tuyết", "tuyeetsn"]


@settings(max_examples=1000)
@given(st.text(alphabet=string.ascii_letters, min_size=1, max_size=12))
def test_a_word_is_either_its_keys_or_a_vietnamese_syllable(keys: str) -> None:
    word = compose_word(keys)
    assert word == keys or is_syllable(word) or compose(keys) == word
    assert unicodedata.is_normalized("NFC", word) and len(word) <= len(keys)
