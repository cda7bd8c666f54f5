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
- Both are tamper-evident: each audit line carries an HMAC (keyed by a secret derived from
  the device token, which only the config file holds) over itself and the previous line's,
  so a changed or removed line breaks the chain (:func:`verify_audit_log`; ``kiosk diag``
  reports it); the lockout file carries one too. A lockout file that was changed locks the
  entry for the longest wait; one that was deleted is rebuilt from the audit log's last
  entries, so neither resets the count of wrong PINs.

Also the helpers of the technician pages that need no Qt: the config as a technician may
see it (secrets masked), the safe keys a technician may change (``EDITABLE_KEYS``, through
:func:`change_config_key`: validated like at start, written by the same careful text edit
as the PIN, for the next start; Restart kiosk exits with ``RESTART_EXIT_CODE``), the tail
of the kiosk log by level, and a raw scan as text and hex.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import logging
import math
import os
import re
import secrets
import stat
import threading
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:  # kiosk.config validates pin_hash with parse_pin_hash from here
    from pydantic.fields import FieldInfo

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

def audit_key(device_token: str, kiosk_id: str) -> bytes:
    """The secret that signs the audit log and the lockout file of one kiosk."""
    return hashlib.sha256(f"kiosk-dvc technician\0{device_token}\0{kiosk_id}".encode()).digest()


def _mac(key: bytes, entry: Mapping[str, Any]) -> str:
    """The HMAC of an entry (every field but ``mac``, in a fixed order)."""
    body = json.dumps({k: v for k, v in entry.items() if k != "mac"}, sort_keys=True,
                      ensure_ascii=False, default=str)
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
    previous, tail, signed = "", [], False
    for number, line in enumerate(lines, start=1):
        try:
            entry = json.loads(line)
            if not signed and isinstance(entry, dict) and "mac" not in entry:
                continue  # written by a kiosk version before the signatures
            signed = True
            ok = isinstance(entry, dict) and entry.get("prev", "") == previous and (
                hmac.compare_digest(str(entry.get("mac", "")), _mac(key, entry)))
        except ValueError:
            ok = False
        if not ok:
            return AuditCheck(number, f"line {number} was changed, added or removed by hand",
                              tuple(tail))
        previous = entry["mac"]
        tail = [*tail[-(keep - 1):], entry] if keep > 1 else [entry]
    return AuditCheck(len(lines), "the last line is incomplete (a power cut while writing?)"
                      if torn.strip() else "", tuple(tail))


class AuditLog:
    """Appends one signed JSON line per technician event to a file (thread-safe)."""

    def __init__(self, path: Path, kiosk_id: str,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 key: bytes = b"") -> None:
        self.path = path
        self.kiosk_id = kiosk_id
        self.key = key or audit_key("", kiosk_id)
        self._clock = clock
        self._lock = threading.Lock()
        self._last_mac: str | None = None  # read from the file by the first record

    def record(self, event: str, **details: Any) -> None:
        """Append ``event`` with its details; a failure to write is logged, never raised."""
        entry: dict[str, Any] = {"time": self._clock().isoformat(), "kiosk_id": self.kiosk_id,
                                 "event": event, **details}
        with self._lock:
            if self._last_mac is None:
                self._last_mac = _last_mac(self.path)
            entry["prev"] = self._last_mac
            entry["mac"] = _mac(self.key, entry)
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
    return AuditLog(paths.log_dir / AUDIT_FILE, config.kiosk.id,
                    key=audit_key(config.api.device_token, config.kiosk.id))


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
        if self._unsaved is not None:
            return self._unsaved
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
            if isinstance(state, dict) and "mac" not in state:  # unsigned: as if deleted
                return self._rebuilt_from_audit()
            failures, locked_until = int(state["failures"]), float(state["locked_until"])
            signed = hmac.compare_digest(str(state.get("mac", "")),
                                         _mac(self.audit.key, {"failures": failures,
                                                               "locked_until": locked_until}))
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
            _replace_file(self._state_file, json.dumps(
                {**state, "mac": _mac(self.audit.key, state)}).encode())
        except OSError as exc:
            log.error("technician lockout not saved (%s); kept in memory", exc)
            self._unsaved = (failures, locked_until)
        else:
            self._unsaved = None


