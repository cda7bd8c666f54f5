"""The on-screen keyboard: touch keys type into a QLineEdit, with Telex in text mode."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from screens.keyboard_scanner import KeyboardScanFilter
from screens.onscreen_keyboard import MODES, KeyboardMode, OnScreenKeyboard
from tests.test_keyboard_scanner import SCANNER_GAP_S, FakeClock


@dataclass
class Rig:
    """A line edit above a keyboard attached to it, in a shown window."""

    qtbot: QtBot
    window: QWidget
    edit: QLineEdit
    keyboard: OnScreenKeyboard

    def tap(self, *names: str) -> None:
        """Touch keys by name ("a", "shift", "done", …)."""
        for name in names:
            # pytest-qt passes its QTest helpers through untyped
            self.qtbot.mouseClick(self.keyboard.button(name), Qt.MouseButton.LeftButton)

    def type(self, keys: str) -> None:
        """Touch the keys for ``keys``; an upper-case letter is shift, then the letter."""
        for char in keys:
            if char == " ":
                self.tap("space")
            elif char.isupper() and self.keyboard.mode == "text":
                self.tap("shift", char.lower())
            else:
                self.tap(char)


@pytest.fixture
def rig(qtbot) -> Rig:
    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit()
    keyboard = OnScreenKeyboard()
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    host.resize(1280, 600)
    host.show()
    host.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    keyboard.attach(edit, "text")
    return Rig(qtbot, host, edit, keyboard)


def test_touching_keys_types_telex_words(rig: Rig) -> None:
    rig.type("Vieejt Nam")
    assert rig.edit.text() == "Việt Nam"
    rig.edit.clear()
    rig.type("Nguyeenx Thij Hoongf Nhung")
    assert rig.edit.text() == "Nguyễn Thị Hồng Nhung"


def test_foreign_words_keep_their_keys_as_typed_and_vietnamese_ones_compose(rig: Rig) -> None:
    rig.type("karaoke taxi wifi Vieejt hoaf")
    assert rig.edit.text() == "karaoke taxi wifi Việt hòa"


def test_the_telex_key_types_plain_letters_until_touched_again(rig: Rig) -> None:
    telex = rig.keyboard.button("telex")
    assert telex.text() == "Tiếng Việt" and telex.isChecked()
    rig.tap("telex")
    assert telex.text() == "ABC" and not telex.isChecked()
    assert telex.accessibleName() == "Typing Vietnamese: off"
    rig.type("Nguyeenx ")
    rig.tap("telex")
    rig.type("Vieejt")
    assert rig.edit.text() == "Nguyeenx Việt"


def test_a_word_already_in_the_field_takes_telex_keys_too(rig: Rig) -> None:
    rig.edit.setText("Viêt")  # prefilled, or typed before the cursor came back
    rig.type("j")
    assert rig.edit.text() == "Việt"


def test_the_office_may_have_the_tone_on_the_second_vowel(qtbot, rig: Rig) -> None:
    rig.keyboard.tone_style = "new"
    rig.type("hoaf thuyr")
    assert rig.edit.text() == "hoà thuỷ"


def test_backspace_deletes_a_composed_letter_and_the_selection(rig: Rig) -> None:
    rig.type("Vieejt")
    rig.tap("backspace")
    assert rig.edit.text() == "Việ"
    rig.edit.setText("Đà Nẵng")
    rig.edit.setSelection(0, 3)
    rig.tap("backspace")
    assert rig.edit.text() == "Nẵng"
    assert rig.edit.cursorPosition() == 0


def test_shift_is_one_letter_twice_is_caps_lock(rig: Rig) -> None:
    rig.tap("shift")
    assert rig.keyboard.button("a").text() == "A"
    rig.tap("h", "a")
    assert rig.edit.text() == "Ha"
    assert rig.keyboard.button("a").text() == "a"
    rig.tap("space", "shift", "shift", "d", "d", "a", "a", "n", "g")
    assert rig.edit.text() == "Ha ĐÂNG"
    rig.tap("shift", "space", "b")
    assert rig.edit.text() == "Ha ĐÂNG b"


def test_digits_and_punctuation_page(rig: Rig) -> None:
    rig.type("Soos")
    rig.tap("symbols", "1", "2", "/", "3", "letters", "space", "a")
    assert rig.edit.text() == "Số12/3 a"
    with pytest.raises(KeyError):
        rig.keyboard.button("1")


def test_code_mode_types_codes_as_they_are(rig: Rig) -> None:
    rig.keyboard.attach(rig.edit, "code")
    rig.type("000.00.17.H17-261116-0002")
    assert rig.edit.text() == "000.00.17.H17-261116-0002"
    rig.edit.clear()
    rig.tap("D", "D", "A", "A", "W", "S")
    assert rig.edit.text() == "DDAAWS"
    for missing in ("a", "shift", "space"):
        with pytest.raises(KeyError):
            rig.keyboard.button(missing)


def test_numeric_mode_is_a_phone_pad(rig: Rig) -> None:
    rig.keyboard.attach(rig.edit, "numeric")
    rig.tap("+", "8", "4", "9", "1", "2", "backspace", "0")
    assert rig.edit.text() == "+84910"
    with pytest.raises(KeyError):
        rig.keyboard.button("a")


def test_unknown_mode_is_refused(rig: Rig) -> None:
    with pytest.raises(ValueError, match="numeric"):
        rig.keyboard.attach(rig.edit, "digits")  # type: ignore[arg-type]


def test_max_length_is_kept_and_a_composed_word_stays_whole(rig: Rig) -> None:
    rig.edit.setMaxLength(2)
    rig.type("baa")
    assert rig.edit.text() == "bâ"  # aa composes in place: still two characters
    rig.tap("a")  # "bâ" + a would undo to "baa": three characters, so nothing happens
    assert rig.edit.text() == "bâ"
    rig.tap("s")
    assert rig.edit.text() == "bấ"
    rig.tap("n")
    assert rig.edit.text() == "bấ"


def test_the_validator_is_respected(rig: Rig) -> None:
    rig.keyboard.attach(rig.edit, "code")
    rig.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]*")))
    rig.type("12.3")
    rig.edit.setCursorPosition(2)
    rig.tap("A")
    assert rig.edit.text() == "12.3"
    assert rig.edit.cursorPosition() == 2
    rig.edit.setSelection(0, 2)
    rig.tap("H")
    assert rig.edit.selectedText() == "12"
    rig.tap("9")
    assert rig.edit.text() == "9.3"


def test_a_refused_telex_change_leaves_cursor_and_selection_alone(rig: Rig) -> None:
    rig.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z ]*")))
    rig.type("ba")
    rig.tap("a")  # "bâ" is refused by the validator
    assert rig.edit.text() == "ba"
    assert rig.edit.cursorPosition() == 2
    assert not rig.edit.hasSelectedText()


def test_telex_acts_on_the_word_before_the_cursor(rig: Rig) -> None:
    rig.edit.setText("Nguyn Thi Hong")
    rig.edit.setCursorPosition(4)  # Nguy|n
    rig.tap("e", "e", "x")
    assert rig.edit.text() == "Nguyễn Thi Hong"
    assert rig.edit.cursorPosition() == 5
    rig.edit.setCursorPosition(len("Nguyễn Thi"))
    rig.tap("j")
    assert rig.edit.text() == "Nguyễn Thị Hong"
    rig.edit.setSelection(len("Nguyễn Thị "), 4)
    rig.type("Lan")
    assert rig.edit.text() == "Nguyễn Thị Lan"


def test_the_editor_keeps_the_focus(rig: Rig) -> None:
    rig.type("Hoongf")
    rig.tap("symbols", "1", "letters", "backspace", "done")
    assert rig.edit.hasFocus()
    assert QApplication.focusWidget() is rig.edit
    keys = rig.keyboard.findChildren(QPushButton)
    assert keys and all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keys)


def test_signals_for_keys_and_done(rig: Rig) -> None:
    pressed: list[str] = []
    edited: list[str] = []
    rig.keyboard.key_pressed.connect(pressed.append)
    rig.edit.textEdited.connect(edited.append)
    rig.tap("shift", "a", "a", "backspace")
    assert pressed == ["shift", "A", "a", "backspace"]
    assert edited == ["A", "Â", ""]
    with rig.qtbot.waitSignal(rig.keyboard.submitted, timeout=1000):
        rig.tap("done")
    assert pressed[-1] == "done"


def test_detached_or_deleted_editor_is_left_alone(rig: Rig, qtbot) -> None:
    rig.type("ab")
    rig.keyboard.detach()
    rig.tap("c", "backspace")
    assert rig.edit.text() == "ab"
    other = QLineEdit()
    rig.keyboard.attach(other, "text")
    other.deleteLater()
    qtbot.waitUntil(lambda: rig.keyboard.editor is None)
    rig.tap("d")
    assert rig.edit.text() == "ab"


def test_read_only_editor_is_not_typed_into(rig: Rig) -> None:
    rig.edit.setText("Hà Nội")
    rig.edit.setReadOnly(True)
    rig.tap("a", "backspace")
    assert rig.edit.text() == "Hà Nội"


class _Vietnamese(QTranslator):
    """Translates the keyboard's labels (the shipped .qm is built separately)."""

    TEXTS: ClassVar = {"Done": "Xong", "Space": "Dấu cách"}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.TEXTS.get(source) if context == "OnScreenKeyboard" else None

    def isEmpty(self) -> bool:
        return False


