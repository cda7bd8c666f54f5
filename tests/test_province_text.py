"""Text from the province is shown as it is, never as markup, and never steers direction."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from kiosk.domain.province_text import UNSAFE, plain, plain_values
from screens.main_window import MainWindow
from screens.procedures import ProcedureDetailScreen
from screens.routes import Route
from simulators.province_api import ProvinceSimulator

MARKUP = '<img src="file:///etc/passwd"><a href="http://x">Bấm vào đây</a> <b>đậm</b>'
OVERRIDE = "Đăng ký \u202ekhai sinh\u202c\u0007 cho trẻ"
LONG = "Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền " * 3


@given(st.text())
def test_plain_text_has_no_unsafe_character_and_keeps_everything_else(text: str) -> None:
    cleaned = plain(text)
    assert not UNSAFE.search(cleaned)
    assert cleaned == "".join(char for char in text if not UNSAFE.fullmatch(char))


def test_every_string_of_an_answer_is_cleaned_keys_included() -> None:
    assert plain_values({"a\u202e": ["x\x00y", {"n": "\u2066z"}], "k": 3}) == {
        "a": ["xy", {"n": "z"}],
        "k": 3,
    }


def test_every_label_of_every_screen_shows_plain_text(qtbot, window) -> None:
    navigator = window.navigator
    for name in navigator.names():
        navigator.screen(name)
    labels = window.findChildren(QLabel)
    assert len(labels) > 50
    automatic = [
        label.objectName() or type(label.parent()).__name__
        for label in labels
        if label.textFormat() == Qt.TextFormat.AutoText
    ]
    assert automatic == []


def test_a_procedure_with_markup_direction_overrides_and_a_long_name_is_shown_as_text(
    qtbot: QtBot, window: MainWindow, core: KioskCore, province: ProvinceSimulator
) -> None:
    entities = province.store.catalogue_entities()
    (key, data) = next(item for item in entities.items() if item[0][0] == "procedure")
    province.store.upsert_entity(
        "procedure",
        key[1],
        {
            **data,
            "name": (OVERRIDE + " " + MARKUP + " " + LONG)[:300],
            "documents": [MARKUP, OVERRIDE],
        },
    )
    assert core.sync.run_cycle() is None
    catalogue = core.catalogue()
    assert catalogue is not None
    procedure = next(p for p in catalogue.procedures if p.id == key[1])
    assert "\u202e" not in procedure.name and "\x07" not in procedure.name
    assert procedure.name.startswith("Đăng ký khai sinh cho trẻ <img")

    window.navigator.go(Route.PROCEDURE_DETAIL, procedure=procedure)
    screen = window.navigator.current
    assert isinstance(screen, ProcedureDetailScreen)
    assert screen.title.textFormat() == Qt.TextFormat.PlainText
    assert screen.title.text().startswith("Đăng ký khai sinh cho trẻ <img")
    assert "&lt;img" in screen.facts.text()  # the facts are rich text: escaped
    assert window.width() <= 1280  # the long name wraps; the window does not grow
