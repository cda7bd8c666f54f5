"""Colour contrast as WCAG measures it, of what a widget shows as the window draws it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def luminance(colour: QColor) -> float:
    """The colour's relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn(widget: QWidget) -> tuple[QColor, QColor]:
    """The background of the part of ``widget`` in view (its commonest colour) and the colour
    drawn on it that stands out most (on at least a few pixels: glyph stems and strokes, not
    anti-aliased edges)."""
    window = widget.window()
    shown = widget.visibleRegion().boundingRect()  # a row scrolled half out: its part in view
    area = QRect(widget.mapTo(window, shown.topLeft()), shown.size())
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    background = QColor(counts.most_common(1)[0][0])
    marks = [QColor(rgb) for rgb, count in counts.items() if count >= 4]
    return background, max(marks, key=lambda colour: contrast(background, colour))
