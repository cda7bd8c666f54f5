"""Scans reach the screen on display: an ID card offers a priority ticket by age, anything
else is explained; a keyboard-wedge burst is a scan, not typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screens.main_window import MainWindow
from screens.routes import Route
from screens.ticket_fields import TicketFieldsScreen
from tests.touch import wait_for_wipes

ELDER = "079050001234||Trần Văn Bình|01011950|Nam|12 Lê Lợi, Quận 1, TP. Hồ Chí Minh|01012021"
YOUNG = (
    "079203001234||Nguyễn Văn An|15082003|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, "
    "TP. Hồ Chí Minh|20042021"
)


def to_ticket_fields(qtbot, window) -> TicketFieldsScreen:
    window.navigator.home()
    qtbot.mouseClick(window.navigator.screen(Route.HOME).ticket_tile, Qt.MouseButton.LeftButton)
    fields = window.navigator.screen(Route.TICKET_FIELDS)
    assert isinstance(fields, TicketFieldsScreen)
    return fields


def test_an_elderly_citizens_id_card_makes_the_ticket_a_priority_one(qtbot, window) -> None:
    fields = to_ticket_fields(qtbot, window)
    assert not fields.priority.isChecked()

    window.context.scans.receive(ELDER.encode())

    assert fields.priority.isChecked()
    assert window.scan_notice.isVisible()
    assert window.scan_notice.text() == (
        "Căn cước cho thấy bạn từ 60 tuổi trở lên: phiếu của bạn là số ưu tiên."
    )
    window.navigator.home()  # nothing of the card survives the journey
    assert window.scan_notice.isHidden()
    wait_for_wipes(qtbot, window)
    assert not fields.priority.isChecked()


def test_a_younger_citizen_is_told_how_priority_works(qtbot, window) -> None:
    fields = to_ticket_fields(qtbot, window)
    window.context.scans.receive(YOUNG.encode())
    assert not fields.priority.isChecked()
    assert window.scan_notice.text().startswith("Số ưu tiên theo tuổi dành cho người từ 60 tuổi")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\x1b[31m\x00garbage", "Không đọc được mã"),
        (ELDER.encode(), "Đã đọc căn cước của bạn"),
        (
            ELDER.replace("Trần Văn Bình", "TrÃ¡ÂºÂ§n VÄƒn BÃ¬nh").encode(),
            "Không đọc được chính xác",
        ),
    ],
)
def test_scans_the_screen_cannot_use_are_explained(
    qtbot: QtBot, window: MainWindow, raw: bytes, expected: str
) -> None:
    window.navigator.home()
    window.context.scans.receive(raw)
    assert window.scan_notice.isVisible()
    assert window.scan_notice.text().startswith(expected)
    assert window.navigator.current_name == "home"


def test_a_keyboard_wedge_scan_reaches_the_screen(qtbot, window) -> None:
    to_ticket_fields(qtbot, window)
    keyboard = window.context.scans.keyboard  # the filter itself: tests/test_keyboard_scanner.py
    assert keyboard is not None
    with qtbot.waitSignal(window.context.scans.scanned, timeout=5_000):
        keyboard.scanned.emit(YOUNG)
    assert window.scan_notice.text().startswith("Số ưu tiên theo tuổi")


def test_an_unrecognised_scan_into_the_window_presses_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A keyboard-wedge scanner typing an unknown code (with spaces, ending in a line feed)
    while Home's ticket tile has focus: no ticket, no journey, a short notice."""
    window.navigator.home()
    home = window.navigator.screen(Route.HOME)
    tile = home.ticket_tile  # type: ignore[attr-defined]
    tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # as a stray focus would leave it
    tile.setFocus()
    for char in "NOT A CODE 12345 6789 0":
        key = Qt.Key.Key_Space if char == " " else ord(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(tile, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            tile, QKeyEvent(kind, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier, "\n")
        )
    qtbot.waitUntil(window.scan_notice.isVisible, timeout=5_000)
    assert window.scan_notice.text().startswith("Không đọc được mã")
    qtbot.wait(400)  # past the time the filter holds a burst back
    assert window.navigator.current_name == Route.HOME
    assert not window.navigator.is_built(Route.TICKET_PRINT)


def test_a_notice_leaves_the_heading_readable_and_never_outlives_its_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1920, 1080)
    window.navigator.go(Route.DOSSIER_STATUS)
    screen = window.navigator.current
    title = screen.title  # type: ignore[attr-defined]
    window.context.scans.receive(ELDER.encode())  # a card: explained, not used here
    assert window.scan_notice.isVisible()
    title_bottom = title.mapTo(window.stack, QPoint(0, title.height())).y()
    assert window.scan_notice.geometry().top() >= title_bottom

    window.navigator.home()
    assert not window.scan_notice.isVisible()
    screen.notice.emit("Vui lòng lấy phiếu của bạn.")  # e.g. a slip that finished late
    assert not window.scan_notice.isVisible()
