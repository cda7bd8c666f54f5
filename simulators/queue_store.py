"""The office's queue in the province simulator: counters call tickets, by the province's rule.

A printed ticket waits in its field's queue until a counter serving that field calls it
(:meth:`QueueStore.call_next`); the counter may call it again (``recall``), then finishes it:
served (``done``), not there (``no_show``) or sent to another field's queue (``transfer``,
where it keeps its place by issue time). The order comes from :mod:`simulators.queue_order`
with the office's ``queue_rule``, so "people ahead", the estimated wait, the calling board
and the phone page all agree with who the counters really call next.

Part of :class:`simulators.province_store.ProvinceStore` (a mixin: it shares its database
and its lock).
"""

from __future__ import annotations

import math
import sqlite3
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from simulators.errors import SimulatorError
from simulators.queue_order import QueueRule, Waiting, serving_order

WAITING_STATUSES = ("issued", "printed")
"""A ticket waits from its issue (the kiosk is printing it) until a counter calls it."""
DEFAULT_SERVICE_MINUTES = 8
"""How long a counter takes with one citizen, where the field does not say."""
RECENT_CALLS = 8


def queued_at(ticket: dict[str, Any]) -> datetime:
    """When a ticket joined its queue: a checked-in booking's time, else its issue time."""
    return datetime.fromisoformat(ticket["queued_at"] or ticket["issued_at"])


