"""Power cuts, lost files and restored copies: the kiosk knows what it lost, and never gives a
citizen a reference or a number that was already given to someone else.

Each case damages a copy of a real data directory taken while the kiosk was running (the
write-ahead log still holding the last items), then starts the kiosk on it.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli import build_kiosk_core
from kiosk.config import Config
from kiosk.core import KioskCore
from kiosk.domain.payloads import RatingPayload
from kiosk.stores.high_water import FILE_NAME
from kiosk.stores.outbox import Outbox
from kiosk.stores.problems import StoreUnusable
from kiosk.technician.diagnostics.sync import check_sync
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.conftest import make_config
from tests.test_submissions import APPLICANT, RAW, ZONE, marital_form

STORE_FILES = ("outbox.db", "outbox.db-wal", "outbox.db-shm", FILE_NAME)


def kiosk_config(
    root: Path,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    kiosk_id: str = "KIOSK-DEMO-01",
) -> Config:
    root.mkdir(parents=True, exist_ok=True)
    return make_config(
        root,
        KIOSK_API_BASE_URL=province.url,
        KIOSK_PRINTER_URI=printer.uri,
        KIOSK_KIOSK_ID=kiosk_id,
    )


def give_references(core: KioskCore, count: int) -> list[str]:
    """Queue ``count`` submissions and payments offline; the references citizens took."""
    catalogue = core.catalogue()
    assert catalogue is not None
    form = marital_form(catalogue)
    fee = next(p for p in catalogue.procedures if p.fee_vnd > 0)
    references = []
    for _ in range(count):
        references.append(
            core.submissions.submit(
                form, RAW, APPLICANT, consent_at=datetime.now(UTC), timeout_s=0
            ).local_reference
        )
        references.append(core.payments.start_payment(fee, fee.fee_vnd).reference)
    return references


def snapshot(data_dir: Path, target: Path) -> None:
    """Copy the outbox's files as they are on disk right now (as a power cut leaves them)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in STORE_FILES:
        if (data_dir / name).exists():
            shutil.copy2(data_dir / name, target / name)


def restore(
    source: Path, data_dir: Path, *, keep: tuple[str, ...] = (), lose: tuple[str, ...] = ()
) -> None:
    """Put the copied files back, except those to ``keep`` as they are and those to ``lose``."""
    for name in set(STORE_FILES) - set(keep):
        (data_dir / name).unlink(missing_ok=True)
        if name not in lose and (source / name).exists():
            shutil.copy2(source / name, data_dir / name)


@pytest.fixture
def running(
    tmp_path: Path, province: ProvinceSimulator, printer: VirtualPrinter
) -> Iterator[tuple[Config, Path, list[str]]]:
    """A kiosk that synced, then queued work offline; stopped as by a power cut: the
    state of its files while it ran is in ``cut/``, the references it gave are returned."""
    config = kiosk_config(tmp_path / "kiosk", province, printer)
    core = build_kiosk_core(config)
    assert core.sync.run_cycle() is None
    province.faults.settings = FaultSettings(drop_rate=1.0)
    references = give_references(core, 3)
    data_dir = core.paths.data_dir
    snapshot(data_dir, tmp_path / "cut")
    references += give_references(core, 1)  # after the copy: in no backup
    core.close()
    province.faults.settings = FaultSettings()
    yield config, tmp_path / "cut", references


