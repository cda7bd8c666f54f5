"""The kiosk's parts wired together for one process (no Qt, no simulators)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.api import ProvinceApi
from kiosk.cache import Cache
from kiosk.catalogue import CatalogueState, refresh_catalogue
from kiosk.config import Config
from kiosk.outbox import Outbox
from kiosk.paths import KioskPaths
from kiosk.tickets import TicketDesk, TicketPrinter

log = logging.getLogger(__name__)


@dataclass
class KioskCore:
    """Everything the screens and the shell commands use."""

    config: Config
    paths: KioskPaths
    api: ProvinceApi
    cache: Cache
    outbox: Outbox
    desk: TicketDesk

    def refresh_catalogue(self) -> CatalogueState:
        """Fetch the catalogue (or fall back to the cache). Blocking: call off the UI thread."""
        return refresh_catalogue(self.api, self.cache)

    def close(self) -> None:
        """Release network and database resources."""
        self.api.close()
        self.cache.close()
        self.outbox.close()


def build_core(config: Config, paths: KioskPaths, printer: TicketPrinter) -> KioskCore:
    """Open the stores and the API client for ``config``."""
    api = ProvinceApi(
        config.api.base_url,
        config.api.device_token,
        timeout_s=config.api.timeout_s,
        max_response_bytes=config.api.max_response_bytes,
        verify_tls=config.api.verify_tls,
        kiosk_id=config.kiosk.id,
    )
    outbox = Outbox(paths.outbox_db)
    interrupted = outbox.fail_interrupted()
    if interrupted:
        log.warning("%d ticket(s) interrupted by the last stop marked failed: %s",
                    len(interrupted), ", ".join(interrupted))
    cache = Cache(paths.cache_db)
    desk = TicketDesk(api, outbox, printer, config.kiosk.id)
    return KioskCore(config, paths, api, cache, outbox, desk)
