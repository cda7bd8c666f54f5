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
from kiosk.technician.phrases import QT_TRANSLATE_NOOP, Phrase, Text

HEALTH_PATH = "/api/v1/health"
SLOW_API_S = 2.0


@dataclass(frozen=True)
class Probe:
    """One unauthenticated request to the province's health endpoint."""

    problem: Text = ""  # why no answer came ("" when one did)
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


def describe_network_error(error: BaseException, section: ApiSection) -> Phrase:
    """Why no answer came, in a technician's words: DNS, connection, TLS or a timeout."""
    url = httpx.URL(section.base_url)
    host = url.host
    chain = _causes(error)
    for cause in chain:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "TLS: the certificate of %1 is not trusted (%2)"),
                host,
                str(cause.verify_message),
            )
        if isinstance(cause, ssl.SSLError):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "TLS: handshake with %1 failed (%2)"),
                host,
                str(cause.reason or cause),
            )
        if isinstance(cause, socket.gaierror):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "DNS: cannot resolve %1 (%2)"),
                host,
                str(cause.strerror),
            )
        if isinstance(cause, ConnectionRefusedError):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "connection refused by %1"),
                f"{host}:{url.port or _default_port(url)}",
            )
        if isinstance(cause, httpx.TimeoutException):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "no answer from %1 within %2 s"),
                host,
                f"{section.timeout_s:g}",
            )
        if isinstance(cause, httpx.RemoteProtocolError):
            return Phrase(
                QT_TRANSLATE_NOOP("Technician", "%1 closed the connection without an answer"),
                host,
            )
    return Phrase(QT_TRANSLATE_NOOP("Technician", "cannot reach %1: %2"), host, str(chain[-1]))


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
        return CheckResult(
            "network",
            "fail",
            Phrase(
                QT_TRANSLATE_NOOP("Technician", "no province configured: api.base_url is empty")
            ),
        )
    tls = _tls_mode(section)
    details: dict[str, Any] = {"base_url": section.base_url, "tls": tls}
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
    details["auth"] = Phrase(
        QT_TRANSLATE_NOOP("Technician", "session opened with the device token")
    )
    summary = Phrase(
        QT_TRANSLATE_NOOP("Technician", "province reached in %1 ms, TLS %2, device token accepted"),
        latency_ms,
        tls,
    )
    if probe.latency_s > SLOW_API_S:
        return CheckResult(
            "network", "warn", Phrase(QT_TRANSLATE_NOOP("Technician", "slow: %1"), summary), details
        )
    return CheckResult("network", "ok", summary, details)


def _tls_mode(section: ApiSection) -> Phrase:
    if not section.base_url.startswith("https://"):
        return Phrase(QT_TRANSLATE_NOOP("Technician", "none (plain http)"))
    if section.verify_tls:
        return Phrase(QT_TRANSLATE_NOOP("Technician", "verified"))
    return Phrase(QT_TRANSLATE_NOOP("Technician", "not verified (api.verify_tls is off)"))


def _api_failure(error: ApiError, section: ApiSection) -> tuple[Level, Phrase]:
    """The level and message of a failed authenticated call."""
    if error.kind == "unauthorized":
        return "fail", Phrase(
            QT_TRANSLATE_NOOP(
                "Technician", "device token refused (HTTP 401): check api.device_token (%1)"
            ),
            error.detail,
        )
    if error.kind == "network":
        return "fail", describe_network_error(error, section)
    if error.status == 429:
        return "warn", Phrase(
            QT_TRANSLATE_NOOP("Technician", "the province asks the kiosk to slow down (HTTP 429)")
        )
    if error.status is not None and error.status >= 500:
        return "fail", Phrase(
            QT_TRANSLATE_NOOP("Technician", "province API error (HTTP %1)"), error.status
        )
    return "fail", Phrase(
        QT_TRANSLATE_NOOP("Technician", "unexpected answer, not the province API? (%1)"),
        error.detail,
    )
