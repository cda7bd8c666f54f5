"""Accent-insensitive procedure search: folding, matching, ranking, untrusted queries.

Expected results come from the demo catalogue read by eye (simulators/data/province.json), from
small catalogues written here, and from an oracle in this file: a Vietnamese alphabet built
letter by letter with the plain letter each one stands for, and a word-by-word matcher
written from the rules, not from the module.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.domain.model import Procedure, ServiceField
from kiosk.input.text_search import MAX_QUERY_CHARS, ProcedureIndex, fold
from simulators.province_api import DEFAULT_SEED

# --- the Vietnamese alphabet and what each letter folds to, written out -------------------

PLAIN_VOWELS = {
    "a": "a",
    "ă": "a",
    "â": "a",
    "e": "e",
    "ê": "e",
    "i": "i",
    "o": "o",
    "ô": "o",
    "ơ": "o",
    "u": "u",
    "ư": "u",
    "y": "y",
}
TONE_MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
CONSONANTS = "bcdghklmnpqrstvx"
PLAIN: dict[str, str] = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}  # eth: the usual typo
for _vowel, _plain in PLAIN_VOWELS.items():
    for _tone in TONE_MARKS:
        _letter = unicodedata.normalize("NFC", _vowel + _tone)
        PLAIN[_letter] = PLAIN[_letter.upper()] = _plain
for _consonant in CONSONANTS + "fjwz":
    PLAIN[_consonant] = PLAIN[_consonant.upper()] = _consonant
VIETNAMESE_LETTERS = sorted(set(PLAIN) - {"ð", "Ð"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def plain(text: str) -> str:
    """The oracle's fold: each letter by the table, anything else lower-cased as it is."""
    return "".join(PLAIN.get(c, c.lower()) for c in nfc(text))


def plain_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:\.[a-z0-9]+)*", plain(text))


def test_alphabet_is_complete() -> None:
    assert len(VIETNAMESE_LETTERS) == 2 * (12 * 6 + 1 + len(CONSONANTS) + 4)
    assert all(len(letter) == 1 for letter in VIETNAMESE_LETTERS)


# --- the demo catalogue ------------------------------------------------------------------

_DEMO = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
DEMO = [Procedure.model_validate(p) for p in _DEMO["procedures"]]
DEMO_FIELDS = [ServiceField.model_validate(f) for f in _DEMO["fields"]]
DEMO_INDEX = ProcedureIndex(DEMO, DEMO_FIELDS, synonyms={}, fillers=())
"""The demo catalogue searched for the words as typed (no everyday words replaced, none left
out): what the oracle below knows."""
FIELD_NAMES = {f.id: f"{f.name} {f.name_en}" for f in DEMO_FIELDS}


def codes(procedures: list[Procedure]) -> list[str]:
    return [p.code for p in procedures]


def test_the_oracle_knows_every_letter_of_the_demo_catalogue() -> None:
    for p in DEMO:
        text = plain(f"{p.name} {p.name_en} {FIELD_NAMES[p.field_id]}")
        assert all(c.isascii() for c in text if c.isalnum()), text


# --- fold ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đăng ký khai sinh", "dang ky khai sinh"),
        ("ĐĂNG KÝ KHAI SINH", "dang ky khai sinh"),
        ("Ðăng ký", "dang ky"),  # U+00D0, Icelandic eth
        ("ðường", "duong"),  # U+00F0
        ("Trường Sơn", "truong son"),
        ("hoá", "hoa"),
        ("hóa", "hoa"),
        ("thuỷ", "thuy"),
        ("thủy", "thuy"),
        ("ếch ờ ẫ ặ ự", "ech o a a u"),  # letters with two marks
        ("1.001193", "1.001193"),
        ("", ""),
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert fold(nfd(text)) == expected


vietnamese_text = st.text(
    st.sampled_from([*VIETNAMESE_LETTERS, " ", "0", "9", ",", "-"]), max_size=40
)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(), vietnamese_text))
def test_fold_is_idempotent_and_leaves_no_mark_and_no_d_stroke(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.category(c).startswith("M") for c in folded)
    assert not {"đ", "Đ", "ð", "Ð"} & set(folded)
    assert fold(nfc(text)) == fold(nfd(text)) == folded


