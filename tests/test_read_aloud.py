"""Read-aloud mode: switched on from Home, the first tap on a button says its words and marks
it, the second tap on it acts; another button is read instead; keyboard keys and the switch
itself act at once; the idle wipe ends the mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from screens.home import HomeScreen
from screens.main_window import MainWindow
from screens.procedures import ProceduresScreen
from screens.read_aloud import ARMED
from screens.routes import Route
from tests.touch import open_journey, tap

WAIT_S = 20.0


def said(window: MainWindow) -> list[str]:
    voice = window.context.voice
    assert voice.wait_until_quiet(WAIT_S)
    return [utterance.text for outcome, utterance in voice.history if outcome == "played"]


@pytest.fixture
def home(qtbot: QtBot, window: MainWindow) -> HomeScreen:
    """Home, with read-aloud switched on by its own button."""
    window.navigator.home()
    screen = window.navigator.current
    assert isinstance(screen, HomeScreen)
    assert window.read_aloud_button.isVisible()
    tap(qtbot, window.read_aloud_button)
    assert window.read_aloud.on and window.read_aloud_button.isChecked()
    return screen


def test_the_first_tap_reads_the_button_and_the_second_presses_it(
    qtbot: QtBot, window: MainWindow, home: HomeScreen
) -> None:
    tap(qtbot, home.ticket_tile)
    assert window.navigator.current_name == Route.HOME  # nothing happened but the reading
    assert said(window) == ["Lấy số thứ tự. Nhận phiếu in và chờ được mời đến quầy"]
    assert home.ticket_tile.property(ARMED) is True
    tap(qtbot, home.ticket_tile)
    assert window.navigator.current_name == Route.TICKET_FIELDS
    assert home.ticket_tile.property(ARMED) is False


def test_another_button_is_read_instead(qtbot: QtBot, window: MainWindow, home: HomeScreen) -> None:
    procedures, rating = home.journey_tiles["procedures"], home.journey_tiles["rating"]
    tap(qtbot, procedures)
    tap(qtbot, rating)
    assert window.navigator.current_name == Route.HOME
    assert rating.property(ARMED) is True and procedures.property(ARMED) is False
    assert said(window)[-1].startswith("Đánh giá sự hài lòng")
    tap(qtbot, rating)
    assert window.navigator.current_name == Route.RATING


def test_bar_buttons_are_read_without_their_symbols_and_keys_type_at_once(
    qtbot: QtBot, window: MainWindow, home: HomeScreen
) -> None:
    tap(qtbot, home.journey_tiles["procedures"])
    tap(qtbot, home.journey_tiles["procedures"])
    screen = window.navigator.current
    assert isinstance(screen, ProceduresScreen)
    tap(qtbot, screen.query)  # a text box is not a button: the keyboard opens at once
    assert screen.keyboard.isVisible()
    for char in "dat":
        tap(qtbot, screen.keyboard.button(char))
    assert screen.query.text() == "dat"  # typed at once, nothing read
    tap(qtbot, window.back_button)
    assert window.navigator.current_name == Route.PROCEDURES
    assert said(window)[-1] == "Quay lại"  # "◀ Quay lại" without its arrow
    tap(qtbot, window.back_button)
    assert window.navigator.current_name == Route.HOME


def test_the_switch_acts_at_once_and_the_idle_wipe_ends_the_mode(
    qtbot: QtBot, window: MainWindow, home: HomeScreen
) -> None:
    tap(qtbot, window.read_aloud_button)
    assert not window.read_aloud.on  # off with one tap, even while on
    tap(qtbot, window.read_aloud_button)
    assert window.read_aloud.on
    tap(qtbot, home.ticket_tile)
    window.idle.timed_out.emit()
    assert not window.read_aloud.on and not window.read_aloud_button.isChecked()
    assert home.ticket_tile.property(ARMED) is False
    tap(qtbot, home.ticket_tile)
    assert window.navigator.current_name == Route.TICKET_FIELDS


def test_read_aloud_is_not_offered_with_the_voice_off(
    qtbot: QtBot, window_with: Callable[..., MainWindow]
) -> None:
    window = window_with(KIOSK_VOICE_GUIDANCE="off")
    window.navigator.home()
    assert not window.read_aloud_button.isVisible()
    assert not window.listen_button.isVisible()
    open_journey(qtbot, window, "procedures", ProceduresScreen)
    assert not window.listen_button.isVisible()
