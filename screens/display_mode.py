"""Large text and high contrast, switchable from every screen and reset for the next citizen.

Both are stylesheets: the kiosk's own, with every font size scaled up for large text, and
with ``high_contrast.qss`` laid over it for the high-contrast theme.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.paths import ASSETS_DIR
from screens.input_filter import input_unwatched

LARGE_TEXT_FACTOR = 1.3
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


def scaled_font_sizes(stylesheet: str, factor: float) -> str:
    """``stylesheet`` with every ``font-size: Npx`` multiplied by ``factor``."""
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(int(m[1]) * factor)}px", stylesheet)


class DisplayMode(QObject):
    """Which of the two aids is on; applies them to the whole application."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        """The standard look is what ``screens.app.setup_application`` gave ``app``."""
        super().__init__(parent)
        self._app = app
        self._base = app.styleSheet()
        self._contrast = ""  # read when first needed: most citizens never switch
        self._base_font_px = app.font().pixelSize()
        self.large_text = False
        self.high_contrast = False
        self.panel_scale = 1.0  # the panel's own type scale (screens.panel.type_scale)

    def set(self, *, large_text: bool | None = None, high_contrast: bool | None = None) -> None:
        """Switch either aid on or off (None: leave it)."""
        new = (
            self.large_text if large_text is None else large_text,
            self.high_contrast if high_contrast is None else high_contrast,
        )
        if new == (self.large_text, self.high_contrast):
            return
        self.large_text, self.high_contrast = new
        self._apply()

    def set_panel_scale(self, factor: float) -> None:
        """Scale all type by ``factor`` on this panel, large text or not (1.0: as designed)."""
        if factor != self.panel_scale:
            self.panel_scale = factor
            self._apply()

    def _apply(self) -> None:
        if self.high_contrast and not self._contrast:
            self._contrast = (ASSETS_DIR / "high_contrast.qss").read_text(encoding="utf-8")
        stylesheet = self._base + ("\n" + self._contrast if self.high_contrast else "")
        factor = self.panel_scale * (LARGE_TEXT_FACTOR if self.large_text else 1.0)
        font = QFont(self._app.font())
        if self._base_font_px > 0:
            font.setPixelSize(round(self._base_font_px * factor))
        with input_unwatched():  # the restyle is synchronous: no input comes in meanwhile
            self._app.setFont(font)
            self._app.setStyleSheet(scaled_font_sizes(stylesheet, factor))
        self.changed.emit()

    def toggle_large_text(self) -> None:
        """Large text on if off, off if on."""
        self.set(large_text=not self.large_text)

    def toggle_high_contrast(self) -> None:
        """High contrast on if off, off if on."""
        self.set(high_contrast=not self.high_contrast)

    def reset(self) -> None:
        """Back to the standard look (the next citizen may not need either aid)."""
        self.set(large_text=False, high_contrast=False)
