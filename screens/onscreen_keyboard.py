"""The on-screen keyboard: big touch keys that type into a QLineEdit, with Vietnamese Telex.

The kiosk has no system input method, so the keyboard edits the attached line edit through
its own API (``insert`` over a selection, ``backspace``): no key events are made, and the
keyboard-wedge scanner filter, which watches key events, never sees on-screen typing. Keys
never take the focus, so the field keeps its cursor and selection.

Modes, chosen per field in :meth:`OnScreenKeyboard.attach`:

- ``"text"``: Vietnamese QWERTY with Telex (``kiosk.input.telex``) on the word before the cursor,
  shift (one letter) and caps lock (shift twice), and a page of digits and punctuation. A
  word typed from its first letter is composed the way Unikey does (``compose_word``): a
  word that cannot be Vietnamese keeps its keys as typed (karaoke, taxi, email). The
  "Tiếng Việt / ABC" key turns Telex off for a name or an address in another language;
- ``"code"``: upper-case letters, digits, ``.``, ``-`` and ``/``, no Telex (dossier codes
  such as ``000.00.17.H17-261116-0002``: a Telex "dd" would become "đ");
- ``"numeric"``: a large 3×4 pad with ``+`` for phone numbers.

A key that would make the text longer than the field's ``maxLength()``, or that its
validator refuses, changes nothing.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from typing import Final, Literal, get_args

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.input.telex import ToneStyle, compose_word, telex_key, word_before
from screens.style_state import set_style_state

KeyboardMode = Literal["text", "code", "numeric"]
MODES: Final[tuple[KeyboardMode, ...]] = get_args(KeyboardMode)
#: the smallest key side: about 22 mm on a 21.5" 1920×1080 screen
MIN_KEY_PX: Final = 88
NUMERIC_PAD_MAX_WIDTH: Final = 880
ICON_PX: Final = 44

# keys that do something other than type their label
SHIFT, BACKSPACE, SPACE, DONE, SYMBOLS, LETTERS, TELEX = (
    "shift",
    "backspace",
    "space",
    "done",
    "symbols",
    "letters",
    "telex",
)

#: a row of keys: (character or special key, width in half keys); None leaves a gap
Row = list[tuple[str | None, int]]


def _keys(chars: str) -> Row:
    return [(char, 2) for char in chars]


# 20 half-key columns: ten keys to a row
TEXT_PAGE: Final[list[Row]] = [
    _keys("qwertyuiop"),
    [(None, 1), *_keys("asdfghjkl"), (None, 1)],
    [(SHIFT, 3), *_keys("zxcvbnm"), (BACKSPACE, 3)],
    [(SYMBOLS, 3), (TELEX, 5), (",", 2), (SPACE, 5), (".", 2), (DONE, 3)],
]
SYMBOLS_PAGE: Final[list[Row]] = [
    _keys("1234567890"),
    _keys("-/:;()&@\"'"),
    [(None, 3), *_keys("?!#%*+="), (BACKSPACE, 3)],
    [(LETTERS, 3), (",", 2), (SPACE, 10), (".", 2), (DONE, 3)],
]
# 22 half-key columns: eleven keys to a row
CODE_PAGE: Final[list[Row]] = [
    [*_keys("1234567890"), (BACKSPACE, 2)],
    _keys("QWERTYUIOP-"),
    _keys("ASDFGHJKL./"),
    [*_keys("ZXCVBNM"), (DONE, 8)],
]
NUMERIC_ROWS: Final = ("123", "456", "789")


def alive(editor: QLineEdit | None) -> QLineEdit | None:
    """``editor``, or None once Qt has deleted it (with its screen)."""
    return editor if editor is not None and shiboken6.isValid(editor) else None


class _Key(QPushButton):
    """A key as tall as the window asks (the stylesheet leaves keys' heights alone)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._height = MIN_KEY_PX

    def set_height(self, pixels: int) -> None:
        if pixels != self._height:
            self._height = pixels
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)


class Shift(Enum):
    """The shift key's three states; touching it moves to the next."""

    OFF = "off"
    ONCE = "on"  # the next letter only
    LOCKED = "locked"  # caps lock


