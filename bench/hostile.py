"""``kiosk sync`` against each hostile mode of the province simulator: what it costs.

For every mode of ``simulators.faults.HOSTILE_MODES`` (and the healthy province as the peer):
a kiosk data directory with submissions, payments and ratings waiting is synced once by a
``kiosk sync`` child process. Reported per mode: items wrongly marked delivered (the province
never accepted them in a way the kiosk could check: must be 0), the child's wall time (its
calls keep to their deadline), its peak RSS, and its exit code.

``python -m bench.hostile`` prints the table; ``python3 dev.py soak`` runs it too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.stores.cache import Cache
from kiosk.stores.outbox import Outbox
from simulators.faults import HOSTILE_MODES, FaultSettings
from simulators.hostile import CATALOGUE_MODES
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating, submission

ROOT = Path(__file__).resolve().parent.parent
DEADLINE_S = 5.0
ITEMS = 6  # submissions and ratings, half each
KIOSK_ID = "KIOSK-HOSTILE-01"


@dataclass(frozen=True)
class ModeResult:
    """One mode's run of ``kiosk sync`` (and, when asked, of the kiosk's window)."""

    mode: str
    wrongly_delivered: int
    seconds: float
    peak_rss_mb: float
    exit_code: int
    gui_peak_rss_mb: float | None = None


def _env(data_dir: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        {
            "KIOSK_CONFIG": str(data_dir / "kiosk.toml"),
            "KIOSK_API_BASE_URL": url,
            "KIOSK_KIOSK_ID": KIOSK_ID,
            "KIOSK_PATHS_DATA_DIR": str(data_dir),
            "KIOSK_PATHS_LOG_DIR": str(data_dir / "logs"),
            "KIOSK_API_TIMEOUT_S": "2",
            "KIOSK_API_DEADLINE_S": str(DEADLINE_S),
            "KIOSK_PRINTER_URI": "tcp://127.0.0.1:9",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def _sync(
    env: dict[str, str], *command: str, seconds: float | None = None
) -> tuple[int, float, float]:
    """Run one ``kiosk sync`` (or ``command``; stopped after ``seconds``): its exit code,
    wall time and peak RSS (MB)."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk", *(command or ("sync",))],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if seconds is not None:
        time.sleep(seconds)
        child.terminate()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, time.monotonic() - started, usage.ru_maxrss / 1024


def run_mode(mode: str, work_dir: Path, gui_seconds: float = 0.0) -> ModeResult:
    """Sync a kiosk with waiting work once while the province answers in ``mode``; with
    ``gui_seconds``, then run the kiosk's window (offscreen) that long against it too."""
    data_dir = work_dir / (mode or "healthy")
    data_dir.mkdir(parents=True)
    (data_dir / "kiosk.toml").touch()
    province = ProvinceSimulator(work_dir / f"{mode or 'healthy'}-province.db").start()
    env = _env(data_dir, province.url)
    try:
        code, _, _ = _sync(env)  # the catalogue arrives
        if code != 0:
            raise RuntimeError(f"first sync failed with {code}")
        cache = Cache(data_dir / "cache.db")
        catalogue = cache.load_catalogue()
        cache.close()
        assert catalogue is not None
        outbox = Outbox(data_dir / "outbox.db")
        keys = [
            outbox.enqueue(submission(catalogue, index)).key
            if index % 2
            else outbox.enqueue(rating(catalogue, 3, index)).key
            for index in range(ITEMS)
        ]
        outbox.close()
        province.faults.settings = FaultSettings(hostile=mode, drip_ms=200)
        code, seconds, rss = _sync(env)
        outbox = Outbox(data_dir / "outbox.db")
        delivered = [
            item
            for key in keys
            if (item := outbox.item(key)) is not None and item.state == "delivered"
        ]
        outbox.close()
        gui_rss = None
        if gui_seconds:
            _, _, gui_rss = _sync(
                {**env, "QT_QPA_PLATFORM": "offscreen"}, "run", "--windowed", seconds=gui_seconds
            )
    finally:
        province.stop()
    # delivered rightly: with a healthy province; in the catalogue modes (only the catalogue's
    # answers are spoiled); a rating's receipt in mismatch mode (it names nothing of the
    # request to check, and the province did store the rating)
    wrongly = [
        item
        for item in delivered
        if mode
        and mode not in CATALOGUE_MODES
        and not (mode == "mismatch" and item.kind == "rating")
    ]
    return ModeResult(mode or "(healthy province)", len(wrongly), seconds, rss, code, gui_rss)


def run_all(work_dir: Path, gui_seconds: float = 0.0) -> list[ModeResult]:
    """The healthy province first (the peer), then every hostile mode."""
    return [run_mode(mode, work_dir, gui_seconds) for mode in ("", *HOSTILE_MODES)]


def table(results: list[ModeResult]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| mode | wrongly delivered | `kiosk sync` wall time (s) | peak RSS (MB) | exit "
        "| window's peak RSS (MB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.mode} | {r.wrongly_delivered} | {r.seconds:.1f} | {r.peak_rss_mb:.0f} | "
        f"{r.exit_code} | "
        f"{'–' if r.gui_peak_rss_mb is None else f'{r.gui_peak_rss_mb:.0f}'} |"
        for r in results
    ]
    return "\n".join(lines)


def main() -> int:
    """Run every mode and print the table; exit 1 if anything was wrongly delivered."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="append the table to this Markdown file")
    parser.add_argument(
        "--gui-seconds",
        type=float,
        default=0.0,
        help="also run the kiosk's window this long per mode (peak RSS)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-hostile-") as work:
        results = run_all(Path(work), args.gui_seconds)
    text = table(results)
    print(text)
    if args.report:
        with args.report.open("a", encoding="utf-8") as report:
            report.write(
                f"\n## Hostile province\n\nMeasured {datetime.now(UTC):%Y-%m-%d}: "
                f"one `kiosk sync` (call deadline {DEADLINE_S:g} s, drip 200 ms a "
                f"byte) with {ITEMS} items waiting, per mode of the simulator, then "
                f"the kiosk's window for {args.gui_seconds:g} s against it "
                "(`python -m bench.hostile`).\n\n" + text + "\n"
            )
    return 1 if any(r.wrongly_delivered for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
