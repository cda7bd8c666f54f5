"""The keyboard-wedge scanner filter: long fast bursts are scans (whatever ends them), short
ones typing for text fields only; no burst ever presses a button."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TypeVar

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from screens.keyboard_scanner import KeyboardScanFilter

FocusedT = TypeVar("FocusedT", bound=QWidget)
SCANNER_GAP_S = 0.004
PERSON_GAP_S = 0.2


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class KeyLoggingEdit(QLineEdit):
    """A line edit that records every key event it receives."""

    def __init__(self) -> None:
        super().__init__()
        self.presses: list[tuple[int, str]] = []
        self.releases: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.presses.append((event.key(), event.text()))
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.releases.append(event.key())
        super().keyReleaseEvent(event)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scan_filter(qapp: QApplication, clock: FakeClock) -> Iterator[KeyboardScanFilter]:
    scan_filter = KeyboardScanFilter(clock=clock)
    scan_filter.install()
    yield scan_filter
    scan_filter.uninstall()


@pytest.fixture
def scans(scan_filter: KeyboardScanFilter) -> list[str]:
    received: list[str] = []
    scan_filter.scanned.connect(received.append)
    return received


def focused(qtbot: QtBot, widget: FocusedT) -> FocusedT:
    """``widget`` shown, with the keyboard focus (the keys' target)."""
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


@pytest.fixture
def edit(qtbot) -> KeyLoggingEdit:
    return focused(qtbot, KeyLoggingEdit())


def key_of(char: str) -> int:
    """The Qt key code a keyboard reports for a character."""
    return Qt.Key.Key_Return if char == "\r" else ord(char.upper())


def press(
    widget: QWidget,
    key: int,
    text: str = "",
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Send one key press and its release through the application, as a keyboard would."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def type_keys(widget: QLineEdit, clock: FakeClock, text: str, gap_s: float) -> None:
    """Type ``text`` (``\\r`` is Enter) with ``gap_s`` between key presses."""
    for char in text:
        clock.now += gap_s
        press(widget, key_of(char), char)


def test_fast_burst_ending_in_enter_is_a_scan(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "8934567890123\r", SCANNER_GAP_S)

    assert scans == ["8934567890123"]
    assert edit.text() == ""
    assert edit.presses == [] and edit.releases == []


def test_slow_typing_reaches_the_widget(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "hello", PERSON_GAP_S)

    qtbot.waitUntil(lambda: edit.text() == "hello")
    assert scans == []
    assert [text for _, text in edit.presses] == list("hello")
    assert len(edit.releases) == 5


def test_short_fast_burst_is_typing(qtbot, scans, edit, clock) -> None:
    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        type_keys(edit, clock, "ab\r", SCANNER_GAP_S)

    assert scans == []
    assert edit.text() == "ab"
    assert [key for key, _ in edit.presses] == [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_Return]


def test_scan_in_the_middle_of_typing(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "Ngu", PERSON_GAP_S)
    clock.now += PERSON_GAP_S
    type_keys(edit, clock, "079203001234\r", SCANNER_GAP_S)
    type_keys(edit, clock, "yen", PERSON_GAP_S)

    qtbot.waitUntil(lambda: edit.text() == "Nguyen")
    assert scans == ["079203001234"]
    assert [text for _, text in edit.presses] == list("Nguyen")
    assert len(edit.releases) == 6


def test_scan_text_is_not_composed(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "ddaa1234ow\r", SCANNER_GAP_S)

    assert scans == ["ddaa1234ow"]
    assert edit.text() == ""


def test_vietnamese_letters_typed_slowly_reach_the_widget(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "Nguyễn Thị Ư", PERSON_GAP_S)

    qtbot.waitUntil(lambda: edit.text() == "Nguyễn Thị Ư")
    assert scans == []


def test_commands_pass_through_in_order(qtbot, scans, edit, clock) -> None:
    type_keys(edit, clock, "x", PERSON_GAP_S)
    clock.now += SCANNER_GAP_S
    press(edit, Qt.Key.Key_C, "\x03", Qt.KeyboardModifier.ControlModifier)

    assert [key for key, _ in edit.presses] == [Qt.Key.Key_X, Qt.Key.Key_C]
    assert edit.presses[-1] == (Qt.Key.Key_C, "\x03")
    assert edit.text() == "x"
    assert scans == []


def test_flood_is_dropped_and_logged(qtbot, caplog, scans, edit, clock) -> None:
    caplog.set_level(logging.WARNING, logger="screens.keyboard_scanner")
    type_keys(edit, clock, "1234567890" * 500, SCANNER_GAP_S)

    def dropped() -> list[logging.LogRecord]:  # not another test's thread winding down
        return [r for r in caplog.records if r.name == "screens.keyboard_scanner"]

    qtbot.waitUntil(lambda: bool(dropped()))
    assert scans == []
    assert edit.text() == ""
    assert edit.presses == [] and edit.releases == []
    message = dropped()[-1].getMessage()
    assert "5000" in message and "123456" not in message

    type_keys(edit, clock, "ok", PERSON_GAP_S)
    qtbot.waitUntil(lambda: edit.text() == "ok")


def test_keys_held_for_a_deleted_widget_are_dropped(qtbot, scans, edit, clock) -> None:
    other = QLineEdit()
    type_keys(other, clock, "q", PERSON_GAP_S)
    shiboken6.delete(other)
    type_keys(edit, clock, "w", PERSON_GAP_S)

    qtbot.waitUntil(lambda: edit.text() == "w")
    assert scans == []


def press_stamped(
    widget: QWidget,
    key: int,
    text: str,
    stamp_ms: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press and release carrying the time the keyboard sent them (ms)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp_ms)
        QApplication.sendEvent(widget, event)


def test_a_stall_of_the_ui_thread_does_not_split_a_scan(qtbot, scans, edit, clock) -> None:
    code = "079203001234\r"
    for index, char in enumerate(code):
        clock.now += 0.2  # each key handled long after the last: the thread was busy
        press_stamped(edit, key_of(char), char, 50_000 + 4 * index)  # sent 4 ms apart

    assert scans == [code.rstrip("\r")]
    assert edit.text() == ""


def test_keys_sent_slowly_are_typing_however_fast_they_are_handled(
    qtbot: QtBot, scans: list[str], edit: KeyLoggingEdit, clock: FakeClock
) -> None:
    for index, char in enumerate("abcdefgh\r"):
        clock.now += SCANNER_GAP_S  # handled in a rush after a stall
        press_stamped(edit, key_of(char), char, 50_000 + 200 * index)  # a person's pace

    qtbot.waitUntil(lambda: edit.text() == "abcdefgh")
    assert scans == []


def alt_code(widget: QLineEdit, digits: str, stamp_ms: int) -> int:
    """A scanner typing one character as Alt + keypad digits; returns the next timestamp."""
    alt = Qt.KeyboardModifier.AltModifier
    keypad = alt | Qt.KeyboardModifier.KeypadModifier
    for kind, key, modifiers in [
        (QEvent.Type.KeyPress, Qt.Key.Key_Alt, alt),
        *[
            (kind, Qt.Key.Key_0 + int(digit), keypad)
            for digit in digits
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
        ],
        (QEvent.Type.KeyRelease, Qt.Key.Key_Alt, Qt.KeyboardModifier.NoModifier),
    ]:
        event = QKeyEvent(kind, key, modifiers, "")
        event.setTimestamp(stamp_ms)
        QApplication.sendEvent(widget, event)
        stamp_ms += 2
    return stamp_ms


def test_alt_keypad_codes_in_a_scan_become_letters(qtbot, scans, edit, clock) -> None:
    stamp = 10_000
    for char in "|Nguy":
        press_stamped(edit, key_of(char), char, stamp)
        stamp += 3
    stamp = alt_code(edit, str(ord("ễ")), stamp)  # a Unicode code point
    stamp = alt_code(edit, "0233", stamp)  # a leading 0: Windows-1252 (é)
    for char in "n|\r":
        press_stamped(edit, key_of(char), char, stamp)
        stamp += 3

    assert scans == ["|Nguyễé" + "n|"]
    assert edit.text() == "" and edit.presses == []


def test_alt_with_a_key_that_is_not_on_the_keypad_is_a_command(qtbot, scans, edit, clock) -> None:
    press_stamped(edit, Qt.Key.Key_A, "a", 10_000)
    press_stamped(edit, Qt.Key.Key_4, "", 10_003, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: edit.text() == "a")
    assert (Qt.Key.Key_4, "") in edit.presses
    assert scans == []


CARD_TEXT = "048190001234|123456789|Nguyễn Thị Hồng Nhung|15081990|Nữ|45 Trần Phú|01012021"

SuffixKey = tuple[int, str, Qt.KeyboardModifier]


class ClickCounter(QPushButton):
    """A focused button that counts how often it was pressed (by Space or Enter)."""

    def __init__(self) -> None:
        super().__init__("Lấy số")
        self.clicks = 0
        self.clicked.connect(self._count)

    def _count(self) -> None:
        self.clicks += 1


@pytest.fixture
def button(qtbot) -> ClickCounter:
    return focused(qtbot, ClickCounter())


def type_ending(widget: QWidget, clock: FakeClock, text: str, suffix: Sequence[SuffixKey]) -> None:
    """A scanner's burst: ``text`` (letters and spaces), then the suffix keys, 4 ms apart."""
    for char in text:
        clock.now += SCANNER_GAP_S
        press(widget, Qt.Key.Key_Space if char == " " else ord(char.upper()), char)
    for key, char, modifiers in suffix:
        clock.now += SCANNER_GAP_S
        press(widget, key, char, modifiers)


NONE = Qt.KeyboardModifier.NoModifier
SUFFIXES: dict[str, list[SuffixKey]] = {
    "CR": [(Qt.Key.Key_Return, "\r", NONE)],
    "LF": [(Qt.Key.Key_J, "\n", Qt.KeyboardModifier.ControlModifier)],
    "CRLF": [
        (Qt.Key.Key_Return, "\r", NONE),
        (Qt.Key.Key_J, "\n", Qt.KeyboardModifier.ControlModifier),
    ],
    "CR CR": [(Qt.Key.Key_Return, "\r", NONE), (Qt.Key.Key_Return, "\r", NONE)],
    "Tab": [(Qt.Key.Key_Tab, "\t", NONE)],
    "none": [],
}


@pytest.mark.parametrize("suffix", list(SUFFIXES))
def test_a_scan_never_presses_the_focused_button_whatever_its_suffix(
    qtbot, scans, button, clock, suffix: str
) -> None:
    type_ending(button, clock, CARD_TEXT, SUFFIXES[suffix])
    qtbot.waitUntil(lambda: scans == [CARD_TEXT], timeout=2000)
    clock.now += PERSON_GAP_S
    qtbot.wait(400)  # longer than the filter holds a burst back
    assert button.clicks == 0


@given(text=st.text(alphabet=" 0123456789ABCXYZ|.-", min_size=1, max_size=40))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_no_burst_of_keys_ever_presses_a_button(
    qtbot, scan_filter, button, clock, text: str
) -> None:
    button.clicks = 0
    type_ending(button, clock, text, SUFFIXES["CR"])
    clock.now += PERSON_GAP_S
    qtbot.wait(350)
    assert button.clicks == 0


def test_a_short_burst_typed_into_a_text_field_still_arrives(qtbot, scans, edit, clock) -> None:
    type_ending(edit, clock, "a b", [])
    qtbot.waitUntil(lambda: edit.text() == "a b")
    assert scans == []
