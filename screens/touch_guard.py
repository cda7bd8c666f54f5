"""Touches that would do what the citizen did not mean: the second tap of a double tap that
lands on the next screen's button, and long-press menus (Undo, Paste) in text fields."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from screens.input_filter import input_filter

PRESS_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
)
RELEASE_EVENTS = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd})


class TouchGuard(QObject):
    """An application-wide input watcher: after :meth:`arm` (the screen or its step just changed),
    presses are ignored for ``guard_ms``, with their releases; context menus never open."""

    def __init__(
        self,
        guard_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._guard_s = guard_ms / 1000
        self._clock = clock
        self._armed_at = float("-inf")
        self._swallowing = False
        input_filter().watch(
            self, PRESS_EVENTS | RELEASE_EVENTS | {QEvent.Type.ContextMenu}, self._on_input
        )

    def arm(self) -> None:
        """The screen changed under the finger: ignore touches for a moment."""
        self._armed_at = self._clock()

    def _on_input(self, _watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in PRESS_EVENTS:
            self._swallowing = self._clock() - self._armed_at < self._guard_s
            return self._swallowing
        if kind in RELEASE_EVENTS and self._swallowing:
            self._swallowing = False
            return True
        return False

    def stop(self) -> None:
        """Stop filtering (the window is closing)."""
        input_filter().unwatch(self)
