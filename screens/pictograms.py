"""Pictograms: the kiosk's bundled outline icons (Lucide, ``kiosk/assets/icons``), drawn in
the colour of the current look.

An icon is an SVG whose strokes are ``currentColor``; the colour is written into the SVG text
before QtSvg renders it, so a pictogram is as sharp as text at any size and pixel ratio. The
``Pictogram`` widget takes its colour from the stylesheet (``color:`` on its object name, as for
a label), so the standard and the high-contrast looks colour icons and text by the same rules.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from PySide6.QtCore import Property, QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.paths import ASSETS_DIR
from screens.style_state import set_style_state

ICONS_DIR = ASSETS_DIR / "icons"
DEFAULT_PX = 96
FIELD_PICTOGRAMS = {
    "ho-tich": "field-civil-status",
    "chung-thuc": "field-certification",
    "dat-dai": "field-land",
    "xay-dung": "field-construction",
    "bao-tro-xa-hoi": "field-social-protection",
    "cu-tru": "field-residence",
    "ho-kinh-doanh": "field-business",
    "bao-hiem-y-te": "field-health-insurance",
}
"""The pictogram of each field (lĩnh vực) by the id the demo province gives it."""

log = logging.getLogger(__name__)


@cache
def _svg_text(name: str) -> str | None:
    """The SVG source of icon ``name``; None (and one warning) if the kiosk has no such icon."""
    path = ICONS_DIR / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("pictogram %r is missing (%s): shown without it", name, exc)
        return None


@lru_cache(maxsize=256)
def _render(name: str, size_px: int, rgb: str, ratio: float) -> QImage:
    source = _svg_text(name)
    if source is None or size_px <= 0:
        return QImage()
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", rgb).encode("utf-8")))
    if not renderer.isValid():
        log.warning("pictogram %r is not a valid SVG: shown without it", name)
        return QImage()
    side = max(1, round(size_px * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def pictogram(name: str, size_px: int, colour: QColor, device_pixel_ratio: float = 1.0) -> QImage:
    """Icon ``name`` drawn ``size_px`` logical pixels square in ``colour``, for a screen of
    ``device_pixel_ratio``; a null image if there is no such icon. Cached: the same arguments
    give the same image."""
    return _render(name, size_px, colour.name(), round(device_pixel_ratio, 2))


def field_pictogram(field_id: str) -> str:
    """The pictogram of a field: its own if the kiosk knows the field, else a folder's."""
    return FIELD_PICTOGRAMS.get(field_id, "field")


class Pictogram(QWidget):
    """A square pictogram without text, coloured by the stylesheet's ``color`` for its object
    name (and pseudo-states such as ``:disabled``), sized by ``pixelSize`` (which a stylesheet
    may set with ``qproperty-pixelSize``). Decorative: the words beside it say the same."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._name = ""
        self._size_px = DEFAULT_PX
        self.setFixedSize(DEFAULT_PX, DEFAULT_PX)

    def name(self) -> str:
        """The icon shown ("" for none)."""
        return self._name

    def set_name(self, name: str) -> None:
        """Draw icon ``name`` ("" draws nothing; whoever lays the pictogram out hides it)."""
        if name != self._name:
            self._name = name
            self.update()

    def set_state(self, name: str, tone: str = "") -> None:
        """Show icon ``name`` in ``tone`` (the stylesheet's ``[tone="good"]``, ``"bad"``,
        ``"warn"``; "" for the plain colour), or hide the pictogram if ``name`` is "". The
        same icon again leaves it as it is (``show_if_room`` may have hidden it)."""
        if name != self._name or not name:
            self.setVisible(bool(name))
        self.set_name(name)
        set_style_state(self, "tone", tone)

    def pixel_size(self) -> int:
        """The side of the square, in logical pixels."""
        return self._size_px

    def set_pixel_size(self, size_px: int) -> None:
        """Draw the pictogram ``size_px`` logical pixels square."""
        if size_px != self._size_px:
            self._size_px = size_px
            self.setFixedSize(size_px, size_px)
            self.update()

    pixelSize = Property(int, pixel_size, set_pixel_size)
    """``pixel_size`` for stylesheets (``qproperty-pixelSize``)."""

    def colour(self) -> QColor:
        """The colour the pictogram is drawn in now (the stylesheet's, for this state)."""
        return self.palette().color(QPalette.ColorRole.WindowText)

    def sizeHint(self) -> QSize:
        return QSize(self._size_px, self._size_px)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.EnabledChange):
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        image = pictogram(self._name, self._size_px, self.colour(), self.devicePixelRatioF())
        if image.isNull():
            return
        painter = QPainter(self)
        painter.drawImage(0, 0, image)
        painter.end()


def show_if_room(pictogram: Pictogram, screen: QWidget) -> None:
    """Show ``pictogram`` (if it has an icon) only where ``screen``'s content, with it, fits
    the screen's height: on a short screen, or in large text, the words come first. Call it
    when the screen's size or content changes; it changes nothing if nothing changed."""
    layout = screen.layout()
    if layout is None:
        return
    needed = (
        layout.totalHeightForWidth(screen.width())
        if layout.hasHeightForWidth()
        else layout.totalMinimumSize().height()
    )
    if pictogram.isHidden():
        needed += pictogram.height() + layout.spacing()
    show = bool(pictogram.name()) and needed <= screen.height()
    if show == pictogram.isHidden():
        pictogram.setVisible(show)
