"""The kiosk against a hostile network and a broken province (the simulator's hostile modes).

Whatever arrives instead of the province's answer, nothing queued is marked delivered or
erased, no call outlives its deadline, a citizen still gets a ticket from the offline block,
and once the province answers properly again everything is delivered exactly once.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import KioskCore
from kiosk.domain.model import Catalogue
from kiosk.services.dossiers import DossierLookup, DossierUnavailable
from kiosk.sync.api import RETRY_AFTER_MAX_S, RETRY_AFTER_MIN_S, ApiError, parse_json, retry_after
from kiosk.sync.engine import MAX_PAGES_PER_CYCLE
from simulators.faults import HOSTILE_MODES, FaultSettings
from simulators.hostile import CATALOGUE_MODES
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating
from tests.test_submissions import APPLICANT, RAW, marital_form

DEADLINE_S = 2.0
LOOKUP_DEADLINE_S = 1.0
MARGIN_S = 1.5  # thread start-up and a loaded CI machine; a dripping answer takes minutes
ANSWER_MODES = sorted(set(HOSTILE_MODES) - CATALOGUE_MODES)
T = TypeVar("T")


@pytest.fixture
def config_settings() -> dict[str, str]:
    """The kiosk's calls to the province time out soon and are cut at short deadlines."""
    return {
        "KIOSK_API_TIMEOUT_S": "1",
        "KIOSK_API_DEADLINE_S": str(DEADLINE_S),
        "KIOSK_API_LOOKUP_DEADLINE_S": str(LOOKUP_DEADLINE_S),
    }


def synced(core: KioskCore) -> Catalogue:
    assert core.sync.run_cycle() is None
    catalogue = core.catalogue()
    assert catalogue is not None
    return catalogue


def queue_citizens_work(core: KioskCore, catalogue: Catalogue) -> list[str]:
    """A submission, a payment and a rating waiting in the outbox; their keys."""
    submitted = core.submissions.submit(
        marital_form(catalogue), RAW, APPLICANT, consent_at=datetime.now(UTC), timeout_s=0
    )
    procedure = next(p for p in catalogue.procedures if p.fee_vnd > 0)
    paying = core.payments.start_payment(procedure, procedure.fee_vnd)
    rated = core.outbox.enqueue(rating(catalogue, 3))
    return [submitted.key, paying.key, rated.key]


def catalogue_pulls(province: ProvinceSimulator, mode: str) -> list[str]:
    """Switch the province to ``mode``; the list fills with the catalogue pages asked for."""
    calls: list[str] = []
    province._server.on_exchange = lambda exchange: calls.append(exchange.path)
    province.faults.settings = FaultSettings(hostile=mode)
    return calls


def timed(call: Callable[[], T]) -> tuple[T, float]:
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


@pytest.mark.parametrize("mode", ANSWER_MODES)
def test_no_hostile_answer_marks_anything_delivered_or_outlives_its_deadline(
    core: KioskCore, province: ProvinceSimulator, mode: str
) -> None:
    catalogue = synced(core)
    keys = queue_citizens_work(core, catalogue)
    payloads = {key: item.payload for key in keys if (item := core.outbox.item(key))}
    province.faults.settings = FaultSettings(hostile=mode, drip_ms=200)

    failure, took = timed(core.sync.run_cycle)
    assert failure is not None and not failure.reachable, mode
    assert took < DEADLINE_S * 2 + MARGIN_S  # the session and the first push at most
    assert core.sync.status.online is False
    for key in keys:  # everything kept, word for word, to be sent again with its key
        item = core.outbox.item(key)
        assert item is not None and item.state == "pending" and item.payload == payloads[key]

    outcome, took = timed(lambda: core.desk.take(catalogue.fields[0].id, catalogue))
    assert outcome.kind == "issued" and outcome.ticket is not None and outcome.ticket.offline
    assert took < LOOKUP_DEADLINE_S + MARGIN_S  # the citizen waited the lookup deadline

    found, took = timed(lambda: core.dossier_status("000.00.17.H17-261120-0001"))
    assert isinstance(found, DossierLookup | DossierUnavailable) and took < (
        LOOKUP_DEADLINE_S + MARGIN_S
    )
    paid, took = timed(lambda: core.payments.payment_status("HC2611200001"))
    assert paid is None and took < LOOKUP_DEADLINE_S + MARGIN_S

    province.faults.settings = FaultSettings()
    for _ in range(3):  # the push pauses after a few refusals in a row; none are expected
        if core.sync.run_cycle() is None and core.outbox.depth().pending == 0:
            break
    depth = core.outbox.depth()
    assert (depth.pending, depth.dead) == (0, 0)
    assert len(province.store.submissions()) == 1  # replayed under its key, not doubled
    assert len(province.store.ratings()) == 1
    for key in keys:
        item = core.outbox.item(key)
        assert item is not None and item.state == "delivered" and item.payload == "{}"


