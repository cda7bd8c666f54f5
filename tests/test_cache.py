"""The rebuildable store: catalogue changes applied all-or-nothing, damage quarantined."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.stores.cache import Cache, CatalogueChange
from kiosk.stores.problems import StoreUnusable
from simulators.province_api import DEFAULT_SEED

SEED = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))


def seed_changes() -> list[CatalogueChange]:
    changes = [
        CatalogueChange(
            seq=1, kind="office", id=SEED["office"]["id"], op="upsert", data=SEED["office"]
        )
    ]
    for kind, plural in (
        ("counter", "counters"),
        ("field", "fields"),
        ("procedure", "procedures"),
        ("announcement", "announcements"),
    ):
        for entity in SEED[plural]:
            changes.append(
                CatalogueChange(
                    seq=len(changes) + 1, kind=kind, id=entity["id"], op="upsert", data=entity
                )
            )
    return changes


def test_changes_build_the_catalogue_in_the_province_order(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    assert cache.load_catalogue() is None and cache.cursor() == ""
    changes = seed_changes()
    cache.apply_changes(changes, str(len(changes)))
    catalogue = cache.load_catalogue()
    assert catalogue is not None
    assert [f.id for f in catalogue.fields] == [f["id"] for f in SEED["fields"]]
    assert [p.id for p in catalogue.procedures] == [p["id"] for p in SEED["procedures"]]
    assert cache.cursor() == str(len(changes))
    cache.close()


def test_a_tombstone_removes_and_an_upsert_replaces_in_place(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    changes = seed_changes()
    cache.apply_changes(changes, "100")
    first, second = SEED["fields"][0], SEED["fields"][1]
    renamed = {**first, "name": "Hộ tịch – đổi tên"}
    cache.apply_changes(
        [
            CatalogueChange(seq=101, kind="field", id=second["id"], op="delete"),
            CatalogueChange(seq=102, kind="field", id=first["id"], op="upsert", data=renamed),
        ],
        "102",
    )
    catalogue = cache.load_catalogue()
    assert catalogue is not None
    assert catalogue.fields[0].name == "Hộ tịch – đổi tên"
    assert second["id"] not in [f.id for f in catalogue.fields]
    cache.close()


def test_an_invalid_entity_is_dropped_and_the_rest_of_the_page_applies(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    cache.apply_changes(seed_changes(), "100")
    first, second = SEED["fields"][0], SEED["fields"][1]
    bad = {**first, "queue_prefix": "lowercase"}
    renamed = {**second, "name": "Chứng thực – tên mới"}
    cache.apply_changes(
        [
            CatalogueChange(seq=101, kind="field", id=first["id"], op="upsert", data=bad),
            CatalogueChange(seq=102, kind="field", id=second["id"], op="upsert", data=renamed),
        ],
        "102",
    )
    catalogue = cache.load_catalogue()
    assert catalogue is not None and cache.cursor() == "102"
    assert first["id"] not in [f.id for f in catalogue.fields]  # no stale copy kept
    renamed_field = catalogue.field(second["id"])
    assert renamed_field is not None and renamed_field.name == "Chứng thực – tên mới"
    cache.close()


def test_a_fresh_download_replaces_everything_at_once(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    cache.apply_changes(seed_changes(), "100")
    fresh = [c for c in seed_changes() if c.kind != "announcement"]
    cache.stage(fresh[:3], first=True)
    cache.stage(fresh[3:], first=False)
    before = cache.load_catalogue()
    assert before is not None and before.announcements  # nothing changes until the swap
    cache.swap_in_staged("7")
    catalogue = cache.load_catalogue()
    assert catalogue is not None and catalogue.announcements == ()
    assert cache.cursor() == "7"
    cache.close()


def test_a_locked_cache_is_not_mistaken_for_a_damaged_one(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    Cache(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnusable, match="held by another process"):
            Cache(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(tmp_path.glob("cache.db.corrupt-*")) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated", "newer"])
def test_a_damaged_cache_is_quarantined_and_started_afresh(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "cache.db"
    cache = Cache(path)
    cache.apply_changes(seed_changes(), "100")
    cache.close()
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 300)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[:100] + b"\0" * 4000 + data[4100:])
    else:
        with sqlite3.connect(path) as newer:
            newer.execute("PRAGMA user_version=99")
        newer.close()

    reopened = Cache(path)
    assert reopened.quarantined is not None and reopened.quarantined.exists()
    assert reopened.load_catalogue() is None and reopened.cursor() == ""
    reopened.apply_changes(seed_changes(), "100")  # the fresh file works
    assert reopened.load_catalogue() is not None
    reopened.close()
