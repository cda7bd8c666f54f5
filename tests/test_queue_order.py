"""The province's priority rule: who is called next, checked against the rule's own words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from simulators.queue_order import QueueRule, Waiting, serving_order

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
INTERLEAVE_2 = QueueRule("interleave", normal_per_priority=2)
STRICT_30 = QueueRule("strict", ageing_minutes=30)


def ticket(name: str, minutes_ago: int, priority: bool = False) -> Waiting:
    return Waiting(name, priority, NOW - timedelta(minutes=minutes_ago))


def names(order: list[Waiting]) -> str:
    return " ".join(ticket.id for ticket in order)


def test_interleave_calls_one_priority_ticket_after_every_n_normal_ones() -> None:
    waiting = [
        ticket("A1", 50),
        ticket("A2", 40),
        ticket("P1", 35, priority=True),
        ticket("A3", 30),
        ticket("P2", 25, priority=True),
        ticket("A4", 20),
        ticket("A5", 10),
    ]
    order = serving_order(waiting, INTERLEAVE_2, normals_since_priority=0, now=NOW)
    assert names(order) == "A1 A2 P1 A3 A4 P2 A5"
    # two normal tickets were called since the last priority one: a priority ticket is due
    order = serving_order(waiting, INTERLEAVE_2, normals_since_priority=2, now=NOW)
    assert names(order) == "P1 A1 A2 P2 A3 A4 A5"


def test_interleave_calls_priority_tickets_at_once_when_nobody_else_waits() -> None:
    waiting = [ticket("P1", 9, priority=True), ticket("P2", 5, priority=True)]
    assert names(serving_order(waiting, INTERLEAVE_2, normals_since_priority=0, now=NOW)) == (
        "P1 P2"
    )


def test_strict_serves_priority_first_but_a_normal_ticket_ages_into_priority() -> None:
    waiting = [
        ticket("A1", 45),  # waited past 30 minutes: ranks with the priority tickets
        ticket("A2", 20),
        ticket("P1", 15, priority=True),
        ticket("A3", 10),
        ticket("P2", 5, priority=True),
    ]
    order = serving_order(waiting, STRICT_30, normals_since_priority=0, now=NOW)
    assert names(order) == "A1 P1 P2 A2 A3"


def test_a_rule_from_the_catalogue_keeps_to_sane_values() -> None:
    assert QueueRule.from_catalogue(None) == QueueRule("strict", 3, 30)
    assert QueueRule.from_catalogue({"kind": "interleave", "normal_per_priority": 4}) == (
        QueueRule("interleave", 4, 30)
    )
    hostile = {"kind": "lottery", "normal_per_priority": 0, "ageing_minutes": float("nan")}
    assert QueueRule.from_catalogue(hostile) == QueueRule("strict", 3, 30)
    assert QueueRule.from_catalogue({"normal_per_priority": True}).normal_per_priority == 3


WAITING = st.lists(
    st.builds(
        Waiting,
        id=st.uuids().map(str),
        priority=st.booleans(),
        issued_at=st.integers(0, 600).map(lambda m: NOW - timedelta(minutes=m)),
    ),
    max_size=30,
    unique_by=lambda ticket: ticket.id,
)
RULES = st.builds(
    QueueRule,
    kind=st.sampled_from(["interleave", "strict"]),
    normal_per_priority=st.integers(1, 6),
    ageing_minutes=st.integers(1, 120),
)


@given(waiting=WAITING, rule=RULES, since=st.integers(0, 10))
def test_every_ticket_is_called_once_and_each_kind_first_come_first_served(
    waiting: list[Waiting], rule: QueueRule, since: int
) -> None:
    order = serving_order(waiting, rule, normals_since_priority=since, now=NOW)
    assert sorted(t.id for t in order) == sorted(t.id for t in waiting)
    for kind in (True, False):
        times = [t.issued_at for t in order if t.priority is kind]
        if rule.kind == "interleave" or kind:
            assert times == sorted(times)


@given(waiting=WAITING, every=st.integers(1, 6), since=st.integers(0, 6))
def test_interleave_never_passes_a_waiting_priority_ticket_more_than_n_times(
    waiting: list[Waiting], every: int, since: int
) -> None:
    rule = QueueRule("interleave", normal_per_priority=every)
    order = serving_order(waiting, rule, normals_since_priority=since, now=NOW)
    priorities_left = sum(t.priority for t in waiting)
    run = since
    for called in order:
        if called.priority:
            priorities_left -= 1
            run = 0
        else:
            run += 1
            assert priorities_left == 0 or run <= every, names(order)


@given(waiting=WAITING, ageing=st.integers(1, 120))
def test_strict_never_calls_a_fresh_normal_ticket_before_a_priority_or_aged_one(
    waiting: list[Waiting], ageing: int
) -> None:
    rule = QueueRule("strict", ageing_minutes=ageing)
    order = serving_order(waiting, rule, normals_since_priority=0, now=NOW)

    def first_class(t: Waiting) -> bool:
        return t.priority or t.issued_at <= NOW - timedelta(minutes=ageing)

    classes = [first_class(t) for t in order]
    assert classes == sorted(classes, reverse=True)
