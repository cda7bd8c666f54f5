"""Client for the provincial service API (httpx).

Every call has an overall deadline (connect, headers and the whole body: see
``kiosk.sync.http_deadline``), every answer is size-capped while it streams, read as strict JSON
(UTF-8, no NaN or Infinity, bounded nesting) and validated into a typed model of
``docs/api/openapi.yaml``, and it must match the request it answers (the same reference, id,
field or day). Only such an answer is returned; whatever else arrives (a captive portal's
login page with status 200, an error document sent as 200, a body that drips forever) is an
:class:`ApiError` with a kind the caller can act on, so nothing is marked delivered, erased
or cached on its word.

The device token (from config) only opens a session (``POST /auth/session``); the session's
access token authorises every other call. When the province answers 401 the session is
dropped, a new one is opened and the call is made once more.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk import __version__
from kiosk.domain.appointments import CheckInRequest
from kiosk.domain.codes import TICKET_NUMBER
from kiosk.domain.model import (
    DossierStatus,
    IssuedTicket,
    Payment,
    QueueState,
    SubmissionReceipt,
    TicketBlock,
)
from kiosk.domain.payloads import (
    OfflineTicketPayload,
    PaymentPayload,
    RatingPayload,
    SubmissionPayload,
)
from kiosk.domain.province_text import plain_values
from kiosk.stores.cache import CatalogueChange

if TYPE_CHECKING:
    from kiosk.config import ApiSection

ErrorKind = Literal["network", "server", "unauthorized", "rejected", "invalid_response"]
ModelT = TypeVar("ModelT", bound=BaseModel)
# Statuses with which the province refuses a request for good (the contract's error body
# required): retrying the same request cannot help. Other 4xx come from elsewhere.
REFUSALS = frozenset({400, 404, 409, 410, 413, 422})
RETRY_AFTER_MIN_S = 1.0
RETRY_AFTER_MAX_S = 900.0
"""Whatever Retry-After says (NaN, negative, a date years away, garbage) is kept in here."""
MAX_NESTING = 64
"""Deeper JSON than this is no contract answer (and would exhaust the parser's stack)."""


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


WireId = Annotated[str, Field(min_length=1, max_length=64)]
PrintState = Literal["printed", "print_failed"]


class ChangePage(_Wire):
    """One page of catalogue changes after a cursor."""

    cursor: Annotated[str, Field(max_length=64)]
    has_more: bool
    changes: tuple[CatalogueChange, ...]


class Session(_Wire):
    """An access token for this device."""

    access_token: Annotated[str, Field(min_length=16, max_length=512)]
    token_type: Literal["Bearer"]
    expires_in: Annotated[int, Field(ge=1)]


class PrintResultAck(_Wire):
    """The province took a print result of a ticket it issued."""

    id: WireId
    status: PrintState


class OfflineTicketAck(_Wire):
    """The province took the report of a ticket issued offline."""

    id: WireId
    number: Annotated[str, Field(pattern=TICKET_NUMBER)]
    status: PrintState


class RatingReceipt(_Wire):
    """The province took a rating."""

    id: WireId
    received_at: datetime


class HeartbeatReply(_Wire):
    """The province's answer to a heartbeat."""

    server_time: datetime
    next_heartbeat_s: Annotated[int, Field(ge=1)]


class ApiError(Exception):
    """A failed API call. ``kind`` tells whether retrying can help.

    - network, server: the request may not have arrived, or the province could not answer;
      retrying later (with the same idempotency key) may pass;
    - unauthorized: the device token was refused even after opening a new session;
    - rejected: the province refused this request for good (422, 409, 404, …);
    - invalid_response: an answer arrived but broke the contract.
    """

    def __init__(
        self,
        kind: ErrorKind,
        detail: str,
        status: int | None = None,
        retry_after_s: float = 0.0,
        code: str = "",
        starts_at: datetime | None = None,
    ) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.status = status
        self.retry_after_s = retry_after_s
        self.code = code
        """The province's reason code for a refusal (``daily_cap_reached``), if it gave one."""
        self.starts_at = starts_at
        """The time of a booking whose check-in was refused, if the province said."""

    @property
    def cause(self) -> str:
        """What went wrong, without the details that change from call to call (for logging
        each cause once and counting them)."""
        return f"{self.kind} HTTP {self.status}" if self.status else self.kind


class ProvinceApi:
    """Typed calls to the provincial API for one kiosk device (thread-safe)."""

    def __init__(
        self,
        base_url: str,
        device_token: str,
        *,
        kiosk_id: str,
        timeout_s: float = 5.0,
        max_response_bytes: int = 4_000_000,
        verify_tls: bool = True,
        deadline_s: float = 15.0,
        lookup_deadline_s: float = 5.0,
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self.kiosk_id = kiosk_id
        self.deadline_s = deadline_s
        self.lookup_deadline_s = lookup_deadline_s
        self._device_token = device_token
        self._access_token = ""
        self._session_lock = threading.Lock()
        self._new_client = partial(
            httpx.Client,
            base_url=base_url,
            timeout=httpx.Timeout(timeout_s),
            verify=verify_tls,
            headers={"User-Agent": f"kiosk-dvc/{__version__}", "X-Kiosk-Id": kiosk_id},
        )
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()
        self._closed = False

    @classmethod
    def from_config(cls, section: ApiSection, kiosk_id: str) -> ProvinceApi:
        """The client for the configured province."""
        return cls(
            section.base_url,
            section.device_token,
            kiosk_id=kiosk_id,
            timeout_s=section.timeout_s,
            max_response_bytes=section.max_response_bytes,
            verify_tls=section.verify_tls,
            deadline_s=section.deadline_s,
            lookup_deadline_s=section.lookup_deadline_s,
        )

    def close(self) -> None:
        """Release the connection pool; no call can be made after."""
        with self._client_lock:
            self._closed = True
            if self._client is not None:
                self._client.close()

    def _http(self) -> httpx.Client:
        """The HTTP client, made by the first call: its TLS context and connection pool take
        tens of milliseconds, which the kiosk's start need not wait for."""
        with self._client_lock:
            if self._closed:
                raise RuntimeError("the province API client is closed")
            if self._client is None:
                from kiosk.sync import http_deadline  # with httpx: not on the start's path

                self._client = self._new_client()
                http_deadline.install(self._client)
            return self._client

    # -- catalogue and lookups ---------------------------------------------------------------

    def catalogue_changes(self, cursor: str, limit: int = 200) -> ChangePage:
        """Catalogue changes after ``cursor``; a 410 means: start again from ""."""
        return self._call(
            "GET",
            "/api/v1/catalogue/changes",
            ChangePage,
            params={"cursor": cursor, "limit": limit},
        )

    def queue(self) -> QueueState:
        """Today's queue: whom each counter serves, the latest calls (lookup deadline: a
        calling board asks every few seconds)."""
        return self._call("GET", "/api/v1/queue", QueueState, deadline_s=self.lookup_deadline_s)

    def dossier(self, code: str) -> DossierStatus:
        """A dossier's live status; an unknown code is ApiError(kind="rejected", status=404).

        A citizen waits for it: it has the lookup deadline."""
        return self._call(
            "GET",
            f"/api/v1/dossiers/{_segment(code)}",
            DossierStatus,
            deadline_s=self.lookup_deadline_s,
            matches=lambda found: _same("code", found.code, code),
        )

    def payment(self, reference: str) -> Payment:
        """Whether the province has received a fee payment (lookup deadline)."""
        return self._call(
            "GET",
            f"/api/v1/payments/{_segment(reference)}",
            Payment,
            deadline_s=self.lookup_deadline_s,
            matches=lambda found: _same("reference", found.reference, reference),
        )

    # -- tickets -----------------------------------------------------------------------------

    def issue_ticket(
        self, key: str, field_id: str, priority: bool, *, waiting: bool = True
    ) -> IssuedTicket:
        """Ask the province for the next number in a field's queue (idempotent on ``key``).

        ``waiting``: a citizen stands at the screen (lookup deadline; after it the ticket
        comes from the offline block); a replay by the sync engine has the longer deadline.
        """
        body = {"field_id": field_id, "priority": priority, "kiosk_id": self.kiosk_id}
        return self._call(
            "POST",
            "/api/v1/tickets",
            IssuedTicket,
            json_body=body,
            key=key,
            deadline_s=self.lookup_deadline_s if waiting else None,
            matches=lambda ticket: (
                _same("field_id", ticket.field_id, field_id)
                or _same("priority", ticket.priority, priority)
            ),
        )

    def check_in(self, key: str, request: CheckInRequest) -> IssuedTicket:
        """Check a booking in and get its ticket (idempotent on ``key``; a citizen waits:
        the lookup deadline)."""
        body: dict[str, Any] = {"kiosk_id": self.kiosk_id}
        if request.code is not None:
            body["code"] = request.code
        else:
            body["citizen_id"] = request.citizen_id
        return self._call(
            "POST",
            "/api/v1/appointments/check-in",
            IssuedTicket,
            json_body=body,
            key=key,
            deadline_s=self.lookup_deadline_s,
            matches=lambda ticket: (
                None
                if ticket.appointment is not None
                and (request.code is None or ticket.appointment.code == request.code)
                else "not the ticket of this booking"
            ),
        )

    def report_print(self, key: str, ticket_id: str, printed: bool, reason: str) -> PrintResultAck:
        """Tell the province whether a ticket it issued reached paper."""
        body = {"printed": printed, "reason": reason[:500]}
        return self._call(
            "POST",
            f"/api/v1/tickets/{_segment(ticket_id)}/print-result",
            PrintResultAck,
            json_body=body,
            key=key,
            matches=lambda ack: (
                _same("id", ack.id, ticket_id) or _same("status", ack.status, _print_state(printed))
            ),
        )

    def lease_block(self, key: str, field_id: str, day: date, size: int) -> TicketBlock:
        """Lease ``size`` numbers of a field's queue on ``day`` for issuing offline."""
        body = {
            "field_id": field_id,
            "day": day.isoformat(),
            "size": size,
            "kiosk_id": self.kiosk_id,
        }
        return self._call(
            "POST",
            "/api/v1/ticket-blocks",
            TicketBlock,
            json_body=body,
            key=key,
            matches=lambda block: (
                _same("field_id", block.field_id, field_id)
                or _same("day", block.day, day)
                or _same("kiosk_id", block.kiosk_id, self.kiosk_id)
                or (None if block.first <= block.last else "first is after last")
            ),
        )

    def report_offline_ticket(self, key: str, report: OfflineTicketPayload) -> OfflineTicketAck:
        """Report a ticket issued offline from a leased block."""
        body = {**report.body(block_id=True), "kiosk_id": self.kiosk_id}
        return self._call(
            "POST",
            f"/api/v1/ticket-blocks/{_segment(report.block_id)}/tickets",
            OfflineTicketAck,
            json_body=body,
            key=key,
            matches=lambda ack: (
                _same("number", ack.number, report.number)
                or _same("status", ack.status, _print_state(report.printed))
            ),
        )

    # -- citizens' submissions -------------------------------------------------------------

    def submit(self, key: str, submission: SubmissionPayload) -> SubmissionReceipt:
        """Deliver an online-service submission; the receipt carries the dossier code."""
        return self._call(
            "POST",
            "/api/v1/submissions",
            SubmissionReceipt,
            json_body={**submission.body(), "kiosk_id": self.kiosk_id},
            key=key,
            matches=lambda receipt: _same(
                "procedure_id", receipt.procedure_id, submission.procedure_id
            ),
        )

    def create_payment(self, key: str, payment: PaymentPayload) -> Payment:
        """Register a fee payment the citizen is about to make by VietQR."""
        return self._call(
            "POST",
            "/api/v1/payments",
            Payment,
            json_body={**payment.body(), "kiosk_id": self.kiosk_id},
            key=key,
            matches=lambda answer: (
                _same("reference", answer.reference, payment.reference)
                or _same("amount_vnd", answer.amount_vnd, payment.amount_vnd)
            ),
        )

    def rate(self, key: str, rating: RatingPayload) -> RatingReceipt:
        """Deliver a citizen's rating of a counter."""
        return self._call(
            "POST",
            "/api/v1/ratings",
            RatingReceipt,
            json_body={**rating.body(), "kiosk_id": self.kiosk_id},
            key=key,
        )

    def heartbeat(self, report: dict[str, Any]) -> HeartbeatReply:
        """Tell the province this kiosk is alive, and how it is."""
        return self._call(
            "POST",
            "/api/v1/heartbeat",
            HeartbeatReply,
            json_body={**report, "kiosk_id": self.kiosk_id},
        )

    # -- plumbing ----------------------------------------------------------------------------

    def _session_token(self) -> str:
        with self._session_lock:
            if not self._access_token:
                try:
                    session = self._send(
                        "POST",
                        "/api/v1/auth/session",
                        Session,
                        json_body={"kiosk_id": self.kiosk_id},
                        token=self._device_token,
                    )
                except ApiError as exc:
                    if exc.kind in ("unauthorized", "network", "server"):
                        raise
                    # the call itself was never made: whatever went wrong may pass
                    raise ApiError(
                        "server", f"no session: {exc.detail}", exc.status, exc.retry_after_s
                    ) from exc
                self._access_token = session.access_token
            return self._access_token

    def _drop_session(self, token: str) -> None:
        with self._session_lock:
            if self._access_token == token:
                self._access_token = ""

    def _call(
        self,
        method: str,
        path: str,
        model: type[ModelT],
        *,
        json_body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        key: str | None = None,
        deadline_s: float | None = None,
        matches: Callable[[ModelT], str | None] = lambda _answer: None,
    ) -> ModelT:
        """One call, a new session and a second try included, within one overall deadline
        (``deadline_s``, else the client's); ``matches`` names what of a valid answer does
        not fit the request (None when it fits)."""
        from kiosk.sync.http_deadline import deadline

        seconds = self.deadline_s if deadline_s is None else deadline_s
        with deadline(seconds):
            for attempt in (1, 2):
                token = self._session_token()
                try:
                    answer = self._send(
                        method,
                        path,
                        model,
                        json_body=json_body,
                        params=params,
                        token=token,
                        key=key,
                    )
                except ApiError as exc:
                    if exc.kind != "unauthorized" or attempt == 2:
                        raise
                    self._drop_session(token)  # expired or revoked: open a new session, once
                    continue
                if mismatch := matches(answer):
                    raise ApiError(
                        "invalid_response",
                        f"{method} {path}: the answer is not for this request ({mismatch})",
                    )
                return answer
        raise AssertionError("unreachable")

    def _send(
        self,
        method: str,
        path: str,
        model: type[ModelT],
        *,
        token: str,
        json_body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        key: str | None = None,
    ) -> ModelT:
        headers = {"Authorization": f"Bearer {token}"}
        if key is not None:
            headers["Idempotency-Key"] = key
        try:
            with self._http().stream(
                method, path, json=json_body, params=params, headers=headers
            ) as response:
                body = self._read_capped(response)
        except httpx.TimeoutException as exc:
            raise ApiError("network", f"{method} {path} timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise ApiError("network", f"{method} {path} failed: {exc}") from exc
        status = response.status_code
        if status == 401:
            raise ApiError("unauthorized", f"{method} {path}: {_reason(body)}", status)
        if status >= 500 or status == 429:
            raise ApiError(
                "server",
                f"{method} {path}: HTTP {status}",
                status,
                retry_after(response.headers.get("Retry-After")),
            )
        if status >= 400:
            refusal = _contract_error(body)
            if status in REFUSALS and refusal is not None:
                raise ApiError(
                    "rejected",
                    f"{method} {path}: HTTP {status}: {refusal.message}",
                    status,
                    code=refusal.code,
                    starts_at=refusal.starts_at,
                )
            # not the province's answer (a proxy, a portal, a broken body): may pass
            raise ApiError(
                "server",
                f"{method} {path}: HTTP {status} not from the API: {_reason(body)}",
                status,
            )
        if not 200 <= status < 300:
            raise ApiError(
                "invalid_response",
                f"{method} {path}: HTTP {status} is no answer of the API",
                status,
            )
        try:
            return model.model_validate(plain_values(parse_json(body)))
        except (ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0:3]
            kind = response.headers.get("Content-Type", "no content type")[:60]
            raise ApiError(
                "invalid_response",
                f"{method} {path}: not a contract answer ({kind}): {' '.join(first)}"[:500],
                status,
            ) from exc

    def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_response_bytes:
            raise ApiError("invalid_response", f"response of {declared} bytes is over the cap")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise ApiError("invalid_response", f"response over {self.max_response_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def parse_json(body: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, at most ``MAX_NESTING`` levels deep.

    Anything else raises ValueError (never RecursionError or MemoryError).
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"the body is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if _nesting(text) > MAX_NESTING:
        raise ValueError(f"JSON nested deeper than {MAX_NESTING} levels")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (RecursionError, MemoryError) as exc:
        raise ValueError(f"JSON that cannot be read ({type(exc).__name__})") from None


def _nesting(text: str) -> int:
    """An upper bound of the JSON's nesting depth (brackets inside strings count too)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_NESTING:
                break
        elif char in "]}":
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


@dataclass(frozen=True)
class _Refusal:
    """A contract error body: its message, its ``code`` ("" if none, or not a word) and the
    ``starts_at`` of a booking refused (None if none, or not an aware moment)."""

    message: str
    code: str
    starts_at: datetime | None


def _contract_error(body: bytes) -> _Refusal | None:
    """The contract error ``body`` holds, or None if it is not one."""
    try:
        data = parse_json(body)
    except ValueError:
        return None
    if not (isinstance(data, dict) and isinstance(data.get("error"), str)):
        return None
    code = data.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z_]{1,40}", code):
        code = ""
    return _Refusal(str(data["error"])[:300], code, _aware(data.get("starts_at")))


def _aware(value: object) -> datetime | None:
    """An RFC 3339 moment with its offset, else None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _reason(body: bytes) -> str:
    """The contract's error message, else the start of whatever the body was."""
    refusal = _contract_error(body)
    return refusal.message if refusal else body[:200].decode("utf-8", "replace")


def retry_after(value: str | None, now: datetime | None = None) -> float:
    """The pause a Retry-After header asks for, in seconds, within [1 s, 15 min].

    Both forms (delta-seconds and an HTTP date) are read; a missing header is 0 (no pause
    asked), anything unreadable, negative, NaN or huge is clamped.
    """
    if value is None or not value.strip():
        return 0.0
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return RETRY_AFTER_MIN_S
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if math.isnan(seconds):
        return RETRY_AFTER_MIN_S
    return min(max(seconds, RETRY_AFTER_MIN_S), RETRY_AFTER_MAX_S)


def _same(name: str, answered: object, asked: object) -> str | None:
    """None when the answer's ``name`` is what was asked, else what differs."""
    return None if answered == asked else f"{name} {answered!r}, asked {asked!r}"


def _print_state(printed: bool) -> PrintState:
    return "printed" if printed else "print_failed"


def _segment(value: str) -> str:
    """A path segment, percent-encoded so a scanned value cannot change the route."""
    return quote(value, safe="")
