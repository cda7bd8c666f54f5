"""Screen switch after a tap: from the tap to the end of the first paint of what it shows, over
every citizen journey, on the real window (offscreen, at the kiosk's 1920×1080).

A tap is a mouse press and release synthesized by QTest on the button (or list row) a citizen
would touch, timed as ``bench.first_paint`` says: the press, the handlers (lists filled,
screens wiped after the window has painted Home), layout, style and the paint of the whole
window.

One round is every journey of ``bench.journeys.Journeys.full`` once, each from Home: take a
number, look up procedures, look up a dossier, submit online, pay a fee, rate the service.
As the kiosk does after Home's first paint, every citizen screen is built in the background
before the first tap; the first round is the first time each screen shows, later rounds are
repeats. Then, on Home, high contrast and large text are each switched on and off as many
times as there were rounds: the whole window restyled.
``python -m bench.screen_switch [--rounds N]`` prints every transition.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QWidget

from bench.first_paint import timed_tap
from bench.journeys import Check, Journeys, Touch
from bench.kiosk_window import Kiosk, running_kiosk, tap, wait_until
from bench.report import p95

ROUNDS = 10
BUDGET_MS = 16.0


@dataclass(frozen=True)
class Tap:
    """One measured tap: to its first paint, and of that in its handlers."""

    name: str
    round: int
    ms: float
    handlers_ms: float


class Recorder:
    """Runs the journeys' steps and keeps each tap's time."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.taps: list[Tap] = []
        self.round = 0
        self.unpainted = 0

    def step(self, name: str, touch: Touch, until: Check | None = None) -> None:
        """Time ``touch`` (a tap) to its first paint; then wait for ``until`` (work it
        started, such as printing) and a quiet moment."""
        kiosk = self.kiosk
        timed = timed_tap(kiosk.app, kiosk.window, lambda: kiosk.window.navigator.current, touch)
        self.unpainted += not timed.painted
        self.taps.append(Tap(name, self.round, timed.ms, timed.handlers_ms))
        if until is not None:
            wait_until(until, 30)


def run(rounds: int = ROUNDS) -> dict[str, object]:
    """``rounds`` rounds of every journey; each tap's time (ms) with its name and round."""
    recorder: Recorder
    with running_kiosk() as kiosk:
        recorder = Recorder(kiosk)
        for number in range(rounds):
            recorder.round = number
            for journey in Journeys(kiosk).full():
                journey(recorder)
                wait_until(lambda: kiosk.window.navigator.current_name == "home")
        aids = aid_switches(kiosk, rounds)
        widgets = len(kiosk.window.findChildren(QWidget))
    taps = recorder.taps
    ms = [t.ms for t in taps]
    slowest = max(taps, key=lambda t: t.ms)
    return {
        "ms": ms,
        "handlers_ms": [t.handlers_ms for t in taps],
        "names": [t.name for t in taps],
        "rounds": [t.round for t in taps],
        "unpainted": recorder.unpainted,
        "slowest": {"name": slowest.name, "round": slowest.round, "ms": slowest.ms},
        "aids_ms": aids,
        "widgets": widgets,
    }


def aid_switches(kiosk: Kiosk, rounds: int) -> list[float]:
    """On Home, with every screen built and shown: high contrast and large text each switched
    on and off ``rounds`` times, each tap timed to the window's repaint (ms). Every widget
    of the window is restyled."""
    window = kiosk.window
    ms: list[float] = []
    for _ in range(rounds):
        for button in (window.contrast_button, window.large_text_button) * 2:
            timed = timed_tap(
                kiosk.app, window, lambda: window, partial(tap, button), whole_window=True
            )
            ms.append(timed.ms)
    return ms


def summary(result: dict[str, object]) -> str:
    """Each transition's median and worst, then the totals."""
    names, ms, handlers, rounds = (
        result["names"],
        result["ms"],
        result["handlers_ms"],
        result["rounds"],
    )
    assert isinstance(names, list) and isinstance(ms, list)
    assert isinstance(handlers, list) and isinstance(rounds, list)
    lines = ["median    max  first  (in handlers, median)  ms"]
    for name in dict.fromkeys(names):
        mine = [i for i, n in enumerate(names) if n == name]
        times = [ms[i] for i in mine]
        first_visit = next((ms[i] for i in mine if rounds[i] == 0), float("nan"))
        in_handlers = statistics.median(handlers[i] for i in mine)
        lines.append(
            f"{statistics.median(times):6.1f} {max(times):6.1f} {first_visit:6.1f}  "
            f"({in_handlers:5.1f})  {name}"
        )
    slowest = result["slowest"]
    assert isinstance(slowest, dict)
    repeats = [t for t, r in zip(ms, rounds, strict=True) if r > 0] or [float("nan")]
    aids = result["aids_ms"]
    assert isinstance(aids, list)
    lines.append(
        f"{statistics.median(aids):6.1f} {max(aids):6.1f}          high contrast or large text "
        f"on or off ({result['widgets']} widgets restyled)"
    )
    lines.append(
        f"{len(ms)} taps: median {statistics.median(ms):.1f} ms, p95 {p95(ms):.1f} ms "
        f"(repeats only: median {statistics.median(repeats):.1f} ms, p95 "
        f"{p95(repeats):.1f} ms); "
        f"slowest {slowest['ms']:.1f} ms: {slowest['name']} (round {slowest['round']}); "
        f"{result['unpainted']} taps without a repaint"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.screen_switch", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.rounds)
    print(json.dumps(result) if args.json else summary(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
