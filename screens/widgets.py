"""Reusable touch widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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

from screens.pictograms import Pictogram
from screens.style_state import set_style_state

QR_MIN_PX = 240
ONE_LINE_PX = 100_000  # wider than any text on one line


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as it is: never as rich text, whatever the province sent
    (a name with ``<img>`` or ``<a>`` in it is shown, not rendered)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WrappingLabel(QLabel):
    """Plain text that wraps, but prefers the width of its words on one line (a wrapping
    QLabel prefers a narrow block of a few words a line): beside a pictogram in a row with
    stretches either side, the two are centred together, and the words wrap only when the
    row is too narrow for them."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        words = self.fontMetrics().boundingRect(
            QRect(0, 0, ONE_LINE_PX, ONE_LINE_PX), Qt.TextFlag.TextWordWrap, self.text()
        )
        margins = self.contentsMargins()
        width = words.width() + 4 + margins.left() + margins.right()  # 4: glyphs' overhang
        return QSize(width, self.heightForWidth(width))


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
    """A large touch target with a bold title, a smaller line under it and, if given, a
    pictogram. The pictogram goes above the title, all centred, where the tile is tall enough
    (portrait screens); beside the title otherwise: centred on a wide tile, and on the others
    as a card read from the left (pictogram, title, line).

    Where the pictogram goes, and how far down, is decided from the tile's size and type, not
    from its words, so tiles of one size side by side look alike: pictograms and titles level.

    A tile made with ``line_gives_way`` hides its line where the title needs the room (a
    long title in a language with long words, on a low tile); the line stays its accessible
    description, and is read aloud with the title.
    """

    MARGINS = (24, 16, 24, 16)
    SPACING = 8
    # pictogram sides, multiples of 12 px: Lucide draws on a 24-unit grid with 2-unit
    # strokes, so every stroke is a whole number of pixels (sharp, and alike on every tile)
    ABOVE_PX = (60, 96)  # above the title: up to a third of the tile's width
    BESIDE_PX = (36, 72)  # beside the title: a line and a half of its type
    WIDE = 4  # a tile this many times wider than tall has its pictogram beside the title
    ROOM_FOR_LINES = (2, 3)  # above the title only if there is room for words this long
    LEVEL_LINES = (1, 2)  # the usual words (title and line), centred in the tile

    def __init__(
        self,
        object_name: str = "tile",
        parent: QWidget | None = None,
        *,
        line_gives_way: bool = False,
    ) -> None:
        super().__init__(parent)
        self._line_gives_way = line_gives_way
        self._pictogram_name = ""
        self._texts: tuple[str, str] | None = None  # as last set
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = WrappingLabel()
        self.title.setObjectName("tileTitle")
        self.subtitle = plain_label(parent=self)
        self.subtitle.setObjectName("tileSubtitle")
        for label in (self.title, self.subtitle):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # one pictogram above the title and one beside it: at most one shows
        self._above = Pictogram("tilePictogram")
        self._beside = Pictogram("tilePictogram")
        self._title_row = QHBoxLayout()  # the stretches either side centre the title
        self._title_row.setSpacing(2 * self.SPACING)
        self._title_row.addStretch(1)
        self._title_row.addWidget(self._beside)
        self._title_row.addWidget(self.title)
        self._title_row.addStretch(1)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.setSpacing(self.SPACING)
        layout.addStretch(1)  # the room above and below the content: see _arrange
        layout.addWidget(self._above, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self._title_row)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        self._placement = ""  # no pictogram: both hidden
        self._above.hide()
        self._beside.hide()
        self._arrange()
        self.toggled.connect(self._mark_labels)

    def _mark_labels(self, checked: bool) -> None:
        """Let the stylesheet colour the labels and pictogram of a checked tile
        (``[checked="true"]``): Qt stylesheets cannot select a child by its parent's state."""
        for part in (self.title, self.subtitle, self._above, self._beside):
            set_style_state(part, "checked", checked)

    def set_texts(self, title: str, subtitle: str) -> None:
        """Set both lines; an empty subtitle is hidden."""
        if (title, subtitle) == self._texts:
            return  # as shown: nothing to arrange again (Home sets its tiles on every visit)
        self._texts = (title, subtitle)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self._arrange()

    def set_pictogram(self, name: str) -> None:
        """Show pictogram ``name`` (a file of ``kiosk/assets/icons``) with the title; "" for
        none."""
        self._pictogram_name = name
        self._above.set_name(name)
        self._beside.set_name(name)
        self._arrange()

    def pictogram(self) -> Pictogram | None:
        """The pictogram showing now, if any."""
        return next((p for p in (self._above, self._beside) if not p.isHidden()), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text or font changed
            self._arrange()
        return super().event(event)

    def _words_px(self, title_lines: int, subtitle_lines: int) -> int:
        """The height of the title and the line under it wrapped to so many lines."""
        height = title_lines * self.title.fontMetrics().lineSpacing()
        if not self.subtitle.isHidden():
            height += self.SPACING + subtitle_lines * self.subtitle.fontMetrics().lineSpacing()
        return height

    def _arrange(self) -> None:
        """Place and size the pictogram for the tile's size and type (see the class)."""
        left, top, right, bottom = self.MARGINS
        width = self.width() - left - right
        height = self.height() - top - bottom
        roomy, level = self._words_px(*self.ROOM_FOR_LINES), self._words_px(*self.LEVEL_LINES)
        low, high = self.ABOVE_PX
        above_px = max(low, on_grid(min(high, width // 3, height - self.SPACING - roomy)))
        low, high = self.BESIDE_PX
        beside_px = max(low, on_grid(min(high, round(self.title.fontMetrics().height() * 1.5))))
        self._above.set_pixel_size(above_px)
        self._beside.set_pixel_size(beside_px)
        if self._line_gives_way and self.subtitle.text():
            self._give_way(width, height)
        line = 0 if self.subtitle.isHidden() else self.SPACING + self.subtitle.heightForWidth(width)
        words = self.title.heightForWidth(width) + line
        if not self._pictogram_name:
            placement = ""
        elif self.width() >= self.WIDE * self.height():
            placement = "beside"
        elif above_px + self.SPACING + max(roomy, words) <= height:
            placement = "above"
        else:
            placement = "card"
        # as far down as for the usual words, so that the pictograms of a row are level: the
        # room above and below shared by the stretches' factors (a spacer of that height would
        # make the tile ask for it)
        above, below = 1, 1
        if placement:
            if placement == "above":
                content, usual = above_px + self.SPACING + words, above_px + self.SPACING + level
            else:
                content = self._title_row.heightForWidth(width) + line
                usual = level + max(0, beside_px - self.title.fontMetrics().lineSpacing())
            offset = max(0, min((height - usual) // 2, height - content))
            above, below = offset, max(0, height - content - offset)
        if (above, below) != (self._layout.stretch(0), self._layout.stretch(4)):
            self._layout.setStretch(0, above)
            self._layout.setStretch(4, below)
        if placement != self._placement:
            self._placement = placement
            self._show_placement()

    def _give_way(self, width: int, height: int) -> None:
        """Show the line only where the title and the line fit together, side by side with
        the pictogram (the tightest placement): else the title keeps the room."""
        title = self._title_row.heightForWidth(width) if self._pictogram_name else 0
        title = max(title, self.title.heightForWidth(width))
        fits = title + self.SPACING + self.subtitle.heightForWidth(width) <= height
        if fits == self.subtitle.isHidden():
            self.subtitle.setVisible(fits)

    def _show_placement(self) -> None:
        self._above.setVisible(self._placement == "above")
        self._beside.setVisible(self._placement in ("beside", "card"))
        card = self._placement == "card"
        self._title_row.setStretch(0, 0 if card else 1)  # a card reads from the left
        # a card's pictogram level with the title's first line, whatever its number of lines
        self._title_row.setAlignment(
            self._beside, Qt.AlignmentFlag.AlignTop if card else Qt.AlignmentFlag.AlignVCenter
        )
        self.title.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if card
            else Qt.AlignmentFlag.AlignCenter
        )
        self.subtitle.setAlignment(
            Qt.AlignmentFlag.AlignLeft if card else Qt.AlignmentFlag.AlignCenter
        )


def on_grid(pixels: int) -> int:
    """``pixels`` rounded down to a multiple of 12: a pictogram's side (see ``TileButton``)."""
    return pixels - pixels % 12


def push_button(object_name: str, on_click: Callable[[], object]) -> QPushButton:
    """A button styled by ``object_name`` that calls ``on_click`` when touched (its text is
    set in the screen's ``retranslate``)."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def code_entry(
    max_length: int, submit: Callable[[], object]
) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """A field for a code (capitals, no predictions) and the button that submits it, side
    by side; Enter in the field submits too."""
    field = QLineEdit()
    field.setObjectName("codeInput")
    field.setMaxLength(max_length)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhPreferUppercase
    )
    field.returnPressed.connect(submit)
    button = push_button("actionButton", submit)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(field, stretch=1)
    row.addWidget(button)
    return field, button, row


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
        self.setMinimumHeight(self.MIN_ROW_PX)  # one row at least; a short screen scrolls the rest
        finger_scrolling(self.viewport())

    def add_row(self, text: str, data: str) -> None:
        """A row showing ``text`` (lines separated by newlines) that carries ``data``."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setSizeHint(QSize(0, self._row_height(text)))
        self.addItem(item)

    def show_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Show exactly ``rows`` (each a text and its data, as ``add_row`` takes them), from
        the top, none of them marked. A list that shows them already keeps its rows
        (refilling a list costs a screen switch most of its time) but forgets the row the
        last citizen touched and goes back to the top."""
        shown = [
            (self.item(row).text(), self.row_data(self.item(row))) for row in range(self.count())
        ]
        if shown != list(rows):
            self.clear()
            for text, data in rows:
                self.add_row(text, data)
        self.setCurrentRow(-1)
        self.clearSelection()
        self.scrollToTop()

    def row_data(self, item: QListWidgetItem) -> str:
        """What the row was added with."""
        return str(item.data(Qt.ItemDataRole.UserRole))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            resized = cast(QResizeEvent, event)
            if resized.size().width() != resized.oldSize().width():  # its rows' heights follow
                self._fit_rows()  # (also when the scroll bar comes or goes)
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # also from a stylesheet's font-size
            self._fit_rows()  # the rows kept by show_rows, in the new type

    def _fit_rows(self) -> None:
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
