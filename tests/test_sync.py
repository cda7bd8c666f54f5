"""The sync engine against the real simulator: order, idempotency, dead letters, backoff."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.api import ApiError, ProvinceApi
from kiosk.cache import Cache
from kiosk.outbox import Outbox
from kiosk.sync import Backoff, SyncEngine, SyncSettings
from simulators.faults import FaultSettings
from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator
from simulators.sample_payloads import rating, submission

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def engine(tmp_path: Path, province: ProvinceSimulator) -> Iterator[SyncEngine]:
    api = ProvinceApi(province.url, DEFAULT_TOKEN, timeout_s=3, kiosk_id="K1")
    outbox, cache = Outbox(tmp_path / "outbox.db"), Cache(tmp_path / "cache.db")
    sync = SyncEngine(api, outbox, cache, zone=ZONE, rng=random.Random(1),
                      settings=SyncSettings(block_size=10))
    yield sync
    sync.stop()
    api.close()
    outbox.close()
    cache.close()


def test_a_cycle_pulls_the_catalogue_leases_blocks_and_beats(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    assert engine.run_cycle() is None
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    assert engine.cache.cursor() == province.store.latest_cursor()
    today = datetime.now(ZONE).date()
    assert all(engine.outbox.numbers_left(f.id, today) == 10 for f in catalogue.fields)
    beat = province.store.heartbeats()["K1"]
    assert beat["outbox"]["pending"] == 0 and beat["printer"]["state"] == "UNKNOWN"
    assert engine.status.online is True and engine.status.last_pull_at is not None


def test_items_are_delivered_once_in_order_and_replayed_safely(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    payloads = [submission(catalogue, i) for i in range(3)]
    keys = [engine.outbox.enqueue("submission", payload).key for payload in payloads]
    keys.append(engine.outbox.enqueue("rating", rating(catalogue, 4)).key)
    assert engine.push() == 4
    received = [row["idempotency_key"] for row in province.store.submissions()]
    assert received == keys[:3]
    assert [row["idempotency_key"] for row in province.store.ratings()] == keys[3:]
    # a kiosk that died before recording delivery sends again: the province replays
    first = engine.outbox.item(keys[0])
    assert first is not None and first.payload == "{}"
    answer = engine.api.submit(keys[0], payloads[0])
    assert answer.dossier_code == json.loads(first.response)["dossier_code"]
    assert len(province.store.submissions()) == 3


def test_a_refused_item_becomes_a_dead_letter_and_the_rest_go_on(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    bad = engine.outbox.enqueue("rating", {**rating(catalogue, 3), "counter_id": "no-such"})
    good = engine.outbox.enqueue("rating", rating(catalogue, 2))
    assert engine.run_cycle() is None
    dead = engine.outbox.items("dead")
    assert [item.key for item in dead] == [bad.key]
    assert "422" in (dead[0].last_error or "")
    assert [row["idempotency_key"] for row in province.store.ratings()] == [good.key]
    assert engine.status.dead == 1


def test_server_trouble_stops_the_push_keeps_the_item_and_backs_off(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    item = engine.outbox.enqueue("rating", rating(catalogue, 4))
    province.faults.settings = FaultSettings(throttle_rate=1.0, retry_after_s=7)
    failure = engine.run_cycle()
    assert failure is not None and failure.retry_after_s == 7
    assert engine.cycle_delay(failure) >= 7
    pending = engine.outbox.item(item.key)
    assert pending is not None and pending.state == "pending" and pending.attempts == 1
    assert engine.status.online is False
    province.faults.settings = FaultSettings()
    assert engine.run_cycle() is None
    assert [row["idempotency_key"] for row in province.store.ratings()] == [item.key]


def test_an_expired_session_is_reopened_without_losing_the_call(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    province.store.expire_sessions()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    engine.outbox.enqueue("rating", rating(catalogue, 1))
    assert engine.run_cycle() is None
    assert len(province.store.ratings()) == 1


def test_a_revoked_device_token_is_reported_and_nothing_is_dead_lettered(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    engine.outbox.enqueue("rating", rating(catalogue, 1))
    province.faults.settings = FaultSettings(unauthorized=True)
    failure = engine.run_cycle()
    assert failure is not None and "unauthorized" in str(failure)
    assert engine.outbox.depth().pending == 1 and engine.outbox.depth().dead == 0


def test_catalogue_changes_and_tombstones_reach_the_cache(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    gone = catalogue.procedures[0]
    renamed = catalogue.procedures[1].model_dump(mode="json") | {"name": "Tên mới của thủ tục"}
    province.store.delete_entity("procedure", gone.id)
    province.store.upsert_entity("procedure", renamed["id"], renamed)
    pulled = []
    engine.on_catalogue = lambda: pulled.append(True)
    assert engine.pull() is True and pulled == [True]
    after = engine.cache.load_catalogue()
    assert after is not None
    assert gone.id not in [p.id for p in after.procedures]
    assert after.procedures[0].name == "Tên mới của thủ tục"
    assert engine.pull() is False  # nothing new since the cursor


def test_a_cursor_the_province_does_not_know_restarts_the_pull(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    engine.cache.set_value("catalogue_cursor", "999999")
    assert engine.pull() is True
    assert engine.cache.cursor() == province.store.latest_cursor()
    assert engine.cache.load_catalogue() is not None


def test_the_background_thread_delivers_when_woken(
        engine: SyncEngine, province: ProvinceSimulator) -> None:
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    delivered = threading.Event()
    engine.on_status = lambda status: status.pending == 0 and delivered.set()
    engine.outbox.enqueue("rating", rating(catalogue, 2))
    engine.start()
    engine.wake()
    assert delivered.wait(10)
    assert len(province.store.ratings()) == 1


@given(failures=st.integers(0, 60), retry_after=st.floats(0, 100), seed=st.integers(0, 2**32))
def test_backoff_is_full_jitter_capped_and_honours_retry_after(
        failures: int, retry_after: float, seed: int) -> None:
    backoff = Backoff(1.0, 300.0, random.Random(seed))
    for _ in range(failures):
        backoff.next_delay()
    delay = backoff.next_delay(retry_after)
    ceiling = min(300.0, 2.0 ** (failures + 1))
    assert retry_after <= delay <= max(retry_after, ceiling)


def test_backoff_spreads_kiosks_out() -> None:
    delays = [Backoff(1.0, 300.0, random.Random(seed)).next_delay() for seed in range(200)]
    assert min(delays) < 0.2 and max(delays) > 1.8  # uniform over (0, 2): no thundering herd


def test_offline_api_errors_are_network_errors(tmp_path: Path) -> None:
    api = ProvinceApi("http://127.0.0.1:9", DEFAULT_TOKEN, kiosk_id="K1", timeout_s=1)
    with pytest.raises(ApiError) as error:
        api.catalogue_changes("")
    assert error.value.kind == "network"
