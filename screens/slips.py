"""Printing a slip (guide, dossier status, receipt, payment) from a screen, off the UI thread.

The citizen is told in a notice over the screen whether to take the slip from the printer
or why it did not print; the screen itself stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.domain.wording import fill
from kiosk.services.tickets import SlipOutcome
from screens.background import run_in_background
from screens.context import ScreenContext
from screens.navigator import Screen


def printer_problem(status: PrinterStatus | None) -> str:
    """What is wrong with the printer, in the citizen's language."""
    state = status.state if status else PrinterState.UNKNOWN
    translate = QCoreApplication.translate
    if state is PrinterState.PAPER_OUT:
        return translate("Printer", "The ticket printer is out of paper")
    if state is PrinterState.COVER_OPEN:
        return translate("Printer", "The ticket printer's cover is open")
    if state is PrinterState.OFFLINE:
        return translate("Printer", "The ticket printer is not working")
    return translate("Printer", "The ticket printer does not respond")


class SlipPrinting(QObject):
    """Prints slips for one screen, one at a time, and tells the citizen how it went."""

    #: emitted on the UI thread when a slip has printed (True) or not (False)
    finished = Signal(bool)

    def __init__(self, context: ScreenContext, screen: Screen) -> None:
        super().__init__(screen)
        self._context = context
        self._screen = screen
        self.busy = False

    def start(self, build: Callable[[Any], bytes | Sequence[bytes]]) -> None:
        """Lay out with ``build(job settings)`` (one job, or one a page) and print, unless a
        slip is printing now."""
        if self.busy:
            return
        self.busy = True
        self._screen.notice.emit(self.tr("Printing, please wait…"))
        desk = self._context.core.desk
        run_in_background(
            lambda: desk.print_slip(build),
            self._done,
            lambda _failure: self._done(
                SlipOutcome(False, PrinterStatus(PrinterState.UNKNOWN, "kiosk error"))
            ),
        )

    def _done(self, outcome: SlipOutcome) -> None:
        self.busy = False
        if outcome.printed:
            self._screen.notice.emit(self.tr("Please take your slip from the printer."))
        else:
            self._screen.notice.emit(
                fill(
                    self.tr(
                        "%1. The slip could not be printed; please ask an "
                        "officer at the front desk for help."
                    ),
                    printer_problem(outcome.printer),
                )
            )
        self.finished.emit(outcome.printed)
