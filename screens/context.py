"""What every screen shares: the core, the language, the catalogue, the sync status, the
scanner and the technician gate.

The context comes before the core: Home paints with the config, the voice and the language
alone (tiles off, "Connecting…"), and the core (stores, the ORM, the API client, the sync)
is attached after that first paint. Only screens built after it use ``core``.

The catalogue is read from the local cache (never from the network) in the background,
at start and whenever the sync engine has pulled changes; its procedure search index is
built there too (at 10,000 procedures that takes most of a second). The sync engine's callbacks run
on its own thread; they only emit signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.sync.status import SyncStatus
from kiosk.technician.pin import open_gate
from screens.background import JobFailed, run_in_background
from screens.display_mode import DisplayMode
from screens.keyboard_slot import SharedKeyboard
from screens.language import LanguageManager
from screens.scan_input import ScanInput

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.core import KioskCore
    from kiosk.domain.model import Catalogue
    from kiosk.domain.printer_status import PrinterStatus
    from kiosk.input.text_search import ProcedureIndex
    from kiosk.paths import KioskPaths
    from kiosk.voice.speaker import Speaker

log = logging.getLogger(__name__)

PRINTER_WATCH_MS = 15_000


class ScreenContext(QObject):
    """Shared state for the screens."""

    catalogue_changed = Signal()
    sync_status_changed = Signal()
    #: the printer's state changed (e.g. paper put back in)
    printer_changed = Signal()
    _catalogue_pulled = Signal()
    _status_from_sync = Signal(object)

    def __init__(
        self, config: Config, paths: KioskPaths, voice: Speaker, language: LanguageManager
    ) -> None:
        super().__init__()
        self.config = config
        self.paths = paths
        self.voice = voice
        self.language = language
        self._core: KioskCore | None = None
        self.catalogue: Catalogue | None = None
        self.procedure_index: ProcedureIndex | None = None
        self.sync_status = SyncStatus()
        self.loading = False
        self._reload_again = False
        self.scans = ScanInput(config.scanner, self)
        self.technician = open_gate(config, paths)
        self.display = DisplayMode(QApplication.instance(), self)  # type: ignore[arg-type]
        self.shared_keyboard = SharedKeyboard(config.kiosk.tone_style, self)
        self._printer_watch = QTimer(self)
        self._printer_watch.setInterval(PRINTER_WATCH_MS)
        self._printer_watch.timeout.connect(self._watch_printer)
        self._catalogue_pulled.connect(self.load_catalogue)
        self._status_from_sync.connect(self._set_sync_status)

    @property
    def core(self) -> KioskCore:
        """The kiosk's core; only screens built after :meth:`attach` may ask for it."""
        if self._core is None:
            raise RuntimeError("the kiosk's core is not attached yet")
        return self._core

    @property
    def attached(self) -> bool:
        """Whether the core is attached (the stores, the printer and the sync are there)."""
        return self._core is not None

    def attach(self, core: KioskCore) -> None:
        """Take ``core``: read the cached catalogue, watch the printer, listen to the scanner,
        follow the sync (not started: see :meth:`start_sync`)."""
        self._core = core
        self.sync_status = core.sync.status
        core.sync.on_catalogue = self._catalogue_pulled.emit
        core.sync.on_status = self._status_from_sync.emit
        self._printer_watch.start()
        self.load_catalogue()
        self.scans.start()
        self.printer_changed.emit()

    def start_sync(self) -> None:
        """Start keeping the cache and the province in step (on the sync thread)."""
        self.core.sync.start()

    def _watch_printer(self) -> None:
        """While the printer cannot print, ask it again now and then (off the UI thread),
        whether or not the province answers: Home offers tickets again once it is fixed."""
        desk = self.core.desk
        before = desk.printer_status.state
        if not desk.printer.reports_status or before.can_print:
            return

        def checked(status: PrinterStatus) -> None:
            if status.state != before and shiboken6.isValid(self):  # not after the window
                self.printer_changed.emit()

        run_in_background(desk.check_printer_unless_busy, checked, lambda _failure: None)

    def load_catalogue(self) -> None:
        """Read the cached catalogue off the UI thread."""
        if self.loading:
            self._reload_again = True
            return
        self.loading = True
        run_in_background(self._read_catalogue, self._loaded, self._failed)

    def _read_catalogue(self) -> tuple[Catalogue, ProcedureIndex] | None:
        """The cached catalogue and its search index (on a worker thread; the search and
        the catalogue's models are imported here, after Home's first paint)."""
        from kiosk.input.search_words import SYNONYMS
        from kiosk.input.text_search import ProcedureIndex

        catalogue = self.core.catalogue()
        if catalogue is None:
            return None
        synonyms = {**SYNONYMS, **catalogue.office.search_synonyms}  # the province's win
        return catalogue, ProcedureIndex(catalogue.procedures, catalogue.fields, synonyms)

    @property
    def online(self) -> bool | None:
        """Whether the province answered lately (None: not tried yet)."""
        return self.sync_status.online

    def _set_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self.sync_status_changed.emit()

    def _loaded(self, loaded: tuple[Catalogue, ProcedureIndex] | None) -> None:
        self._finish_load()
        if loaded is not None:
            self.catalogue, self.procedure_index = loaded
        self.catalogue_changed.emit()

    def _failed(self, failure: JobFailed) -> None:
        self._finish_load()
        log.error("cached catalogue could not be read: %s", failure)
        self.catalogue_changed.emit()

    def _finish_load(self) -> None:
        self.loading = False
        if self._reload_again:
            self._reload_again = False
            self.load_catalogue()
