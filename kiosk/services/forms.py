"""Form values as citizens type them, made into what the province's API expects.

Whatever a citizen enters on the touchscreen arrives as text (a checkbox as a bool).
``parse_value`` turns one field's raw text into its typed value, or a :class:`FieldProblem`:
a code with parameters, never a sentence, so the screens word it in the citizen's language.
``validate_form`` does a whole form; ``prefill_from_citizen_id`` gives the raw text that the
applicant's ID card fills in; ``format_value`` turns a value back into such text.

The rules (whatever they accept, the province's ``check_form_data`` accepts too):

- Text is cleaned first: control, invisible-formatting, private-use and unassigned
  characters dropped, every run of white space (line breaks too) made one space, trimmed,
  NFC. An empty value is ``required`` for a required field, else the value None.
- text: at most ``max_length`` characters (``TEXT_LIMIT``, the API's cap, when unset).
- number: whole numbers in Vietnamese notation: "." groups thousands ("1.000"), "," is the
  decimal mark ("2,0"); a fraction that is not zero is ``not_whole``, and a "." not followed
  by exactly three digits is ``not_a_number``; then within ``min``..``max``.
- date: DD/MM/YYYY or D/M/YYYY (also with "-" or "." between), or DDMMYYYY as on the ID
  card; a real day in 1900 or later (``bad_date``). No date may lie after today
  (``future_date``): every date these forms ask for (birth, registration) is a past one, so
  the kiosk takes no future dates until the form schema gains a way to ask for one. The value
  is ISO ``YYYY-MM-DD``.
- select: an option's value (``unknown_option``).
- checkbox: True, or the text "true" or "1"; anything else is unticked. A required checkbox
  (a declaration) must be ticked (``must_accept``).
- phone: Vietnamese, with spaces, dots, dashes and brackets ignored: 10 digits for a mobile
  (03, 05, 07, 08, 09), 11 for a landline (02), with "+84" in place of the leading 0 if
  wanted. The value is the national form ``0…``.
- cccd: a personal ID number: 12 digits (spaces ignored) opening with a province code,
  whose century and year digits do not put the birth after this year (``bad_cccd``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from kiosk.domain.model import FormField, ServiceForm
from kiosk.input.scans import CitizenId, id_number_birth_year, id_number_problem

RawValue = str | bool
"""What a screen hands over for one field: the text typed, or a checkbox's state."""
FieldValue = str | int | bool | None
"""A field's value as the API takes it (None: not filled in)."""
ProblemKind = Literal[
    "required",
    "too_long",
    "not_a_number",
    "not_whole",
    "out_of_range",
    "bad_date",
    "future_date",
    "unknown_option",
    "must_accept",
    "bad_phone",
    "bad_cccd",
]

