"""Client for the provincial service API (httpx).

Every call has a timeout, every response is size-capped and validated into a typed model;
whatever goes wrong surfaces as :class:`ApiError` with a kind the caller can act on.

The device token (from config) only opens a session (``POST /auth/session``); the session's
access token authorises every other call. When the province answers 401 the session is
dropped, a new one is opened and the call is made once more.
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from functools import partial
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk import __version__
from kiosk.cache import CatalogueChange
from kiosk.domain import (
    DossierStatus,
    IssuedTicket,
    Payment,
    SubmissionReceipt,
    TicketBlock,
)

ErrorKind = Literal["network", "server", "unauthorized", "rejected", "invalid_response"]
ModelT = TypeVar("ModelT", bound=BaseModel)
# Statuses with which the province refuses a request for good (the contract's error body
# required): retrying the same request cannot help. Other 4xx come from elsewhere.
REFUSALS = frozenset({400, 404, 409, 410, 413, 422})


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ChangePage(_Wire):
    """One page of catalogue changes after a cursor."""

    cursor: str
    has_more: bool
    changes: tuple[CatalogueChange, ...]


class Session(_Wire):
    """An access token for this device."""

    access_token: str
    expires_in: int


class Accepted(_Wire):
    """The province's acknowledgement of a delivered item (kept in the outbox)."""

    id: str | None = None
    status: str | None = None
    number: str | None = None


class HeartbeatReply(_Wire):
    """The province's answer to a heartbeat."""

    server_time: datetime
    next_heartbeat_s: int


