"""Screens are built on first use: the kiosk starts with Home alone, and a screen built later
behaves as one built at start (language, look, wiring to the window, wiping, scans)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from screens.main_window import MainWindow
from screens.routes import Route
from tests.touch import wait_for_wipes

DOSSIER = "000.00.17.H17-261116-0002"


def test_the_kiosk_starts_with_home_alone_and_offers_every_journey(window) -> None:
    navigator = window.navigator
    assert window.stack.count() == 1
    assert navigator.current_name == "home"
    assert navigator.names()[:4] == ["home", "announcements", "ticket_fields", "ticket_print"]
    assert {"procedures", "submission", "technician_pin", "technician"} <= set(navigator.names())
    tiles = navigator.screen("home").journey_tiles
    assert list(tiles) == [
        "check_in",
        "procedures",
        "dossier_status",
        "submission",
        "payment",
        "rating",
    ]
    assert tiles["procedures"].title.text() == "Tra cứu thủ tục"  # before its screen is built
    assert all(tile.subtitle.text() for tile in tiles.values())
    assert window.stack.count() == 1


def test_a_screen_is_built_once_when_first_asked_for(window) -> None:
    rating = window.navigator.screen("rating")
    assert window.navigator.screen("rating") is rating
    assert rating.navigator is window.navigator
    assert window.stack.count() == 2
    assert window.navigator.current_name == "home"  # asked for, not shown


def test_a_screen_built_later_comes_up_in_the_language_and_look_of_the_moment(window) -> None:
    window.context.language.set_language("en")
    window.context.display.set(large_text=True)
    window.navigator.go("ticket_fields")
    fields = window.navigator.current
    assert fields.title.text() == "Choose the field you need"
    large_px = fields.title.fontInfo().pixelSize()

    window.context.display.reset()
    window.context.language.set_language("vi")
    assert fields.title.fontInfo().pixelSize() * 1.25 <= large_px
    assert fields.title.text() == "Chọn lĩnh vực bạn cần giải quyết"


def test_a_screen_built_later_is_wired_to_the_window(window, monkeypatch) -> None:
    window.navigator.go("payment")
    payment = window.navigator.current
    assert window.back_button.isVisible()

    payment.notice.emit("Quý khách vui lòng chờ.")
    assert window.scan_notice.isVisible()
    assert window.scan_notice.text() == "Quý khách vui lòng chờ."

    window.idle._timer.stop()
    payment.activity.emit()  # the citizen is in their bank app
    assert window.idle.remaining_ms() > 0

    armed_before = window.touch_guard._armed_at
    monkeypatch.setattr(payment, "wants_navigation", lambda: False)
    payment.navigation_changed.emit()
    assert window.back_button.isHidden()
    assert window.touch_guard._armed_at > armed_before


def test_the_idle_wipe_builds_no_screen(qtbot, window) -> None:
    window.navigator.go("dossier_status")
    screen = window.navigator.current
    screen.code.setText(DOSSIER)
    with qtbot.waitSignal(window.idle.timed_out, timeout=5_000):
        window.idle.set_timeout_ms(100, warning_ms=0)
    assert window.navigator.current_name == "home"
    wait_for_wipes(qtbot, window)
    assert screen.code.text() == ""
    assert window.stack.count() == 2  # Home and the dossier lookup: nothing else to wipe


def test_a_dossier_code_scanned_on_home_opens_its_status(qtbot, window) -> None:
    with qtbot.waitSignal(window.navigator.current_changed, timeout=5_000):
        window.context.scans.receive(f"{DOSSIER}\r".encode())
    assert window.navigator.current_name == "dossier_status"
    screen = window.navigator.current
    qtbot.waitUntil(lambda: screen.state != "looking", timeout=10_000)
    assert screen.code.text() == DOSSIER


def test_citizen_screens_are_built_in_the_background_one_at_a_time(qtbot, window) -> None:
    """After Home has painted, the kiosk builds every citizen's screen while idle (a first
    visit then waits for no build); technician screens wait for a technician."""
    navigator = window.navigator
    citizen = [name for name in navigator.names() if not name.startswith("technician")]
    navigator.screen("rating")  # already asked for: not built twice
    finished: list[bool] = []

    window.build_citizen_screens_in_background(finished=lambda: finished.append(True))
    assert not navigator.is_built("procedures")  # nothing is built before the event loop runs
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)

    assert all(navigator.is_built(name) for name in citizen)
    assert not navigator.is_built("technician") and not navigator.is_built("technician_pin")
    assert window.stack.count() == len(citizen)
    assert navigator.current_name == "home"


class PaintsAndWipes(QObject):
    """Records, in order, the window's repaints that painted Home and the dossier screen's
    wipe (its code field emptied)."""

    def __init__(self, window: MainWindow, screen: QWidget, code: QLineEdit) -> None:
        super().__init__()
        self.window, self.screen = window, screen
        self.seen: list[str] = []
        code.textChanged.connect(lambda text: self.seen.append("wiped") if not text else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        home = self.window.navigator.screen(Route.HOME)
        if event.type() == QEvent.Type.Paint and watched is home:
            self.seen.append("home painted")
        return False


def test_going_home_paints_home_before_the_screen_left_behind_is_wiped(qtbot, window) -> None:
    window.navigator.go(Route.DOSSIER_STATUS)
    screen = window.navigator.current
    screen.code.setText(DOSSIER)
    qtbot.waitExposed(window)
    order = PaintsAndWipes(window, screen, screen.code)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(order)
    try:
        window.navigator.home()
        assert window.navigator.wipes_pending and screen.code.text() == DOSSIER
        wait_for_wipes(qtbot, window)
    finally:
        app.removeEventFilter(order)
    assert order.seen[:2] == ["home painted", "wiped"]
    assert screen.code.text() == "" and screen.state == "entry"


def test_a_screen_shown_again_before_its_wipe_is_wiped_first(qtbot, window) -> None:
    window.navigator.go(Route.DOSSIER_STATUS)
    screen = window.navigator.current
    screen.code.setText(DOSSIER)
    window.navigator.home()
    window.navigator.go(Route.DOSSIER_STATUS)  # before the window painted Home
    assert screen.code.text() == ""


def test_a_screen_left_behind_hears_no_answer_to_what_it_asked(qtbot, window) -> None:
    window.navigator.go(Route.DOSSIER_STATUS)
    screen = window.navigator.current
    release, answered = threading.Event(), list[object]()
    screen.run(lambda: release.wait(10), answered.append, answered.append)
    window.navigator.home()
    release.set()  # the answer comes back after the citizen left, before the wipe
    assert QThreadPool.globalInstance().waitForDone(10_000)  # its answer is posted
    QApplication.processEvents()  # and delivered here, had it not been forgotten
    wait_for_wipes(qtbot, window)
    assert answered == []
