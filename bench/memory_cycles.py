"""Memory over 10,000 journey cycles: the kiosk's resident set size after the first cycle
(after a warm-up) and after the last, on the real window (offscreen, 1920×1080), with the
province simulator and the virtual printer in processes of their own (so their stores and
the printed jobs are not counted).

A cycle is one citizen journey from Home back to Home (which wipes every screen), taps
synthesized on the buttons. Odd cycles glance at a journey, in turn each of the six: its tile
on Home, then Home. Even cycles go further, in turn: a procedure searched (Home → list → a
query, set as if typed → a procedure's detail → Home) and a receipt's barcode scanned on Home
(the dossier's status from the province → Home). Every ``RATING_EVERY``-th cycle is a rating
instead (counter, face, reason, queued → Home), and every ``HEAVY_EVERY``-th a full journey
that prints, in turn: a queue ticket, an online submission (consent, the form filled from an
ID card, review, the receipt) and a fee payment (VietQR, the slip). Cycles are this light so
that 10,000 of them take about ten minutes: a step costs the kiosk 10-30 ms and its way Home
(every screen wiped) 20-90 ms. Pending layouts run before each tap; the window paints
whenever a step waits (the province, the printer), at every tap on a button, and at the end
of every cycle, when the deferred deletions of the journey's widgets also run. RSS is read
from /proc/self/statm after a full garbage collection.

``python -m bench.memory_cycles [--cycles N] [--tracemalloc]`` prints the samples;
``--tracemalloc`` also lists the lines whose Python allocations grew most (slow).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc

from PySide6.QtCore import QCoreApplication, QEvent

from bench.journeys import Check, Journey, Journeys, Touch
from bench.kiosk_window import rss_mb, running_kiosk, settle, wait_until

CYCLES = 10_000
RATING_EVERY = 10
HEAVY_EVERY = 50
SAMPLES = 10
BUDGET_MB = 5.0


class Runner:
    """Runs a journey's steps as fast as the kiosk takes them (nothing timed)."""

    def step(self, name: str, touch: Touch, until: Check | None = None) -> None:
        # lay out what the last step showed (where the next tap lands); its paint waits for
        # the end of the cycle, or for the next wait
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        touch()
        if until is not None:
            wait_until(until, 30)


class Plan:
    """Which journey each cycle runs."""

    def __init__(self, journeys: Journeys) -> None:
        self.glances = journeys.glances()
        self.light = [journeys.procedure_search, journeys.dossier_scan]
        self.rating = journeys.rating
        self.heavy = [journeys.ticket, journeys.submission, journeys.payment]

    def __call__(self, n: int) -> Journey:
        """The journey of cycle ``n`` (from 1)."""
        if n % HEAVY_EVERY == 0:
            return self.heavy[(n // HEAVY_EVERY - 1) % len(self.heavy)]
        if n % RATING_EVERY == 0:
            return self.rating
        if n % 2:
            return self.glances[n // 2 % len(self.glances)]
        return self.light[n // 2 % len(self.light)]

    def warm_up(self) -> list[Journey]:
        """Every journey of the plan, twice."""
        return [*self.glances, *self.light, self.rating, *self.heavy] * 2


def sample() -> float:
    """RSS in MB after a full collection."""
    gc.collect()
    return rss_mb()


def run(cycles: int = CYCLES, *, trace: bool = False) -> dict[str, object]:
    """RSS after the first and the last of ``cycles`` cycles (after a warm-up: every journey
    twice), the samples on the way, and (with ``trace``) the top growth of Python
    allocations."""
    runner = Runner()
    samples: list[tuple[int, float, float]] = []  # (cycle, RSS MB, ms a cycle since the last)
    top: list[str] = []
    with running_kiosk() as kiosk:
        plan = Plan(Journeys(kiosk))
        navigator = kiosk.window.navigator

        def one(journey: Journey) -> None:
            journey(runner)
            wait_until(lambda: navigator.current_name == "home")
            settle(0)  # Home painted; the journey's deleted widgets go

        warm_up = plan.warm_up()
        for journey in warm_up:
            one(journey)
        one(plan(1))
        samples.append((1, sample(), 0.0))
        if trace:
            tracemalloc.start(8)
            before = tracemalloc.take_snapshot()
        started = time.perf_counter()
        every = max(1, cycles // SAMPLES)
        lap, lap_count = started, 1
        for count in range(2, cycles + 1):
            one(plan(count))
            if count % every == 0 or count == cycles:
                lap_ms = (time.perf_counter() - lap) * 1000 / (count - lap_count)
                samples.append((count, sample(), lap_ms))
                lap, lap_count = time.perf_counter(), count
        seconds = time.perf_counter() - started
        if trace:
            after = tracemalloc.take_snapshot()
            tracemalloc.stop()
            top = [str(stat) for stat in after.compare_to(before, "lineno")[:15]]
    first, last = samples[0][1], samples[-1][1]
    return {
        "cycles": cycles,
        "warm_up": len(warm_up),
        "rss_first_mb": first,
        "rss_last_mb": last,
        "growth_mb": last - first,
        "samples": samples,
        "seconds": seconds,
        "cycle_ms": seconds * 1000 / max(1, cycles - 1),
        "top_growth": top,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.memory_cycles", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--cycles", type=int, default=CYCLES)
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="list the lines whose Python allocations grew most",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.cycles, trace=args.tracemalloc)
    if args.json:
        print(json.dumps(result), flush=True)
        return 0
    samples = result["samples"]
    assert isinstance(samples, list)
    for count, mb, cycle_ms in samples:
        print(f"after cycle {count:6d}: {mb:7.1f} MB ({cycle_ms:.0f} ms a cycle)")
    print(
        f"growth {result['growth_mb']:+.1f} MB over {result['cycles']} cycles "
        f"({result['cycle_ms']:.0f} ms a cycle, {result['seconds']:.0f} s)"
    )
    for line in result["top_growth"]:  # type: ignore[attr-defined]
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
