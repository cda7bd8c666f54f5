"""Kiosk configuration: one TOML file, every key overridable by an environment variable.

Precedence: built-in defaults < TOML file < ``KIOSK_<SECTION>_<KEY>`` environment variables.
The file comes from ``--config``, else ``KIOSK_CONFIG``, else ``kiosk.toml`` in the platform's
config directory (absent is fine: the defaults run the demo). Any invalid value raises
:class:`ConfigError` whose message is one line naming the key, the expected form and where
the value came from.
"""

from __future__ import annotations

import base64
import binascii
import importlib.util
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec
from msgspec import Meta

from kiosk.languages import CODES, DEFAULT_OFFERED

ENV_PREFIX = "KIOSK_"
CONFIG_PATH_ENV = "KIOSK_CONFIG"
MAX_CONFIG_BYTES = 1_000_000
SECRET_KEYS = frozenset({"api.device_token", "technician.pin_hash"})
"""Keys whose values are never repeated in an error message."""


PIN_HASH_SCHEME = "scrypt"
MAX_SCRYPT_MEMORY = 256 * 1024**2


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
        return f"{PIN_HASH_SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` hashes to this digest (compared in constant time)."""
        import hashlib  # only here: OpenSSL's bindings are 5 ms of the kiosk's start
        import hmac

        candidate = hashlib.scrypt(
            pin.encode(),
            salt=self.salt,
            n=self.n,
            r=self.r,
            p=self.p,
            dklen=len(self.digest),
            maxmem=MAX_SCRYPT_MEMORY + 128 * self.r * (self.p + 2),
        )
        return hmac.compare_digest(candidate, self.digest)


def parse_pin_hash(encoded: str) -> PinHash:
    """Read ``scrypt$n$r$p$salt$hash``; raise ValueError saying what is wrong."""
    expected = (
        "expected the hash kiosk set-pin writes (scrypt$n$r$p$salt$hash), or empty "
        "to disable technician mode"
    )
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != PIN_HASH_SCHEME:
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


class ConfigError(Exception):
    """A configuration problem, worded for the technician who must fix it (one line)."""


