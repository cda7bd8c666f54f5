"""The citizen screens' one on-screen keyboard, and the slot where each screen shows it.

A keyboard is 127 widgets. When each of the five screens that type (procedures, fees, online
services, dossier status, check-in) had its own, keyboards were two thirds of the window's
widgets: about 13 MB, 0.2 s of building, and most of the time a restyle takes (high
contrast and large text restyle every widget). Only one screen shows at a time, so they
share one keyboard (``SharedKeyboard``, kept by the screens' context).

Each screen lays out a ``KeyboardSlot`` where its keyboard goes: an empty widget as large as
the keyboard. Whenever a slot is shown it takes the keyboard, which types into the slot's
field in the slot's mode and lies over the slot, following it as the screen's layout moves
it; the slot hears the Done key while it holds the keyboard. The keyboard is not moved into
the slot: under a stylesheet, Qt restyles every one of a widget's children when it changes
parents (about 15 ms for a keyboard), so it stays a child of one widget over every screen
(``SharedKeyboard.home``: the window's stack of screens).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QHideEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.input.telex import ToneStyle
from screens.onscreen_keyboard import MIN_KEY_PX, KeyboardMode, OnScreenKeyboard, alive

_FOLLOWED = frozenset({QEvent.Type.Move, QEvent.Type.Resize})


class SharedKeyboard(QObject):
    """The one keyboard of a window's citizen screens; made with the first screen that types."""

    #: the keyboard was raised over a screen (the window raises its floating notices again)
    raised = Signal()

    def __init__(self, tone_style: ToneStyle = "old", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home: QWidget | None = None
        """The widget the keyboard lives in, over every screen (None: a slot's window)."""
        self._tone_style: ToneStyle = tone_style
        self._keyboard: OnScreenKeyboard | None = None
        self._holder: KeyboardSlot | None = None
        self._key_height = MIN_KEY_PX
        self._hint = QSize()  # the keyboard's size hint when it was last laid out

    def keyboard(self) -> OnScreenKeyboard:
        """The keyboard, made now (hidden, in ``home``) if it does not exist (or went with
        its home)."""
        if self._keyboard is None or not shiboken6.isValid(self._keyboard):
            self._keyboard = OnScreenKeyboard(self.home, tone_style=self._tone_style)
            self._keyboard.set_key_height(self._key_height)
            self._keyboard.submitted.connect(self._submitted)
            self._keyboard.relaid.connect(self._relaid)
            self._holder = None
        return self._keyboard

    @property
    def holder(self) -> KeyboardSlot | None:
        """The slot the keyboard lies over (None: not made yet, or no slot took it)."""
        if self._holder is not None and not shiboken6.isValid(self._holder):
            self._holder = None
        if self._keyboard is None or not shiboken6.isValid(self._keyboard):
            return None
        return self._holder

    def hand_to(self, slot: KeyboardSlot) -> None:
        """``slot`` holds the keyboard from now on; the slot that held it lets go."""
        previous = self.holder
        self._holder = slot
        if previous is not None and previous is not slot:
            previous.let_go()

    def set_key_height(self, pixels: int) -> None:
        """Keys at least ``pixels`` tall, now and on a keyboard made later."""
        self._key_height = pixels
        if self._keyboard is not None and shiboken6.isValid(self._keyboard):
            self._keyboard.set_key_height(pixels)

    def reset(self) -> None:
        """Back to typing Vietnamese, for the next citizen (nothing if never made)."""
        if self._keyboard is not None and shiboken6.isValid(self._keyboard):
            self._keyboard.reset_typing()

    def _relaid(self) -> None:
        hint = self.keyboard().sizeHint()
        holder = self.holder
        if hint != self._hint and holder is not None:
            holder.updateGeometry()  # its size hint is the keyboard's
        self._hint = hint

    def _submitted(self) -> None:
        holder = self.holder
        if holder is not None:
            holder.submitted.emit()


class KeyboardSlot(QWidget):
    """Where a screen shows the shared keyboard (see the module's docstring); ``submitted``
    when its Done key is touched while this slot holds it."""

    submitted = Signal()

    def __init__(
        self,
        shared: SharedKeyboard,
        editor: QLineEdit | None = None,
        mode: KeyboardMode = "text",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shared = shared
        self._editor = editor
        self._mode: KeyboardMode = mode
        self._followed: list[QWidget] = []  # the ancestors whose moves move the keyboard
        shared.keyboard()  # made with the first screen that types, not amid a layout
        # as tall as the keyboard, never taller (as the keyboard itself)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @property
    def editor(self) -> QLineEdit | None:
        """The line edit this slot's keys type into, if any (None once it has been deleted)."""
        return alive(self._editor)

    def attach(self, editor: QLineEdit, mode: KeyboardMode = "text") -> None:
        """Type into ``editor`` with the keys of ``mode`` from now on."""
        self._editor, self._mode = editor, mode
        if self.holds_keyboard():
            self._shared.keyboard().attach(editor, mode)

    def detach(self) -> None:
        """Keys type nowhere until the next ``attach``."""
        self._editor = None
        if self.holds_keyboard():
            self._shared.keyboard().detach()

    def holds_keyboard(self) -> bool:
        """Whether the shared keyboard lies over this slot now."""
        return self._shared.holder is self

    def take(self) -> OnScreenKeyboard:
        """The shared keyboard, typing into this slot's editor, over this slot; shown when
        the slot is."""
        keyboard = self._shared.keyboard()
        home = self._shared.home
        if home is None or not home.isAncestorOf(self):
            home = self.window()
        if keyboard.parentWidget() is not home:
            keyboard.setParent(home)  # once: a keyboard changing parents is restyled
        if not self.holds_keyboard():
            self._shared.hand_to(self)
            editor = self.editor
            if editor is None:
                keyboard.detach()
            else:
                keyboard.attach(editor, self._mode)
            self._follow(home)
        self._place()
        if not self.isHidden():
            keyboard.raise_()
            keyboard.show()
            self._shared.raised.emit()
        return keyboard

    def let_go(self) -> None:
        """Stop following the keyboard's way to this slot (another slot took it)."""
        for widget in self._followed:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._followed = []

    def button(self, name: str) -> QPushButton:
        """The key ``name`` on the page showing (``OnScreenKeyboard.button``)."""
        return self.take().button(name)

    def sizeHint(self) -> QSize:
        """The keyboard's: the screen leaves it room whether or not the slot holds it."""
        return self._shared.keyboard().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._shared.keyboard().minimumSizeHint()

    def showEvent(self, event: QShowEvent) -> None:
        self.take()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.holds_keyboard():
            self._shared.keyboard().hide()
        super().hideEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:
        self._place()
        super().moveEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOWED:
            self._place()
        return False

    def _follow(self, home: QWidget) -> None:
        """Watch the widgets between this slot and ``home`` move and resize."""
        self.let_go()
        ancestor = self.parentWidget()
        while ancestor is not None and ancestor is not home:
            ancestor.installEventFilter(self)
            self._followed.append(ancestor)
            ancestor = ancestor.parentWidget()

    def _place(self) -> None:
        """Lay the keyboard over this slot, if this slot holds it."""
        if self.holds_keyboard():
            keyboard = self._shared.keyboard()
            home = keyboard.parentWidget()
            if home is not None:
                keyboard.setGeometry(QRect(self.mapTo(home, QPoint(0, 0)), self.size()))
