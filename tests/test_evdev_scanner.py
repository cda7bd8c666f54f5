"""The evdev scanner: key events decoded into codes (US layout, Shift, Caps Lock, Ctrl and Alt
codes, suffix, prefix, the gap that ends a code), the reader thread on real input devices
(grabbed, unplugged, replugged, stopped), its config, and its wiring into the Qt face.

The device tests need virtual input devices (python-evdev's UInput, /dev/uinput): where the
kernel has none, they are skipped and say why."""

from __future__ import annotations

import errno
import logging
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ConfigError, ScannerSection, config_from_data
from kiosk.input import evdev_scanner
from kiosk.input.alt_codes import alt_code_character
from kiosk.input.evdev_scanner import (
    EvdevScanner,
    EvdevScannerSettings,
    KeyDecoder,
)
from kiosk.input.serial_scanner import Suffix
from tests.scan_recorder import Recorder

GAP_S = 0.3  # read_timeout_s in the decoder tests
KEY_GAP_S = 0.004  # between a scanner's key events
CCCD = (
    "079203001234|025123456|Nguyễn Thị Hoa|15082003|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|01052021"
)

# -- typing: key events as a keyboard-mode scanner sends them ---------------------------------

#: the key names of the decoder's tables, with their codes (checked against python-evdev's
#: ecodes below, where it is installed)
CODES: dict[str, int] = {
    **{
        f"KEY_{name}": first + offset
        for first, names, _plain, _shifted in evdev_scanner.US_ROWS
        for offset, name in enumerate(names.split())
    },
    **{name: code for name, code, _character in evdev_scanner.KEYPAD},
    **{
        name: value
        for name, value in vars(evdev_scanner).items()
        if name.startswith("KEY_") and isinstance(value, int)
    },
}
#: a US keyboard, written from the characters' side: what Shift and which key type each
SHIFTED = dict(zip('!@#$%^&*()_+{}:"~|<>?', "1234567890-=[];'`\\,./", strict=True))
PUNCTUATION = {
    "-": "MINUS",
    "=": "EQUAL",
    "[": "LEFTBRACE",
    "]": "RIGHTBRACE",
    ";": "SEMICOLON",
    "'": "APOSTROPHE",
    "`": "GRAVE",
    "\\": "BACKSLASH",
    ",": "COMMA",
    ".": "DOT",
    "/": "SLASH",
    " ": "SPACE",
}
SUFFIX_KEYS: dict[Suffix, list[list[str]]] = {  # the keys a scanner may send for each suffix
    "CR": [["KEY_ENTER"], ["KEY_KPENTER"], ["ctrl", "KEY_M"]],
    "LF": [["KEY_ENTER"], ["ctrl", "KEY_J"]],
    "CRLF": [["KEY_ENTER", "ctrl", "KEY_J"], ["KEY_ENTER", "KEY_ENTER"]],
    "TAB": [["KEY_TAB"], ["ctrl", "KEY_I"]],
}
PRINTABLE_ASCII = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1)
Event = tuple[int, int, float]


def key_for(character: str) -> tuple[str, bool]:
    """The key name that types ``character`` on a US keyboard, and whether Shift is needed."""
    shift = character in SHIFTED or character.isupper()
    base = SHIFTED.get(character, character.lower())
    return f"KEY_{PUNCTUATION.get(base, base.upper())}", shift


