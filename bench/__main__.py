"""Run every benchmark and write docs/benchmarks.md (``python3 dev.py bench``).

``python -m bench --quick`` runs each with small counts and prints the report without writing
it (a check that everything runs; its numbers are not the report's).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from bench import (
    procedure_search,
    queue_views,
    scan_latency,
    sync_drain,
    ticket_job,
    ticket_print,
)
from bench.memory_cycles import BUDGET_MB, HEAVY_EVERY, RATING_EVERY
from bench.report import Budget, Row, machine, p95, stat_row, tables, value_row
from bench.screen_switch import BUDGET_MS
from screens.board import POLL_MS
from simulators.queue_pages import REFRESH_S

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"

TO_BE_WRITTEN = "cause not written yet (edit CAUSES in bench/__main__.py)"
SWITCH_CAUSE = (
    "the tap's handlers, about half of each switch (a screen's state shown: lists filled, "
    "tiles arranged, keyboards shown), and Qt's layout and paint of the whole window, which "
    "a bare PySide6 window switching pages in the same run shows to take most of a 16 ms "
    "frame on this machine by itself (its rows below); the wipes of the screens left now "
    "come after the next screen's paint, a form is built once per service and a list shown "
    "again with the same rows keeps them. Slowest is going Home from a payment or a "
    "submission: its handlers take 10 to 20 ms; the rest is Qt laying out and painting Home "
    "while the slip is still rendered and the sync still delivers on their threads: the time "
    "goes in gaps of 1 to 12 ms between Qt's events, and a shorter switch interval for "
    "Python's lock did not shorten them"
)
#: why a measure misses its budget, one line each, keyed by the row's key (the first argument
#: of its ``stat_row``/``value_row`` below); a row over budget without one says TO_BE_WRITTEN
CAUSES: dict[str, str] = {
    "start_source": (
        "Home paints before pydantic, the stores, SQLAlchemy, httpx, python-escpos, the "
        "catalogue's models and the procedure search are imported (279 modules, from 740; "
        "the config is read with msgspec); what remains before the paint is Python and Qt "
        "(the bare PySide6 window's start, the floor: importing Qt's namespace alone creates "
        "its Python enums, 25 ms), logging, and building and painting the window (about "
        "70 ms each); on a machine where the bare window alone takes 0.3 s, 0.45 s leaves "
        "0.15 s for the rest"
    ),
    "start_frozen": (
        "the same imports, unpacked from PyInstaller's compressed archive, plus its "
        "bootloader and runtime hooks (25 modules more); modules kept out of the archive "
        "(noarchive) brought the start within 8 % of the source's here, for 13 MB more"
    ),
    "frozen_folder": (
        "Qt's Core, Gui and Widgets with their bindings (42 MB), Qt's ICU libraries (11 MB, "
        "its data already cut to Vietnamese, English and Khmer: 148 → 118 MB with the "
        "unused codecs and scorers; 117 MB with bytecode without docstrings), Python "
        "(10 MB), Pillow's image libraries (8.5 MB), pydantic's core and OpenSSL (5 MB "
        "each). Under 110 MB needs one of them gone: pydantic, whose models the domain and "
        "the API client are written in (the team's decision)"
    ),
    "rss_source": (
        "the libraries the core needs once it starts after the paint: SQLAlchemy about "
        "25 MB on import alone, httpx with ssl about 12 MB (18 MB in a developer's setup, "
        "where it also imports its command line's rich and click), pydantic 7 MB and its "
        "models 9 MB, Qt and its widgets about 60 MB (a bare PySide6 window's peak)"
    ),
    "start_source_to_chromium": (
        "the start's own causes (above); the Chromium peer needs no Python, no config and no "
        "ORM, and its time ends at its exit, after the PNG is written"
    ),
    "start_frozen_to_chromium": "as from source",
    "rss_frozen": (
        "as from source, less httpx's command line and the docstrings (its bytecode is "
        "compiled as by python -OO)"
    ),
    "last_byte serial 115200 baud, raster, realistic priority": (
        "its 8.1 KB take about 700 ms on the line at 115200 baud (10 bits a byte), which "
        "leaves about 300 ms for the status asked before and after and the job's build: "
        "971 ms on the machine of the previous figures, over on one that builds and sends "
        "tickets four times slower (the TCP rows); the code-page mode sends 0.4 KB"
    ),
    "drain_rate": (
        "the same sync code drained 784 items/s on the machine of the previous figures; "
        "this one runs the kiosk about four times slower (the ticket and TCP rows)"
    ),
    "screen_switch": SWITCH_CAUSE,
    "screen_switch_repeat": SWITCH_CAUSE,
    "memory_growth": (
        "screens/background.py's run_in_background never frees its _Signals QObject (the "
        "`finished` closure connected to the object's own signals is a cycle through Qt that "
        "the garbage collector cannot see), one per background job: about half the growth; "
        "the rest is native heap on the GUI thread, not traced yet"
    ),
}

#: (full, --quick) counts
COUNTS = {
    "start_runs": (5, 1),
    "switch_rounds": (10, 2),
    "cycles": (10_000, 30),
    "job_repeats": (50, 5),
    "print_repeats": (10, 2),
    "scan_repeats": (20, 3),
    "drain_runs": (3, 1),
    "drain_items": (sync_drain.ITEMS, 200),
    "search_rounds": (5, 1),
    "queue_repeats": (20, 5),
    "board_calls": (8, 2),
}


def in_own_process(module: str, *args: str) -> dict[str, object]:
    """Run ``python -m bench.<module> --json`` in a new process (its memory and Qt state its
    own); return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", "--json", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


