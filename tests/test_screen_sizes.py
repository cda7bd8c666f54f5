"""The window never grows past the screen: every journey at the sizes kiosks come in, the
Home/Back bar in one row where it fits and in two on a narrow portrait panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.onscreen_keyboard import OnScreenKeyboard
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


def overlaps(root: QWidget) -> list[str]:
    """Visible widgets laid out side by side in one layout whose rectangles intersect."""
    found: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if not parent.isVisible() or layout is None:
            continue
        laid = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and layout.indexOf(child) >= 0
        ]
        for index, first in enumerate(laid):
            for second in laid[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(
                        f"{first.objectName()} / {second.objectName()} in {parent.objectName()}"
                    )
    return found


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_on_a_journey_screen_overlaps_at_any_size(
    qtbot, window: MainWindow, width: int, height: int
) -> None:
    for route in JOURNEYS:
        window.navigator.go(route)
        window.resize(width, height)
        qtbot.wait(10)
        assert overlaps(window) == [], route


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_home_tiles_show_their_whole_title_and_line(
    qtbot, window: MainWindow, width: int, height: int
) -> None:
    window.navigator.home()
    window.resize(width, height)
    qtbot.wait(10)
    home = window.navigator.current
    assert isinstance(home, HomeScreen)
    for tile in [home.ticket_tile, *home.journey_tiles.values()]:
        title, line = tile.title.geometry(), tile.subtitle.geometry()
        assert not title.intersects(line)
        assert tile.rect().contains(title) and tile.rect().contains(line)
        assert line.height() >= tile.subtitle.heightForWidth(line.width())  # not cut off


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_keyboard_is_wholly_on_screen_with_the_field_above_it(
    qtbot, window: MainWindow, width: int, height: int
) -> None:
    window.navigator.go(Route.DOSSIER_STATUS)  # the keyboard shows with the code field
    window.resize(width, height)
    qtbot.wait(10)
    screen = window.navigator.current
    keyboard = screen.findChild(OnScreenKeyboard)
    assert keyboard is not None and keyboard.isVisible()
    on_screen = QRect(0, 0, window.width(), window.height())
    board = QRect(keyboard.mapTo(window, keyboard.rect().topLeft()), keyboard.size())
    assert on_screen.contains(board)
    field = screen.code  # type: ignore[attr-defined]
    assert field.mapTo(window, field.rect().bottomLeft()).y() <= board.top()
    assert overlaps(keyboard) == []


def test_the_priority_choice_comes_before_the_fields(qtbot, window: MainWindow) -> None:
    window.navigator.go(Route.TICKET_FIELDS)
    window.resize(1920, 1080)
    qtbot.wait(10)
    screen = window.navigator.current
    priority = screen.priority  # type: ignore[attr-defined]
    first_field = next(iter(screen.tiles.values()))  # type: ignore[attr-defined]
    assert priority.mapTo(window, priority.rect().bottomLeft()).y() < (
        first_field.mapTo(window, first_field.rect().topLeft()).y()
    )
