"""How a kiosk window takes its screen: frameless, on top, the whole screen's area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def window_flags(fullscreen: bool) -> Qt.WindowType:
    """Frameless and on top for the kiosk; an ordinary window otherwise."""
    if fullscreen:
        return Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    return Qt.WindowType.Window


def cover_screen(window: QWidget) -> None:
    """Give the window its screen's whole area, now and whenever the screen changes (turned,
    or another monitor plugged in). A kiosk display has no window manager, and without one
    nothing acts on a full-screen request: the window would keep its default size."""
    screen = window.screen()
    window.setGeometry(screen.geometry())
    screen.geometryChanged.connect(window.setGeometry)
