"""The floor of a screen switch: a bare PySide6 window (no stylesheet, no kiosk) at the
kiosk's 1920×1080, switching between the bare Home of ``bench.bare_home`` and a page with a
heading, a list of 28 two-line rows (as many as the fees a citizen picks from) and a button,
each tap timed to its first paint as the kiosk's are (``bench.first_paint``).

``python -m bench.bare_switch [--rounds N]`` prints each tap's time as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from functools import partial

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bench.bare_home import JOURNEYS, lay_out_home, load_font
from bench.first_paint import timed_tap
from bench.kiosk_window import SCREEN, tap

ROUNDS = 10
ROWS = 28


def run(rounds: int = ROUNDS) -> dict[str, list[float]]:
    """``rounds`` times Home → the list page → Home; each tap's time (ms)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    load_font()
    window = QStackedWidget()
    home, listing = QWidget(), QWidget()
    tiles = lay_out_home(home)
    layout = QVBoxLayout(listing)
    layout.addWidget(QLabel(JOURNEYS[4][0]))
    rows = QListWidget()
    for index in range(ROWS):
        title, line = JOURNEYS[index % len(JOURNEYS)]
        rows.addItem(f"{title} {index + 1}\n{line}")
    layout.addWidget(rows, stretch=1)
    back = QPushButton("Trang chủ")
    layout.addWidget(back)
    tiles[5].clicked.connect(lambda: window.setCurrentWidget(listing))
    back.clicked.connect(lambda: window.setCurrentWidget(home))
    for page in (home, listing):
        window.addWidget(page)
    window.resize(*SCREEN)
    window.show()
    times: dict[str, list[float]] = {"ms": [], "handlers_ms": []}
    for _round in range(rounds):
        for button in (tiles[5], back):  # to the list, back Home
            timed = timed_tap(app, window, window.currentWidget, partial(tap, button))
            times["ms"].append(timed.ms)
            times["handlers_ms"].append(timed.handlers_ms)
    window.close()
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bare_switch", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--json", action="store_true", help="(the only output there is)")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.rounds)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
