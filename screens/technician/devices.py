"""Technician pages for the devices: the printer, the scanner and the display."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk import __version__
from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.domain.wording import fill
from kiosk.input.scans import Scan, mask_personal_data
from kiosk.services.tickets import SlipOutcome, TicketOutcome
from kiosk.stores.outbox import TicketRecord
from kiosk.technician.diagnostics.checks import Check
from kiosk.technician.diagnostics.devices import STATE_NAMES, check_printer_status, check_scanner
from kiosk.technician.phrases import Phrase
from kiosk.technician.views import describe_raw_scan
from printers.layouts.test_page import build_test_page_job
from screens.background import JobFailed, run_in_background
from screens.context import ScreenContext
from screens.technician.parts import (
    CheckView,
    TechnicianPage,
    button_row,
    label,
    tech_button,
    text_view,
    translated,
)

PRINTER_REFRESH_MS = 5000
SHOWN_SCANS = 10


class PrinterPage(TechnicianPage):
    """The printer's connection and live status, the test page (which is also the code-page
    test), and today's tickets that did not print, each with a Reprint button."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.status = CheckView()
        self.body.addWidget(self.status)
        self.check_button = tech_button(self._check_by_hand)
        self.test_button = tech_button(self.print_test_page)
        self.body.addLayout(button_row(self.check_button, self.test_button))
        self.failed_title = label("", "techSectionTitle")
        self.body.addWidget(self.failed_title)
        self.failed = QVBoxLayout()
        self.failed.setSpacing(8)
        self.body.addLayout(self.failed)
        self.reprint_buttons: dict[str, QPushButton] = {}
        self._failed_rows: list[tuple[TicketRecord | None, QLabel]] = []
        self._reprinting: TicketRecord | None = None
        self._checking = False
        self._refresh = QTimer(self)
        self._refresh.setInterval(PRINTER_REFRESH_MS)
        self._refresh.timeout.connect(self.check)

    def title(self) -> str:
        return self.tr("Printer")

    def retranslate(self) -> None:
        section = self.context.config.printer
        reports = self.context.core.desk.printer.reports_status
        self.facts.setText(
            "\n".join(
                [
                    fill(self.tr("Connection: %1"), section.uri),
                    fill(
                        self.tr("Model profile: %1; paper %2 mm; Vietnamese text as %3"),
                        section.profile,
                        str(section.paper_width_mm),
                        section.text_mode,
                    ),
                    self.tr("Status reports: yes") if reports else self.tr("Status reports: no"),
                ]
            )
        )
        self.check_button.setText(self.tr("Check now"))
        self.test_button.setText(self.tr("Print test page (code pages, ruler, QR)"))
        self.failed_title.setText(self.tr("Today's tickets that got a number but did not print"))
        self._word_failed()
        super().retranslate()

    def shown(self) -> None:
        self.check()
        self.list_failed()
        self._refresh.start()

    def hidden(self) -> None:
        self._refresh.stop()

    def check(self) -> None:
        """Ask the printer for its status (off the UI thread; not while it prints)."""
        if self._checking:
            return
        self._checking = True
        run_in_background(
            self.context.core.desk.check_printer_unless_busy, self._checked, self._check_failed
        )

    def _check_by_hand(self) -> None:
        self.audit("check", target="printer")
        self.check()

    def _checked(self, status: PrinterStatus) -> None:
        self._checking = False
        reports = self.context.core.desk.printer.reports_status
        self.status.show_result(check_printer_status(status, reports_status=reports))

    def _check_failed(self, failure: JobFailed) -> None:
        self._checking = False
        self.say(lambda: fill(self.tr("Status check failed: %1"), str(failure)))

    def print_test_page(self) -> None:
        """Print the test page (nothing is sent to a printer that says it cannot print)."""
        core = self.context.core
        catalogue = self.context.catalogue
        desk = core.desk
        self.test_button.setEnabled(False)
        self.say(lambda: self.tr("Printing the test page…"))
        run_in_background(
            lambda: desk.print_slip(
                lambda settings: build_test_page_job(
                    settings,
                    desk.printer_status,
                    kiosk_id=core.config.kiosk.id,
                    version=__version__,
                    office=catalogue.office if catalogue else None,
                )
            ),
            self._test_page_done,
            self._test_page_failed,
        )

    def _test_page_failed(self, failure: JobFailed) -> None:
        self._test_page_done(SlipOutcome(False, PrinterStatus(PrinterState.UNKNOWN, str(failure))))

    def _test_page_done(self, outcome: SlipOutcome) -> None:
        self.test_button.setEnabled(True)
        printer = outcome.printer
        result = (
            "printed" if outcome.printed else f"not printed ({printer.state}: {printer.detail})"
        )
        self.audit("print_test_page", result=result)
        if outcome.printed:
            self.say(lambda: self.tr("Test page printed."))
        else:
            self.say(
                lambda: fill(
                    self.tr("Test page not printed (%1: %2)."),
                    translated(Phrase(STATE_NAMES[printer.state])),
                    printer.detail,
                )
            )
        self._checked(printer)

    def list_failed(self) -> None:
        """Show today's failed tickets (a quick local read)."""
        while (item := self.failed.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone now, not when the event loop gets to deleting it
                widget.setParent(None)
                widget.deleteLater()
        self.reprint_buttons = {}
        self._failed_rows = []
        records = self.context.core.desk.reprintable()
        if not records:
            none = label()
            self.failed.addWidget(none)
            self._failed_rows.append((None, none))
        for record in records:
            self.failed.addWidget(self._failed_row(record))
        self._word_failed()

    def _failed_row(self, record: TicketRecord) -> QWidget:
        row = QFrame()
        row.setObjectName("techRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 16, 8)
        facts = label()
        layout.addWidget(facts, stretch=1)
        button = tech_button(lambda: self.reprint(record))
        layout.addWidget(button)
        self.reprint_buttons[record.key] = button
        self._failed_rows.append((record, facts))
        return row

    def _word_failed(self) -> None:
        """The failed tickets' texts in the kiosk's language."""
        zone = ZoneInfo(self.context.config.office.timezone)
        for record, facts in self._failed_rows:
            if record is None:
                facts.setText(self.tr("None."))
                continue
            ticket = record.ticket  # reprintable tickets all have one
            issued = f"{ticket.issued_at.astimezone(zone):%H:%M}" if ticket else "?"
            facts.setText(
                fill(
                    self.tr("%1  ·  issued %2  ·  %3"),
                    str(record.number),
                    issued,
                    record.failure or "",
                )
            )
            self.reprint_buttons[record.key].setText(self.tr("Reprint"))

    def reprint(self, record: TicketRecord) -> None:
        """Print a failed ticket again; once on paper it counts as issued."""
        catalogue = self.context.catalogue
        if catalogue is None:
            self.say(
                lambda: self.tr(
                    "Cannot reprint: the office details (catalogue) are not loaded yet."
                )
            )
            return
        if self._reprinting is not None:
            return  # one at a time
        self._reprinting = record
        self.reprint_buttons[record.key].setEnabled(False)
        self.say(lambda: fill(self.tr("Reprinting ticket %1…"), str(record.number)))
        desk = self.context.core.desk
        run_in_background(
            lambda: desk.reprint(record.key, catalogue.office),
            self._reprinted,
            self._reprint_failed,
        )

    def _reprint_failed(self, failure: JobFailed) -> None:
        if self._reprinting is not None:
            self._reprinted(TicketOutcome("unavailable", self._reprinting.key, detail=str(failure)))

    def _reprinted(self, outcome: TicketOutcome) -> None:
        record, self._reprinting = self._reprinting, None
        if record is None:
            return
        printed = outcome.kind == "issued"
        result = "printed" if printed else f"{outcome.kind}: {outcome.detail}"
        self.audit("reprint", target=f"ticket {record.number} ({record.key})", result=result)
        number = str(record.number)
        if printed:
            self.say(lambda: fill(self.tr("Ticket %1: printed."), number))
        else:
            self.say(lambda: fill(self.tr("Ticket %1: not printed (%2)."), number, outcome.detail))
        self.list_failed()
        if outcome.printer is not None:
            self._checked(outcome.printer)


class ScannerPage(TechnicianPage):
    """The scanner's settings and the last codes read: raw text, hex and classification.

    While technician mode is open, scans come here and reach no citizen screen.
    """

    scrolls = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.port = CheckView()
        self.body.addWidget(self.port)
        self.last = label("", "techSummary")
        self.body.addWidget(self.last)
        self.view = text_view()
        self.body.addWidget(self.view, stretch=1)
        self.clear_button = tech_button(self.wipe)
        self.body.addLayout(button_row(self.clear_button))
        self._scans: list[RawScan] = []

    def title(self) -> str:
        return self.tr("Scanner")

    def retranslate(self) -> None:
        section = self.context.config.scanner
        if section.kind == "serial":
            facts = fill(
                self.tr("Serial scanner on %1, %2 baud 8N1, prefix %3, suffix %4."),
                section.port,
                str(section.baudrate),
                repr(section.prefix),
                section.suffix,
            )
        elif section.kind == "evdev":
            facts = fill(
                self.tr(
                    "Scanner read directly from its input device %1 (its keys never reach the "
                    "window), prefix %2, suffix %3."
                ),
                section.device,
                repr(section.prefix),
                section.suffix,
            )
        else:
            facts = self.tr("Keyboard-wedge (USB keyboard) scanner.")
        self.facts.setText(
            facts
            + " "
            + self.tr(
                "Scan a code: it shows here, newest first, and is not passed on to the "
                "citizen screens."
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        self._show_scans()
        super().retranslate()

    def shown(self) -> None:
        scanner = self.context.config.scanner
        self.run_checks([(Check("scanner", lambda: check_scanner(scanner), 3), self.port)])

    def add_scan(self, raw: bytes | str, scan: Scan) -> None:
        """Show one code as read and what the kiosk took it for."""
        text, hexed = describe_raw_scan(raw)
        classified = mask_personal_data(repr(scan))
        self._scans.insert(0, RawScan(f"{datetime.now():%H:%M:%S}", classified, text, hexed))
        del self._scans[SHOWN_SCANS:]
        self._show_scans()

    def _show_scans(self) -> None:
        """The last classification and the codes read, in the kiosk's language."""
        if not self._scans:
            self.last.setText(self.tr("Last classification: none yet"))
            self.view.clear()
            return
        self.last.setText(fill(self.tr("Last classification: %1"), self._scans[0].classified))
        self.view.setPlainText(
            "\n\n".join(
                f"{scan.time}  "
                + fill(self.tr("%1 bytes"), str(len(scan.hexed.split())))
                + f"  {scan.classified}\n  "
                + fill(self.tr("text: %1"), scan.text)
                + "\n  "
                + fill(self.tr("hex:  %1"), scan.hexed)
                for scan in self._scans
            )
        )

    def wipe(self) -> None:
        super().wipe()
        self._scans = []
        self._show_scans()


@dataclass(frozen=True)
class RawScan:
    """One code as the Scanner page shows it: when, what the kiosk took it for, the text
    read (control characters escaped) and its bytes in hex."""

    time: str
    classified: str
    text: str
    hexed: str


class TouchGrid(QWidget):
    """A grid whose cells turn green where the screen registers a touch (or a drag)."""

    #: how many cells have been touched
    touched_changed = Signal(int)
    COLUMNS, ROWS = 10, 6

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("touchGrid")
        self.setMinimumHeight(240)
        self.touched: set[tuple[int, int]] = set()

    @property
    def cells(self) -> int:
        """How many cells the grid has."""
        return self.COLUMNS * self.ROWS

    def reset(self) -> None:
        """Every cell untouched again."""
        self.touched.clear()
        self.touched_changed.emit(0)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._mark(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mark(event.position().toPoint())

    def _mark(self, point: QPoint) -> None:
        if not self.rect().contains(point):
            return
        cell = (point.x() * self.COLUMNS // self.width(), point.y() * self.ROWS // self.height())
        if cell not in self.touched:
            self.touched.add(cell)
            self.touched_changed.emit(len(self.touched))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, height = self.width(), self.height()
        for column in range(self.COLUMNS):
            for row in range(self.ROWS):
                left, top = column * width // self.COLUMNS, row * height // self.ROWS
                right = (column + 1) * width // self.COLUMNS
                bottom = (row + 1) * height // self.ROWS
                colour = "#1B6B2F" if (column, row) in self.touched else "#D9E0EA"
                painter.fillRect(
                    left + 1, top + 1, right - left - 2, bottom - top - 2, QColor(colour)
                )
        painter.end()


class ColourBars(QWidget):
    """Colour bars and a grey ramp: missing colours, banding and dead pixels show here."""

    BARS = ("#FFFFFF", "#FFFF00", "#00FFFF", "#00FF00", "#FF00FF", "#FF0000", "#0000FF", "#000000")
    GREYS = 16

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width, bars_height = self.width(), self.height() * 2 // 3
        for index, colour in enumerate(self.BARS):
            left, right = (index * width // len(self.BARS), (index + 1) * width // len(self.BARS))
            painter.fillRect(left, 0, right - left, bars_height, QColor(colour))
        for step in range(self.GREYS):
            left, right = step * width // self.GREYS, (step + 1) * width // self.GREYS
            grey = round(step * 255 / (self.GREYS - 1))
            painter.fillRect(
                left,
                bars_height,
                right - left,
                self.height() - bars_height,
                QColor(grey, grey, grey),
            )
        painter.end()


class DisplayPage(TechnicianPage):
    """A touch test grid and colour bars."""

    scrolls = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.grid = TouchGrid()
        self.count = label("", "techSummary")
        self.grid.touched_changed.connect(self._count)
        self.instructions = label()
        self.body.addWidget(self.instructions)
        self.reset_button = tech_button(self.grid.reset)
        row = button_row(self.reset_button)
        row.insertWidget(1, self.count)
        self.body.addLayout(row)
        self.body.addWidget(self.grid, stretch=3)
        self.body.addWidget(ColourBars(), stretch=1)

    def title(self) -> str:
        return self.tr("Display")

    def retranslate(self) -> None:
        self.instructions.setText(
            self.tr(
                "Touch or drag across every cell: it turns green where the screen registers "
                "the touch."
            )
        )
        self.reset_button.setText(self.tr("Reset grid"))
        self._count(len(self.grid.touched))
        super().retranslate()

    def _count(self, touched: int) -> None:
        self.count.setText(
            fill(self.tr("%1 of %2 cells touched"), str(touched), str(self.grid.cells))
        )

    def wipe(self) -> None:
        super().wipe()
        self.grid.reset()
