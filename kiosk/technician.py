"""Technician mode without Qt: the PIN, the lockout after wrong PINs, and the audit log.

- The PIN is kept only as a salted scrypt hash (``scrypt$n$r$p$salt$hash``, base64) in the
  config key ``technician.pin_hash``; ``kiosk set-pin`` writes it (:func:`write_pin_hash`).
  An empty hash disables technician mode.
- After ``FREE_TRIES`` wrong PINs in a row every further try waits: 30 s, then twice as
  long after each wrong PIN, at most ``MAX_DELAY_S``. The count and the end of the wait are
  kept in the data directory, so a restart does not reset them.
- Every entry (accepted, refused, locked), every action a technician takes (with its target)
  and every exit goes to ``technician-audit.jsonl`` in the log directory, one JSON object a
  line, appended only. The PIN is never written anywhere.

Also the helpers of the technician pages that need no Qt: the config as a technician may
see it (secrets masked), the tail of the kiosk log by level, and a raw scan as text and hex.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import shutil
import threading
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # kiosk.config validates pin_hash with parse_pin_hash from here
    from kiosk.config import Config
    from kiosk.paths import KioskPaths

log = logging.getLogger(__name__)

PIN_RULE = re.compile(r"[0-9]{6,12}")
SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB, about 50 ms on a kiosk PC
SALT_BYTES, HASH_BYTES = 16, 32
MAX_SCRYPT_MEMORY = 256 * 1024**2
FREE_TRIES = 3
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 900.0
LOCKOUT_FILE = "technician-lockout.json"
AUDIT_FILE = "technician-audit.jsonl"
SECRET_KEYS = frozenset({("api", "device_token"), ("technician", "pin_hash")})
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_RECORD_START = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|"
                           r"CRITICAL) ")
_TABLE_HEADER = re.compile(r"\s*\[\s*technician\s*\]\s*(#.*)?")
_PIN_HASH_LINE = re.compile(r"\s*pin_hash\s*=")


# -- the PIN ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PinHash:
    """A parsed ``technician.pin_hash``."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def encoded(self) -> str:
        """The form kept in the config file."""
        salt, digest = (base64.b64encode(part).decode() for part in (self.salt, self.digest))
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` hashes to this digest (compared in constant time)."""
        candidate = hashlib.scrypt(pin.encode(), salt=self.salt, n=self.n, r=self.r, p=self.p,
                                   dklen=len(self.digest),
                                   maxmem=MAX_SCRYPT_MEMORY + 128 * self.r * (self.p + 2))
        return hmac.compare_digest(candidate, self.digest)


def parse_pin_hash(encoded: str) -> PinHash:
    """Read ``scrypt$n$r$p$salt$hash``; raise ValueError saying what is wrong."""
    expected = ("expected the hash kiosk set-pin writes (scrypt$n$r$p$salt$hash), or empty "
                "to disable technician mode")
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError(expected)
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, digest = (base64.b64decode(part, validate=True) for part in parts[4:])
    except (ValueError, binascii.Error):
        raise ValueError(expected) from None
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or 128 * r * n * p > MAX_SCRYPT_MEMORY:
        raise ValueError(f"scrypt parameters n={n} r={r} p={p} are not usable; {expected}")
    if len(salt) < 8 or len(digest) < 16:
        raise ValueError(f"salt or hash too short; {expected}")
    return PinHash(n, r, p, salt, digest)


def pin_problem(pin: str) -> str:
    """Why ``pin`` cannot be a technician PIN ("" when it can)."""
    return "" if PIN_RULE.fullmatch(pin) else "the PIN must be 6 to 12 digits (0-9)"


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The ``technician.pin_hash`` of a new PIN (a fresh random salt unless given)."""
    if problem := pin_problem(pin):
        raise ValueError(problem)
    salt = salt or secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=HASH_BYTES)
    return PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, digest).encoded()


def lockout_delay_s(failures: int) -> float:
    """How long the next try waits after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_DELAY_S * 2 ** min(failures - FREE_TRIES, 30), MAX_DELAY_S)


# -- the audit log ------------------------------------------------------------------------

class AuditLog:
    """Appends one JSON line per technician event to a file (thread-safe)."""

    def __init__(self, path: Path, kiosk_id: str,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.path = path
        self.kiosk_id = kiosk_id
        self._clock = clock
        self._lock = threading.Lock()

    def record(self, event: str, **details: Any) -> None:
        """Append ``event`` with its details; a failure to write is logged, never raised."""
        line = json.dumps({"time": self._clock().isoformat(), "kiosk_id": self.kiosk_id,
                           "event": event, **details}, ensure_ascii=False, default=str)
        log.info("technician audit: %s", line)
        with self._lock:
            try:
                with self.path.open("a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                log.exception("technician audit log %s could not be written", self.path)


def open_audit_log(config: Config, paths: KioskPaths) -> AuditLog:
    """The audit log of the configured kiosk."""
    return AuditLog(paths.log_dir / AUDIT_FILE, config.kiosk.id)


# -- entry --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PinAttempt:
    """The answer to a PIN.

    ``outcome``: ``ok`` (technician mode may open), ``wrong``, ``locked`` (not even checked:
    a lockout runs) or ``disabled`` (no PIN is set). ``locked_for_s``: the wait before the
    next try; ``tries_left``: wrong PINs still possible before a lockout.
    """

    outcome: Literal["ok", "wrong", "locked", "disabled"]
    locked_for_s: float = 0.0
    tries_left: int = 0


class TechnicianGate:
    """Checks PINs against the hash, with a lockout kept in ``state_file``; audits entries."""

    def __init__(self, pin_hash: str, state_file: Path, audit: AuditLog, *,
                 clock: Callable[[], float] = time.time) -> None:
        self._hash = parse_pin_hash(pin_hash) if pin_hash else None
        self._state_file = state_file
        self.audit = audit
        self._clock = clock  # wall-clock seconds: the lockout must outlive a restart
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """Whether a PIN is set (without one, technician mode cannot be entered)."""
        return self._hash is not None

    def locked_for_s(self) -> float:
        """Seconds before the next PIN is checked (0: now)."""
        with self._lock:
            return self._remaining(self._read_state()[1])

    def try_pin(self, pin: str) -> PinAttempt:
        """Check ``pin`` (blocking: scrypt takes tens of milliseconds); audit the outcome."""
        attempt = self._check(pin)
        self.audit.record("entry", outcome=attempt.outcome,
                          locked_for_s=round(attempt.locked_for_s))
        return attempt

    def _check(self, pin: str) -> PinAttempt:
        if self._hash is None:
            return PinAttempt("disabled")
        if waiting := self.locked_for_s():
            return PinAttempt("locked", waiting)
        right = self._hash.matches(pin)  # outside the lock: it takes a while
        with self._lock:
            if right:
                self._write_state(0, 0.0)
                return PinAttempt("ok")
            failures = self._read_state()[0] + 1
            delay = lockout_delay_s(failures)
            self._write_state(failures, self._clock() + delay)
        return PinAttempt("wrong", delay, max(0, FREE_TRIES - failures))

    def _remaining(self, locked_until: float) -> float:
        # at most the longest delay: a clock set back cannot lock the kiosk for longer
        return min(max(0.0, locked_until - self._clock()), MAX_DELAY_S)

    def _read_state(self) -> tuple[int, float]:
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
            return int(state["failures"]), float(state["locked_until"])
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("technician lockout file %s unreadable; counting from zero",
                        self._state_file)
            return 0, 0.0

    def _write_state(self, failures: int, locked_until: float) -> None:
        _replace_file(self._state_file, json.dumps(
            {"failures": failures, "locked_until": locked_until}).encode())


def open_gate(config: Config, paths: KioskPaths) -> TechnicianGate:
    """The technician gate of the configured kiosk."""
    return TechnicianGate(config.technician.pin_hash, paths.data_dir / LOCKOUT_FILE,
                          open_audit_log(config, paths))


# -- kiosk set-pin ------------------------------------------------------------------------

def write_pin_hash(config_file: Path, encoded: str) -> None:
    """Set ``technician.pin_hash`` in ``config_file`` (created if missing), changing nothing
    else in it; raise ValueError when that cannot be done safely, OSError when not written."""
    data = config_file.read_bytes() if config_file.exists() else b""
    text = data.decode("utf-8")
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{config_file} is not valid TOML: {exc}") from None
    if not isinstance(before.get("technician", {}), dict):
        raise ValueError(f"technician in {config_file} is not a table")
    updated = _with_pin_hash(text, encoded)
    expected = {**before, "technician": {**before.get("technician", {}), "pin_hash": encoded}}
    try:
        after = tomllib.loads(updated)
    except tomllib.TOMLDecodeError:  # e.g. technician was an inline table
        after = None
    if after != expected:
        raise ValueError(f"cannot add the PIN to {config_file} safely; add it by hand under "
                         f'[technician]: pin_hash = "{encoded}"')
    config_file.parent.mkdir(parents=True, exist_ok=True)
    _replace_file(config_file, updated.encode("utf-8"))


def _with_pin_hash(text: str, encoded: str) -> str:
    """``text`` with the ``pin_hash`` line of ``[technician]`` set (added if missing)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    line = f'pin_hash = "{encoded}"{newline}'
    lines = text.splitlines(keepends=True)
    header = next((i for i, each in enumerate(lines) if _TABLE_HEADER.fullmatch(each.rstrip())),
                  None)
    if header is None:
        ending = "" if not text or text.endswith("\n") else newline
        gap = newline if text.strip() else ""
        return f"{text}{ending}{gap}[technician]{newline}{line}"
    end = next((i for i in range(header + 1, len(lines)) if lines[i].lstrip().startswith("[")),
               len(lines))
    found = next((i for i in range(header + 1, end) if _PIN_HASH_LINE.match(lines[i])), None)
    if found is None:
        lines.insert(header + 1, line)
    else:
        lines[found] = line
    return "".join(lines)


def _replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a power cut leaves the old or the new file)."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if path.exists():
        shutil.copymode(path, partial)
    os.replace(partial, path)


# -- what the technician pages show -------------------------------------------------------

def config_rows(config: Config, environ: Mapping[str, str]) -> list[tuple[str, str, bool]]:
    """Every config key as ``(section.key, value shown, set by an environment variable)``;
    secrets show only whether they are set."""
    rows = []
    for section_name, section in config:
        for key, value in section:
            if (section_name, key) in SECRET_KEYS:
                shown = "(set, hidden)" if value else "(empty)"
            else:
                shown = "(platform default)" if value is None else str(value)
            from_env = f"KIOSK_{section_name.upper()}_{key.upper()}" in environ
            rows.append((f"{section_name}.{key}", shown, from_env))
    return rows


def read_log_tail(path: Path, *, min_level: str = "DEBUG", max_lines: int = 300,
                  max_bytes: int = 256_000) -> list[str]:
    """The last ``max_lines`` lines of the log's records at ``min_level`` or above (a
    record's traceback lines go with it); [] when there is no log yet."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - max_bytes))
            data = handle.read()
    except FileNotFoundError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    if size > max_bytes:
        lines = lines[1:]  # the first line is probably cut
    floor = LOG_LEVELS.index(min_level)
    kept: list[str] = []
    keeping = floor == 0
    for line in lines:
        if start := _RECORD_START.match(line):
            keeping = LOG_LEVELS.index(start[1]) >= floor
        if keeping:
            kept.append(line)
    return kept[-max_lines:]


def describe_raw_scan(raw: bytes | str) -> tuple[str, str]:
    """A raw scan as readable text (control characters escaped) and as hex bytes."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    text = data.decode("utf-8", errors="backslashreplace")
    shown = "".join(char if char.isprintable() else _escaped(char) for char in text)
    return shown, data.hex(" ").upper()


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