TEXT_LIMIT = 4000
"""The API's cap on any string value."""
NUMBER_LIMIT = 2**53 - 1
"""The largest whole number a JSON number holds exactly."""
EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field's input, for the screens to put into words.

    ``limit``: the most characters allowed (too_long); ``low``/``high``: the smallest and
    largest numbers allowed (out_of_range).
    """

    kind: ProblemKind
    limit: int | None = None
    low: float | None = None
    high: float | None = None


Fields = ServiceForm | Sequence[FormField]
"""A form, or fields without a form (such as the applicant's)."""

_DROPPED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_TICKED = frozenset({"true", "1"})
_NUMBER = re.compile(r"(-?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?")
_DATE = re.compile(r"(?P<d>[0-9]{1,2})(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})")
_CARD_DATE = re.compile(r"(?P<d>[0-9]{2})(?P<m>[0-9]{2})(?P<y>[0-9]{4})")
_PHONE = re.compile(r"0(?:[35789][0-9]{8}|2[0-9]{9})")
_PHONE_NOISE = str.maketrans("", "", " .-()")


def clean_text(raw: str) -> str:
    """``raw`` without control or invisible characters, white space runs made one space,
    trimmed, NFC."""
    kept = "".join(
        char for char in raw if char.isspace() or unicodedata.category(char) not in _DROPPED
    )
    return unicodedata.normalize("NFC", " ".join(kept.split()))


def parse_value(
    field: FormField, raw: RawValue, *, today: date | None = None
) -> FieldValue | FieldProblem:
    """One field's value from what the citizen entered, or what is wrong with it.

    ``today`` bounds dates (default: the computer's date). Never raises.
    """
    if field.type == "checkbox":
        ticked = raw is True or (isinstance(raw, str) and clean_text(raw).casefold() in _TICKED)
        return FieldProblem("must_accept") if field.required and not ticked else ticked
    text = clean_text(raw if isinstance(raw, str) else str(raw))
    if not text:
        return FieldProblem("required") if field.required else None
    return _PARSERS[field.type](field, text, today or date.today())


def format_value(field: FormField, value: FieldValue) -> str:
    """A value as the citizen would type it: what :func:`parse_value` reads back to it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if field.type == "date" and isinstance(value, str):
        return _format_date(date.fromisoformat(value))
    return str(value)


def validate_form(
    form: Fields,
    raw_values: Mapping[str, RawValue],
    *,
    today: date | None = None,
) -> tuple[dict[str, FieldValue], dict[str, FieldProblem]]:
    """Every field's value (by field id) and the problems of those that have one.

    A field missing from ``raw_values`` counts as left empty; ids the form does not have are
    ignored. The values are complete (every field) only when there are no problems.
    """
    today = today or date.today()
    values: dict[str, FieldValue] = {}
    problems: dict[str, FieldProblem] = {}
    for field in _fields(form):
        result = parse_value(field, raw_values.get(field.id, ""), today=today)
        if isinstance(result, FieldProblem):
            problems[field.id] = result
        else:
            values[field.id] = result
    return values, problems


def prefill_from_citizen_id(form: Fields, card: CitizenId) -> dict[str, str]:
    """The raw text the applicant's ID card gives the fields marked for it, by field id.

    Only fields whose ``prefill`` names a card datum the card has get one. Dates come as
    DD/MM/YYYY (a birth date only when the card gives its day); a
    select field gets the option whose label or value is the card's text (ignoring case:
    "Nam"/"Nữ" for gender), or nothing when no option is. The screens show these to the
    citizen to confirm before they fill the form.
    """
    card_text = {
        "id_number": card.id_number,
        "full_name": card.full_name,
        # a card that gives only the month or year of birth prefills no date: the citizen
        # writes the one their papers use
        "birth_date": _format_date(card.birth_date) if card.birth_known == "day" else "",
        "gender": card.gender,
        "address": card.address,
    }
    filled: dict[str, str] = {}
    for field in _fields(form):
        if field.prefill is None:
            continue
        text = card_text[field.prefill]
        if not text:
            continue
        if field.type == "select":
            wanted = text.casefold()
            option = next(
                (
                    option
                    for option in field.options
                    if wanted in (option.label.casefold(), option.value.casefold())
                ),
                None,
            )
            if option is None:
                continue
            text = option.value
        filled[field.id] = text
    return filled


def _fields(form: Fields) -> Sequence[FormField]:
    return form.fields if isinstance(form, ServiceForm) else form


def _format_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --- one parser per field type: (field, cleaned non-empty text, today) ----------------------


def _text(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    limit = field.max_length or TEXT_LIMIT
    return FieldProblem("too_long", limit=limit) if len(text) > limit else text


def _number(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    found = _NUMBER.fullmatch(text.replace(" ", ""))
    if found is None:
        return FieldProblem("not_a_number")
    sign, whole, fraction = found.groups()
    if fraction and fraction.strip("0"):
        return FieldProblem("not_whole")
    low = field.min if field.min is not None else -NUMBER_LIMIT
    high = field.max if field.max is not None else NUMBER_LIMIT
    digits = whole.replace(".", "").lstrip("0") or "0"
    if len(digits) > len(str(NUMBER_LIMIT)) or not low <= int(sign + digits) <= high:
        return FieldProblem("out_of_range", low=low, high=high)
    return int(sign + digits)


def _date(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    compact = text.replace(" ", "")
    found = _DATE.fullmatch(compact) or _CARD_DATE.fullmatch(compact)
    if found is None:
        return FieldProblem("bad_date")
    try:
        day = date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return FieldProblem("bad_date")
    if day.year < EARLIEST_YEAR:
        return FieldProblem("bad_date")
    return FieldProblem("future_date") if day > today else day.isoformat()


def _select(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    if any(option.value == text for option in field.options):
        return text
    return FieldProblem("unknown_option")


def _phone(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    number = text.translate(_PHONE_NOISE)
    if number.startswith("+84"):
        number = "0" + number[3:]
    return number if _PHONE.fullmatch(number) else FieldProblem("bad_phone")


def _cccd(field: FormField, text: str, today: date) -> FieldValue | FieldProblem:
    number = text.replace(" ", "")
    if id_number_problem(number) or id_number_birth_year(number) > today.year:
        return FieldProblem("bad_cccd")
    return number


_PARSERS: dict[str, Callable[[FormField, str, date], FieldValue | FieldProblem]] = {
    "text": _text,
    "number": _number,
    "date": _date,
    "select": _select,
    "phone": _phone,
    "cccd": _cccd,
}