@settings(max_examples=2000, deadline=None)
@given(vietnamese_text)
def test_fold_of_vietnamese_is_the_plain_letters_whatever_the_case(text: str) -> None:
    assert fold(text) == fold(text.upper()) == fold(text.lower()) == plain(text)


@settings(max_examples=1000, deadline=None)
@given(vietnamese_text, st.data())
def test_fold_takes_eth_for_d_stroke(text: str, data: st.DataObject) -> None:
    typo = "".join(
        data.draw(st.sampled_from(["Ð", "Đ"]))
        if c == "Đ"
        else data.draw(st.sampled_from(["ð", "đ"]))
        if c == "đ"
        else c
        for c in text
    )
    assert fold(typo) == fold(text)


# --- matching on the demo catalogue ---------------------------------------------------------

BIRTH = ["1.001193", "1.004884", "1.011536"]  # khai sinh; lại khai sinh; Liên thông: … khai sinh


@pytest.mark.parametrize(
    "query",
    [
        "dang ky khai sinh",
        "Đăng ký khai sinh",
        "DANG KY KHAI SINH",
        "đăng ky khai sinh",
        "ĐĂNG KÝ KHAI SINH",
        "Ðăng ký khai sinh",
        "ðăng ký khai sinh",
        "  dang   ky, khai-sinh ",
    ],
)
def test_every_spelling_finds_birth_registration(query: str) -> None:
    assert codes(DEMO_INDEX.search(query)) == BIRTH
    assert codes(DEMO_INDEX.search(nfd(query))) == BIRTH


def test_typing_finds_it_at_every_keystroke() -> None:
    query = "Đăng ký khai sinh"
    for end in range(1, len(query) + 1):
        found = codes(DEMO_INDEX.search(query[:end]))
        assert "1.001193" in found, query[:end]
    # names starting "dang ky kh": khai sinh, khai tử, in catalogue order
    assert codes(DEMO_INDEX.search("dang ky kh"))[:2] == ["1.001193", "1.000656"]


def test_words_in_any_order() -> None:
    # in this order only in "Liên thông: Đăng ký khai sinh – Đăng ký thường trú – …"
    assert codes(DEMO_INDEX.search("khai sinh dang ky")) == ["1.011536", "1.001193", "1.004884"]


def test_old_and_new_tone_placement_find_each_other() -> None:
    assert codes(DEMO_INDEX.search("thỏa thuận")) == ["2.001009"]  # written "thoả"
    assert codes(DEMO_INDEX.search("thoả thuận")) == ["2.001009"]
    assert codes(DEMO_INDEX.search("hoà giải")) == ["2.000381"]  # written "Hòa"
    index = ProcedureIndex(
        [procedure("1.1", "Quản lý công trình thuỷ lợi"), procedure("1.2", "Cấp phép thủy sản")]
    )
    assert codes(index.search("thủy")) == ["1.1", "1.2"]  # both agree on the hook above
    assert codes(index.search("THUỶ LỢI")) == ["1.1"]


def test_english_name_and_code() -> None:
    # "Birth registration" starts so; "Re-registration of a birth"; "Linked service: birth…"
    assert codes(DEMO_INDEX.search("birth")) == BIRTH
    assert codes(DEMO_INDEX.search("1.0011")) == ["1.001193"]
    assert codes(DEMO_INDEX.search("2.0007")) == [
        "2.000720",
        "2.000725",
        "2.000726",
        "2.000783",
        "2.000744",
    ]


def test_field_filter() -> None:
    # starting "dang ky": thường trú, tạm trú; then "Xóa đăng ký thường trú"
    assert codes(DEMO_INDEX.search("dang ky", field_id="cu-tru")) == [
        "1.004194",
        "1.004222",
        "1.004205",
    ]
    assert DEMO_INDEX.search("dang ky", field_id="no-such-field") == []
    everything = DEMO_INDEX.search("", field_id="xay-dung")
    assert codes(everything) == [p.code for p in DEMO if p.field_id == "xay-dung"]


def test_field_name_is_searched_after_names() -> None:
    found = DEMO_INDEX.search("xay dung")
    in_field = [p.code for p in DEMO if p.field_id == "xay-dung"]
    assert sorted(codes(found)) == sorted(in_field)
    # four have "xây dựng" in the name; "Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng
    # lẻ" only in its field's name, so it comes last
    assert codes(found) == ["1.009994", "1.009998", "1.010000", "1.009999", "1.009997"]


