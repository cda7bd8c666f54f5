"""Technician mode itself: a page list on the left, the page on the right, Exit and Quit.

Exit (or the idle timeout) returns Home, which wipes every page; Quit kiosk closes the
window, which is the only way to leave a full-screen kiosk, and the kiosk exits with 0.
Restart kiosk (on the Config page, after a change) closes it too, but the kiosk exits with
``RESTART_EXIT_CODE`` (75), so the service manager starts it again. Scans go to the Scanner
page and no further. Entering, every action and leaving are in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from kiosk.domain.wording import fill
from kiosk.input.scans import Scan
from kiosk.technician.config_edit import RESTART_EXIT_CODE
from screens.context import ScreenContext
from screens.navigator import Screen
from screens.technician.devices import DisplayPage, PrinterPage, ScannerPage
from screens.technician.parts import ConfirmButton, TechnicianPage, label, tab_button, tech_button
from screens.technician.system import (
    AboutPage,
    ConfigPage,
    LogsPage,
    NetworkPage,
    StoragePage,
    SyncPage,
)

FIRST_PAGE = "printer"


def end_event_loop(close_window: Callable[[], object], code: int) -> None:
    """Close the kiosk's window and end the event loop with ``code`` (what ``app.exec()``,
    and so the ``kiosk`` command, returns)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the closing window must not end it with 0 first
    close_window()
    app.exit(code)


class TechnicianScreen(Screen):
    """The technician's pages (reached only through the PIN screen)."""

    #: a technician chose Quit kiosk: the window may close
    quit_requested = Signal()

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.scanner = ScannerPage(context)
        self.config_page = ConfigPage(context)
        self.pages: dict[str, TechnicianPage] = {
            "printer": PrinterPage(context),
            "scanner": self.scanner,
            "network": NetworkPage(context),
            "sync": SyncPage(context),
            "storage": StoragePage(context),
            "display": DisplayPage(context),
            "logs": LogsPage(context),
            "config": self.config_page,
            "about": AboutPage(context),
        }
        self.page_name = ""
        self._exit_reason = ""
        #: ends the process's event loop with an exit code (tests replace it)
        self.end_process: Callable[[Callable[[], object], int], None] = end_event_loop
        self.config_page.restart_requested.connect(self._restart)
        self.stack = QStackedWidget()
        self.tabs: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        sidebar = QVBoxLayout()
        sidebar.setSpacing(6)
        for name, page in self.pages.items():
            self.stack.addWidget(page)
            tab = tab_button(group, partial(self.show_page, name))
            sidebar.addWidget(tab)
            self.tabs[name] = tab
        sidebar.addStretch(1)
        self.exit_button = tech_button(self.exit)
        self.quit_button = ConfirmButton()
        self.quit_button.confirmed.connect(self._quit)
        self.title = label("", "techTitle")
        top = QHBoxLayout()
        top.addWidget(self.title, stretch=1)
        top.addWidget(self.quit_button)
        top.addWidget(self.exit_button)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(self.stack, stretch=1)
        # the tabs run the whole height, beside the title too: nine of them fit a 768 px screen
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(24)
        layout.addLayout(sidebar)
        layout.addLayout(column, stretch=1)
        context.scans.raw_scanned.connect(self._raw_scan)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(fill(self.tr("Technician mode · %1"), self.context.config.kiosk.id))
        self.exit_button.setText(self.tr("Exit to Home"))
        self.quit_button.set_texts(self.tr("Quit kiosk"), self.tr("Touch again to quit the kiosk"))
        for name, page in self.pages.items():
            page.retranslate()
            self.tabs[name].setText(page.title())
        super().retranslate()

    @property
    def page(self) -> TechnicianPage:
        """The page on display."""
        return self.pages[self.page_name]

    def show_page(self, name: str) -> None:
        """Put page ``name`` on display."""
        if self.page_name:
            self.page.hidden()
        self.page_name = name
        self.tabs[name].setChecked(True)
        self.stack.setCurrentWidget(self.page)
        self.page.shown()

    def enter(self, **params: Any) -> None:
        self._exit_reason = "idle timeout"  # unless Exit is touched
        self.quit_button.reset()
        self.show_page(FIRST_PAGE)

    def leave(self) -> None:
        self.page.hidden()
        self.page_name = ""
        self.context.technician.audit.record("exit", reason=self._exit_reason)

    def wipe(self) -> None:
        for page in self.pages.values():
            page.forget_pending()  # technician mode is over: nothing more lands on a page
            page.wipe()

    def wants_navigation(self) -> bool:
        return False

    def handle_scan(self, scan: object) -> bool:
        return True  # shown on the Scanner page (from the raw signal), used nowhere else

    def exit(self) -> None:
        """Leave technician mode for Home (everything shown here is wiped)."""
        self._exit_reason = "exit"
        if self.navigator is not None:
            self.navigator.home()

    def _quit(self) -> None:
        self.context.technician.audit.record("exit", reason="quit kiosk")
        self.quit_requested.emit()

    def _restart(self) -> None:
        self.context.technician.audit.record(
            "exit", reason="restart kiosk", exit_code=RESTART_EXIT_CODE
        )
        self.end_process(self.quit_requested.emit, RESTART_EXIT_CODE)

    def _raw_scan(self, raw: bytes | str, scan: Scan) -> None:
        if self.navigator is not None and self.navigator.current is self:
            if self.page_name != "scanner":
                self.show_page("scanner")
            self.scanner.add_scan(raw, scan)