class ApiError(Exception):
    """A failed API call. ``kind`` tells whether retrying can help.

    - network, server: the request may not have arrived, or the province could not answer;
      retrying later (with the same idempotency key) may pass;
    - unauthorized: the device token was refused even after opening a new session;
    - rejected: the province refused this request for good (422, 409, 404, …);
    - invalid_response: an answer arrived but broke the contract.
    """

    def __init__(self, kind: ErrorKind, detail: str, status: int | None = None,
                 retry_after_s: float = 0.0) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.status = status
        self.retry_after_s = retry_after_s


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
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self.kiosk_id = kiosk_id
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
                self._client = self._new_client()
            return self._client

    # -- catalogue and lookups ---------------------------------------------------------------

    def catalogue_changes(self, cursor: str, limit: int = 200) -> ChangePage:
        """Catalogue changes after ``cursor``; a 410 means: start again from ""."""
        return self._call("GET", "/api/v1/catalogue/changes", ChangePage,
                          params={"cursor": cursor, "limit": limit})

    def dossier(self, code: str) -> DossierStatus:
        """A dossier's live status; an unknown code is ApiError(kind="rejected", status=404)."""
        return self._call("GET", f"/api/v1/dossiers/{_segment(code)}", DossierStatus)

    def payment(self, reference: str) -> Payment:
        """Whether the province has received a fee payment."""
        return self._call("GET", f"/api/v1/payments/{_segment(reference)}", Payment)

    # -- tickets -----------------------------------------------------------------------------

    def issue_ticket(self, key: str, field_id: str, priority: bool) -> IssuedTicket:
        """Ask the province for the next number in a field's queue (idempotent on ``key``)."""
        body = {"field_id": field_id, "priority": priority, "kiosk_id": self.kiosk_id}
        return self._call("POST", "/api/v1/tickets", IssuedTicket, json_body=body, key=key)

    def report_print(self, key: str, ticket_id: str, printed: bool, reason: str) -> Accepted:
        """Tell the province whether a ticket it issued reached paper."""
        body = {"printed": printed, "reason": reason[:500]}
        return self._call("POST", f"/api/v1/tickets/{_segment(ticket_id)}/print-result",
                          Accepted, json_body=body, key=key)

    def lease_block(self, key: str, field_id: str, day: date, size: int) -> TicketBlock:
        """Lease ``size`` numbers of a field's queue on ``day`` for issuing offline."""
        body = {"field_id": field_id, "day": day.isoformat(), "size": size,
                "kiosk_id": self.kiosk_id}
        return self._call("POST", "/api/v1/ticket-blocks", TicketBlock, json_body=body, key=key)

    def report_offline_ticket(self, key: str, report: dict[str, Any]) -> Accepted:
        """Report a ticket issued offline from a leased block (``report`` as queued)."""
        body = {k: v for k, v in report.items() if k != "block_id"}
        body["kiosk_id"] = self.kiosk_id
        return self._call("POST", f"/api/v1/ticket-blocks/{_segment(report['block_id'])}/tickets",
                          Accepted, json_body=body, key=key)

    # -- citizens' submissions -------------------------------------------------------------

    def submit(self, key: str, submission: dict[str, Any]) -> SubmissionReceipt:
        """Deliver an online-service submission; the receipt carries the dossier code."""
        return self._call("POST", "/api/v1/submissions", SubmissionReceipt,
                          json_body={**submission, "kiosk_id": self.kiosk_id}, key=key)

    def create_payment(self, key: str, payment: dict[str, Any]) -> Payment:
        """Register a fee payment the citizen is about to make by VietQR."""
        return self._call("POST", "/api/v1/payments", Payment,
                          json_body={**payment, "kiosk_id": self.kiosk_id}, key=key)

    def rate(self, key: str, rating: dict[str, Any]) -> Accepted:
        """Deliver a citizen's rating of a counter."""
        return self._call("POST", "/api/v1/ratings", Accepted,
                          json_body={**rating, "kiosk_id": self.kiosk_id}, key=key)

    def heartbeat(self, report: dict[str, Any]) -> HeartbeatReply:
        """Tell the province this kiosk is alive, and how it is."""
        return self._call("POST", "/api/v1/heartbeat", HeartbeatReply,
                          json_body={**report, "kiosk_id": self.kiosk_id})

    # -- plumbing ----------------------------------------------------------------------------

    def _session_token(self) -> str:
        with self._session_lock:
            if not self._access_token:
                try:
                    session = self._send("POST", "/api/v1/auth/session", Session,
                                         json_body={"kiosk_id": self.kiosk_id},
                                         token=self._device_token)
                except ApiError as exc:
                    if exc.kind in ("unauthorized", "network", "server"):
                        raise
                    # the call itself was never made: whatever went wrong may pass
                    raise ApiError("server", f"no session: {exc.detail}", exc.status,
                                   exc.retry_after_s) from exc
                self._access_token = session.access_token
            return self._access_token

    def _drop_session(self, token: str) -> None:
        with self._session_lock:
            if self._access_token == token:
                self._access_token = ""

    def _call(self, method: str, path: str, model: type[ModelT], *,
              json_body: dict[str, Any] | None = None, params: dict[str, Any] | None = None,
              key: str | None = None) -> ModelT:
        for attempt in (1, 2):
            token = self._session_token()
            try:
                return self._send(method, path, model, json_body=json_body, params=params,
                                  token=token, key=key)
            except ApiError as exc:
                if exc.kind != "unauthorized" or attempt == 2:
                    raise
                self._drop_session(token)  # expired or revoked: open a new session, once
        raise AssertionError("unreachable")

    def _send(self, method: str, path: str, model: type[ModelT], *, token: str,
              json_body: dict[str, Any] | None = None, params: dict[str, Any] | None = None,
              key: str | None = None) -> ModelT:
        headers = {"Authorization": f"Bearer {token}"}
        if key is not None:
            headers["Idempotency-Key"] = key
        try:
            with self._http().stream(method, path, json=json_body, params=params,
                                     headers=headers) as response:
                body = self._read_capped(response)
        except httpx.TimeoutException as exc:
            raise ApiError("network", f"{method} {path} timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise ApiError("network", f"{method} {path} failed: {exc}") from exc
        status = response.status_code
        if status == 401:
            raise ApiError("unauthorized", f"{method} {path}: {_reason(body)}", status)
        if status >= 500 or status == 429:
            raise ApiError("server", f"{method} {path}: HTTP {status}", status,
                           _retry_after(response.headers.get("Retry-After")))
        if status >= 400:
            reason = _contract_error(body)
            if status in REFUSALS and reason is not None:
                raise ApiError("rejected", f"{method} {path}: HTTP {status}: {reason}", status)
            # not the province's answer (a proxy, a portal, a broken body): may pass
            raise ApiError("server", f"{method} {path}: HTTP {status} not from the API: "
                           f"{_reason(body)}", status)
        try:
            return model.model_validate(json.loads(body))
        except (ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0:3]
            raise ApiError(
                "invalid_response", f"{method} {path}: {' '.join(first)}", status
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
                raise ApiError(
                    "invalid_response", f"response over {self.max_response_bytes} bytes"
                )
            chunks.append(chunk)
        return b"".join(chunks)


def _contract_error(body: bytes) -> str | None:
    """The ``error`` message of a contract error body, or None if the body is not one."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        return str(data["error"])[:300]
    return None


def _reason(body: bytes) -> str:
    """The contract's error message, else the start of whatever the body was."""
    return _contract_error(body) or body[:200].decode("utf-8", "replace")


def _retry_after(value: str | None) -> float:
    """Seconds from a Retry-After header (delta-seconds form), capped at an hour."""
    try:
        return min(max(float(value or 0), 0.0), 3600.0)
    except ValueError:
        return 0.0


def _segment(value: str) -> str:
    """A path segment, percent-encoded so a scanned value cannot change the route."""
    return quote(value, safe="")