START_BUDGET = Budget(0.45, "s")
RSS_BUDGET = Budget(100, "MB")
FOLDER_BUDGET = Budget(110, "MB")
CHROMIUM_RATIO_BUDGET = Budget(0.5, "×")
BARE_SWITCH = (
    "a bare PySide6 window at 1920×1080 switching between a bare Home and a page with a list "
    "of 28 rows (`python -m bench.bare_switch`)"
)
PEERS = {
    "bare_qt": "a bare PySide6 window drawing the same Home (`python -m bench.bare_home`)",
    "chromium": "headless Chromium rendering the same Home as a page, to its exit",
}


def ratio_row(
    key: str, measure: str, ours: list[float], theirs: list[float], budget: Budget | None = None
) -> Row:
    """The ratio of two medians measured in the same rounds."""
    ratio = statistics.median(ours) / statistics.median(theirs)
    return value_row(key, measure, f"{ratio:.2f}×", ratio, budget)


def peer_ratio_rows(
    key: str,
    measure: str,
    measured: dict[str, list[float]],
    peers: dict[str, dict[str, list[float]]],
    figure: str,
) -> list[Row]:
    """``figure`` of ``measured`` as a ratio to each peer's, medians of the same rounds (the
    start's to Chromium's held against its budget)."""
    return [
        ratio_row(
            f"{key}_to_{peer}",
            f"{measure} ÷ {PEERS[peer]}, medians of the same rounds",
            measured[figure],
            peer_measured[figure],
            CHROMIUM_RATIO_BUDGET if (peer, figure) == ("chromium", "start_s") else None,
        )
        for peer, peer_measured in peers.items()
    ]


