"""The Qt binding itself: a kiosk runs for weeks, so a per-call reference leak is fatal.

PySide6 6.12.0's abi3 wheel, on Python 3.11, drops a reference to None on every call of a
Qt method that returns nothing (and to True on every signal emit); the interpreter aborts
("deallocating None") after a few thousand calls. This guards the pinned version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal

CALLS = 2000


class _Emitter(QObject):
    changed = Signal(int)


def test_void_calls_and_signals_keep_none_and_true_alive(qapp) -> None:
    timer = QTimer()
    timer.setInterval(60_000)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        timer.start()
        emitter.changed.emit(1)
    timer.stop()
    # immortal on Python 3.12+ (counts stay put); on 3.11 a leak shows as a drop of CALLS
    assert none_before - sys.getrefcount(None) < CALLS // 2
    assert true_before - sys.getrefcount(True) < CALLS // 2
