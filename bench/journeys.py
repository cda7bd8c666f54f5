"""The citizen journeys, tap by tap, for the benchmarks that drive the real window.

A journey is a function of a :class:`Steps`: each step is a named tap (``touch``) and,
optionally, what to wait for afterwards (``until``: a ticket printed, a status answered). The
screen-switch benchmark times each step; the memory benchmark only runs them. Every journey
starts and ends on Home.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from bench.kiosk_window import (
    Kiosk,
    button,
    line_edit,
    list_on,
    shown,
    tap,
    tap_row,
    wait_until,
)
from simulators.province_api import DEFAULT_SEED

if TYPE_CHECKING:
    from screens.submission import FieldInput

MARITAL_FORM = "to-khai-xac-nhan-tinh-trang-hon-nhan"
ID_CARD = (
    "048190001234||Nguyễn Thị Hồng Nhung|15081990|Nữ|45 Trần Phú, phường Hải Châu, "
    "thành phố Đà Nẵng|20042021"
)

Touch = Callable[[], None]
Check = Callable[[], bool]


class Steps(Protocol):
    """What runs a journey's steps."""

    def step(self, name: str, touch: Touch, until: Check | None = None) -> None:
        """Tap (``touch``), then wait for ``until`` if given."""


Journey = Callable[[Steps], None]


def demo_dossier_code() -> str:
    """A dossier the simulator knows (from the demo province's seed)."""
    data = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
    return str(data["dossiers"][1]["code"])