def damage_cases(cut: Path) -> dict[str, Callable[[Path], None]]:
    def deleted(data: Path) -> None:
        for name in ("outbox.db", "outbox.db-wal", "outbox.db-shm"):
            (data / name).unlink(missing_ok=True)

    def zeroed(data: Path) -> None:
        deleted(data)
        (data / "outbox.db").write_bytes(b"")

    def older_copy(data: Path) -> None:
        restore(cut, data, keep=(FILE_NAME,))

    def wal_lost(data: Path) -> None:
        restore(cut, data, keep=(FILE_NAME,), lose=("outbox.db-wal", "outbox.db-shm"))

    def wal_cut_short(data: Path) -> None:
        restore(cut, data, keep=(FILE_NAME,), lose=("outbox.db-shm",))
        wal = data / "outbox.db-wal"
        if wal.exists():
            wal.write_bytes(wal.read_bytes()[: wal.stat().st_size // 3])

    def data_dir_restored(data: Path) -> None:  # its own mark included: the mirror tells
        restore(cut, data)

    return {
        "deleted": deleted,
        "zeroed": zeroed,
        "older_copy": older_copy,
        "wal_lost": wal_lost,
        "wal_cut_short": wal_cut_short,
        "data_dir_restored": data_dir_restored,
    }


@pytest.mark.parametrize(
    "case", ["deleted", "zeroed", "older_copy", "wal_lost", "wal_cut_short", "data_dir_restored"]
)
def test_a_lost_or_rolled_back_outbox_is_detected_and_no_reference_comes_back(
    running: tuple[Config, Path, list[str]], province: ProvinceSimulator, case: str
) -> None:
    config, cut, given = running
    data_dir = config.paths.data_dir
    assert data_dir is not None
    damage_cases(cut)[case](data_dir)

    core = build_kiosk_core(config)
    try:
        (loss,) = core.outbox.losses()
        assert "outbox.db" in loss.summary and "UTC" in loss.summary
        result = check_sync(core.sync)
        assert result.level == "fail" and result.summary.startswith("outbox.db")
        report = core.sync.heartbeat_report()
        (problem,) = [p for p in report["diagnostics"]["problems"] if p["name"] == "sync"]
        assert problem["level"] == "fail" and "outbox.db" in problem["summary"]
        catalogue = core.catalogue()
        assert catalogue is not None
        today = datetime.now(ZONE).date()  # every block retired: the lost tickets used them
        assert all(core.outbox.numbers_left(f.id, today) == 0 for f in catalogue.fields)

        after = give_references(core, 4)
        assert not set(after) & set(given)
        assert core.sync.run_cycle() is None  # and the province takes them all
        received = {s["local_reference"] for s in province.store.submissions()}
        assert {r for r in after if r.startswith(config.kiosk.id)} <= received

        assert core.outbox.acknowledge_losses() == 1
        assert check_sync(core.sync).level != "fail"
    finally:
        core.close()
    again = build_kiosk_core(config)  # a restart after the acknowledgement is clean
    try:
        assert again.outbox.losses() == [] and check_sync(again.sync).level != "fail"
    finally:
        again.close()


def test_an_intact_outbox_restarts_without_a_loss(running: tuple[Config, Path, list[str]]) -> None:
    config, _, given = running
    core = build_kiosk_core(config)
    try:
        assert core.outbox.losses() == []
        assert not set(give_references(core, 2)) & set(given)
    finally:
        core.close()


def test_two_kiosks_set_up_with_the_same_id_never_share_a_reference(
    tmp_path: Path, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    issued: list[str] = []
    for name in ("first", "second"):
        core = build_kiosk_core(kiosk_config(tmp_path / name, province, printer, "SAME-ID"))
        try:
            assert core.sync.run_cycle() is None
            issued += give_references(core, 3)
        finally:
            core.close()
    assert len(set(issued)) == len(issued)


@pytest.mark.parametrize("seed", range(12))
def test_bit_flips_in_the_outbox_are_refused_at_start_or_leave_it_readable(
    tmp_path: Path, seed: int
) -> None:
    original = tmp_path / "original.db"
    outbox = Outbox(original)
    for index in range(200):
        outbox.enqueue(
            RatingPayload(
                counter_id="q1",
                score=3,
                reason=f"#{index}" * 50,
                ticket_number=None,
                rated_at="2026-12-06T08:00:00+07:00",
            )
        )
    outbox.close()
    damaged = bytearray(original.read_bytes())
    rng = random.Random(seed)
    for _ in range(5):
        damaged[rng.randrange(100, len(damaged))] ^= 1 << rng.randrange(8)
    (tmp_path / "outbox.db").write_bytes(bytes(damaged))
    try:
        reopened = Outbox(tmp_path / "outbox.db")
    except StoreUnusable as refused:  # damaged pages: found at start, said in one line
        assert "damaged" in str(refused)
        return
    try:  # else the structure is whole: each row reads, or fails alone
        assert reopened.depth().pending <= 200
    finally:
        reopened.close()
