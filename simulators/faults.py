"""Faults the province simulator can inject, switchable while it runs.

Each request to ``/api/`` draws once from a seeded random generator and may be delayed,
answered 5xx or 429 (with Retry-After), refused as 401, dropped without an answer, cut off
mid-body, or answered with a body that is not JSON. A ``session_expiry`` draw answers 401
``session expired`` and revokes the presented access token; it applies only to requests that
need a session (the simulator answers the others normally).

``hostile`` switches on one way a hostile network or a broken province answers *every*
request to ``/api/`` (after the province has done the work, so a POST is stored and its
idempotency key taken): see :data:`HOSTILE_MODES`. ``retry_after`` replaces the Retry-After
header of a 429 with any text (``nan``, ``-5``, an HTTP date, garbage).
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

Fault = Literal[
    "server_error",
    "throttle",
    "drop",
    "truncate",
    "invalid_json",
    "unauthorized",
    "session_expiry",
    "hostile",
]
HOSTILE_MODES: dict[str, str] = {
    "portal": "a captive portal's HTML login page, status 200",
    "error_200": "the contract's error body sent with status 200",
    "drip": "the real answer, one byte every drip_ms",
    "slow_headers": "the status line, then a header byte every drip_ms, for ever",
    "not_utf8": "the real answer in Windows-1258 bytes, not UTF-8",
    "nan": "the real answer with a NaN and an Infinity in it",
    "deep": "JSON nested 100,000 levels deep",
    "wrong_types": "the real answer with every string turned into a number",
    "mismatch": "a valid answer for another request (other reference, id, field, day, code)",
    "huge": "a chunked body that never ends (no Content-Length)",
    "cursor_cycle": "catalogue pages whose cursors go round a circle, always has_more",
    "cursor_endless": "catalogue pages with a new cursor each time, always has_more",
    "gone_forever": "410 for every catalogue cursor, the empty one included",
}
"""The hostile answers, by name (``FaultSettings.hostile``)."""
RATE_FIELDS = (
    "server_error_rate",
    "throttle_rate",
    "drop_rate",
    "truncate_rate",
    "invalid_json_rate",
    "session_expiry_rate",
)
BODY_FAULTS: frozenset[Fault] = frozenset({"drop", "truncate", "invalid_json", "hostile"})
"""Faults that spoil the answer itself: what the client receives is not the server's answer."""


@dataclass(frozen=True)
class FaultSettings:
    """Probabilities (0–1) of each fault per request, plus fixed latency and 401 mode."""

    latency_ms: int = 0
    server_error_rate: float = 0.0
    throttle_rate: float = 0.0
    retry_after_s: int = 1
    drop_rate: float = 0.0
    truncate_rate: float = 0.0
    invalid_json_rate: float = 0.0
    session_expiry_rate: float = 0.0
    unauthorized: bool = False
    hostile: str = ""
    drip_ms: int = 1000
    retry_after: str = ""

    def __post_init__(self) -> None:
        if self.hostile and self.hostile not in HOSTILE_MODES:
            raise ValueError(f"hostile must be one of {', '.join(HOSTILE_MODES)}")
        if not 1 <= self.drip_ms <= 60_000:
            raise ValueError("drip_ms must be 1–60000")
        for name in RATE_FIELDS:
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if sum(getattr(self, name) for name in RATE_FIELDS) > 1.0:
            raise ValueError("fault rates must add up to at most 1")
        if not 0 <= self.latency_ms <= 60_000 or not 0 <= self.retry_after_s <= 3600:
            raise ValueError("latency_ms must be 0–60000 and retry_after_s 0–3600")

    @classmethod
    def from_json(cls, data: Any) -> FaultSettings:
        """Settings from a JSON object; unknown keys and wrong types raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError("fault settings must be a JSON object")
        known = {f.name: f.type for f in fields(cls)}
        unknown = set(data) - set(known)
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        for key, value in data.items():
            if key == "unauthorized" and not isinstance(value, bool):
                raise ValueError("unauthorized must be true or false")
            if key in ("hostile", "retry_after"):
                if not isinstance(value, str):
                    raise ValueError(f"{key} must be a string")
            elif key != "unauthorized" and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise ValueError(f"{key} must be a number")
        return replace(cls(), **data)

    def to_json(self) -> dict[str, Any]:
        """The settings as a JSON object."""
        return asdict(self)


class FaultInjector:
    """Draws the fault (if any) for each request from the current settings."""

    def __init__(self, seed: int | None = None) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self.settings = FaultSettings()

    def draw(self) -> Fault | None:
        """The fault for the next request, or None to answer normally."""
        settings = self.settings
        if settings.unauthorized:
            return "unauthorized"
        if settings.hostile:
            return "hostile"
        with self._lock:
            roll = self._random.random()
        for name in RATE_FIELDS:
            rate = getattr(settings, name)
            if roll < rate:
                return name.removesuffix("_rate")  # type: ignore[return-value]
            roll -= rate
        return None