def start_rows(starts: dict[str, object]) -> list[Row]:
    """Start and peak RSS, from source and frozen, beside the peers' in the same rounds (and
    as ratios to them); the frozen build's sizes."""
    rows: list[Row] = []
    peers = {kind: found for kind in PEERS if isinstance(found := starts[kind], dict)}
    for kind, how in (
        ("source", "`kiosk run` from source"),
        ("frozen", "frozen (`dist/kiosk-dvc/kiosk-dvc run`)"),
    ):
        measured = starts[kind]
        start_measure = f"Start to first painted Home, {how}"
        rss_measure = (
            f"Peak RSS, start until the core has read the catalogue (Home idle, the other "
            f"screens not built yet), {how}"
        )
        if not isinstance(measured, dict):
            rows += [
                value_row(f"start_{kind}", start_measure, "not built (python3 dev.py build)"),
                value_row(f"rss_{kind}", rss_measure, "not built (python3 dev.py build)"),
            ]
            continue
        rows.append(
            stat_row(
                f"start_{kind}", start_measure, measured["start_s"], "s", 2, START_BUDGET, "max"
            )
        )
        rows += peer_ratio_rows(f"start_{kind}", start_measure, measured, peers, "start_s")
        rows.append(
            stat_row(f"rss_{kind}", rss_measure, measured["rss_mb"], "MB", 0, RSS_BUDGET, "max")
        )
        rows += peer_ratio_rows(f"rss_{kind}", rss_measure, measured, peers, "rss_mb")
        modules = max(measured["modules"])
        rows.append(
            value_row(
                f"modules_{kind}",
                f"Modules imported before the first paint, {how} (a ceiling in "
                "tests/test_startup_imports.py)",
                f"{modules:.0f}",
            )
        )
        longest = ", ".join(f"`{name}` {ms:.0f} ms" for name, ms in measured["import_top"])
        if not longest:  # PyInstaller's bootloader does not take PYTHONPROFILEIMPORTTIME
            longest = "not measured (a frozen build has no -X importtime)"
        rows.append(
            value_row(
                f"imports_{kind}",
                f"The 10 longest imports by themselves before the first paint, {how}",
                longest,
            )
        )
    for peer, peer_measured in peers.items():
        assert isinstance(peer_measured, dict)
        rows.append(
            stat_row(
                f"start_{peer}",
                f"Start, {PEERS[peer]}",
                peer_measured["start_s"],
                "s",
                2,
                worst="max",
            )
        )
        rows.append(
            stat_row(
                f"rss_{peer}",
                f"Peak RSS, {PEERS[peer]}",
                peer_measured["rss_mb"],
                "MB",
                0,
                worst="max",
            )
        )
    if "chromium" not in peers:
        rows.append(
            value_row("start_chromium", f"Start, {PEERS['chromium']}", "Chromium not installed")
        )
    for key, measure, size, budget in (
        (
            "frozen_folder",
            "Frozen build, folder `dist/kiosk-dvc/` (a ceiling in tests/test_installer.py)",
            starts["folder_mb"],
            FOLDER_BUDGET,
        ),
        ("frozen_archive", "Frozen build, `dist/kiosk-dvc-*.tar.gz`", starts["archive_mb"], None),
    ):
        if isinstance(size, float):
            rows.append(value_row(key, measure, f"{size:.0f} MB", size, budget))
        else:
            rows.append(value_row(key, measure, "not built (python3 dev.py build)"))
    return rows


def switch_rows(switch: dict[str, object], bare: dict[str, object]) -> list[Row]:
    """Tap to first paint over every journey (all taps, and the repeats alone), and the
    slowest transition; beside a bare PySide6 window's page switch in the same run."""
    times, rounds, slowest = switch["ms"], switch["rounds"], switch["slowest"]
    bare_times = bare["ms"]
    assert isinstance(times, list) and isinstance(rounds, list) and isinstance(slowest, dict)
    assert isinstance(bare_times, list)
    count = max(rounds) + 1
    what = "Screen switch, tap to the first paint of what it shows, every citizen journey"
    rows = [
        stat_row(
            "screen_switch",
            f"{what}: all {len(times)} taps ({count} rounds, the "
            "first one each screen's first showing)",
            times,
            "ms",
            1,
            Budget(BUDGET_MS, "ms"),
        )
    ]
    repeats = [t for t, r in zip(times, rounds, strict=True) if r > 0]
    if repeats:
        rows.append(
            stat_row(
                "screen_switch_repeat",
                f"{what}: the {len(repeats)} taps of rounds 2 on (every screen built)",
                repeats,
                "ms",
                1,
                Budget(BUDGET_MS, "ms"),
            )
        )
    peer = f"{BARE_SWITCH}, {len(bare_times)} taps"
    rows += [
        stat_row("screen_switch_bare", f"Screen switch, {peer}", bare_times, "ms", 1),
        ratio_row(
            "screen_switch_to_bare",
            f"Screen switch, all taps ÷ {peer}, medians of the same run",
            times,
            bare_times,
        ),
        value_row(
            "screen_switch_p95_to_bare",
            f"Screen switch, all taps ÷ {peer}, p95s of the same run",
            f"{p95(times) / p95(bare_times):.2f}×",
        ),
    ]
    visit = "first showing after start" if slowest["round"] == 0 else "a repeat"
    rows.append(
        value_row(
            "screen_switch_slowest",
            f"Slowest screen switch: {slowest['name']} ({visit})",
            f"{slowest['ms']:.0f} ms",
        )
    )
    aids = switch["aids_ms"]
    assert isinstance(aids, list)
    what = (
        "High contrast or large text switched on or off on Home, every screen built "
        f"({switch['widgets']} widgets restyled), tap to the window's repaint: {len(aids)} taps"
    )
    rows += [
        stat_row("aid_switch", what, aids, "ms", 0),
        ratio_row(
            "aid_switch_to_bare", f"{what} ÷ {peer}, medians of the same run", aids, bare_times
        ),
    ]
    return rows


