"""The provincial service API simulator: a real HTTP server on loopback with its own SQLite.

The reference server of ``docs/api/openapi.yaml``: sessions opened with a device token,
catalogue changes by cursor, queue numbers (online, and leased in blocks for offline use),
dossier look-up, online submissions, fee payments, ratings and heartbeats. Every POST except
``/auth/session`` and ``/heartbeat`` needs an ``Idempotency-Key``: the first outcome is
stored and replayed for the same payload, and the same key with another payload is a 422.

Faults (latency, 5xx, 429, dropped connections, truncated or invalid bodies, 401, expired
sessions, and the hostile answers of ``simulators.hostile``) are switched at run time
through ``simulator.faults.settings`` or ``POST /sim/faults``. Other ``/sim/`` routes steer
the simulated province from tests and demos: ``/sim/catalogue`` (append a catalogue
change), ``/sim/payments/{reference}`` (the bank reports), ``/sim/sessions/expire`` (revoke
every access token).

Run alone: ``python -m simulators.province_api --port 8080``.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import logging
import math
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import parse_qs, unquote

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from simulators import hostile, queue_pages
from simulators.faults import Fault, FaultInjector, FaultSettings
from simulators.province_store import (
    CCCD,
    DOSSIER_CODE,
    IDENTIFIER,
    ISO_DAY,
    PHONE,
    TICKET_NUMBER,
    ProvinceStore,
    SimulatorError,
)
from simulators.serving import LoggedErrors, ServerThread

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_TOKEN",
    "ROUTES",
    "Exchange",
    "ProvinceSimulator",
    "ProvinceStore",
    "Route",
    "SimulatorError",
]

log = logging.getLogger(__name__)

DEFAULT_SEED = Path(__file__).resolve().parent / "data" / "province.json"
DEFAULT_TOKEN = "demo-device-token"
MAX_REQUEST_BYTES = 64_000
HEARTBEAT_S = 60
IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9-]{8,64}")
TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
CURSOR = re.compile(r"0|[1-9][0-9]{0,17}")
LIMIT = re.compile(r"[0-9]{1,3}")
PAYMENT_REFERENCE = re.compile(r"[A-Z0-9]{6,25}")
LOCAL_REFERENCE = re.compile(r"[A-Za-z0-9._-]{1,64}-[0-9]{6}-[0-9]{4,5}")
APPOINTMENT_CODE = re.compile(r"LH[0-9A-Z]{6}")
MAX_PROBLEMS = 20
MAX_FORM_TEXT = 4000
SLOW_ANSWER_S = 120.0
IDENTIFIER_RULE = "1–64 letters, digits, '.', '_' or '-'"

Auth = Literal["none", "device", "session"]


@dataclass(frozen=True)
class Route:
    """One route: method, path template (OpenAPI style) and the handler method's name."""

    method: str
    template: str
    handler: str
    auth: Auth = "session"
    idempotent: bool = False
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        object.__setattr__(self, "pattern", re.compile(regex))


ROUTES: tuple[Route, ...] = (
    Route("GET", "/api/v1/health", "_health", auth="none"),
    Route("POST", "/api/v1/auth/session", "_open_session", auth="device"),
    Route("GET", "/api/v1/catalogue/changes", "_catalogue_changes"),
    Route("POST", "/api/v1/tickets", "_issue_ticket", idempotent=True),
    Route("POST", "/api/v1/tickets/{ticket_id}/print-result", "_print_result", idempotent=True),
    Route("POST", "/api/v1/ticket-blocks", "_lease_block", idempotent=True),
    Route(
        "POST",
        "/api/v1/ticket-blocks/{block_id}/tickets",
        "_report_offline_ticket",
        idempotent=True,
    ),
    Route("POST", "/api/v1/appointments/check-in", "_check_in", idempotent=True),
    Route("GET", "/api/v1/dossiers/{code}", "_dossier"),
    Route("POST", "/api/v1/submissions", "_submit", idempotent=True),
    Route("POST", "/api/v1/payments", "_create_payment", idempotent=True),
    Route("GET", "/api/v1/payments/{reference}", "_payment"),
    Route("POST", "/api/v1/ratings", "_rate", idempotent=True),
    Route("POST", "/api/v1/heartbeat", "_heartbeat"),
    Route("GET", "/api/v1/queue", "_queue"),
    Route("GET", "/sim/faults", "_sim_faults", auth="none"),
    Route("POST", "/sim/faults", "_sim_faults", auth="none"),
    Route("POST", "/sim/catalogue", "_sim_catalogue", auth="none"),
    Route("POST", "/sim/payments/{reference}", "_sim_payment", auth="none"),
    Route("POST", "/sim/sessions/expire", "_sim_expire_sessions", auth="none"),
    Route("POST", "/sim/appointments", "_sim_book", auth="none"),
    Route("POST", "/sim/appointments/{code}/cancel", "_sim_cancel", auth="none"),
    Route("GET", "/sim/counters", "_sim_counters", auth="none"),
    Route("GET", "/sim/counters/{counter_id}", "_sim_counter", auth="none"),
    Route("POST", "/sim/counters/{counter_id}/{action}", "_sim_counter_action", auth="none"),
    Route("GET", "/q/{ticket_id}", "_track_page", auth="none"),
    Route("GET", "/q/{ticket_id}/status", "_track_status", auth="none"),
)