def open_gate(config: Config, paths: KioskPaths) -> TechnicianGate:
    """The technician gate of the configured kiosk."""
    return TechnicianGate(config.technician.pin_hash, paths.data_dir / LOCKOUT_FILE,
                          open_audit_log(config, paths))


# -- writing the config file (kiosk set-pin, the Config page) -----------------------------

def write_pin_hash(config_file: Path, encoded: str) -> None:
    """Set ``technician.pin_hash`` in ``config_file`` (see :func:`write_config_value`)."""
    write_config_value(config_file, "technician", "pin_hash", encoded)


def write_config_value(config_file: Path, section: str, key: str,
                       value: str | int | float | bool) -> None:
    """Set ``section.key`` to ``value`` in ``config_file`` (created if missing) by editing
    its text: every other line, comment and the order stay as they were, and a comment at
    the end of the key's own line is kept. The new text is read back with tomllib and must
    hold exactly the old values plus this one, else nothing is written (ValueError, saying
    how to do it by hand); it replaces the file atomically (OSError when it cannot)."""
    literal = toml_literal(value)
    data = config_file.read_bytes() if config_file.exists() else b""
    try:
        text = data.decode("utf-8")
        before = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{config_file} is not valid TOML: {exc}") from None
    table = before.get(section, {})
    if not isinstance(table, dict):
        raise ValueError(f"{section} in {config_file} is not a table")
    updated = _with_value(text, section, key, literal)
    expected = {**before, section: {**table, key: value}}
    try:
        after = tomllib.loads(updated)
    except tomllib.TOMLDecodeError:  # e.g. the table was an inline table
        after = None
    if after != expected:
        raise ValueError(f"cannot set {section}.{key} in {config_file} safely; set it by hand "
                         f"under [{section}]: {key} = {literal}")
    config_file.parent.mkdir(parents=True, exist_ok=True)
    _replace_file(config_file, updated.encode("utf-8"))


def toml_literal(value: str | int | float | bool) -> str:
    """``value`` as a TOML value (a basic string for text)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return repr(value)
    if isinstance(value, str):  # JSON's escapes are TOML's, but TOML also escapes DEL
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    raise ValueError(f"{value!r} cannot be written to the config file")


def _with_value(text: str, section: str, key: str, literal: str) -> str:
    """``text`` with the ``key`` line of ``[section]`` set to ``literal`` (added if missing)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = [line for line in re.split(r"(?<=\n)", text) if line]
    header_line = re.compile(rf"\s*\[\s*{re.escape(section)}\s*\]\s*(#.*)?")
    header = next((i for i, each in enumerate(lines) if header_line.fullmatch(each.rstrip())),
                  None)
    if header is None:
        ending = "" if not text or text.endswith("\n") else newline
        gap = newline if text.strip() else ""
        return f"{text}{ending}{gap}[{section}]{newline}{key} = {literal}{newline}"
    end = next((i for i in range(header + 1, len(lines)) if lines[i].lstrip().startswith("[")),
               len(lines))
    key_line = re.compile(rf"([ \t]*){re.escape(key)}[ \t]*=(.*)", re.DOTALL)
    found = next((i for i in range(header + 1, end) if key_line.match(lines[i])), None)
    if found is not None:
        match = key_line.match(lines[found])
        assert match is not None
        body = match[2].rstrip("\r\n")
        lines[found] = (f"{match[1]}{key} = {literal}{_trailing_comment(body)}"
                        f"{match[2][len(body):]}")
        return "".join(lines)
    # after the table's last key, before the blank lines and comments leading to the next
    last = max((i for i in range(header + 1, end)
                if lines[i].strip() and not lines[i].lstrip().startswith("#")), default=header)
    if not lines[last].endswith("\n"):
        lines[last] += newline
    lines.insert(last + 1, f"{key} = {literal}{newline}")
    return "".join(lines)


