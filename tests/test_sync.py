"""The sync engine against the real simulator: order, idempotency, dead letters, backoff."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import SyncSection
from kiosk.domain.model import Catalogue
from kiosk.domain.payloads import PaymentPayload, RatingPayload
from kiosk.stores.cache import Cache
from kiosk.stores.outbox import Outbox
from kiosk.sync.api import ApiError, ProvinceApi
from kiosk.sync.engine import Backoff, CycleFailed, SyncEngine
from kiosk.sync.office_clock import OfficeClock
from kiosk.sync.status import SyncStatus
from simulators.faults import FaultSettings
from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator
from simulators.sample_payloads import rating, submission

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def first_sync(engine: SyncEngine) -> Catalogue:
    """Run the engine's first cycle; return the catalogue it brought."""
    assert engine.run_cycle() is None
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    return catalogue


def open_engine(tmp_path: Path, url: str) -> SyncEngine:
    api = ProvinceApi(url, DEFAULT_TOKEN, timeout_s=3, kiosk_id="K1")
    outbox, cache = Outbox(tmp_path / "outbox.db"), Cache(tmp_path / "cache.db")
    return SyncEngine(
        api, outbox, cache, zone=ZONE, rng=random.Random(1), settings=SyncSection(block_size=10)
    )


def close_engine(sync: SyncEngine) -> None:
    sync.stop()
    sync.api.close()
    sync.outbox.close()
    sync.cache.close()


@pytest.fixture
def engine(tmp_path: Path, province: ProvinceSimulator) -> Iterator[SyncEngine]:
    sync = open_engine(tmp_path, province.url)
    yield sync
    close_engine(sync)


