"""The office's queue in the province simulator: counters call by the province's rule, and
"people ahead", estimated waits, the board's state and the phone's progress all agree."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from simulators.errors import SimulatorError
from simulators.province_api import ProvinceSimulator
from simulators.province_store import ProvinceStore
from tests.province_clock import START, Clock


def take(
    store: ProvinceStore, clock: Clock, field_id: str = "ho-tich", *, priority: bool = False
) -> dict[str, Any]:
    """A ticket issued a minute after the last one, and printed."""
    clock.now += timedelta(minutes=1)
    _, ticket = store.issue_ticket(field_id, priority, "K1", "http://sim")
    store.record_print(ticket["id"], True, "")
    return ticket


def set_rule(store: ProvinceStore, rule: dict[str, Any]) -> None:
    office = store.catalogue["office"]
    store.upsert_entity("office", office["id"], {**office, "queue_rule": rule})


def test_the_demo_office_interleaves_one_priority_ticket_after_three(
    store: ProvinceStore, clock: Clock
) -> None:
    normal = [take(store, clock) for _ in range(4)]
    elder = take(store, clock, priority=True)
    assert elder["people_ahead"] == 3  # after three normal tickets, by the demo's rule
    late = take(store, clock)
    assert late["people_ahead"] == 5
    called = [store.call_next("q1") for _ in range(6)]  # Quầy 1 (q1) serves Hộ tịch only
    assert [t["number"] for t in called if t] == [
        normal[0]["number"],
        normal[1]["number"],
        normal[2]["number"],
        elder["number"],
        normal[3]["number"],
        late["number"],
    ]


def test_strict_priority_with_ageing_lets_nobody_wait_for_ever(
    store: ProvinceStore, clock: Clock
) -> None:
    set_rule(store, {"kind": "strict", "ageing_minutes": 30})
    early = take(store, clock)
    priority = take(store, clock, priority=True)
    assert priority["people_ahead"] == 0  # strict: priority goes first
    assert store.people_ahead(early["id"]) == 1
    clock.now += timedelta(minutes=40)  # the normal ticket has waited past 30 minutes
    second_priority = take(store, clock, priority=True)
    assert second_priority["people_ahead"] == 2  # behind the first priority and the aged one
    assert [store.call_next("q1")["number"] for _ in range(3)] == [  # type: ignore[index]
        early["number"],  # issued first among the first class (aged counts as priority)
        priority["number"],
        second_priority["number"],
    ]


def test_a_counter_serving_two_fields_takes_the_longest_waiting_head(
    store: ProvinceStore, clock: Clock
) -> None:
    certification = take(store, clock, "chung-thuc")
    civil = take(store, clock, "ho-tich")
    assert store.call_next("q2")["number"] == certification["number"]  # type: ignore[index]
    assert store.call_next("q2")["number"] == civil["number"]  # type: ignore[index]
    assert store.call_next("q2") is None  # nobody else waits


def test_calling_next_finishes_the_last_one_and_recall_done_no_show_transfer(
    store: ProvinceStore, clock: Clock
) -> None:
    first, second, third = (take(store, clock) for _ in range(3))
    store.call_next("q1")
    clock.now += timedelta(minutes=1)
    again = store.recall("q1")
    assert again["id"] == first["id"] and again["call_count"] == 2
    store.call_next("q1")  # the first is done
    assert store.ticket(first["id"])["status"] == "done"  # type: ignore[index]
    assert store.finish("q1", "no_show")["id"] == second["id"]
    with pytest.raises(SimulatorError, match="serving nobody"):
        store.recall("q1")
    store.call_next("q1")
    moved = store.transfer("q1", "chung-thuc")  # came to the wrong queue
    assert moved["id"] == third["id"] and moved["field_id"] == "chung-thuc"
    assert moved["number"] == third["number"] and moved["status"] == "printed"
    assert store.people_ahead(third["id"]) == 0
    assert store.call_next("q3")["id"] == third["id"]  # type: ignore[index]
    with pytest.raises(SimulatorError, match="no counter"):
        store.call_next("q99")
    with pytest.raises(SimulatorError, match="unknown field"):
        store.transfer("q3", "no-such-field")


def test_the_board_and_the_phone_see_the_same_queue(store: ProvinceStore, clock: Clock) -> None:
    first = take(store, clock)
    second = take(store, clock)
    waiting = store.ticket_progress(second["id"])
    assert waiting is not None
    assert (waiting["state"], waiting["people_ahead"], waiting["now_serving"]) == (
        "waiting",
        1,
        [],
    )
    assert waiting["estimated_wait_min"] == 5  # 10 minutes a citizen, two counters
    store.call_next("q1")
    state = store.queue_state()
    serving = {c["number"]: c["serving"] for c in state["counters"]}
    assert serving[1]["number"] == first["number"] and serving[2] is None
    assert [call["number"] for call in state["recent_calls"]] == [first["number"]]
    assert state["waiting"]["ho-tich"] == 1
    assert store.ticket_progress(second["id"])["now_serving"] == [first["number"]]  # type: ignore[index]
    store.call_next("q2")
    called = store.ticket_progress(second["id"])
    assert called is not None
    assert (called["state"], called["counter_number"]) == ("called", 2)
    store.finish("q2", "done")
    assert store.ticket_progress(second["id"])["state"] == "finished"  # type: ignore[index]
    assert store.ticket_progress("no-such-ticket") is None


def test_counter_pages_and_actions_over_http(province: ProvinceSimulator) -> None:
    _, ticket = province.store.issue_ticket("ho-tich", False, "K1", province.url)
    index = httpx.get(f"{province.url}/sim/counters")
    assert index.status_code == 200 and "/sim/counters/q1" in index.text
    page = httpx.get(f"{province.url}/sim/counters/q1")
    assert page.status_code == 200 and "Gọi số tiếp theo" in page.text
    called = httpx.post(f"{province.url}/sim/counters/q1/call-next", json={})
    assert called.status_code == 200 and called.json()["called"]["id"] == ticket["id"]
    assert "Đang phục vụ: <b>A001</b>" in httpx.get(f"{province.url}/sim/counters/q1").text
    nobody = httpx.post(f"{province.url}/sim/counters/q6/recall", json={})
    assert nobody.status_code == 409 and "serving nobody" in nobody.json()["error"]
    unknown = httpx.post(f"{province.url}/sim/counters/q1/dance", json={})
    assert unknown.status_code == 404
    assert httpx.get(f"{province.url}/sim/counters/q99").status_code == 404


def test_the_phone_status_answers_without_a_session_and_only_about_its_ticket(
    province: ProvinceSimulator,
) -> None:
    _, ticket = province.store.issue_ticket("ho-tich", True, "K1", province.url)
    status = httpx.get(f"{province.url}/q/{ticket['id']}/status")
    assert status.status_code == 200
    body = status.json()
    assert body["number"] == ticket["number"] and body["priority"] is True
    assert "kiosk_id" not in body and "id" not in body  # nothing about who or where from
    assert httpx.get(f"{province.url}/q/nope/status").status_code == 404
    missing = httpx.get(f"{province.url}/q/nope", headers={"Accept-Language": "en-GB,en"})
    assert missing.status_code == 404 and "not known" in missing.text


def test_the_province_refuses_numbers_outside_the_fields_hours(
    store: ProvinceStore, clock: Clock
) -> None:
    office = store.catalogue["office"]
    hours = {"weekly": {"fri": [{"start": "07:30", "end": "11:30"}]}}  # START is a Friday
    store.upsert_entity("office", office["id"], {**office, "hours": hours})
    take(store, clock)  # 08:31: open
    clock.now += timedelta(hours=4)  # 12:31: closed for the day
    with pytest.raises(SimulatorError, match=r"outside opening hours.*07:30 27/11/2026") as refused:
        store.issue_ticket("ho-tich", False, "K1", "http://sim")
    assert (refused.value.status, refused.value.code) == (409, "closed")
    land = store.catalogue["fields"][2]  # a field with its own afternoon hours
    afternoons = {"weekly": {"fri": [{"start": "12:00", "end": "16:00"}]}}
    store.upsert_entity("field", land["id"], {**land, "hours": afternoons})
    assert take(store, clock, land["id"])["number"].startswith("C")


def test_leased_blocks_stay_within_what_the_daily_cap_leaves(
    store: ProvinceStore, clock: Clock
) -> None:
    field = store.catalogue["fields"][0]
    store.upsert_entity("field", field["id"], {**field, "daily_cap": 5})
    take(store, clock, field["id"])
    take(store, clock, field["id"])
    block = store.lease_block(field["id"], START.date(), 20, "K1")
    assert block["last"] - block["first"] + 1 == 3  # 5 less the 2 given
    with pytest.raises(SimulatorError) as refused:
        store.lease_block(field["id"], START.date(), 20, "K2")
    assert (refused.value.status, refused.value.code) == (409, "daily_cap_reached")
    store.report_offline_ticket(
        block["id"],
        number=f"{field['queue_prefix']}{block['first']:03d}",
        field_id=field["id"],
        priority=False,
        issued_at=clock.now.isoformat(),
        printed=True,
        reason="",
        kiosk_id="K1",
    )
    with pytest.raises(SimulatorError):  # a reported number still counts, once
        store.lease_block(field["id"], START.date(), 1, "K2")
    other_day = store.lease_block(field["id"], START.date() + timedelta(days=1), 20, "K1")
    assert other_day["last"] - other_day["first"] + 1 == 5  # each day has its own cap
