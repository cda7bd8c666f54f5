"""Languages as data: the registry, the config that offers some of them, and the language
button going through the offered ones by their own names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kiosk.config import ConfigError, config_from_data
from kiosk.domain.model import Bilingual
from kiosk.languages import CODES, LANGUAGES, language_info
from kiosk.paths import I18N_DIR
from screens.main_window import MainWindow
from tests.touch import tap


def test_the_registry_names_each_language_once_with_its_translations() -> None:
    assert LANGUAGES[0].code == "vi"  # the fallback of every text comes first
    assert len(set(CODES)) == len(CODES)
    for language in LANGUAGES:
        assert language.native_name and language.font
        if language.qm:  # every language but the source strings' has its .ts
            assert (I18N_DIR / f"{language.qm}.ts").is_file()
    with pytest.raises(KeyError):
        language_info("fr")


@pytest.mark.parametrize(
    ("kiosk", "message"),
    [
        ({"languages": ["vi", "fr"]}, "expected a list of different codes"),
        ({"languages": []}, "expected a list of different codes"),
        ({"language": "en", "languages": ["vi"]}, "must include kiosk.language ('en')"),
    ],
)
def test_the_offered_languages_are_checked_at_start(kiosk: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=r"kiosk\.language") as refused:
        config_from_data({"kiosk": kiosk}, Path("kiosk.toml"), {})
    assert message in str(refused.value)


def test_catalogue_names_follow_the_language_where_the_province_gave_them() -> None:
    named = Bilingual(name="Hộ tịch", name_en="Civil status")
    assert named.display_name("vi") == "Hộ tịch"
    assert named.display_name("en") == "Civil status"
    assert Bilingual(name="Hộ tịch").display_name("en") == "Hộ tịch"  # none: Vietnamese


def test_the_language_button_goes_through_the_offered_languages_by_their_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    button = window.language_button
    assert button.isVisible() and button.text() == "English"
    tap(qtbot, button)
    assert window.context.language.language == "en"
    assert button.text() == "Tiếng Việt" and window.back_button.text() == "◀ Back"
    tap(qtbot, button)
    assert window.context.language.language == "vi"
    assert window.back_button.text() == "◀ Quay lại"


def test_a_kiosk_offering_one_language_has_no_language_button(
    window_with: Callable[..., MainWindow],
) -> None:
    window = window_with(KIOSK_KIOSK_LANGUAGES='["vi"]')
    assert not window.language_button.isVisible()
    assert window.large_text_button.isVisible()


@pytest.mark.parametrize(
    ("language", "count", "words"),
    [
        ("en", 1, "1 procedure. Touch it to see what to bring."),
        ("en", 12, "12 procedures. Touch one to see what to bring."),
        ("vi", 1, "1 thủ tục. Chạm vào một thủ tục để xem cần mang giấy tờ gì."),
        ("vi", 12, "12 thủ tục. Chạm vào một thủ tục để xem cần mang giấy tờ gì."),
    ],
)
def test_counts_take_the_plural_form_of_the_language(
    window: MainWindow, language: str, count: int, words: str
) -> None:
    window.context.language.set_language(language)
    source = "%n procedure(s). Touch one to see what to bring."
    assert QCoreApplication.translate("ProceduresScreen", source, "", count) == words
