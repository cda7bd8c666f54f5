"""The keyboard-wedge scanner: tells a scanner's fast key bursts from a person's typing.

A USB scanner in keyboard mode "types" its code a few milliseconds per key and ends with
Enter, a line feed or Tab (or nothing at all); a person leaves 100 ms or more between keys.
:class:`KeyboardScanFilter` watches every key press in the application, holds keys back while
they come in a fast burst, and then either emits the burst as one scan (the focused widget
sees none of it), or hands the keys of a short burst, in order, to the text field they were
typed into. A scan can never press the UI: a long burst is always a scan (recognised or not,
it is never replayed), and held keys are never given to a button, a tile or a list.

The scan text is read from the raw key events' ``text()``: it never goes through a widget or
an input method, so a Vietnamese Telex input method cannot turn a scanned "dd" into "đ".

Gaps are measured with the key events' own timestamps (when the keyboard sent them), so a
GUI thread that stalls for a moment in the middle of a scan does not split it. Scanners set
to type characters outside ASCII as Alt + keypad codes (Alt held, decimal digits on the
keypad, Alt released) are decoded here: a code with a leading 0 is a Windows-1252 byte,
any other is a Unicode code point. On Windows the system composes these codes itself, so a
Windows kiosk should read ID cards from a scanner in serial (USB-CDC) mode.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from kiosk.input.alt_codes import alt_code_character
from screens.input_filter import input_filter

KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
log = logging.getLogger(__name__)

#: keys that end a scan (CR, LF and Tab suffixes; a line feed may come as Ctrl+J)
_END_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_END_TEXTS = frozenset({"\r", "\n", "\t"})
#: widgets that take typing: held keys go to these only
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
#: modifiers that make a key a command (Ctrl+C, Alt+F4): never part of a scan
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
#: keys a scanner presses inside a burst without typing anything (upper case, Alt codes)
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_Alt})
_KEYPAD_ALT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.KeypadModifier
_DIGIT_KEYS = {Qt.Key.Key_0 + digit: str(digit) for digit in range(10)}


class _ReplayedKey(QKeyEvent):
    """A copy of a held key event, delivered later; the filter lets these through."""


class KeyboardScanFilter(QObject):
    """An application-wide event filter that turns keyboard-wedge scans into ``scanned``.

    Printable key presses are held back while they arrive within ``max_gap_s`` of each other
    (measured by the events' timestamps, or with ``clock`` for events without one). A burst of
    at least ``min_length`` characters is a scan, whether it ends with Enter, a line feed or
    Tab or just stops; a shorter one is typing, delivered in order ``flush_after_s`` to twice
    that after its last key, and only to a text field. A burst longer than ``max_length`` is a
    flood: it is dropped, not typed.
    """

    #: one complete code, without the Enter that ended it
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_gap_s: float = 0.03,
        flush_after_s: float = 0.15,
        min_length: int = 6,
        max_length: int = 2048,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_gap_s = max_gap_s
        self._min_length = min_length
        self._max_length = max_length
        self._held: list[tuple[QWidget, _ReplayedKey]] = []
        self._text: list[str] = []
        self._length = 0
        self._last_press: float | None = None
        self._last_stamped = False  # whether _last_press is an event timestamp
        self._alt_digits = ""
        self._presses = 0
        self._presses_at_arming = 0
        self._flood_length = 0
        self._swallow_release: int | None = None
        self._scan_ended_at: float | None = None  # when the last end key closed a scan
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(max(1, round(max(flush_after_s, max_gap_s) * 1000)))
        self._flush_timer.timeout.connect(self._on_quiet)

    def install(self) -> None:
        """Start watching every key press in the application."""
        input_filter().watch(self, KEY_EVENTS, self._on_key)

    def uninstall(self) -> None:
        """Stop watching; keys still held are delivered as typing."""
        input_filter().unwatch(self)
        self._swallow_release = None
        self._end_burst()

    def _on_key(self, watched: QObject, event: QEvent) -> bool:
        if (
            not isinstance(watched, QWidget)
            or not isinstance(event, QKeyEvent)
            or isinstance(event, _ReplayedKey)
        ):
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._on_press(watched, event)
        if event.type() == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        return False

    def _moment(self, event: QKeyEvent) -> tuple[float, bool]:
        """When the key was pressed (seconds) and whether that came from the event itself."""
        stamp = event.timestamp()
        return (stamp / 1000, True) if stamp else (self._clock(), False)

    def _on_press(self, target: QWidget, event: QKeyEvent) -> bool:
        """Hold, swallow or pass one key press; True when the widget must not see it."""
        self._swallow_release = None
        now, stamped = self._moment(event)
        gap = now - self._last_press if self._last_press is not None else None
        if gap is None or stamped != self._last_stamped or not 0 <= gap <= self._max_gap_s:
            self._end_burst()
        key = event.key()
        if key in _MODIFIER_KEYS:
            return self._hold_if_pending(target, event)
        alt_digit = (event.modifiers() & _KEYPAD_ALT) == _KEYPAD_ALT and key in _DIGIT_KEYS
        if alt_digit:
            self._alt_digits += _DIGIT_KEYS[key]
            self._held.append((target, _ReplayedKey(event)))
            self._count_press(now, stamped)
            return True
        ends = key in _END_KEYS or event.text() in _END_TEXTS
        if self._flood_length:
            if ends:
                self._end_burst()
                self._swallow_release = key
                return True
            self._flood_length += len(event.text())
            self._count_press(now, stamped)
            return True
        if ends and self._held:
            return self._end_with(target, event, now)
        if (
            ends
            and self._scan_ended_at is not None
            and 0 <= now - self._scan_ended_at <= (self._max_gap_s)
        ):
            self._swallow_release = key  # the LF of a CR LF suffix (or a second end key)
            return True
        if event.modifiers() & _COMMAND_MODIFIERS or event.isAutoRepeat():
            self._end_burst()  # a person: a scanner neither uses commands nor holds a key
            return False
        text = event.text()
        if not text or not text.isprintable():
            self._end_burst()
            return False
        self._held.append((target, _ReplayedKey(event)))
        self._add_text(text)
        self._count_press(now, stamped)
        return True

    def _end_with(self, target: QWidget, event: QKeyEvent, now: float) -> bool:
        """A burst ended with Enter, a line feed or Tab: a scan, or (short) typing whose end
        key reaches the widget only if it is a text field (never a button)."""
        key = event.key()
        if self._length >= self._min_length:
            self._end_burst()  # emits the scan
            self._swallow_release = key
            self._scan_ended_at = now
            return True
        self._end_burst()
        if _takes_typing(target):
            return False
        self._swallow_release = key
        return True

    def _add_text(self, text: str) -> None:
        """Add characters to the burst; past ``max_length`` it becomes a flood."""
        self._text.append(text)
        self._length += len(text)
        if self._length > self._max_length:
            self._flood_length = self._length
            self._held.clear()
            self._text.clear()
            self._length = 0

    def _on_release(self, target: QWidget, event: QKeyEvent) -> bool:
        """Keep a key release in order with the held presses; drop the releases of a scan."""
        if self._swallow_release == event.key() and not event.isAutoRepeat():
            self._swallow_release = None
            return True
        if self._flood_length:
            return True
        if event.key() == Qt.Key.Key_Alt and self._alt_digits:
            character = alt_code_character(self._alt_digits)
            self._alt_digits = ""
            if character is not None:
                self._add_text(character)
        return self._hold_if_pending(target, event)

    def _hold_if_pending(self, target: QWidget, event: QKeyEvent) -> bool:
        """Hold a key event that types nothing, if a burst is being held; else pass it."""
        if not self._held:
            return False
        self._held.append((target, _ReplayedKey(event)))
        return True

    def _count_press(self, now: float, stamped: bool) -> None:
        """Note one more key press of the burst; make sure the flush timer runs.

        The timer is armed once per quiet interval, not restarted on every key: with PySide6
        6.12.0 (abi3 wheel) on Python 3.11 every call to a void Qt method drops a reference to
        ``None``, so a call per key would let a scanner flood crash the interpreter
        ("deallocating None").
        """
        self._presses += 1
        self._last_press = now
        self._last_stamped = stamped
        if not self._flush_timer.isActive():
            self._presses_at_arming = self._presses
            self._flush_timer.start()

    def _on_quiet(self) -> None:
        """The flush timer ran out: end the burst if no key came meanwhile, else wait again.

        Typing therefore shows between one and two ``max_gap_s`` after the last key.
        """
        if self._presses != self._presses_at_arming:
            self._presses_at_arming = self._presses
            self._flush_timer.start()
        else:
            self._end_burst()

    def _end_burst(self) -> None:
        """End the current burst: a scan when it is long enough (its keys are dropped), else
        typing (its keys go to the text fields they were typed into; none to anything else);
        a flood is logged and dropped."""
        if self._flood_length:
            log.warning(
                "dropped a keyboard burst of %d characters (more than %d): not a scan",
                self._flood_length,
                self._max_length,
            )
        held, code = self._held, "".join(self._text)
        self._reset()
        if len(code) >= self._min_length:
            self.scanned.emit(code)
            return
        for target, event in held:
            if shiboken6.isValid(target) and _takes_typing(target):
                QCoreApplication.sendEvent(target, event)

    def _reset(self) -> None:
        """Forget the current burst."""
        if self._flush_timer.isActive():
            self._flush_timer.stop()
        self._held = []
        self._text = []
        self._length = 0
        self._last_press = None
        self._presses = 0
        self._flood_length = 0
        self._alt_digits = ""


def _takes_typing(widget: QWidget) -> bool:
    """Whether ``widget`` is a text field (typing may reach it; a button never)."""
    return isinstance(widget, _TEXT_INPUTS)
