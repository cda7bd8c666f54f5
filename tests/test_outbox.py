"""The precious store: ticket records survive restarts and are never left half-done."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from kiosk.outbox import Outbox
from printers.samples import sample_ticket


def test_pragmas_make_the_outbox_durable(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    with outbox.engine.connect() as connection:
        pragma = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    outbox.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "busy_timeout": 5000}


def test_ticket_states_are_written_through_to_disk(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    outbox = Outbox(path)
    key = str(uuid.uuid4())
    outbox.new_ticket_request(key, "ho-tich", priority=True)
    outbox.ticket_issued_by_province(key, sample_ticket())
    outbox.ticket_printed(key)
    # another connection (as after a power cut and restart) sees the committed state
    with sqlite3.connect(path) as other:
        state, number, priority = other.execute(
            "SELECT state, number, priority FROM tickets WHERE key = ?", (key,)).fetchone()
    outbox.close()
    assert (state, number, priority) == ("issued", "A017", 1)


def test_tickets_interrupted_by_a_restart_are_marked_failed_not_issued(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    before = Outbox(path)
    requested, printing, printed = (str(uuid.uuid4()) for _ in range(3))
    for key in (requested, printing, printed):
        before.new_ticket_request(key, "ho-tich", priority=False)
    for key in (printing, printed):
        before.ticket_issued_by_province(key, sample_ticket())
    before.ticket_printed(printed)
    before.close()  # the process dies here

    after = Outbox(path)
    marked = after.fail_interrupted()
    states = {record.key: (record.state, record.failure) for record in after.tickets()}
    after.close()
    assert sorted(marked) == sorted([requested, printing])
    assert states[printed] == ("issued", None)
    assert states[printing] == ("failed", "interrupted while printing: kiosk restarted")
    assert states[requested] == ("failed", "interrupted while requested: kiosk restarted")