def test_labels_follow_the_language(rig: Rig, qapp: QApplication) -> None:
    assert rig.keyboard.button("done").text() == "Done"
    translator = _Vietnamese()
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert rig.keyboard.button("done").text() == "Xong"
        assert rig.keyboard.button("space").text() == "Dấu cách"
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert rig.keyboard.button("space").text() == "Space"


def test_every_key_is_a_big_touch_target_at_1280_px(rig: Rig, qapp: QApplication) -> None:
    from screens.app import setup_application

    setup_application(qapp)  # the kiosk's fonts and stylesheet
    assert rig.keyboard.minimumSizeHint().width() <= 1280
    rig.window.resize(1280, rig.window.sizeHint().height())
    pages: list[tuple[KeyboardMode, str | None]] = [(mode, None) for mode in MODES]
    pages.append(("text", "symbols"))
    for mode, page in pages:
        rig.keyboard.attach(rig.edit, mode)
        if page:
            rig.tap(page)
        keys = [key for key in rig.keyboard.findChildren(QPushButton) if key.isVisible()]

        def laid_out(keys: list[QPushButton] = keys) -> bool:
            return all(key.height() > 0 for key in keys)

        rig.qtbot.waitUntil(laid_out)
        assert len(keys) >= 13  # the numeric pad's 12 keys and Done
        assert rig.keyboard.width() <= 1280
        for key in keys:
            assert key.height() >= 88, (mode, key.property("key"), key.size())
            assert key.width() >= 88, (mode, key.property("key"), key.size())