def memory_rows(memory: dict[str, object]) -> list[Row]:
    """RSS after the first and the last journey cycle, and the growth."""
    cycles, growth = memory["cycles"], memory["growth_mb"]
    assert isinstance(cycles, int) and isinstance(growth, float)
    return [
        value_row(
            "rss_cycle_first",
            f"RSS after the first journey cycle (after {memory['warm_up']} warm-up cycles)",
            f"{memory['rss_first_mb']:.1f} MB",
        ),
        value_row(
            "rss_cycle_last",
            f"RSS after {cycles:,} journey cycles ({memory['cycle_ms']:.0f} ms a cycle)",
            f"{memory['rss_last_mb']:.1f} MB",
        ),
        value_row(
            "memory_growth",
            f"Memory growth over {cycles:,} journey cycles",
            f"{growth:+.1f} MB",
            growth,
            Budget(BUDGET_MB, "MB"),
        ),
    ]


def device_rows(
    jobs: dict[str, dict[str, float | list[float]]],
    prints: dict[str, dict[str, list[float]]],
    scans: dict[str, list[float]],
) -> list[Row]:
    """Ticket jobs, tap to the last byte at the printer, scan to screen."""
    rows: list[Row] = []
    for name, result in jobs.items():
        times, size = result["build_ms"], result["bytes"]
        assert isinstance(times, list) and isinstance(size, float)
        rows.append(stat_row(f"job_build {name}", f"Ticket job build, {name}", times, "ms", 1))
        rows.append(
            value_row(
                f"job_size {name}",
                f"Ticket job size, {name}",
                f"{size:.0f} bytes",
                size / 1024,
                None if "longest" in name else Budget(8 if "raster" in name else 1.5, "KB"),
            )
        )
    for name, timings in prints.items():
        rows.append(
            stat_row(
                f"last_byte {name}",
                f"Tap to last byte at the printer, {name}",
                timings["last_byte_ms"],
                "ms",
                0,
                Budget(1000, "ms"),
            )
        )
        rows.append(
            stat_row(
                f"answer {name}",
                f"Tap to the result on screen, {name}",
                timings["answer_ms"],
                "ms",
                0,
            )
        )
    line_ms = scans["bytes"][0] * 10 / scan_latency.BAUD * 1000
    rows.append(
        stat_row(
            "scan",
            f"Scan to screen, serial {scan_latency.BAUD} baud, ID card QR "
            f"({scans['bytes'][0]:.0f} B, {line_ms:.0f} ms on the line), from its "
            "last byte",
            scans["latency_ms"],
            "ms",
            1,
        )
    )
    return rows


def sync_rows(drains: list[dict[str, float]], items: int) -> list[Row]:
    """Outbox drain rate and the longest UI stall meanwhile."""
    return [
        stat_row(
            "drain_rate",
            f"Outbox drain, {items:,} submissions to the local simulator",
            [d["items_per_s"] for d in drains],
            "items/s",
            0,
            Budget(200, "items/s", at_least=True),
            worst="min",
        ),
        stat_row(
            "drain_stall",
            "Longest UI event-loop stall during that drain",
            [d["stall_ms"] for d in drains],
            "ms",
            1,
            Budget(50, "ms"),
            worst="max",
        ),
    ]


