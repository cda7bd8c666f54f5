"""Crash-and-fault trials of the sync engine: nothing lost, nothing delivered twice.

Each trial queues submissions and ratings in a kiosk's ``outbox.db`` (more arrive from this
process while a sync child runs), changes the province's catalogue, turns on random server
faults, then runs ``kiosk sync --until-drained`` in a child process and kills it with
SIGKILL at a random moment, several times, before letting a last run finish. Each item's
content names it (the applicant's ID number, the rating's reason), so a resend under a new
key would show up as a duplicate. Then:

- every queued item reached the province exactly once, under its own idempotency key,
- the province received nothing this harness did not queue,
- no item is left pending (or dead: every payload is valid),
- the kiosk's cached catalogue equals the province's, at the province's latest cursor.

``python -m bench.sync_crash --trials 200`` is the soak; the test suite runs a few trials.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.report import machine
from kiosk.domain.model import Catalogue
from kiosk.stores.cache import Cache
from kiosk.stores.outbox import Outbox
from simulators.faults import HOSTILE_MODES, FaultSettings
from simulators.hostile import CATALOGUE_MODES
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating, submission

ROOT = Path(__file__).resolve().parent.parent
KIOSK_ID = "KIOSK-CRASH-01"


@dataclass
class TrialResults:
    """What the trials found."""

    trials: int = 0
    hostile_trials: int = 0
    kills: int = 0
    queued: int = 0
    lost: int = 0
    duplicated: int = 0
    unexpected: int = 0
    left_pending: int = 0
    dead: int = 0
    cache_mismatches: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was lost, duplicated, left behind or inconsistent."""
        return not (
            self.lost
            or self.duplicated
            or self.unexpected
            or self.left_pending
            or self.dead
            or self.cache_mismatches
        )


