"""Checking in for an appointment (lịch hẹn): the booking's code scanned or typed, or the
citizen ID card scanned; the ticket is then printed by the ticket screen.

The ID card's number goes to the province only (it finds the card holder's booking of
today); nothing of the card is shown or kept here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.domain.appointments import CheckInRequest
from kiosk.domain.codes import normal_appointment_code
from kiosk.domain.wording import fill
from kiosk.input.scans import AppointmentCode, CitizenId
from screens.context import ScreenContext
from screens.keyboard_slot import KeyboardSlot
from screens.navigator import Screen
from screens.pictograms import Pictogram
from screens.routes import Route
from screens.widgets import code_entry, heading

EXAMPLE_CODE = "LH7K3P9Q"
MAX_CODE_LENGTH = 12


class CheckInScreen(Screen):
    """How to check in, and a field for the booking's code."""

    wipe_on_leave = True

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.state = "entry"  # entry, invalid
        self.title = heading("heading")
        self.pictogram = Pictogram("inlinePictogram")
        self.prompt = heading("prompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        prompt_row = QHBoxLayout()
        prompt_row.setSpacing(16)
        prompt_row.addWidget(self.pictogram)
        prompt_row.addWidget(self.prompt, stretch=1)
        self.code, self.submit, entry_row = code_entry(MAX_CODE_LENGTH, self.check_in_typed)
        self.message = heading("message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 12, 48, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(prompt_row)
        layout.addLayout(entry_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.keyboard = KeyboardSlot(context.shared_keyboard, self.code, "code")
        self.keyboard.submitted.connect(self.check_in_typed)
        layout.addWidget(self.keyboard)
        self.pictogram.set_state("appointment", "")

    def enter(self, **params: Any) -> None:
        self.wipe()
        self.code.setFocus()

    def wipe(self) -> None:
        self.code.setText("")  # not clear(): that could be undone
        self.state = "entry"
        self.show_state()

    def handle_scan(self, scan: object) -> bool:
        """A booking's QR, or the ID card of the citizen who booked, checks in at once."""
        if isinstance(scan, AppointmentCode):
            self._check_in(CheckInRequest(code=scan.code))
            return True
        if isinstance(scan, CitizenId):
            self._check_in(CheckInRequest(citizen_id=scan.id_number))
            return True
        return False

    def check_in_typed(self) -> None:
        """Check in with the typed code; one that is not a booking code is explained."""
        text = "".join(self.code.text().split())
        if not text:
            self.code.setFocus()
            return
        code = normal_appointment_code(text)
        if code is None:
            self.state = "invalid"
            self.show_state()
            return
        self._check_in(CheckInRequest(code=code))

    def _check_in(self, request: CheckInRequest) -> None:
        if self.navigator is not None:
            self.navigator.go(Route.TICKET_PRINT, check_in=request)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check in for your appointment"))
        self.prompt.setText(
            self.tr(
                "Scan the QR code on your appointment confirmation or your citizen ID card, "
                'or type your appointment code and touch "Check in".'
            )
        )
        self.code.setPlaceholderText(fill(self.tr("Example: %1"), EXAMPLE_CODE))
        self.submit.setText(self.tr("Check in"))
        super().retranslate()

    def spoken_guide(self) -> str:
        if self.state == "invalid":
            return self.tr(
                "This is not a booking code. Please check it and type it again, or scan your "
                "booking."
            )
        return self.tr(
            "If you booked an appointment, hold the QR code of your booking or your citizen "
            "ID card under the scanner, or type your booking code."
        )

    def show_state(self) -> None:
        self.message.setText(
            fill(
                self.tr(
                    "This is not an appointment code. It starts with LH and has 6 more letters "
                    "or digits, like %1."
                ),
                EXAMPLE_CODE,
            )
            if self.state == "invalid"
            else ""
        )
        self.message.setVisible(bool(self.message.text()))
