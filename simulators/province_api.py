"""The provincial service API simulator: a real HTTP server on loopback with its own SQLite.

Seeded from ``assets/demo/province.json``. Issues queue numbers with a per-field prefix and
a daily sequence in the office's time zone, replays the first outcome for a repeated
``Idempotency-Key`` and answers 422 when the same key arrives with a different payload.

Faults (latency, 5xx, 429, dropped connections, truncated or invalid bodies, 401) are
switched at run time through ``simulator.faults.settings`` or ``POST /sim/faults``.

Run alone: ``python -m simulators.province_api --port 8080``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import logging
import re
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from simulators.faults import Fault, FaultInjector, FaultSettings
from simulators.serving import ServerThread

log = logging.getLogger(__name__)

DEFAULT_SEED = Path(__file__).resolve().parent.parent / "assets" / "demo" / "province.json"
DEFAULT_TOKEN = "demo-device-token"
MAX_REQUEST_BYTES = 64_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tickets (
    id TEXT PRIMARY KEY, field_id TEXT NOT NULL, prefix TEXT NOT NULL, day TEXT NOT NULL,
    seq INTEGER NOT NULL, number TEXT NOT NULL, counter_id TEXT NOT NULL,
    priority INTEGER NOT NULL, kiosk_id TEXT NOT NULL, status TEXT NOT NULL,
    issued_at TEXT NOT NULL, print_reason TEXT, UNIQUE (prefix, day, seq));
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL);
"""


