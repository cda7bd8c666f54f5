"""Run every benchmark and write docs/benchmarks.md (``python3 dev.py bench``)."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime
from pathlib import Path

from bench import procedure_search, scan_latency, startup, sync_drain, ticket_job, ticket_print
from bench.report import machine, p95

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"


def main() -> int:
    """Run, print and record."""
    starts = startup.run()
    jobs = ticket_job.run()
    prints = ticket_print.run()
    scans = scan_latency.run()
    drains = [sync_drain.run() for _ in range(3)]
    searches = procedure_search.run()
    rows = [
        ("Start to first painted home (offscreen, from source)",
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
        budget = "≤ 8 KB" if "raster" in name else "≤ 1.5 KB"
        rows.append((f"Ticket job size, {name}", f"{result['bytes']:.0f} bytes", "—", budget))
    for name, result in prints.items():
        rows.append((f"Tap to last byte at the printer, {name}",
                     f"{statistics.median(result['last_byte_ms']):.0f} ms",
                     f"{p95(result['last_byte_ms']):.0f} ms", "—"))
        rows.append((f"Tap to the result on screen, {name}",
                     f"{statistics.median(result['answer_ms']):.0f} ms",
                     f"{p95(result['answer_ms']):.0f} ms", "—"))
    line_ms = scans["bytes"][0] * 10 / scan_latency.BAUD * 1000
    rows.append((f"Scan to screen, serial {scan_latency.BAUD} baud, ID card QR "
                 f"({scans['bytes'][0]:.0f} B, {line_ms:.0f} ms on the line), from its last byte",
                 f"{statistics.median(scans['latency_ms']):.1f} ms",
                 f"{p95(scans['latency_ms']):.1f} ms", "—"))
    rates = [d["items_per_s"] for d in drains]
    stalls = [d["stall_ms"] for d in drains]
    rows.append((f"Outbox drain, {sync_drain.ITEMS} submissions to the local simulator",
                 f"{statistics.median(rates):.0f} items/s", f"{min(rates):.0f} items/s (min)",
                 "≥ 200 items/s"))
    rows.append(("Longest UI event-loop stall during that drain",
                 f"{statistics.median(stalls):.1f} ms", f"{max(stalls):.1f} ms", "≤ 50 ms"))
    count = f"{procedure_search.PROCEDURES:,} procedures"
    for key, what in (("keystroke_ms", "every match"),
                      ("keystroke_screen_ms", f"the first {procedure_search.SCREEN_LIMIT}")):
        rows.append((f"Procedure search per keystroke, {count}, {what}",
                     f"{statistics.median(searches[key]):.2f} ms",
                     f"{p95(searches[key]):.2f} ms", "≤ 10 ms"))
    rows.append((f"Procedure search index build, {count}",
                 f"{statistics.median(searches['build_ms']):.0f} ms",
                 f"{max(searches['build_ms']):.0f} ms (max)", "—"))
    table = ["| measure | median | p95 / max | budget |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join([
        "# Benchmarks", "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on: {machine()}.", "",
        "Run with `python3 dev.py bench`. Start: 5 new processes of `kiosk demo --windowed "
        "--exit-after-paint` on the same data directory after one warm-up start (as an "
        "installed kiosk restarts: stores, python-escpos's capability cache and the OS file "
        "cache exist); the time is from process spawn to the first paint of the home "
        "screen and includes starting the embedded simulators. "
        "Tap to last byte: 10 tickets per case taken by the kiosk core from the simulator "
        "and printed to the virtual printer (status checked before, job, status confirmed "
        "after); the serial link is a pty throttled by the printer to 115200 baud (8N1). "
        "Outbox drain: 3 runs; the simulator runs in its own process, the sync engine on its "
        "thread beside a Qt event loop ticking every 1 ms (stall = longest gap beyond 1 ms). "
        "Procedure search: a seeded catalogue (the demo province's procedures and names made "
        "of the words of real ones), queries typed one keystroke at a time, 5 times each "
        "(`python -m bench.procedure_search`).",
        "",
        *table, "",
    ])
    REPORT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
