"""Ratings against the real simulator: checked at the kiosk, delivered to the province."""

from __future__ import annotations

import pytest

from kiosk.core import KioskCore
from kiosk.services.ratings import MAX_REASON, REASON_CODES, RatingInvalid
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from tests.contract import contract


def test_a_rating_reaches_the_province(core: KioskCore, province: ProvinceSimulator) -> None:
    assert core.sync.run_cycle() is None
    key = core.ratings.rate("q2", 1, REASON_CODES[0], " a012 ")
    item = core.outbox.item(key)
    assert item is not None
    body = {**item.data.body(), "kiosk_id": core.config.kiosk.id}  # as the API client sends it
    assert contract().schema_errors("/components/schemas/RatingRequest", body) == []
    assert core.sync.push() == 1
    (rating,) = province.store.ratings()
    assert rating["idempotency_key"] == key
    assert (rating["counter_id"], rating["score"], rating["reason"], rating["ticket_number"]) == (
        "q2",
        1,
        "long_wait",
        "A012",
    )
    assert rating["kiosk_id"] == core.config.kiosk.id


def test_free_text_is_cleaned_and_capped(core: KioskCore, province: ProvinceSimulator) -> None:
    assert core.sync.run_cycle() is None
    core.ratings.rate("q1", 4, "  Cán bộ\nhướng dẫn tận tình\x00 ")
    core.ratings.rate("q1", 3, "ý " * 400)
    core.ratings.rate("q1", 2)
    assert core.sync.push() == 3
    reasons = [row["reason"] for row in province.store.ratings()]
    assert reasons[0] == "Cán bộ hướng dẫn tận tình"
    assert len(reasons[1]) <= MAX_REASON and reasons[1].startswith("ý ý")
    assert reasons[2] == ""
    assert [row["ticket_number"] for row in province.store.ratings()] == [None] * 3


def test_a_rating_queued_offline_is_delivered_once_the_province_is_back(
    core: KioskCore, province: ProvinceSimulator
) -> None:
    assert core.sync.run_cycle() is None
    province.faults.settings = FaultSettings(server_error_rate=1.0)
    key = core.ratings.rate("q1", 3)
    assert core.sync.run_cycle() is not None and province.store.ratings() == []
    province.faults.settings = FaultSettings()
    assert core.sync.run_cycle() is None
    assert [row["idempotency_key"] for row in province.store.ratings()] == [key]


@pytest.mark.parametrize(
    ("counter_id", "score", "ticket_number", "kind"),
    [
        ("q1", 0, None, "bad_score"),
        ("q1", 5, None, "bad_score"),
        ("q1", True, None, "bad_score"),
        ("q1", 2.0, None, "bad_score"),
        ("q9", 3, None, "unknown_counter"),
        ("q1", 3, "12", "bad_ticket_number"),
        ("q1", 3, "AB12", "bad_ticket_number"),
        ("q1", 3, "A12345", "bad_ticket_number"),
    ],
)
def test_a_bad_rating_is_refused_and_nothing_is_queued(
    core: KioskCore, counter_id: str, score: int, ticket_number: str | None, kind: str
) -> None:
    assert core.sync.run_cycle() is None
    with pytest.raises(RatingInvalid) as refused:
        core.ratings.rate(counter_id, score, "", ticket_number)
    assert refused.value.kind == kind
    assert core.outbox.items() == []


def test_before_the_first_sync_no_counter_is_known(core: KioskCore) -> None:
    with pytest.raises(RatingInvalid, match="unknown_counter"):
        core.ratings.rate("q1", 4)
