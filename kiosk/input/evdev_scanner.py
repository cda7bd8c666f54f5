"""A keyboard-mode scanner read from its Linux input device, grabbed so no window sees it.

A USB scanner in keyboard (HID) mode types each code as key presses. Left to the display
server, those keys go to whatever has focus; read here instead, from the scanner's own
``/dev/input/event*`` device with python-evdev and grabbed (``EVIOCGRAB``, as Odoo's IoT box
does), they reach this reader only: X, Wayland and so the kiosk's window never see them.
:class:`EvdevScanner` hands each code to ``on_scan`` as UTF-8 bytes, without prefix and
suffix; what the code means is decided elsewhere.

How key events become codes (:class:`KeyDecoder`, pure, testable without python-evdev):

- The keys are read as a US keyboard types them (the layout keyboard-mode scanners
  emulate), with either Shift and Caps Lock (which toggles on each press, starting off when
  the device is opened, and changes letters only). The keypad types its digits and signs
  whatever Num Lock says (a scanner using the keypad means digits). Ctrl with a letter or
  ``[ \\ ]`` types its ASCII control character (Ctrl+M is CR, Ctrl+J LF, Ctrl+] the GS of
  GS1 codes). Alt held while keypad digits are typed, then released, types one character: a
  code with a leading 0 is a Windows-1252 byte, any other a Unicode code point (how scanners
  type Vietnamese letters in keyboard mode), as the keyboard-wedge filter reads them.
- Keys that type nothing here (function keys, Alt with other keys, buttons, unknown codes)
  are ignored, and so are auto-repeats: a scanner never holds a key down.
- A code ends at its suffix key: Enter or keypad Enter (or Ctrl+M, Ctrl+J) when
  ``suffix`` is CR, LF or CRLF (a keyboard has no separate line-feed key; the second key of
  a CRLF pair ends an empty code, which is dropped), Tab (or Ctrl+I) when it is TAB. The
  other of these keys is part of the code; CR and LF at either end of a code are removed.
- A code also ends when no key comes for ``read_timeout_s``, and is *delivered*: scanners
  set up without a suffix send nothing else, and a scanner types a code in one burst, so a
  code that stops is complete as far as the device can tell (the serial reader's rule). The
  gap is measured between the events' own timestamps, so a reader thread that was busy for
  a moment does not split a code; the same gap inside a burst cuts it in two.
- With a prefix, a code starts after its first occurrence; a code without it is dropped.
  A code longer than ``max_scan_chars`` is dropped up to its end. A code cut short by the
  device going away is dropped; so is a code that lost keys (the kernel drops a device's
  unread events when the reader falls behind, and says so), up to its end.
- Dropped codes are logged by length and a masked preview only: a scan can hold personal
  data (a CCCD QR holds name, date of birth and address).

The reader (:class:`EvdevScanner`) opens the device path (a stable
``/dev/input/by-id/usb-…-event-kbd`` link, or the udev rule's ``/dev/input/kiosk-scanner``),
refuses a device that is no keyboard (grabbing the touchscreen would leave the kiosk
untouchable), grabs it, and reads it with a poll of ``TICK_S`` so that stop() is prompt; it
releases the grab when it stops. When the device cannot be opened or grabbed (unplugged,
no permission, grabbed by another program) or vanishes while read, it reports
"disconnected", says why in the log once per distinct reason, and tries again every
``reconnect_s``; when python-evdev cannot be imported (Windows, or an install without it) it
reports "unavailable" and stops trying. No exception ends the reader. Both callbacks run on
the reader thread.
"""

from __future__ import annotations

import errno
import logging
import select
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.input.alt_codes import ALT_CODE_DIGITS, alt_code_character
from kiosk.input.scanner_thread import TICK_S, ScannerThread, ScannerUnavailable
from kiosk.input.serial_scanner import SUFFIX_BYTES, Suffix

if TYPE_CHECKING:
    from evdev import InputDevice, InputEvent

log = logging.getLogger(__name__)

PREVIEW_CHARS = 4
LINE_ENDS = "\r\n"

# Event types and codes, from linux/input-event-codes.h (the names python-evdev's ecodes uses)
EV_SYN = 0x00
EV_KEY = 0x01
EV_ABS = 0x03
SYN_DROPPED = 3
RELEASED, PRESSED, REPEATED = 0, 1, 2  # an EV_KEY event's value
KEY_TAB = 15
KEY_ENTER = 28
KEY_LEFTCTRL = 29
KEY_LEFTSHIFT = 42
KEY_RIGHTSHIFT = 54
KEY_LEFTALT = 56
KEY_CAPSLOCK = 58
KEY_KPENTER = 96
KEY_RIGHTCTRL = 97
KEY_RIGHTALT = 100

