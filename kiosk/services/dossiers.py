"""Looking up a dossier's status: live from the province, or the last one seen here."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.domain.model import DossierStatus
from kiosk.stores.cache import Cache
from kiosk.sync.api import ApiError, ProvinceApi

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DossierUnavailable:
    """No status to show: the province cannot be asked now and this kiosk never saw the
    dossier (which says nothing about whether its code is right)."""

    reason: str


@dataclass(frozen=True)
class DossierLookup:
    """A dossier's status, whether it came from the province just now, and when it was seen."""

    status: DossierStatus
    live: bool
    seen_at: datetime


def look_up_dossier(
    api: ProvinceApi, cache: Cache, code: str
) -> DossierLookup | DossierUnavailable | None:
    """The status of dossier ``code``; when the province cannot be asked, the last one seen
    (or DossierUnavailable if there is none). None: the province does not know the code.

    Blocking (network): call off the UI thread.
    """
    try:
        status = api.dossier(code)
    except ApiError as exc:
        if exc.kind == "rejected" and exc.status in (400, 404):
            return None
        log.warning("dossier %s: live status unavailable: %s", code, exc)
        cached = cache.load_dossier(code)
        return (
            DossierLookup(cached[0], False, cached[1]) if cached else (DossierUnavailable(str(exc)))
        )
    seen_at = datetime.now(UTC)
    cache.save_dossier(status, seen_at)
    return DossierLookup(status, True, seen_at)
