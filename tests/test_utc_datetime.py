"""Every moment the stores keep is UTC on disk and timezone-aware when read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import StatementError

from kiosk.domain.model import DossierStatus
from kiosk.stores.cache import Cache

OFFICE = timezone(timedelta(hours=7))


def dossier(code: str) -> DossierStatus:
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=OFFICE)
    return DossierStatus(
        code=code,
        procedure_id="p1",
        procedure_name="Đăng ký khai sinh",
        status="received",
        received_at=moment,
        updated_at=moment,
    )


@given(
    moment=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.timezones()
    )
)
def test_a_moment_in_any_zone_comes_back_as_the_same_instant_in_utc(
    tmp_path_factory: pytest.TempPathFactory, moment: datetime
) -> None:
    cache = Cache(tmp_path_factory.mktemp("cache") / "cache.db")
    try:
        cache.save_dossier(dossier("D-1"), moment)
        loaded = cache.load_dossier("D-1")
    finally:
        cache.close()
    assert loaded is not None
    seen_at = loaded[1]
    assert seen_at.tzinfo is UTC
    assert seen_at == moment.astimezone(UTC)  # the same instant (an ambiguous local time
    # compares unequal across zones, PEP 495: compare in UTC)


def test_the_stored_text_is_utc_wall_time(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    cache.save_dossier(dossier("D-2"), datetime(2026, 12, 7, 8, 30, tzinfo=OFFICE))
    with cache.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT fetched_at FROM dossiers").scalar()
    cache.close()
    assert str(stored).startswith("2026-12-07 01:30:00")


def test_a_naive_moment_is_refused_not_guessed(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.db")
    with pytest.raises(StatementError, match="naive datetime"):
        cache.save_dossier(dossier("D-3"), datetime(2026, 12, 7))
    assert cache.load_dossier("D-3") is None
    cache.close()
