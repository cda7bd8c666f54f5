"""The window never grows past the screen: every journey at the sizes kiosks come in, the
Home/Back bar in one row where it fits and in two on a narrow portrait panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QBoxLayout

from screens.main_window import MainWindow
from screens.routes import Route

SIZES = [(1080, 1920), (1920, 1080), (1366, 768), (1280, 800), (1280, 1024)]
JOURNEYS = [
    Route.TICKET_FIELDS,
    Route.PROCEDURES,
    Route.DOSSIER_STATUS,
    Route.SUBMISSION,
    Route.PAYMENT,
    Route.RATING,
    Route.ANNOUNCEMENTS,
    Route.HOME,
]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_screen_makes_the_window_wider_than_the_screen(
    qtbot, window: MainWindow, width: int, height: int
) -> None:
    window.resize(width, height)
    for route in JOURNEYS:
        window.navigator.go(route)
        window.resize(width, height)  # as the full-screen window is held to the panel
        qtbot.wait(10)
        assert window.width() <= width, route
        assert window.minimumSizeHint().width() <= width, route


def test_the_bar_takes_two_rows_only_where_one_does_not_fit(qtbot, window: MainWindow) -> None:
    window.navigator.go(Route.PROCEDURES)  # Back and Home show
    window.resize(1920, 1080)
    qtbot.wait(10)
    assert window.bar_layout.direction() == QBoxLayout.Direction.LeftToRight
    window.resize(1080, 1920)
    qtbot.wait(10)
    assert window.bar_layout.direction() == QBoxLayout.Direction.TopToBottom
    back, language = window.back_button, window.language_button
    assert back.mapTo(window, back.rect().bottomLeft()).y() < (
        language.mapTo(window, language.rect().topLeft()).y()
    )  # the aids' row under Back and Home
