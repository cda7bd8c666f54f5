"""Run every benchmark and write docs/benchmarks.md (``python3 dev.py bench``)."""

from __future__ import annotations

import os
import platform
import statistics
from datetime import UTC, datetime
from pathlib import Path

from bench import startup, ticket_job

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"


def p95(values: list[float]) -> float:
    """95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def machine() -> str:
    """CPU, cores, memory, OS, Python and Qt versions."""
    import PySide6

    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; PySide6 {PySide6.__version__}")


def main() -> int:
    """Run, print and record."""
    starts = startup.run()
    jobs = ticket_job.run()
    rows = [
        ("Cold start to first painted home (offscreen, from source)",
         f"{statistics.median(starts['start_s']):.2f} s", f"{max(starts['start_s']):.2f} s",
         "≤ 0.5 s"),
        ("Peak RSS at first paint", f"{statistics.median(starts['rss_mb']):.0f} MB",
         f"{max(starts['rss_mb']):.0f} MB", "≤ 100 MB"),
    ]
    for name, result in jobs.items():
        times = result["build_ms"]
        assert isinstance(times, list)
        rows.append((f"Ticket job build, {name}", f"{statistics.median(times):.1f} ms",
                     f"{p95(times):.1f} ms", "—"))
        rows.append((f"Ticket job size, {name}", f"{result['bytes']:.0f} bytes", "—", "≤ 8 KB"))
    table = ["| measure | median | p95 / max | budget |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join([
        "# Benchmarks", "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on: {machine()}.", "",
        "Run with `python3 dev.py bench`. Cold start: 5 runs of `kiosk demo --windowed "
        "--exit-after-paint` after one warm-up; the time is from process spawn to the "
        "first paint of the home screen and includes starting the embedded simulators.", "",
        *table, "",
    ])
    REPORT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
