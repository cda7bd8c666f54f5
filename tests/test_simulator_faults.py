"""Faults injected by the province simulator, and what the kiosk's API client makes of them."""

from __future__ import annotations

import time

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.sync.api import ApiError, ProvinceApi
from simulators.faults import Fault, FaultInjector, FaultSettings
from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator


def api(simulator: ProvinceSimulator) -> ProvinceApi:
    return ProvinceApi(simulator.url, DEFAULT_TOKEN, kiosk_id="K1", timeout_s=3)


@pytest.mark.parametrize(
    ("settings", "kind", "status"),
    [
        (FaultSettings(server_error_rate=1.0), "server", 503),
        (FaultSettings(throttle_rate=1.0), "server", 429),
        (FaultSettings(unauthorized=True), "unauthorized", 401),
        (FaultSettings(drop_rate=1.0), "network", None),
        (FaultSettings(truncate_rate=1.0), "network", None),
        (FaultSettings(invalid_json_rate=1.0), "invalid_response", 200),
    ],
)
def test_each_fault_becomes_a_clear_client_error(
    province: ProvinceSimulator, settings: FaultSettings, kind: str, status: int | None
) -> None:
    client = api(province)
    client.catalogue_changes("")  # the session is open; the fault hits the call itself
    province.faults.settings = settings
    with pytest.raises(ApiError) as error:
        client.catalogue_changes("")
    assert error.value.kind == kind
    assert error.value.status == status


def test_throttle_says_when_to_come_back(province: ProvinceSimulator) -> None:
    province.faults.settings = FaultSettings(throttle_rate=1.0, retry_after_s=7)
    response = httpx.get(f"{province.url}/api/v1/health")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"


def test_latency_delays_the_answer_and_a_short_timeout_gives_up(
    province: ProvinceSimulator,
) -> None:
    province.faults.settings = FaultSettings(latency_ms=3000)
    client = ProvinceApi(province.url, DEFAULT_TOKEN, kiosk_id="K1", timeout_s=0.1)
    started = time.perf_counter()
    with pytest.raises(ApiError) as error:
        client.catalogue_changes("")
    assert error.value.kind == "network" and "timed out" in error.value.detail
    # it gave up instead of waiting for the late answer (the bound is loose: a slow or busy
    # machine must not fail this; a timeout that is ignored waits the whole 3 s)
    assert time.perf_counter() - started < 2.0
    province.faults.settings = FaultSettings(latency_ms=300)
    assert api(province).catalogue_changes("").changes  # a patient client still gets through


def test_faults_are_switched_at_run_time_over_http(province: ProvinceSimulator) -> None:
    answer = httpx.post(f"{province.url}/sim/faults", json={"server_error_rate": 1.0})
    assert answer.status_code == 200 and answer.json()["server_error_rate"] == 1.0
    with pytest.raises(ApiError):
        api(province).catalogue_changes("")
    httpx.post(f"{province.url}/sim/faults", json={})
    assert api(province).catalogue_changes("").changes


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"drop_rate": 2}, 422),
        ({"drop_rate": 0.6, "truncate_rate": 0.6}, 422),
        ({"colour": 1}, 422),
        ({"unauthorized": "yes"}, 422),
        ({"latency_ms": "slow"}, 422),
        ([1, 2], 400),
    ],
)
def test_bad_fault_settings_are_refused_with_the_reason(
    province: ProvinceSimulator, body: object, status: int
) -> None:
    answer = httpx.post(f"{province.url}/sim/faults", json=body)
    assert answer.status_code == status
    assert answer.json()["error"]
    assert province.faults.settings == FaultSettings()


@given(rates=st.lists(st.floats(0, 0.2), min_size=5, max_size=5), seed=st.integers(0, 2**32))
def test_fault_draws_follow_their_rates(rates: list[float], seed: int) -> None:
    settings = FaultSettings(
        server_error_rate=rates[0],
        throttle_rate=rates[1],
        drop_rate=rates[2],
        truncate_rate=rates[3],
        invalid_json_rate=rates[4],
    )
    injector = FaultInjector(seed)
    injector.settings = settings
    draws = [injector.draw() for _ in range(2000)]
    names: tuple[Fault, ...] = ("server_error", "throttle", "drop", "truncate", "invalid_json")
    for name, rate in zip(names, rates, strict=True):
        assert abs(draws.count(name) / 2000 - rate) < 0.05
    replay = FaultInjector(seed)
    replay.settings = settings
    assert [replay.draw() for _ in range(2000)] == draws
