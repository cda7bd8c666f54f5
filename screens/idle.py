"""The idle timeout: no touch or key for a while wipes every input and returns Home.

Before it does, the last seconds are counted down on screen, so a citizen who is still
reading can touch the screen and keep what they entered.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from screens.input_filter import input_filter

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
    }
)
SECOND_MS = 1000


class IdleWatcher(QObject):
    """Emits ``timed_out`` after ``timeout_ms`` without user input anywhere in the app.

    During the last ``warning_ms`` it emits ``counting_down`` with the whole seconds left,
    once a second; input then emits ``countdown_cancelled`` and starts again.
    """

    timed_out = Signal()
    counting_down = Signal(int)
    countdown_cancelled = Signal()

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, *, warning_ms: int = 0
    ) -> None:
        super().__init__(parent)
        self._warning_ms = warning_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._time_out)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(SECOND_MS)
        self._tick.timeout.connect(self._count_down)
        input_filter().watch(self, ACTIVITY_EVENTS, self._on_input)
        self._restart()

    def _on_input(self, _watched: QObject, _event: QEvent) -> bool:
        self._restart()
        return False

    def poke(self) -> None:
        """Count activity that is not an input event (a serial scan) as a touch."""
        self._restart()

    @property
    def timeout_ms(self) -> int:
        """How long without input before ``timed_out``."""
        return self._timer.interval()

    @property
    def counting(self) -> bool:
        """Whether the countdown before ``timed_out`` is running now."""
        return self._tick.isActive()

    def set_timeout_ms(self, timeout_ms: int, warning_ms: int | None = None) -> None:
        """Change the timeout (and the countdown before it) and start counting again."""
        self._timer.setInterval(timeout_ms)
        if warning_ms is not None:
            self._warning_ms = warning_ms
        self._restart()

    def remaining_ms(self) -> int:
        """Milliseconds left before ``timed_out`` (-1 when not counting)."""
        return self._timer.remainingTime()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        for timer in (self._timer, self._warn_timer, self._tick):
            timer.stop()
        input_filter().unwatch(self)

    def _restart(self) -> None:
        timeout = self._timer.interval()
        self._timer.start()
        warning = min(self._warning_ms, timeout // 2)
        if warning > 0:
            self._warn_timer.start(timeout - warning)
        if self._tick.isActive():
            self._tick.stop()
            self.countdown_cancelled.emit()

    def _start_countdown(self) -> None:
        self._tick.start()
        self._count_down()

    def _count_down(self) -> None:
        left = self._timer.remainingTime()
        if left > 0:
            self.counting_down.emit(math.ceil(left / SECOND_MS))

    def _time_out(self) -> None:
        self._tick.stop()
        self.timed_out.emit()
