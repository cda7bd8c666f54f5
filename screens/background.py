"""Running blocking core calls off the UI thread and getting the result back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported on the UI thread; never kills the worker pool
            log.exception("background job failed")
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._signals.done.emit(result)


_alive: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None]
) -> None:
    """Run ``work`` on the thread pool; call ``on_done(result)`` or ``on_failed(text)`` on
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
