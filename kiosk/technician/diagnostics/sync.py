"""The sync check: what waits to be delivered, losses, and how fresh the catalogue is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.sync.engine import SyncEngine
from kiosk.technician.diagnostics.checks import CheckResult, Level, span, worst

PENDING_WARN_AGE = timedelta(hours=1)
PENDING_FAIL_AGE = timedelta(days=1)


def check_sync(sync: SyncEngine, now: datetime | None = None) -> CheckResult:
    """What waits to be delivered and how fresh the catalogue is.

    Warns on dead letters, on a pending item older than an hour, on a catalogue never
    pulled and on answers that were not the province's; fails when a pending item is older
    than a day and when the outbox may have lost items (its high-water mark says so).
    """
    now = now or datetime.now(UTC)
    depth = sync.outbox.depth()
    status = sync.status
    cursor = sync.cache.cursor()
    details: dict[str, Any] = {
        "catalogue_cursor": cursor,
        "pending": depth.pending,
        "dead_letters": depth.dead,
        "oldest_pending_at": _iso(depth.oldest_pending_at),
        "last_pull_at": _iso(status.last_pull_at),
        "last_push_at": _iso(status.last_push_at),
        "clock_offset_s": round(sync.clock.offset_s, 1),
    }
    problems: list[str] = []
    level: Level = "ok"
    if depth.oldest_pending_at is not None:
        age = now - depth.oldest_pending_at
        details["oldest_pending_age_s"] = round(age.total_seconds())
        if age > PENDING_WARN_AGE:
            level = "fail" if age > PENDING_FAIL_AGE else "warn"
            problems.append(f"oldest pending item waiting {span(age)}")
    if depth.dead:
        level = worst((level, "warn"))
        problems.append(f"{depth.dead} dead letter(s) for a technician (kiosk sync lists them)")
    if not cursor:
        level = worst((level, "warn"))
        problems.append("catalogue never pulled")
    losses = [loss.summary for loss in sync.outbox.losses()]
    if (unrecorded := sync.outbox.continuity_problem()) is not None:
        losses.append(unrecorded)
    if losses:
        level = "fail"
        details["outbox_losses"] = losses
        problems.insert(0, f"{losses[0]} (acknowledge on the technician Sync page once dealt with)")
    if status.invalid_answers:
        level = worst((level, "warn"))
        details["invalid_answers"] = status.invalid_answers
        problems.append(
            f"{status.invalid_answers} answer(s) were not the province's (a "
            "captive portal or a proxy?): nothing was marked delivered on them"
        )
    facts = (
        f"{depth.pending} pending, {depth.dead} dead; last pull "
        f"{_ago(status.last_pull_at, now)}, last push {_ago(status.last_push_at, now)}"
    )
    return CheckResult("sync", level, "; ".join([*problems, facts]), details)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _ago(moment: datetime | None, now: datetime) -> str:
    return "never" if moment is None else f"{span(now - moment)} ago"