class Typist:
    """Key events (code, value, timestamp) as a scanner types, ``KEY_GAP_S`` apart."""

    def __init__(self, at: float = 1000.0) -> None:
        self.at = at
        self.events: list[Event] = []

    def key(self, name: str, value: int) -> None:
        self.at += KEY_GAP_S
        self.events.append((CODES[name], value, self.at))

    def tap(self, name: str, *, holding: str | None = None) -> None:
        """Press and release a key, with a modifier held around it."""
        if holding:
            self.key(holding, 1)
        self.key(name, 1)
        self.key(name, 0)
        if holding:
            self.key(holding, 0)

    def type(self, text: str, *, right_shift: bool = False, caps_lock: bool = False) -> None:
        """Type printable ASCII; with ``caps_lock`` the scanner turns Caps Lock on first and
        off after, and Shifts letters the other way round while it is on."""
        shift_key = "KEY_RIGHTSHIFT" if right_shift else "KEY_LEFTSHIFT"
        if caps_lock:
            self.tap("KEY_CAPSLOCK")
        for character in text:
            name, shift = key_for(character)
            if caps_lock and character.isalpha():
                shift = not shift
            self.tap(name, holding=shift_key if shift else None)
        if caps_lock:
            self.tap("KEY_CAPSLOCK")

    def alt_code(self, digits: str) -> None:
        """An Alt + keypad code: Alt held while the digits are typed on the keypad."""
        self.key("KEY_LEFTALT", 1)
        for digit in digits:
            self.tap(f"KEY_KP{digit}")
        self.key("KEY_LEFTALT", 0)

    def suffix(self, keys: list[str]) -> None:
        """A suffix's keys ("ctrl" holds Ctrl around the next key)."""
        holding = None
        for name in keys:
            if name == "ctrl":
                holding = "KEY_LEFTCTRL"
            else:
                self.tap(name, holding=holding)
                holding = None

    def pause(self, seconds: float) -> None:
        self.at += seconds


def decode(events: list[Event], **options: Any) -> list[str]:
    """The codes a decoder makes of ``events``, and of the silence after them."""
    decoder = KeyDecoder(read_timeout_s=GAP_S, **options)
    codes = [code for event in events for code in decoder.feed(*event)]
    if (last := decoder.end()) is not None:
        codes.append(last)
    return codes


# -- the decoder ------------------------------------------------------------------------------


@given(
    codes=st.lists(PRINTABLE_ASCII.filter(str.strip), min_size=1, max_size=4),
    suffix=st.sampled_from(sorted(SUFFIX_KEYS)),
    choice=st.integers(0, 2),
    right_shift=st.booleans(),
    caps_lock=st.booleans(),
)
def test_any_printable_code_decodes_to_itself(
    codes: list[str], suffix: Suffix, choice: int, right_shift: bool, caps_lock: bool
) -> None:
    typist = Typist()
    keys = SUFFIX_KEYS[suffix][choice % len(SUFFIX_KEYS[suffix])]
    for code in codes:
        typist.type(code, right_shift=right_shift, caps_lock=caps_lock)
        typist.suffix(keys)
    assert decode(typist.events, suffix=suffix) == codes


@given(prefix=PRINTABLE_ASCII.map(lambda text: text[:8]), code=PRINTABLE_ASCII)
def test_the_prefix_is_removed(prefix: str, code: str) -> None:
    typist = Typist()
    typist.type(prefix + code)
    typist.tap("KEY_ENTER")
    assert decode(typist.events, prefix=prefix) == ([code] if code.strip("\r\n") else [])


@given(first=PRINTABLE_ASCII, second=PRINTABLE_ASCII, pause=st.floats(1.01, 100))
def test_a_gap_longer_than_read_timeout_ends_a_code(first: str, second: str, pause: float) -> None:
    typist = Typist()
    typist.type(first)
    typist.pause(GAP_S * pause)
    typist.type(second)  # no suffix: delivered after the silence, like the first
    assert decode(typist.events) == [first, second]


def test_gaps_shorter_than_read_timeout_keep_a_code_whole() -> None:
    typist = Typist()
    for character in "SLOW-42":
        typist.type(character)
        typist.pause(GAP_S * 0.9)
    assert decode(typist.events) == ["SLOW-42"]


@given(
    events=st.lists(
        st.tuples(
            st.integers(-(2**40), 2**40) | st.sampled_from(sorted(CODES.values())),
            st.integers(-3, 5),
            st.floats(allow_nan=True, allow_infinity=True),
        ),
        max_size=300,
    ),
    suffix=st.sampled_from(sorted(SUFFIX_KEYS)),
)
def test_garbage_events_never_raise(events: list[Event], suffix: Suffix) -> None:
    decoder = KeyDecoder(read_timeout_s=GAP_S, suffix=suffix, prefix="]Q", max_scan_chars=50)
    for event in events:
        assert all(isinstance(code, str) for code in decoder.feed(*event))
    last = decoder.end()
    assert last is None or isinstance(last, str)
    assert decoder.end() is None  # nothing left once ended
    decoder.discard()


