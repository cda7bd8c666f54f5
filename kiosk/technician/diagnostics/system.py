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
            f"time zone {office.timezone} cannot be loaded "
            "(tzdata missing from this installation?)",
            {"timezone": office.timezone},
        )
    local = datetime.now(zone)
    details: dict[str, Any] = {"timezone": office.timezone, "local_time": local.isoformat()}
    where = f"{office.timezone}, local time {local:%Y-%m-%d %H:%M}"
    if not section.base_url:
        return CheckResult("clock", "ok", f"{where}; not compared (no api.base_url)", details)
    probe = probe_province(section)
    if probe.server_time is None or probe.local_time is None:
        reason = probe.problem or "no Date header in its answer"
        return CheckResult(
            "clock", "ok", f"{where}; not compared with the province: {reason}", details
        )
    skew = (probe.local_time - probe.server_time).total_seconds()
    details.update(province_time=probe.server_time.isoformat(), skew_s=round(skew, 1))
    if abs(skew) > MAX_CLOCK_SKEW_S:
        off = f"{span(timedelta(seconds=abs(skew)))} {'ahead of' if skew > 0 else 'behind'}"
        return CheckResult(
            "clock",
            "warn",
            f"system clock is {off} the province's: set the time (NTP); {where}",
            details,
        )
    return CheckResult("clock", "ok", f"{where}; within {abs(skew):.0f} s of the province", details)


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
        f"kiosk {__version__}, Python {details['python']} on {platform.system()}",
        details,
    )
