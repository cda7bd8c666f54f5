"""The kiosk's parts wired together for one process (no Qt, no simulators)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.config import Config
from kiosk.domain.model import Catalogue
from kiosk.paths import KioskPaths
from kiosk.services.dossiers import DossierLookup, DossierUnavailable, look_up_dossier
from kiosk.services.payments import Payments
from kiosk.services.ratings import Ratings
from kiosk.services.submissions import Submissions
from kiosk.services.tickets import TicketDesk, TicketPrinter
from kiosk.stores.cache import Cache
from kiosk.stores.high_water import FILE_NAME
from kiosk.stores.instance_lock import InstanceLock
from kiosk.stores.outbox import Outbox
from kiosk.stores.problems import store_unusable
from kiosk.sync.api import ProvinceApi
from kiosk.sync.engine import SyncEngine
from kiosk.technician.heartbeat import heartbeat_report
from kiosk.voice.speaker import Speaker

log = logging.getLogger(__name__)


@dataclass
class KioskCore:
    """Everything the screens and the shell commands use.

    ``submissions``, ``payments`` and ``ratings``: the online-service, fee and rating
    journeys (``submissions.submit`` and ``payments.payment_status`` block on the network:
    call them off the UI thread). ``voice``: spoken guidance (never blocks).
    """

    config: Config
    paths: KioskPaths
    api: ProvinceApi
    cache: Cache
    outbox: Outbox
    sync: SyncEngine
    desk: TicketDesk
    submissions: Submissions
    payments: Payments
    ratings: Ratings
    voice: Speaker
    lock: InstanceLock | None = None
    #: the config file this kiosk was started with (where the technician's changes go)
    config_file: Path | None = None

    def catalogue(self) -> Catalogue | None:
        """The catalogue as last pulled from the province (local, fast), if any."""
        return self.cache.load_catalogue()

    def dossier_status(self, code: str) -> DossierLookup | DossierUnavailable | None:
        """A dossier's status, live or last known (blocking: see ``look_up_dossier``)."""
        return look_up_dossier(self.api, self.cache, code)

    def close(self) -> None:
        """Stop syncing and release network and database resources."""
        self.sync.stop()
        self.voice.close()
        self.api.close()
        self.cache.close()
        self.outbox.close()
        if self.lock is not None:
            self.lock.release()


def build_core(
    config: Config,
    paths: KioskPaths,
    printer: TicketPrinter,
    *,
    owns_desk: bool = True,
    voice: Speaker | None = None,
) -> KioskCore:
    """Open the stores, the API client and the sync engine for ``config`` (not started).

    ``owns_desk``: this process issues tickets (the GUI). It takes the data directory's
    instance lock (raising AlreadyRunning if another kiosk has it), settles tickets the
    last run left half-done and sends heartbeats with the printer's state. ``kiosk sync``
    and ``kiosk reprint`` do none of these. ``voice``: one already speaking (the window's,
    made before the core); it follows the province's clock from now on.
    """
    api = ProvinceApi.from_config(config.api, config.kiosk.id)
    lock = None
    if owns_desk:
        lock = InstanceLock(paths.data_dir / "kiosk.lock")
        try:
            lock.acquire()
        except OSError as exc:  # a read-only data directory, say
            raise store_unusable(lock.path, exc) from exc
    outbox = Outbox(paths.outbox_db, mirror=paths.log_dir / FILE_NAME)
    if owns_desk:
        outbox.check_continuity()  # before anything is numbered: a loss retires the blocks
        interrupted = outbox.fail_interrupted()
        if interrupted:
            log.warning(
                "%d ticket(s) interrupted by the last stop marked failed: %s",
                len(interrupted),
                ", ".join(interrupted),
            )
    cache = Cache(paths.cache_db)
    zone = ZoneInfo(config.office.timezone)
    sync = SyncEngine(api, outbox, cache, zone=zone, settings=config.sync)
    desk = TicketDesk(api, outbox, printer, sync, zone)
    # only the window's process watches the printer and sends heartbeats
    sync.sends_heartbeat = owns_desk
    sync.printer_report = lambda: desk.printer_report(max_age_s=config.sync.heartbeat_s / 2)
    sync.heartbeat_report = lambda: heartbeat_report(sync)
    kiosk_id = config.kiosk.id
    office_now = sync.clock.now  # the days in references follow the province's clock
    submissions = Submissions(outbox, sync, kiosk_id=kiosk_id, zone=zone, clock=office_now)
    payments = Payments(
        api, outbox, sync, cache.load_catalogue, kiosk_id=kiosk_id, zone=zone, clock=office_now
    )
    ratings = Ratings(outbox, sync, cache.load_catalogue, clock=office_now)
    if voice is None:
        voice = Speaker(config.voice, paths.data_dir / "voice", config.office.timezone)
    voice.follow_clock(office_now)
    return KioskCore(
        config, paths, api, cache, outbox, sync, desk, submissions, payments, ratings, voice, lock
    )
