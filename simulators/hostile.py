"""What a hostile network or a broken province makes of the simulator's answers.

Pure functions from the answer the province meant to give to the bytes that arrive instead
(the mode names and what each does: ``simulators.faults.HOSTILE_MODES``). The streaming
modes (``drip``, ``slow_headers``, ``huge``) are written by the request handler itself.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

PORTAL_PAGE = (
    b"<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body>"
    b"<h1>Welcome! Please log in to use the Internet</h1>"
    b"<form method=post action=/login><input name=voucher><button>Connect</button></form>"
    b"</body></html>"
)
CATALOGUE_MODES = frozenset({"cursor_cycle", "cursor_endless", "gone_forever"})
STREAMING_MODES = frozenset({"drip", "slow_headers", "huge"})
DEEP_LEVELS = 100_000
IDENTIFYING = (
    "reference",
    "id",
    "procedure_id",
    "field_id",
    "code",
    "dossier_code",
    "number",
    "day",
    "kiosk_id",
    "status",
)


def rewrite(mode: str, status: int, body: Any) -> tuple[int, bytes, str]:
    """The status, body bytes and content type that arrive in place of ``body``."""
    json_type = "application/json; charset=utf-8"
    if mode == "portal":
        return 200, PORTAL_PAGE, "text/html; charset=utf-8"
    if mode == "error_200":
        return 200, b'{"error": "service temporarily unavailable"}', json_type
    if mode == "not_utf8":  # a Vietnamese note makes sure the bytes are not UTF-8
        noted = {"note": "Đã tiếp nhận", **body} if isinstance(body, dict) else body
        return (
            status,
            json.dumps(noted, ensure_ascii=False).encode("cp1258", "replace"),
            (json_type),
        )
    if mode == "nan":
        text = json.dumps(body, ensure_ascii=False)
        if text.startswith("{") and len(text) > 2:
            text = '{"ratio": NaN, "limit": Infinity, ' + text[1:]
        return status, text.encode(), json_type
    if mode == "deep":
        return status, b"[" * DEEP_LEVELS + b"]" * DEEP_LEVELS, json_type
    if mode == "wrong_types":
        return status, json.dumps(_numbers_for_strings(body)).encode(), json_type
    if mode == "mismatch":
        return status, json.dumps(_another_answer(body), ensure_ascii=False).encode(), json_type
    return status, json.dumps(body, ensure_ascii=False).encode(), json_type


def catalogue_page(mode: str, cursor: str) -> tuple[int, dict[str, Any]]:
    """A hostile answer to ``GET /catalogue/changes?cursor=…``."""
    if mode == "gone_forever":
        return 410, {"error": f"cursor {cursor!r} is too old; start again from the beginning"}
    position = int(cursor) if cursor.isdigit() else 0
    following = (position + 1) % 3 if mode == "cursor_cycle" else position + 1
    changes = [
        {
            "seq": following,
            "kind": "announcement",
            "id": f"noise-{following}",
            "op": "upsert",
            "data": {
                "id": f"noise-{following}",
                "kind": "notice",
                "title": "Thông báo",
                "body": "x" * 2000,
            },
        }
    ]
    return 200, {"cursor": str(following), "has_more": True, "changes": changes}


def _numbers_for_strings(value: Any) -> Any:
    if isinstance(value, str):
        return 12345
    if isinstance(value, dict):
        return {key: _numbers_for_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_numbers_for_strings(item) for item in value]
    return value


def _another_answer(body: Any) -> Any:
    """The same answer, but for something else: every identifying value changed."""
    if not isinstance(body, dict):
        return body
    other = dict(body)
    for key in IDENTIFYING:
        value = other.get(key)
        if key == "status" and value in ("printed", "print_failed"):
            other[key] = "print_failed" if value == "printed" else "printed"
        elif key == "day" and isinstance(value, str):
            other[key] = (date.fromisoformat(value) + timedelta(days=1)).isoformat()
        elif key == "number" and isinstance(value, str):
            other[key] = "Z999"
        elif key in ("code", "dossier_code") and isinstance(value, str):
            other[key] = value[:-1] + ("1" if value[-1] != "1" else "2")
        elif key != "status" and isinstance(value, str):
            other[key] = (value + "X")[-64:] if key != "reference" else "OTHER" + value[5:]
    if isinstance(other.get("amount_vnd"), int):
        other["amount_vnd"] += 1000
    return other
