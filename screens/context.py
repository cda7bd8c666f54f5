"""What every screen shares: the core, the language, and the catalogue as last loaded."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.catalogue import CatalogueState
from kiosk.core import KioskCore
from kiosk.domain import Catalogue
from screens.background import run_in_background
from screens.language import LanguageManager

log = logging.getLogger(__name__)

CATALOGUE_RETRY_MS = 30_000


class ScreenContext(QObject):
    """Shared state for the screens; the catalogue loads in the background."""

    catalogue_changed = Signal()

    def __init__(self, core: KioskCore, language: LanguageManager) -> None:
        super().__init__()
        self.core = core
        self.language = language
        self.catalogue: Catalogue | None = None
        self.catalogue_source = "none"
        self.loading = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(CATALOGUE_RETRY_MS)
        self._retry.timeout.connect(self.load_catalogue)

    def load_catalogue(self) -> None:
        """Refresh the catalogue off the UI thread; retry later if only the cache answered."""
        if self.loading:
            return
        self.loading = True
        run_in_background(self.core.refresh_catalogue, self._loaded, self._failed)

    def _loaded(self, state: CatalogueState) -> None:
        self.loading = False
        if state.catalogue is not None:
            self.catalogue = state.catalogue
        self.catalogue_source = state.source
        if state.source != "province":
            self._retry.start()
        self.catalogue_changed.emit()

    def _failed(self, reason: str) -> None:
        self.loading = False
        log.error("catalogue load failed: %s", reason)
        self._retry.start()
        self.catalogue_changed.emit()
