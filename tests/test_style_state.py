"""A widget's state for the stylesheet: set and restyled when it changes, with the children
whose look follows it; left alone when it does not."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from screens.style_state import set_style_state

RED, BLACK = QColor("#FF0000"), QColor("#000000")
SHEET = 'QLabel { color: #000000; } QFrame[invalid="true"] QLabel { color: #FF0000; }'


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def framed_label(qtbot: QtBot) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setStyleSheet(SHEET)
    label = QLabel("Họ và tên")
    QVBoxLayout(frame).addWidget(label)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    return frame, label


def test_a_changed_state_restyles_the_widget_and_its_followers(qtbot: QtBot) -> None:
    frame, label = framed_label(qtbot)
    assert text_colour(label) == BLACK
    set_style_state(frame, "invalid", True, label)
    assert frame.property("invalid") is True
    assert text_colour(label) == RED
    set_style_state(frame, "invalid", False, label)
    assert text_colour(label) == BLACK


def test_the_same_state_again_restyles_nothing(qtbot: QtBot) -> None:
    frame, label = framed_label(qtbot)
    frame.setProperty("invalid", True)  # set behind its back: the style has not seen it
    set_style_state(frame, "invalid", True, label)
    assert text_colour(label) == BLACK  # not restyled: the value was already set
