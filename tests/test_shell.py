"""The shell around the screens: navigation, the idle wipe, the live language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from screens.main_window import MainWindow
from screens.routes import Route
from screens.ticket_fields import TicketFieldsScreen
from tests.touch import touch, wait_for_wipes


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every visible label and button text that contains a letter, keyed by widget identity."""
    texts = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if any(ch.isalpha() for ch in text):
            texts[f"{type(widget).__name__}:{id(widget)}"] = text
    return texts


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_language_switch_changes_every_visible_text_on_home(qtbot, window) -> None:
    assert window.navigator.current_name == "home"
    vietnamese = visible_texts(window)
    assert len(vietnamese) >= 6

    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    english = visible_texts(window)

    assert english.keys() == vietnamese.keys()
    unchanged = {key: text for key, text in english.items() if vietnamese[key] == text}
    assert unchanged == {}
    assert window.windowTitle() == "Public service kiosk"

    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    assert visible_texts(window) == vietnamese


def test_language_switch_reaches_screens_not_on_display(qtbot: QtBot, window: MainWindow) -> None:
    fields = window.navigator.screen(Route.TICKET_FIELDS)
    assert isinstance(fields, TicketFieldsScreen)
    catalogue = window.context.catalogue
    assert catalogue is not None
    first = fields.tiles[catalogue.fields[0].id]
    assert catalogue.fields[0].name in first.title.text()
    window.context.language.toggle()
    assert catalogue.fields[0].name_en is not None
    assert catalogue.fields[0].name_en in first.title.text()
    assert fields.title.text() == "Choose the field you need"


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_home_and_back_are_on_every_screen_but_home(qtbot, window) -> None:
    assert window.back_button.isHidden() and window.home_button.isHidden()
    qtbot.mouseClick(window.navigator.screen(Route.HOME).ticket_tile, Qt.MouseButton.LeftButton)
    assert window.navigator.current_name == "ticket_fields"
    assert window.back_button.isVisible() and window.home_button.isVisible()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.navigator.current_name == "home"


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_idle_timeout_wipes_inputs_and_returns_home(qtbot, window) -> None:
    qtbot.mouseClick(window.navigator.screen(Route.HOME).ticket_tile, Qt.MouseButton.LeftButton)
    fields = window.navigator.screen(Route.TICKET_FIELDS)
    qtbot.mouseClick(fields.priority, Qt.MouseButton.LeftButton)
    assert fields.priority.isChecked()

    window.idle.set_timeout_ms(200)
    with qtbot.waitSignal(window.idle.timed_out, timeout=5_000):
        pass

    assert window.navigator.current_name == "home"
    wait_for_wipes(qtbot, window)
    assert not fields.priority.isChecked()


def test_a_touch_restarts_the_idle_countdown(qtbot: QtBot, window: MainWindow) -> None:
    window.idle.set_timeout_ms(60_000)
    window.idle._timer.stop()  # simulate a countdown that has run down
    assert window.idle.remaining_ms() == -1
    touch(window.navigator.screen(Route.HOME))
    assert window.idle.remaining_ms() > 50_000


def test_configured_timeout_is_used(window: MainWindow, core: KioskCore) -> None:
    assert window.idle.timeout_ms == core.config.kiosk.idle_timeout_s * 1000


def test_bundled_font_is_registered_and_used(window: MainWindow) -> None:
    from PySide6.QtGui import QFontDatabase

    assert "Noto Sans" in QFontDatabase.families()
    assert QApplication.font().family() == "Noto Sans"
    assert window.office_name.fontInfo().family() == "Noto Sans"


MIN_TARGET_PX = 88  # 15 mm on a 21.5" 1920×1080 touchscreen is about 61 px; keep margin
MIN_HEADER_TARGET_PX = 61  # "Nghe hướng dẫn" in the header: exactly 15 mm


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_every_visible_button_is_a_large_touch_target(qtbot, window) -> None:
    def check(screen_name: str) -> None:
        for button in window.findChildren(QAbstractButton):
            if button is window.listen_button:  # the header strip's height: 15 mm, no more
                assert min(button.width(), button.height()) >= MIN_HEADER_TARGET_PX
            elif button.isVisible():
                assert button.height() >= MIN_TARGET_PX, (screen_name, button.text())
                assert button.width() >= MIN_TARGET_PX, (screen_name, button.text())
        assert window.listen_button.isVisible()

    check("home")
    qtbot.mouseClick(window.navigator.screen(Route.HOME).ticket_tile, Qt.MouseButton.LeftButton)
    check("ticket_fields")


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_the_kiosk_returns_home(
    qtbot, window, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from screens.app import install_crash_guard

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_guard(window)
    qtbot.mouseClick(window.navigator.screen(Route.HOME).ticket_tile, Qt.MouseButton.LeftButton)
    fields = window.navigator.screen(Route.TICKET_FIELDS)
    qtbot.mouseClick(fields.priority, Qt.MouseButton.LeftButton)

    def broken() -> None:
        raise RuntimeError("a bug in a slot")

    fields.priority.toggled.connect(broken)
    with qtbot.waitSignal(window.navigator.current_changed, timeout=5_000):
        fields.priority.click()

    assert window.navigator.current_name == "home"
    assert not fields.priority.isChecked()
    assert "a bug in a slot" in caplog.text


def test_a_notice_in_one_language_goes_when_the_language_changes(qtbot, window) -> None:
    window.show_notice("Vui lòng nhận phiếu ở khe máy in.")
    assert window.scan_notice.isVisible()
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    assert window.scan_notice.isHidden()


def test_full_screen_covers_the_screen_without_a_window_manager(window) -> None:
    """A kiosk display has no window manager to act on showFullScreen(): the kiosk sizes its
    window to the screen itself, and again when the screen changes (turned, replaced)."""
    from PySide6.QtCore import QRect

    from screens.full_screen import cover_screen

    screen = window.screen()
    window.move(200, 100)
    cover_screen(window)
    assert window.geometry().topLeft() == screen.geometry().topLeft()
    assert window.width() >= screen.geometry().width()  # (the test screen is only 800 wide)
    for changed in (QRect(0, 0, 1920, 1080), QRect(0, 0, 1080, 1920)):  # replaced, turned
        screen.geometryChanged.emit(changed)
        assert window.geometry() == changed
