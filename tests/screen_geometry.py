"""What a citizen would see as broken in a laid-out window: a widget outside the window,
siblings on top of each other, text cut off, the on-screen keyboard off screen or over the
field being typed into. Each check returns readable problems; none means the screen fits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from screens.keyboard_slot import KeyboardSlot
from screens.main_window import MainWindow
from screens.onscreen_keyboard import OnScreenKeyboard
from screens.widgets import ElidedLabel
from tools.journey_walk import Walk

SLACK_PX = 1
"""Rounding between a size hint and the size laid out."""


@dataclass(frozen=True)
class Translation:
    """Texts from a ``.qm`` file, and how to tell from a window that they show."""

    name: str
    translator: QTranslator
    shows: Callable[[MainWindow], bool]

    @classmethod
    def load(cls, name: str, qm: Path, shows: Callable[[MainWindow], bool]) -> Translation:
        """The translation in ``qm`` (which must load)."""
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        return cls(name, translator, shows)


def describe(widget: QWidget) -> str:
    """The widget's object name, class and the start of its text, to find it in a report."""
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    text = text.replace("\n", " ")
    return f"{widget.objectName() or '-'}:{type(widget).__name__}" + (
        f" «{text[:40]}»" if text else ""
    )


def in_window(window: QWidget, widget: QWidget) -> QRect:
    """``widget``'s rectangle in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def shown_widgets(window: QWidget) -> list[QWidget]:
    """Every widget a citizen could see in ``window`` (visible, with some size)."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible() and not widget.isWindow() and not widget.size().isEmpty()
    ]


def _scrolled(widget: QWidget) -> bool:
    """Whether ``widget`` lives in a scroll area's content (it may lie beyond the window)."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def outside_window(window: QWidget) -> list[str]:
    """Visible widgets (outside scrolled content) that reach past the window's edges."""
    bounds = window.rect()
    return [
        f"{describe(widget)} at {in_window(window, widget).getRect()} beyond {bounds.getRect()}"
        for widget in shown_widgets(window)
        if not _scrolled(widget) and not bounds.contains(in_window(window, widget))
    ]


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets laid out side by side in one layout whose rectangles intersect."""
    found: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if not parent.isVisible() or layout is None:
            continue
        laid = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and layout.indexOf(child) >= 0
        ]
        for index, first in enumerate(laid):
            for second in laid[index + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{describe(first)} over {describe(second)}")
    return found


def _label_cut(label: QLabel) -> bool:
    if isinstance(label, ElidedLabel) or not label.text() or not label.pixmap().isNull():
        return False  # an elided label keeps its whole text as its accessible name
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + SLACK_PX
    hint = label.sizeHint()
    return hint.width() > label.width() + SLACK_PX or hint.height() > label.height() + SLACK_PX


def _button_cut(button: QAbstractButton) -> bool:
    text = button.text()
    if not text:
        return False
    metrics = button.fontMetrics()
    lines = text.split("\n")
    text_width = max(metrics.horizontalAdvance(line) for line in lines)
    text_height = metrics.lineSpacing() * len(lines)
    icon = QSize(0, 0) if button.icon().isNull() else button.iconSize()
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    ):
        need = QSize(max(text_width, icon.width()), icon.height() + text_height)
        room = button.contentsRect()
    elif isinstance(button, QPushButton):
        need = QSize(text_width + (icon.width() + 4 if icon.width() else 0), text_height)
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
    else:  # a tick or a choice: the text beside its indicator, as its size hint has it
        need, room = button.sizeHint(), button.rect()
    return need.width() > room.width() + SLACK_PX or need.height() > room.height() + SLACK_PX


def cut_text(window: QWidget) -> list[str]:
    """Labels and buttons too small for their whole text."""
    return [
        f"{describe(widget)} cut: {widget.size().toTuple()}"
        for widget in shown_widgets(window)
        if (isinstance(widget, QLabel) and _label_cut(widget))
        or (isinstance(widget, QAbstractButton) and _button_cut(widget))
    ]


def keyboard_problems(window: QWidget) -> list[str]:
    """The on-screen keyboard not wholly in the window, over the field typed into, or (one
    the screens share) not lying exactly over the slot its screen left it."""
    problems = []
    focus = QApplication.focusWidget()
    slots = [slot for slot in window.findChildren(KeyboardSlot) if slot.holds_keyboard()]
    for keyboard in window.findChildren(OnScreenKeyboard):
        if not keyboard.isVisible():
            continue
        board = in_window(window, keyboard)
        if not window.rect().contains(board):
            problems.append(f"keyboard at {board.getRect()} beyond the window")
        held = [slot for slot in slots if slot.isVisible()]
        if len(held) > 1 or (held and in_window(window, held[0]) != board):
            where = [in_window(window, slot).getRect() for slot in held]
            problems.append(f"keyboard at {board.getRect()}, its slot at {where}")
        if isinstance(focus, QLineEdit) and focus.isVisible() and window.isAncestorOf(focus):
            field = in_window(window, focus)
            if field.intersects(board) or field.top() < 0:
                problems.append(f"{describe(focus)} at {field.getRect()} hidden by the keyboard")
    return problems


def layout_problems(window: QWidget) -> list[str]:
    """Everything wrong with what ``window`` shows now (empty when it all fits)."""
    return [
        *outside_window(window),
        *overlapping(window),
        *cut_text(window),
        *keyboard_problems(window),
    ]


def problems_in_translation(walk: Walk, state: str, translation: Translation) -> list[str]:
    """What does not fit in ``walk``'s window now, in ``state``, with ``translation`` installed
    over the Vietnamese texts (asked first) and shown."""
    QCoreApplication.installTranslator(translation.translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        walk.settle()
        assert translation.shows(walk.window), f"{state}: {translation.name} not shown"
        return [f"{state} ({translation.name}): {p}" for p in layout_problems(walk.window)]
    finally:
        QCoreApplication.removeTranslator(translation.translator)
        walk.settle()
