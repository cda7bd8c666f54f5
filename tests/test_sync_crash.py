"""The sync engine killed with SIGKILL at random moments under server faults loses nothing.

A few trials here; ``python3 dev.py soak`` runs 200.
"""

from __future__ import annotations

from pathlib import Path

from bench.sync_crash import TrialResults, _check, run_trials
from simulators.province_api import ProvinceSimulator


def test_killed_syncs_deliver_every_item_exactly_once(tmp_path: Path) -> None:
    results = run_trials(4, seed=7, work_dir=tmp_path)
    assert results.trials == 4 and results.kills >= 4 and results.queued >= 8
    assert results.ok, results


def test_the_checker_notices_lost_and_unexpected_items(tmp_path: Path) -> None:
    results = run_trials(1, seed=3, work_dir=tmp_path / "run")
    assert results.ok
    province = ProvinceSimulator(tmp_path / "run" / "province.db").start()
    try:
        delivered = {
            ("rating", row["reason"]): row["idempotency_key"] for row in province.store.ratings()
        }
        delivered |= {
            ("submission", row["applicant"]["id_number"]): row["idempotency_key"]
            for row in province.store.submissions()
        }
        first = next(iter(delivered))
        queued = {identity: key for identity, key in delivered.items() if identity != first}
        queued[("rating", "never delivered")] = "never-delivered-0001"
        recheck = TrialResults()
        _check(recheck, province, tmp_path / "run" / "kiosk", queued)
    finally:
        province.stop()
    assert (recheck.lost, recheck.unexpected) == (1, 1) and not recheck.ok
