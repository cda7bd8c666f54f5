"""The idle timeout: no touch or key for a while wipes every input and returns Home."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
})


class IdleWatcher(QObject):
    """Emits ``timed_out`` after ``timeout_ms`` without user input anywhere in the app."""

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.timed_out)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._timer.start()
        return False

    def poke(self) -> None:
        """Count activity that is not an input event (a serial scan) as a touch."""
        self._timer.start()

    @property
    def timeout_ms(self) -> int:
        """How long without input before ``timed_out``."""
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the timeout and start counting again."""
        self._timer.setInterval(timeout_ms)
        self._timer.start()

    def remaining_ms(self) -> int:
        """Milliseconds left before ``timed_out`` (-1 when not counting)."""
        return self._timer.remainingTime()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
