"""The technician audit log: one signed JSON line per technician event, appended only.

Every entry (accepted, refused, locked), every action a technician takes (with its target)
and every exit goes to ``technician-audit.jsonl`` in the log directory. Each line carries an
HMAC, keyed by a secret derived from the device token (which only the config file holds),
over itself and the previous line's, so a changed or removed line breaks the chain
(:func:`verify_audit_log`; ``kiosk diag`` reports it). The PIN is never written anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.paths import KioskPaths

log = logging.getLogger(__name__)

AUDIT_FILE = "technician-audit.jsonl"


def audit_key(device_token: str, kiosk_id: str) -> bytes:
    """The secret that signs the audit log and the lockout file of one kiosk."""
    return hashlib.sha256(f"kiosk-dvc technician\0{device_token}\0{kiosk_id}".encode()).digest()


def sign(key: bytes, entry: Mapping[str, Any]) -> str:
    """The HMAC of an entry (every field but ``mac``, in a fixed order)."""
    body = json.dumps(
        {k: v for k, v in entry.items() if k != "mac"},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuditCheck:
    """What :func:`verify_audit_log` found: the entries read, the verified chain's last
    entries (for the lockout), and the first problem ("" when the chain is whole)."""

    entries: int
    problem: str
    tail: tuple[dict[str, Any], ...] = ()


def verify_audit_log(path: Path, key: bytes, *, keep: int = 20) -> AuditCheck:
    """Check every line's HMAC and its link to the line before. A last line cut short (a
    power cut while it was written) is said as such; anything else that does not verify
    means a line was changed, added or removed by hand."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except FileNotFoundError:
        return AuditCheck(0, "")
    except OSError as exc:
        return AuditCheck(0, f"cannot be read: {exc}")
    torn = lines.pop() if lines else ""  # text after the last newline: a line cut short
    previous, signed = "", False
    tail: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        try:
            entry = json.loads(line)
            if not signed and isinstance(entry, dict) and "mac" not in entry:
                continue  # written by a kiosk version before the signatures
            signed = True
            ok = (
                isinstance(entry, dict)
                and entry.get("prev", "") == previous
                and (hmac.compare_digest(str(entry.get("mac", "")), sign(key, entry)))
            )
        except ValueError:
            ok = False
        if not ok:
            return AuditCheck(
                number, f"line {number} was changed, added or removed by hand", tuple(tail)
            )
        previous = entry["mac"]
        tail = [*tail[-(keep - 1) :], entry] if keep > 1 else [entry]
    return AuditCheck(
        len(lines),
        "the last line is incomplete (a power cut while writing?)" if torn.strip() else "",
        tuple(tail),
    )


class AuditLog:
    """Appends one signed JSON line per technician event to a file (thread-safe)."""

    def __init__(
        self,
        path: Path,
        kiosk_id: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        key: bytes = b"",
    ) -> None:
        self.path = path
        self.kiosk_id = kiosk_id
        self.key = key or audit_key("", kiosk_id)
        self._clock = clock
        self._lock = threading.Lock()
        self._last_mac: str | None = None  # read from the file by the first record

    def record(self, event: str, **details: Any) -> None:
        """Append ``event`` with its details; a failure to write is logged, never raised."""
        entry: dict[str, Any] = {
            "time": self._clock().isoformat(),
            "kiosk_id": self.kiosk_id,
            "event": event,
            **details,
        }
        with self._lock:
            if self._last_mac is None:
                self._last_mac = _last_mac(self.path)
            entry["prev"] = self._last_mac
            entry["mac"] = sign(self.key, entry)
            line = json.dumps(entry, ensure_ascii=False, default=str)
            log.info("technician audit: %s", line)
            try:
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                log.exception("technician audit log %s could not be written", self.path)
                return
            self._last_mac = entry["mac"]

    def verify(self) -> AuditCheck:
        """The chain of this log, checked."""
        return verify_audit_log(self.path, self.key)


def _last_mac(path: Path) -> str:
    """The HMAC of the last whole line of an audit log ("" when there is none)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 65536))
            lines = handle.read().decode("utf-8", "replace").split("\n")[:-1]
        return str(json.loads(lines[-1]).get("mac", "")) if lines else ""
    except (OSError, ValueError, AttributeError):
        return ""


def open_audit_log(config: Config, paths: KioskPaths) -> AuditLog:
    """The audit log of the configured kiosk."""
    return AuditLog(
        paths.log_dir / AUDIT_FILE,
        config.kiosk.id,
        key=audit_key(config.api.device_token, config.kiosk.id),
    )