@dataclass(frozen=True)
class Exchange:
    """One request and the simulator's answer, as handed to ``on_exchange``.

    ``status`` is 0 when the connection was dropped; ``body`` is what went on the wire
    (half of it when truncated); ``fault`` is the injected fault that shaped the answer.
    """

    method: str
    path: str
    query: str
    status: int
    headers: dict[str, str]
    body: bytes
    fault: Fault | None


@dataclass
class _Call:
    """What a handler needs of one request, after routing, authorisation and the key check."""

    route: Route
    params: dict[str, str]
    query: str
    raw: bytes
    key: str | None

    def json(self) -> Any:
        """The request body as JSON (an empty body is ``{}``); 400 when it is not JSON."""
        try:
            data = json.loads(
                self.raw or b"{}", parse_constant=_no_constant, parse_float=_finite_float
            )
            json.dumps(data, ensure_ascii=False).encode()  # lone surrogates cannot be stored
        except (ValueError, RecursionError):
            raise SimulatorError(400, "request body is not JSON (UTF-8, finite numbers)") from None
        if not isinstance(data, dict):
            raise SimulatorError(400, "request body must be a JSON object")
        return data

    def body(self, model: type[BodyT]) -> BodyT:
        """The request body read by ``model``: 400 when it is no JSON object, 422 (naming
        the field) when it breaks the contract."""
        try:
            return model.model_validate(self.json())
        except ValidationError as exc:
            raise SimulatorError(422, _refusal(exc)) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


# -- request bodies -----------------------------------------------------------------------
# One model per body the simulator reads, written from docs/api/openapi.yaml (never from the
# kiosk's own models: the province checks the contract on its own). JSON types are taken as
# they are (no "5" for 5, no 1 or "yes" for true), a field the contract does not know is
# refused, and every refusal is a 422 naming the field.


def _rule(pattern: re.Pattern[str], rule: str) -> AfterValidator:
    """Text that ``pattern`` matches whole; otherwise 'must be <rule>'."""

    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise PydanticCustomError("rule", "must be {rule}", {"rule": rule})
        return value

    return AfterValidator(check)