def search_rows(searches: dict[str, list[float]]) -> list[Row]:
    """Procedure search per keystroke, and the index build."""
    count = f"{procedure_search.PROCEDURES:,} procedures"
    rows = [
        stat_row(
            key,
            f"Procedure search per keystroke, {count}, {what}",
            searches[key],
            "ms",
            2,
            Budget(10, "ms"),
        )
        for key, what in (
            ("keystroke_ms", "every match"),
            ("keystroke_screen_ms", f"the first {procedure_search.SCREEN_LIMIT}"),
        )
    ]
    rows.append(
        stat_row(
            "search_index",
            f"Procedure search index build, {count}",
            searches["build_ms"],
            "ms",
            0,
            worst="max",
        )
    )
    rates = procedure_search.evaluation()
    queries = f"{rates['queries']:.0f} queries as citizens type them (bench/search_queries.py)"
    for key, what in (("top3", ""), ("top3_without_marks", ", those without marks")):
        share = 100 * rates[key]
        rows.append(
            value_row(
                f"search_{key}",
                f"Procedure search: the procedure among the first 3, {queries}{what}",
                f"{share:.1f} %",
                share,
                Budget(95, "%", at_least=True),
            )
        )
    return rows


def queue_rows(views: dict[str, list[float]]) -> list[Row]:
    """The phone page and the calling board against the simulator."""
    return [
        stat_row(
            "phone_page",
            "Phone page (a ticket's QR), served on loopback",
            views["phone_page_ms"],
            "ms",
            1,
        ),
        stat_row(
            "phone_status",
            f"Phone page refresh (every {REFRESH_S} s), its status answer on loopback",
            views["phone_status_ms"],
            "ms",
            1,
            Budget(50, "ms"),
        ),
        stat_row(
            "board_poll", "Calling board poll (GET /api/v1/queue)", views["board_poll_ms"], "ms", 1
        ),
        stat_row(
            "board_call",
            f"Calling board, a counter's call to its number on screen (polls every "
            f"{POLL_MS // 1000} s)",
            views["board_call_to_screen_ms"],
            "ms",
            0,
            Budget(POLL_MS + 500, "ms"),
            worst="max",
        ),
    ]


def method(counts: dict[str, int]) -> str:
    """How each measure is taken."""
    return (
        "Run with `python3 dev.py bench`; every budget is held against the worst column "
        "(p95, or the max or min where marked). The province simulator and the virtual "
        "printer run in processes of their own wherever the kiosk is measured as a whole. "
        f"**Start**: `kiosk run --windowed --exit-after-paint` offscreen against them, from "
        f"source and frozen (PyInstaller, `python3 dev.py build`), {counts['start_runs']} new "
        "processes each on the same data directory after one warm-up round (as an installed "
        "kiosk restarts: stores, catalogue cache, python-escpos's capability cache and the OS "
        "file cache exist); the time is from process spawn to the kiosk's `first-paint` line "
        "(printed after Home's first paint), the RSS is the child's peak (`ru_maxrss`): the "
        "kiosk quits once its core has started after that paint and the cached catalogue is "
        "read, so it bounds the RSS idle on Home. In the same rounds, one start of each in "
        "turn, the peers: a bare PySide6 window drawing the same Home (`python -m "
        "bench.bare_home`, the floor) and, where installed, headless Chromium rendering the "
        "same Home as a page to a PNG and quitting (timed to its exit; its RSS is its browser "
        "process's); ratios are of medians. "
        "**Screen switch**: the real main window offscreen at the kiosk's 1920×1080, taps "
        "(QTest mouse press and release on the button or list row a citizen touches) through "
        "every journey: take a number (a field, the ticket printing, Home), procedures (a "
        "field's chip, a procedure's detail, Back, the search box's keyboard, Back), dossier "
        "(Look up, another, Home), submission (a service, consent, Back, the ID card's "
        "fill-in, review, send, Finish), payment (a fee, the VietQR code, Finish) and rating "
        "(counter, face, reason, Home), "
        f"{counts['switch_rounds']} rounds after every citizen screen was built in the "
        "background (as the kiosk does once Home has painted), the first one each screen's "
        "first showing. A tap's time runs from before the press to the end of the first repaint of "
        "the window, after the tap's handlers have returned, that paints the screen then "
        "current: an event filter runs the window's UpdateRequest (Qt paints every dirty "
        "widget into the backing store and flushes it) and reads the clock when it returns "
        "(`python -m bench.screen_switch` lists every transition with the share spent in the "
        "handlers). Then, on Home, high contrast and large text are each switched on and off "
        "once a round: the whole window is restyled, and the clock's filter is on the window "
        "alone (an application filter would be asked about every widget's events). "
        "**Memory**: the same window; a warm-up (every journey below twice), then "
        f"{counts['cycles']:,} cycles; a cycle is one journey from Home back to Home (which "
        "wipes every screen): odd cycles glance at a journey (its tile, then Home; each of "
        "the six in turn), even ones search a procedure and open it, or scan a receipt's "
        f"barcode on Home (the status from the province), in turn; every {RATING_EVERY}th "
        f"cycle is a rating instead, and every {HEAVY_EVERY}th a full journey that prints, in "
        "turn a ticket, an online submission and a fee payment (cycles are this light so "
        "that 10,000 take about ten minutes). RSS from /proc/self/statm after a full garbage "
        "collection, after the first and the last cycle (`python -m bench.memory_cycles "
        "--tracemalloc` lists what grew). "
        f"**Tap to last byte**: {counts['print_repeats']} tickets per case taken by the kiosk "
        "core from the simulator and printed to the virtual printer (status checked before, "
        "job, status confirmed after); the serial link is a pty throttled by the printer to "
        "115200 baud (8N1). "
        f"**Outbox drain**: {counts['drain_runs']} runs; the sync engine on its thread beside "
        "a Qt event loop ticking every 1 ms (stall = longest gap beyond 1 ms). "
        "**Procedure search**: a seeded catalogue (the demo province's procedures and names "
        "made of the words of real ones), queries typed one keystroke at a time, "
        f"{counts['search_rounds']} times each (`python -m bench.procedure_search`). "
        f"**Phone page and board**: {counts['queue_repeats']} requests of each as a phone "
        f"asks them; {counts['board_calls']} calls at a counter, each at a random moment of "
        "the board's poll cycle, timed to its number in the tile of a real board window "
        "offscreen (`python -m bench.queue_views`)."
    )