def test_empty_query_and_limit() -> None:
    assert DEMO_INDEX.search("") == DEMO
    assert DEMO_INDEX.search(" \t,;- ") == DEMO
    assert DEMO_INDEX.search("", limit=3) == DEMO[:3]
    assert codes(DEMO_INDEX.search("dang ky khai sinh", limit=1)) == ["1.001193"]
    assert DEMO_INDEX.search("dang", limit=0) == []
    assert DEMO_INDEX.search("dang", limit=-1) == []
    assert DEMO_INDEX.search("zzz") == []


def test_untrusted_queries() -> None:
    assert codes(DEMO_INDEX.search("dang\tky\nkhai\r\nsinh")) == BIRTH  # white space splits
    assert codes(DEMO_INDEX.search("dang ky kh\x00ai si\x1bnh\u200b")) == BIRTH  # ignored
    assert codes(DEMO_INDEX.search("dang ky khai sinh " * 50)) == BIRTH
    assert DEMO_INDEX.search("x" * 1_000_000) == []
    assert DEMO_INDEX.search("\ud800dang\udfff") == DEMO_INDEX.search("dang")
    # only the first MAX_QUERY_CHARS characters count
    assert codes(DEMO_INDEX.search(" " * (MAX_QUERY_CHARS - 4) + "birth")) == codes(
        DEMO_INDEX.search("birt")
    )


# --- ranking on small catalogues -----------------------------------------------------------


def procedure(code: str, name: str, name_en: str | None = None, field_id: str = "f") -> Procedure:
    return Procedure(
        id=code.replace(".", "-"), code=code, name=name, name_en=name_en, field_id=field_id
    )


def test_tiers_start_then_in_order_then_in_name_then_elsewhere() -> None:
    catalogue = [
        procedure("1.4", "Cấp thẻ", field_id="giay"),  # "giay" only in its field's name
        procedure("1.3", "Giấy phép được cấp lại"),  # both words, out of order
        procedure("1.2", "Hướng dẫn cấp mới giấy phép"),  # in order, not at the start
        procedure("1.1", "Cấp giấy phép xây dựng"),  # starts with the query
    ]
    fields = [
        ServiceField(id="giay", name="Giấy tờ", queue_prefix="G"),
        ServiceField(id="f", name="Khác", queue_prefix="K"),
    ]
    index = ProcedureIndex(catalogue, fields)
    assert codes(index.search("cap giay")) == ["1.1", "1.2", "1.3", "1.4"]
    assert codes(index.search("CẤP GIẤY")) == ["1.1", "1.2", "1.3", "1.4"]
    assert codes(index.search("cap gi")) == ["1.1", "1.2", "1.3", "1.4"]


def test_english_names_rank_like_vietnamese_ones() -> None:
    catalogue = [
        procedure("1.1", "Đăng ký lại khai sinh", "Re-registration of a birth"),
        procedure("1.2", "Đăng ký khai sinh", "Birth registration"),
    ]
    index = ProcedureIndex(catalogue)
    assert codes(index.search("birth")) == ["1.2", "1.1"]
    assert codes(index.search("registration birth")) == ["1.1", "1.2"]  # in order in 1.1


def test_agreeing_diacritics_rank_first_within_a_tier() -> None:
    catalogue = [
        procedure("1.1", "Kinh doanh hoa quả"),
        procedure("1.2", "Kinh doanh hóa chất"),
        procedure("1.3", "Kinh doanh hoá phẩm"),
    ]  # old tone placement
    index = ProcedureIndex(catalogue)
    assert codes(index.search("hoa")) == ["1.1", "1.2", "1.3"]  # no diacritics: catalogue
    assert codes(index.search("hóa")) == ["1.2", "1.3", "1.1"]
    assert codes(index.search("hoá")) == ["1.2", "1.3", "1.1"]
    assert codes(index.search("hó")) == ["1.2", "1.3", "1.1"]  # the tone typed so far
    assert codes(index.search("kinh doanh hóa")) == ["1.2", "1.3", "1.1"]
    assert codes(index.search("kinh doanh hóa q")) == ["1.1"]
    assert codes(index.search("KINH DOANH HÓA")) == ["1.2", "1.3", "1.1"]


