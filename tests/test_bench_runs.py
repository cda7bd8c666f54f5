"""``python -m bench`` stays runnable with one command: its quick run ends with a report."""

from __future__ import annotations

import os
import sys

import pytest

from tests.kiosk_command import run


@pytest.mark.timeout(600)
def test_the_quick_bench_runs_every_measure_and_prints_the_report() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run([sys.executable, "-m", "bench", "--quick"], env=env, timeout=590)
    assert result.returncode == 0, result.stderr[-3000:]
    report = result.stdout
    for measure in (
        "Start to first painted Home, `kiosk run` from source",
        "Start, a bare PySide6 window drawing the same Home",
        "Modules imported before the first paint, `kiosk run` from source",
        "The 10 longest imports by themselves before the first paint",
        "Screen switch, tap to the first paint",
        "Screen switch, a bare PySide6 window at 1920×1080 switching",
        "High contrast or large text switched on or off on Home",
        "Memory growth over 30 journey cycles",
        "Ticket job size, realistic, TM-T20II (80 mm, raster)",
        "Tap to last byte at the printer, serial 115200 baud, raster, realistic priority",
        "Scan to screen",
        "Longest UI event-loop stall during that drain",
        "Procedure search per keystroke",
        "Procedure search: the procedure among the first 3",
        "Calling board, a counter's call to its number on screen",
    ):
        assert measure in report, measure
