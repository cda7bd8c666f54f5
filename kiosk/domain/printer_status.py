"""What the kiosk knows about its printer: one of six states, with a reason.

The printers package reads these from the device (``DLE EOT``); the core decides from them
whether a ticket may be printed and reports them in the heartbeat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class PrinterState(StrEnum):
    """The printer's condition as far as a citizen's ticket is concerned."""

    ONLINE = "ONLINE"
    PAPER_LOW = "PAPER_LOW"
    PAPER_OUT = "PAPER_OUT"
    COVER_OPEN = "COVER_OPEN"
    OFFLINE = "OFFLINE"
    UNKNOWN = "UNKNOWN"

    @property
    def can_print(self) -> bool:
        """True when a job sent now is expected to come out on paper."""
        return self in (PrinterState.ONLINE, PrinterState.PAPER_LOW)


@dataclass(frozen=True)
class PrinterStatus:
    """One status reading: the state, a technician-readable detail and when it was taken."""

    state: PrinterState
    detail: str = ""
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def as_report(self) -> dict[str, str]:
        """The reading as the heartbeat sends it."""
        return {
            "state": self.state.value,
            "detail": self.detail[:200],
            "checked_at": self.checked_at.isoformat(),
        }
