"""The touch lists: rows as tall as their wrapped text, kept when shown again unchanged
(the last citizen's row no longer marked)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from screens.widgets import TouchList

ROWS = [(f"Thủ tục số {n}\nLĩnh vực hộ tịch · 8.000 đ", f"p{n}") for n in range(40)]


def shown_list(qtbot: QtBot) -> TouchList:
    touch_list = TouchList()
    qtbot.addWidget(touch_list)
    touch_list.resize(600, 400)
    touch_list.show()
    qtbot.waitExposed(touch_list)
    return touch_list


def center_of(item: QListWidgetItem) -> QPoint:
    list_widget = item.listWidget()
    assert list_widget is not None
    return list_widget.visualItemRect(item).center()


def test_rows_shown_again_are_kept_and_the_list_goes_back_to_the_top(qtbot: QtBot) -> None:
    touch_list = shown_list(qtbot)
    touch_list.show_rows(ROWS)
    first = touch_list.item(0)
    touch_list.scrollToBottom()
    assert touch_list.verticalScrollBar().value() > 0
    touched = touch_list.item(39)
    qtbot.mouseClick(touch_list.viewport(), Qt.MouseButton.LeftButton, pos=center_of(touched))
    assert touched.isSelected()  # marked, as a citizen's tap leaves it
    touch_list.show_rows(list(ROWS))
    assert touch_list.item(0) is first  # not refilled
    assert touch_list.verticalScrollBar().value() == 0
    assert touch_list.selectedItems() == [] and touch_list.currentItem() is None
    assert [touch_list.row_data(touch_list.item(row)) for row in range(40)] == [
        data for _text, data in ROWS
    ]


def test_other_rows_replace_the_shown_ones(qtbot: QtBot) -> None:
    touch_list = shown_list(qtbot)
    touch_list.show_rows(ROWS)
    touch_list.show_rows([*ROWS[:3], ("Khác", "other")])
    assert [touch_list.item(row).text() for row in range(touch_list.count())] == [
        *(text for text, _data in ROWS[:3]),
        "Khác",
    ]
    touch_list.show_rows([])
    assert touch_list.count() == 0


LONG_TEXT = "Đăng ký khai sinh có yếu tố nước ngoài " * 4


def test_kept_rows_grow_with_a_larger_font(qtbot: QtBot) -> None:
    touch_list = shown_list(qtbot)
    touch_list.show_rows([(LONG_TEXT, "long")])
    before = touch_list.item(0).sizeHint().height()
    font = QFont(touch_list.font())
    font.setPixelSize(40)
    touch_list.setFont(font)
    touch_list.show_rows([(LONG_TEXT, "long")])
    assert touch_list.item(0).sizeHint().height() > before


def test_kept_rows_grow_with_a_stylesheet_s_larger_type(qtbot: QtBot) -> None:
    touch_list = shown_list(qtbot)
    touch_list.setStyleSheet("QListWidget { font-size: 16px; }")
    touch_list.show_rows([(LONG_TEXT, "long")])
    before = touch_list.item(0).sizeHint().height()
    touch_list.setStyleSheet("QListWidget { font-size: 40px; }")  # as large text does
    touch_list.show_rows([(LONG_TEXT, "long")])
    assert touch_list.item(0).sizeHint().height() > before


def test_rows_wrap_again_when_the_list_narrows_and_keep_their_height_when_it_shortens(
    qtbot: QtBot,
) -> None:
    touch_list = shown_list(qtbot)
    touch_list.show_rows([(LONG_TEXT * 3, "long")])
    wide = touch_list.item(0).sizeHint().height()
    touch_list.resize(600, 200)  # shorter (the keyboard came up): the same lines
    assert touch_list.item(0).sizeHint().height() == wide
    touch_list.resize(300, 200)  # narrower (a portrait panel): more lines
    assert touch_list.item(0).sizeHint().height() > wide
