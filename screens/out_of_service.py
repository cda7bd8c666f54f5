"""The kiosk out of service: what the screen shows when its stores cannot be used.

A damaged, locked or read-only ``outbox.db`` (or a full disk) must not drop a public kiosk
to the desktop. The window says, in Vietnamese and English, that the kiosk is out of
service and where to go instead; the technician's corner still opens the PIN pad, and
behind it the problem in one line with Restart kiosk (exit 75: the service manager starts
it again once the problem is fixed) and Quit kiosk (exit 0). No store is opened: the PIN's
lockout keeps working in memory when the disk cannot be written.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.paths import KioskPaths
from kiosk.technician.config_edit import RESTART_EXIT_CODE
from kiosk.technician.pin import TechnicianGate, open_gate
from screens.full_screen import cover_screen, window_flags
from screens.navigator import Navigator, Screen
from screens.routes import Route
from screens.technician.entry import HotCorner, PinScreen
from screens.widgets import heading, plain_label, push_button

TITLE = "Ki-ốt tạm ngừng phục vụ"
ADVICE = (
    "Xin quý khách vui lòng đến quầy tiếp nhận hồ sơ để được hướng dẫn.\n"
    "Out of service: please ask at a counter."
)


class OutOfServiceScreen(Screen):
    """What a citizen sees: the kiosk is out of service, and where to go instead."""

    def __init__(self) -> None:
        super().__init__()
        self.title = heading("heading")
        self.title.setText(TITLE)
        self.advice = heading("message")
        self.advice.setText(ADVICE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.advice)
        layout.addStretch(2)

    def wants_navigation(self) -> bool:
        return False


class RepairScreen(Screen):
    """What a technician sees after the PIN: the problem, Restart kiosk and Quit kiosk."""

    finished = Signal(int)

    def __init__(self, problem: str, gate: TechnicianGate) -> None:
        super().__init__()
        self.gate = gate
        self.title = heading("heading")
        self.title.setText("Technician mode: the kiosk cannot start")
        self.problem = plain_label(problem)
        self.problem.setObjectName("message")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = plain_label(
            "Fix it from a shell (kiosk diag says more), then Restart "
            "kiosk. Quit kiosk leaves it stopped."
        )
        self.hint.setWordWrap(True)
        self.restart_button = push_button("actionButton", lambda: self._end(RESTART_EXIT_CODE))
        self.restart_button.setText("Restart kiosk")
        self.quit_button = push_button("secondaryButton", lambda: self._end(0))
        self.quit_button.setText("Quit kiosk")
        self.back_button = push_button("secondaryButton", self._leave)
        self.back_button.setText("Back to the out-of-service screen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        for widget in (
            self.title,
            self.problem,
            self.hint,
            self.restart_button,
            self.quit_button,
            self.back_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def enter(self, **params: Any) -> None:
        self.gate.audit.record("entry_out_of_service", problem=self.problem.text())

    def wants_navigation(self) -> bool:
        return False

    def _leave(self) -> None:
        if self.navigator is not None:
            self.navigator.home()

    def _end(self, code: int) -> None:
        self.gate.audit.record(
            "exit", reason="restart kiosk" if code else "quit kiosk", exit_code=code
        )
        self.finished.emit(code)


class OutOfServiceWindow(QWidget):
    """The out-of-service screen, its technician corner, the PIN pad and the repair page."""

    finished = Signal(int)

    def __init__(self, problem: str, gate: TechnicianGate, *, taps: int, window_s: float) -> None:
        super().__init__()
        self.setObjectName("outOfService")
        self.setWindowTitle(TITLE)
        self.locked = False
        self._closing = False
        self.stack = QStackedWidget()
        self.navigator = Navigator(self.stack)
        self.navigator.add(Route.HOME, OutOfServiceScreen)
        self.navigator.add(Route.TECHNICIAN_PIN, partial(PinScreen, gate))
        self.navigator.add(Route.TECHNICIAN, partial(self._repair, problem, gate))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.hot_corner = HotCorner(self, taps=taps, window_s=window_s)
        self.hot_corner.triggered.connect(self._open_pin_pad)
        self.navigator.home()

    def _repair(self, problem: str, gate: TechnicianGate) -> RepairScreen:
        screen = RepairScreen(problem, gate)
        screen.finished.connect(self._finish)
        return screen

    def _open_pin_pad(self) -> None:
        if self.navigator.current_name == Route.HOME:
            self.navigator.go(Route.TECHNICIAN_PIN)

    def _finish(self, code: int) -> None:
        self._closing = True
        self.finished.emit(code)

    def closeEvent(self, event: Any) -> None:
        if self.locked and not self._closing:
            event.ignore()
            return
        super().closeEvent(event)


def open_out_of_service(
    config: Config, paths: KioskPaths, problem: str, *, windowed: bool
) -> OutOfServiceWindow:
    """Show the out-of-service window; the application exits with the code a technician's
    Restart or Quit gives."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    entry = config.technician
    window = OutOfServiceWindow(
        problem, open_gate(config, paths), taps=entry.entry_taps, window_s=entry.entry_window_s
    )
    fullscreen = config.kiosk.fullscreen and not windowed
    window.setWindowFlags(window_flags(fullscreen))
    window.locked = fullscreen
    window.finished.connect(lambda code: (window.close(), app.exit(code)))
    app.setQuitOnLastWindowClosed(False)
    if fullscreen:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
        cover_screen(window)
    else:
        window.resize(1280, 800)
        window.show()
    return window
