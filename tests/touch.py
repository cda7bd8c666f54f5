"""Touching the kiosk's screen in tests: a tap, a bare touch, and the way from Home into a
journey."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.routes import Route

ScreenT = TypeVar("ScreenT", bound=QWidget)


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A tap on ``widget``: the left button pressed and released at its centre."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def touch(
    widget: QWidget,
    kind: QEvent.Type = QEvent.Type.MouseButtonPress,
    at: tuple[float, float] = (5, 5),
) -> None:
    """A finger landing on ``widget``: a left-button event of ``kind`` sent straight to it at
    ``at``, with no release after it."""
    point = QPointF(*at)
    event = QMouseEvent(
        kind,
        point,
        point,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def wait_for_wipes(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the screens a citizen left behind are wiped (the navigator does it once the
    window has painted the screen they went to)."""
    qtbot.waitUntil(lambda: not window.navigator.wipes_pending, timeout=5_000)


def open_journey(
    qtbot: QtBot, window: MainWindow, journey: str, screen_type: type[ScreenT]
) -> ScreenT:
    """From Home, tap the tile of ``journey``; the screen it opened, a ``screen_type``."""
    window.navigator.home()
    home = window.navigator.screen(Route.HOME)
    assert isinstance(home, HomeScreen)
    tap(qtbot, home.journey_tiles[journey])
    screen = window.navigator.current
    assert isinstance(screen, screen_type)
    return screen
