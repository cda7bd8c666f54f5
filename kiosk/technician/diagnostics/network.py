"""The network check: the province's health endpoint, TLS, latency and the device token."""

from __future__ import annotations

import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from kiosk.config import ApiSection
from kiosk.sync.api import ApiError, ProvinceApi
from kiosk.technician.diagnostics.checks import CheckResult, Level

HEALTH_PATH = "/api/v1/health"
SLOW_API_S = 2.0


@dataclass(frozen=True)
class Probe:
    """One unauthenticated request to the province's health endpoint."""

    problem: str = ""  # why no answer came ("" when one did)
    status: int = 0
    latency_s: float = 0.0
    server_time: datetime | None = None  # from the Date header
    local_time: datetime | None = None  # this machine's clock halfway through the request


def probe_province(section: ApiSection) -> Probe:
    """GET the health endpoint once: whether, how fast and at what server time it answers."""
    sent_at, started = datetime.now(UTC), time.monotonic()
    try:
        with httpx.Client(
            base_url=section.base_url, timeout=section.timeout_s, verify=section.verify_tls
        ) as client:
            response = client.get(HEALTH_PATH)
    except httpx.HTTPError as exc:
        return Probe(problem=describe_network_error(exc, section))
    elapsed = time.monotonic() - started
    try:
        server_time = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError):
        server_time = None
    return Probe(
        "", response.status_code, elapsed, server_time, sent_at + timedelta(seconds=elapsed / 2)
    )


def describe_network_error(error: BaseException, section: ApiSection) -> str:
    """Why no answer came, in a technician's words: DNS, connection, TLS or a timeout."""
    url = httpx.URL(section.base_url)
    host = url.host
    chain = _causes(error)
    for cause in chain:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS: the certificate of {host} is not trusted ({cause.verify_message})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS: handshake with {host} failed ({cause.reason or cause})"
        if isinstance(cause, socket.gaierror):
            return f"DNS: cannot resolve {host} ({cause.strerror})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {host}:{url.port or _default_port(url)}"
        if isinstance(cause, httpx.TimeoutException):
            return f"no answer from {host} within {section.timeout_s:g} s"
        if isinstance(cause, httpx.RemoteProtocolError):
            return f"{host} closed the connection without an answer"
    return f"cannot reach {host}: {chain[-1]}"


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and what it was raised from, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def check_api(api: ProvinceApi, section: ApiSection) -> CheckResult:
    """Reach the province (latency, TLS), then open a session with the device token."""
    if not section.base_url:
        return CheckResult("network", "fail", "no province configured: api.base_url is empty")
    details: dict[str, Any] = {"base_url": section.base_url, "tls": _tls_mode(section)}
    probe = probe_province(section)
    if probe.problem:
        return CheckResult("network", "fail", probe.problem, details)
    latency_ms = round(probe.latency_s * 1000)
    details.update(latency_ms=latency_ms, health_status=probe.status)
    try:
        api.catalogue_changes("", limit=1)  # opens a session, then uses it once
    except ApiError as exc:
        details["auth"] = str(exc)
        level, summary = _api_failure(exc, section)
        return CheckResult("network", level, summary, details)
    details["auth"] = "session opened with the device token"
    summary = f"province reached in {latency_ms} ms, TLS {details['tls']}, device token accepted"
    if probe.latency_s > SLOW_API_S:
        return CheckResult("network", "warn", f"slow: {summary}", details)
    return CheckResult("network", "ok", summary, details)


def _tls_mode(section: ApiSection) -> str:
    if not section.base_url.startswith("https://"):
        return "none (plain http)"
    return "verified" if section.verify_tls else "not verified (api.verify_tls is off)"


def _api_failure(error: ApiError, section: ApiSection) -> tuple[Level, str]:
    """The level and summary of a failed authenticated call."""
    if error.kind == "unauthorized":
        return "fail", f"device token refused (HTTP 401): check api.device_token ({error.detail})"
    if error.kind == "network":
        return "fail", describe_network_error(error, section)
    if error.status == 429:
        return "warn", "the province asks the kiosk to slow down (HTTP 429)"
    if error.status is not None and error.status >= 500:
        return "fail", f"province API error (HTTP {error.status})"
    return "fail", f"unexpected answer, not the province API? ({error.detail})"