def test_a_cycle_pulls_the_catalogue_leases_blocks_and_beats(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    assert engine.run_cycle() is None
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    assert engine.cache.cursor() == province.store.latest_cursor()
    today = datetime.now(ZONE).date()
    assert all(engine.outbox.numbers_left(f.id, today) == 10 for f in catalogue.fields)
    beat = province.store.heartbeats()["K1"]
    assert beat["outbox"]["pending"] == 0 and beat["printer"]["state"] == "UNKNOWN"
    assert engine.status.online is True and engine.status.last_pull_at is not None


def test_a_requested_heartbeat_goes_out_next_cycle_and_only_from_the_window(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    state = {"state": "ONLINE", "detail": "ready"}
    engine.printer_report = lambda: dict(state)
    assert engine.run_cycle() is None
    state["state"] = "PAPER_OUT"
    assert engine.run_cycle() is None  # not due for another minute: nothing sent
    assert province.store.heartbeats()["K1"]["printer"]["state"] == "ONLINE"
    engine.heartbeat_soon()  # the printer changed
    assert engine.run_cycle() is None
    assert province.store.heartbeats()["K1"]["printer"]["state"] == "PAPER_OUT"
    engine.sends_heartbeat = False  # kiosk sync or kiosk reprint beside the window
    state["state"] = "UNKNOWN"
    engine.heartbeat_soon()
    assert engine.run_cycle() is None
    assert province.store.heartbeats()["K1"]["printer"]["state"] == "PAPER_OUT"


def test_items_are_delivered_once_in_order_and_replayed_safely(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    payloads = [submission(catalogue, i) for i in range(3)]
    keys = [engine.outbox.enqueue(payload).key for payload in payloads]
    keys.append(engine.outbox.enqueue(rating(catalogue, 4)).key)
    assert engine.push() == 4
    received = [row["idempotency_key"] for row in province.store.submissions()]
    assert received == keys[:3]
    assert [row["idempotency_key"] for row in province.store.ratings()] == keys[3:]
    # a kiosk that died before recording delivery sends again: the province replays
    first = engine.outbox.item(keys[0])
    assert first is not None and first.payload == "{}"
    assert first.response is not None
    answer = engine.api.submit(keys[0], payloads[0])
    assert answer.dossier_code == json.loads(first.response)["dossier_code"]
    assert len(province.store.submissions()) == 3


def test_a_refused_item_becomes_a_dead_letter_and_the_rest_go_on(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    bad = engine.outbox.enqueue(rating(catalogue, 3, counter_id="no-such"))
    good = engine.outbox.enqueue(rating(catalogue, 2))
    assert engine.run_cycle() is None
    dead = engine.outbox.items("dead")
    assert [item.key for item in dead] == [bad.key]
    assert "422" in (dead[0].last_error or "")
    assert [row["idempotency_key"] for row in province.store.ratings()] == [good.key]
    assert engine.status.dead == 1


def survives_the_fault(engine: SyncEngine, province: ProvinceSimulator, key: str) -> CycleFailed:
    """Under the province's current fault the item waits; once it ends, it arrives once."""
    failure = engine.run_cycle()
    assert failure is not None
    waiting = engine.outbox.item(key)
    assert waiting is not None and waiting.state == "pending" and waiting.attempts == 1
    assert province.store.ratings() == [] and engine.status.online is False
    province.faults.settings = FaultSettings()
    assert engine.run_cycle() is None
    assert [row["idempotency_key"] for row in province.store.ratings()] == [key]
    return failure


def test_server_trouble_stops_the_push_keeps_the_item_and_backs_off(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    item = engine.outbox.enqueue(rating(catalogue, 4))
    province.faults.settings = FaultSettings(throttle_rate=1.0, retry_after_s=7)
    failure = survives_the_fault(engine, province, item.key)
    assert failure.retry_after_s == 7 and engine.cycle_delay(failure) >= 7


def test_an_expired_session_is_reopened_without_losing_the_call(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    engine.run_cycle()
    province.store.expire_sessions()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    engine.outbox.enqueue(rating(catalogue, 1))
    assert engine.run_cycle() is None
    assert len(province.store.ratings()) == 1


def test_a_revoked_device_token_is_reported_and_nothing_is_dead_lettered(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    engine.outbox.enqueue(rating(catalogue, 1))
    province.faults.settings = FaultSettings(unauthorized=True)
    failure = engine.run_cycle()
    assert failure is not None and "unauthorized" in str(failure)
    assert engine.outbox.depth().pending == 1 and engine.outbox.depth().dead == 0


def test_catalogue_changes_and_tombstones_reach_the_cache(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
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
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    engine.run_cycle()
    engine.cache.set_value("catalogue_cursor", "999999")
    assert engine.pull() is True
    assert engine.cache.cursor() == province.store.latest_cursor()
    assert engine.cache.load_catalogue() is not None


def test_the_background_thread_delivers_when_woken(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    delivered = threading.Event()

    def on_status(status: SyncStatus) -> None:
        if status.pending == 0:
            delivered.set()

    engine.on_status = on_status
    engine.outbox.enqueue(rating(catalogue, 2))
    engine.start()
    engine.wake()
    assert delivered.wait(10)
    assert len(province.store.ratings()) == 1


@given(failures=st.integers(0, 60), retry_after=st.floats(0, 100), seed=st.integers(0, 2**32))
def test_backoff_is_full_jitter_capped_and_honours_retry_after(
    failures: int, retry_after: float, seed: int
) -> None:
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


def test_payments_go_through_the_outbox_and_their_status_is_read_back(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    procedure = catalogue.procedures[0]
    engine.outbox.enqueue(
        PaymentPayload(
            reference="HC2611230001", procedure_id=procedure.id, amount_vnd=8000, dossier_code=None
        )
    )
    assert engine.push() == 1
    assert engine.api.payment("HC2611230001").status == "pending"
    province.store.set_payment_status("HC2611230001", "paid")
    paid = engine.api.payment("HC2611230001")
    assert paid.status == "paid" and paid.paid_at is not None


def test_dossier_status_is_live_online_and_last_known_offline(
    tmp_path: Path, province: ProvinceSimulator
) -> None:
    from kiosk.cli import build_kiosk_core
    from kiosk.services.dossiers import DossierLookup, DossierUnavailable
    from tests.conftest import make_config

    core = build_kiosk_core(make_config(tmp_path, KIOSK_API_BASE_URL=province.url))
    try:
        code = province.store.dossiers()[0]["code"]
        live = core.dossier_status(code)
        assert isinstance(live, DossierLookup) and live.live is True and live.status.code == code
        assert core.dossier_status("000.00.17.H17-261120-9999") is None  # unknown
        province.stop()
        cached = core.dossier_status(code)
        assert isinstance(cached, DossierLookup)
        assert (cached.status, cached.live) == (live.status, False)
        assert cached.seen_at == live.seen_at
        never_seen = core.dossier_status("000.00.17.H17-261120-0002")
        assert isinstance(never_seen, DossierUnavailable)  # not the same as unknown
    finally:
        core.close()


def test_a_bad_catalogue_entry_does_not_stop_leases_heartbeats_or_tickets(tmp_path: Path) -> None:
    # a province that breaks the contract: not the checked `province` fixture
    province = ProvinceSimulator(tmp_path / "province.db").start()
    engine = open_engine(tmp_path, province.url)
    try:
        engine.run_cycle()
        province.store.upsert_entity("procedure", "broken", {"id": "broken"})  # no name…
        catalogue = engine.cache.load_catalogue()
        assert catalogue is not None
        engine.outbox.enqueue(rating(catalogue, 4))
        assert engine.run_cycle() is None
        catalogue = engine.cache.load_catalogue()
        assert catalogue is not None and "broken" not in [p.id for p in catalogue.procedures]
        assert engine.cache.cursor() == province.store.latest_cursor()
        assert len(province.store.ratings()) == 1
        assert engine.status.online is True
    finally:
        close_engine(engine)
        province.stop()


class _Proxy(BaseHTTPRequestHandler):
    """Something between the kiosk and the province that answers 403 with a web page."""

    def do_GET(self) -> None:
        self._refuse()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._refuse()

    def _refuse(self) -> None:
        page = b"<html><body>Access denied by the network filter</body></html>"
        self.send_response(403)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_refusals_that_are_not_the_province_never_make_dead_letters(tmp_path: Path) -> None:
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    serving = threading.Thread(target=proxy.serve_forever, daemon=True)
    serving.start()
    api = ProvinceApi(
        f"http://127.0.0.1:{proxy.server_address[1]}", DEFAULT_TOKEN, kiosk_id="K1", timeout_s=3
    )
    outbox, cache = Outbox(tmp_path / "outbox.db"), Cache(tmp_path / "cache.db")
    sync = SyncEngine(api, outbox, cache, zone=ZONE)
    try:
        for score in (1, 2, 3, 4, 4):
            outbox.enqueue(
                RatingPayload(
                    counter_id="q1",
                    score=score,
                    reason="",
                    ticket_number=None,
                    rated_at="2026-11-23T08:00:00Z",
                )
            )
        failure = sync.run_cycle()
        assert failure is not None and "not from the API" in str(failure)
        assert (outbox.depth().pending, outbox.depth().dead) == (5, 0)
    finally:
        proxy.shutdown()
        proxy.server_close()
        api.close()
        outbox.close()
        cache.close()


def test_a_run_of_refusals_pauses_delivery_instead_of_dead_lettering_everything(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    engine.run_cycle()
    for _ in range(5):
        engine.outbox.enqueue(
            RatingPayload(
                counter_id="no-such",
                score=4,
                reason="",
                ticket_number=None,
                rated_at="2026-11-23T08:00:00Z",
            )
        )
    failure = engine.run_cycle()
    assert failure is not None and "refused in a row" in str(failure)
    assert (engine.outbox.depth().dead, engine.outbox.depth().pending) == (3, 2)


def test_an_expired_cursor_keeps_the_old_catalogue_until_the_new_one_is_whole(
    engine: SyncEngine, province: ProvinceSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.run_cycle()
    before = engine.cache.load_catalogue()
    engine.cache.set_value("catalogue_cursor", "999999")  # the province answers 410
    real = engine.api.catalogue_changes
    calls = []

    def flaky(cursor: str, limit: int = 200):
        calls.append(cursor)
        if cursor == "" and len(calls) > 1:  # the network drops during the re-download
            raise ApiError("network", "connection reset")
        return real(cursor, limit=20)

    monkeypatch.setattr(engine.api, "catalogue_changes", flaky)
    with pytest.raises(CycleFailed):
        engine.pull()
    assert engine.cache.load_catalogue() == before  # still there to serve citizens
    monkeypatch.setattr(engine.api, "catalogue_changes", real)
    assert engine.pull() is True
    assert engine.cache.cursor() == province.store.latest_cursor()


def test_only_one_kiosk_process_owns_a_data_directory(
    tmp_path: Path, province: ProvinceSimulator
) -> None:
    from kiosk.cli import build_kiosk_core
    from kiosk.stores.instance_lock import AlreadyRunning
    from tests.conftest import make_config

    config = make_config(tmp_path, KIOSK_API_BASE_URL=province.url)
    first = build_kiosk_core(config)
    try:
        with pytest.raises(AlreadyRunning, match="another kiosk is running"):
            build_kiosk_core(config)
        build_kiosk_core(config, owns_desk=False).close()  # kiosk sync may run beside it
    finally:
        first.close()
    build_kiosk_core(config).close()  # free again once the first has stopped


def test_an_unreadable_session_answer_never_counts_an_item_as_delivered(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    item = engine.outbox.enqueue(rating(catalogue, 2))
    province.store.expire_sessions()
    province.faults.settings = FaultSettings(invalid_json_rate=1.0)
    survives_the_fault(engine, province, item.key)


def test_a_taken_item_with_an_unreadable_answer_is_kept_and_sent_again_with_its_key(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    item = engine.outbox.enqueue(rating(catalogue, 2))
    province.faults.settings = FaultSettings(invalid_json_rate=1.0)
    failure = engine.run_cycle()
    assert failure is not None and not failure.reachable
    kept = engine.outbox.item(item.key)
    assert kept is not None and kept.state == "pending" and kept.payload != "{}"
    assert engine.status.invalid_answers >= 1 and engine.status.online is False
    province.faults.settings = FaultSettings()
    assert engine.run_cycle() is None
    delivered = engine.outbox.item(item.key)
    assert delivered is not None and delivered.state == "delivered"
    assert len(province.store.ratings()) == 1  # the retry was replayed, not counted twice


def test_the_office_day_follows_the_province_when_the_kiosk_clock_is_a_day_off(
    engine: SyncEngine,
) -> None:
    real_today = datetime.now(ZONE).date()
    engine.clock = OfficeClock(ZONE, system=lambda: datetime.now(UTC) + timedelta(days=1))
    assert engine.clock.today() != real_today
    engine.run_cycle()  # the heartbeat measures the offset
    assert abs(engine.clock.offset_s + 86400) < 60
    assert engine.clock.today() == real_today
    engine.run_cycle()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    assert engine.outbox.numbers_left(catalogue.fields[0].id, real_today) > 0
    restarted = SyncEngine(engine.api, engine.outbox, engine.cache, zone=ZONE)
    assert abs(restarted.clock.offset_s + 86400) < 60  # kept for a restart while offline


def test_a_lease_whose_answer_was_lost_is_asked_again_with_its_key_and_burns_no_block(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    engine.pull()
    province.faults.settings = FaultSettings(truncate_rate=1.0)  # leased, answer cut off
    with pytest.raises(CycleFailed):
        engine.lease_blocks()
    assert len(province.store.blocks()) == 1
    province.faults.settings = FaultSettings()
    engine.lease_blocks()
    catalogue = engine.cache.load_catalogue()
    assert catalogue is not None
    kept = {block["id"] for block in province.store.blocks()}
    assert len(kept) == 2 * len(catalogue.fields)  # today and tomorrow, none burnt


def test_while_the_province_is_unreachable_it_is_probed_often_and_delivery_waits_longer(
    engine: SyncEngine,
) -> None:
    down = CycleFailed("catalogue: cannot reach the province")
    delays = [engine.cycle_delay(down) for _ in range(30)]
    assert max(delays) <= engine.settings.offline_probe_s < engine.settings.backoff_cap_s
    throttled = CycleFailed("push: HTTP 429", retry_after_s=120)
    assert engine.cycle_delay(throttled) >= 120  # what the province asked for, always
    answered_badly = CycleFailed("pull: refused", reachable=True)
    assert max(engine.cycle_delay(answered_badly) for _ in range(30)) > (
        engine.settings.offline_probe_s
    )


def test_the_first_probe_that_reaches_the_province_delivers_what_waited(
    engine: SyncEngine, province: ProvinceSimulator
) -> None:
    catalogue = first_sync(engine)
    item = engine.outbox.enqueue(rating(catalogue, 3))
    province.faults.settings = FaultSettings(drop_rate=1.0)
    pushed = engine.run_cycle()  # the push could not reach the province
    assert pushed is not None and pushed.cause.startswith("push")
    probed = engine.run_cycle()  # only a probe: delivery waits out its own backoff
    assert probed is not None and probed.cause.startswith("catalogue pull")
    waiting = engine.outbox.item(item.key)
    assert waiting is not None and waiting.attempts == 1 and engine.status.online is False
    province.faults.settings = FaultSettings()
    assert engine.run_cycle() is None  # the network is back: online and delivered at once
    assert engine.status.online is True
    delivered = engine.outbox.item(item.key)
    assert delivered is not None and delivered.state == "delivered"
