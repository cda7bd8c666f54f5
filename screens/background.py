"""Running blocking core calls off the UI thread and getting the result back on it.

``run_in_background`` is the plumbing; screens use ``Screen.run`` (``screens.navigator``),
which goes through :class:`PendingJobs`: a result that comes back after the screen forgot
the job (the citizen left, the inputs were wiped, a newer request replaced it) reaches no
one.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class JobFailed:
    """A background job raised ``error`` (logged with its traceback on the worker)."""

    error: Exception

    def __str__(self) -> str:
        return f"{type(self.error).__name__}: {self.error}"


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported on the UI thread; never kills the worker pool
            log.exception("background job failed")
            # without its traceback: a failure a screen keeps must not keep the job's frames
            # (and all they refer to) alive
            self._signals.failed.emit(JobFailed(exc.with_traceback(None)))
            return
        self._signals.done.emit(result)


_alive: set[_Signals] = set()


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[JobFailed], None],
) -> None:
    """Run ``work`` on the thread pool; call ``on_done(result)`` or ``on_failed(failure)`` on
    the UI thread when it ends."""
    signals = _Signals()
    _alive.add(signals)

    def finished() -> None:
        _alive.discard(signals)
        # the connections to its own signals make a cycle through Qt that Python's collector
        # cannot see: without this, one object stayed alive per background job
        signals.deleteLater()

    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(finished)
    signals.failed.connect(finished)
    QThreadPool.globalInstance().start(_Job(work, signals))


class PendingJobs:
    """The background jobs of one ``owner`` (a screen, a technician page) whose results it
    still wants: ``forget`` drops every job started before it, so that a late result never
    lands on a screen that has moved on. Nothing reaches an owner that has been deleted."""

    def __init__(self, owner: QObject) -> None:
        self._owner = weakref.ref(owner)
        self._generation = 0

    def forget(self) -> None:
        """The results of the jobs started so far are no longer wanted."""
        self._generation += 1

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[JobFailed], None],
        *,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` on the thread pool; on the UI thread, call ``ended()`` when it ends
        (forgotten or not: to release a one-at-a-time guard), then ``done(result)`` or
        ``failed(failure)`` unless ``forget`` was called since it started."""
        generation = self._generation

        def wanted() -> bool:
            owner = self._owner()
            if owner is None or not shiboken6.isValid(owner):
                return False
            if ended is not None:
                ended()
            return generation == self._generation

        def report_done(result: T) -> None:
            if wanted():
                done(result)

        def report_failed(failure: JobFailed) -> None:
            if wanted():
                failed(failure)

        run_in_background(work, report_done, report_failed)
