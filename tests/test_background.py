"""Blocking work off the UI thread: results come back on it, and nothing is left behind."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from screens import background
from screens.background import run_in_background

JOBS = 50


def _live_signal_objects() -> int:
    gc.collect()
    return sum(
        1
        for obj in gc.get_objects()
        if isinstance(obj, background._Signals) and shiboken6.isValid(obj)
    )


def test_every_job_reports_once_and_leaves_nothing_alive(qapp, qtbot) -> None:
    before = _live_signal_objects()
    results: list[int] = []
    failures: list[str] = []
    for number in range(JOBS):
        if number % 5 == 0:
            run_in_background(lambda: 1 / 0, results.append, failures.append)
        else:

            def double(number: int = number) -> int:
                return number * 2

            run_in_background(double, results.append, failures.append)
    qtbot.waitUntil(lambda: len(results) + len(failures) == JOBS, timeout=10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert sorted(results) == [n * 2 for n in range(JOBS) if n % 5]
    assert failures == ["ZeroDivisionError: division by zero"] * (JOBS // 5)
    assert _live_signal_objects() == before
