"""The config check: where the config came from, demo leftovers, the PIN and the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from ipaddress import ip_address
from pathlib import Path
from typing import Any

import httpx

from kiosk.config import CONFIG_PATH_ENV, ENV_PREFIX, ApiSection, Config, KioskSection
from kiosk.technician.audit import AuditCheck
from kiosk.technician.diagnostics.checks import CheckResult, Level


def check_config(
    config: Config, file: Path, environ: Mapping[str, str], audit: AuditCheck | None = None
) -> CheckResult:
    """Where the config came from, demo defaults left in a production config, whether
    technician mode can be entered (a warning when no PIN is set), and whether the
    technician audit log ``audit`` is whole (fails when a line was changed by hand)."""
    overrides = sorted(
        name for name in environ if name.startswith(ENV_PREFIX) and name != CONFIG_PATH_ENV
    )
    details: dict[str, Any] = {
        "file": str(file),
        "file_exists": file.is_file(),
        "env_overrides": overrides,
        "kiosk_id": config.kiosk.id,
        "api_base_url": config.api.base_url,
        "printer_uri": config.printer.uri,
        "scanner": config.scanner.kind,
        "timezone": config.office.timezone,
    }
    source = f"loaded from {file}" if file.is_file() else f"defaults only (no file at {file})"
    if overrides:
        source += f", {len(overrides)} environment override(s)"
    details["technician_mode"] = "enabled" if config.technician.pin_hash else "disabled"
    problems = _demo_leftovers(config)
    if not config.technician.pin_hash:
        problems.append(
            "no technician PIN is set, so technician mode is disabled (set one with kiosk set-pin)"
        )
    level: Level = "warn" if problems else "ok"
    if audit is not None:
        details["audit_entries"] = audit.entries
        if audit.problem:
            problems.append(f"technician audit log: {audit.problem}")
            level = "warn" if "incomplete" in audit.problem else "fail"
    details["problems"] = problems
    if problems:
        return CheckResult("config", level, f"{source}; {'; '.join(problems)}", details)
    return CheckResult("config", "ok", source, details)


def _demo_leftovers(config: Config) -> list[str]:
    """What in ``config`` only suits the demo (or sends the device token in the clear)."""
    api = config.api
    problems = []
    if not api.base_url:
        problems.append("api.base_url is empty (only the demo runs without it)")
    if api.device_token == ApiSection().device_token:
        problems.append("api.device_token is the demo token")
    if config.kiosk.id == KioskSection().id:
        problems.append("kiosk.id is the demo id")
    if config.printer.uri == "virtual":
        problems.append("printer.uri is 'virtual' (the demo's printer)")
    url = httpx.URL(api.base_url) if api.base_url else None
    if url is not None and url.scheme == "http" and not _is_loopback(url.host):
        problems.append("api.base_url is plain http: the device token travels unencrypted")
    if not api.verify_tls:
        problems.append("api.verify_tls is off")
    return problems


def _is_loopback(host: str) -> bool:
    try:
        return host == "localhost" or ip_address(host).is_loopback
    except ValueError:
        return False