#: the rows of a US keyboard: the first key's code, the keys' names after "KEY_" (codes
#: counting up from it), what each types, and what each types with Shift
US_ROWS: tuple[tuple[int, str, str, str], ...] = (
    (2, "1 2 3 4 5 6 7 8 9 0 MINUS EQUAL", "1234567890-=", "!@#$%^&*()_+"),
    (16, "Q W E R T Y U I O P LEFTBRACE RIGHTBRACE", "qwertyuiop[]", "QWERTYUIOP{}"),
    (30, "A S D F G H J K L SEMICOLON APOSTROPHE GRAVE", "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (43, "BACKSLASH Z X C V B N M COMMA DOT SLASH", "\\zxcvbnm,./", "|ZXCVBNM<>?"),
    (57, "SPACE", " ", " "),
)
#: the keypad's keys that type, Shift or not: name, code, character
KEYPAD: tuple[tuple[str, int, str], ...] = (
    ("KEY_KPASTERISK", 55, "*"),
    ("KEY_KP7", 71, "7"),
    ("KEY_KP8", 72, "8"),
    ("KEY_KP9", 73, "9"),
    ("KEY_KPMINUS", 74, "-"),
    ("KEY_KP4", 75, "4"),
    ("KEY_KP5", 76, "5"),
    ("KEY_KP6", 77, "6"),
    ("KEY_KPPLUS", 78, "+"),
    ("KEY_KP1", 79, "1"),
    ("KEY_KP2", 80, "2"),
    ("KEY_KP3", 81, "3"),
    ("KEY_KP0", 82, "0"),
    ("KEY_KPDOT", 83, "."),
    ("KEY_KPSLASH", 98, "/"),
    ("KEY_KPEQUAL", 117, "="),
    ("KEY_KPCOMMA", 121, ","),
)

_TYPED: dict[int, tuple[str, str]] = {
    first + offset: (plain[offset], shifted[offset])
    for first, _names, plain, shifted in US_ROWS
    for offset in range(len(plain))
}
_KEYPAD_TYPED = {code: character for _name, code, character in KEYPAD}
_SHIFTS = frozenset({KEY_LEFTSHIFT, KEY_RIGHTSHIFT})
_CTRLS = frozenset({KEY_LEFTCTRL, KEY_RIGHTCTRL})
_ALTS = frozenset({KEY_LEFTALT, KEY_RIGHTALT})
_MODIFIERS = _SHIFTS | _CTRLS | _ALTS
_CTRL_TYPES = "abcdefghijklmnopqrstuvwxyz[\\]"  # Ctrl with these types chr(ord(upper) & 0x1F)


class EvdevUnavailable(ScannerUnavailable):
    """python-evdev cannot be used here (not Linux, or not installed): worded for a
    technician."""


@dataclass(frozen=True)
class EvdevScannerSettings:
    """Which input device the scanner is and how it frames its codes."""

    device: str
    """The scanner's event device: ``/dev/input/by-id/usb-…-event-kbd`` or a udev link."""
    prefix: str = ""
    """What the scanner types before each code (often nothing), printable ASCII."""
    suffix: Suffix = "CR"
    read_timeout_s: float = 0.3
    """A gap between keys this long ends a code (delivered when no suffix came)."""
    max_scan_chars: int = 2048
    reconnect_s: float = 2.0
    """How often to try again while the device cannot be opened or grabbed."""

    def __post_init__(self) -> None:
        if not self.device:
            raise ValueError("device must name an input event device")
        if self.suffix not in SUFFIX_BYTES:
            raise ValueError(
                f"suffix must be one of {', '.join(SUFFIX_BYTES)}, not {self.suffix!r}"
            )
        if not all(" " <= char <= "~" for char in self.prefix):
            raise ValueError("prefix must be printable ASCII (what a US keyboard types)")
        for name in ("read_timeout_s", "max_scan_chars", "reconnect_s"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


def _masked(head: str, length: int) -> str:
    """A code as a log may show it: its length and first few characters, never all of it."""
    return f"{length} characters, {head[:PREVIEW_CHARS]!r}…"


class KeyDecoder:
    """Turns one keyboard device's key events into codes (see the module's rules)."""

    def __init__(
        self,
        *,
        prefix: str = "",
        suffix: Suffix = "CR",
        read_timeout_s: float = 0.3,
        max_scan_chars: int = 2048,
    ) -> None:
        self._prefix = prefix
        self._ends = frozenset("\t") if suffix == "TAB" else frozenset(LINE_ENDS)
        self._gap_s = read_timeout_s
        self._max = max_scan_chars
        self._held: set[int] = set()
        self._caps_lock = False
        self._alt_digits = ""
        self._chars: list[str] = []
        self._overlong: tuple[str, int] | None = None  # its head and its length so far
        self._lost = False  # whether the code in progress lost keys (dropped at its end)
        self._last_key_at: float | None = None

    @property
    def pending(self) -> bool:
        """Whether a code is in progress (which silence would end)."""
        return bool(self._chars or self._overlong or self._lost)

    def feed(self, code: int, value: int, at: float) -> list[str]:
        """Take one key event (``value`` 1 down, 0 up, 2 repeat) that happened at ``at``
        (seconds, the event's timestamp); return the codes it completes. Never raises."""
        if value not in (PRESSED, RELEASED):
            return []
        codes = []
        if self._last_key_at is not None and at - self._last_key_at > self._gap_s:
            codes += self._cut()
        self._last_key_at = at
        if code in _MODIFIERS:
            self._modifier(code, value)
        elif value == PRESSED:
            if code == KEY_CAPSLOCK:
                self._caps_lock = not self._caps_lock
            elif self._held & _ALTS:
                digit = _KEYPAD_TYPED.get(code, "")
                if digit.isdigit() and len(self._alt_digits) < ALT_CODE_DIGITS:
                    self._alt_digits += digit
            elif (character := self._typed(code)) in self._ends:
                codes += self._cut()
            elif character is not None:
                self._add(character)
        return codes

    def end(self) -> str | None:
        """End the code in progress: no key came for ``read_timeout_s``."""
        codes = self._cut()
        return codes[0] if codes else None

    def discard(self) -> None:
        """Drop the code in progress and forget held keys: the device went away."""
        if self._chars or self._overlong:
            head, length = self._overlong or ("".join(self._chars[:PREVIEW_CHARS]), 0)
            log.warning(
                "dropped a scan cut short by the scanner going away (%s)",
                _masked(head, length + len(self._chars)),
            )
        self._reset()

    def keys_lost(self) -> None:
        """The kernel dropped some of the device's events (its buffer overflowed): the code
        in progress is dropped, up to its end, and held keys are forgotten."""
        self._reset()
        self._lost = True

    def _reset(self) -> None:
        self._chars.clear()
        self._overlong = None
        self._lost = False
        self._held.clear()
        self._alt_digits = ""

    def _modifier(self, code: int, value: int) -> None:
        """A Shift, Ctrl or Alt pressed or released; the last Alt released ends an Alt code."""
        if value == PRESSED:
            self._held.add(code)
            return
        self._held.discard(code)
        if code in _ALTS and not self._held & _ALTS and self._alt_digits:
            character = alt_code_character(self._alt_digits)
            self._alt_digits = ""
            if character is not None:
                self._add(character)

    def _typed(self, code: int) -> str | None:
        """What a key pressed now types (None: nothing)."""
        if code in (KEY_ENTER, KEY_KPENTER):
            return "\r"
        if code == KEY_TAB:
            return "\t"
        if code in _KEYPAD_TYPED:
            return _KEYPAD_TYPED[code]
        if code not in _TYPED:
            return None
        plain, shifted = _TYPED[code]
        if self._held & _CTRLS:
            return chr(ord(plain.upper()) & 0x1F) if plain in _CTRL_TYPES else None
        upper = bool(self._held & _SHIFTS) != (self._caps_lock and plain.isalpha())
        return shifted if upper else plain

    def _add(self, character: str) -> None:
        """Add a character to the code in progress; past ``max_scan_chars`` it is over-long."""
        if self._overlong:
            head, length = self._overlong
            self._overlong = (head, length + 1)
        elif len(self._chars) >= self._max:
            self._overlong = ("".join(self._chars[:PREVIEW_CHARS]), len(self._chars) + 1)
            self._chars.clear()
        else:
            self._chars.append(character)

    def _cut(self) -> list[str]:
        """End the code in progress; the code, if it is one."""
        frame = "".join(self._chars)
        self._chars.clear()
        self._alt_digits = ""
        if self._lost:
            self._lost = False
            log.warning(
                "dropped a scan that lost keys (the reader fell behind; %s after the loss)",
                _masked(frame, len(frame)),
            )
            return []
        if self._overlong:
            head, length = self._overlong
            self._overlong = None
            log.warning(
                "dropped an over-long scan (%s; the limit is %d)", _masked(head, length), self._max
            )
            return []
        code = frame.strip(LINE_ENDS)
        if self._prefix and code:
            start = code.find(self._prefix)
            if start == -1:
                log.warning("dropped a scan without the prefix (%s)", _masked(code, len(code)))
                return []
            code = code[start + len(self._prefix) :].strip(LINE_ENDS)
        return [code] if code else []


def open_grabbed(path: str) -> InputDevice[str]:
    """Open the input device at ``path`` and grab it (its keys reach no one else).

    Raises EvdevUnavailable without python-evdev, OSError when the device cannot be opened
    or grabbed (``errno.EBUSY``: another program holds the grab), ValueError when it is not
    a keyboard.
    """
    if not sys.platform.startswith("linux"):
        raise EvdevUnavailable(
            'an evdev scanner is read on Linux only: set scanner.kind to "keyboard" or "serial"'
        )
    try:
        import evdev
    except ImportError as exc:
        raise EvdevUnavailable(
            f"python-evdev cannot be imported ({exc}): the kiosk was installed without it"
        ) from None
    device = evdev.InputDevice(path)
    try:
        capabilities = device.capabilities(absinfo=False)
        if KEY_ENTER not in capabilities.get(EV_KEY, ()) or EV_ABS in capabilities:
            raise ValueError(
                f"{path} ({device.name}) is not a keyboard (a touchscreen or a mouse?): "
                "scanner.device must be the scanner's …-event-kbd device"
            )
        device.grab()
    except BaseException:
        device.close()
        raise
    return device


def release(device: InputDevice[str]) -> None:
    """Release the grab and close the device (a vanished device is released already)."""
    try:
        device.ungrab()
    except OSError:
        log.debug("releasing the scanner's grab failed (device gone)", exc_info=True)
    try:
        device.close()
    except OSError:
        log.debug("closing the scanner device failed", exc_info=True)


def why_not_opened(path: str, error: OSError | ValueError) -> str:
    """Why a device could not be opened or grabbed, with what to do, for the log."""
    if isinstance(error, ValueError):
        return str(error)
    if error.errno == errno.ENOENT:
        return f"{path} not found: scanner unplugged, or scanner.device is wrong"
    if error.errno in (errno.EACCES, errno.EPERM):
        return (
            f"no permission to read {path}: install the scanner's udev rule and put the "
            "kiosk user in its group (DEPLOY.md)"
        )
    if error.errno == errno.EBUSY:
        return f"{path} is grabbed by another program (another kiosk?)"
    if error.errno in (errno.ENOTTY, errno.EINVAL):
        return f"{path} is not an input event device"
    return f"{path}: {error.strerror or error}"


def _read(device: InputDevice[str]) -> list[InputEvent]:
    """The events waiting on a polled device (OSError, ENODEV, once it is unplugged)."""
    try:
        return list(device.read())
    except BlockingIOError:  # polled ready, yet nothing to read
        return []


class EvdevScanner(ScannerThread[EvdevScannerSettings, "InputDevice[str]"]):
    """Reads codes from one grabbed input device on a daemon thread, across unplugs.

    ``on_scan`` gets each code as UTF-8 bytes; ``on_state`` gets "connected",
    "disconnected" or "unavailable" whenever that changes (and the first time), and
    "stopped" at the end. Both are called on the reader thread.
    """

    _log = log
    _thread_name = "evdev-scanner"

    @property
    def _source(self) -> str:
        return self.settings.device

    def _open(self) -> InputDevice[str]:
        return open_grabbed(self.settings.device)

    def _why_not_opened(self, exc: OSError | ValueError) -> str:
        return why_not_opened(self.settings.device, exc)

    def _read_until_gone(self, device: InputDevice[str]) -> None:
        """Read codes until the device fails or stop(); then release and close it."""
        settings = self.settings
        decoder = KeyDecoder(
            prefix=settings.prefix,
            suffix=settings.suffix,
            read_timeout_s=settings.read_timeout_s,
            max_scan_chars=settings.max_scan_chars,
        )
        log.info(
            "scanner %s (%s) grabbed: its keys reach the kiosk only as scans",
            settings.device,
            device.name,
        )
        poller = select.poll()
        poller.register(device.fd, select.POLLIN)
        last_key_at = time.monotonic()
        try:
            while not self._stopping.is_set():
                codes: list[str] = []
                if poller.poll(TICK_S * 1000):
                    for event in _read(device):
                        if event.type == EV_KEY:
                            codes += decoder.feed(event.code, event.value, event.timestamp())
                            last_key_at = time.monotonic()
                        elif event.type == EV_SYN and event.code == SYN_DROPPED:
                            decoder.keys_lost()
                elif (
                    decoder.pending
                    and time.monotonic() - last_key_at >= settings.read_timeout_s
                    and (code := decoder.end()) is not None
                ):
                    codes.append(code)
                for code in codes:
                    self._deliver(code.encode("utf-8"))
        except OSError as exc:
            log.warning("scanner %s disconnected: %s", settings.device, exc.strerror or exc)
        except Exception:  # a bug must not end scanning: open the device again
            log.exception("scanner reader on %s failed", settings.device)
        finally:
            decoder.discard()
            release(device)
