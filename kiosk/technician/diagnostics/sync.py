"""The sync check: what waits to be delivered, losses, and how fresh the catalogue is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.sync.engine import SyncEngine
from kiosk.technician.diagnostics.checks import CheckResult, Level, span, worst
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text, joined

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
    problems: list[Text] = []
    level: Level = "ok"
    if depth.oldest_pending_at is not None:
        age = now - depth.oldest_pending_at
        details["oldest_pending_age_s"] = round(age.total_seconds())
        if age > PENDING_WARN_AGE:
            level = "fail" if age > PENDING_FAIL_AGE else "warn"
            problems.append(
                Phrase(QT_TRANSLATE_NOOP("Technician", "oldest pending item waiting %1"), span(age))
            )
    if depth.dead:
        level = worst((level, "warn"))
        problems.append(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1 dead letter(s) for a technician (kiosk sync lists them)"
                ),
                depth.dead,
            )
        )
    if not cursor:
        level = worst((level, "warn"))
        problems.append(Phrase(QT_TRANSLATE_NOOP("Technician", "catalogue never pulled")))
    losses = [loss.summary for loss in sync.outbox.losses()]
    if (unrecorded := sync.outbox.continuity_problem()) is not None:
        losses.append(unrecorded)
    if losses:
        level = "fail"
        details["outbox_losses"] = losses
        problems.insert(
            0,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician", "%1 (acknowledge on the technician Sync page once dealt with)"
                ),
                losses[0],
            ),
        )
    if status.invalid_answers:
        level = worst((level, "warn"))
        details["invalid_answers"] = status.invalid_answers
        problems.append(
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "%1 answer(s) were not the province's (a captive portal or a proxy?): "
                    "nothing was marked delivered on them",
                ),
                status.invalid_answers,
            )
        )
    facts = Phrase(
        QT_TRANSLATE_NOOP("Technician", "%1 pending, %2 dead; last pull %3, last push %4"),
        depth.pending,
        depth.dead,
        _ago(status.last_pull_at, now),
        _ago(status.last_push_at, now),
    )
    return CheckResult("sync", level, joined([*problems, facts]), details)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _ago(moment: datetime | None, now: datetime) -> Phrase:
    if moment is None:
        return Phrase(QT_TRANSLATE_NOOP("Technician", "never"))
    return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 ago"), span(now - moment))