def test_a_cursor_going_round_in_a_circle_stops_the_pull_with_a_clear_error(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    synced(core)
    calls = catalogue_pulls(province, "cursor_cycle")
    failure = core.sync.run_cycle()
    assert failure is not None and "round in a circle" in str(failure)
    assert calls.count("/api/v1/catalogue/changes") <= 4
    assert core.sync.status.invalid_answers >= 1


def test_a_cursor_that_never_ends_is_pulled_a_bounded_number_of_pages_per_cycle(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    synced(core)
    calls = catalogue_pulls(province, "cursor_endless")
    failure = core.sync.run_cycle()
    assert failure is not None and failure.reachable and "next cycle" in str(failure)
    assert calls.count("/api/v1/catalogue/changes") == MAX_PAGES_PER_CYCLE
    assert core.sync.status.problem  # shown to technicians


def test_a_province_answering_410_for_ever_costs_one_download_attempt_per_cycle(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    synced(core)
    before = core.catalogue()
    calls = catalogue_pulls(province, "gone_forever")
    for _ in range(5):
        failure = core.sync.run_cycle()
        assert failure is not None and failure.reachable
    # per cycle: the cursor, then the one whole download that failed
    assert calls.count("/api/v1/catalogue/changes") == 10
    assert core.catalogue() == before


@pytest.mark.parametrize(
    "header",
    [
        "nan",
        "NaN",
        "-5",
        "inf",
        "99999999999",
        "soon",
        "",
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "1e309",
    ],
)
def test_any_retry_after_header_is_clamped_and_never_crashes_the_cycle(
    core: KioskCore, province: ProvinceSimulator, header: str
) -> None:
    synced(core)
    province.faults.settings = FaultSettings(throttle_rate=1.0, retry_after=header)
    failure = core.sync.run_cycle()
    assert failure is not None
    assert failure.retry_after_s == 0.0 or (
        RETRY_AFTER_MIN_S <= failure.retry_after_s <= RETRY_AFTER_MAX_S
    )
    delay = core.sync.cycle_delay(failure)
    assert math.isfinite(delay) and 0 <= delay <= RETRY_AFTER_MAX_S


@given(st.one_of(st.none(), st.text(max_size=40)))
def test_retry_after_is_zero_when_absent_and_clamped_otherwise(value: str | None) -> None:
    seconds = retry_after(value)
    if value is None or not value.strip():
        assert seconds == 0.0
    else:
        assert RETRY_AFTER_MIN_S <= seconds <= RETRY_AFTER_MAX_S


def test_retry_after_reads_an_http_date() -> None:
    now = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
    assert retry_after("Sun, 06 Dec 2026 08:02:00 GMT", now) == 120.0
    assert retry_after("Sun, 06 Dec 2026 07:00:00 GMT", now) == RETRY_AFTER_MIN_S
    assert retry_after("Sun, 06 Dec 2027 07:00:00 GMT", now) == RETRY_AFTER_MAX_S


@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_value_error(body: bytes) -> None:
    try:
        value = parse_json(body)
    except ValueError:
        return
    assert parse_json(json.dumps(value).encode()) == value


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 200_000 + b"]" * 200_000,
        b'{"a": NaN}',
        b'{"a": -Infinity}',
        b"\xff\xfe{}",
        '{"name": "Phan Văn Thành"}'.encode("cp1258"),
        b"<html>login</html>",
    ],
)
def test_hostile_bodies_are_value_errors(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_json(body)


def test_a_dripping_answer_to_a_bare_client_ends_at_the_deadline(
    province: ProvinceSimulator,
) -> None:
    from kiosk.sync.api import ProvinceApi

    api = ProvinceApi(province.url, "demo-device-token", kiosk_id="K1", timeout_s=5, deadline_s=1.0)
    try:
        province.faults.settings = FaultSettings(hostile="drip", drip_ms=100)
        started = time.monotonic()
        with pytest.raises(ApiError) as error:
            api.catalogue_changes("")
        assert error.value.kind == "network" and time.monotonic() - started < 1.0 + MARGIN_S
        province.faults.settings = FaultSettings(hostile="slow_headers", drip_ms=100)
        started = time.monotonic()
        with pytest.raises(ApiError):
            api.heartbeat({})
        assert time.monotonic() - started < 1.0 + MARGIN_S
    finally:
        api.close()


def test_the_simulator_refuses_an_unknown_hostile_mode(province: ProvinceSimulator) -> None:
    answer = httpx.post(f"{province.url}/sim/faults", json={"hostile": "sabotage"})
    assert answer.status_code == 422 and "hostile must be one of" in answer.text