class Journeys:
    """The journeys on one kiosk window; the full ones tap every step a citizen would."""

    SEARCH = "dang ky khai sinh"

    def __init__(self, kiosk: Kiosk) -> None:
        self.k = kiosk
        self.dossier_code = demo_dossier_code()
        # the window's own bar: found once (a search of every widget of every screen)
        self._home = kiosk.window.findChild(QAbstractButton, "homeButton")
        self._back = kiosk.window.findChild(QAbstractButton, "backButton")

    # -- what the steps touch -----------------------------------------------------------------

    def home_button(self) -> QAbstractButton:
        assert self._home is not None  # the window's bar is always there
        return self._home

    def back_button(self) -> QAbstractButton:
        assert self._back is not None  # the window's bar is always there
        return self._back

    def home_shown(self) -> bool:
        """The Home button is back (a ticket or a rating has its result on screen)."""
        return self.home_button().isVisible()

    def tap_home(self) -> None:
        tap(self.home_button())

    def tap_back(self) -> None:
        tap(self.back_button())

    def press(self, context: str, source: str) -> Touch:
        """A tap on the button of the screen on display that reads ``source``."""
        return lambda: tap(button(self.k.screen, context, source))

    def reads(self, context: str, source: str) -> Check:
        """Whether the screen on display shows a button that reads ``source`` (looked for
        once the screen has it, then only asked whether it shows)."""
        found: list[tuple[QWidget, QAbstractButton]] = []

        def visible() -> bool:
            screen = self.k.screen
            if not found or found[0][0] is not screen:
                try:
                    found[:] = [(screen, button(screen, context, source, hidden=True))]
                except LookupError:
                    return False
            return found[0][1].isVisible()

        return visible

    def press_named(self, object_name: str, index: int = 0) -> Touch:
        """A tap on the ``index``-th visible button called ``object_name`` on the screen."""
        return lambda: tap(shown(self.k.screen, QAbstractButton, object_name)[index])

    def tap_first_row(self) -> None:
        tap_row(list_on(self.k.screen))

    # -- the journeys -------------------------------------------------------------------------

    def full(self) -> list[Journey]:
        """Every journey, every step."""
        return [
            self.ticket,
            self.procedures,
            self.dossier,
            self.submission,
            self.payment,
            self.rating,
        ]

    def ticket(self, s: Steps) -> None:
        s.step("Home → take a number (fields)", self.press("HomeScreen", "Take a queue number"))
        s.step(
            "Take a number: a field → printing the ticket",
            self.press_named("fieldTile"),
            until=self.home_shown,
        )
        s.step("Ticket printed → Home", self.tap_home)

    def procedures(self, s: Steps) -> None:
        s.step(
            "Home → look up a procedure (list)",
            self.press("ProceduresScreen", "Look up a procedure"),
        )
        s.step("Procedures: a field's chip → its procedures", self.press_named("fieldChip", 1))
        s.step("Procedures: a procedure → its detail", self.tap_first_row)
        s.step("Procedure detail → Back (list)", self.tap_back)
        s.step(
            "Procedures: search box → on-screen keyboard",
            lambda: tap(line_edit(self.k.screen, "searchInput")),
        )
        s.step("Procedures → Back (Home)", self.tap_back)

    def dossier(self, s: Steps) -> None:
        s.step(
            "Home → look up a dossier (code entry)",
            self.press("DossierStatusScreen", "Look up a dossier"),
        )
        line_edit(self.k.screen, "codeInput").setText(self.dossier_code)  # typing is no switch
        s.step(
            "Dossier: Look up → status",
            self.press("DossierStatusScreen", "Look up"),
            until=self.reads("DossierStatusScreen", "Look up another dossier"),
        )
        s.step(
            "Dossier: look up another → code entry",
            self.press("DossierStatusScreen", "Look up another dossier"),
        )
        s.step("Dossier → Home", self.tap_home)

    def submission(self, s: Steps) -> None:
        agree = self.press("SubmissionScreen", "I agree")
        s.step(
            "Home → submit online (services)",
            self.press("SubmissionScreen", "Apply online"),
        )
        s.step("Submission: a service → consent", self._choose_service)
        s.step("Submission: I agree → form", agree)
        s.step("Submission: form → Back (consent)", self.tap_back)
        s.step("Submission: I agree → form", agree)
        self.k.window.context.scans.receive(ID_CARD.encode())
        wait_until(self.reads("SubmissionScreen", "Fill in"))
        s.step(
            "Submission: fill in from the ID card → form filled",
            self.press("SubmissionScreen", "Fill in"),
        )
        self._fill_the_rest()
        s.step("Submission: Continue → review", self.press("SubmissionScreen", "Continue"))
        s.step(
            "Submission: Send → sending (the receipt prints)",
            self.press("SubmissionScreen", "Send the application"),
            until=self.reads("SubmissionScreen", "Finish"),
        )
        s.step("Submission: Finish → Home", self.press("SubmissionScreen", "Finish"))

    def payment(self, s: Steps) -> None:
        s.step("Home → pay a fee (procedures)", self.press("PaymentScreen", "Pay a fee"))
        s.step("Payment: a procedure → amount", self.tap_first_row)
        s.step(
            "Payment: show payment code → QR (the slip prints)",
            self.press("PaymentScreen", "Show payment code"),
            until=self.reads("PaymentScreen", "Finish"),
        )
        s.step("Payment: Finish → Home", self.press("PaymentScreen", "Finish"))

    def rating(self, s: Steps) -> None:
        s.step("Home → rate our service (counters)", self.press("RatingScreen", "Rate our service"))
        s.step("Rating: a counter → faces", self.press_named("counterButton"))
        s.step("Rating: a face → reasons", self.press("RatingScreen", "Satisfied"))
        s.step(
            "Rating: a reason → thanks",
            self.press("RatingScreen", "I waited too long"),
            until=self.home_shown,
        )
        s.step("Rating → Home", self.tap_home)

    # -- short journeys, for cycles by the ten thousand -----------------------------------------

    def procedure_search(self, s: Steps) -> None:
        """Home → the list → a search (typed) → a procedure's detail → Home."""
        s.step(
            "Home → look up a procedure (list)",
            self.press("ProceduresScreen", "Look up a procedure"),
        )
        line_edit(self.k.screen, "searchInput").setText(self.SEARCH)  # as typed, at once
        s.step("Procedures: a procedure → its detail", self.tap_first_row)
        s.step("Procedure detail → Home", self.tap_home)

    def glances(self) -> list[Journey]:
        """Home → the first screen of each journey → Home (its tile touched, then Home)."""
        tiles = (
            ("HomeScreen", "Take a queue number"),
            ("ProceduresScreen", "Look up a procedure"),
            ("DossierStatusScreen", "Look up a dossier"),
            ("SubmissionScreen", "Apply online"),
            ("CheckInScreen", "My appointment"),
            ("PaymentScreen", "Pay a fee"),
            ("RatingScreen", "Rate our service"),
        )

        def glance(context: str, title: str) -> Journey:
            def journey(s: Steps) -> None:
                s.step(f"Home → {title}", self.press(context, title))
                s.step(f"{title} → Home", self.tap_home)

            return journey

        return [glance(context, title) for context, title in tiles]

    def dossier_scan(self, s: Steps) -> None:
        """A receipt's barcode scanned on Home opens the dossier's status → Home."""
        self.k.window.context.scans.receive(self.dossier_code.encode())
        wait_until(self.reads("DossierStatusScreen", "Look up another dossier"))
        s.step("Dossier status → Home", self.tap_home)

    # -- helpers ------------------------------------------------------------------------------

    def _choose_service(self) -> None:
        rows = list_on(self.k.screen)
        row = next(
            i
            for i in range(rows.count())
            if rows.item(i).data(Qt.ItemDataRole.UserRole) == MARITAL_FORM
        )
        tap_row(rows, row)

    def _fill_the_rest(self) -> None:
        """What the ID card does not give on the marital-status form: the status, the
        purpose, copies, a phone number and the pledge (typed values are set directly)."""
        inputs = {
            field_input.field.id: field_input
            for field_input in cast("list[FieldInput]", shown(self.k.screen, QWidget, "formField"))
        }
        tap(shown(inputs["tinh_trang_hon_nhan"], QAbstractButton, "optionButton")[0])
        for field_id, text in (
            ("muc_dich", "Để đăng ký kết hôn"),
            ("so_ban", "2"),
            ("dien_thoai", "0905 123 456"),
        ):
            edit = inputs[field_id].edit
            assert edit is not None  # a text field
            edit.setText(text)
        tick = shown(inputs["cam_doan"], QAbstractButton, "tickBox")[0]
        if not tick.isChecked():
            tap(tick)
