"""Client for the provincial service API (httpx).

Every call has a timeout, every response is size-capped and validated into a typed model;
whatever goes wrong surfaces as :class:`ApiError` with a kind the caller can act on.
"""

from __future__ import annotations

import json
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from kiosk import __version__
from kiosk.domain import Catalogue, IssuedTicket

ErrorKind = Literal["network", "server", "unauthorized", "rejected", "invalid_response"]
ModelT = TypeVar("ModelT", bound=BaseModel)


class ApiError(Exception):
    """A failed API call. ``kind`` tells whether retrying can help."""

    def __init__(self, kind: ErrorKind, detail: str, status: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.status = status

    @property
    def retryable(self) -> bool:
        """Network trouble and server errors may pass; rejections and bad data will not."""
        return self.kind in ("network", "server")


class ProvinceApi:
    """Typed calls to the provincial API for one kiosk device."""

    def __init__(
        self,
        base_url: str,
        device_token: str,
        *,
        timeout_s: float = 5.0,
        max_response_bytes: int = 4_000_000,
        verify_tls: bool = True,
        kiosk_id: str = "",
    ) -> None:
        self.max_response_bytes = max_response_bytes
        self._client = httpx.Client(
            base_url=base_url,
            timeout=httpx.Timeout(timeout_s),
            verify=verify_tls,
            headers={
                "Authorization": f"Bearer {device_token}",
                "User-Agent": f"kiosk-dvc/{__version__}",
                "X-Kiosk-Id": kiosk_id,
            },
        )

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()

    def catalogue(self) -> Catalogue:
        """The office, counters, fields, procedures and announcements."""
        return self._call("GET", "/api/v1/catalogue", Catalogue)

    def issue_ticket(self, key: str, field_id: str, priority: bool, kiosk_id: str) -> IssuedTicket:
        """Ask the province for the next number in a field's queue (idempotent on ``key``)."""
        body = {"field_id": field_id, "priority": priority, "kiosk_id": kiosk_id}
        return self._call(
            "POST", "/api/v1/tickets", IssuedTicket, json_body=body,
            headers={"Idempotency-Key": key},
        )

    def report_print(self, ticket_id: str, printed: bool, reason: str = "") -> None:
        """Tell the province whether a ticket reached paper (only printed tickets are called)."""
        body = {"printed": printed, "reason": reason[:500]}
        self._call("POST", f"/api/v1/tickets/{ticket_id}/print-result", None, json_body=body)

    def _call(
        self,
        method: str,
        path: str,
        model: type[ModelT] | None,
        *,
        json_body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        try:
            with self._client.stream(method, path, json=json_body, headers=headers) as response:
                body = self._read_capped(response)
        except httpx.TimeoutException as exc:
            raise ApiError("network", f"{method} {path} timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise ApiError("network", f"{method} {path} failed: {exc}") from exc
        status = response.status_code
        if status == 401:
            raise ApiError("unauthorized", f"{method} {path}: device token refused", status)
        if status >= 500 or status == 429:
            raise ApiError("server", f"{method} {path}: HTTP {status}", status)
        if status >= 400:
            raise ApiError("rejected", f"{method} {path}: HTTP {status}: {_reason(body)}", status)
        if model is None:
            return None
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


def _reason(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return body[:200].decode("utf-8", "replace")
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        return data["error"][:200]
    return str(data)[:200]
