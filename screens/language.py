"""Live language switching (Vietnamese ⇄ English) with Qt translators.

Source strings are English; ``i18n/kiosk_vi.qm`` holds the Vietnamese. Installing or removing
the translator makes Qt send ``LanguageChange`` to every widget, and each screen re-applies
its texts in ``retranslate``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from kiosk.domain.wording import Language
from kiosk.paths import I18N_DIR

log = logging.getLogger(__name__)


class LanguageManager(QObject):
    """Holds the current language and swaps the installed translator."""

    def __init__(self, language: Language = "vi") -> None:
        super().__init__()
        self._translator = QTranslator(self)
        qm = I18N_DIR / "kiosk_vi.qm"
        self.translations_loaded = self._translator.load(str(qm))
        if not self.translations_loaded:
            log.error("Vietnamese translations missing (%s); run: python3 dev.py test", qm)
        self.language: Language = "en"  # the source strings' language, before any switch
        self.set_language(language)

    def set_language(self, language: Language) -> None:
        """Switch every screen to ``language``."""
        if language == self.language:
            return
        app = QCoreApplication.instance()
        assert app is not None  # screens exist only inside a running application
        self.language = language  # before the switch: retranslate() reads it
        if language == "vi":
            app.installTranslator(self._translator)
        else:
            app.removeTranslator(self._translator)
        # Qt posts LanguageChange to every widget; deliver them now so the switch is
        # complete when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def toggle(self) -> None:
        """Switch to the other language."""
        self.set_language("en" if self.language == "vi" else "vi")