def _child_env(data_dir: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        {
            "KIOSK_CONFIG": str(data_dir / "kiosk.toml"),
            "KIOSK_API_BASE_URL": url,
            "KIOSK_API_TIMEOUT_S": "2",
            "KIOSK_KIOSK_ID": KIOSK_ID,
            "KIOSK_PATHS_DATA_DIR": str(data_dir),
            "KIOSK_PATHS_LOG_DIR": str(data_dir / "logs"),
            "KIOSK_SYNC_BACKOFF_BASE_S": "0.02",
            "KIOSK_SYNC_BACKOFF_CAP_S": "0.3",
            "KIOSK_SYNC_BLOCK_SIZE": "20",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


HOSTILE_TRIALS = 0.3
"""Share of trials whose killed runs meet a hostile answer (a captive portal's page, an
error sent as 200, NaN, a mismatched answer …) on every call; the last run meets none."""
SOAK_HOSTILE_MODES = sorted(set(HOSTILE_MODES) - CATALOGUE_MODES - {"drip", "slow_headers"})
"""The catalogue's modes leave the province's own catalogue behind by design, and the
slow ones only cost time (``bench.hostile`` measures them all)."""


def _random_faults(rng: random.Random) -> FaultSettings:
    rates = [rng.choice((0.0, 0.05, 0.1)) for _ in range(6)]
    hostile = rng.choice(SOAK_HOSTILE_MODES) if rng.random() < HOSTILE_TRIALS else ""
    return FaultSettings(
        latency_ms=rng.choice((2, 5, 10, 20)),
        server_error_rate=rates[0],
        throttle_rate=rates[1],
        retry_after_s=0,
        drop_rate=rates[2],
        truncate_rate=rates[3],
        invalid_json_rate=rates[4],
        session_expiry_rate=rates[5],
        hostile=hostile,
    )


def _change_catalogue(province: ProvinceSimulator, rng: random.Random, trial: int) -> None:
    """Delete (rarely) and edit procedures; never one a form still refers to."""
    entities = province.store.catalogue_entities()
    used = {data.get("procedure_id") for (kind, _), data in entities.items() if kind == "form"}
    procedures = [(kind, id_) for kind, id_ in entities if kind == "procedure"]
    spare = [key for key in procedures if key[1] not in used]
    if spare and rng.random() < 0.3:
        province.store.delete_entity(*rng.choice(spare))
        procedures = [key for key in procedures if key in province.store.catalogue_entities()]
    if procedures:
        kind, id_ = rng.choice(procedures)
        data = dict(entities[(kind, id_)])
        data["processing_time"] = f"Trong {trial % 20 + 1} ngày làm việc"
        province.store.upsert_entity(kind, id_, data)


Identity = tuple[str, str]


def _queue(
    outbox: Outbox, catalogue: Catalogue, rng: random.Random, queued: dict[Identity, str]
) -> None:
    """Queue one submission or rating whose content says which one it is."""
    index = len(queued)
    if rng.random() < 0.6:
        payload = submission(catalogue, index)
        identity = ("submission", payload.applicant.id_number)
        queued[identity] = outbox.enqueue(payload).key
    else:
        rated = rating(catalogue, rng.randint(1, 4), index, reason=f"soak #{index}")
        queued[("rating", rated.reason)] = outbox.enqueue(rated).key


def _run_child(
    env: dict[str, str],
    timeout_s: float,
    kill_after_s: float | None = None,
    while_running: Callable[[], None] = lambda: None,
) -> bool:
    """Run one ``kiosk sync`` child to the end, or SIGKILL it ``kill_after_s`` after it has
    opened its stores (``while_running`` runs in between). True if it was killed alive."""
    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sync", "--until-drained", "--max-seconds", str(timeout_s)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill_after_s is None:
        _out, errors = child.communicate(timeout=timeout_s + 30)
        if child.returncode != 0:
            raise RuntimeError(f"final sync run exited {child.returncode}: {errors[-2000:]}")
        return False
    assert child.stdout is not None
    child.stdout.readline()  # "sync: started": the stores are open
    while_running()
    time.sleep(kill_after_s)
    alive = child.poll() is None
    if alive:
        child.send_signal(signal.SIGKILL)
    child.communicate()
    return alive


def run_trials(
    trials: int, seed: int, work_dir: Path, *, max_kills: int = 3, progress: bool = False
) -> TrialResults:
    """Run ``trials`` trials against one simulator and one kiosk data directory."""
    rng = random.Random(seed)
    results = TrialResults()
    started = time.perf_counter()
    data_dir = work_dir / "kiosk"
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "kiosk.toml").touch()
    province = ProvinceSimulator(work_dir / "province.db", fault_seed=seed).start()
    env = _child_env(data_dir, province.url)
    queued: dict[Identity, str] = {}
    try:
        _run_child(env, 60)  # first sync: catalogue and forms arrive
        for trial in range(trials):
            cache = Cache(data_dir / "cache.db")
            catalogue = cache.load_catalogue()
            cache.close()
            assert catalogue is not None, "the sync brought no catalogue"
            outbox = Outbox(data_dir / "outbox.db")
            for _ in range(rng.randint(1, 8)):
                _queue(outbox, catalogue, rng, queued)
            _change_catalogue(province, rng, trial)
            province.faults.settings = _random_faults(rng)

            def queue_more(outbox: Outbox = outbox, catalogue: Catalogue = catalogue) -> None:
                for _ in range(rng.randint(0, 4)):
                    _queue(outbox, catalogue, rng, queued)

            for _ in range(rng.randint(1, max_kills)):
                # items keep arriving from this process while the child syncs
                results.kills += _run_child(env, 60, rng.uniform(0.0, 0.1), queue_more)
            outbox.close()
            if province.faults.settings.hostile:
                results.hostile_trials += 1
                province.faults.settings = province.faults.settings.model_copy(
                    update={"hostile": ""}
                )
            _run_child(env, 120)
            results.trials += 1
            if progress:
                print(
                    f"trial {trial + 1}/{trials}: {len(queued)} queued, "
                    f"{results.kills} kills so far",
                    flush=True,
                )
        province.faults.settings = FaultSettings()
        _check(results, province, data_dir, queued)
    finally:
        province.stop()
    results.seconds = time.perf_counter() - started
    return results


def _check(
    results: TrialResults, province: ProvinceSimulator, data_dir: Path, queued: dict[Identity, str]
) -> None:
    """Compare what the province holds with what was queued, by content and by key."""
    received: list[tuple[Identity, str]] = [
        (("submission", row["applicant"]["id_number"]), row["idempotency_key"])
        for row in province.store.submissions()
    ]
    received += [
        (("rating", row["reason"]), row["idempotency_key"]) for row in province.store.ratings()
    ]
    counts: dict[Identity, int] = {}
    for identity, _key in received:
        counts[identity] = counts.get(identity, 0) + 1
    results.queued = len(queued)
    results.lost = sum(1 for identity in queued if identity not in counts)
    results.duplicated = sum(1 for count in counts.values() if count > 1)
    results.unexpected = sum(1 for identity, key in received if queued.get(identity) != key)
    outbox = Outbox(data_dir / "outbox.db")
    depth = outbox.depth()
    dead = [f"{item.kind} {item.key}: {item.last_error}" for item in outbox.items("dead")]
    outbox.close()
    results.left_pending, results.dead = depth.pending, depth.dead
    results.problems += dead
    cache = Cache(data_dir / "cache.db")
    cached = {key: json.loads(body) for key, body in cache.entity_ids().items()}
    cursor = cache.cursor()
    cache.close()
    expected = province.store.catalogue_entities()
    if set(cached) != set(expected) or cursor != province.store.latest_cursor():
        results.cache_mismatches += 1
        results.problems.append(
            f"cache has {len(cached)} entities at cursor {cursor}; province has "
            f"{len(expected)} at {province.store.latest_cursor()}"
        )
    for key in set(cached) & set(expected):
        if any(
            cached[key].get(name) != value
            for name, value in expected[key].items()
            if name in cached[key]
        ):
            results.cache_mismatches += 1
            results.problems.append(f"cached {key} differs from the province's")


def main() -> int:
    """Run the soak from the command line and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--report", type=Path, help="also write the summary to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as work:
        results = run_trials(args.trials, args.seed, Path(work), progress=True)
    summary = (
        f"{results.trials} trials ({results.hostile_trials} with a hostile province), "
        f"{results.kills} SIGKILLs, {results.queued} items "
        f"queued: {results.lost} lost, {results.duplicated} duplicated, "
        f"{results.unexpected} unexpected, {results.left_pending} pending, "
        f"{results.dead} dead, {results.cache_mismatches} cache mismatches "
        f"({results.seconds:.0f} s)"
    )
    print(summary)
    for problem in results.problems[:20]:
        print(f"  {problem}")
    if args.report:
        args.report.write_text(
            "\n".join(
                [
                    "# Sync crash-and-fault soak",
                    "",
                    f"Measured {datetime.now(UTC):%Y-%m-%d} on: {machine()}.",
                    "",
                    "Run with `python3 dev.py soak` (`python -m bench.sync_crash --trials 200`): "
                    "each trial queues submissions and ratings, changes the catalogue, turns on "
                    "random server faults (5xx, 429, drops, truncated and invalid bodies, expired "
                    "sessions, latency, and in about a third of the trials a hostile answer to "
                    "every call: a portal's page, an error as 200, NaN, a mismatched answer …) and "
                    "SIGKILLs `kiosk sync` children at random moments before a last run drains the "
                    "outbox; then every queued item must be at the province exactly once and the "
                    "cache must equal the province's catalogue.",
                    "",
                    f"**Result** (seed {args.seed}): {summary}.",
                    "",
                    *[f"- {problem}" for problem in results.problems[:20]],
                ]
            )
            + "\n",
            encoding="utf-8",
        )
    return 0 if results.ok else 1


if __name__ == "__main__":
    sys.exit(main())