def _filled(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return value


def _moment(value: str) -> str:
    """An RFC 3339 timestamp with its UTC offset, kept as it was sent."""
    if TIMESTAMP.fullmatch(value):
        with contextlib.suppress(ValueError):
            datetime.fromisoformat(value)
            return value
    raise PydanticCustomError(
        "timestamp", "must be an RFC 3339 timestamp with offset, e.g. 2026-11-20T08:30:00+07:00"
    )


def _day(value: Any) -> Any:
    """A calendar day YYYY-MM-DD, read into a date."""
    if isinstance(value, str) and ISO_DAY.fullmatch(value):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    raise PydanticCustomError("day", "must be a date YYYY-MM-DD")


def _not_null(value: Any) -> Any:
    """An optional field may be left out, not sent as null."""
    if value is None:
        raise PydanticCustomError("null", "may be left out, but not null")
    return value


def _scalar(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A form value: one message, not one per kind of value it is not."""
    try:
        return handler(value)
    except ValidationError:
        raise PydanticCustomError(
            "scalar",
            "must be a string of at most {max} characters, a number, true/false or null",
            {"max": MAX_FORM_TEXT},
        ) from None


_FILLED = AfterValidator(_filled)
_NOT_NULL = BeforeValidator(_not_null)
Identifier = Annotated[str, _rule(IDENTIFIER, IDENTIFIER_RULE)]
Moment = Annotated[str, AfterValidator(_moment)]
Day = Annotated[date, BeforeValidator(_day)]
Reason = Annotated[str, Field(max_length=500)]
TicketNumber = Annotated[str, Field(max_length=5), _rule(TICKET_NUMBER, "a queue number like A101")]
IdNumber = Annotated[str, Field(max_length=12), _rule(CCCD, "12 digits (the personal ID)")]
AppointmentCode = Annotated[
    str, Field(max_length=8), _rule(APPOINTMENT_CODE, "LH and 6 capital letters or digits")
]
FormValue = Annotated[
    Annotated[str, Field(max_length=MAX_FORM_TEXT)] | int | float | bool | None,
    WrapValidator(_scalar),
]
BodyT = TypeVar("BodyT", bound="_Contract")


class _Contract(BaseModel):
    """A request body of the contract: strict JSON types, no unknown fields."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    def sent(self) -> dict[str, Any]:
        """The body as it was sent (a valid body holds these fields and nothing else)."""
        return self.model_dump(mode="json", exclude_unset=True)


class _SessionRequest(_Contract):
    kiosk_id: Identifier


class _TicketRequest(_Contract):
    field_id: Identifier
    priority: bool
    kiosk_id: Identifier


class _PrintResult(_Contract):
    printed: bool
    reason: Reason


class _TicketBlockRequest(_Contract):
    field_id: Identifier
    day: Day
    size: Annotated[int, Field(ge=1, le=200)]
    kiosk_id: Identifier


class _OfflineTicketReport(_Contract):
    """The fields of ``ProvinceStore.report_offline_ticket``."""

    number: TicketNumber
    field_id: Identifier
    priority: bool
    issued_at: Moment
    printed: bool
    reason: Reason
    kiosk_id: Identifier
    ticket_id: Annotated[Identifier | None, _NOT_NULL] = None  # kiosks before it leave it out
    appointment_code: Annotated[AppointmentCode | None, _NOT_NULL] = None


class _CheckInRequest(_Contract):
    """Exactly one of a booking code and an ID number (the handler checks which)."""

    code: Annotated[AppointmentCode | None, _NOT_NULL] = None
    citizen_id: Annotated[IdNumber | None, _NOT_NULL] = None
    kiosk_id: Identifier


class _SimBooking(_Contract):
    """``POST /sim/appointments``: a booking made online, by phone or at a counter."""

    field_id: Identifier
    starts_at: Moment
    channel: Literal["online", "phone", "counter"] = "online"
    citizen_id: Annotated[IdNumber | None, _NOT_NULL] = None


class _Consent(_Contract):
    given: bool  # false is the store's refusal, after the procedure and the form
    version: Annotated[str, Field(max_length=40), _FILLED]
    at: Moment


class _Applicant(_Contract):
    full_name: Annotated[str, Field(max_length=100), _FILLED]
    id_number: IdNumber
    phone: (
        Annotated[
            str, Field(max_length=12), _rule(PHONE, "a Vietnamese phone number like 0905123456")
        ]
        | None
    )


class _Submission(_Contract):
    """The fields of ``ProvinceStore.submit`` (but its key)."""

    procedure_id: Identifier
    form_id: Identifier
    kiosk_id: Identifier
    local_reference: Annotated[
        Annotated[
            str,
            Field(max_length=80),
            _rule(
                LOCAL_REFERENCE, "the kiosk id, a day yymmdd and a sequence, e.g. K1-261120-0003"
            ),
        ]
        | None,
        _NOT_NULL,
    ] = None
    submitted_at: Moment
    consent: _Consent
    applicant: _Applicant
    data: dict[str, FormValue]


class _PaymentRequest(_Contract):
    """The fields of ``ProvinceStore.create_payment`` (but its key)."""

    reference: Annotated[
        str, Field(max_length=25), _rule(PAYMENT_REFERENCE, "6–25 capital letters or digits")
    ]
    procedure_id: Identifier
    amount_vnd: Annotated[int, Field(ge=1, le=1_000_000_000_000)]
    dossier_code: (
        Annotated[
            str,
            Field(max_length=64),
            _rule(DOSSIER_CODE, "a dossier code like 000.00.17.H17-261120-0001"),
        ]
        | None
    )
    kiosk_id: Identifier


class _RatingRequest(_Contract):
    """The fields of ``ProvinceStore.add_rating`` (but its key)."""

    counter_id: Identifier
    score: Annotated[int, Field(ge=1, le=4)]
    reason: Reason
    ticket_number: TicketNumber | None
    rated_at: Moment
    kiosk_id: Identifier


class _Outbox(_Contract):
    pending: Annotated[int, Field(ge=0, le=1_000_000_000)]
    dead: Annotated[int, Field(ge=0, le=1_000_000_000)]
    oldest_pending_at: Moment | None


class _Printer(_Contract):
    state: Annotated[str, Field(max_length=40), _FILLED]
    detail: Annotated[str, Field(max_length=500)]
    checked_at: Annotated[Moment | None, _NOT_NULL] = None


class _Problem(_Contract):
    """A diagnostic check that is not ok."""

    name: Annotated[str, Field(max_length=40), _FILLED]
    level: Literal["warn", "fail"]
    summary: Annotated[str, Field(max_length=300), _FILLED]


class _Diagnostics(_Contract):
    """A heartbeat's diagnostic summary: the overall level and the checks that are not ok."""

    level: Literal["ok", "warn", "fail"]
    problems: Annotated[list[_Problem], Field(max_length=MAX_PROBLEMS)]


class _Heartbeat(_Contract):
    kiosk_id: Identifier
    version: Annotated[str, Field(max_length=64), _FILLED]
    sent_at: Moment
    outbox: _Outbox
    last_pull_at: Moment | None
    last_push_at: Moment | None
    catalogue_cursor: Annotated[str, Field(max_length=64)]
    printer: _Printer
    diagnostics: Annotated[_Diagnostics | None, _NOT_NULL] = None  # older kiosks leave it out


class _SimCatalogueChange(_Contract):
    """``POST /sim/catalogue``; the store judges the kind and the data."""

    kind: Annotated[str, Field(max_length=20), _FILLED]
    id: Identifier
    op: Annotated[str, Field(max_length=6), _FILLED]
    data: Any = None


class _SimPaymentReport(_Contract):
    """``POST /sim/payments/{reference}``; the store judges the status."""

    status: Annotated[str, Field(max_length=20), _FILLED]


_MESSAGES = {  # pydantic's error types, in the words of the simulator's other refusals
    "missing": "required",
    "extra_forbidden": "unknown field",
    "string_type": "must be a string",
    "bool_type": "must be true or false",
    "int_type": "must be an integer",
    "greater_than_equal": "must be {ge} or more",
    "less_than_equal": "must be {le} or less",
    "string_too_long": "longer than {max_length} characters",
    "too_long": "more than {max_length} items",
    "list_type": "must be a list",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "literal_error": "must be {expected}",
}


def _problem(error: ErrorDetails) -> str:
    """One problem: ``field.path[0].name: what is wrong``."""
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"])
    template = _MESSAGES.get(error["type"])
    text = template.format(**error.get("ctx", {})) if template else error["msg"]
    return f"{path.removeprefix('.') or 'body'}: {text}"


def _refusal(exc: ValidationError) -> str:
    """The 422 message: the first three problems, and how many more there are."""
    problems = [_problem(error) for error in exc.errors(include_url=False)]
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return "; ".join(problems[:3]) + more


def _looked_up(
    key: str,
    shape: re.Pattern[str],
    malformed: str,
    find: Callable[[str], dict[str, Any] | None],
    missing: str,
) -> tuple[int, dict[str, Any]]:
    """A GET of one record by the key in its path: 400 when the key is malformed, 404 when
    there is no such record."""
    if not shape.fullmatch(key):
        raise SimulatorError(400, malformed)
    found = find(key)
    if found is None:
        raise SimulatorError(404, f"{missing} {key}")
    return 200, found


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 60  # an idle keep-alive connection is closed after this
    disable_nagle_algorithm = True  # headers and body go in two writes: do not wait 40 ms

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    # -- request plumbing --------------------------------------------------------------------

    def _dispatch(self, method: str) -> None:
        if self.server.stopped:  # a keep-alive connection outliving stop(): hang up
            self.close_connection = True
            return
        path, _, query = self.path.partition("?")
        fault = self._fault() if path.startswith("/api/") else None
        mode = self.server.faults.settings.hostile if fault == "hostile" else ""
        if mode in hostile.CATALOGUE_MODES and path != "/api/v1/catalogue/changes":
            fault, mode = None, ""  # these modes spoil the catalogue only
        if fault == "drop":
            self.close_connection = True
            self._record(method, path, query, 0, {}, b"", fault)
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            raw = self._read_body()
            if fault == "server_error":
                raise SimulatorError(503, "injected fault: service unavailable")
            if fault == "throttle":
                raise SimulatorError(429, "injected fault: too many requests")
            if fault == "unauthorized":
                raise SimulatorError(
                    401,
                    "injected fault: device token revoked"
                    if path == "/api/v1/auth/session"
                    else "injected fault: token expired",
                )
            route, params = self._match(method, path)
            if fault == "session_expiry":
                if route.auth != "session":
                    fault = None  # only requests that need a session can find it expired
                else:
                    self.server.store.revoke_session(self._bearer())
                    raise SimulatorError(401, "session expired")
            self._authorize(route)
            call = _Call(route, params, query, raw, self._idempotency_key(route))
            if mode in hostile.CATALOGUE_MODES:
                cursor = parse_qs(query).get("cursor", [""])[0]
                status, body = hostile.catalogue_page(mode, cursor)
            else:
                status, body = getattr(self, route.handler)(call)
        except SimulatorError as exc:
            status, body = exc.status, exc.body()
        except Exception:  # the simulator must keep serving; the client sees a 500
            if self.server.stopped:  # a request caught by stop(): its store is closed
                log.debug("request %s %s ended by the simulator's stop", method, self.path)
                status, body = 503, {"error": "simulator stopped"}
            else:
                log.exception("simulator failed on %s %s", method, self.path)
                status, body = 500, {"error": "internal error"}
        if isinstance(body, str):
            payload, content_type = body.encode(), "text/html; charset=utf-8"
        elif mode and mode not in hostile.STREAMING_MODES:
            status, payload, content_type = hostile.rewrite(mode, status, body)
        else:
            payload = json.dumps(body, ensure_ascii=False).encode()
            content_type = "application/json; charset=utf-8"
        if fault == "invalid_json":
            payload = b'{"injected": "not json'
        self._send(method, path, query, status, payload, content_type, fault)

    def _fault(self) -> Fault | None:
        injector = self.server.faults
        if injector.settings.latency_ms:
            time.sleep(injector.settings.latency_ms / 1000)
        return injector.draw()

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise SimulatorError(400, "send the body with a Content-Length, not chunked")
        declared = self.headers.get("Content-Length") or "0"
        if not declared.isdigit():
            self.close_connection = True
            raise SimulatorError(400, "Content-Length is not a number")
        length = int(declared)
        if length > MAX_REQUEST_BYTES:
            if length <= 16 * MAX_REQUEST_BYTES:  # read it, so the client hears the answer
                while length > 0:
                    chunk = self.rfile.read(min(length, 65_536))
                    if not chunk:
                        break
                    length -= len(chunk)
            else:  # too much to read: hang up after answering
                self.close_connection = True
            raise SimulatorError(413, f"request body over {MAX_REQUEST_BYTES} bytes")
        return self.rfile.read(length)

    def _match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        path_known = False
        for route in ROUTES:
            match = route.pattern.fullmatch(path)
            if match is None:
                continue
            if route.method == method:
                return route, {k: unquote(v) for k, v in match.groupdict().items()}
            path_known = True
        if path_known:
            raise SimulatorError(405, f"{method} is not allowed on {path}")
        raise SimulatorError(404, f"no route {method} {path}")

    def _bearer(self) -> str:
        scheme, _, token = self.headers.get("Authorization", "").partition(" ")
        return token.strip() if scheme.lower() == "bearer" else ""

    def _authorize(self, route: Route) -> None:
        """Check the bearer token the route needs: none, the device token, or a session."""
        if route.auth == "none":
            return
        token = self._bearer()
        if not token:
            raise SimulatorError(401, "Authorization: Bearer <token> required")
        if route.auth == "device":
            if token not in self.server.device_tokens:
                raise SimulatorError(401, "device token not recognised")
            return
        problem = self.server.store.session_problem(token)
        if problem:
            raise SimulatorError(401, problem)

    def _idempotency_key(self, route: Route) -> str | None:
        if not route.idempotent:
            return None
        key = self.headers.get("Idempotency-Key")
        if key is None or not IDEMPOTENCY_KEY.fullmatch(key):
            raise SimulatorError(
                400, "Idempotency-Key header missing or malformed (8–64 letters, digits or '-')"
            )
        return key

    def _once(
        self, call: _Call, body: _Contract, work: Callable[[], tuple[int, dict[str, Any]]]
    ) -> tuple[int, dict[str, Any]]:
        """Run ``work`` under the request's Idempotency-Key (directly when it has none)."""
        if call.key is None:
            return work()
        request = {
            "route": f"{call.route.method} {call.route.template}",
            "params": call.params,
            "body": body.sent(),
        }
        return self.server.store.idempotent(call.key, request, work)

    def _send(
        self,
        method: str,
        path: str,
        query: str,
        status: int,
        payload: bytes,
        content_type: str,
        fault: Fault | None,
    ) -> None:
        settings = self.server.faults.settings
        headers = {"Content-Type": content_type, "Content-Length": str(len(payload))}
        if status == 429:
            headers["Retry-After"] = settings.retry_after or str(settings.retry_after_s)
            if settings.retry_after:
                fault = "hostile"  # a header against the contract, on purpose
        if fault == "truncate":  # promise the whole body, send half, hang up
            payload = payload[: len(payload) // 2]
            self.close_connection = True
        # recorded before sending, so whoever got the answer finds it recorded
        self._record(method, path, query, status, headers, payload, fault)
        if fault == "hostile" and settings.hostile in hostile.STREAMING_MODES:
            self._send_slowly(settings.hostile, status, headers, payload, settings.drip_ms / 1000)
            return
        self.send_response(status, HTTPStatus(status).phrase)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _send_slowly(
        self, mode: str, status: int, headers: dict[str, str], payload: bytes, pause_s: float
    ) -> None:
        """Drip the answer, drip headers for ever, or stream a body with no end; until the
        client hangs up or the simulator stops (at most ``SLOW_ANSWER_S``)."""
        self.close_connection = True
        until = time.monotonic() + SLOW_ANSWER_S
        try:
            if mode == "slow_headers":
                self.wfile.write(f"HTTP/1.1 {status} OK\r\n".encode())
                while time.monotonic() < until and not self.server.stopped:
                    self.wfile.write(b"X")
                    self.wfile.flush()
                    time.sleep(pause_s)
                return
            self.send_response(status, HTTPStatus(status).phrase)
            self.send_header("Content-Type", headers["Content-Type"])
            if mode == "huge":
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"[" + b"0," * 32_000 + b"0]"
                frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                while time.monotonic() < until and not self.server.stopped:
                    self.wfile.write(frame)
                return
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.flush()
            for index in range(len(payload)):
                if time.monotonic() > until or self.server.stopped:
                    return
                self.wfile.write(payload[index : index + 1])
                self.wfile.flush()
                time.sleep(pause_s)
        except OSError:  # the client gave up: what a kiosk with a deadline does
            return

    def _record(
        self,
        method: str,
        path: str,
        query: str,
        status: int,
        headers: dict[str, str],
        payload: bytes,
        fault: Fault | None,
    ) -> None:
        hook = self.server.on_exchange
        if hook is None:
            return
        try:
            hook(Exchange(method, path, query, status, headers, payload, fault))
        except Exception:  # an observer must not break the server
            log.exception("on_exchange hook failed")

    # -- the API -----------------------------------------------------------------------------

    def _health(self, call: _Call) -> tuple[int, dict[str, Any]]:
        return 200, {"status": "ok"}

    def _open_session(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_SessionRequest)
        return 200, self.server.store.create_session(body.kiosk_id)

    def _catalogue_changes(self, call: _Call) -> tuple[int, dict[str, Any]]:
        try:
            query = parse_qs(
                call.query,
                keep_blank_values=True,
                strict_parsing=bool(call.query),
                max_num_fields=10,
            )
        except ValueError:
            raise SimulatorError(400, "malformed query string") from None
        unknown = sorted(set(query) - {"cursor", "limit"})
        if unknown:
            raise SimulatorError(400, f"unknown query parameter {unknown[0]!r}")
        if any(len(values) > 1 for values in query.values()):
            raise SimulatorError(400, "give cursor and limit at most once")
        cursor = query.get("cursor", [""])[0]
        if cursor and not CURSOR.fullmatch(cursor):
            raise SimulatorError(400, "cursor must be empty or a cursor this server returned")
        limit_text = query.get("limit", ["200"])[0]
        if not LIMIT.fullmatch(limit_text) or not 1 <= int(limit_text) <= 500:
            raise SimulatorError(400, "limit must be an integer 1–500")
        changes, more = self.server.store.changes(int(cursor or 0), int(limit_text))
        return 200, {
            "cursor": str(changes[-1]["seq"]) if changes else cursor,
            "has_more": more,
            "changes": changes,
        }

    def _issue_ticket(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_TicketRequest)
        store, url = self.server.store, self.server.public_url
        return self._once(
            call,
            body,
            lambda: store.issue_ticket(body.field_id, body.priority, body.kiosk_id, url),
        )

    def _print_result(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_PrintResult)
        store, ticket_id = self.server.store, call.params["ticket_id"]
        return self._once(
            call, body, lambda: (200, store.record_print(ticket_id, body.printed, body.reason))
        )

    def _lease_block(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_TicketBlockRequest)
        store = self.server.store
        return self._once(
            call,
            body,
            lambda: (201, store.lease_block(body.field_id, body.day, body.size, body.kiosk_id)),
        )

    def _report_offline_ticket(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_OfflineTicketReport)
        store, block_id = self.server.store, call.params["block_id"]
        return self._once(
            call, body, lambda: (201, store.report_offline_ticket(block_id, **body.model_dump()))
        )

    def _check_in(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_CheckInRequest)
        if (body.code is None) == (body.citizen_id is None):
            raise SimulatorError(422, "give exactly one of code and citizen_id")
        store, url = self.server.store, self.server.public_url
        return self._once(
            call,
            body,
            lambda: store.check_in(
                code=body.code, citizen_id=body.citizen_id, kiosk_id=body.kiosk_id, public_url=url
            ),
        )

    def _dossier(self, call: _Call) -> tuple[int, dict[str, Any]]:
        return _looked_up(
            call.params["code"],
            DOSSIER_CODE,
            "malformed dossier code; expected e.g. 000.00.17.H17-261120-0001",
            self.server.store.dossier,
            "no dossier",
        )

    def _submit(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_Submission)
        store, key = self.server.store, call.key or ""
        return self._once(call, body, lambda: (201, store.submit(key, **body.model_dump())))

    def _create_payment(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_PaymentRequest)
        store, key = self.server.store, call.key or ""
        return self._once(call, body, lambda: (201, store.create_payment(key, **body.model_dump())))

    def _payment(self, call: _Call) -> tuple[int, dict[str, Any]]:
        return _looked_up(
            call.params["reference"],
            PAYMENT_REFERENCE,
            "malformed payment reference (6–25 capital letters or digits)",
            self.server.store.payment,
            "no payment",
        )

    def _rate(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_RatingRequest)
        store, key = self.server.store, call.key or ""
        return self._once(call, body, lambda: (201, store.add_rating(key, **body.model_dump())))

    def _heartbeat(self, call: _Call) -> tuple[int, dict[str, Any]]:
        body = call.body(_Heartbeat)
        server_time = self.server.store.record_heartbeat(body.sent())
        return 200, {"server_time": server_time, "next_heartbeat_s": HEARTBEAT_S}

    # -- simulator controls (not part of the API contract) --------------------------------

    def _sim_faults(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """GET shows, POST replaces the fault settings."""
        injector = self.server.faults
        if call.route.method == "POST":
            try:
                injector.settings = FaultSettings.from_json(call.json())
            except ValueError as exc:
                raise SimulatorError(422, str(exc)) from None
        return 200, injector.settings.to_json()

    def _sim_catalogue(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """Append a catalogue change: ``{"kind", "id", "op": "upsert"|"delete", "data"}``."""
        body = call.body(_SimCatalogueChange)
        store = self.server.store
        if body.op == "upsert":
            seq = store.upsert_entity(body.kind, body.id, body.data)
        elif body.op == "delete" and body.data is None:
            seq = store.delete_entity(body.kind, body.id)
        else:
            raise SimulatorError(422, "op must be upsert (with data) or delete (without)")
        return 200, {"seq": seq, "cursor": str(seq)}

    def _sim_payment(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """The bank reports on a payment: ``{"status": "paid"|…}``."""
        body = call.body(_SimPaymentReport)
        return 200, self.server.store.set_payment_status(call.params["reference"], body.status)

    def _sim_book(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """Book a field at a time (the province's booking site, phone line or counter)."""
        body = call.body(_SimBooking)
        starts_at = datetime.fromisoformat(body.starts_at)
        return 201, self.server.store.book(
            body.field_id, starts_at, channel=body.channel, citizen_id=body.citizen_id
        )

    def _sim_cancel(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """The citizen cancelled the booking."""
        return 200, self.server.store.cancel(call.params["code"])

    def _sim_expire_sessions(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """Revoke every access token: each kiosk must open a new session."""
        return 200, {"revoked": self.server.store.expire_sessions()}

    def _sim_counters(self, call: _Call) -> tuple[int, str]:
        """Links to each counter's page."""
        counters = sorted(self.server.store.catalogue["counters"], key=lambda c: c["number"])
        links = "".join(
            f'<li><a href="/sim/counters/{html.escape(c["id"])}">Quầy {c["number"]}</a></li>'
            for c in counters
        )
        return 200, f"<!doctype html><meta charset=utf-8><title>Quầy</title><ul>{links}</ul>"

    def _sim_counter(self, call: _Call) -> tuple[int, str]:
        store = self.server.store
        catalogue = store.catalogue
        counter = next(
            (c for c in catalogue["counters"] if c["id"] == call.params["counter_id"]), None
        )
        if counter is None:
            raise SimulatorError(404, f"no counter {call.params['counter_id']!r}")
        now = store.clock().astimezone(store.zone)
        offset = now.strftime("%z")
        return 200, queue_pages.counter_page(
            counter,
            store.queue_state(),
            catalogue["fields"],
            now.date(),
            f"{offset[:3]}:{offset[3:]}",
        )

    def _sim_counter_action(self, call: _Call) -> tuple[int, dict[str, Any]]:
        """An official at a counter: call-next, recall, done, no-show, transfer (field_id)."""
        store, counter_id, action = (
            self.server.store,
            call.params["counter_id"],
            call.params["action"],
        )
        if action == "call-next":
            return 200, {"called": store.call_next(counter_id)}
        if action == "recall":
            return 200, {"called": store.recall(counter_id)}
        if action in ("done", "no-show"):
            return 200, {"finished": store.finish(counter_id, action.replace("-", "_"))}
        if action == "transfer":
            field_id = call.json().get("field_id")
            if not isinstance(field_id, str):
                raise SimulatorError(422, "field_id required")
            return 200, {"transferred": store.transfer(counter_id, field_id)}
        raise SimulatorError(404, f"no counter action {action!r}")

    def _queue(self, call: _Call) -> tuple[int, dict[str, Any]]:
        return 200, self.server.store.queue_state()

    def _track_page(self, call: _Call) -> tuple[int, str]:
        store = self.server.store
        language = queue_pages.phone_language(
            parse_qs(call.query).get("lang", [""])[0], self.headers.get("Accept-Language", "")
        )
        progress = store.ticket_progress(call.params["ticket_id"])
        if progress is None:
            return 404, queue_pages.phone_page_not_found(language)
        office = store.catalogue["office"] or {}
        return 200, queue_pages.phone_page(call.params["ticket_id"], progress, office, language)

    def _track_status(self, call: _Call) -> tuple[int, dict[str, Any]]:
        progress = self.server.store.ticket_progress(call.params["ticket_id"])
        if progress is None:
            raise SimulatorError(404, "no such ticket")
        return 200, progress


class _Server(LoggedErrors, ThreadingHTTPServer):
    daemon_threads = True
    store: ProvinceStore
    device_tokens: frozenset[str]
    public_url: str
    faults: FaultInjector
    on_exchange: Callable[[Exchange], None] | None

    def __init__(self, address: tuple[str, int], handler: type[_Handler]) -> None:
        super().__init__(address, handler)
        self.stopped = False
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    def hang_up(self) -> None:
        """Stop answering: close every open (keep-alive) connection, refuse what follows."""
        self.stopped = True
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)


class ProvinceSimulator:
    """The simulated provincial API, serving on a background thread.

    ``on_exchange`` (optional) is called with an :class:`Exchange` for every answer, from
    the server's threads; tests use it to check answers against the API contract.
    """

    def __init__(
        self,
        db_path: Path,
        *,
        seed_path: Path = DEFAULT_SEED,
        host: str = "127.0.0.1",
        port: int = 0,
        device_tokens: frozenset[str] = frozenset({DEFAULT_TOKEN}),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        fault_seed: int | None = None,
        session_ttl_s: int = 3600,
        on_exchange: Callable[[Exchange], None] | None = None,
    ) -> None:
        self.store = ProvinceStore(db_path, seed_path, clock, session_ttl_s=session_ttl_s)
        self.faults = FaultInjector(fault_seed)
        self._server = _Server((host, port), _Handler)
        self._server.faults = self.faults
        self._server.store = self.store
        self._server.device_tokens = device_tokens
        self._server.on_exchange = on_exchange
        self.on_exchange = on_exchange
        host_name, bound_port = self._server.server_address[:2]
        assert isinstance(host_name, str)  # an IPv4 server's address: text, not bytes
        self.url = f"http://{host_name}:{bound_port}"
        self._server.public_url = self.url
        self._serving = ServerThread(self._server, "province-simulator")
        self._stopped = False

    def start(self) -> ProvinceSimulator:
        """Start serving; returns self."""
        self._serving.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the store (a second call does nothing)."""
        if self._stopped:
            return
        self._stopped = True
        self._serving.stop()
        self._server.hang_up()
        self.store.close()


def main() -> None:
    """Serve the simulator in the foreground."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--db", type=Path, default=Path("province-sim.db"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    simulator = ProvinceSimulator(args.db, port=args.port).start()
    print(f"province simulator on {simulator.url} (Ctrl+C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        simulator.stop()


if __name__ == "__main__":
    main()
