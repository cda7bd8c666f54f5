"""Rating the service: counter, face, reason; queued and delivered to the province, also
after the network comes back."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from screens.main_window import MainWindow
from screens.rating import RatingScreen
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from tests.touch import open_journey, tap, wait_for_wipes


def open_rating(qtbot, window) -> RatingScreen:
    return open_journey(qtbot, window, "rating", RatingScreen)


def test_a_rating_with_a_reason_reaches_the_province(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator
) -> None:
    screen = open_rating(qtbot, window)
    catalogue = window.context.catalogue
    assert catalogue is not None
    counter = catalogue.counters[1]
    tap(qtbot, screen.counter_buttons[counter.id])
    assert counter.name in screen.prompt.text()
    tap(qtbot, screen.face_buttons[2])
    with qtbot.waitSignal(screen.finished, timeout=10_000) as done:
        tap(qtbot, screen.reason_buttons["long_wait"])

    assert done.args == [True]
    assert screen.step == "thanks"
    qtbot.waitUntil(lambda: len(province.store.ratings()) == 1, timeout=10_000)
    (rating,) = province.store.ratings()
    assert (rating["counter_id"], rating["score"], rating["reason"]) == (counter.id, 2, "long_wait")


def test_offline_the_rating_waits_and_is_delivered_once(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, core: KioskCore
) -> None:
    province.faults.settings = FaultSettings(drop_rate=1.0)  # every connection drops
    screen = open_rating(qtbot, window)
    tap(qtbot, next(iter(screen.counter_buttons.values())))
    tap(qtbot, screen.face_buttons[4])
    with qtbot.waitSignal(screen.finished, timeout=10_000) as done:
        tap(qtbot, screen.skip_reason)
    assert done.args == [True]
    assert [item.kind for item in core.outbox.items("pending")] == ["rating"]

    province.faults.settings = FaultSettings()
    core.sync.wake()
    qtbot.waitUntil(lambda: len(province.store.ratings()) == 1, timeout=15_000)
    assert province.store.ratings()[0]["score"] == 4


def test_the_thanks_screen_returns_home_and_forgets_the_rating(qtbot, window) -> None:
    screen = open_rating(qtbot, window)
    tap(qtbot, next(iter(screen.counter_buttons.values())))
    tap(qtbot, screen.face_buttons[3])
    with qtbot.waitSignal(screen.finished, timeout=10_000):
        tap(qtbot, screen.skip_reason)
    with qtbot.waitSignal(window.navigator.current_changed, timeout=10_000) as changed:
        pass
    assert changed.args == ["home"]
    wait_for_wipes(qtbot, window)
    assert screen.counter_id is None and screen.score == 0 and screen.step == "counter"
