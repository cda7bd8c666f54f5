"""The attract screen: while nobody uses the kiosk, the province's notices take turns.

Fraud warnings stand out. A touch anywhere returns Home; nothing here can be pressed by
mistake. The notices come from the cache, so they show offline too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout

from kiosk.domain.model import Announcement
from screens.context import ScreenContext
from screens.navigator import Screen
from screens.pictograms import Pictogram, show_if_room
from screens.style_state import set_style_state
from screens.widgets import heading, plain_label

KIND_ORDER = {"fraud_warning": 0, "notice": 1, "schedule": 2}
BODY_FITS = ("", "smaller", "smallest")
"""The notice's body in the type size style.qss gives ``#announcementBody[fit=…]``: the
largest that shows all of it (a touch starts, so the attract screen cannot scroll)."""
#: the pictogram of each kind of notice, and its tone (style.qss); other kinds: a notice's
PICTOGRAMS = {
    "fraud_warning": ("fraud-warning", "bad"),
    "notice": ("notice", ""),
    "schedule": ("schedule", ""),
}


class AnnouncementsScreen(Screen):
    """One notice at a time, in turn; touch to begin."""

    keep_in_history = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.position = 0
        self.pictogram = Pictogram("statePictogram")
        self.badge = heading("announcementBadge")
        self.title = heading("announcementTitle")
        self.body = plain_label()
        self.body.setObjectName("announcementBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = heading("announcementCounter")
        self.hint = heading("touchHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.pictogram, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.badge)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self._rotate = QTimer(self)
        self._rotate.setInterval(context.config.kiosk.announcement_s * 1000)
        self._rotate.timeout.connect(self.next)

    def notices(self) -> list[Announcement]:
        """The notices valid today (the office's day, by the province's clock): fraud
        warnings first, in the province's order otherwise."""
        catalogue = self.context.catalogue
        today = self.context.core.sync.clock.today()
        announcements = [
            a for a in (catalogue.announcements if catalogue else ()) if a.shown_on(today)
        ]
        return sorted(announcements, key=lambda a: KIND_ORDER.get(a.kind, len(KIND_ORDER)))

    def enter(self, **params: Any) -> None:
        # nobody is at the kiosk: the next citizen starts with the kiosk's own settings
        self.context.display.reset()
        self.context.language.set_language(self.context.config.kiosk.language)
        self.position = 0
        self._rotate.start()
        self.show_state()

    def leave(self) -> None:
        self._rotate.stop()

    def wants_navigation(self) -> bool:
        return False

    def next(self) -> None:
        """Show the following notice."""
        self.position += 1
        self.show_state()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_body()
        show_if_room(self.pictogram, self)

    def _fit_body(self) -> None:
        """The body in the largest type in which the whole notice fits the screen (the
        words come before the pictogram: ``show_if_room`` decides on it afterwards)."""
        layout = self.layout()
        assert layout is not None  # built in __init__
        pictogram = 0 if self.pictogram.isHidden() else self.pictogram.height() + layout.spacing()
        for fit in BODY_FITS:
            set_style_state(self.body, "fit", fit)
            if layout.totalHeightForWidth(self.width()) - pictogram <= self.height():
                return

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # words or type sizes changed
            show_if_room(self.pictogram, self)
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self.navigator is not None:
            self.navigator.home()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Touch the screen to begin"))
        super().retranslate()

    def show_state(self) -> None:
        notices = self.notices()
        if not notices:
            self.badge.setText("")
            self.title.setText(self.tr("Welcome!"))
            self.body.setText(
                self.tr(
                    "This kiosk gives queue numbers, explains procedures and looks up dossiers."
                )
            )
            self.counter.setText("")
            self.badge.setVisible(False)
            self.pictogram.set_state("")
            self._fit_body()
            return
        notice = notices[self.position % len(notices)]
        language = self.context.language.language
        self.badge.setText(
            {
                "fraud_warning": self.tr("⚠ Fraud warning"),
                "schedule": self.tr("Opening hours"),
            }.get(notice.kind, self.tr("Notice"))
        )
        set_style_state(self.badge, "kind", notice.kind)
        self.badge.setVisible(True)
        self.pictogram.set_state(*PICTOGRAMS.get(notice.kind, PICTOGRAMS["notice"]))
        self.title.setText(notice.localised("title", language))
        self.body.setText(notice.localised("body", language))
        self.counter.setText(
            f"{self.position % len(notices) + 1} / {len(notices)}" if len(notices) > 1 else ""
        )
        self._fit_body()
        show_if_room(self.pictogram, self)
