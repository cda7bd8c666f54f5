"""The geometry checks find what a citizen would see as broken (and nothing in a sound
layout): they are what tests/test_every_screen_fits.py relies on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from screens.onscreen_keyboard import OnScreenKeyboard
from tests.screen_geometry import (
    cut_text,
    keyboard_problems,
    layout_problems,
    outside_window,
    overlapping,
)


def _window(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.resize(600, 500)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_sound_layout_has_no_problems(qtbot) -> None:
    label = QLabel("Tra cứu hồ sơ")
    window = _window(qtbot, label, QPushButton("Tiếp tục"))
    assert layout_problems(window) == []


def test_text_cut_short_is_found(qtbot) -> None:
    label = QLabel("Họ, chữ đệm và tên người nộp hồ sơ")
    button = QPushButton("Xác nhận tình trạng hôn nhân")
    window = _window(qtbot, label, button)
    label.setFixedWidth(60)
    button.setFixedWidth(60)
    qtbot.wait(10)
    found = cut_text(window)
    assert len(found) == 2 and "Họ, chữ đệm" in found[0]


def test_wrapped_text_too_tall_for_its_label_is_found(qtbot) -> None:
    label = QLabel("Vui lòng kiểm tra lại mã trên giấy biên nhận. " * 4)
    label.setWordWrap(True)
    window = _window(qtbot, label)
    label.setFixedSize(200, 30)
    qtbot.wait(10)
    assert cut_text(window) != []


def test_siblings_on_top_of_each_other_are_found(qtbot) -> None:
    first, second = QPushButton("A"), QPushButton("B")
    window = _window(qtbot, first, second)
    second.setGeometry(first.geometry().translated(10, 10))  # as a squeezed layout leaves them
    assert overlapping(window) != []


def test_a_widget_past_the_window_edge_is_found(qtbot) -> None:
    window = _window(qtbot)
    stray = QPushButton("Xong", window)
    stray.setGeometry(550, 450, 100, 100)
    stray.show()
    assert outside_window(window) != []


def test_a_keyboard_over_its_field_is_found(qtbot) -> None:
    field, keyboard = QLineEdit(), OnScreenKeyboard()
    window = _window(qtbot, field, keyboard)
    keyboard.attach(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert keyboard_problems(window) == []
    keyboard.move(keyboard.x(), field.y())  # the keyboard drawn over the field
    assert keyboard_problems(window) != []