# A keyboard-wedge scanner firing while a citizen types on the screen.

PERSON_GAP_S = 0.5


def scanner_types(widget: QWidget, clock: FakeClock, text: str) -> None:
    """Key presses and releases as a keyboard-wedge scanner sends them (``\\r`` is Enter)."""
    for char in text:
        clock.now += SCANNER_GAP_S
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def scanner(qapp: QApplication) -> Iterator[tuple[KeyboardScanFilter, FakeClock, list[str]]]:
    clock = FakeClock()
    # a long real-time flush interval: the fake clock alone decides what a burst is, so a
    # slow test run cannot end a burst early
    scan_filter = KeyboardScanFilter(clock=clock, max_gap_s=5.0)
    scans: list[str] = []
    scan_filter.scanned.connect(scans.append)
    scan_filter.install()
    yield scan_filter, clock, scans
    scan_filter.uninstall()


def test_a_scan_between_touches_leaves_the_half_typed_word_alone(rig: Rig, scanner) -> None:
    _, clock, scans = scanner
    rig.type("Nguyee")
    clock.now += PERSON_GAP_S
    scanner_types(rig.edit, clock, "000.00.17.H17-261116-0002\r")
    assert scans == ["000.00.17.H17-261116-0002"]
    assert rig.edit.text() == "Nguyê"
    clock.now += PERSON_GAP_S
    rig.type("nx")
    assert rig.edit.text() == "Nguyễn"


def test_touches_in_the_middle_of_a_scan_do_not_split_it(rig: Rig, scanner) -> None:
    _, clock, scans = scanner
    rig.type("Hoo")
    code = "ddaa079203001234"  # a Telex-looking code: must not be composed either
    scanner_types(rig.edit, clock, code[:8])
    rig.type("ngf")  # touches are not key events: the scanner filter never sees them
    scanner_types(rig.edit, clock, code[8:] + "\r")
    assert scans == [code]
    assert rig.edit.text() == "Hồng"
