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
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import serial

log = logging.getLogger(__name__)

Suffix = Literal["CR", "LF", "CRLF", "TAB"]
ScannerState = Literal["connected", "disconnected", "stopped"]

SUFFIX_BYTES: dict[Suffix, bytes] = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t"}
TICK_S = 0.05
"""The longest one read waits: how often an idle reader checks for stop() and a vanished
device, and how late past ``read_timeout_s`` a code without suffix may be delivered."""
JOIN_S = 1.0
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


class SerialScanner:
    """Reads codes from one serial scanner on a daemon thread, across unplugs and replugs.

    ``on_scan`` gets each code's bytes; ``on_state`` gets "connected" or "disconnected"
    whenever that changes (and the first time the port is opened or found missing), and
    "stopped" at the end. Both are called on the reader thread.
    """

    def __init__(
        self,
        settings: SerialScannerSettings,
        on_scan: Callable[[bytes], None],
        on_state: Callable[[str], None] = lambda s: None,
    ) -> None:
        self.settings = settings
        self._on_scan = on_scan
        self._on_state = on_state
        self._state: ScannerState = "stopped"
        self._reported: ScannerState | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> ScannerState:
        """One of "connected", "disconnected" (started, port not open) and "stopped"."""
        return self._state

    def start(self) -> None:
        """Start the reader thread (once)."""
        if self._thread is not None:
            raise RuntimeError("a SerialScanner starts only once")
        self._state = "disconnected"
        self._thread = threading.Thread(target=self._run, daemon=True, name="serial-scanner")
        self._thread.start()

    def stop(self) -> None:
        """Stop reading and close the port; returns within about a second."""
        self._stopping.set()
        if self._thread is threading.current_thread():  # called from on_scan or on_state
            return
        if self._thread is not None:
            self._thread.join(JOIN_S)
            if self._thread.is_alive():
                log.warning("scanner reader still busy after %s s (in on_scan?)", JOIN_S)
        else:
            self._state = "stopped"

    # ------------------------------------------------------------- the reader thread
    def _run(self) -> None:
        failure: str | None = None  # the open failure last logged, so each is logged once
        while not self._stopping.is_set():
            try:
                port = self._open()
            except (OSError, ValueError) as exc:
                self._set_state("disconnected")
                if str(exc) != failure:
                    failure = str(exc)
                    log.warning(
                        "scanner port %s cannot be opened, retrying every %s s: %s",
                        self.settings.port,
                        self.settings.reconnect_s,
                        exc,
                    )
            except Exception:  # a bug must not end scanning
                log.exception("opening scanner port %s failed", self.settings.port)
            else:
                failure = None
                self._read_until_gone(port)
            self._stopping.wait(self.settings.reconnect_s)
        self._set_state("stopped")

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
        self._set_state("connected")
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
            if not self._stopping.is_set():
                self._set_state("disconnected")

    def _device_gone(self) -> bool:
        """True when the port is a POSIX path that no longer exists (an unplugged device)."""
        port = self.settings.port
        return os.name == "posix" and os.path.isabs(port) and not os.path.exists(port)

    def _deliver(self, code: bytes) -> None:
        try:
            self._on_scan(code)
        except Exception:
            log.exception("on_scan failed on a scan of %d bytes", len(code))

    def _set_state(self, state: ScannerState) -> None:
        self._state = state
        if state == self._reported:
            return
        self._reported = state
        try:
            self._on_state(state)
        except Exception:
            log.exception("on_state failed on %s", state)