def test_a_tone_not_typed_yet_is_no_disagreement() -> None:
    # Telex types "chất" as c-h-a-a-t-s: "cha" is on the way to it
    index = ProcedureIndex([procedure("1.1", "Hóa chất"), procedure("1.2", "Hóa cha")])
    assert codes(index.search("hóa cha")) == ["1.1", "1.2"]  # a tie: catalogue order
    assert codes(index.search("hòa cha")) == ["1.1", "1.2"]  # neither agrees on "hòa"
    index = ProcedureIndex([procedure("1.1", "Hóa cha"), procedure("1.2", "Hóa chất")])
    assert codes(index.search("hóa chấ")) == ["1.2", "1.1"]  # "cha" cannot become "chấ…"


def test_more_agreeing_words_rank_higher() -> None:
    catalogue = [procedure("1.1", "Ma la"), procedure("1.2", "Má la"), procedure("1.3", "Má lá")]
    index = ProcedureIndex(catalogue)
    assert codes(index.search("má lá")) == ["1.3", "1.2", "1.1"]
    assert codes(index.search("ma la")) == ["1.1", "1.2", "1.3"]


def test_a_tier_outranks_diacritics() -> None:
    catalogue = [procedure("1.1", "Kinh doanh hóa chất"), procedure("1.2", "Hoa quả")]
    assert codes(ProcedureIndex(catalogue).search("hóa")) == ["1.2", "1.1"]


def test_same_rank_keeps_catalogue_order() -> None:
    catalogue = [procedure(f"1.{n}", f"Đăng ký việc {n}") for n in range(9, 0, -1)]
    assert codes(ProcedureIndex(catalogue).search("dang ky")) == [f"1.{n}" for n in range(9, 0, -1)]


def test_many_repeated_words_are_checked_in_order_without_backtracking() -> None:
    # a backtracking matcher tries every way to place 45 "a"s among 90 words: it never ends
    catalogue = [
        procedure("1.1", "Bắt " + "ăn " * 90),
        procedure("1.2", "Có " + "ăn " * 90 + "bắt"),
    ]
    query = "a " * 45 + "b"
    assert codes(ProcedureIndex(catalogue).search(query)) == ["1.2", "1.1"]


def test_empty_catalogue() -> None:
    index = ProcedureIndex([])
    assert index.search("") == []
    assert index.search("dang ky") == []


# --- properties ----------------------------------------------------------------------------


ONSETS_BEFORE_Y = "b c ch d g gh h k kh l m n ng nh p ph qu r s t th tr v x".split()


def one_spelling(word: str) -> str:
    """A Vietnamese syllable of an initial consonant and y, spelled with i (ký = kí)."""
    return word[:-1] + "i" if word[-1:] == "y" and word[:-1] in ONSETS_BEFORE_Y else word


def oracle_words(p: Procedure) -> tuple[list[str], list[str], list[str]]:
    """Folded words of the Vietnamese name, the English name, and the rest searched (the
    Vietnamese ones with one spelling of i/y)."""
    return (
        [one_spelling(word) for word in plain_words(p.name)],
        plain_words(p.name_en or ""),
        [
            *plain_words(p.code),
            *(one_spelling(word) for word in plain_words(FIELD_NAMES[p.field_id])),
        ],
    )


def oracle_tier(words: list[str], p: Procedure) -> int | None:
    """0 name starts so, 1 in order in a name, 2 in a name, 3 elsewhere, None no match."""
    vi, en, rest = oracle_words(p)

    def has(word: str, where: list[str]) -> bool:
        return any(w.startswith((word, one_spelling(word))) for w in where)

    def in_order(name: list[str]) -> bool:
        position = 0
        for word in words:
            position = next(
                (
                    i + 1
                    for i in range(position, len(name))
                    if name[i].startswith((word, one_spelling(word)))
                ),
                -1,
            )
            if position < 0:
                return False
        return True

    if not all(has(w, vi + en + rest) for w in words):
        return None
    names = [name for name in (vi, en) if all(has(w, name) for w in words)]
    spelled = (" ".join(words), " ".join(map(one_spelling, words)))
    if any(" ".join(name).startswith(spelled) for name in names):
        return 0
    if any(in_order(name) for name in names):
        return 1
    return 2 if names else 3


