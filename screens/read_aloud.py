"""Read-aloud mode, for citizens who cannot read the screen: the first tap on a button says
what it is, the second tap on the same button does it.

While the mode is on, a tap on any button (a tile, an answer, Back) is held back: the
button's words are spoken and the button is marked (a thick outline) as the one a second
tap will press. A tap on another button reads that one instead. The on-screen keyboard's keys
and the mode's own switch act at once. The mode lasts for one citizen's visit: the idle wipe
turns it off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from screens.input_filter import input_filter
from screens.style_state import set_style_state

ARMED = "readAloud"
"""The property that marks the button a second tap will press (styled in style.qss)."""
# mouse events only: a touch the widgets do not take comes to them as mouse events
PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
RELEASES = frozenset({QEvent.Type.MouseButtonRelease})
ACTS_AT_ONCE = frozenset({"oskKey", "oskWideKey", "oskDoneKey", "readAloudButton"})
_SYMBOLS = re.compile(r"[^\w\s.,:;!?%()/+-]")


def button_words(button: QAbstractButton) -> str:
    """What a button says, as words to speak: its accessible name and description (a tile's
    title and line), else its text, else the words of the labels on it; symbols (◀ ⌂ ◐) left
    out."""
    name = button.accessibleName() or button.text()
    text = ". ".join(part for part in (name, button.accessibleDescription()) if part.strip())
    if not text.strip():
        text = ". ".join(
            label.text() for label in button.findChildren(QLabel) if label.text().strip()
        )
    return " ".join(_SYMBOLS.sub(" ", text).split())


class ReadAloud(QObject):
    """The mode: see the module's description. ``speak`` is given each button's words."""

    changed = Signal()

    def __init__(self, speak: Callable[[str], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speak = speak
        self.on = False
        self._armed: QAbstractButton | None = None
        self._swallowing = False
        input_filter().watch(self, PRESSES | RELEASES, self._on_input)

    def set(self, on: bool) -> None:
        """Turn the mode on or off."""
        if on != self.on:
            self.on = on
            self._arm(None)
            self.changed.emit()

    def toggle(self) -> None:
        """Turn the mode on if it is off, and off if it is on."""
        self.set(not self.on)

    @property
    def armed(self) -> QAbstractButton | None:
        """The button a second tap will press (None: none read yet)."""
        if self._armed is not None and not shiboken6.isValid(self._armed):
            self._armed = None
        return self._armed

    def _on_input(self, watched: QObject, event: QEvent) -> bool:
        if not self.on:
            return False
        if event.type() in RELEASES:
            swallowed, self._swallowing = self._swallowing, False
            return swallowed
        button = _button_under(watched)
        if button is None or button.objectName() in ACTS_AT_ONCE or not button.isEnabled():
            return False
        if button is self.armed:
            self._arm(None)
            return False  # the second tap: the button acts
        self._arm(button)
        self._speak(button_words(button))
        self._swallowing = True
        return True

    def _arm(self, button: QAbstractButton | None) -> None:
        for widget in (self.armed, button):
            if widget is not None:
                set_style_state(widget, ARMED, widget is button)
        self._armed = button


def _button_under(watched: QObject) -> QAbstractButton | None:
    """The button a press on ``watched`` goes to (the widget itself, or what it sits on)."""
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None and not isinstance(widget, QAbstractButton):
        widget = widget.parentWidget()
    return widget
