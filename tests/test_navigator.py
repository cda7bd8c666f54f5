"""Screens are built on first use: the kiosk starts with Home alone, and a screen built later
behaves as one built at start (language, look, wiring to the window, wiping, scans)."""

from __future__ import annotations

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