def timed(name: str, measure: Callable[[], T]) -> T:
    """``measure()``, saying on stderr how long it took (a long run shows where it is)."""
    started = time.perf_counter()
    result = measure()
    print(
        f"bench: {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True
    )
    return result


def main(argv: list[str]) -> int:
    """Run, print and (unless ``--quick``) record."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small counts; print the report, do not write it"
    )
    parser.add_argument("--cycles", type=int, help="journey cycles for memory (else 10,000)")
    args = parser.parse_args(argv)
    quick = args.quick
    n = {name: pair[1 if quick else 0] for name, pair in COUNTS.items()}
    if args.cycles:
        n["cycles"] = args.cycles
    # from a small process of its own: on Linux a child's peak RSS counts its parent's RSS
    # at the fork, and this one has the kiosk's window and libraries imported by now
    runs = str(n["start_runs"])
    rows = start_rows(timed("start", lambda: in_own_process("startup", "--runs", runs)))
    rounds = str(n["switch_rounds"])
    rows += switch_rows(
        timed("screen switch", lambda: in_own_process("screen_switch", "--rounds", rounds)),
        timed("bare switch", lambda: in_own_process("bare_switch", "--rounds", rounds)),
    )
    rows += memory_rows(
        timed("memory", lambda: in_own_process("memory_cycles", "--cycles", str(n["cycles"])))
    )
    rows += device_rows(
        timed("ticket jobs", lambda: ticket_job.run(n["job_repeats"])),
        timed("tap to paper", lambda: ticket_print.run(n["print_repeats"])),
        timed("scan", lambda: scan_latency.run(n["scan_repeats"])),
    )
    rows += sync_rows(
        timed("drain", lambda: [sync_drain.run(n["drain_items"]) for _ in range(n["drain_runs"])]),
        n["drain_items"],
    )
    rows += search_rows(timed("search", lambda: procedure_search.run(rounds=n["search_rounds"])))
    rows += queue_rows(
        timed("queue views", lambda: queue_views.run(n["queue_repeats"], n["board_calls"]))
    )
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d} on: {machine()}.",
            "",
            method(n),
            "",
            *tables(rows, CAUSES, TO_BE_WRITTEN),
            "",
        ]
    )
    if not quick:
        REPORT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