def _trailing_comment(value_part: str) -> str:
    """The comment after the value in ``value_part`` (what follows ``key =``), with the
    spaces before it; "" when there is none."""
    for hash_sign in re.finditer("#", value_part):
        value = value_part[:hash_sign.start()]
        try:
            tomllib.loads(f"v = {value}")
        except tomllib.TOMLDecodeError:
            continue  # the # is inside a string
        return (value[len(value.rstrip()):] or " ") + value_part[hash_sign.start():]
    return ""


def _replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a power cut leaves the old or the new file).

    The config holds the device token and the PIN hash: a new file is 0600, an existing one
    keeps its mode less any access for others."""
    partial = path.with_name(path.name + ".partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = stat.S_IMODE(path.stat().st_mode) & ~0o007 if path.exists() else 0o600
        os.chmod(partial, mode)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


# -- the Config page: the keys a technician may change on the touchscreen -----------------

RESTART_EXIT_CODE = 75
"""The exit code of Restart kiosk (EX_TEMPFAIL). Quit kiosk exits 0, so a service with
``Restart=on-failure`` stays stopped; this code is not 0, so the service manager starts the
kiosk again (with systemd: ``Restart=on-failure``, or ``RestartForceExitStatus=75``)."""


@dataclass(frozen=True)
class EditableKey:
    """A config key the Config page may change: one of its allowed values (``step`` 0) or a
    whole number changed ``step`` at a time within the bounds of its config model."""

    section: str
    key: str
    help: str
    step: int = 0

    @property
    def name(self) -> str:
        """``section.key``."""
        return f"{self.section}.{self.key}"

    @property
    def env_name(self) -> str:
        """The environment variable that overrides the key."""
        return f"KIOSK_{self.section.upper()}_{self.key.upper()}"

    def choices(self) -> tuple[Any, ...]:
        """The values the config model allows (for a key that takes one of a few)."""
        return get_args(self._field().annotation)

    def bounds(self) -> tuple[int, int]:
        """The smallest and largest value the config model allows (for a number)."""
        metadata = self._field().metadata
        low = next(int(each.ge) for each in metadata if hasattr(each, "ge"))
        high = next(int(each.le) for each in metadata if hasattr(each, "le"))
        return low, high

    def _field(self) -> FieldInfo:
        from kiosk.config import SECTIONS

        return SECTIONS[self.section].model_fields[self.key]


EDITABLE_KEYS: tuple[EditableKey, ...] = (
    EditableKey("kiosk", "language", "Language of the citizen screens at start."),
    EditableKey("kiosk", "idle_timeout_s", "Seconds without a touch before a citizen's screen "
                "is wiped and Home comes back.", step=10),
    EditableKey("kiosk", "idle_warning_s", "The last seconds of that wait, shown as a "
                "countdown a touch cancels.", step=1),
    EditableKey("kiosk", "attract_after_s", "Seconds on an untouched Home before the "
                "announcements show (0: never).", step=10),
    EditableKey("kiosk", "result_screen_s", "Seconds a result (ticket printed, rating sent) "
                "stays on screen.", step=1),
    EditableKey("printer", "text_mode", "How Vietnamese reaches paper: raster works on every "
                "printer; only the modes of this printer's profile are offered."),
    EditableKey("printer", "paper_width_mm", "Width of the paper roll, in mm."),
    EditableKey("scanner", "priority_age", "A scanned ID card of someone this old or older "
                "offers a priority ticket.", step=1),
    EditableKey("logging", "level", "The lowest level written to the kiosk log."),
)


class ConfigEditRefused(ValueError):
    """Why a config change was not written (one line, for the technician; nothing was)."""


@dataclass(frozen=True)
class ConfigChange:
    """A config change written to ``file``: ``key`` went from ``old`` to ``new`` (the values
    the kiosk would have started with before and after)."""

    key: str
    old: Any
    new: Any
    file: Path


def editable_key(name: str) -> EditableKey:
    """The editable key called ``section.key``; KeyError for any other key."""
    found = next((spec for spec in EDITABLE_KEYS if spec.name == name), None)
    if found is None:
        raise KeyError(name)
    return found


def config_on_next_start(config_file: Path, environ: Mapping[str, str]) -> Config:
    """The config the kiosk would start with now (the file as it is, the environment's
    overrides on top); raise ConfigError when it would not start."""
    from kiosk.config import ConfigError, config_from_data

    try:
        return config_from_data(_file_data(config_file), config_file, environ)
    except ConfigEditRefused as exc:
        raise ConfigError(f"config error: {exc}") from None


def change_config_key(config_file: Path, name: str, value: Any, environ: Mapping[str, str],
                      *, check: Callable[[Config], str] | None = None) -> ConfigChange:
    """Set the editable key ``name`` to ``value`` in ``config_file`` for the next start.

    The whole config as the kiosk would then start (file and environment) is validated by
    the config models, then by ``check`` (which returns a problem, or ""), before anything
    is written; the file is changed by :func:`write_config_value`. Raise ConfigEditRefused,
    with nothing written, when the value is invalid, the key is set by an environment
    variable (the file would not win), or the file cannot be written safely.
    """
    from kiosk.config import ConfigError, config_from_data

    try:
        spec = editable_key(name)
    except KeyError:
        raise ConfigEditRefused(f"{name} cannot be changed here; edit {config_file} and "
                                "restart the kiosk") from None
    if spec.env_name in environ:
        raise ConfigEditRefused(
            f"{name} is set by the environment variable {spec.env_name}, which wins over the "
            f"config file; change or remove it where it is set (e.g. the service's "
            f"Environment=), then restart the kiosk")
    if problem := _write_problem(config_file):
        raise ConfigEditRefused(f"cannot write {config_file}: {problem}")
    data = _file_data(config_file)
    table = data.get(spec.section, {})
    if not isinstance(table, dict):
        raise ConfigEditRefused(f"[{spec.section}] in {config_file} is not a table")
    try:
        old = getattr(getattr(config_from_data(data, config_file, environ), spec.section),
                      spec.key)
    except ConfigError:
        old = table.get(spec.key)
    try:
        config = config_from_data({**data, spec.section: {**table, spec.key: value}},
                                  config_file, environ)
    except ConfigError as exc:
        raise ConfigEditRefused(str(exc).removeprefix("config error: ")) from None
    if check is not None and (problem := check(config)):
        raise ConfigEditRefused(problem)
    new = getattr(getattr(config, spec.section), spec.key)
    if spec.key not in table or table[spec.key] != new:
        try:
            write_config_value(config_file, spec.section, spec.key, new)
        except ValueError as exc:
            raise ConfigEditRefused(str(exc)) from None
        except OSError as exc:
            raise ConfigEditRefused(f"cannot write {config_file}: {exc.strerror or exc}") \
                from None
    log.info("config: %s changed from %r to %r in %s", name, old, new, config_file)
    return ConfigChange(name, old, new, config_file)


def _file_data(config_file: Path) -> dict[str, Any]:
    """The config file's values ({} when it does not exist)."""
    try:
        return tomllib.loads(config_file.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigEditRefused(f"cannot read {config_file}: {exc}") from None


def _write_problem(config_file: Path) -> str:
    """Why the kiosk's user cannot replace ``config_file`` ("" when it can)."""
    if config_file.exists():
        if not config_file.is_file():
            return "it is not a file"
        if not os.access(config_file, os.W_OK):
            return "the file is read-only for the kiosk's user"
    directory = config_file.parent
    while not directory.exists() and directory != directory.parent:
        directory = directory.parent  # the file and its folders would be created
    if not directory.is_dir():
        return f"{directory} is not a folder"
    if not os.access(directory, os.W_OK | os.X_OK):
        # an atomic write puts the new file beside the old one, then renames it
        return f"the kiosk's user may not write in the folder {directory}"
    return ""


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
