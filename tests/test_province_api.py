"""The API client against the real simulator: typed results, clear errors, idempotency."""

from __future__ import annotations

import socket
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from kiosk.stores.cache import Cache
from kiosk.sync.api import ApiError, ChangePage, ProvinceApi
from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator


def client(url: str, token: str = DEFAULT_TOKEN, **options) -> ProvinceApi:
    return ProvinceApi(url, token, timeout_s=5, kiosk_id="K1", **options)


def test_catalogue_pulled_by_pages_is_validated_into_typed_models(
    province: ProvinceSimulator, tmp_path: Path
) -> None:
    api, cache = client(province.url), Cache(tmp_path / "cache.db")
    cursor, pages = "", 0
    while True:
        page = api.catalogue_changes(cursor, limit=25)
        cache.apply_changes(page.changes, page.cursor)
        cursor, pages = page.cursor, pages + 1
        if not page.has_more:
            break
    catalogue = cache.load_catalogue()
    cache.close()
    assert catalogue is not None and pages > 2
    assert cursor == province.store.latest_cursor()
    assert len(catalogue.forms) >= 3
    assert len(catalogue.fields) >= 6
    assert len(catalogue.procedures) >= 30
    assert catalogue.office.timezone == "Asia/Ho_Chi_Minh"
    served = {field_id for counter in catalogue.counters for field_id in counter.field_ids}
    assert {field.id for field in catalogue.fields} <= served
    prefixes = [field.queue_prefix for field in catalogue.fields]
    assert len(set(prefixes)) == len(prefixes)


def test_same_key_replays_the_first_ticket(province: ProvinceSimulator) -> None:
    api = client(province.url)
    key = str(uuid.uuid4())
    first = api.issue_ticket(key, "ho-tich", False)
    again = api.issue_ticket(key, "ho-tich", False)
    assert again == first
    assert len(province.store.tickets()) == 1


def test_same_key_with_another_payload_is_rejected(province: ProvinceSimulator) -> None:
    api = client(province.url)
    key = str(uuid.uuid4())
    api.issue_ticket(key, "ho-tich", False)
    with pytest.raises(ApiError) as error:
        api.issue_ticket(key, "chung-thuc", False)
    assert error.value.kind == "rejected" and error.value.status == 422


def test_unknown_field_is_rejected_with_the_reason(province: ProvinceSimulator) -> None:
    with pytest.raises(ApiError, match="unknown field_id") as error:
        client(province.url).issue_ticket(str(uuid.uuid4()), "no-such-field", False)
    assert error.value.kind == "rejected"


def test_wrong_device_token_is_unauthorized(province: ProvinceSimulator) -> None:
    with pytest.raises(ApiError) as error:
        client(province.url, token="stolen").catalogue_changes("")
    assert error.value.kind == "unauthorized" and error.value.status == 401


def test_the_connection_pool_is_made_by_the_first_call_and_released_by_close(
    province: ProvinceSimulator,
) -> None:
    api = client(province.url)
    assert api._client is None  # a kiosk's start does not wait for TLS and a pool
    assert api.catalogue_changes("", limit=1).changes
    pool = api._client
    assert pool is not None
    api.catalogue_changes("", limit=1)
    assert api._client is pool
    api.close()
    assert pool.is_closed
    with pytest.raises(RuntimeError):
        api.catalogue_changes("", limit=1)


def test_closed_port_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ApiError) as error:
        client(f"http://127.0.0.1:{port}").catalogue_changes("")
    assert error.value.kind == "network"


def test_response_over_the_size_cap_is_refused(province: ProvinceSimulator) -> None:
    with pytest.raises(ApiError, match=r"over the cap|over 10000 bytes") as error:
        client(province.url, max_response_bytes=10_000).catalogue_changes("")
    assert error.value.kind == "invalid_response"


def test_response_that_does_not_fit_the_model_is_invalid(province: ProvinceSimulator) -> None:
    # The simulator's health answer is valid JSON but not a catalogue.
    api = client(province.url)
    with pytest.raises(ApiError) as error:
        api._call("GET", "/api/v1/health", ChangePage)
    assert error.value.kind == "invalid_response"


def test_daily_sequence_restarts_at_midnight_office_time(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 23, 16, 59, 58, tzinfo=UTC)]  # 23:59:58 in Hà Nội time
    simulator = ProvinceSimulator(tmp_path / "p.db", clock=lambda: now[0]).start()
    try:
        api = client(simulator.url)
        late = [api.issue_ticket(str(uuid.uuid4()), "ho-tich", False) for _ in range(2)]
        now[0] += timedelta(seconds=3)  # 00:00:01 the next day
        early = api.issue_ticket(str(uuid.uuid4()), "ho-tich", False)
    finally:
        simulator.stop()
    assert [t.number for t in late] == ["A001", "A002"]
    assert early.number == "A001"
    assert early.people_ahead == 0


def test_simulator_store_survives_a_restart(tmp_path: Path) -> None:
    first = ProvinceSimulator(tmp_path / "p.db").start()
    client(first.url).issue_ticket(str(uuid.uuid4()), "ho-tich", False)
    first.stop()
    second = ProvinceSimulator(tmp_path / "p.db").start()
    try:
        ticket = client(second.url).issue_ticket(str(uuid.uuid4()), "ho-tich", False)
    finally:
        second.stop()
    assert ticket.number == "A002"


def test_track_page_shows_the_ticket(province: ProvinceSimulator) -> None:
    ticket = client(province.url).issue_ticket(str(uuid.uuid4()), "ho-tich", False)
    assert ticket.track_url is not None
    page = httpx.get(ticket.track_url, timeout=5)
    assert page.status_code == 200 and ticket.number in page.text