@given(code=PRINTABLE_ASCII, noise=st.lists(st.sampled_from([1, 14, 59, 69, 103, 125, 0x110])))
def test_keys_that_type_nothing_are_ignored(code: str, noise: list[int]) -> None:
    """Esc, Backspace, F1, Num Lock, arrows, the Windows key and mouse buttons type nothing."""
    typist = Typist()
    typist.type(code)
    for index, other in enumerate(noise):
        position = (index * 7) % (len(typist.events) + 1)
        at = typist.events[position - 1][2] if position else typist.at
        typist.events[position:position] = [(other, 1, at), (other, 0, at)]
    typist.tap("KEY_ENTER")
    assert decode(typist.events) == [code]


def test_auto_repeats_type_nothing() -> None:
    typist = Typist()
    typist.key("KEY_A", 1)
    typist.key("KEY_A", 2)  # held: the kernel repeats it
    typist.key("KEY_A", 2)
    typist.key("KEY_A", 0)
    typist.tap("KEY_B")
    typist.tap("KEY_ENTER")
    assert decode(typist.events) == ["ab"]


def test_vietnamese_letters_typed_as_alt_codes() -> None:
    """A scanner types letters outside ASCII as Alt + keypad codes: Unicode code points, or
    Windows-1252 bytes after a leading 0."""
    typist = Typist()
    for character in CCCD + "é":
        if character.isascii():
            typist.type(character)
        elif character == "é":
            typist.alt_code("0233")
        else:
            typist.alt_code(str(ord(character)))
    typist.tap("KEY_ENTER")
    assert decode(typist.events) == [CCCD + "é"]
    assert alt_code_character("0128") == "€"
    assert alt_code_character("0") is None and alt_code_character("55296") is None  # surrogate


def test_ctrl_types_control_characters_and_the_keypad_types_digits() -> None:
    typist = Typist()
    typist.tap("KEY_0")
    typist.tap("KEY_1")
    typist.tap("KEY_RIGHTBRACE", holding="KEY_RIGHTCTRL")  # GS: GS1's field separator
    for name in ("KEY_KP1", "KEY_KP0", "KEY_KPDOT", "KEY_KPSLASH", "KEY_KPMINUS"):
        typist.tap(name, holding="KEY_LEFTSHIFT")  # the keypad ignores Shift
    typist.tap("KEY_1", holding="KEY_LEFTCTRL")  # Ctrl with a digit types nothing
    typist.tap("KEY_ENTER")
    assert decode(typist.events) == ["01\x1d10./-"]


def test_the_other_suffix_keys_are_part_of_a_code() -> None:
    typist = Typist()
    typist.type("A")
    typist.tap("KEY_ENTER")  # a line break inside a QR code
    typist.type("B")
    typist.tap("KEY_TAB")
    assert decode(typist.events, suffix="TAB") == ["A\rB"]
    typist = Typist()
    typist.type("A")
    typist.tap("KEY_TAB")
    typist.type("B")
    typist.tap("KEY_ENTER")
    assert decode(typist.events, suffix="CR") == ["A\tB"]


def test_a_code_without_the_prefix_and_an_over_long_code_are_dropped_and_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    typist = Typist()
    for code in ("]Q1FIRST", "079203001234", "]Q1" + "SECRET" * 20, "]Q1NEXT"):
        typist.type(code)
        typist.tap("KEY_ENTER")
    assert decode(typist.events, prefix="]Q1", max_scan_chars=64) == ["FIRST", "NEXT"]
    assert [record.getMessage() for record in caplog.records] == [
        "dropped a scan without the prefix (12 characters, '0792'…)",
        "dropped an over-long scan (123 characters, ']Q1S'…; the limit is 64)",
    ]


