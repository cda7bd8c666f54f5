"""Appointments at the province: the office's check-in window, booking codes as citizens type
and scan them, and a checked-in booking's place in the queue (in the simulator, on a clock
the test moves)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.appointments import CheckInRule
from kiosk.domain.codes import normal_appointment_code
from kiosk.domain.model import Office
from kiosk.input.scans import AppointmentCode, classify
from simulators.errors import SimulatorError
from simulators.province_api import DEFAULT_SEED
from simulators.province_store import ProvinceStore
from tests.province_clock import START, Clock

CITIZEN = "001099012345"  # not the demo booking's card (048190001234)
CODE_CHARS = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=6, max_size=6)


# -- the rule and the codes -----------------------------------------------------------------


@given(
    early=st.integers(0, 240),
    late=st.integers(0, 240),
    offset_s=st.integers(-6 * 3600, 6 * 3600),
)
def test_a_booking_may_be_checked_in_exactly_within_its_window(
    early: int, late: int, offset_s: int
) -> None:
    rule = CheckInRule(early_minutes=early, late_minutes=late)
    starts_at = START + timedelta(hours=2)
    now = starts_at + timedelta(seconds=offset_s)
    verdict = rule.verdict(starts_at, now)
    assert (verdict == "on_time") == (-early * 60 <= offset_s <= late * 60)
    assert (verdict == "too_early") == (offset_s < -early * 60)
    assert rule.opens(starts_at) == starts_at - timedelta(minutes=early)


@given(CODE_CHARS, st.sampled_from(["{}", "{} ", " {}", "{}\t"]), st.booleans(), st.booleans())
def test_a_booking_code_reads_the_same_however_it_is_written(
    tail: str, padding: str, dash: bool, lower: bool
) -> None:
    written = ("LH-" if dash else "LH") + tail
    written = padding.format(written.lower() if lower else written)
    assert normal_appointment_code(written) == f"LH{tail}"
    assert classify(written.strip()) == AppointmentCode(f"LH{tail}")


@pytest.mark.parametrize(
    "url",
    [
        "https://dichvucong.danang.gov.vn/lich-hen?ma=LH7K3P9Q",
        "https://dichvucong.danang.gov.vn/lich-hen?lang=vi&code=lh-7k3p9q",
        "https://dichvucong.danang.gov.vn/lich-hen/LH7K3P9Q/",
        "http://example.vn/a/b/LH-7K3P9Q#top",
    ],
)
def test_a_confirmation_qr_with_the_code_in_its_url_is_a_booking(url: str) -> None:
    assert classify(url) == AppointmentCode("LH7K3P9Q")


@pytest.mark.parametrize(
    "text", ["LH7K3P9", "LH7K3P9QQ", "LX7K3P9Q", "LH 7K3P9Q", "LH7K3P9Ữ", "https://x.vn/?ma=LH1"]
)
def test_what_is_not_a_booking_code_is_not_taken_for_one(text: str) -> None:
    assert normal_appointment_code(text) is None
    assert not isinstance(classify(text), AppointmentCode)


@pytest.mark.parametrize("rule", [{"early_minutes": -5}, {"late_minutes": "15"}, "30", [1]])
def test_an_office_rule_that_does_not_read_gives_the_default_window(rule: Any) -> None:
    office = Office.model_validate(
        {"id": "o", "name": "O", "province": "P", "address": "A", "check_in": rule}
    )
    assert office.check_in == CheckInRule()


# -- the simulator ----------------------------------------------------------------------------


@pytest.fixture
def store(store: ProvinceStore) -> ProvinceStore:
    """The demo province with a plain order (no priority tickets here to interleave)."""
    strict = {"kind": "strict", "ageing_minutes": 480}
    office = store.catalogue["office"]
    store.upsert_entity("office", office["id"], {**office, "queue_rule": strict})
    return store


def walk_in(store: ProvinceStore, clock: Clock, minutes: int) -> dict[str, Any]:
    clock.now += timedelta(minutes=minutes)
    _, ticket = store.issue_ticket("ho-tich", False, "K1", "http://sim")
    store.record_print(ticket["id"], True, "")
    return ticket


def check_in(store: ProvinceStore, code: str | None = None, **who: Any) -> dict[str, Any]:
    _, ticket = store.check_in(
        code=code, citizen_id=who.get("citizen_id"), kiosk_id="K1", public_url="http://sim"
    )
    return ticket


def refusal(store: ProvinceStore, code: str | None = None, **who: Any) -> SimulatorError:
    with pytest.raises(SimulatorError) as refused:
        check_in(store, code, **who)
    return refused.value


def test_a_checked_in_booking_waits_as_though_taken_at_its_time(
    store: ProvinceStore, clock: Clock
) -> None:
    slot = START + timedelta(minutes=30)
    booking = store.book("ho-tich", slot, citizen_id=CITIZEN)
    before = walk_in(store, clock, 5)  # 08:35, before the booked 09:00
    clock.now += timedelta(minutes=5)  # 08:40: twenty minutes early, within the window
    booked = check_in(store, booking["id"])
    store.record_print(booked["id"], True, "")
    assert booked["appointment"] == {"code": booking["id"], "starts_at": slot.isoformat()}
    assert booked["people_ahead"] == 1  # only the walk-in who came before 09:00
    after = walk_in(store, clock, 25)  # 09:05, after the booked time
    assert after["people_ahead"] == 2
    order = [ticket["number"] for ticket in store.serving_order("ho-tich")]
    assert order == [before["number"], booked["number"], after["number"]]
    published = store.catalogue_entities()[("appointment", booking["id"])]
    assert published["status"] == "checked_in"
    assert CITIZEN not in str(published)  # the ID number never leaves the province


def test_check_in_windows_are_the_offices(store: ProvinceStore, clock: Clock) -> None:
    early = store.book("ho-tich", START + timedelta(minutes=45))
    late = store.book("chung-thuc", START - timedelta(minutes=20))
    refused = refusal(store, early["id"])
    assert (refused.status, refused.code) == (409, "appointment_too_early")
    assert refused.body()["starts_at"] == early["starts_at"]
    assert "08:45" in str(refused)  # check-in opens 30 minutes before 09:15
    assert refusal(store, late["id"]).code == "appointment_too_late"  # 15 minutes after
    clock.now += timedelta(minutes=15)
    assert check_in(store, early["id"])["field_id"] == "ho-tich"


def test_an_id_card_finds_its_holders_booking_of_today(store: ProvinceStore, clock: Clock) -> None:
    store.book("dat-dai", START + timedelta(days=1), citizen_id=CITIZEN)  # tomorrow's
    today = store.book("ho-tich", START + timedelta(minutes=10), citizen_id=CITIZEN)
    ticket = check_in(store, citizen_id=CITIZEN)
    assert ticket["appointment"]["code"] == today["id"]
    missing = refusal(store, citizen_id="002199012345")
    assert (missing.status, missing.code) == (404, "appointment_not_found")


def test_a_booking_has_one_ticket_while_it_waits(store: ProvinceStore, clock: Clock) -> None:
    booking = store.book("ho-tich", START + timedelta(minutes=10))
    first = check_in(store, booking["id"])
    store.record_print(first["id"], True, "")
    assert check_in(store, booking["id"])["id"] == first["id"]  # a lost ticket, printed again
    store.call_next("q1")
    store.finish("q1", "done")
    assert refusal(store, booking["id"]).code == "appointment_used"
    cancelled = store.book("ho-tich", START + timedelta(minutes=20))
    store.cancel(cancelled["id"])
    assert refusal(store, cancelled["id"]).code == "appointment_cancelled"
    assert refusal(store, "LH000000").code == "appointment_not_found"
    yesterday = store.book("ho-tich", START - timedelta(days=1))
    assert refusal(store, yesterday["id"]).code == "appointment_not_found"


def test_a_ticket_that_never_printed_is_replaced_by_a_new_one(
    store: ProvinceStore, clock: Clock
) -> None:
    booking = store.book("ho-tich", START + timedelta(minutes=10))
    first = check_in(store, booking["id"])
    store.record_print(first["id"], False, "out of paper")
    second = check_in(store, booking["id"])
    assert second["id"] != first["id"]


def test_a_booking_checked_in_offline_takes_its_place_when_reported(
    store: ProvinceStore, clock: Clock
) -> None:
    slot = START + timedelta(minutes=30)
    booking = store.book("ho-tich", slot)
    lost = check_in(store, booking["id"])  # its answer never reached the kiosk
    before = walk_in(store, clock, 5)
    block = store.lease_block("ho-tich", START.date(), 5, "K1")
    number = f"A{block['first']:03d}"
    store.report_offline_ticket(
        block["id"],
        number=number,
        field_id="ho-tich",
        priority=False,
        issued_at=clock.now.isoformat(),
        printed=True,
        reason="",
        kiosk_id="K1",
        ticket_id="offline-booked-1",
        appointment_code=booking["id"],
    )
    assert [t["number"] for t in store.serving_order("ho-tich")] == [before["number"], number]
    replaced = store.ticket(lost["id"])
    assert replaced is not None and replaced["status"] == "print_failed"  # no ghost waits
    stored = next(a for a in store.appointments() if a["code"] == booking["id"])
    assert (stored["status"], stored["ticket_id"]) == ("checked_in", "offline-booked-1")


def test_a_demo_started_another_day_has_todays_bookings_again(tmp_path: Path, clock: Clock) -> None:
    first = ProvinceStore(tmp_path / "p.db", DEFAULT_SEED, clock)
    check_in(first, "LH7K3P9Q")  # today's demo booking, in ten minutes
    first.close()
    clock.now += timedelta(days=1)
    again = ProvinceStore(tmp_path / "p.db", DEFAULT_SEED, clock)
    try:
        seeded = {a["code"]: a for a in again.appointments()}
        assert {a["status"] for a in seeded.values()} == {"booked"}
        starts = datetime.fromisoformat(seeded["LH7K3P9Q"]["starts_at"])
        assert timedelta(minutes=5) < starts - clock.now <= timedelta(minutes=10)
        assert check_in(again, "LH7K3P9Q")["appointment"]["code"] == "LH7K3P9Q"
        published = again.catalogue_entities()[("appointment", "LH7K3P9Q")]
        assert published["starts_at"] == seeded["LH7K3P9Q"]["starts_at"]
    finally:
        again.close()
