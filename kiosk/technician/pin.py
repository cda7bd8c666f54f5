"""The technician PIN: its hash, and the gate that checks it with a lockout after wrong PINs.

- The PIN is kept only as a salted scrypt hash (``scrypt$n$r$p$salt$hash``, base64) in the
  config key ``technician.pin_hash`` (its format: :class:`kiosk.config.PinHash`); ``kiosk
  set-pin`` writes it. An empty hash disables technician mode.
- After ``FREE_TRIES`` wrong PINs in a row every further try waits: 30 s, then twice as
  long after each wrong PIN, at most ``MAX_DELAY_S``. The count and the end of the wait are
  kept in the data directory, so a restart does not reset them. The lockout file is signed
  like the audit log: one that was changed locks the entry for the longest wait; one that
  was deleted is rebuilt from the audit log's last entries, so neither resets the count.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from kiosk.config import Config, PinHash, parse_pin_hash
from kiosk.files import replace_file
from kiosk.paths import KioskPaths
from kiosk.technician.audit import AuditLog, open_audit_log, sign

log = logging.getLogger(__name__)

PIN_RULE = re.compile(r"[0-9]{6,12}")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB, about 50 ms on a kiosk PC
SALT_BYTES, HASH_BYTES = 16, 32
FREE_TRIES = 3
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 900.0
LOCKOUT_FILE = "technician-lockout.json"


def pin_problem(pin: str) -> str:
    """Why ``pin`` cannot be a technician PIN ("" when it can)."""
    return "" if PIN_RULE.fullmatch(pin) else "the PIN must be 6 to 12 digits (0-9)"


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The ``technician.pin_hash`` of a new PIN (a fresh random salt unless given)."""
    if problem := pin_problem(pin):
        raise ValueError(problem)
    salt = salt or secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )
    return PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, digest).encoded()


def lockout_delay_s(failures: int) -> float:
    """How long the next try waits after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_DELAY_S * 2.0 ** min(failures - FREE_TRIES, 30), MAX_DELAY_S)


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

    def __init__(
        self,
        pin_hash: str,
        state_file: Path,
        audit: AuditLog,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._hash = parse_pin_hash(pin_hash) if pin_hash else None
        self._state_file = state_file
        self.audit = audit
        self._clock = clock  # wall-clock seconds: the lockout must outlive a restart
        self._lock = threading.Lock()
        #: the lockout state while its file cannot be written (a full or read-only disk):
        #: the right PIN still opens, and wrong ones are still counted
        self._unsaved: tuple[int, float] | None = None

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
        self.audit.record(
            "entry", outcome=attempt.outcome, locked_for_s=round(attempt.locked_for_s)
        )
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
        if self._unsaved is not None:
            return self._unsaved
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
            if isinstance(state, dict) and "mac" not in state:  # unsigned: as if deleted
                return self._rebuilt_from_audit()
            failures, locked_until = int(state["failures"]), float(state["locked_until"])
            signed = hmac.compare_digest(
                str(state.get("mac", "")),
                sign(self.audit.key, {"failures": failures, "locked_until": locked_until}),
            )
        except OSError:  # deleted, never written, or on a disk that cannot be read
            return self._rebuilt_from_audit()
        except (ValueError, KeyError, TypeError):
            signed = False
        if not signed:  # changed by hand, or garbage: the longest wait, once, and a record
            log.warning("technician lockout file %s was tampered with", self._state_file)
            self.audit.record("lockout_tampered")
            failures, locked_until = FREE_TRIES, self._clock() + MAX_DELAY_S
            self._write_state(failures, locked_until)
        return failures, locked_until

    def _rebuilt_from_audit(self) -> tuple[int, float]:
        """The lockout as the audit log's last verified entries tell it (its file is gone:
        deleted, or never written)."""
        failures, last_wrong = 0, 0.0
        for entry in self.audit.verify().tail:
            if entry.get("event") != "entry":
                continue
            if entry.get("outcome") == "wrong":
                failures += 1
                with contextlib.suppress(ValueError, TypeError):
                    last_wrong = datetime.fromisoformat(str(entry["time"])).timestamp()
            elif entry.get("outcome") == "ok":
                failures = 0
        return failures, last_wrong + lockout_delay_s(failures) if failures else 0.0

    def _write_state(self, failures: int, locked_until: float) -> None:
        state = {"failures": failures, "locked_until": locked_until}
        try:
            replace_file(
                self._state_file,
                json.dumps({**state, "mac": sign(self.audit.key, state)}).encode(),
                private=True,
            )
        except OSError as exc:
            log.error("technician lockout not saved (%s); kept in memory", exc)
            self._unsaved = (failures, locked_until)
        else:
            self._unsaved = None


def open_gate(config: Config, paths: KioskPaths) -> TechnicianGate:
    """The technician gate of the configured kiosk."""
    return TechnicianGate(
        config.technician.pin_hash, paths.data_dir / LOCKOUT_FILE, open_audit_log(config, paths)
    )
