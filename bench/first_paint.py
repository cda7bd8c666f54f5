"""A tap timed to the first paint of what it shows, for the kiosk's window and its bare peer.

The clock starts before the press. It stops when the first repaint of the window after the
tap's handlers have returned, and which paints the page then current, has been painted into
the backing store and flushed: an application event filter takes the window's UpdateRequest,
runs the window's own handling of it (Qt's repaint: every dirty widget painted, then the
flush) and reads the clock when that returns. So the time covers the press, the handlers,
layout, style and the paint of the whole window. The repaints a button makes of itself when
pressed and released are inside the time but do not end it. Should no repaint follow a tap
within half a second, the tap ends when its handlers did (``painted`` False).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from bench.kiosk_window import settle, wait_until

#: a quiet moment before each tap, so that one tap's late work does not land on the next
QUIET_MS = 30


@dataclass(frozen=True)
class TapTime:
    """One tap: to its first paint, and of that in its handlers (ms)."""

    ms: float
    handlers_ms: float
    painted: bool


class FirstPaint(QObject):
    """Application event filter timing one tap's first paint (see the module's docstring)."""

    def __init__(self, window: QWidget, current: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._window = window
        self._current = current
        self._page_painted = False
        #: set once the tap's handlers have returned: repaints from then on count
        self.armed = False
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.armed or self.painted_at is not None:
            return False
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            page = self._current()
            if page is not None and (watched is page or page.isAncestorOf(watched)):
                self._page_painted = True
        elif kind == QEvent.Type.UpdateRequest and watched is self._window:
            self._page_painted = False
            self._window.event(event)  # Qt's repaint and flush, now, to time its end
            if self._page_painted:
                self.painted_at = time.perf_counter()
            return True  # handled
        return False


def timed_tap(
    app: QApplication,
    window: QWidget,
    current: Callable[[], QWidget | None],
    touch: Callable[[], None],
    *,
    whole_window: bool = False,
) -> TapTime:
    """After a quiet moment, ``touch`` (a tap) timed to the first paint of the page that
    ``current`` names once its handlers have returned.

    ``whole_window``: a tap that repaints the whole window (a restyle), timed to the window's
    first repaint by a filter on the window alone: an application filter in Python, asked
    about each of the restyle's tens of thousands of events, would add to its time."""
    settle(QUIET_MS)
    clock = FirstPaint(window, (lambda: window) if whole_window else current)
    watched: QObject = window if whole_window else app
    watched.installEventFilter(clock)
    try:
        started = time.perf_counter()
        touch()
        handled = time.perf_counter()
        clock.armed = True
        with contextlib.suppress(TimeoutError):  # no repaint: the handlers' end counts
            wait_until(lambda: clock.painted_at is not None, 0.5)
    finally:
        watched.removeEventFilter(clock)
    end = clock.painted_at or handled
    return TapTime((end - started) * 1000, (handled - started) * 1000, clock.painted_at is not None)
