"""A list filtered as the citizen types: a search field, a Keyboard button, and the on-screen
keyboard that touching the field brings up (its Done key puts it away).

The keyboard's slot is a widget of its own (``box.keyboard``, a ``KeyboardSlot`` for the
screens' shared keyboard): the screen lays it out at its bottom and gives it the room of
whatever it hides while typing (``keyboard_shown``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from screens.keyboard_slot import KeyboardSlot, SharedKeyboard
from screens.widgets import push_button

MAX_QUERY_LENGTH = 100


class SearchBox(QWidget):
    """The search row; ``text_changed`` as the citizen types, ``keyboard_shown`` when the
    keyboard comes up (True) or goes away (False)."""

    text_changed = Signal(str)
    keyboard_shown = Signal(bool)

    def __init__(self, keyboard: SharedKeyboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setObjectName("searchInput")
        self.query.setMaxLength(MAX_QUERY_LENGTH)
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.text_changed)
        self.query.installEventFilter(self)
        self.keyboard = KeyboardSlot(keyboard, self.query, "text")
        self.keyboard.submitted.connect(lambda: self.show_keyboard(False))
        self.keyboard.hide()
        self.keyboard_button = push_button(
            "secondaryButton", lambda: self.show_keyboard(not self.keyboard.isVisible())
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.query, stretch=1)
        row.addWidget(self.keyboard_button)
        self.retranslate()

    def text(self) -> str:
        """What has been typed."""
        return self.query.text()

    def clear(self) -> None:
        """Empty the field (for good: not undoable) and put the keyboard away."""
        self.query.setText("")
        self.show_keyboard(False)

    def show_keyboard(self, visible: bool) -> None:
        """Bring the keyboard up (the field takes the focus) or put it away."""
        self.keyboard.setVisible(visible)
        self.keyboard_button.setVisible(not visible)
        if visible:
            self.query.setFocus()
        self.keyboard_shown.emit(visible)

    def set_placeholder(self, text: str) -> None:
        """The hint shown in the empty field (set in the screen's language)."""
        self.query.setPlaceholderText(text)

    def retranslate(self) -> None:
        """The Keyboard button's text in the current language."""
        self.keyboard_button.setText(self.tr("⌨ Keyboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.MouseButtonPress
            and not self.keyboard.isVisible()
        ):
            self.show_keyboard(True)
        return False
