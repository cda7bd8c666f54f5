"""What a check gives, running several at once, and the ``kiosk diag --json`` report.

:func:`run_checks` runs checks concurrently, each on its own daemon thread with a time limit,
and turns a check that raises or overruns into a failed result, so a report always comes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from kiosk import __version__
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text

log = logging.getLogger(__name__)

Level = Literal["ok", "warn", "fail"]
LEVELS: tuple[Level, ...] = ("ok", "warn", "fail")
EXIT_CODES: dict[Level, int] = {"ok": 0, "warn": 1, "fail": 2}
REPORT_SCHEMA = 1
"""Version of the ``kiosk diag --json`` document; raised when a field changes meaning."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its name, a level, a one-line message and details (values
    for machines; a phrase among them reads as English text, in JSON too)."""

    name: str
    level: Level
    message: Text
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """The message in English (``kiosk diag``, the heartbeat)."""
        return str(self.message)

    def as_dict(self) -> dict[str, Any]:
        """The result as ``kiosk diag --json`` writes it."""
        return {
            "name": self.name,
            "level": self.level,
            "summary": self.summary,
            "details": self.details,
        }


@dataclass(frozen=True)
class Check:
    """A check to run: ``run`` gives its result within ``time_limit_s`` or it fails."""

    name: str
    run: Callable[[], CheckResult]
    time_limit_s: float = 5.0


def worst(levels: Iterable[Level]) -> Level:
    """The most serious of ``levels`` ("ok" when there are none)."""
    return max(levels, key=LEVELS.index, default="ok")


def run_checks(checks: Sequence[Check]) -> list[CheckResult]:
    """Run the checks concurrently; their results in the same order. Never raises.

    A check that raises fails with the reason; one still running at its time limit fails
    as unfinished and is left behind on its daemon thread (it cannot hold up an exit).
    """
    results: list[CheckResult | None] = [None] * len(checks)

    def work(index: int, check: Check) -> None:
        try:
            results[index] = check.run()
        except Exception as exc:
            log.exception("diagnostic check %s failed", check.name)
            results[index] = CheckResult(
                check.name,
                "fail",
                Phrase(QT_TRANSLATE_NOOP("Technician", "the check itself failed: %1"), repr(exc)),
            )

    threads = [
        threading.Thread(target=work, args=(index, check), daemon=True, name=f"diag-{check.name}")
        for index, check in enumerate(checks)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread, check in zip(threads, checks, strict=True):
        thread.join(max(0.0, started + check.time_limit_s - time.monotonic()))
    return [
        result
        or CheckResult(
            check.name,
            "fail",
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "no result within %1 s"), f"{check.time_limit_s:g}"
            ),
            {"time_limit_s": check.time_limit_s},
        )
        for result, check in zip(results, checks, strict=True)
    ]


def report(
    kiosk_id: str | None, results: Sequence[CheckResult], now: datetime | None = None
) -> dict[str, Any]:
    """The ``kiosk diag --json`` document."""
    return {
        "schema": REPORT_SCHEMA,
        "kiosk_id": kiosk_id,
        "version": __version__,
        "time": (now or datetime.now(UTC)).isoformat(),
        "level": worst(result.level for result in results),
        "checks": [result.as_dict() for result in results],
    }


def flat_details(details: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """A result's nested details as ``(a.b, value)`` pairs, for reading line by line."""
    lines: list[tuple[str, Any]] = []
    for key, value in details.items():
        if isinstance(value, Mapping):
            lines += flat_details(value, f"{prefix}{key}.")
        else:
            lines.append((f"{prefix}{key}", value))
    return lines


def span(delta: timedelta) -> Phrase:
    """A duration in a few words: 90 s, 5 min, 3 h, 2 days."""
    seconds = max(0, round(delta.total_seconds()))
    if seconds < 120:
        return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 s"), seconds)
    if seconds < 7200:
        return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 min"), round(seconds / 60))
    if seconds < 2 * 86400:
        return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 h"), round(seconds / 3600))
    return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 days"), round(seconds / 86400))


def size(count: int) -> Text:
    """A number of bytes in a few words: 1.5 GB, 20.0 KB, 300 bytes."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return Phrase(QT_TRANSLATE_NOOP("Technician", "%1 bytes"), count)
