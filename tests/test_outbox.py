"""The precious store: ticket records survive restarts and are never left half-done."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect

from kiosk.domain.model import IssuedTicket, TicketBlock
from kiosk.domain.payloads import (
    OfflineTicketPayload,
    PrintResultPayload,
    RatingPayload,
    SubmissionPayload,
)
from kiosk.stores.outbox import MIGRATIONS, BlockRecord, Outbox
from kiosk.stores.outbox import _Base as OutboxBase
from kiosk.stores.problems import SchemaTooNew
from printers.samples import sample_ticket

PREVIOUS_DATA = Path(__file__).parent / "fixtures" / "upgrade" / "previous-data"


def a_rating(counter_id: str, score: int) -> RatingPayload:
    return RatingPayload(
        counter_id=counter_id,
        score=score,
        reason="",
        ticket_number=None,
        rated_at="2026-12-06T08:00:00+07:00",
    )


def a_submission(name: str) -> SubmissionPayload:
    return SubmissionPayload.model_validate(
        {
            "procedure_id": "p1",
            "form_id": "f1",
            "submitted_at": "2026-12-06T08:00:00+07:00",
            "consent": {"given": True, "version": "1", "at": "2026-12-06T08:00:00+07:00"},
            "applicant": {"full_name": name, "id_number": "048186999777", "phone": None},
            "data": {"ho_ten": name},
        }
    )


def test_pragmas_make_the_outbox_durable(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    with outbox.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    outbox.close()
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


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
            "SELECT state, number, priority FROM tickets WHERE key = ?", (key,)
        ).fetchone()
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
    # the province hears that the numbered one did not print, and the unanswered request
    # is replayed so any number it got can be voided
    reopened = Outbox(path)
    kinds = sorted(item.kind for item in reopened.items())
    reopened.close()
    assert kinds == ["print_result", "print_result", "ticket_void"]


V1_SCHEMA = """
CREATE TABLE tickets (
    key VARCHAR(36) NOT NULL, field_id VARCHAR(64) NOT NULL, priority BOOLEAN NOT NULL,
    state VARCHAR(16) NOT NULL, number VARCHAR(8), ticket_json TEXT, failure TEXT,
    print_reported BOOLEAN NOT NULL, created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL, PRIMARY KEY (key));