class SimulatorError(Exception):
    """An HTTP error answer: status and a message for the ``error`` field."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ProvinceStore:
    """The simulator's persistent state (one SQLite file, one lock)."""

    def __init__(self, db_path: Path, seed_path: Path, clock: Callable[[], datetime]) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self.clock = clock
        if self._document("catalogue") is None:
            seed = json.loads(seed_path.read_text(encoding="utf-8"))
            seed.pop("format", None)
            self._db.execute("INSERT INTO documents VALUES ('catalogue', ?)",
                             (json.dumps(seed, ensure_ascii=False),))
        self.catalogue: dict[str, Any] = json.loads(self._document("catalogue") or "{}")
        self.zone = ZoneInfo(self.catalogue["office"].get("timezone", "Asia/Ho_Chi_Minh"))

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def _document(self, name: str) -> str | None:
        row = self._db.execute("SELECT body FROM documents WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def idempotent(self, key: str, request: dict[str, Any],
                   work: Callable[[], tuple[int, dict[str, Any]]]) -> tuple[int, dict[str, Any]]:
        """Run ``work`` once per key; replay its answer for the same request, 422 otherwise."""
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
        with self._lock:
            row = self._db.execute(
                "SELECT request_hash, status, response FROM idempotency WHERE key = ?", (key,)
            ).fetchone()
            if row is not None:
                if row[0] != digest:
                    raise SimulatorError(422, "Idempotency-Key reused with a different payload")
                return row[1], json.loads(row[2])
            self._db.execute("BEGIN IMMEDIATE")
            try:
                status, response = work()
                self._db.execute("INSERT INTO idempotency VALUES (?, ?, ?, ?)",
                                 (key, digest, status, json.dumps(response, ensure_ascii=False)))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return status, response

    def issue_ticket(self, field_id: str, priority: bool, kiosk_id: str,
                     public_url: str) -> tuple[int, dict[str, Any]]:
        """Give the next number of the field's queue today (call inside ``idempotent``)."""
        field = next((f for f in self.catalogue["fields"] if f["id"] == field_id), None)
        if field is None:
            raise SimulatorError(422, f"unknown field_id {field_id!r}")
        counters = [c for c in self.catalogue["counters"] if field_id in c.get("field_ids", ())]
        if not counters:
            raise SimulatorError(409, f"no counter serves {field_id!r}")
        now = self.clock().astimezone(UTC)
        day = now.astimezone(self.zone).date().isoformat()
        prefix = field["queue_prefix"]
        (last,) = self._db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM tickets WHERE prefix = ? AND day = ?",
            (prefix, day)).fetchone()
        (ahead,) = self._db.execute(
            "SELECT COUNT(*) FROM tickets WHERE field_id = ? AND day = ? "
            "AND status IN ('issued', 'printed')", (field_id, day)).fetchone()
        load = dict(self._db.execute(
            "SELECT counter_id, COUNT(*) FROM tickets WHERE day = ? GROUP BY counter_id", (day,)
        ).fetchall())
        counter = min(counters, key=lambda c: (load.get(c["id"], 0), c["number"]))
        seq = last + 1
        ticket_id = str(uuid.uuid4())
        number = f"{prefix}{seq:03d}"
        self._db.execute(
            "INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?, NULL)",
            (ticket_id, field_id, prefix, day, seq, number, counter["id"], int(priority),
             kiosk_id, now.isoformat()))
        return 201, {
            "id": ticket_id, "number": number, "field_id": field_id, "field_name": field["name"],
            "counter": counter, "issued_at": now.isoformat(), "people_ahead": ahead,
            "track_url": f"{public_url}/q/{ticket_id}", "priority": priority,
        }

    def record_print(self, ticket_id: str, printed: bool, reason: str) -> dict[str, Any]:
        """Mark a ticket printed (it joins the queue) or print_failed (it never will)."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE tickets SET status = ?, print_reason = ? WHERE id = ?",
                ("printed" if printed else "print_failed", reason or None, ticket_id))
            if cursor.rowcount == 0:
                raise SimulatorError(404, f"no ticket {ticket_id}")
        return {"id": ticket_id, "status": "printed" if printed else "print_failed"}

    def ticket(self, ticket_id: str) -> dict[str, Any] | None:
        """One ticket as stored, or None."""
        with self._lock:
            cursor = self._db.execute("SELECT * FROM tickets WHERE id = ?", (ticket_id,))
            row = cursor.fetchone()
            names = [d[0] for d in cursor.description]
        return dict(zip(names, row, strict=True)) if row else None

    def tickets(self) -> list[dict[str, Any]]:
        """Every ticket, in issue order."""
        with self._lock:
            cursor = self._db.execute("SELECT * FROM tickets ORDER BY issued_at, seq")
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        fault = self._fault() if self.path.startswith("/api/") else None
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            if fault == "server_error":
                raise SimulatorError(503, "injected fault: service unavailable")
            if fault == "throttle":
                raise SimulatorError(429, "injected fault: too many requests")
            if fault == "unauthorized":
                raise SimulatorError(401, "injected fault: token expired")
            status, body = self._route(method)
        except SimulatorError as exc:
            status, body = exc.status, {"error": str(exc)}
        except Exception:  # the simulator must keep serving; the client sees a 500
            log.exception("simulator failed on %s %s", method, self.path)
            status, body = 500, {"error": "internal error"}
        if isinstance(body, str):
            payload, content_type = body.encode(), "text/html; charset=utf-8"
        else:
            payload = json.dumps(body, ensure_ascii=False).encode()
            content_type = "application/json; charset=utf-8"
        if fault == "invalid_json":
            payload = b'{"injected": "not json'
        self._send(status, payload, content_type, truncate=fault == "truncate")

    def _fault(self) -> Fault | None:
        injector = self.server.faults
        if injector.settings.latency_ms:
            time.sleep(injector.settings.latency_ms / 1000)
        return injector.draw()

    def _route(self, method: str) -> tuple[int, dict[str, Any] | str]:
        store = self.server.store
        path = self.path.split("?", 1)[0]
        if method == "GET" and path == "/api/v1/health":
            return 200, {"status": "ok"}
        if method == "GET" and (match := re.fullmatch(r"/q/([0-9a-f-]{36})", path)):
            return self._track_page(match.group(1))
        if path == "/sim/faults":
            return self._fault_settings(method)
        self._authorize()
        if method == "GET" and path == "/api/v1/catalogue":
            return 200, store.catalogue
        if method == "POST" and path == "/api/v1/tickets":
            request = self._json_body()
            key = self.headers.get("Idempotency-Key", "")
            if not re.fullmatch(r"[A-Za-z0-9-]{8,64}", key):
                raise SimulatorError(400, "Idempotency-Key header missing or malformed")
            field_id = request.get("field_id")
            if not isinstance(field_id, str):
                raise SimulatorError(422, "field_id must be a string")
            return store.idempotent(key, request, lambda: store.issue_ticket(
                field_id, bool(request.get("priority")), str(request.get("kiosk_id", ""))[:64],
                self.server.public_url))
        if method == "POST" and (
            match := re.fullmatch(r"/api/v1/tickets/([0-9a-f-]{36})/print-result", path)
        ):
            request = self._json_body()
            if not isinstance(request.get("printed"), bool):
                raise SimulatorError(422, "printed must be true or false")
            reason = str(request.get("reason", ""))[:500]
            return 200, store.record_print(match.group(1), request["printed"], reason)
        raise SimulatorError(404, f"no route {method} {path}")

    def _fault_settings(self, method: str) -> tuple[int, dict[str, Any]]:
        """GET shows, POST replaces the fault settings (a simulator control, not the API)."""
        injector = self.server.faults
        if method == "POST":
            try:
                injector.settings = FaultSettings.from_json(self._json_body())
            except ValueError as exc:
                raise SimulatorError(422, str(exc)) from None
        return 200, injector.settings.to_json()

    def _authorize(self) -> None:
        header = self.headers.get("Authorization", "")
        if header.removeprefix("Bearer ") not in self.server.device_tokens:
            raise SimulatorError(401, "device token missing or not recognised")

    def _json_body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            raise SimulatorError(413, "request body too large")
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            raise SimulatorError(400, "request body is not JSON") from None
        if not isinstance(data, dict):
            raise SimulatorError(400, "request body must be a JSON object")
        return data

    def _track_page(self, ticket_id: str) -> tuple[int, str]:
        ticket = self.server.store.ticket(ticket_id)
        if ticket is None:
            return 404, "<h1>Không tìm thấy số thứ tự</h1>"
        office = html.escape(self.server.store.catalogue["office"]["name"])
        return 200, (f"<!doctype html><meta charset=utf-8><title>{ticket['number']}</title>"
                     f"<h1>{ticket['number']}</h1><p>{office}</p><p>{ticket['status']}</p>")

    def _send(self, status: int, payload: bytes, content_type: str,
              truncate: bool = False) -> None:
        self.send_response(status, HTTPStatus(status).phrase)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        if status == 429:
            self.send_header("Retry-After", str(self.server.faults.settings.retry_after_s))
        self.end_headers()
        if truncate:  # promise the whole body, send half, hang up
            self.wfile.write(payload[: len(payload) // 2])
            self.close_connection = True
            return
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    store: ProvinceStore
    device_tokens: frozenset[str]
    public_url: str
    faults: FaultInjector


class ProvinceSimulator:
    """The simulated provincial API, serving on a background thread."""

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
    ) -> None:
        self.store = ProvinceStore(db_path, seed_path, clock)
        self.faults = FaultInjector(fault_seed)
        self._server = _Server((host, port), _Handler)
        self._server.faults = self.faults
        self._server.store = self.store
        self._server.device_tokens = device_tokens
        host_name, bound_port = self._server.server_address[:2]
        self.url = f"http://{host_name}:{bound_port}"
        self._server.public_url = self.url
        self._serving = ServerThread(self._server, "province-simulator")

    def start(self) -> ProvinceSimulator:
        """Start serving; returns self."""
        self._serving.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the store."""
        self._serving.stop()
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
