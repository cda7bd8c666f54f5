"""Reusable touch widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

QR_MIN_PX = 240


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as it is: never as rich text, whatever the province sent
    (a name with ``<img>`` or ``<a>`` in it is shown, not rendered)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, cut short with … when it is wider than the room it has (the
    whole text stays its accessible name)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = ""

    def setText(self, text: str) -> None:
        """Show ``text``, elided to the label's width."""
        self._whole = text
        self.setAccessibleName(text)
        self._elide()

    def whole_text(self) -> str:
        """The text as set, before eliding."""
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        super().setText(
            self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, width)
            if width > 0
            else self._whole
        )


class TileButton(QPushButton):
    """A large touch target with a bold title and a smaller line under it."""

    def __init__(self, object_name: str = "tile", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = plain_label(parent=self)
        self.title.setObjectName("tileTitle")
        self.subtitle = plain_label(parent=self)
        self.subtitle.setObjectName("tileSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addStretch(1)
        for label in (self.title, self.subtitle):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.toggled.connect(self._mark_labels)

    def _mark_labels(self, checked: bool) -> None:
        """Let the stylesheet colour the labels of a checked tile (``[checked="true"]``):
        Qt stylesheets cannot select a child by its parent's state."""
        for label in (self.title, self.subtitle):
            label.setProperty("checked", checked)
            label.style().unpolish(label)
            label.style().polish(label)

    def set_texts(self, title: str, subtitle: str) -> None:
        """Set both lines; an empty subtitle is hidden."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.setAccessibleName(title)


def push_button(object_name: str, on_click: Callable[[], object]) -> QPushButton:
    """A button styled by ``object_name`` that calls ``on_click`` when touched (its text is
    set in the screen's ``retranslate``)."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def heading(object_name: str = "heading") -> QLabel:
    """A centred, wrapping label styled by ``object_name``."""
    label = plain_label()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class RoomLeftScrollArea(QScrollArea):
    """A scroll area that asks for no more than its minimum size: it takes the room its layout
    leaves it (by stretch) and scrolls the rest.

    QScrollArea's own size hint is its content's as it was when first asked, so a screen's
    layout would depend on what the screen held when it was first laid out.
    """

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area that a finger can drag."""
    area = RoomLeftScrollArea()
    area.setObjectName("scrollArea")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    finger_scrolling(area.viewport())
    return area


def finger_scrolling(viewport: QWidget) -> None:
    """Let a finger drag ``viewport`` to scroll, while a tap still reaches the button under
    it at once (no press delay, so nothing inside feels slow or misses a tap)."""
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(properties)


class QrCode(QWidget):
    """A QR code drawn square and crisp at any size, dark on a white quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._modules: list[list[bool]] = []
        self.setMinimumSize(QR_MIN_PX, QR_MIN_PX)

    def set_content(self, content: str) -> None:
        """Show ``content`` as a QR code (medium error correction); "" clears it."""
        if content:
            import qrcode  # brings in Pillow: imported by the first code, not at start

            code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
            code.add_data(content)
            code.make(fit=True)
            self._modules = code.get_matrix()
        else:
            self._modules = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._modules:
            return
        count = len(self._modules)
        side = min(self.width(), self.height())
        module = side // count
        if module <= 0:
            return
        left = (self.width() - module * count) // 2
        top = (self.height() - module * count) // 2
        painter = QPainter(self)
        painter.fillRect(left, top, module * count, module * count, QColor("#FFFFFF"))
        black = QColor("#000000")
        for row, modules in enumerate(self._modules):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect(
                        left + column * module, top + row * module, module, module, black
                    )
        painter.end()


class TouchList(QListWidget):
    """A list of large rows for fingers: each row as tall as its wrapped text needs (at least
    ``MIN_ROW_PX``), dragged to scroll, never showing a keyboard-focus selection."""

    MIN_ROW_PX = 96
    ROW_PADDING_PX = 28  # the stylesheet's item padding, top and bottom, and a border

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultList")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        finger_scrolling(self.viewport())

    def add_row(self, text: str, data: str) -> None:
        """A row showing ``text`` (lines separated by newlines) that carries ``data``."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setSizeHint(QSize(0, self._row_height(text)))
        self.addItem(item)

    def row_data(self, item: QListWidgetItem) -> str:
        """What the row was added with."""
        return str(item.data(Qt.ItemDataRole.UserRole))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for row in range(self.count()):
            item = self.item(row)
            item.setSizeHint(QSize(0, self._row_height(item.text())))

    def _row_height(self, text: str) -> int:
        width = max(self.viewport().width() - 2 * self.ROW_PADDING_PX, 200)
        needed = (
            self.fontMetrics()
            .boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            .height()
        )
        return max(self.MIN_ROW_PX, needed + self.ROW_PADDING_PX)