class KeyProblem(ValueError):
    """A value its section's own check refuses: ``key`` within the section, the ``value``
    refused, and why (the message)."""

    def __init__(self, key: str, value: object, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.value = value


class _Section(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A table of ``kiosk.toml``: each key's type and bounds are checked as it is read, an
    unknown key is refused, and ``__post_init__`` does the checks a type cannot say (raising
    :class:`KeyProblem`)."""


def _normalize(section: _Section, key: str, value: object) -> None:
    """Keep ``value`` as ``section.key`` (a section is frozen once checked)."""
    msgspec.structs.force_setattr(section, key, value)


class KioskSection(_Section, frozen=True):
    """The device itself and how it behaves in front of citizens."""

    id: Annotated[str, Meta(pattern=r"^[A-Za-z0-9._-]{1,64}$")] = "KIOSK-DEMO-01"
    #: the language of the screens at start, and after each citizen (``kiosk/languages.py``)
    language: str = "vi"
    #: the languages the citizen may switch to, in the order the language button goes
    languages: list[str] = msgspec.field(default_factory=lambda: list(DEFAULT_OFFERED))
    idle_timeout_s: Annotated[int, Meta(ge=10, le=3600)] = 90
    #: the last seconds of ``idle_timeout_s`` show a countdown that a touch cancels
    idle_warning_s: Annotated[int, Meta(ge=3, le=60)] = 15
    result_screen_s: Annotated[int, Meta(ge=3, le=120)] = 15
    #: seconds on an untouched Home before the announcements are shown (0: never)
    attract_after_s: Annotated[int, Meta(ge=0, le=3600)] = 60
    #: touches this soon after the screen changed are ignored (a double tap's second tap)
    tap_guard_ms: Annotated[int, Meta(ge=0, le=2000)] = 400
    #: seconds each announcement stays on screen
    announcement_s: Annotated[int, Meta(ge=3, le=120)] = 12
    #: the screen's visible width, to keep every touch target at least 15 mm wide
    screen_width_mm: Annotated[float, Meta(gt=100, le=3000)] = 476.0
    screen_width_px: Annotated[int, Meta(ge=640, le=8000)] = 1920
    fullscreen: bool = True
    #: where the on-screen keyboard's Telex puts the tone of oa, oe, uy: hòa (old), hoà (new)
    tone_style: Literal["old", "new"] = "old"

    def __post_init__(self) -> None:
        if self.language not in CODES:
            raise KeyProblem("language", self.language, f"expected one of {', '.join(CODES)}")
        offered = self.languages
        if (
            not offered
            or any(code not in CODES for code in offered)
            or len(set(offered)) != len(offered)
        ):
            raise KeyProblem(
                "languages", offered, f"expected a list of different codes among {', '.join(CODES)}"
            )
        if self.language not in offered:
            raise KeyProblem(
                "languages", offered, f"must include kiosk.language ({self.language!r})"
            )


class OfficeSection(_Section, frozen=True):
    """The one-stop office the kiosk stands in."""

    timezone: str = "Asia/Ho_Chi_Minh"

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise KeyProblem(
                "timezone",
                self.timezone,
                "expected an IANA time zone name such as Asia/Ho_Chi_Minh",
            ) from None


class ApiSection(_Section, frozen=True):
    """The provincial service API. An empty base_url is only allowed in the demo."""

    base_url: str = ""
    device_token: str = "demo-device-token"
    #: the longest wait for any one read of an answer
    timeout_s: Annotated[float, Meta(gt=0, le=120)] = 5.0
    #: the longest a background call (delivery, catalogue, lease, heartbeat) may take in all
    deadline_s: Annotated[float, Meta(ge=1, le=600)] = 15.0
    #: the longest a call a citizen waits for (a number, a dossier, a payment) may take in all
    lookup_deadline_s: Annotated[float, Meta(ge=1, le=60)] = 5.0
    max_response_bytes: Annotated[int, Meta(ge=10_000, le=100_000_000)] = 4_000_000
    verify_tls: bool = True

    def __post_init__(self) -> None:
        if self.base_url and not re.fullmatch(r"https?://[^\s/]+(/\S*)?", self.base_url):
            raise KeyProblem(
                "base_url",
                self.base_url,
                "expected an http:// or https:// URL, e.g. https://dvc.example.gov.vn",
            )
        _normalize(self, "base_url", self.base_url.rstrip("/"))


class PrinterSection(_Section, frozen=True):
    """The ticket printer. ``virtual`` is the demo's simulated printer.

    ``text_mode``: how Vietnamese reaches paper — ``raster`` (images from the bundled font;
    works on every printer), ``cp1258`` or ``tcvn3`` (the printer's own code pages: small and
    fast, if its firmware prints the marks well), ``cp1258-raster`` (the code page where it has
    the letters precomposed, raster elsewhere: for printers that print a tone mark beside its
    letter), ``ascii`` (accents stripped; last resort). ``kiosk print-test`` prints each mode
    the printer has so a technician can pick the one that reads right.
    ``check_status``: ask the printer for paper and cover state before and after each job
    (turn off only for a printer that never answers status queries).
    """

    uri: Annotated[str, Meta(min_length=1)] = "virtual"
    profile: Annotated[str, Meta(min_length=1)] = "TM-T20II"
    paper_width_mm: Literal[58, 80] = 80
    text_mode: Literal["raster", "cp1258", "cp1258-raster", "tcvn3", "ascii"] = "raster"
    timeout_s: Annotated[float, Meta(gt=0, le=120)] = 5.0
    status_timeout_s: Annotated[float, Meta(ge=0.05, le=10)] = 0.5
    check_status: bool = True

    def __post_init__(self) -> None:
        if self.uri != "virtual" and not re.fullmatch(
            r"(serial|usb|tcp|file|cups)://\S+", self.uri
        ):
            raise KeyProblem(
                "uri",
                self.uri,
                "expected serial:///dev/ttyUSB0?baudrate=115200, usb://04b8:0202, "
                "tcp://HOST:9100, file:///dev/usb/lp0, cups://QUEUE or virtual",
            )


class SyncSection(_Section, frozen=True):
    """How the kiosk keeps in step with the province while online and offline."""

    idle_s: Annotated[float, Meta(ge=1, le=3600)] = 30.0
    heartbeat_s: Annotated[float, Meta(ge=5, le=3600)] = 60.0
    backoff_base_s: Annotated[float, Meta(gt=0, le=60)] = 1.0
    backoff_cap_s: Annotated[float, Meta(ge=0.1, le=3600)] = 300.0
    #: while the province cannot be reached, how often at most it is probed (a catalogue
    #: pull): the kiosk is back online this soon after the network returns; delivery keeps
    #: the long backoff above
    offline_probe_s: Annotated[float, Meta(ge=1, le=60)] = 15.0
    block_size: Annotated[int, Meta(ge=5, le=200)] = 50


class ScannerSection(_Section, frozen=True):
    """The barcode scanner: ``keyboard`` (a USB scanner typing its codes, the demo's
    default), ``serial`` (a scanner on ``port``, 8N1, each code ended by ``suffix``) or
    ``evdev`` (Linux: a scanner in keyboard mode read from its input ``device``, grabbed so
    its keys never reach the window; ``prefix``, ``suffix`` and ``read_timeout_s`` apply)."""

    kind: Literal["keyboard", "serial", "evdev"] = "keyboard"
    port: str = ""
    device: str = ""
    baudrate: Literal[1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] = 9600
    prefix: Annotated[str, Meta(max_length=8)] = ""
    suffix: Literal["CR", "LF", "CRLF", "TAB"] = "CR"
    read_timeout_s: Annotated[float, Meta(ge=0.05, le=5)] = 0.3
    #: people this old or older are offered a priority ticket when their ID card is scanned
    priority_age: Annotated[int, Meta(ge=50, le=100)] = 60

    def __post_init__(self) -> None:
        if self.kind == "evdev" and not sys.platform.startswith("linux"):
            raise KeyProblem(
                "kind",
                self.kind,
                'an evdev scanner is read on Linux only: use "keyboard" or "serial" here',
            )
        if self.kind == "evdev" and importlib.util.find_spec("evdev") is None:
            raise KeyProblem(
                "kind",
                self.kind,
                "an evdev scanner needs python-evdev, which this installation lacks",
            )
        _normalize(self, "port", self.port.strip())
        if self.kind == "serial" and not self.port:
            raise KeyProblem(
                "port",
                self.port,
                "required for a serial scanner, e.g. /dev/serial/by-id/usb-Honeywell-if00 or COM4",
            )
        _normalize(self, "device", self.device.strip())
        if self.kind == "evdev" and not self.device:
            raise KeyProblem(
                "device",
                self.device,
                "required for an evdev scanner, e.g. /dev/input/by-id/usb-Honeywell-event-kbd "
                "or /dev/input/kiosk-scanner",
            )
        if not all(" " <= char <= "~" for char in self.prefix):
            raise KeyProblem(
                "prefix",
                self.prefix,
                "printable ASCII only (the characters the scanner sends before each code)",
            )


class PathsSection(_Section, frozen=True):
    """Where data and logs live; empty means the platform's standard directories."""

    data_dir: Path | None = None
    log_dir: Path | None = None


class LoggingSection(_Section, frozen=True):
    """Log verbosity and rotation."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: Annotated[int, Meta(ge=10_000, le=100_000_000)] = 1_000_000
    backups: Annotated[int, Meta(ge=1, le=50)] = 5


class TechnicianSection(_Section, frozen=True):
    """Technician mode: opened by ``entry_taps`` taps in the screen's top-left corner within
    ``entry_window_s`` seconds, then the PIN. ``pin_hash`` is written by ``kiosk set-pin``
    (a salted scrypt hash, never the PIN); empty disables technician mode."""

    pin_hash: str = ""
    entry_taps: Annotated[int, Meta(ge=3, le=10)] = 5
    entry_window_s: Annotated[float, Meta(ge=1, le=10)] = 3.0

    def __post_init__(self) -> None:
        _normalize(self, "pin_hash", self.pin_hash.strip())
        if self.pin_hash:
            try:
                parse_pin_hash(self.pin_hash)
            except ValueError as exc:
                raise KeyProblem("pin_hash", self.pin_hash, str(exc)) from None


_Command = list[Annotated[str, Meta(min_length=1)]]


class VoiceSection(_Section, frozen=True):
    """The kiosk's voice and the calling board's calls.

    ``guidance``: a screen's spoken guidance is read when the screen opens (``entry``), only
    when the citizen taps "Nghe hướng dẫn" (``button``), or never (``off``). ``calls``: the
    board speaks each call after a chime (``voice``), only chimes (``chime``) or is silent.
    Nothing is spoken from ``quiet_from_h`` to ``quiet_until_h`` (the office's hours; equal:
    never quiet). ``engine``: ``auto`` (``command`` when set, else espeak-ng), ``espeak-ng``
    (its ``espeak_voice`` for Vietnamese) or ``command``: a program that reads the text on
    its standard input and writes a WAV file where ``{wav}`` says, e.g. a Piper voice
    (``command_en`` the same for English; English falls back to espeak-ng). ``player``: the
    program that plays a WAV file (``{wav}``), e.g. ``aplay -D hdmi:0`` for a board's TV;
    empty: the system's own. Numbers are read the ``north`` way (linh, nghìn) or the
    ``south`` way (lẻ, ngàn). ``call_again_in``: the languages the board says each call in
    again, after Vietnamese (``["en"]``: "Number A 0 2 3, please go to counter 3")."""

    guidance: Literal["entry", "button", "off"] = "entry"
    calls: Literal["voice", "chime", "off"] = "voice"
    volume: Annotated[int, Meta(ge=0, le=100)] = 80
    quiet_from_h: Annotated[int, Meta(ge=0, le=23)] = 21
    quiet_until_h: Annotated[int, Meta(ge=0, le=23)] = 6
    reading: Literal["north", "south"] = "north"
    engine: Literal["auto", "espeak-ng", "command"] = "auto"
    espeak_voice: Annotated[str, Meta(pattern=r"^[A-Za-z0-9_+-]{1,40}$")] = "vi"
    rate_wpm: Annotated[int, Meta(ge=80, le=300)] = 140
    command: _Command = []
    command_en: _Command = []
    player: _Command = []
    call_again_in: list[Literal["en"]] = []
    """The languages ``kiosk.voice.calls`` has a call sentence in, besides Vietnamese."""

    def __post_init__(self) -> None:
        for key in ("command", "command_en", "player"):
            value = getattr(self, key)
            if value and not any("{wav}" in part for part in value):
                raise KeyProblem(
                    key, value, 'expected a program and its arguments, one of them "{wav}"'
                )
        if not self.command and self.engine == "command":
            raise KeyProblem(
                "command",
                self.command,
                'required for engine = "command", e.g. ["piper", "--model", '
                '"/opt/kiosk/voices/vi.onnx", "--output_file", "{wav}"]',
            )
        if len(set(self.call_again_in)) != len(self.call_again_in):
            raise KeyProblem("call_again_in", self.call_again_in, "expected each language once")


class Config(_Section, frozen=True):
    """The whole validated configuration."""

    kiosk: KioskSection = msgspec.field(default_factory=KioskSection)
    office: OfficeSection = msgspec.field(default_factory=OfficeSection)
    api: ApiSection = msgspec.field(default_factory=ApiSection)
    printer: PrinterSection = msgspec.field(default_factory=PrinterSection)
    sync: SyncSection = msgspec.field(default_factory=SyncSection)
    scanner: ScannerSection = msgspec.field(default_factory=ScannerSection)
    paths: PathsSection = msgspec.field(default_factory=PathsSection)
    logging: LoggingSection = msgspec.field(default_factory=LoggingSection)
    technician: TechnicianSection = msgspec.field(default_factory=TechnicianSection)
    voice: VoiceSection = msgspec.field(default_factory=VoiceSection)


SECTIONS: dict[str, type[_Section]] = {
    field.name: field.type
    for field in msgspec.structs.fields(Config)
    if isinstance(field.type, type) and issubclass(field.type, _Section)
}


def default_config_path() -> Path:
    """The platform's standard location of ``kiosk.toml``."""
    from kiosk.paths import config_dir

    return config_dir() / "kiosk.toml"


def config_file_path(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The file :func:`load_config` reads (or would read): ``path``, else ``$KIOSK_CONFIG``,
    else ``kiosk.toml`` in the platform's config directory."""
    environ = os.environ if environ is None else environ
    from_env = environ.get(CONFIG_PATH_ENV)
    return path or (Path(from_env) if from_env else default_config_path())


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read, merge and validate the configuration; raise ConfigError with a one-line reason."""
    environ = os.environ if environ is None else environ
    file_path = config_file_path(path, environ)
    explicit = path is not None or bool(environ.get(CONFIG_PATH_ENV))
    raw = _read_toml(file_path) if explicit or file_path.exists() else {}
    return config_from_data(raw, file_path, environ)


def config_from_data(
    data: Mapping[str, Any], file_path: Path, environ: Mapping[str, str]
) -> Config:
    """Validate ``data`` (as read from ``file_path``) with the environment's overrides on
    top, exactly as at start; raise ConfigError with a one-line reason. ``data`` is not
    changed."""
    raw: dict[str, Any] = {
        section: dict(values) if isinstance(values, dict) else values
        for section, values in data.items()
    }
    sources: dict[tuple[str, str], str] = {}
    for section, values in raw.items():
        for key in values if isinstance(values, dict) else ():
            sources[(section, key)] = str(file_path)
    for env_name, text in sorted(environ.items()):
        if not env_name.startswith(ENV_PREFIX) or env_name == CONFIG_PATH_ENV:
            continue
        section, key = _env_key(env_name)
        section_values = raw.setdefault(section, {})
        if not isinstance(section_values, dict):
            raise ConfigError(f"config error: [{section}] in {file_path} must be a table")
        section_values[key] = _env_value(text)
        sources[(section, key)] = f"environment variable {env_name}"
    try:
        return msgspec.convert(raw, Config, dec_hook=_path_from_text)
    except msgspec.ValidationError as exc:
        raise ConfigError(_describe(exc, raw, sources, file_path)) from None


def _path_from_text(kind: type, value: Any) -> Any:
    """A path key's text as a Path (the one type the sections use that msgspec lacks)."""
    if kind is Path and isinstance(value, str):
        return Path(value)
    raise ValueError(f"expected {kind.__name__}")  # msgspec names the key


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        if not path.is_file() and path.exists():
            raise ConfigError(f"config error: {path} is not a regular file")
        with path.open("rb") as handle:
            text = handle.read(MAX_CONFIG_BYTES + 1)
        if len(text) > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"config error: {path} is over {MAX_CONFIG_BYTES} bytes; not a kiosk config"
            )
        return tomllib.loads(text.decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config error: config file {path} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config error: {path} is not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config error: cannot read {path}: {exc}") from None


def _env_key(env_name: str) -> tuple[str, str]:
    rest = env_name[len(ENV_PREFIX) :].lower()
    section, _, key = rest.partition("_")
    if section not in SECTIONS or not key:
        known = ", ".join(f"{ENV_PREFIX}{s.upper()}_…" for s in SECTIONS)
        raise ConfigError(
            f"config error: environment variable {env_name} names no config key "
            f"(expected one of {known}, or {CONFIG_PATH_ENV})"
        )
    return section, key


def _env_value(text: str) -> Any:
    """Read an env value as a TOML value when it is one (80, true, 1.5), else as text."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _describe(
    exc: msgspec.ValidationError,
    raw: Mapping[str, Any],
    sources: Mapping[tuple[str, str], str],
    file_path: Path,
) -> str:
    """One line for the first problem msgspec met: the key, what it expects, the value
    refused (unless secret) and where that value came from."""
    message, separator, at = str(exc).rpartition(" - at `$")
    if not separator:
        message, at = str(exc), ""
    loc = re.findall(r"\.([^.\[`]+)", at)
    unknown = re.fullmatch(r"Object contains unknown field `(.*)`", message, re.DOTALL)
    if unknown:
        shown = unknown[1] if re.fullmatch(r"[\w-]+", unknown[1]) else repr(unknown[1])
        key = ".".join([*loc, shown])
        where = sources.get((loc[0], unknown[1]), str(file_path)) if loc else str(file_path)
        return f"config error: {key}: unknown key (from {where})"
    section = loc[0]
    values = raw.get(section)
    cause = exc.__cause__
    if isinstance(cause, KeyProblem):
        key, got, message = cause.key, cause.value, str(cause)
    elif len(loc) == 1:
        key, got, message = "", values, "expected a table of keys"
    else:
        key = loc[1]
        got = values.get(key) if isinstance(values, dict) else None
        message = f"expected {key_type_words(key_type(section, key))}"
    name = f"{section}.{key}" if key else section
    # a key left at its default may be wrong because of another key of its section
    where = sources.get((section, key)) or next(
        (source for (each, _), source in sources.items() if each == section),
        "defaults" if isinstance(values, dict) or values is None else str(file_path),
    )
    shown = " (the value is not shown)" if name in SECRET_KEYS else f", got {got!r}"
    return f"config error: {name}: {message}{shown} (from {where})"


def key_type(section: str, key: str) -> msgspec.inspect.Type:
    """The type ``section.key`` takes, with its bounds or allowed values."""
    import msgspec.inspect

    info = msgspec.inspect.type_info(SECTIONS[section])
    assert isinstance(info, msgspec.inspect.StructType)
    return next(field.type for field in info.fields if field.name == key)


def key_type_words(kind: msgspec.inspect.Type) -> str:
    """What a key of type ``kind`` takes, in words: "a whole number from 10 to 3600"."""
    import msgspec.inspect as types

    match kind:
        case types.LiteralType(values=values):
            return "one of " + ", ".join(repr(value) for value in values)
        case types.BoolType():
            return "true or false"
        case types.IntType() | types.FloatType():
            noun = "a whole number" if isinstance(kind, types.IntType) else "a number"
            return noun + _bounds_words(kind.gt, kind.ge, kind.lt, kind.le)
        case types.StrType(pattern=str(pattern)):
            return f"text matching {pattern}"
        case types.StrType(min_length=low, max_length=high):
            return (
                "text"
                + (" that is not empty" if low else "")
                + (f" of at most {high} characters" if high is not None else "")
            )
        case types.ListType(item_type=item):
            return f"a list, each item {key_type_words(item)}"
        case types.UnionType(types=choices):  # a path or None: TOML has no None to write
            return " or ".join(
                key_type_words(each) for each in choices if not isinstance(each, types.NoneType)
            )
        case types.CustomType(cls=cls) if cls is Path:
            return "a path"
        case _:
            return "another kind of value"


def _bounds_words(gt: float | None, ge: float | None, lt: float | None, le: float | None) -> str:
    if ge is not None and le is not None:
        return f" from {ge} to {le}"
    low = f"above {gt}" if gt is not None else f"at least {ge}" if ge is not None else ""
    high = f"below {lt}" if lt is not None else f"at most {le}" if le is not None else ""
    return " " + " and ".join(part for part in (low, high) if part) if low or high else ""