class OnScreenKeyboard(QWidget):
    """A touch keyboard that types into the attached QLineEdit (see the module docstring)."""

    #: every key touched: the character typed, or the special key's name ("backspace", …)
    key_pressed = Signal(str)
    #: the Done key
    submitted = Signal()
    #: its layout was done again (e.g. taller keys): a keyboard laid out by hand, outside
    #: any layout, is given its new size by whoever placed it
    relaid = Signal()

    def __init__(self, parent: QWidget | None = None, *, tone_style: ToneStyle = "old") -> None:
        super().__init__(parent)
        self.tone_style: ToneStyle = tone_style
        """Where Telex puts the tone of oa, oe, uy: hòa (``old``) or hoà (``new``)."""
        self.telex = True
        """Whether letters are composed with Telex (the "Tiếng Việt / ABC" key)."""
        # the keys of the word before the cursor when this keyboard typed it from its start
        # (None: it did not), and what they showed
        self._keys_typed: str | None = ""
        self._word_shown = ""
        self.setObjectName("osk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # as tall as its keys, never taller: room left over is the screen's, not giant keys
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._editor: QLineEdit | None = None
        self._mode: KeyboardMode = "text"
        self._shift = Shift.OFF
        self._special: dict[str, list[QPushButton]] = {}
        self._letter_keys: list[tuple[QPushButton, str]] = []
        self._pages = QStackedWidget(self)
        self._text_page = self._grid_page(TEXT_PAGE)
        self._symbols_page = self._grid_page(SYMBOLS_PAGE)
        self._code_page = self._grid_page(CODE_PAGE)
        self._numeric_page = self._numeric_pad()
        for page in (self._text_page, self._symbols_page, self._code_page, self._numeric_page):
            self._pages.addWidget(page)
        self._show_page(self._text_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._pages)
        for key in self._special[BACKSPACE]:
            key.setAutoRepeat(True)
        for key in (*self._special[BACKSPACE], *self._special[SHIFT]):
            key.setIconSize(QSize(ICON_PX, ICON_PX))
        for key in self._special[TELEX]:
            key.setCheckable(True)
        self._set_shift(Shift.OFF)
        self.retranslate()

    # the public surface

    @property
    def editor(self) -> QLineEdit | None:
        """The line edit the keys type into, if any (None once it has been deleted)."""
        return alive(self._editor)

    @property
    def mode(self) -> KeyboardMode:
        """The current mode: one of ``MODES``."""
        return self._mode

    def attach(self, editor: QLineEdit, mode: KeyboardMode = "text") -> None:
        """Type into ``editor`` from now on, with the keys of ``mode`` (one of ``MODES``)."""
        if mode not in MODES:
            raise ValueError(f"unknown keyboard mode {mode!r}; expected one of {MODES}")
        self._editor = editor
        self._mode = mode
        self._keys_typed = self._word_shown = ""
        self._set_shift(Shift.OFF)
        pages = {"text": self._text_page, "code": self._code_page, "numeric": self._numeric_page}
        self._show_page(pages[mode])

    def button(self, name: str) -> QPushButton:
        """The key ``name`` (its character, lower case for letters, or a special key's name:
        "shift", "backspace", "space", "done", "symbols", "letters") on the page showing.

        Raises KeyError if the page showing has no such key.
        """
        page = self._pages.currentWidget()
        assert page is not None  # the pages were added when the keyboard was built
        for key in page.findChildren(QPushButton):
            if key.property("key") == name:
                return key
        raise KeyError(name)

    def set_key_height(self, pixels: int) -> None:
        """Make every key at least ``pixels`` tall (the window sizes them for its panel)."""
        for key in self.findChildren(_Key):
            key.set_height(pixels)

    def _show_page(self, page: QWidget) -> None:
        """Show ``page``; the keyboard is as tall as that page (not as its tallest page)."""
        for other in (self._text_page, self._symbols_page, self._code_page, self._numeric_page):
            other.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored,
            )
        self._pages.setCurrentWidget(page)
        self._pages.updateGeometry()

    def detach(self) -> None:
        """Stop typing into the editor; keys do nothing until the next ``attach``."""
        self._editor = None

    def reset_typing(self) -> None:
        """Type Vietnamese again, without shift (for the next citizen)."""
        self.telex = True
        self._keys_typed = self._word_shown = ""
        self._set_shift(Shift.OFF)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts of the special keys in the current language."""
        for name, text in (
            (SPACE, self.tr("Space")),
            (DONE, self.tr("Done")),
            (SYMBOLS, self.tr("123")),
            (LETTERS, self.tr("ABC")),
        ):
            for key in self._special[name]:
                key.setText(text)
                key.setAccessibleName(text)
        for name, text in ((BACKSPACE, self.tr("Backspace")), (SHIFT, self.tr("Shift"))):
            for key in self._special[name]:
                key.setAccessibleName(text)
        for key in self._special[TELEX]:
            key.setChecked(self.telex)
            # the key says what typing does now: Vietnamese (Telex) or plain letters
            key.setText("Tiếng Việt" if self.telex else "ABC")
            key.setAccessibleName(
                self.tr("Typing Vietnamese: on")
                if self.telex
                else self.tr("Typing Vietnamese: off")
            )

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # Qt has just laid the keys out again
            self.relaid.emit()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:  # e.g. high contrast: icons follow
            self._draw_icons()
        super().changeEvent(event)

    # building

    def _key(self, name: str, object_name: str) -> QPushButton:
        """A key that never takes the focus; ``name`` is its character or special name."""
        key = _Key(self)
        key.setObjectName(object_name)
        key.setProperty("key", name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        key.clicked.connect(lambda _=False: self._press(name))
        if len(name) == 1:
            key.setText(name.replace("&", "&&"))  # a single & would mark a shortcut
            key.setAccessibleName(name)
            if name.isalpha() and name.islower():
                self._letter_keys.append((key, name))
        else:
            self._special.setdefault(name, []).append(key)
        return key

    def _grid_page(self, rows: list[Row]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for row_index, row in enumerate(rows):
            column = 0
            for name, span in row:
                if name is not None:
                    object_name = "oskKey" if len(name) == 1 else "oskWideKey"
                    key = self._key(name, "oskDoneKey" if name == DONE else object_name)
                    grid.addWidget(key, row_index, column, 1, span)
                column += span
        for column in range(sum(span for _, span in rows[0])):
            grid.setColumnStretch(column, 1)
        return page

    def _numeric_pad(self) -> QWidget:
        pad = QWidget()
        pad.setMaximumWidth(NUMERIC_PAD_MAX_WIDTH)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for row_index, chars in enumerate(NUMERIC_ROWS):
            for column, char in enumerate(chars):
                grid.addWidget(self._key(char, "oskKey"), row_index, column)
        for column, name in enumerate(("+", "0", BACKSPACE)):
            object_name = "oskKey" if len(name) == 1 else "oskWideKey"
            grid.addWidget(self._key(name, object_name), len(NUMERIC_ROWS), column)
        grid.addWidget(self._key(DONE, "oskDoneKey"), 0, 3, len(NUMERIC_ROWS) + 1, 1)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(pad)
        return page

    # typing

    def _press(self, name: str) -> None:
        if len(name) == 1:
            char = name.upper() if self._shift is not Shift.OFF else name
            self._type(char)
            if self._shift is Shift.ONCE and name.isalpha():
                self._set_shift(Shift.OFF)
            self.key_pressed.emit(char)
            return
        if name == BACKSPACE:
            editor = self.editor
            if editor is not None and not editor.isReadOnly():
                editor.backspace()
                self._keys_typed = self._word_shown = ""  # the word goes on key by key
        elif name == SPACE:
            self._type(" ")
        elif name == SHIFT:
            following = {Shift.OFF: Shift.ONCE, Shift.ONCE: Shift.LOCKED, Shift.LOCKED: Shift.OFF}
            self._set_shift(following[self._shift])
        elif name in (SYMBOLS, LETTERS):
            self._show_page(self._symbols_page if name == SYMBOLS else self._text_page)
        elif name == TELEX:
            self.telex = not self.telex
            self._keys_typed = self._word_shown = ""
            self.retranslate()
        self.key_pressed.emit(name)
        if name == DONE:
            self.submitted.emit()

    def _type(self, char: str) -> None:
        """Type ``char`` at the cursor, over the selection; Telex in text mode."""
        editor = self.editor
        if editor is None or editor.isReadOnly():
            return
        text = editor.text()
        if editor.hasSelectedText():
            start, end = editor.selectionStart(), editor.selectionEnd()
        else:
            start = end = editor.cursorPosition()
        word = word_before(text[:start]) if self._mode == "text" and self.telex else ""
        new_word = self._compose(word, char, selected=end > start)
        head = start - len(word)
        new_text = text[:head] + new_word + text[end:]
        if len(new_text) > editor.maxLength():
            return  # QLineEdit would cut the insertion short; a composed word must stay whole
        if end > head:
            editor.setSelection(head, end - head)
        editor.insert(new_word)
        if editor.text() != new_text:  # the validator refused it: put the selection back
            editor.setCursorPosition(start)
            if end > start:
                editor.setSelection(start, end - start)

    def _compose(self, word: str, char: str, *, selected: bool) -> str:
        """What the word before the cursor becomes with ``char``: the whole word composed
        again from its keys where this keyboard typed all of it, else Telex on what is
        there (a word the citizen came back to, or text a scan or prefill put there)."""
        if self._mode != "text" or not self.telex:
            return char
        if word_before(word + char) != word + char:  # a space or a sign: the word is over
            self._keys_typed, self._word_shown = "", ""
            return telex_key(word, char, self.tone_style)
        if selected or word != self._word_shown or self._keys_typed is None:
            if word:  # a word that was there before: Telex on it, key by key
                self._keys_typed = None
                self._word_shown = telex_key(word, char, self.tone_style)
                return self._word_shown
            self._keys_typed = ""
        self._keys_typed += char
        self._word_shown = compose_word(self._keys_typed, self.tone_style)
        return self._word_shown

    def _set_shift(self, state: Shift) -> None:
        self._shift = state
        for key, letter in self._letter_keys:
            key.setText(letter.upper() if state is not Shift.OFF else letter)
        for key in self._special[SHIFT]:
            set_style_state(key, "state", state.value)
        self._draw_icons()

    def _draw_icons(self) -> None:
        """Draw the shift and backspace icons in the keys' text colour."""
        for key in self._special[BACKSPACE]:
            key.setIcon(_icon(BACKSPACE, _text_colour(key).rgba()))
        state = self._shift
        for key in self._special[SHIFT]:
            key.setIcon(
                _icon(
                    SHIFT,
                    _text_colour(key).rgba(),
                    filled=state is not Shift.OFF,
                    bar=state is Shift.LOCKED,
                )
            )


