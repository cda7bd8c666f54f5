"""The office's clock: the kiosk's own clock, corrected by the province's.

A kiosk PC's clock may be minutes or a day off (no NTP, a flat CMOS battery after a power
cut). The office day decides which leased block a ticket number comes from and the day in
every reference, so it follows the province: each heartbeat's ``server_time`` measures the
offset (against the midpoint of the call), and the last offset measured is kept in the
cache for a restart while offline.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)

LOG_OFFSET_S = 60.0  # an offset this large is worth a line in the log
MAX_OFFSET_S = 400 * 86400.0  # a "server time" further off is not believed


class OfficeClock:
    """Now and today in the office's time zone, by the province's clock."""

    def __init__(
        self,
        zone: ZoneInfo,
        offset_s: float = 0.0,
        system: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.zone = zone
        self.offset_s = offset_s
        self._system = system

    def system_now(self) -> datetime:
        """The kiosk's own clock (UTC), uncorrected."""
        return self._system()

    def now(self) -> datetime:
        """The office's time now (aware, in its zone)."""
        return (self._system() + timedelta(seconds=self.offset_s)).astimezone(self.zone)

    def today(self) -> date:
        """The office day now."""
        return self.now().date()

    def note_server_time(self, server_time: datetime, sent: datetime, received: datetime) -> bool:
        """The province said ``server_time`` in answer to a call made between ``sent`` and
        ``received`` (the kiosk's clock): measure the offset. False if not believable."""
        offset = (server_time - (sent + (received - sent) / 2)).total_seconds()
        if not math.isfinite(offset) or abs(offset) > MAX_OFFSET_S:
            log.warning(
                "the province's time %s is not believable; clock offset kept",
                server_time.isoformat(),
            )
            return False
        if abs(offset - self.offset_s) > LOG_OFFSET_S:
            log.warning(
                "the kiosk's clock is %.0f s %s the province's",
                abs(offset),
                "behind" if offset > 0 else "ahead of",
            )
        self.offset_s = offset
        return True
