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
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

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
Rate = Annotated[float, Field(ge=0.0, le=1.0)]
"""A probability; a whole number (0 or 1) counts too."""
BODY_FAULTS: frozenset[Fault] = frozenset({"drop", "truncate", "invalid_json", "hostile"})
"""Faults that spoil the answer itself: what the client receives is not the server's answer."""


class FaultSettings(BaseModel):
    """Probabilities (0–1) of each fault per request, plus fixed latency and 401 mode; as the
    simulator's ``/sim/faults`` takes them (unknown keys and wrong types refused)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    latency_ms: Annotated[int, Field(ge=0, le=60_000)] = 0
    server_error_rate: Rate = 0.0
    throttle_rate: Rate = 0.0
    retry_after_s: Annotated[int, Field(ge=0, le=3600)] = 1
    drop_rate: Rate = 0.0
    truncate_rate: Rate = 0.0
    invalid_json_rate: Rate = 0.0
    session_expiry_rate: Rate = 0.0
    unauthorized: bool = False
    hostile: str = ""
    drip_ms: Annotated[int, Field(ge=1, le=60_000)] = 1000
    retry_after: str = ""

    @field_validator("hostile")
    @classmethod
    def _known_mode(cls, mode: str) -> str:
        if mode and mode not in HOSTILE_MODES:
            raise ValueError(f"hostile must be one of {', '.join(HOSTILE_MODES)}")
        return mode

    @model_validator(mode="after")
    def _rates_add_up(self) -> FaultSettings:
        if sum(getattr(self, name) for name in RATE_FIELDS) > 1.0:
            raise ValueError("fault rates must add up to at most 1")
        return self

    @classmethod
    def from_json(cls, data: Any) -> FaultSettings:
        """Settings from a JSON object; ValueError saying what is wrong (one line)."""
        if not isinstance(data, dict):
            raise ValueError("fault settings must be a JSON object")
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            problems = [
                error["msg"].removeprefix("Value error, ")
                if error["type"] == "value_error"  # the validators below name their field
                else f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
                for error in exc.errors()
            ]
            raise ValueError("; ".join(problems)) from None

    def to_json(self) -> dict[str, Any]:
        """The settings as a JSON object."""
        return self.model_dump()


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