def test_a_code_cut_short_is_dropped_and_held_keys_forgotten(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    decoder = KeyDecoder()
    typist = Typist()
    typist.key("KEY_LEFTSHIFT", 1)
    for digit in "5123456789":
        typist.tap(f"KEY_{digit}")
    for event in typist.events:
        decoder.feed(*event)
    decoder.discard()  # the device went away, its Shift still down
    typist.events.clear()
    typist.type("ok")
    typist.tap("KEY_ENTER")
    assert [code for event in typist.events for code in decoder.feed(*event)] == ["ok"]
    assert caplog.messages == [
        "dropped a scan cut short by the scanner going away (10 characters, '%!@#'…)"
    ]


def test_a_code_that_lost_keys_is_dropped_to_its_end(caplog: pytest.LogCaptureFixture) -> None:
    """The kernel drops a device's unread events when the reader falls behind: what is left
    of the code must never be delivered as if it were the code."""
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    decoder = KeyDecoder(read_timeout_s=GAP_S)
    typist = Typist()
    typist.type("000.00.12.H29-2507")
    received = [code for event in typist.events for code in decoder.feed(*event)]
    decoder.keys_lost()
    typist.events.clear()
    typist.type("01-0042")  # the rest of the code: its head was lost
    typist.tap("KEY_ENTER")
    typist.type("NEXT")
    typist.tap("KEY_ENTER")
    received += [code for event in typist.events for code in decoder.feed(*event)]
    decoder.keys_lost()  # between codes: the silence after it clears it
    assert decoder.pending and decoder.end() is None
    typist.events.clear()
    typist.pause(GAP_S * 2)
    typist.type("AFTER")
    typist.tap("KEY_ENTER")
    received += [code for event in typist.events for code in decoder.feed(*event)]
    assert received == ["NEXT", "AFTER"]
    assert caplog.messages[0] == (
        "dropped a scan that lost keys (the reader fell behind; "
        "7 characters, '01-0'… after the loss)"
    )


def test_the_key_codes_are_those_of_linux() -> None:
    ecodes = pytest.importorskip("evdev.ecodes", reason="python-evdev is not installed here")
    assert {name: getattr(ecodes, name) for name in CODES} == CODES
    assert (evdev_scanner.EV_KEY, evdev_scanner.EV_SYN, evdev_scanner.EV_ABS) == (
        ecodes.EV_KEY,
        ecodes.EV_SYN,
        ecodes.EV_ABS,
    )
    assert evdev_scanner.SYN_DROPPED == ecodes.SYN_DROPPED


def test_decoding_a_long_code_is_fast() -> None:
    typist = Typist()
    typist.type(("0123456789abcdefABCDEF|" * 90)[:2000])
    typist.tap("KEY_ENTER")
    started = time.perf_counter()
    assert len(decode(typist.events)[0]) == 2000
    elapsed = time.perf_counter() - started
    print(f"\ndecoded {len(typist.events)} key events in {elapsed * 1000:.1f} ms")
    assert elapsed < 1.0


# -- the reader thread ------------------------------------------------------------------------


Reader = Callable[..., tuple[EvdevScanner, Recorder]]


@pytest.fixture
def reader() -> Iterator[Reader]:
    """Start an EvdevScanner on a device path; stopped at the end."""
    started: list[EvdevScanner] = []

    def start(device: Path | str, **settings: Any) -> tuple[EvdevScanner, Recorder]:
        options = {"read_timeout_s": GAP_S, "reconnect_s": 0.05} | settings
        recorder = Recorder()
        scanner = EvdevScanner(
            EvdevScannerSettings(str(device), **options), recorder.on_scan, recorder.on_state
        )
        started.append(scanner)
        scanner.start()
        return scanner, recorder

    yield start
    for scanner in started:
        scanner.stop()


def timed_stop(scanner: EvdevScanner) -> float:
    started = time.monotonic()
    scanner.stop()
    return time.monotonic() - started


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_a_missing_device_is_reported_and_stop_is_prompt(
    reader: Reader, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    path = tmp_path / "by-id" / "usb-Scanner-event-kbd"
    scanner, recorder = reader(path, reconnect_s=2.0)
    recorder.wait_state("disconnected")
    time.sleep(0.1)  # waiting to retry: stop() must not wait that out
    took = timed_stop(scanner)
    print(f"\nstop() while waiting to reopen a missing device: {took * 1000:.1f} ms")
    assert took < 0.5
    assert scanner.state == "stopped" and recorder.states == ["disconnected", "stopped"]
    assert caplog.messages == [
        "scanner cannot be read, retrying every 2.0 s: "
        f"{path} not found: scanner unplugged, or scanner.device is wrong"
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_a_device_that_is_no_input_device_is_refused_and_retried(
    reader: Reader, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("evdev", reason="python-evdev is not installed here")
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    not_a_device = tmp_path / "event-kbd"
    not_a_device.write_bytes(b"")
    scanner, recorder = reader(not_a_device)
    recorder.wait_state("disconnected")
    time.sleep(0.3)  # several retries: the reason is logged once
    assert timed_stop(scanner) < 0.5
    assert caplog.messages == [
        "scanner cannot be read, retrying every 0.05 s: "
        f"{not_a_device} is not an input event device"
    ]


def test_without_python_evdev_the_reader_says_so_and_stops(
    reader: Reader, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "evdev", None)  # what an install without it sees
    scanner, recorder = reader("/dev/input/kiosk-scanner")
    recorder.wait_state("unavailable")
    assert scanner.state == "unavailable"
    assert timed_stop(scanner) < 0.5
    assert recorder.states == ["unavailable", "stopped"]
    assert "cannot be read" in caplog.text and (
        "python-evdev cannot be imported" in caplog.text or "Linux only" in caplog.text
    )


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="device"):
        EvdevScannerSettings("")
    with pytest.raises(ValueError, match="suffix"):
        EvdevScannerSettings("/dev/input/event3", suffix="ETX")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="prefix"):
        EvdevScannerSettings("/dev/input/event3", prefix="é")
    with pytest.raises(ValueError, match="read_timeout_s"):
        EvdevScannerSettings("/dev/input/event3", read_timeout_s=0)


# -- real input devices (virtual ones: /dev/uinput) -------------------------------------------


class VirtualKeyboard:
    """A scanner in keyboard mode as a real input device (UInput), reached through a stable
    link like /dev/input/by-id; it can be unplugged and plugged in again."""

    def __init__(self, link: Path) -> None:
        import evdev

        self._evdev = evdev
        self.link = link
        link.parent.mkdir(parents=True, exist_ok=True)
        self.device: Any = None
        self.plug()

    def plug(self) -> None:
        self.device = self._evdev.UInput(name="Kiosk Test Scanner", vendor=0x0C2E, product=0x0B61)
        if self.link.is_symlink():
            self.link.unlink()
        self.link.symlink_to(self.device.device.path)

    def unplug(self) -> None:
        self.device.close()
        self.link.unlink()

    def type(self, text: str, *, key_gap_s: float | None = 0.002) -> float:
        """Type ``text`` and Enter, one key change every ``key_gap_s`` (a fast scanner, 250
        characters a second), or all at once with None; when Enter was pressed."""
        typist = Typist()
        typist.type(text)
        typist.tap("KEY_ENTER")
        enter_at = 0.0
        for code, value, _at in typist.events:
            self.device.write(self._evdev.ecodes.EV_KEY, code, value)
            self.device.syn()
            enter_at = enter_at or (time.monotonic() if code == CODES["KEY_ENTER"] else 0.0)
            if key_gap_s:
                time.sleep(key_gap_s)
        return enter_at

    def close(self) -> None:
        if self.device is not None and self.device.fd > -1:
            self.device.close()


@pytest.fixture
def keyboard(tmp_path: Path) -> Iterator[VirtualKeyboard]:
    """A virtual keyboard-mode scanner, or a skip saying why there can be none here."""
    if sys.platform != "linux":
        pytest.skip("virtual input devices need Linux")
    evdev = pytest.importorskip("evdev", reason="python-evdev is not installed here")
    try:
        virtual = VirtualKeyboard(tmp_path / "by-id" / "usb-Kiosk_Test_Scanner-event-kbd")
    except (OSError, evdev.UInputError) as exc:
        pytest.skip(f"no virtual input devices here (/dev/uinput: {exc})")
    yield virtual
    virtual.close()


def test_a_grabbed_devices_keys_arrive_as_scans_and_reach_no_one_else(
    keyboard: VirtualKeyboard, reader: Reader
) -> None:
    import evdev

    scanner, recorder = reader(keyboard.link)
    recorder.wait_state("connected")
    watcher = evdev.InputDevice(str(keyboard.link))  # what the display server would read
    try:
        keyboard.type("000.00.12.H29-250701-0042")
        keyboard.type("Hello, World! ~`|")
        assert recorder.wait_scans(2) == [b"000.00.12.H29-250701-0042", b"Hello, World! ~`|"]
        time.sleep(0.1)
        with pytest.raises(BlockingIOError):
            list(watcher.read())
        with pytest.raises(OSError) as taken:
            watcher.grab()
        assert taken.value.errno == errno.EBUSY
        took = timed_stop(scanner)
        print(f"\nstop() while reading a grabbed device: {took * 1000:.1f} ms")
        assert took < 0.5 and recorder.states[-1] == "stopped"
        watcher.grab()  # released by stop()
        watcher.ungrab()
    finally:
        watcher.close()


def test_a_second_reader_finds_the_device_grabbed(
    keyboard: VirtualKeyboard, reader: Reader, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    _, first = reader(keyboard.link)
    first.wait_state("connected")
    _, second = reader(keyboard.link)
    second.wait_state("disconnected")
    assert f"{keyboard.link} is grabbed by another program (another kiosk?)" in caplog.text
    keyboard.type("ONLY-ONE")
    assert first.wait_scans(1) == [b"ONLY-ONE"]
    assert second.scans == []


def test_unplug_and_replug(keyboard: VirtualKeyboard, reader: Reader) -> None:
    scanner, recorder = reader(keyboard.link)
    recorder.wait_state("connected")
    keyboard.type("BEFORE")
    assert recorder.wait_scans(1) == [b"BEFORE"]
    reported = len(recorder.states)
    keyboard.unplug()
    recorder.wait_state("disconnected", since=reported)
    assert scanner.state == "disconnected"
    reported = len(recorder.states)
    keyboard.plug()
    recorder.wait_state("connected", since=reported)
    keyboard.type("AFTER")
    assert recorder.wait_scans(2) == [b"BEFORE", b"AFTER"]


def test_a_reader_that_falls_behind_delivers_no_partial_code(
    keyboard: VirtualKeyboard, reader: Reader
) -> None:
    """Codes written faster than any scanner types may overflow the kernel's buffer for the
    device: those that lost keys are dropped, the others arrive whole."""
    _, recorder = reader(keyboard.link)
    recorder.wait_state("connected")
    for index in range(30):
        keyboard.type(f"BURST-{index:02d}-" + "x" * 40, key_gap_s=None)
    keyboard.type("LAST")
    deadline = time.monotonic() + 10
    while b"LAST" not in recorder.scans and time.monotonic() < deadline:
        time.sleep(0.05)
    whole = {f"BURST-{index:02d}-".encode() + b"x" * 40 for index in range(30)} | {b"LAST"}
    print(f"\n{len(recorder.scans) - 1} of 30 codes written at once arrived whole")
    assert b"LAST" in recorder.scans and set(recorder.scans) <= whole


def test_scan_latency_through_a_real_device(keyboard: VirtualKeyboard, reader: Reader) -> None:
    """From the suffix key pressed to on_scan, for a 100-character code, median of 20."""
    _, recorder = reader(keyboard.link)
    recorder.wait_state("connected")
    latencies = []
    for index in range(20):
        enter_at = keyboard.type("0123456789" * 10)
        recorder.wait_scans(index + 1)
        latencies.append(recorder.arrived_at[index] - enter_at)
    print(
        "\n100-character scan, Enter pressed to delivered, median of 20: "
        f"{statistics.median(latencies) * 1000:.2f} ms (max {max(latencies) * 1000:.2f} ms)"
    )
    assert recorder.scans == [b"0123456789" * 10] * 20
    assert statistics.median(latencies) < GAP_S  # the suffix ends it, not the silence


def test_a_device_that_is_no_keyboard_is_not_grabbed(
    reader: Reader, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Grabbing the touchscreen would leave the kiosk untouchable."""
    evdev = pytest.importorskip("evdev", reason="python-evdev is not installed here")
    ecodes = evdev.ecodes
    capabilities = {
        ecodes.EV_KEY: [ecodes.BTN_TOUCH],
        ecodes.EV_ABS: [
            (ecodes.ABS_X, evdev.AbsInfo(0, 0, 1920, 0, 0, 0)),
            (ecodes.ABS_Y, evdev.AbsInfo(0, 0, 1080, 0, 0, 0)),
        ],
    }
    try:
        touchscreen = evdev.UInput(capabilities, name="Kiosk Test Touchscreen")
    except (OSError, evdev.UInputError) as exc:
        pytest.skip(f"no virtual input devices here (/dev/uinput: {exc})")
    caplog.set_level(logging.WARNING, logger="kiosk.input.evdev_scanner")
    try:
        scanner, recorder = reader(touchscreen.device.path)
        recorder.wait_state("disconnected")
        assert "is not a keyboard" in caplog.text
        other = evdev.InputDevice(touchscreen.device.path)
        other.grab()  # nobody holds it
        other.ungrab()
        other.close()
        scanner.stop()
    finally:
        touchscreen.close()


# -- the Qt face --------------------------------------------------------------------------------


def test_scan_input_reads_an_evdev_scanner_and_keeps_the_keyboard_filter_as_a_guard(
    qtbot: Any, keyboard: VirtualKeyboard, caplog: pytest.LogCaptureFixture
) -> None:
    from screens.scan_input import ScanInput

    caplog.set_level(logging.INFO, logger="screens.scan_input")
    scans = ScanInput(ScannerSection(kind="evdev", device=str(keyboard.link)))
    scans.start()
    try:
        assert scans.keyboard is not None  # keys reaching the window are still scans
        qtbot.waitUntil(lambda: f"{keyboard.link}: connected" in caplog.text, timeout=5_000)
        with qtbot.waitSignal(scans.raw_scanned, timeout=5_000) as received:
            keyboard.type("000.00.12.H29-250701-0042")
        assert received.args[0] == b"000.00.12.H29-250701-0042"
    finally:
        scans.stop()


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_scan_input_stops_an_evdev_reader_promptly(qtbot: Any, tmp_path: Path) -> None:
    from screens.scan_input import ScanInput

    scans = ScanInput(ScannerSection(kind="evdev", device=str(tmp_path / "no-scanner")))
    scans.start()
    time.sleep(0.1)
    started = time.monotonic()
    scans.stop()
    assert time.monotonic() - started < 0.5


# -- config ------------------------------------------------------------------------------------


def scanner_config(**values: Any) -> ScannerSection:
    return config_from_data({"scanner": values}, Path("kiosk.toml"), {}).scanner


@pytest.mark.skipif(sys.platform != "linux", reason="evdev scanners are read on Linux only")
def test_an_evdev_scanner_needs_a_device() -> None:
    pytest.importorskip("evdev", reason="python-evdev is not installed here")
    with pytest.raises(ConfigError) as error:
        scanner_config(kind="evdev")
    assert "scanner.device: required for an evdev scanner, e.g. /dev/input/by-id/" in str(
        error.value
    )
    section = scanner_config(kind="evdev", device=" /dev/input/kiosk-scanner ", suffix="TAB")
    assert (section.kind, section.device, section.suffix) == (
        "evdev",
        "/dev/input/kiosk-scanner",
        "TAB",
    )
    environ = {"KIOSK_SCANNER_KIND": "evdev", "KIOSK_SCANNER_DEVICE": "/dev/input/event7"}
    assert config_from_data({}, Path("kiosk.toml"), environ).scanner.device == "/dev/input/event7"
    assert scanner_config(kind="serial", port="COM4").device == ""


def test_an_evdev_scanner_where_it_cannot_be_read_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(ConfigError, match=r"scanner\.kind: an evdev scanner is read on Linux only"):
        scanner_config(kind="evdev", device="/dev/input/event3")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setitem(sys.modules, "evdev", None)  # find_spec: None, as without it
    with pytest.raises(ConfigError, match=r"scanner\.kind: an evdev scanner needs python-evdev"):
        scanner_config(kind="evdev", device="/dev/input/event3")


def test_the_deploy_files_document_the_evdev_scanner() -> None:
    root = Path(__file__).resolve().parents[1]
    example = (root / "deploy" / "kiosk.toml.example").read_text(encoding="utf-8")
    assert '"evdev"' in example and "\ndevice = " in example
    rules = (root / "deploy" / "linux" / "99-kiosk-dvc.rules").read_text(encoding="utf-8")
    assert 'SUBSYSTEM=="input"' in rules and 'SYMLINK+="input/kiosk-scanner"' in rules
    guide = (root / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert "A scanner that never types into the window (Linux)" in guide
