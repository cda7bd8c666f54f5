"""A serial barcode/QR scanner: a reader thread that turns a serial port's bytes into scans.

A serial scanner (usually 9600 8N1, see DESIGN.md "Scanners") sends each code as
``prefix + code + suffix``. :class:`SerialScanner` reads the port with pyserial, cuts the
stream into codes and hands each one to ``on_scan`` as raw bytes, without prefix and suffix;
what the bytes mean is decided elsewhere. How the stream is cut:

- A code ends at the suffix, or after ``read_timeout_s`` of silence following its last byte:
  many scanners are set up without a suffix, and a scanner sends a code in one burst, so a
  code that stops arriving is complete as far as the line can tell. The price: a scanner set
  to a suffix that never comes is served ``read_timeout_s`` late, and a sender pausing longer
  than that within a code has it cut in two.
- CR and LF at either end of a code are removed (a scanner sending CRLF to a kiosk set to
  CR, or stray line noise). A code left empty, or made only of NUL bytes (what a line break
  condition reads as), is noise and is not delivered.
- With a prefix, a code starts after its first occurrence: bytes before it are noise, and a
  code without it is dropped.
- A code longer than ``max_scan_bytes`` is dropped up to its end (its suffix or a silence).
- A code cut short by the port going away is dropped.
- Dropped codes are logged by length and a masked preview only: a scan can hold personal
  data (a CCCD QR holds name, date of birth and address).

When the port goes away (a USB scanner unplugged: reading fails, or the device path is
gone), the reader reports "disconnected", closes it and tries to open it again every
``reconnect_s`` until that works (replugged), then reports "connected". No exception ends
the reader: it logs and retries. Both callbacks run on the reader thread.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Literal

import serial

from kiosk.input.scanner_thread import TICK_S, ScannerThread

log = logging.getLogger(__name__)

Suffix = Literal["CR", "LF", "CRLF", "TAB"]

SUFFIX_BYTES: dict[Suffix, bytes] = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t"}
PREVIEW_CHARS = 4
LINE_ENDS = b"\r\n"
NOISE = b"\r\n\x00"


@dataclass(frozen=True)
class SerialScannerSettings:
    """Where a serial scanner is and how it frames its codes (8N1)."""

    port: str
    """A device path, a stable ``/dev/serial/by-id/...`` path, or ``COM3``."""
    baudrate: int = 9600
    prefix: str = ""
    """What the scanner sends before each code (often nothing), one character per byte
    (latin-1): a control byte is written as ``"\\x02"``."""
    suffix: Suffix = "CR"
    read_timeout_s: float = 0.3
    """Silence after a code's last byte that ends the code when no suffix came."""
    max_scan_bytes: int = 2048
    reconnect_s: float = 1.0
    """How often to try opening the port while it cannot be opened."""

    def __post_init__(self) -> None:
        if not self.port:
            raise ValueError("port must name a serial device")
        if self.suffix not in SUFFIX_BYTES:
            raise ValueError(
                f"suffix must be one of {', '.join(SUFFIX_BYTES)}, not {self.suffix!r}"
            )
        try:
            self.prefix.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("prefix must be characters U+0000-U+00FF (one byte each)") from None
        for name in ("baudrate", "read_timeout_s", "max_scan_bytes", "reconnect_s"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


def _masked(head: bytes, length: int) -> str:
    """A code as a log may show it: its length and first few characters, never all of it."""
    preview = head[:PREVIEW_CHARS].decode("ascii", "backslashreplace")
    return f"{length} bytes, {preview!r}…"


class _Framer:
    """Cuts the port's byte stream into codes (see the module's rules)."""

    def __init__(self, settings: SerialScannerSettings) -> None:
        self._prefix = settings.prefix.encode("latin-1")
        self._suffix = SUFFIX_BYTES[settings.suffix]
        self._silence_s = settings.read_timeout_s
        self._max = settings.max_scan_bytes
        self._buffer = bytearray()
        self._overlong: tuple[bytes, int] | None = None  # its head and the bytes dropped so far
        self._last_byte_at = 0.0

    def feed(self, data: bytes, now: float) -> list[bytes]:
        """Take bytes read at ``now``; return the codes they complete."""
        self._buffer += data
        self._last_byte_at = now
        codes = []
        while (end := self._buffer.find(self._suffix)) != -1:
            frame = bytes(self._buffer[:end])
            del self._buffer[: end + len(self._suffix)]
            if (code := self._finish(frame)) is not None:
                codes.append(code)
        cut = len(self._buffer) - (len(self._suffix) - 1)  # keep a two-byte suffix's start
        if (self._overlong or len(self._buffer) > self._max) and cut > 0:
            head, dropped = self._overlong or (bytes(self._buffer[:PREVIEW_CHARS]), 0)
            self._overlong = (head, dropped + cut)
            del self._buffer[:cut]
        return codes

    def end_by_silence(self, now: float) -> bytes | None:
        """The code in progress if the line has been silent long enough since its last byte."""
        if not (self._buffer or self._overlong) or now - self._last_byte_at < self._silence_s:
            return None
        frame = bytes(self._buffer)
        self._buffer.clear()
        return self._finish(frame)

    def discard(self) -> None:
        """Drop the code in progress: the port went away in the middle of it."""
        if self._buffer or self._overlong:
            head, dropped = self._overlong or (bytes(self._buffer[:PREVIEW_CHARS]), 0)
            log.warning(
                "dropped a scan cut short by the port going away (%s)",
                _masked(head, dropped + len(self._buffer)),
            )
        self._buffer.clear()
        self._overlong = None

    def _finish(self, frame: bytes) -> bytes | None:
        """The code in one frame (what came before a suffix or a silence), or None."""
        if self._overlong or len(frame) > self._max:
            head, dropped = self._overlong or (frame[:PREVIEW_CHARS], 0)
            self._overlong = None
            log.warning(
                "dropped an over-long scan (%s; the limit is %d)",
                _masked(head, dropped + len(frame)),
                self._max,
            )
            return None
        code = frame.strip(LINE_ENDS)
        if self._prefix:
            start = code.find(self._prefix)
            if start == -1:
                if code.strip(NOISE):
                    log.warning("dropped a scan without the prefix (%s)", _masked(code, len(code)))
                return None
            if start:
                log.info("skipped %d bytes of line noise before a scan", start)
            code = code[start + len(self._prefix) :].strip(LINE_ENDS)
        return code if code.strip(NOISE) else None


class SerialScanner(ScannerThread[SerialScannerSettings, serial.Serial]):
    """Reads codes from one serial scanner on a daemon thread, across unplugs and replugs.

    ``on_scan`` gets each code's bytes; ``on_state`` gets "connected" or "disconnected"
    whenever that changes (and the first time the port is opened or found missing), and
    "stopped" at the end. Both are called on the reader thread.
    """

    _log = log
    _thread_name = "serial-scanner"

    @property
    def _source(self) -> str:
        return self.settings.port

    def _open(self) -> serial.Serial:
        settings = self.settings
        return serial.Serial(
            settings.port,
            settings.baudrate,
            bytesize=serial.EIGHTBITS,
            parity=serial.PARITY_NONE,
            stopbits=serial.STOPBITS_ONE,
            timeout=min(TICK_S, settings.read_timeout_s),
            exclusive=True if os.name == "posix" else None,
        )

    def _read_until_gone(self, port: serial.Serial) -> None:
        """Read codes until the port fails or stop(); then close it."""
        framer = _Framer(self.settings)
        log.info("scanner connected on %s", self.settings.port)
        try:
            while not self._stopping.is_set():
                data = port.read(port.in_waiting or 1)
                now = time.monotonic()
                if data:
                    codes = framer.feed(data, now)
                elif self._device_gone():
                    raise serial.SerialException("the device path is gone")
                else:
                    codes = [code] if (code := framer.end_by_silence(now)) is not None else []
                for code in codes:
                    self._deliver(code)
        except OSError as exc:  # SerialException is one
            log.warning("scanner on %s disconnected: %s", self.settings.port, exc)
        except Exception:  # a bug must not end scanning: reopen the port
            log.exception("scanner reader on %s failed", self.settings.port)
        finally:
            framer.discard()
            try:
                port.close()
            except Exception:  # closing a vanished device may fail; it is gone either way
                log.debug("closing scanner port failed", exc_info=True)

    def _device_gone(self) -> bool:
        """True when the port is a POSIX path that no longer exists (an unplugged device)."""
        port = self.settings.port
        return os.name == "posix" and os.path.isabs(port) and not os.path.exists(port)
