"""The clock check (time zone, skew from the province's clock) and the version check."""

from __future__ import annotations

import platform
import sqlite3
import sys
from datetime import datetime, timedelta
from importlib import metadata
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk import __version__
from kiosk.config import ApiSection, OfficeSection
from kiosk.technician.diagnostics.checks import CheckResult, span
from kiosk.technician.diagnostics.network import probe_province
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text

MAX_CLOCK_SKEW_S = 120.0
PACKAGES = ("httpx", "SQLAlchemy", "pydantic", "pyserial", "python-escpos", "PySide6-Essentials")


def check_clock(office: OfficeSection, section: ApiSection) -> CheckResult:
    """The office's time zone loads, and the system clock agrees with the province's."""
    try:
        zone = ZoneInfo(office.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return CheckResult(
            "clock",
            "fail",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "time zone %1 cannot be loaded (tzdata missing from this installation?)",
                ),
                office.timezone,
            ),
            {"timezone": office.timezone},
        )
    local = datetime.now(zone)
    details: dict[str, Any] = {"timezone": office.timezone, "local_time": local.isoformat()}
    where = Phrase(
        QT_TRANSLATE_NOOP("Technician", "%1, local time %2"),
        office.timezone,
        f"{local:%Y-%m-%d %H:%M}",
    )
    if not section.base_url:
        return CheckResult(
            "clock",
            "ok",
            Phrase(QT_TRANSLATE_NOOP("Technician", "%1; not compared (no api.base_url)"), where),
            details,
        )
    probe = probe_province(section)
    if probe.server_time is None or probe.local_time is None:
        reason: Text = probe.problem or Phrase(
            QT_TRANSLATE_NOOP("Technician", "no Date header in its answer")
        )
        return CheckResult(
            "clock",
            "ok",
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "%1; not compared with the province: %2"),
                where,
                reason,
            ),
            details,
        )
    skew = (probe.local_time - probe.server_time).total_seconds()
    details.update(province_time=probe.server_time.isoformat(), skew_s=round(skew, 1))
    if abs(skew) > MAX_CLOCK_SKEW_S:
        off = span(timedelta(seconds=abs(skew)))
        return CheckResult(
            "clock",
            "warn",
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Technician",
                    "system clock is %1 ahead of the province's: set the time (NTP); %2",
                )
                if skew > 0
                else QT_TRANSLATE_NOOP(
                    "Technician", "system clock is %1 behind the province's: set the time (NTP); %2"
                ),
                off,
                where,
            ),
            details,
        )
    return CheckResult(
        "clock",
        "ok",
        Phrase(
            QT_TRANSLATE_NOOP("Technician", "%1; within %2 s of the province"),
            where,
            f"{abs(skew):.0f}",
        ),
        details,
    )


def check_version() -> CheckResult:
    """The kiosk's version and what it runs on."""
    details: dict[str, Any] = {
        "kiosk": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    for package in PACKAGES:
        try:
            details[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            details[package] = None
    return CheckResult(
        "version",
        "ok",
        Phrase(
            QT_TRANSLATE_NOOP("Technician", "kiosk %1, Python %2 on %3"),
            __version__,
            details["python"],
            platform.system(),
        ),
        details,
    )