DEMO_WORDS = sorted({w for p in DEMO for kind in oracle_words(p) for w in kind})
DEMO_SPELLINGS = sorted({w for p in DEMO for w in re.findall(r"[\w.]+", p.name.lower())})


@st.composite
def demo_queries(draw: st.DrawFn) -> str:
    """One to three words of the demo catalogue, each cut short, spelled with or without
    diacritics, in any case."""
    words = draw(st.lists(st.sampled_from(DEMO_WORDS + DEMO_SPELLINGS), min_size=1, max_size=3))
    cut = [w[: draw(st.integers(1, len(w)))] for w in words]
    case = draw(st.sampled_from([str.lower, str.upper, str.title]))
    return draw(st.sampled_from([" ", "  ", ", "])).join(case(w) for w in cut)


@settings(max_examples=1000, deadline=None)
@given(demo_queries())
@example("m quy")  # "quy" is the start of "quyền" and the spelling "quí" of "quý"
def test_matches_and_their_order_agree_with_the_oracle(query: str) -> None:
    words = plain_words(query)
    found = DEMO_INDEX.search(query)
    tiers = {p.code: oracle_tier(words, p) for p in DEMO}
    expected = sorted(code for code, tier in tiers.items() if tier is not None)
    if not expected:  # then what comes nearest (tests/test_search_evaluation.py)
        return
    assert sorted(codes(found)) == expected
    ranks = [tiers[p.code] for p in found]
    assert ranks == sorted(ranks)  # type: ignore[type-var]
    if plain(query) == query.lower():  # no diacritics: catalogue order within a tier
        order = {p.code: n for n, p in enumerate(DEMO)}
        assert found == sorted(found, key=lambda p: (tiers[p.code], order[p.code]))


TRANSFORMS: list[Callable[[str], str]] = [
    str.lower,
    str.upper,
    str.title,
    nfd,
    plain,
    lambda s: s.replace("Đ", "Ð").replace("đ", "ð"),
    lambda s: nfd(s.upper()),
]


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(DEMO), st.sampled_from(TRANSFORMS), st.data())
def test_a_procedure_finds_itself_by_its_name_as_typed(
    target: Procedure, transform: Callable[[str], str], data: st.DataObject
) -> None:
    name = target.name[: data.draw(st.integers(1, len(target.name)))]
    assert target in DEMO_INDEX.search(transform(name))
    assert target in DEMO_INDEX.search(transform(name), field_id=target.field_id)


vietnamese_names = st.text(
    st.sampled_from([*VIETNAMESE_LETTERS, " ", ",", "0"]), min_size=1, max_size=60
).filter(lambda s: any(c.isalnum() for c in s))


@settings(max_examples=300, deadline=None)
@given(st.lists(vietnamese_names, min_size=1, max_size=8), st.data())
def test_made_up_procedures_find_themselves(names: list[str], data: st.DataObject) -> None:
    catalogue = [procedure(f"1.{n}", name) for n, name in enumerate(names)]
    index = ProcedureIndex(catalogue)
    target = data.draw(st.sampled_from(catalogue))
    transform = data.draw(st.sampled_from(TRANSFORMS))
    assert target in index.search(transform(target.name))
    first = index.search(target.name)[0]  # a name that starts as the target's does
    assert " ".join(plain_words(first.name)).startswith(" ".join(plain_words(target.name)))


@settings(max_examples=1000, deadline=None)
@given(
    st.text(), st.sampled_from([None, "ho-tich", "none"]), st.one_of(st.none(), st.integers(-2, 60))
)
def test_any_text_is_a_query_that_does_not_raise(
    query: str, field_id: str | None, limit: int | None
) -> None:
    found = DEMO_INDEX.search(query, field_id=field_id, limit=limit)
    assert (
        found
        == DEMO_INDEX.search(query, field_id=field_id)[
            : max(limit, 0) if limit is not None else None
        ]
    )
    assert all(p in DEMO for p in found)
    assert field_id is None or all(p.field_id == field_id for p in found)
