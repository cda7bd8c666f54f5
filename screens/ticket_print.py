"""Taking a number, step 2: the ticket is issued and printed; the result is shown. A booking
checked in (``screens.check_in``) gets its ticket here too.

The work runs off the UI thread. On success the number is shown large and the kiosk returns
Home by itself; on failure the citizen reads what happened and what to do.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.domain.appointments import CheckInRequest
from kiosk.domain.model import ServiceField
from kiosk.domain.wording import fill, format_moment, format_wait
from kiosk.services.tickets import TicketOutcome
from kiosk.voice.calls import reading_style, spoken_queue_number
from screens.background import JobFailed
from screens.context import ScreenContext
from screens.navigator import HomeCountdown, Screen
from screens.paper_words import paper_words, wait_units
from screens.pictograms import Pictogram
from screens.routes import Route
from screens.slips import printer_problem
from screens.widgets import (
    QR_MIN_PX,
    QrCode,
    WrappingLabel,
    heading,
    plain_label,
    push_button,
)

#: the pictogram of each state, and its tone (style.qss)
PICTOGRAMS = {
    "printing": ("printer", ""),
    "issued": ("ticket-printed", "good"),
    "printer_unavailable": ("printer-fault", "bad"),
    "print_failed": ("printer-fault", "bad"),
    "unavailable": ("offline", "warn"),
    "capped": ("schedule", "warn"),
    "closed": ("schedule", "warn"),
    "appointment_not_found": ("appointment-missed", "bad"),
    "appointment_too_early": ("appointment", "warn"),
    "appointment_too_late": ("appointment-missed", "bad"),
    "appointment_cancelled": ("appointment-missed", "bad"),
    "appointment_used": ("appointment-missed", "warn"),
    "appointment_unreachable": ("offline", "warn"),
}
RETRIED = ("printer_unavailable", "unavailable", "appointment_unreachable")
"""Outcomes another try may mend (the others would only give a second number, or the same
refusal)."""
ORDINARY_OFFERED = ("appointment_too_late", "appointment_cancelled", "appointment_not_found")
"""Check-ins refused for good, where an ordinary number is offered instead."""


class TicketPrintScreen(Screen):
    """Shows "printing…", then the number, or a clear failure message."""

    keep_in_history = False
    wipe_on_leave = True
    # emitted on the UI thread when a ticket attempt has ended
    finished = Signal(object)

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.state = "idle"
        self.outcome: TicketOutcome | None = None
        self._request: tuple[ServiceField, bool] | CheckInRequest | None = None
        self.pictogram = Pictogram("inlinePictogram")
        self.title = WrappingLabel()  # beside the pictogram, both centred
        self.title.setObjectName("heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = plain_label()
        self.number.setObjectName("ticketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = heading("ticketDetails")
        self.message = heading("message")
        self.countdown = heading("countdown")
        self.booking_qr = QrCode()  # to book another day online, when numbers ran out
        self.booking_qr.setFixedSize(QR_MIN_PX, QR_MIN_PX)
        self.booking_caption = heading("message")
        self.booking_caption.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        booking = QHBoxLayout()
        booking.setSpacing(24)
        booking.addStretch(1)
        booking.addWidget(self.booking_qr)
        booking.addWidget(self.booking_caption, stretch=2)
        booking.addStretch(1)
        self.retry = push_button("actionButton", self._start)
        self.ordinary = push_button("actionButton", self._take_ordinary)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.ordinary)
        buttons.addStretch(1)
        title_row = QHBoxLayout()  # the outcome's pictogram beside its title, centred together
        title_row.setSpacing(16)
        title_row.addStretch(1)
        title_row.addWidget(self.pictogram)
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addLayout(title_row)
        for widget in (self.number, self.details, self.message):
            layout.addWidget(widget)
        layout.addLayout(booking)
        layout.addLayout(buttons)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        self.countdown_home = HomeCountdown(self)
        self.countdown_home.ticked.connect(lambda _seconds: self.show_state())

    def enter(self, **params: Any) -> None:
        check_in = params.get("check_in")
        self._request = (
            check_in
            if isinstance(check_in, CheckInRequest)
            else (params["field"], bool(params.get("priority")))
        )
        self._start()

    def leave(self) -> None:
        self.countdown_home.stop()

    def wipe(self) -> None:
        self.countdown_home.stop()
        self.forget_pending()  # a result still on its way belongs to no one now
        self.outcome = None
        self._request = None
        self.state = "idle"
        self.show_state()

    def wants_navigation(self) -> bool:
        return self.state != "printing"

    def _start(self) -> None:
        catalogue = self.context.catalogue
        request = self._request
        if request is None or catalogue is None:
            return
        self._set_state("printing", None)
        desk = self.context.core.desk
        words = paper_words(self.context.language.language)
        self.forget_pending()
        if isinstance(request, CheckInRequest):
            self.run(lambda: desk.check_in(request, catalogue, words), self._done, self._crashed)
        else:
            field, priority = request
            self.run(
                lambda: desk.take(field.id, catalogue, priority, words), self._done, self._crashed
            )

    def _take_ordinary(self) -> None:
        """Instead of a booking that cannot be checked in, an ordinary number of its field
        (or, when the field is not known, the choice of fields)."""
        catalogue = self.context.catalogue
        field_id = self.outcome.field_id if self.outcome else ""
        field = catalogue.field(field_id) if catalogue and field_id else None
        if field is None:
            if self.navigator is not None:
                self.navigator.go(Route.TICKET_FIELDS)
            return
        self._request = (field, False)
        self._start()

    def _done(self, outcome: TicketOutcome) -> None:
        if outcome.kind == "issued":
            self.countdown_home.start(self.context.config.kiosk.result_screen_s)
        self._set_state(outcome.kind, outcome)
        self.finished.emit(outcome)

    def _crashed(self, failure: JobFailed) -> None:
        outcome = TicketOutcome("unavailable", "", detail=str(failure))
        self._set_state("unavailable", outcome)
        self.finished.emit(outcome)

    def _set_state(self, state: str, outcome: TicketOutcome | None) -> None:
        self.state = state
        self.outcome = outcome
        self.show_state()
        self.navigation_changed.emit()
        self.spoken.emit(self.spoken_guide())

    def spoken_guide(self) -> str:
        """The outcome as the screen shows it; the number in words, never the citizen's
        booking or field."""
        ticket = self.outcome.ticket if self.outcome else None
        if self.state == "issued" and ticket is not None:
            number = spoken_queue_number(
                ticket.number,
                self.context.language.language,
                reading_style(self.context.config.voice),
            )
            return fill(
                self.tr(
                    "Your number is %1. Please take your ticket from the printer slot, and wait "
                    "until your number is called."
                ),
                number,
            )
        if self.state == "print_failed":
            return self.tr(
                "Sorry, your ticket did not print. Please show this screen to an officer at "
                "the front desk."
            )
        return " ".join(text for text in (self.title.text(), self.message.text()) if text)

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Try again"))
        self.ordinary.setText(self.tr("Take an ordinary number"))
        super().retranslate()

    def show_state(self) -> None:
        ticket = self.outcome.ticket if self.outcome else None
        language = self.context.language.language
        self.pictogram.set_state(*PICTOGRAMS.get(self.state, ("", "")))
        self.number.setText(ticket.number if ticket and self.state == "issued" else "")
        # after a failed print the citizen already has a number: an officer reprints it,
        # so another try would only give a second number
        self.retry.setVisible(self.state in RETRIED)
        self.ordinary.setVisible(self.state in ORDINARY_OFFERED)
        self.countdown.setText(
            fill(
                self.tr("Returning to the home screen in %1 s"),
                str(self.countdown_home.seconds_left),
            )
            if self.state == "issued"
            else ""
        )
        if self.state == "printing":
            self.title.setText(self.tr("Printing your ticket, please wait…"))
            self.details.setText("")
            self.message.setText("")
        elif self.state == "issued" and ticket is not None:
            field = (
                self.context.catalogue.field(ticket.field_id) if self.context.catalogue else None
            )
            field_name = field.display_name(language) if field else ticket.field_name
            self.title.setText(self.tr("Your number"))
            lines = [
                field_name,
                fill(
                    self.tr("Please go to %1 when your number is called"),
                    ticket.counter.display_name(language),
                ),
            ]
            if ticket.people_ahead is not None:
                ahead = str(ticket.people_ahead)
                lines.append(
                    fill(
                        self.tr("People ahead of you: %1 (about %2 wait)"),
                        ahead,
                        format_wait(ticket.estimated_wait_min, wait_units()),
                    )
                    if ticket.estimated_wait_min
                    else fill(self.tr("People ahead of you: %1"), ahead)
                )
            if ticket.priority:
                lines.insert(0, self.tr("Priority ticket"))
            if ticket.appointment is not None:  # beside the field: the number keeps its room
                lines[0] += " · " + fill(
                    self.tr("Appointment at %1 (%2)"),
                    self._clock(ticket.appointment.starts_at),
                    ticket.appointment.code,
                )
            self.details.setText("\n".join(lines))
            self.message.setText(self.tr("Please take your ticket from the printer slot."))
        elif self.state == "printer_unavailable":
            self.title.setText(printer_problem(self.outcome.printer if self.outcome else None))
            self.details.setText("")
            self.message.setText(
                self.tr(
                    "No number was given to you. Please ask an officer at the front desk for "
                    "help, or try again once the printer is fixed."
                )
            )
        elif self.state == "print_failed" and ticket is not None:
            self.title.setText(self.tr("Sorry, your ticket did not print"))
            self.details.setText(printer_problem(self.outcome.printer if self.outcome else None))
            self.message.setText(
                fill(
                    self.tr(
                        "Your number is %1. Please show this screen to an officer at the front "
                        "desk; they can print your ticket again."
                    ),
                    ticket.number,
                )
            )
        elif self.state == "closed":
            opens_at = self.outcome.opens_at if self.outcome else None
            self.title.setText(self.tr("Numbers are not given at this time"))
            self.details.setText(
                fill(
                    self.tr("Numbers are given again from %1."),
                    format_moment(opens_at, self.context.config.office.timezone),
                )
                if opens_at
                else ""
            )
            self.message.setText(
                self.tr(
                    "You can still look up procedures and dossiers, apply online and pay "
                    "fees at this kiosk."
                )
            )
        elif self.state == "capped":
            opens_at = self.outcome.opens_at if self.outcome else None
            self.title.setText(self.tr("No more numbers today for this field"))
            self.details.setText(
                fill(
                    self.tr("Numbers are given again from %1."),
                    format_moment(opens_at, self.context.config.office.timezone),
                )
                if opens_at
                else ""
            )
            self.message.setText(
                self.tr(
                    "All of today's numbers for this field have been given out. Please come "
                    "back on the next working day, or ask an officer at the front desk."
                )
            )
        elif self.state.startswith("appointment_"):
            self._show_check_in_refusal()
        elif self.state == "unavailable":
            self.title.setText(self.tr("Sorry, no number can be issued right now"))
            self.details.setText("")
            self.message.setText(
                self.tr(
                    "The kiosk cannot reach the queue system. Please try again in a few "
                    "minutes, or ask an officer at the front desk for help."
                )
            )
        else:
            for label in (self.title, self.details, self.message):
                label.setText("")
        self._show_booking()
        for label in (self.number, self.details, self.message, self.countdown):
            label.setVisible(bool(label.text()))

    def _show_booking(self) -> None:
        """When numbers ran out, the office's online booking as a QR code for the phone."""
        catalogue = self.context.catalogue
        url = catalogue.office.booking_url if catalogue and self.state == "capped" else None
        self.booking_qr.set_content(url or "")
        self.booking_qr.setVisible(url is not None)
        self.booking_caption.setText(
            self.tr(
                "Or book an appointment for another day, and skip the queue: scan this code "
                "with your phone."
            )
            if url
            else ""
        )
        self.booking_caption.setVisible(url is not None)

    def _clock(self, moment: datetime) -> str:
        """A time of today on the office's clock: "09:30"."""
        return f"{moment.astimezone(ZoneInfo(self.context.config.office.timezone)):%H:%M}"

    def _show_check_in_refusal(self) -> None:
        """Why a booking could not be checked in, and what the citizen can do instead."""
        outcome = self.outcome
        booked_at = outcome.booked_at if outcome else None
        opens_at = outcome.opens_at if outcome else None
        by_card = isinstance(self._request, CheckInRequest) and self._request.code is None
        titles = {
            "appointment_not_found": self.tr("No appointment found"),
            "appointment_too_early": self.tr("It is too early to check in"),
            "appointment_too_late": self.tr("The time of your appointment has passed"),
            "appointment_cancelled": self.tr("This appointment was cancelled"),
            "appointment_used": self.tr("This appointment has already been checked in"),
            "appointment_unreachable": self.tr("Your appointment cannot be checked now"),
        }
        self.title.setText(titles.get(self.state, ""))
        details = ""
        if self.state == "appointment_too_early" and booked_at and opens_at:
            details = fill(
                self.tr("Your appointment is at %1. You can check in from %2."),
                self._clock(booked_at),
                self._clock(opens_at),
            )
        elif self.state == "appointment_too_late" and booked_at:
            details = fill(self.tr("Your appointment was at %1."), self._clock(booked_at))
        self.details.setText(details)
        messages = {
            "appointment_not_found": self.tr(
                "There is no appointment for today with this ID card. If you booked one, "
                "please scan the QR code on your confirmation, or take an ordinary number."
            )
            if by_card
            else self.tr(
                "There is no appointment for today with this code. Please check the code on "
                "your confirmation, or take an ordinary number."
            ),
            "appointment_too_early": self.tr(
                "Please come back to the kiosk then. You can also take an ordinary number "
                "now from the home screen."
            ),
            "appointment_too_late": self.tr(
                "Check-in for it has closed. You can take an ordinary number instead."
            ),
            "appointment_cancelled": self.tr(
                "You can take an ordinary number, or book again online."
            ),
            "appointment_used": self.tr(
                "Your ticket was printed when you checked in. If you lost it, please ask an "
                "officer at the front desk."
            ),
            "appointment_unreachable": self.tr(
                "The kiosk cannot reach the appointment system. Please type the code on your "
                "confirmation, try again in a few minutes, or ask an officer at the front desk."
            ),
        }
        self.message.setText(messages.get(self.state, ""))
