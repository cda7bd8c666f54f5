"""Live language switching with Qt translators, for the languages ``kiosk.languages`` offers.

Source strings are English; every other language has its ``kiosk/i18n/<qm>.qm``
(``kiosk.languages``), over the Vietnamese one for a language other than these two, so a text
it has no translation for shows in Vietnamese. Installing or removing a translator makes Qt
send ``LanguageChange`` to every widget, and each screen re-applies its texts in
``retranslate``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from kiosk.domain.wording import Language
from kiosk.languages import CODES, VIETNAMESE, language_info
from kiosk.paths import I18N_DIR

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


class LanguageManager(QObject):
    """Holds the current language and installs its translator; ``offered`` are the languages
    the citizen may switch to, in the order :meth:`next_language` goes."""

    def __init__(self, language: Language = "vi", offered: Sequence[Language] = CODES) -> None:
        super().__init__()
        self.offered = tuple(offered) or (language,)
        self._translators: dict[Language, QTranslator] = {}
        self.translations_loaded = all(
            self.translator(code) is not None for code in self.offered if language_info(code).qm
        )
        self.language: Language = SOURCE_LANGUAGE  # the source strings', before any switch
        self.set_language(language)

    def translator(self, code: Language) -> QTranslator | None:
        """The loaded translator of ``code`` (None: the source language, or a file missing)."""
        qm = language_info(code).qm
        if not qm:
            return None
        if code not in self._translators:
            translator = QTranslator(self)
            path = I18N_DIR / f"{qm}.qm"
            if not translator.load(str(path)):
                log.error("translations of %s missing (%s); run: python3 dev.py test", code, path)
                return None
            self._translators[code] = translator
        return self._translators[code]

    def set_language(self, language: Language) -> None:
        """Switch every screen to ``language``."""
        if language == self.language:
            return
        app = QCoreApplication.instance()
        assert app is not None  # screens exist only inside a running application
        before = self._chain(self.language)
        self.language = language  # before the switch: retranslate() reads it
        for translator in reversed(before):
            app.removeTranslator(translator)
        for translator in self._chain(language):
            app.installTranslator(translator)  # the last installed is asked first
        # Qt posts LanguageChange to every widget; deliver them now so the switch is
        # complete when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _chain(self, code: Language) -> list[QTranslator]:
        """The translators of ``code`` that could be loaded, in the order to install them:
        Vietnamese first under any language but English and Vietnamese."""
        codes = [code] if code in (SOURCE_LANGUAGE, VIETNAMESE.code) else [VIETNAMESE.code, code]
        return [t for c in codes if (t := self.translator(c)) is not None]

    def next_language(self) -> Language:
        """The language after the current one among those offered (round again at the end)."""
        if self.language not in self.offered:
            return self.offered[0]
        return self.offered[(self.offered.index(self.language) + 1) % len(self.offered)]

    def toggle(self) -> None:
        """Switch to the next language offered."""
        self.set_language(self.next_language())
