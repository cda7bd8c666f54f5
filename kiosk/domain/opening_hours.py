"""When an office (or one of its fields) gives queue numbers: weekly hours with a lunch break,
public holidays (Tết and its substitute days) and one-off closures, from the catalogue.

Times are the office's local times; a moment is judged on the office's clock (the province's
time, not the kiosk PC's), so a wrong PC clock does not open the office.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOK_AHEAD_DAYS = 60
"""How far :meth:`OpeningHours.next_opening` looks (past Tết's longest closure)."""


class Period(BaseModel):
    """Open from ``start`` to ``end`` (local times, the same day)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    start: time
    end: time

    @model_validator(mode="after")
    def _in_order(self) -> Period:
        if self.start >= self.end:
            raise ValueError(f"a period must end after it starts ({self.start}–{self.end})")
        return self


class Closure(BaseModel):
    """A day the office is closed: a public holiday or a one-off closure."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    day: date
    name: Annotated[str, Field(max_length=200)] = ""


class OpeningHours(BaseModel):
    """The weekly hours (a day not listed is closed) and the closed days."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    weekly: dict[Weekday, tuple[Period, ...]] = {}
    closed_days: tuple[Closure, ...] = ()

    def with_closed_days(self, more: tuple[Closure, ...]) -> OpeningHours:
        """These hours, closed also on ``more`` (an office's holidays over a field's hours)."""
        return self.model_copy(update={"closed_days": (*self.closed_days, *more)})

    def periods_on(self, day: date) -> tuple[Period, ...]:
        """The day's open periods: none on a closed day."""
        if any(closure.day == day for closure in self.closed_days):
            return ()
        return self.weekly.get(WEEKDAYS[day.weekday()], ())

    def is_open(self, local: datetime) -> bool:
        """Whether numbers are given at ``local`` (the office's local time)."""
        moment = local.time()
        return any(p.start <= moment < p.end for p in self.periods_on(local.date()))

    def next_opening(self, local: datetime) -> datetime | None:
        """When numbers are given next after ``local`` (in its time zone); None when not
        within :data:`LOOK_AHEAD_DAYS`."""
        for offset in range(LOOK_AHEAD_DAYS + 1):
            day = local.date() + timedelta(days=offset)
            for period in sorted(self.periods_on(day), key=lambda p: p.start):
                start = datetime.combine(day, period.start, local.tzinfo)
                if start > local:
                    return start
        return None
