"""Blocking work off the UI thread: results come back on it, and nothing is left behind."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from screens import background
from screens.background import JobFailed, PendingJobs, run_in_background
from screens.navigator import Screen

JOBS = 50


def _signals_of(start: Callable[[], object]) -> set[background._Signals]:
    """The signal objects that ``start()``, and nothing else, created (no event is handled
    while it runs, so no other job can start or end meanwhile)."""
    before = set(background._alive)
    start()
    return background._alive - before


def _wait_for_end(qtbot, signals: set[background._Signals]) -> None:
    """Wait until those jobs have reported (their objects leave ``_alive`` last)."""
    qtbot.waitUntil(lambda: not background._alive.intersection(signals), timeout=10_000)


def test_every_job_reports_once_and_leaves_nothing_alive(qapp, qtbot) -> None:
    # only this test's own objects are looked at: other tests' jobs, or their objects
    # waiting for deletion, make no difference in any order
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    results: list[float] = []
    failures: list[JobFailed] = []
    ours: set[background._Signals] = set()

    def start(work: Callable[[], float]) -> None:
        run_in_background(work, results.append, failures.append)

    for number in range(JOBS):
        if number % 5 == 0:
            ours |= _signals_of(lambda: start(lambda: 1 / 0))
        else:

            def double(number: int = number) -> int:
                return number * 2

            ours |= _signals_of(partial(start, double))
    assert len(ours) == JOBS
    qtbot.waitUntil(lambda: len(results) + len(failures) == JOBS, timeout=10_000)
    _wait_for_end(qtbot, ours)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert sorted(results) == [n * 2 for n in range(JOBS) if n % 5]
    assert [str(failure) for failure in failures] == ["ZeroDivisionError: division by zero"] * (
        JOBS // 5
    )
    assert all(isinstance(failure.error, ZeroDivisionError) for failure in failures)
    assert not [signals for signals in ours if shiboken6.isValid(signals)]


def test_a_failure_reads_as_before() -> None:
    assert str(JobFailed(ValueError("no such dossier"))) == "ValueError: no such dossier"


def test_results_of_forgotten_jobs_reach_no_one(qapp, qtbot) -> None:
    owner = QObject()
    jobs = PendingJobs(owner)
    reported: list[str] = []
    ended: list[str] = []

    def start(name: str, fails: bool = False) -> None:
        def work() -> str:
            if fails:
                raise RuntimeError(name)
            return name

        jobs.run(
            work,
            reported.append,
            lambda failure: reported.append(str(failure)),
            ended=lambda: ended.append(name),
        )

    ours = _signals_of(lambda: start("old")) | _signals_of(lambda: start("old, failing", True))
    jobs.forget()
    ours |= _signals_of(lambda: start("new")) | _signals_of(lambda: start("new, failing", True))
    _wait_for_end(qtbot, ours)

    assert sorted(ended) == ["new", "new, failing", "old", "old, failing"]
    assert sorted(reported) == ["RuntimeError: new, failing", "new"]


def test_nothing_reaches_a_deleted_owner(qapp, qtbot) -> None:
    owner = QObject()
    jobs = PendingJobs(owner)
    reported: list[object] = []
    ours = _signals_of(
        lambda: jobs.run(
            lambda: 1, reported.append, reported.append, ended=lambda: reported.append("end")
        )
    )
    shiboken6.delete(owner)
    _wait_for_end(qtbot, ours)

    assert reported == []


def test_a_screen_forgets_its_jobs(qapp, qtbot) -> None:
    screen = Screen()
    results: list[int] = []
    ours = _signals_of(lambda: screen.run(lambda: 1, results.append, lambda _failure: None))
    screen.forget_pending()
    ours |= _signals_of(lambda: screen.run(lambda: 2, results.append, lambda _failure: None))
    _wait_for_end(qtbot, ours)

    assert results == [2]
