"""The order in which an office's counters call the tickets waiting in one field's queue.

Vietnamese one-stop offices serve some citizens first by law (the elderly, people with
disabilities, pregnant women, people with meritorious service, carers of small children).
The province's rule (the catalogue's ``office.queue_rule``) says how:

- ``interleave``: one priority ticket after every ``normal_per_priority`` normal ones; a
  priority ticket is called at once when no normal one waits;
- ``strict``: priority tickets first, but a normal ticket that has waited
  ``ageing_minutes`` counts as priority from then on, so nobody waits for ever.

Within each kind it is first come, first served. Pure functions: the simulator's calls, its
"people ahead" and its estimated waits all come from :func:`serving_order`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, TypeGuard

DEFAULT_NORMAL_PER_PRIORITY = 3
DEFAULT_AGEING_MINUTES = 30


@dataclass(frozen=True)
class Waiting:
    """A ticket waiting to be called."""

    id: str
    priority: bool
    issued_at: datetime


@dataclass(frozen=True)
class QueueRule:
    """How priority tickets take turns with normal ones."""

    kind: Literal["interleave", "strict"] = "strict"
    normal_per_priority: int = DEFAULT_NORMAL_PER_PRIORITY
    ageing_minutes: int = DEFAULT_AGEING_MINUTES

    @classmethod
    def from_catalogue(cls, data: Mapping[str, Any] | None) -> QueueRule:
        """The rule an office's catalogue entry gives; the default (strict, ageing after
        30 minutes) for anything missing or out of range."""
        data = data or {}
        kind = data.get("kind")
        every = data.get("normal_per_priority")
        ageing = data.get("ageing_minutes")
        return cls(
            kind=kind if kind in ("interleave", "strict") else "strict",
            normal_per_priority=every if _count(every, 20) else DEFAULT_NORMAL_PER_PRIORITY,
            ageing_minutes=ageing if _count(ageing, 480) else DEFAULT_AGEING_MINUTES,
        )


def _count(value: object, most: int) -> TypeGuard[int]:
    """Whether ``value`` is a whole number from 1 to ``most`` (not a bool, not a float)."""
    return type(value) is int and 1 <= value <= most


def serving_order(
    waiting: Sequence[Waiting],
    rule: QueueRule,
    *,
    normals_since_priority: int,
    now: datetime,
) -> list[Waiting]:
    """Every waiting ticket once, in the order the counters will call them.

    ``normals_since_priority``: normal tickets of this queue called since its last priority
    one (where an interleaving rule is in its cycle); ``now``: when normal tickets' waits are
    measured for ageing.
    """
    by_arrival = sorted(waiting, key=lambda ticket: (ticket.issued_at, ticket.id))
    if rule.kind == "strict":
        aged = now - timedelta(minutes=rule.ageing_minutes)
        return sorted(
            by_arrival, key=lambda ticket: not (ticket.priority or ticket.issued_at <= aged)
        )  # stable: first come, first served within each group
    priority = [ticket for ticket in by_arrival if ticket.priority]
    normal = [ticket for ticket in by_arrival if not ticket.priority]
    order: list[Waiting] = []
    count = normals_since_priority
    while priority or normal:
        if priority and (count >= rule.normal_per_priority or not normal):
            order.append(priority.pop(0))
            count = 0
        else:
            order.append(normal.pop(0))
            count += 1
    return order