def _text_colour(key: QPushButton) -> QColor:
    """The colour the stylesheet gives a key's text (the icon's colour)."""
    key.ensurePolished()
    return key.palette().color(QPalette.ColorRole.ButtonText)


@lru_cache(maxsize=32)
def _icon(name: str, rgba: int, *, filled: bool = False, bar: bool = False) -> QIcon:
    """The shift or backspace key's icon in the colour ``rgba``, drawn (the bundled font has
    no ⇧ or ⌫). Drawn once: Qt keeps each new icon's rendering in its pixmap cache (up to
    10 MB), and keys shown again with icons drawn again would fill it, a journey at a time."""
    colour = QColor.fromRgba(rgba)
    pixmap = QPixmap(ICON_PX * 2, ICON_PX * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(
        QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    if filled:
        painter.setBrush(colour)
    s = ICON_PX
    if name == SHIFT:
        arrow = [
            (0.5, 0.1),
            (0.9, 0.5),
            (0.68, 0.5),
            (0.68, 0.72 if bar else 0.86),
            (0.32, 0.72 if bar else 0.86),
            (0.32, 0.5),
            (0.1, 0.5),
        ]
        painter.drawPolygon(QPolygonF([QPointF(x * s, y * s) for x, y in arrow]))
        if bar:
            painter.drawLine(QPointF(0.32 * s, 0.86 * s), QPointF(0.68 * s, 0.86 * s))
    else:
        outline = [(0.05, 0.5), (0.32, 0.2), (0.92, 0.2), (0.92, 0.8), (0.32, 0.8)]
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x * s, y * s) for x, y in outline]))
        path.closeSubpath()
        painter.drawPath(path)
        for (x1, y1), (x2, y2) in (((0.48, 0.36), (0.76, 0.64)), ((0.48, 0.64), (0.76, 0.36))):
            painter.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s))
    painter.end()
    return QIcon(pixmap)
