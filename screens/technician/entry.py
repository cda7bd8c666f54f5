"""The way into technician mode: taps in a hidden corner, then the PIN on a numeric pad.

A citizen tapping the corner by chance sees the PIN pad at most, and leaves it with Home or
Back. Wrong PINs lock the entry for a growing time (``kiosk.technician``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.wording import fill
from kiosk.technician.pin import PinAttempt, TechnicianGate
from screens.background import JobFailed
from screens.navigator import Screen
from screens.onscreen_keyboard import OnScreenKeyboard
from screens.routes import Route
from screens.widgets import heading

CORNER_PX = 120
PIN_MAX_LENGTH = 12
SECOND_MS = 1000


class HotCorner(QWidget):
    """An invisible square over the top-left corner of its parent (up to ``size_px`` on a
    side): ``taps`` touches on it within ``window_s`` seconds emit ``triggered``."""

    triggered = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        taps: int,
        window_s: float,
        size_px: int = CORNER_PX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hotCorner")
        self.taps = taps
        self.window_s = window_s
        self.clock = clock
        self._size = size_px
        self._times: list[float] = []
        parent.installEventFilter(self)
        self._fit()

    def tap(self) -> None:
        """Count one touch on the corner."""
        now = self.clock()
        self._times = [t for t in self._times if now - t <= self.window_s] + [now]
        if len(self._times) >= self.taps:
            self._times = []
            self.triggered.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # a touch arrives as a press too
        event.accept()
        self.tap()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # comes after the second press, which was counted already

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # fitted only to the parent it watches
        self.setGeometry(0, 0, min(self._size, parent.width()), min(self._size, parent.height()))
        self.raise_()


class PinScreen(Screen):
    """The technician's PIN, masked, on the numeric pad; technician mode opens when it is
    right. Wrong PINs are counted; while a lockout runs, its time left is shown."""

    keep_in_history = False
    wipe_on_leave = True

    def __init__(self, gate: TechnicianGate) -> None:
        super().__init__()
        self.gate = gate
        self.checking = False
        self._locked = False  # the message says the entry is locked
        self.title = heading("heading")
        self.prompt = heading("prompt")
        self.pin = QLineEdit()
        self.pin.setObjectName("pinInput")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_LENGTH)
        self.pin.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(f"[0-9]{{0,{PIN_MAX_LENGTH}}}"), self.pin
            )
        )
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        self.message = heading("statusLine")
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.pin, "numeric")
        self.keyboard.submitted.connect(self.submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(SECOND_MS)
        self._countdown.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addWidget(self.keyboard)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Technician mode"))
        super().retranslate()

    def show_state(self) -> None:
        self.refresh()

    def enter(self, **params: Any) -> None:
        self.wipe()
        self.refresh()

    def leave(self) -> None:
        self._countdown.stop()

    def wipe(self) -> None:
        # an answer still on its way opens nothing now (``checking`` stays until it ends:
        # one PIN is checked at a time, whatever the citizen does meanwhile)
        self.forget_pending()
        self.pin.clear()
        self.message.setText("")
        self._countdown.stop()

    def refresh(self) -> None:
        """Show whether a PIN can be entered now (or why not)."""
        gate = self.gate
        self.pin.setVisible(gate.enabled)
        self.keyboard.setVisible(gate.enabled)
        if not gate.enabled:
            self.prompt.setText(
                self.tr(
                    "Technician mode is disabled on this kiosk: no PIN is set. "
                    "A technician sets one from a shell with: kiosk set-pin"
                )
            )
            return
        self.prompt.setText(self.tr("Enter the technician PIN."))
        waiting = gate.locked_for_s()
        self._enable(not waiting and not self.checking)
        if waiting:
            self._locked = True
            self.message.setText(
                fill(self.tr("Too many wrong PINs. Try again in %1 s."), str(math.ceil(waiting)))
            )
            self._countdown.start()
        else:
            self._countdown.stop()
            if self._locked:
                self._locked = False
                self.message.setText("")

    def submit(self) -> None:
        """Check the PIN typed (off the UI thread: scrypt takes a moment)."""
        gate = self.gate
        if self.checking or not gate.enabled or not self.pin.isEnabled():
            return
        pin = self.pin.text()
        self.pin.clear()
        self.checking = True
        self._enable(False)
        self.message.setText(self.tr("Checking…"))
        self.run(lambda: gate.try_pin(pin), self._answered, self._failed, ended=self._check_ended)

    def _check_ended(self) -> None:
        """A PIN check has ended, its answer wanted or not: another may start."""
        self.checking = False
        if self.navigator is not None and self.navigator.current is self:
            self.refresh()  # entered again meanwhile: the PIN can be typed again

    def _answered(self, attempt: PinAttempt) -> None:
        if attempt.outcome == "ok":
            if self.navigator is not None:
                self.navigator.go(Route.TECHNICIAN)
            return
        # after the last free try, refresh() shows the lockout instead
        self.message.setText(
            self.tr(
                "Wrong PIN. %n more wrong PIN(s) lock the entry for a while.",
                "",
                attempt.tries_left,
            )
            if attempt.tries_left
            else ""
        )
        self.refresh()

    def _failed(self, failure: JobFailed) -> None:
        self.message.setText(fill(self.tr("The PIN could not be checked: %1"), str(failure)))
        self.refresh()

    def _enable(self, enabled: bool) -> None:
        self.pin.setEnabled(enabled)
        self.keyboard.setEnabled(enabled)
