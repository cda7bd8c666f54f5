"""The idle countdown that protects what a citizen entered, the attract screen of notices, and
the large-text and high-contrast aids that the next citizen does not inherit."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from kiosk.sync.office_clock import OfficeClock
from screens.routes import Route
from tests.touch import touch, wait_for_wipes


def test_the_countdown_shows_before_the_wipe_and_a_touch_cancels_it(qtbot, window) -> None:
    window.navigator.go(Route.DOSSIER_STATUS)
    screen = window.navigator.current
    screen.code.setText("000.00.17.H17-261116-0002")

    with qtbot.waitSignal(window.idle.counting_down, timeout=5_000) as counted:
        window.idle.set_timeout_ms(4_000, warning_ms=3_000)
    assert 1 <= counted.args[0] <= 3
    assert window.idle_warning.isVisible()
    assert str(counted.args[0]) in window.idle_warning_text.text()

    with qtbot.waitSignal(window.idle.countdown_cancelled, timeout=1_000):
        touch(screen)
    assert window.idle_warning.isHidden()
    assert screen.code.text() != ""  # still there: the citizen came back in time

    with qtbot.waitSignal(window.idle.timed_out, timeout=10_000):
        pass
    assert window.navigator.current_name == "home"
    wait_for_wipes(qtbot, window)
    assert screen.code.text() == ""
    assert window.idle_warning.isHidden()


def test_no_countdown_over_home(qtbot, window) -> None:
    window.navigator.home()
    with qtbot.waitSignal(window.idle.counting_down, timeout=5_000):
        window.idle.set_timeout_ms(3_000, warning_ms=2_000)
    assert window.idle_warning.isHidden()


ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
TET_NOTICE = "Lịch nghỉ Tết Nguyên đán Bính Ngọ 2026"  # valid 2026-02-02 to 2026-02-23


def office_day(window, day: datetime) -> None:
    """Let the kiosk's office clock read ``day`` (noon, office time)."""
    sync = window.context.core.sync
    sync.clock = OfficeClock(sync.zone, system=lambda: day.astimezone(UTC))


def test_an_untouched_home_shows_the_notices_fraud_warnings_first(qtbot, window) -> None:
    office_day(window, datetime(2026, 2, 10, 12, tzinfo=ZONE))  # inside every notice's window
    window.navigator.home()
    with qtbot.waitSignal(window.navigator.current_changed, timeout=5_000) as changed:
        window.attract.set_timeout_ms(100)
    assert changed.args == ["announcements"]
    screen = window.navigator.current
    notices = window.context.catalogue.announcements
    assert screen.title.text() == next(n.title for n in notices if n.kind == "fraud_warning")
    assert screen.badge.property("kind") == "fraud_warning"
    shown = {screen.title.text()}
    for _ in range(len(notices) - 1):
        screen.next()
        shown.add(screen.title.text())
    assert shown == {notice.title for notice in notices}  # every notice takes its turn

    touch(screen)
    assert window.navigator.current_name == "home"


def test_large_text_and_contrast_switch_on_and_are_reset_for_the_next_citizen(
    qtbot, window
) -> None:
    greeting = window.navigator.screen(Route.HOME).greeting
    normal_px = greeting.fontInfo().pixelSize()
    qtbot.mouseClick(window.large_text_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    window.context.language.set_language("en")
    assert window.context.display.large_text and window.context.display.high_contrast
    assert greeting.fontInfo().pixelSize() >= normal_px * 1.25
    assert window.large_text_button.isChecked() and window.contrast_button.isChecked()

    window.navigator.go(Route.DOSSIER_STATUS)
    with qtbot.waitSignal(window.idle.timed_out, timeout=5_000):
        window.idle.set_timeout_ms(100, warning_ms=0)

    assert not window.context.display.large_text and not window.context.display.high_contrast
    assert greeting.fontInfo().pixelSize() == normal_px
    assert window.context.language.language == "vi"
    assert not window.large_text_button.isChecked()


def test_a_double_tap_does_not_press_the_button_that_appears_under_the_finger(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from screens.touch_guard import TouchGuard

    now = [100.0]
    guard = TouchGuard(400, clock=lambda: now[0])
    try:
        button = QPushButton("Rất hài lòng")
        qtbot.addWidget(button)
        button.show()
        presses: list[bool] = []
        button.clicked.connect(lambda: presses.append(True))
        guard.arm()  # the step changed; the finger is still coming down
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert presses == []
        now[0] += 0.5
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert presses == [True]

        edit = QLineEdit("số định danh")
        qtbot.addWidget(edit)
        edit.show()
        from PySide6.QtGui import QContextMenuEvent

        centre = edit.rect().center()
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, edit.mapToGlobal(centre))
        seen: list[QEvent.Type] = []

        class Recorder(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                seen.append(event.type())
                return event.type() == QEvent.Type.ContextMenu  # no real menu in a test

        recorder = Recorder(edit)
        edit.installEventFilter(recorder)
        QApplication.sendEvent(edit, menu)
        assert QEvent.Type.ContextMenu not in seen  # swallowed: no Undo, no Paste menu
        guard.stop()
        QApplication.sendEvent(edit, menu)
        assert QEvent.Type.ContextMenu in seen  # (the recorder does see what is not taken)
    finally:
        guard.stop()


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (datetime(2026, 2, 1, 23, 59, tzinfo=ZONE), False),  # the evening before it starts
        (datetime(2026, 2, 2, 0, 1, tzinfo=ZONE), True),
        (datetime(2026, 2, 23, 23, 59, tzinfo=ZONE), True),  # its last day, to the end
        (datetime(2026, 12, 6, 9, 0, tzinfo=ZONE), False),  # a Tết notice in December
    ],
)
def test_a_notice_is_shown_only_inside_its_validity_window(
    qtbot, window, day: datetime, shown: bool
) -> None:
    office_day(window, day)
    screen = window.navigator.screen(Route.ANNOUNCEMENTS)
    titles = {notice.title for notice in screen.notices()}
    assert (TET_NOTICE in titles) is shown
    assert any(notice.kind == "fraud_warning" for notice in screen.notices())  # always valid