class QueueStore:
    """Counter calls and queue positions over the simulator's ticket table."""

    if TYPE_CHECKING:  # provided by the store
        _db: sqlite3.Connection

        def _transaction(self) -> AbstractContextManager[None]: ...
        def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[dict[str, Any]]: ...
        def _entities(self, kind: str) -> list[dict[str, Any]]: ...
        def _entity(self, kind: str, entity_id: str) -> dict[str, Any] | None: ...
        def _first(self, kind: str) -> dict[str, Any] | None: ...
        def _now(self) -> datetime: ...
        def _today(self) -> date: ...

    # -- the order ---------------------------------------------------------------------------

    def queue_rule(self) -> QueueRule:
        """The office's priority rule (the catalogue's ``office.queue_rule``)."""
        return QueueRule.from_catalogue((self._first("office") or {}).get("queue_rule"))

    def serving_order(self, field_id: str, day: date | None = None) -> list[dict[str, Any]]:
        """The tickets waiting in a field's queue, in the order counters will call them."""
        day = day or self._today()
        rows = self._rows(
            "SELECT * FROM tickets WHERE field_id = ? AND day = ? AND status IN (?, ?)",
            (field_id, day.isoformat(), *WAITING_STATUSES),
        )
        by_id = {row["id"]: row for row in rows}
        waiting = [Waiting(row["id"], bool(row["priority"]), queued_at(row)) for row in rows]
        order = serving_order(
            waiting,
            self.queue_rule(),
            normals_since_priority=self._normals_since_priority(field_id, day),
            now=self._now(),
        )
        return [by_id[ticket.id] for ticket in order]

    def _normals_since_priority(self, field_id: str, day: date) -> int:
        called = self._rows(
            "SELECT priority FROM tickets WHERE field_id = ? AND day = ? AND called_at IS NOT NULL "
            "ORDER BY called_at DESC",
            (field_id, day.isoformat()),
        )
        count = 0
        for row in called:
            if row["priority"]:
                break
            count += 1
        return count

    def people_ahead(self, ticket_id: str) -> int | None:
        """Tickets the counters will call before this one; None once it is no longer waiting."""
        row = self._ticket_row(ticket_id)
        if row is None or row["status"] not in WAITING_STATUSES:
            return None
        order = self.serving_order(row["field_id"], date.fromisoformat(row["day"]))
        return next(index for index, ticket in enumerate(order) if ticket["id"] == ticket_id)

    def estimated_wait_minutes(self, field_id: str, people_ahead: int) -> int:
        """About how long ``people_ahead`` citizens take at the counters serving the field."""
        field = self._entity("field", field_id) or {}
        minutes = field.get("service_minutes")
        if type(minutes) is not int or not 1 <= minutes <= 240:
            minutes = DEFAULT_SERVICE_MINUTES
        counters = sum(field_id in c.get("field_ids", ()) for c in self._entities("counter"))
        return math.ceil(people_ahead * minutes / max(1, counters))

    # -- counter actions ---------------------------------------------------------------------

    def call_next(self, counter_id: str) -> dict[str, Any] | None:
        """The counter finishes the citizen it served (if any) and calls the next ticket of
        its fields: each field's first by the rule, the one waiting longest of those, a
        priority ticket before a normal one. None when nobody waits."""
        with self._transaction():
            counter = self._counter(counter_id)
            self._finish_current(counter_id, "done")
            heads = [
                order[0]
                for field_id in counter.get("field_ids", ())
                if (order := self.serving_order(field_id))
            ]
            if not heads:
                return None
            ticket = min(heads, key=lambda row: (not row["priority"], queued_at(row)))
            self._db.execute(
                "UPDATE tickets SET status = 'called', called_at = ?, called_counter = ?, "
                "call_count = call_count + 1 WHERE id = ?",
                (self._now().isoformat(), counter_id, ticket["id"]),
            )
        return self._ticket_row(ticket["id"])

    def recall(self, counter_id: str) -> dict[str, Any]:
        """Call the counter's current ticket again (the board shows and says it again)."""
        with self._transaction():
            current = self._current(counter_id)
            self._db.execute(
                "UPDATE tickets SET called_at = ?, call_count = call_count + 1 WHERE id = ?",
                (self._now().isoformat(), current["id"]),
            )
        row = self._ticket_row(current["id"])
        assert row is not None
        return row

    def finish(self, counter_id: str, outcome: str) -> dict[str, Any]:
        """The counter's current ticket is ``done`` or a ``no_show``."""
        if outcome not in ("done", "no_show"):
            raise SimulatorError(422, "outcome must be done or no_show")
        with self._transaction():
            current = self._current(counter_id)
            self._finish_current(counter_id, outcome)
        row = self._ticket_row(current["id"])
        assert row is not None
        return row

    def transfer(self, counter_id: str, field_id: str) -> dict[str, Any]:
        """Send the counter's current ticket to another field's queue (the citizen came to
        the wrong queue): it waits there by its issue time, its number unchanged."""
        with self._transaction():
            if self._entity("field", field_id) is None:
                raise SimulatorError(422, f"unknown field {field_id!r}")
            current = self._current(counter_id)
            self._db.execute(
                "UPDATE tickets SET status = 'printed', field_id = ?, called_at = NULL, "
                "called_counter = NULL WHERE id = ?",
                (field_id, current["id"]),
            )
        row = self._ticket_row(current["id"])
        assert row is not None
        return row

    def _finish_current(self, counter_id: str, outcome: str) -> None:
        self._db.execute(
            "UPDATE tickets SET status = ?, finished_at = ? "
            "WHERE called_counter = ? AND status = 'called'",
            (outcome, self._now().isoformat(), counter_id),
        )

    def _current(self, counter_id: str) -> dict[str, Any]:
        self._counter(counter_id)
        rows = self._rows(
            "SELECT * FROM tickets WHERE called_counter = ? AND status = 'called'", (counter_id,)
        )
        if not rows:
            raise SimulatorError(409, f"counter {counter_id} is serving nobody")
        return rows[0]

    def _counter(self, counter_id: str) -> dict[str, Any]:
        counter = self._entity("counter", counter_id)
        if counter is None:
            raise SimulatorError(404, f"no counter {counter_id!r}")
        return counter

    def _ticket_row(self, ticket_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM tickets WHERE id = ?", (ticket_id,))
        return rows[0] if rows else None

    # -- what the board and the phone show -----------------------------------------------------

    def queue_state(self) -> dict[str, Any]:
        """Today's queue as a calling board shows it: each counter and whom it serves, the
        latest calls (newest first) and how many wait in each field."""
        day = self._today().isoformat()
        counters = sorted(self._entities("counter"), key=lambda c: c["number"])
        serving = {
            row["called_counter"]: row
            for row in self._rows(
                "SELECT * FROM tickets WHERE day = ? AND status = 'called'", (day,)
            )
        }
        calls = self._rows(
            "SELECT * FROM tickets WHERE day = ? AND called_at IS NOT NULL "
            "ORDER BY called_at DESC LIMIT ?",
            (day, RECENT_CALLS),
        )
        number_of = {c["id"]: c["number"] for c in counters}
        return {
            "server_time": self._now().isoformat(),
            "counters": [
                {
                    "id": c["id"],
                    "number": c["number"],
                    "name": c.get("name", f"Quầy {c['number']}"),
                    "serving": _call(serving[c["id"]], c["number"]) if c["id"] in serving else None,
                }
                for c in counters
            ],
            "recent_calls": [
                _call(row, number_of.get(row["called_counter"], 0))
                for row in calls
                if row["called_counter"]
            ],
            "waiting": {
                field["id"]: len(self.serving_order(field["id"]))
                for field in self._entities("field")
            },
        }

    def ticket_progress(self, ticket_id: str) -> dict[str, Any] | None:
        """Where one ticket stands, for its holder's phone: waiting (people ahead, the
        estimated wait, whom its field's counters serve now), called (to which counter),
        or finished. None for an unknown ticket."""
        row = self._ticket_row(ticket_id)
        if row is None:
            return None
        field = self._entity("field", row["field_id"]) or {}
        progress: dict[str, Any] = {
            "number": row["number"],
            "field_id": row["field_id"],
            "field_name": field.get("name", ""),
            "field_name_en": field.get("name_en") or "",
            "priority": bool(row["priority"]),
            "state": "waiting",
            "people_ahead": None,
            "estimated_wait_min": None,
            "counter_number": None,
            "now_serving": [],
            "server_time": self._now().isoformat(),
        }
        if row["status"] in WAITING_STATUSES:
            ahead = self.people_ahead(ticket_id)
            assert ahead is not None
            progress["people_ahead"] = ahead
            progress["estimated_wait_min"] = self.estimated_wait_minutes(row["field_id"], ahead)
        elif row["status"] == "called":
            progress["state"] = "called"
            progress["counter_number"] = (self._entity("counter", row["called_counter"]) or {}).get(
                "number"
            )
        else:
            progress["state"] = "finished" if row["status"] != "print_failed" else "void"
        progress["now_serving"] = [
            call["number"]
            for call in self._rows(
                "SELECT number FROM tickets WHERE field_id = ? AND day = ? AND status = 'called' "
                "ORDER BY called_at",
                (row["field_id"], row["day"]),
            )
        ]
        return progress


def _call(row: dict[str, Any], counter_number: int) -> dict[str, Any]:
    """A call as the board shows it."""
    return {
        "number": row["number"],
        "counter_number": counter_number,
        "field_id": row["field_id"],
        "called_at": row["called_at"],
        "calls": row["call_count"],
    }