CREATE INDEX ix_tickets_state ON tickets (state);
"""


def test_an_outbox_from_the_first_version_is_upgraded_without_losing_anything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.db"
    ticket = sample_ticket()
    with sqlite3.connect(path) as old:  # as written by the first release (no user_version)
        old.executescript(V1_SCHEMA)
        for key, state, reported in (
            ("k-reported", "issued", 1),
            ("k-unreported", "issued", 0),
            ("k-failed", "failed", 0),
        ):
            old.execute(
                "INSERT INTO tickets VALUES (?, 'ho-tich', 0, ?, 'A017', ?, NULL, ?, "
                "'2026-11-20 01:00:00', '2026-11-20 01:00:01')",
                (key, state, ticket.model_dump_json(), reported),
            )
    old.close()

    outbox = Outbox(path)
    records = {record.key: record for record in outbox.tickets()}
    items = outbox.items()
    outbox.close()
    assert set(records) == {"k-reported", "k-unreported", "k-failed"}
    assert records["k-unreported"].ticket == ticket
    assert all(record.origin == "online" for record in records.values())
    reports = sorted(
        (item.key, item.kind, item.data.printed)
        for item in items
        if isinstance(item.data, PrintResultPayload)
    )
    assert reports == [
        ("v1-k-failed", "print_result", False),
        ("v1-k-unreported", "print_result", True),
    ]
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_newer_outbox_is_refused_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    with sqlite3.connect(path) as newer:
        newer.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    newer.close()
    with pytest.raises(SchemaTooNew, match="Install the newer kiosk version"):
        Outbox(path)


def test_the_migrated_schema_is_the_one_the_code_maps(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    actual = inspect(outbox.engine)
    for table in OutboxBase.metadata.sorted_tables:
        assert {c["name"] for c in actual.get_columns(table.name)} == set(table.columns.keys())
    outbox.close()


def test_items_leave_in_order_and_delivered_payloads_are_erased(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    first = outbox.enqueue(a_rating("q1", 4))
    second = outbox.enqueue(a_submission("Nguyễn Thị Hoa"))
    assert [item.key for item in outbox.pending()] == [first.key, second.key]
    outbox.delivered([(first.key, '{"id": "r1"}')])
    outbox.dead_letter(second.key, "rejected: HTTP 422")
    depth = outbox.depth()
    delivered = outbox.item(first.key)
    outbox.close()
    assert (depth.pending, depth.dead) == (0, 1)
    assert delivered is not None and delivered.payload == "{}"
    assert delivered.response == '{"id": "r1"}'


def test_a_retried_dead_letter_is_pending_again_in_its_place_with_the_same_payload(
    tmp_path: Path,
) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    dead = outbox.enqueue(a_rating("q1", 4))
    later = outbox.enqueue(a_rating("q2", 3))
    outbox.dead_letter(dead.key, "rejected: HTTP 422")
    outbox.retry_dead(dead.key)
    again = outbox.item(dead.key)
    pending = [item.key for item in outbox.pending()]
    with pytest.raises(ValueError, match="not a dead letter"):
        outbox.retry_dead(later.key)
    outbox.close()
    assert again is not None and (again.state, again.attempts) == ("pending", 0)
    assert again.data == a_rating("q1", 4)
    assert pending == [dead.key, later.key]


def test_a_discarded_dead_letter_is_never_sent_and_its_personal_data_is_gone(
    tmp_path: Path,
) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    name = "Nguyễn Thị Hoa"
    item = outbox.enqueue(a_submission(name))
    outbox.dead_letter(item.key, "rejected: HTTP 422")
    outbox.discard_dead(item.key)
    discarded = outbox.item(item.key)
    depth = outbox.depth()
    with pytest.raises(ValueError, match="not a dead letter"):
        outbox.discard_dead(item.key)
    assert outbox.pending() == []
    outbox.close()
    assert discarded is not None and (discarded.state, discarded.payload) == ("discarded", "{}")
    assert discarded.last_error == "rejected: HTTP 422"
    assert (depth.pending, depth.dead) == (0, 0)
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("outbox.db*"))
    assert name.encode() not in stored


def test_a_printed_ticket_and_its_report_are_one_transaction(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    key = str(uuid.uuid4())
    outbox.new_ticket_request(key, "ho-tich", priority=False)
    outbox.ticket_issued_by_province(key, sample_ticket())
    assert outbox.items() == []
    outbox.ticket_printed(key)
    (report,) = outbox.items()
    outbox.close()
    assert report.kind == "print_result" and report.key != key
    assert report.data == PrintResultPayload(ticket_id=sample_ticket().id, printed=True, reason="")


def test_offline_numbers_come_from_leased_blocks_once_each(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    day = date(2026, 11, 23)
    outbox.add_block(
        TicketBlock(
            id="b1",
            field_id="ho-tich",
            queue_prefix="A",
            day=day,
            first=101,
            last=102,
            kiosk_id="K1",
        )
    )
    numbers = []
    for _ in range(3):
        key = str(uuid.uuid4())
        outbox.new_ticket_request(key, "ho-tich", priority=False)

        def build(block: BlockRecord, seq: int, key: str = key) -> IssuedTicket:
            return sample_ticket(
                id=key,
                number=f"{block.queue_prefix}{seq:03d}",
                offline=True,
                people_ahead=None,
                track_url=None,
            )

        ticket = outbox.issue_offline_number(key, day, build)
        numbers.append(ticket.number if ticket else None)
        if ticket:
            outbox.ticket_printed(key)
    assert numbers == ["A101", "A102", None]
    assert outbox.numbers_left("ho-tich", day) == 0
    reports = [item.data for item in outbox.items()]
    outbox.close()
    assert [
        (r.block_id, r.number, r.printed) for r in reports if isinstance(r, OfflineTicketPayload)
    ] == [("b1", "A101", True), ("b1", "A102", True)]


def _open_and_close(path: str) -> None:
    Outbox(Path(path)).close()


def test_processes_starting_together_migrate_once(tmp_path: Path) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    for round_ in range(3):
        path = tmp_path / f"outbox-{round_}.db"
        # an executor, not a Pool: a process that dies is an error here, never a hang
        with ProcessPoolExecutor(4, mp_context=context) as pool:
            list(pool.map(_open_and_close, [str(path)] * 4, timeout=90))  # raises on failure
        with sqlite3.connect(path) as check:
            assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        check.close()


def test_payloads_queued_by_the_previous_release_are_sent_again_exactly_as_queued(
    tmp_path: Path,
) -> None:
    for name in ("outbox.db",):
        shutil.copy(PREVIOUS_DATA / name, tmp_path / name)
    outbox = Outbox(tmp_path / "outbox.db")
    items = [item for item in outbox.items() if item.payload != "{}"]
    outbox.close()
    readable = []
    for item in items:
        try:
            payload = item.data
        except ValueError:  # the ratings that release queued without a reason (null): dead
            continue
        readable.append(item.kind)
        assert payload.body() == json.loads(item.payload)  # the retry is the first request
    assert {"offline_ticket", "ticket_void"} <= set(readable)


def test_a_payload_that_is_not_its_kind_s_is_a_value_error(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db")
    item = outbox.enqueue(a_rating("q1", 4))
    with outbox.engine.begin() as connection:
        connection.exec_driver_sql("""UPDATE items SET payload = '{"counter_id": "q1"}'""")
    stored = outbox.item(item.key)
    assert stored is not None
    with pytest.raises(ValueError, match="score"):
        stored.data  # noqa: B018
    outbox.close()
