"""Form values: every field type parsed from what a citizen types, or a problem code."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.model import FormField, FormOption, ServiceForm
from kiosk.input.scans import CitizenId, classify
from kiosk.services.forms import (
    NUMBER_LIMIT,
    TEXT_LIMIT,
    FieldProblem,
    RawValue,
    clean_text,
    format_value,
    parse_value,
    prefill_from_citizen_id,
    validate_form,
)
from simulators.province_api import DEFAULT_SEED
from simulators.province_store import SimulatorError, check_form_data

TODAY = date(2026, 11, 20)
SEED = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
FORMS = {form["id"]: ServiceForm.model_validate(form) for form in SEED["forms"]}
MARITAL = FORMS["to-khai-xac-nhan-tinh-trang-hon-nhan"]
CARD_QR = (
    "048186000123|201234567|Nguyễn Thị Hoa|14051986|Nữ|"
    "45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng|10032021"
)

FIELDS = {
    "text": FormField(id="ho_ten", label="Họ tên", type="text", required=True, max_length=100),
    "number": FormField(id="so_ban", label="Số bản", type="number", required=True, min=1, max=10),
    "date": FormField(id="ngay_sinh", label="Ngày sinh", type="date", required=True),
    "select": FormField(
        id="gioi_tinh",
        label="Giới tính",
        type="select",
        required=True,
        options=(FormOption(value="nam", label="Nam"), FormOption(value="nu", label="Nữ")),
    ),
    "checkbox": FormField(id="cam_doan", label="Cam đoan", type="checkbox", required=True),
    "phone": FormField(
        id="dien_thoai", label="Điện thoại", type="phone", required=True, max_length=12
    ),
    "cccd": FormField(id="so_dinh_danh", label="Số định danh", type="cccd", required=True),
}


def parse(kind: str, raw: RawValue, **changes: Any) -> Any:
    field = FIELDS[kind].model_copy(update=changes) if changes else FIELDS[kind]
    return parse_value(field, raw, today=TODAY)


def province_accepts(field: FormField, value: Any) -> None:
    """The simulator's check of a submission's data, for one field."""
    check_form_data({"fields": [field.model_dump(mode="json")]}, {field.id: value})


def ok(kind: str, raw: RawValue, value: Any, **changes: Any) -> Any:
    """A case of an accepted input: the field (with ``changes``), what is typed, the value."""
    return pytest.param(kind, raw, value, changes, id=f"{kind}-{raw!r}")


@pytest.mark.parametrize(
    ("kind", "raw", "value", "changes"),
    [
        ok("text", "  Nguyễn\u00a0 Thị\n\tHoa \u200b", "Nguyễn Thị Hoa"),
        ok("text", "Nguye\u0302\u0303n", "Nguyễn"),  # decomposed input comes out NFC
        ok("text", "A\x00B\x1b\ufeffC", "ABC"),
        ok("text", "A\ud800B\U000f0000", "AB"),  # a lone surrogate; private use
        ok("text", "x" * 100, "x" * 100),
        ok("number", "2", 2),
        ok("number", " 1 0 ", 10),
        ok("number", "03", 3),
        ok("number", "2,0", 2),
        ok("number", "1.000", 1000, max=None),
        ok("number", "1.234.567", 1234567, max=None),
        ok("number", "-5", -5, min=None),
        ok("date", "14/05/1986", "1986-05-14"),
        ok("date", "4/5/1986", "1986-05-04"),
        ok("date", "04-05-1986", "1986-05-04"),
        ok("date", "04.05.1986", "1986-05-04"),
        ok("date", "14 / 05 / 1986", "1986-05-14"),
        ok("date", "14051986", "1986-05-14"),
        ok("date", "29/02/2024", "2024-02-29"),
        ok("date", "20/11/2026", "2026-11-20"),  # today is not in the future
        ok("select", "nu", "nu"),
        ok("checkbox", True, True),
        ok("checkbox", "true", True),
        ok("checkbox", "1", True),
        ok("checkbox", False, False, required=False),
        ok("checkbox", "yes", False, required=False),
        ok("phone", "0905 123 456", "0905123456"),
        ok("phone", "0905.123.456", "0905123456"),
        ok("phone", "+84 905 123 456", "0905123456"),
        ok("phone", "(+84) 905-123-456", "0905123456"),
        ok("phone", "0236 3821 155", "02363821155"),
        ok("phone", "+84 236 3821 155", "02363821155"),
        ok("cccd", "048186000123", "048186000123"),
        ok("cccd", "048 186 000 123", "048186000123"),
        ok("cccd", "001226000001", "001226000001"),  # born 2026: 2000s digit, this year
    ],
)
def test_accepted_values(kind: str, raw: RawValue, value: Any, changes: dict[str, Any]) -> None:
    field = FIELDS[kind].model_copy(update=changes)
    assert parse_value(field, raw, today=TODAY) == value
    province_accepts(field, value)


@pytest.mark.parametrize(
    ("kind", "raw", "problem"),
    [
        ("text", "", FieldProblem("required")),
        ("text", " \n\t\u200b ", FieldProblem("required")),
        ("text", "x" * 101, FieldProblem("too_long", limit=100)),
        ("number", "hai", FieldProblem("not_a_number")),
        ("number", "1.5", FieldProblem("not_a_number")),  # "." groups thousands
        ("number", "1,000.5", FieldProblem("not_a_number")),
        ("number", "--1", FieldProblem("not_a_number")),
        ("number", "2,5", FieldProblem("not_whole")),
        ("number", "0", FieldProblem("out_of_range", low=1, high=10)),
        ("number", "11", FieldProblem("out_of_range", low=1, high=10)),
        ("number", "1.000", FieldProblem("out_of_range", low=1, high=10)),
        ("date", "1986-05-14", FieldProblem("bad_date")),
        ("date", "31/02/2020", FieldProblem("bad_date")),
        ("date", "14/13/1986", FieldProblem("bad_date")),
        ("date", "14/05/86", FieldProblem("bad_date")),
        ("date", "14/05-1986", FieldProblem("bad_date")),
        ("date", "01/01/1899", FieldProblem("bad_date")),
        ("date", "21/11/2026", FieldProblem("future_date")),
        ("select", "khac", FieldProblem("unknown_option")),
        ("select", "Nữ", FieldProblem("unknown_option")),  # the value, not the label
        ("checkbox", False, FieldProblem("must_accept")),
        ("checkbox", "", FieldProblem("must_accept")),
        ("phone", "12345", FieldProblem("bad_phone")),
        ("phone", "0105123456", FieldProblem("bad_phone")),  # no such mobile prefix
        ("phone", "090512345", FieldProblem("bad_phone")),
        ("phone", "09051234567", FieldProblem("bad_phone")),  # a mobile has 10 digits
        ("phone", "+840905123456", FieldProblem("bad_phone")),
        ("phone", "84905123456", FieldProblem("bad_phone")),
        ("cccd", "04818600012", FieldProblem("bad_cccd")),
        ("cccd", "04818600012a", FieldProblem("bad_cccd")),
        ("cccd", "000186000123", FieldProblem("bad_cccd")),  # 000 is no province
        ("cccd", "048427000123", FieldProblem("bad_cccd")),  # born 2127
        ("cccd", "001227000001", FieldProblem("bad_cccd")),  # born next year
    ],
)
def test_refused_values_name_the_problem(kind: str, raw: RawValue, problem: FieldProblem) -> None:
    assert parse(kind, raw) == problem


def test_empty_optional_fields_are_none_and_the_province_takes_them() -> None:
    for kind, field in FIELDS.items():
        optional = field.model_copy(update={"required": False})
        value = parse_value(optional, "", today=TODAY)
        assert value is (False if kind == "checkbox" else None)
        province_accepts(optional, value)


def test_a_text_without_max_length_is_capped_at_the_api_limit() -> None:
    assert parse("text", "x" * TEXT_LIMIT, max_length=None) == "x" * TEXT_LIMIT
    assert parse("text", "x" * (TEXT_LIMIT + 1), max_length=None) == FieldProblem(
        "too_long", limit=TEXT_LIMIT
    )


def test_a_number_without_bounds_stays_exact_in_json() -> None:
    assert parse("number", str(NUMBER_LIMIT), min=None, max=None) == NUMBER_LIMIT
    assert parse("number", str(NUMBER_LIMIT + 1), min=None, max=None) == FieldProblem(
        "out_of_range", low=-NUMBER_LIMIT, high=NUMBER_LIMIT
    )
    assert parse("number", "9" * 5000, min=None, max=None).kind == "out_of_range"


def test_dates_are_bounded_by_the_given_day() -> None:
    field = FIELDS["date"]
    assert parse_value(field, "21/11/2026", today=TODAY + timedelta(days=1)) == "2026-11-21"
    assert parse_value(field, "01/01/2000") == "2000-01-01"  # default: the computer's today


def test_a_whole_form_gives_values_or_problems_by_field_id() -> None:
    raw: dict[str, RawValue] = {
        "ho_ten": " Nguyễn Thị Hoa ",
        "ngay_sinh": "14/5/1986",
        "gioi_tinh": "nu",
        "so_dinh_danh": "048186000123",
        "noi_cu_tru": "45 Trần Phú, Hải Châu, Đà Nẵng",
        "tinh_trang_hon_nhan": "chua-ket-hon",
        "muc_dich": "Để đăng ký kết hôn",
        "so_ban": "2",
        "dien_thoai": "0905 123 456",
        "cam_doan": True,
        "la_gi": "bỏ qua",
    }
    values, problems = validate_form(MARITAL, raw, today=TODAY)
    assert problems == {}
    assert set(values) == {field.id for field in MARITAL.fields}
    assert values["ngay_sinh"] == "1986-05-14" and values["so_ban"] == 2
    check_form_data(MARITAL.model_dump(mode="json"), values)

    values, problems = validate_form(
        MARITAL, {**raw, "so_ban": "9", "cam_doan": False, "ngay_sinh": ""}, today=TODAY
    )
    assert problems == {
        "so_ban": FieldProblem("out_of_range", low=1, high=5),
        "cam_doan": FieldProblem("must_accept"),
        "ngay_sinh": FieldProblem("required"),
    }
    assert "so_ban" not in values and values["ho_ten"] == "Nguyễn Thị Hoa"


def test_fields_missing_from_the_input_count_as_empty() -> None:
    _, problems = validate_form(MARITAL, {}, today=TODAY)
    assert set(problems) == {field.id for field in MARITAL.fields if field.required}
    assert {problem.kind for problem in problems.values()} == {"required", "must_accept"}


def card() -> CitizenId:
    scan = classify(CARD_QR, today=TODAY)
    assert isinstance(scan, CitizenId)
    return scan


def test_the_id_card_fills_only_the_fields_marked_for_it() -> None:
    filled = prefill_from_citizen_id(MARITAL, card())
    assert filled == {
        "ho_ten": "Nguyễn Thị Hoa",
        "ngay_sinh": "14/05/1986",
        "gioi_tinh": "nu",
        "so_dinh_danh": "048186000123",
        "noi_cu_tru": "45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
    }
    values, problems = validate_form(MARITAL, filled, today=TODAY)
    assert set(problems) == {
        "tinh_trang_hon_nhan",
        "muc_dich",
        "so_ban",
        "dien_thoai",
        "cam_doan",
    }  # what the card cannot know
    assert values["ngay_sinh"] == "1986-05-14"
    # a birth form is about a child: nothing of the parent's card goes into it unasked
    assert prefill_from_citizen_id(FORMS["to-khai-khai-sinh"], card()) == {}


def test_a_card_that_gives_only_the_year_of_birth_prefills_no_birth_date() -> None:
    born = CARD_QR.split("|")[3]
    year_only = classify(CARD_QR.replace(f"|{born}|", f"|0000{born[4:]}|"), today=TODAY)
    assert isinstance(year_only, CitizenId) and year_only.birth_known == "year"
    filled = prefill_from_citizen_id(MARITAL, year_only)
    assert "ngay_sinh" not in filled and filled["ho_ten"] == "Nguyễn Thị Hoa"


def test_gender_maps_onto_the_option_labelled_nam_or_nu() -> None:
    male = classify(
        "048090000125|Trần Văn Bình|01021990|NAM|Hải Châu, Đà Nẵng|01012021", today=TODAY
    )
    assert isinstance(male, CitizenId)
    field = FIELDS["select"].model_copy(update={"prefill": "gender"})
    assert prefill_from_citizen_id([field], male) == {"gioi_tinh": "nam"}
    assert prefill_from_citizen_id([field], card()) == {"gioi_tinh": "nu"}
    other = field.model_copy(update={"options": (FormOption(value="x", label="Khác"),)})
    assert prefill_from_citizen_id([other], card()) == {}  # no option fits: left for the citizen


# -- properties: no input makes a parser raise; what is accepted round-trips -----------------

TEXTS = st.text(st.characters(codec="utf-8"), max_size=120) | st.text(max_size=120)


def near_valid(kind: str) -> st.SearchStrategy[Any]:
    """Inputs shaped like what a citizen types for ``kind``, and arbitrary text."""
    shaped: dict[str, st.SearchStrategy[Any]] = {
        "text": st.text(max_size=140),
        "number": st.from_regex(r"-?[0-9 .,]{0,24}", fullmatch=True)
        | st.integers(-(10**20), 10**20).map(str),
        "date": st.dates(date(1850, 1, 1), date(2100, 1, 1)).flatmap(
            lambda d: st.sampled_from(
                [
                    f"{d.day}/{d.month}/{d.year}",
                    f"{d.day:02d}/{d.month:02d}/{d.year}",
                    f"{d.day:02d}{d.month:02d}{d.year}",
                    f"{d.day}-{d.month}-{d.year}",
                ]
            )
        )
        | st.from_regex(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{1,4}", fullmatch=True),
        "select": st.sampled_from(["nam", "nu", " nu ", "Nam", "nữ"]),
        "checkbox": st.booleans() | st.sampled_from(["true", "1", "0", "on"]),
        "phone": st.from_regex(r"(\+84|0)?[0-9 .()-]{8,14}", fullmatch=True),
        "cccd": st.from_regex(r"[0-9 ]{10,15}", fullmatch=True),
    }
    return shaped[kind] | TEXTS


@pytest.mark.parametrize("kind", sorted(FIELDS))
@pytest.mark.parametrize("required", [True, False])
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parsers_never_raise_and_accepted_values_round_trip(
    kind: str, required: bool, data: st.DataObject
) -> None:
    field = FIELDS[kind].model_copy(update={"required": required})
    raw = data.draw(near_valid(kind))
    value = parse_value(field, raw, today=TODAY)
    if isinstance(value, FieldProblem):
        return
    assert parse_value(field, format_value(field, value), today=TODAY) == value
    try:
        province_accepts(field, value)
    except SimulatorError as refused:  # pragma: no cover - the failure message
        pytest.fail(f"the kiosk accepts {raw!r} as {value!r}; the province refuses: {refused}")
    json.dumps(value, ensure_ascii=False).encode()  # sendable: no lone surrogates


@settings(max_examples=1000, deadline=None)
@given(raw=TEXTS)
def test_clean_text_is_idempotent_nfc_and_trimmed(raw: str) -> None:
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert all(char == " " or char.isprintable() for char in cleaned)
