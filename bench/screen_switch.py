"""Screen switch after a tap: from the tap to the end of the first paint of what it shows, over
every citizen journey, on the real window (offscreen, at the kiosk's 1920×1080).

A tap is a mouse press and release synthesized by QTest on the button (or list row) a citizen
would touch; the clock starts before the press. It stops when the first repaint of the window
after the tap's handlers have returned, and which paints the screen then current, has been
painted into the backing store and flushed: an application event filter takes the window's
UpdateRequest, runs the window's own handling of it (Qt's repaint: every dirty widget painted,
then the flush) and reads the clock when that returns. So the time covers the press, the
handlers (lists filled, every screen wiped on the way Home), layout, style and the paint of
the whole window. The repaints a button makes of itself when pressed and released are inside
the time but do not end it. Should no repaint follow a tap within half a second, the tap ends
when its handlers did (counted as ``unpainted``).

One round is every journey of ``bench.journeys.Journeys.full`` once, each from Home: take a
number, look up procedures, look up a dossier, submit online, pay a fee, rate the service.
As the kiosk does after Home's first paint, every citizen screen is built in the background
before the first tap; the first round is the first time each screen shows, later rounds are
repeats.
``python -m bench.screen_switch [--rounds N]`` prints every transition.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from bench.journeys import Check, Journeys, Touch
from bench.kiosk_window import Kiosk, running_kiosk, settle, wait_until
from bench.report import p95

ROUNDS = 10
BUDGET_MS = 16.0
#: a quiet moment before each tap, so that one tap's late work does not land on the next
QUIET_MS = 30


@dataclass(frozen=True)
class Tap:
    """One measured tap: to its first paint, and of that in its handlers."""

    name: str
    round: int
    ms: float
    handlers_ms: float


class FirstPaint(QObject):
    """Application event filter timing one tap's first paint (see the module's docstring)."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__()
        self._window = kiosk.window
        self._screen_painted = False
        #: set once the tap's handlers have returned: repaints from then on count
        self.armed = False
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.armed or self.painted_at is not None:
            return False
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            screen = self._window.navigator.current
            if watched is screen or screen.isAncestorOf(watched):
                self._screen_painted = True
        elif kind == QEvent.Type.UpdateRequest and watched is self._window:
            self._screen_painted = False
            self._window.event(event)  # Qt's repaint and flush, now, to time its end
            if self._screen_painted:
                self.painted_at = time.perf_counter()
            return True  # handled
        return False


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
        settle(QUIET_MS)
        clock = FirstPaint(kiosk)
        kiosk.app.installEventFilter(clock)
        try:
            started = time.perf_counter()
            touch()
            handled = time.perf_counter()
            clock.armed = True
            try:
                wait_until(lambda: clock.painted_at is not None, 0.5)
            except TimeoutError:
                self.unpainted += 1
        finally:
            kiosk.app.removeEventFilter(clock)
        end = clock.painted_at or handled
        self.taps.append(Tap(name, self.round, (end - started) * 1000, (handled - started) * 1000))
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
    }


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
