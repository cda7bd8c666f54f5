"""The catalogue the kiosk shows: fresh from the province when reachable, else cached."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from kiosk.api import ApiError, ProvinceApi
from kiosk.cache import Cache
from kiosk.domain import Catalogue

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogueState:
    """The catalogue in use and where it came from."""

    catalogue: Catalogue | None
    source: Literal["province", "cache", "none"]
    checked_at: datetime
    error: str = ""


def refresh_catalogue(api: ProvinceApi, cache: Cache) -> CatalogueState:
    """Fetch the catalogue and cache it; fall back to the cached copy when offline."""
    now = datetime.now(UTC)
    try:
        catalogue = api.catalogue()
    except ApiError as exc:
        log.warning("catalogue not refreshed: %s", exc)
        cached = cache.load_catalogue()
        return CatalogueState(cached, "cache" if cached else "none", now, str(exc))
    cache.save_catalogue(catalogue)
    return CatalogueState(catalogue, "province", now)
