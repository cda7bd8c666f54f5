"""Appointments (lịch hẹn) booked ahead, online, by phone or at a counter, and the office's
rule for checking in at the kiosk.

A booking is for one field at one time. The citizen may check in from ``early_minutes``
before that time until ``late_minutes`` after it; a checked-in booking's ticket waits in the
field's queue as though it had been taken at the booked time (it keeps its slot; a walk-in
who came earlier is still called first). Too early, the kiosk says when check-in opens; too
late, the booking is lost and the citizen may take an ordinary number.

Pure: the kiosk (offline, from its cached bookings) and the province simulator apply the
same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

DEFAULT_EARLY_MINUTES = 30
DEFAULT_LATE_MINUTES = 15

Verdict = Literal["on_time", "too_early", "too_late"]


class CheckInRule(BaseModel):
    """How long before and after its time a booking may be checked in (the office's rule)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    early_minutes: Annotated[int, Field(ge=0, le=240)] = DEFAULT_EARLY_MINUTES
    late_minutes: Annotated[int, Field(ge=0, le=240)] = DEFAULT_LATE_MINUTES

    def opens(self, starts_at: datetime) -> datetime:
        """The first moment a booking for ``starts_at`` may be checked in."""
        return starts_at - timedelta(minutes=self.early_minutes)

    def closes(self, starts_at: datetime) -> datetime:
        """The last moment a booking for ``starts_at`` may be checked in."""
        return starts_at + timedelta(minutes=self.late_minutes)

    def verdict(self, starts_at: datetime, now: datetime) -> Verdict:
        """Whether a booking for ``starts_at`` may be checked in at ``now``."""
        if now < self.opens(starts_at):
            return "too_early"
        if now > self.closes(starts_at):
            return "too_late"
        return "on_time"


class Appointment(BaseModel):
    """A booking as the province publishes it to the kiosks (with nothing personal: the
    citizen's ID number stays with the province)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: Annotated[str, Field(pattern=r"^LH[0-9A-Z]{6}$")]
    """The booking code, which is also its id in the catalogue."""
    field_id: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
    starts_at: AwareDatetime
    channel: Literal["online", "phone", "counter"] = "online"
    status: Literal["booked", "checked_in", "cancelled"] = "booked"


@dataclass(frozen=True)
class CheckInRequest:
    """What the citizen showed to check in: the booking code (typed, or scanned from the
    confirmation's QR), or their ID card's number (the province finds today's booking)."""

    code: str | None = None
    citizen_id: str | None = None

    def __post_init__(self) -> None:
        if (self.code is None) == (self.citizen_id is None):
            raise ValueError("a check-in needs exactly one of a code and an ID number")

    def __repr__(self) -> str:  # the ID number is personal: never in a log
        shown = self.code or f"citizen …{(self.citizen_id or '')[-2:]}"
        return f"CheckInRequest({shown})"
