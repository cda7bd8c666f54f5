"""The languages the kiosk speaks, as data: adding one is a ``.ts``/``.qm`` file and one entry.

Source strings are English; each other language's screen texts come from its Qt translation
file (``kiosk/i18n/<qm>.qm``). The catalogue names things in Vietnamese, and in English where
the province gives ``name_en``; a language without names of its own in the catalogue shows
the Vietnamese ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class LanguageInfo:
    """One language: its code, its name in itself (what the language button shows), the font
    family its script needs on screen and on paper, its writing direction, its translation
    file, and the catalogue's field suffix for names in it ("" when the catalogue has none)."""

    code: str
    native_name: str
    font: str
    qm: str
    catalogue_suffix: str
    direction: Literal["ltr", "rtl"] = "ltr"
    offered_by_default: bool = True


VIETNAMESE = LanguageInfo("vi", "Tiếng Việt", "Noto Sans", "kiosk_vi", "")
ENGLISH = LanguageInfo("en", "English", "Noto Sans", "kiosk_en", "en")
"""The source strings' language: its file holds only the plural forms of the %n strings."""

LANGUAGES: tuple[LanguageInfo, ...] = (VIETNAMESE, ENGLISH)
"""Every language the kiosk has, Vietnamese first (the fallback of every text)."""
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
DEFAULT_OFFERED: tuple[str, ...] = tuple(
    language.code for language in LANGUAGES if language.offered_by_default
)


def language_info(code: str) -> LanguageInfo:
    """The language ``code``; KeyError for a code the kiosk does not have."""
    for language in LANGUAGES:
        if language.code == code:
            return language
    raise KeyError(code)
