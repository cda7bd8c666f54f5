"""The screens the window can show, known by where they live: each is imported when it is
first built, after Home's first paint (the journeys bring in the stores, the network client
and the printers, none of which Home needs to paint). Home's tiles, in their order, and the
words on them, in their first screen's translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from screens.routes import Route

if TYPE_CHECKING:
    from collections.abc import Callable

    from screens.context import ScreenContext
    from screens.navigator import Screen

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # its stub says it returns an object

SCREENS: dict[Route, str] = {
    Route.ANNOUNCEMENTS: "screens.announcements.AnnouncementsScreen",
    Route.TICKET_FIELDS: "screens.ticket_fields.TicketFieldsScreen",
    Route.TICKET_PRINT: "screens.ticket_print.TicketPrintScreen",
    Route.CHECK_IN: "screens.check_in.CheckInScreen",
    Route.PROCEDURES: "screens.procedures.ProceduresScreen",
    Route.PROCEDURE_DETAIL: "screens.procedures.ProcedureDetailScreen",
    Route.DOSSIER_STATUS: "screens.dossier_status.DossierStatusScreen",
    Route.SUBMISSION: "screens.submission.SubmissionScreen",
    Route.PAYMENT: "screens.payment.PaymentScreen",
    Route.RATING: "screens.rating.RatingScreen",
}
"""Every citizen screen but Home, built with the screens' context alone."""


def screen_class(route: Route) -> Callable[[ScreenContext], Screen]:
    """The class of the screen at ``route`` (its module imported now)."""
    module, name = SCREENS[route].rsplit(".", 1)
    found: Callable[[ScreenContext], Screen] = getattr(import_module(module), name)
    return found


@dataclass(frozen=True)
class Journey:
    """A journey Home offers: where it starts and its tile's title and line (source texts,
    translated in the first screen's context)."""

    route: Route
    title: str
    line: str

    def texts(self) -> tuple[str, str]:
        """The tile's title and line in the language now set."""
        context = SCREENS[self.route].rsplit(".", 1)[1]
        translate = QCoreApplication.translate
        return translate(context, self.title), translate(context, self.line)


JOURNEYS = (
    Journey(
        Route.CHECK_IN,
        QT_TRANSLATE_NOOP("CheckInScreen", "My appointment"),
        QT_TRANSLATE_NOOP("CheckInScreen", "Booked ahead: scan your confirmation or ID card"),
    ),
    Journey(
        Route.PROCEDURES,
        QT_TRANSLATE_NOOP("ProceduresScreen", "Look up a procedure"),
        QT_TRANSLATE_NOOP(
            "ProceduresScreen", "Documents to bring, fees, processing time; print a guide"
        ),
    ),
    Journey(
        Route.DOSSIER_STATUS,
        QT_TRANSLATE_NOOP("DossierStatusScreen", "Look up a dossier"),
        QT_TRANSLATE_NOOP(
            "DossierStatusScreen",
            "Where your application stands: scan or type the code on your receipt",
        ),
    ),
    Journey(
        Route.SUBMISSION,
        QT_TRANSLATE_NOOP("SubmissionScreen", "Apply online"),
        QT_TRANSLATE_NOOP(
            "SubmissionScreen", "Fill in the form here; your ID card fills in your details"
        ),
    ),
    Journey(
        Route.PAYMENT,
        QT_TRANSLATE_NOOP("PaymentScreen", "Pay a fee"),
        QT_TRANSLATE_NOOP("PaymentScreen", "Pay by bank app with a VietQR code"),
    ),
    Journey(
        Route.RATING,
        QT_TRANSLATE_NOOP("RatingScreen", "Rate our service"),
        QT_TRANSLATE_NOOP("RatingScreen", "Tell us how you were served at the counter"),
    ),
)
"""The journeys Home offers a tile for, in the tiles' order."""
