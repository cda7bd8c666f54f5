"""The province simulator's store on its own: catalogue log, numbering, transactions, upgrade."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from simulators.province_api import DEFAULT_SEED
from simulators.province_store import OFFLINE_FIRST, ProvinceStore, SimulatorError, check_form_data

NOW = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)


def open_store(path: Path) -> ProvinceStore:
    return ProvinceStore(path, DEFAULT_SEED, lambda: NOW)


def test_seeding_logs_one_upsert_per_entity(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    entities = store.catalogue_entities()
    changes, more = store.changes(0, 500)
    assert not more and len(changes) == len(entities)
    assert store.latest_cursor() == str(changes[-1]["seq"])
    assert {(c["kind"], c["id"]) for c in changes} == set(entities)
    assert changes[0]["kind"] == "office" and changes[0]["id"] == "dn-hai-chau"
    store.close()
    reopened = open_store(tmp_path / "p.db")  # no second seeding
    assert reopened.latest_cursor() == str(changes[-1]["seq"])
    reopened.close()


def test_upsert_and_delete_move_the_cursor_and_the_view(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    start = int(store.latest_cursor())
    seq = store.upsert_entity(
        "counter", "q7", {"id": "q7", "number": 7, "name": "Quầy 7", "field_ids": ["dat-dai"]}
    )
    assert seq == start + 1 and store.catalogue_entities()[("counter", "q7")]["number"] == 7
    assert store.delete_entity("counter", "q7") == start + 2
    assert ("counter", "q7") not in store.catalogue_entities()
    changes, _ = store.changes(start, 10)
    assert [(c["op"], c["data"] is None) for c in changes] == [("upsert", False), ("delete", True)]
    with pytest.raises(SimulatorError) as missing:
        store.delete_entity("counter", "q7")
    assert missing.value.status == 404
    with pytest.raises(SimulatorError):
        store.upsert_entity("counter", "q8", {"id": "q9"})
    with pytest.raises(SimulatorError) as gone:
        store.changes(start + 3, 10)
    assert gone.value.status == 410
    store.close()


def test_blocks_come_from_the_offline_range_and_online_numbers_skip_them(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    first = store.issue_ticket("ho-tich", False, "K1", "http://x")[1]["number"]
    block = store.lease_block("ho-tich", date(2026, 11, 20), 5, "K1")
    numbers = [
        store.issue_ticket("ho-tich", False, "K1", "http://x")[1]["number"]
        for _ in range(OFFLINE_FIRST - 1)
    ]
    assert (first, block["first"], block["last"]) == ("A001", OFFLINE_FIRST, OFFLINE_FIRST + 4)
    assert numbers[0] == "A002" and numbers[-2:] == ["A500", "A506"]  # 501–505 are leased
    later = store.lease_block("ho-tich", date(2026, 11, 20), 5, "K1")
    assert later["first"] == 507  # above every number already given
    store.close()


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")

    def work() -> tuple[int, dict[str, Any]]:
        store.issue_ticket("ho-tich", False, "K1", "http://x")
        raise SimulatorError(409, "changed my mind")

    with pytest.raises(SimulatorError):
        store.idempotent("key-00000001", {"a": 1}, work)
    assert store.tickets() == []
    status, first = store.idempotent(
        "key-00000001", {"a": 1}, lambda: store.issue_ticket("ho-tich", False, "K1", "http://x")
    )
    assert status == 201 and first["number"] == "A001"  # the refusal was not stored
    store.close()


def test_an_older_simulator_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.executescript("""
            CREATE TABLE documents (name TEXT PRIMARY KEY, body TEXT NOT NULL);
            CREATE TABLE tickets (
                id TEXT PRIMARY KEY, field_id TEXT NOT NULL, prefix TEXT NOT NULL,
                day TEXT NOT NULL, seq INTEGER NOT NULL, number TEXT NOT NULL,
                counter_id TEXT NOT NULL, priority INTEGER NOT NULL, kiosk_id TEXT NOT NULL,
                status TEXT NOT NULL, issued_at TEXT NOT NULL, print_reason TEXT,
                UNIQUE (prefix, day, seq));
            INSERT INTO tickets VALUES ('t1', 'ho-tich', 'A', '2026-11-20', 1, 'A001', 'q1', 0,
                                        'K1', 'printed', '2026-11-20T01:00:00+00:00', NULL);
            CREATE TABLE payments (
                reference TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL,
                procedure_id TEXT NOT NULL, amount_vnd INTEGER NOT NULL, dossier_code TEXT,
                kiosk_id TEXT NOT NULL, status TEXT NOT NULL, paid_at TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            INSERT INTO payments VALUES ('HC2611200001', 'k', 'ho-tich-trich-luc', 8000, NULL,
                                         'K1', 'paid', '2026-11-20T01:00:00+00:00',
                                         '2026-11-20T00:50:00+00:00',
                                         '2026-11-20T01:00:00+00:00');
        """)
    old.close()
    store = open_store(path)
    (ticket,) = store.tickets()
    assert ticket["origin"] == "online" and ticket["block_id"] is None
    assert store.issue_ticket("ho-tich", False, "K1", "http://x")[1]["number"] == "A002"
    assert store.dossiers()
    old_payment = store.payment("HC2611200001")
    assert old_payment is not None and old_payment["bank_reference"] == ""
    store.create_payment(
        "k2",
        reference="HC2611200002",
        procedure_id="ho-tich-trich-luc",
        amount_vnd=8000,
        dossier_code=None,
        kiosk_id="K1",
    )
    assert store.set_payment_status("HC2611200002", "paid")["bank_reference"].startswith("FT")
    store.close()


def test_form_data_is_checked_field_by_field() -> None:
    form = {
        "fields": [
            {"id": "n", "type": "number", "required": True, "min": 1, "max": 3},
            {"id": "c", "type": "checkbox", "required": False},
            {
                "id": "s",
                "type": "select",
                "required": False,
                "options": [{"value": "a"}, {"value": "b"}],
            },
        ]
    }
    check_form_data(form, {"n": 2, "c": False, "s": None})
    for data, message in (
        ({}, "missing required"),
        ({"n": 4}, "between"),
        ({"n": True}, "number"),
        ({"n": 1, "s": "z"}, "one of"),
        ({"n": 1, "c": "yes"}, "true or false"),
        ({"n": 1, "q": 1}, "q"),
    ):
        with pytest.raises(SimulatorError, match=message):
            check_form_data(form, data)
