"""When an office gives queue numbers: weekly hours with a lunch break, holidays, closures."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.model import Catalogue, Office, ServiceField
from kiosk.domain.opening_hours import OpeningHours

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAY_HOURS = [{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]
HAI_CHAU = OpeningHours.model_validate(
    {
        "weekly": {
            **{day: WEEKDAY_HOURS for day in ("mon", "tue", "wed", "thu", "fri")},
            "sat": [{"start": "07:30", "end": "11:30"}],
        },
        "closed_days": [
            {"day": "2027-02-05", "name": "Tết Nguyên đán"},
            {"day": "2027-02-08", "name": "Tết Nguyên đán"},
            {"day": "2027-02-09", "name": "Tết Nguyên đán (nghỉ bù)"},
        ],
    }
)


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), ZONE)


def test_open_in_the_morning_and_afternoon_closed_over_lunch_and_at_night() -> None:
    friday = "2026-12-04"
    assert HAI_CHAU.is_open(at(friday, "07:30"))
    assert not HAI_CHAU.is_open(at(friday, "11:30"))  # the end is closed
    assert HAI_CHAU.next_opening(at(friday, "11:45")) == at(friday, "13:30")
    assert not HAI_CHAU.is_open(at(friday, "23:00"))
    assert HAI_CHAU.next_opening(at(friday, "23:00")) == at("2026-12-05", "07:30")  # Saturday
    assert HAI_CHAU.next_opening(at("2026-12-05", "12:00")) == at("2026-12-07", "07:30")


def test_tet_and_its_substitute_days_are_closed() -> None:
    assert not HAI_CHAU.is_open(at("2027-02-05", "09:00"))  # a Friday, but Tết
    assert HAI_CHAU.next_opening(at("2027-02-05", "09:00")) == at("2027-02-06", "07:30")
    assert HAI_CHAU.next_opening(at("2027-02-06", "12:00")) == at("2027-02-10", "07:30")


def catalogue(office_hours: object, field_hours: object = None) -> Catalogue:
    office = Office.model_validate(
        {
            "id": "o",
            "name": "Trung tâm",
            "province": "Đà Nẵng",
            "address": "Số 1",
            "hours": office_hours,
        }
    )
    field = ServiceField.model_validate(
        {"id": "dat-dai", "name": "Đất đai", "queue_prefix": "C", "hours": field_hours}
    )
    return Catalogue(office=office, counters=(), fields=(field,))


def test_a_field_keeps_its_own_hours_and_the_offices_holidays() -> None:
    mornings = {"weekly": {"tue": [{"start": "08:00", "end": "11:00"}]}}
    hours = catalogue(HAI_CHAU.model_dump(mode="json"), mornings).ticket_hours("dat-dai")
    assert hours is not None
    assert not hours.is_open(at("2026-12-01", "14:00"))  # the office is open, the field not
    assert hours.is_open(at("2026-12-01", "08:30"))
    assert hours.next_opening(at("2027-02-08", "07:00")) == at("2027-02-16", "08:00")


def test_hours_that_do_not_read_as_such_restrict_nothing_and_refuse_nothing_else() -> None:
    for broken in (
        {"weekly": {"mon": [{"start": "17:00", "end": "07:30"}]}},  # ends before it starts
        {"weekly": {"mon": [{"start": "25:00", "end": "26:00"}]}},
        {"weekly": "always"},
        "7:30-17:00",
        [1, 2, 3],
    ):
        read = catalogue(broken)
        assert read.office.name == "Trung tâm" and read.ticket_hours("dat-dai") is None
    assert catalogue(None).ticket_hours("dat-dai") is None  # no hours: numbers at any time


def test_an_office_that_never_opens_has_no_next_opening() -> None:
    assert OpeningHours().next_opening(at("2026-12-04", "09:00")) is None


@given(
    moment=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31)).map(
        lambda naive: naive.replace(tzinfo=ZONE)
    )
)
def test_the_next_opening_is_open_and_comes_after(moment: datetime) -> None:
    opening = HAI_CHAU.next_opening(moment)
    assert opening is not None and opening > moment
    assert HAI_CHAU.is_open(opening)
    assert not HAI_CHAU.is_open(opening - timedelta(minutes=1))
