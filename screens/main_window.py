"""The kiosk window: header, the navigator's stack, and the Home/Back/language bar.

In full screen (``locked``) the window refuses to close: only a technician's Quit kiosk
(behind the hidden corner and the PIN) lets it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.wording import fill
from kiosk.input.scans import (
    AppointmentCode,
    CitizenId,
    DossierCode,
    KioskTicket,
    LocalReceipt,
    Scan,
    ScanKind,
    Unrecognised,
    VietQR,
)
from kiosk.languages import language_info
from screens.context import ScreenContext
from screens.home import HomeScreen
from screens.idle import IdleWatcher
from screens.journeys import JOURNEYS, SCREENS, screen_class
from screens.navigator import Navigator, Screen
from screens.onscreen_keyboard import OnScreenKeyboard
from screens.panel import KEY_MAX_PX, key_height_px, pixels_per_mm, type_scale
from screens.pictograms import pictogram
from screens.read_aloud import ReadAloud
from screens.routes import Route
from screens.style_state import set_style_state
from screens.technician import TECHNICIAN_SCREENS, HotCorner, PinScreen
from screens.touch_guard import TouchGuard
from screens.widgets import ElidedLabel, plain_label

if TYPE_CHECKING:
    from screens.technician.mode import TechnicianScreen

CLOCK_MS = 15_000
SCAN_NOTICE_MS = 10_000
NOTICE_MARGIN = 24
COMPACT_BELOW_PX = 900
LISTEN_ICON_PX = 32
SILENT_SCREENS = frozenset({Route.HOME, Route.ANNOUNCEMENTS, *TECHNICIAN_SCREENS})
"""A window shorter than this (1366×768, 1280×800) gets the denser look of style.qss's
``#mainWindow[compact="true"]`` rules."""
log = logging.getLogger(__name__)


class MainWindow(QWidget):
    """The one top-level window of the kiosk."""

    first_painted = Signal()

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self._painted = False
        #: full-screen kiosk: close requests (Alt+F4, the window manager) are refused
        self.locked = False
        self._panel_mm: tuple[float, float] | None = None
        self.key_height = KEY_MAX_PX
        self._quitting = False
        self.office_name = ElidedLabel()  # one line whatever the province calls the office
        self.office_name.setObjectName("officeName")
        self.clock = plain_label()
        self.clock.setObjectName("clock")
        self.sync_indicator = plain_label()
        self.sync_indicator.setObjectName("syncIndicator")
        self.listen_button = QPushButton()  # "Nghe hướng dẫn": this screen's guidance, aloud
        self.listen_button.setObjectName("listenButton")
        self.listen_button.setIconSize(QSize(LISTEN_ICON_PX, LISTEN_ICON_PX))
        self.listen_button.clicked.connect(self._listen)
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(32, 0, 32, 0)  # the height of "Listen", 15 mm
        header_layout.addWidget(self.office_name, stretch=1)
        header_layout.addSpacing(16)
        header_layout.addWidget(self.listen_button)  # where a person looks for help first
        header_layout.addSpacing(24)
        header_layout.addWidget(self.sync_indicator)
        header_layout.addSpacing(24)
        header_layout.addWidget(self.clock)

        self.stack = QStackedWidget()
        # the window keeps the screen's size: a screen whose content is too tall is squeezed
        # (and tests/test_accessibility.py fails), the window never grows off the screen
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.navigator = Navigator(self.stack)
        entry = context.config.technician
        self.hot_corner = HotCorner(header, taps=entry.entry_taps, window_s=entry.entry_window_s)
        self.hot_corner.triggered.connect(self._open_technician_entry)

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.navigator.back)
        self.home_button = QPushButton()
        self.home_button.setObjectName("homeButton")
        self.home_button.clicked.connect(lambda: self.navigator.home())
        self.language_button = QPushButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(context.language.toggle)
        self.read_aloud = ReadAloud(self._read_aloud, self)
        self.read_aloud_button = QPushButton()  # on Home, where Back and Home are not
        self.read_aloud_button.setObjectName("readAloudButton")
        self.read_aloud_button.setCheckable(True)
        self.read_aloud_button.clicked.connect(self.read_aloud.toggle)
        self.read_aloud.changed.connect(self._update_aids)
        self.large_text_button = QPushButton()
        self.large_text_button.setObjectName("aidButton")
        self.large_text_button.setCheckable(True)
        self.large_text_button.clicked.connect(context.display.toggle_large_text)
        self.contrast_button = QPushButton()
        self.contrast_button.setObjectName("aidButton")
        self.contrast_button.setCheckable(True)
        self.contrast_button.clicked.connect(context.display.toggle_high_contrast)
        context.display.changed.connect(self._update_aids)
        bar = QWidget()
        bar.setObjectName("navBar")
        # one row where it fits; on a narrow (portrait) screen the aids go under Back/Home,
        # so the bar never makes the window wider than the screen
        self.bar_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, bar)
        self.bar_layout.setContentsMargins(32, 12, 32, 12)
        self.bar_layout.setSpacing(16)
        moves, aids = QHBoxLayout(), QHBoxLayout()
        move_buttons = (self.back_button, self.home_button)
        aid_buttons = (self.large_text_button, self.contrast_button, self.language_button)
        for row, buttons in ((moves, move_buttons), (aids, aid_buttons)):
            row.setSpacing(16)
            for button in buttons:
                row.addWidget(button)
        moves.addWidget(self.read_aloud_button)  # shown on Home only, where Back and Home are not
        moves.addStretch(1)
        aids.insertStretch(0, 1)
        self.bar_layout.addLayout(moves)
        self.bar_layout.addLayout(aids)
        # the window's width decides the bar's rows, never the other way round
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._bar_buttons = (*move_buttons, *aid_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.scan_notice = plain_label(parent=self.stack)  # floats over the screen; takes no room
        self.scan_notice.setObjectName("scanNotice")
        self.scan_notice.setWordWrap(True)
        self.scan_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_notice.hide()
        self._scan_notice_timer = QTimer(self)
        self._scan_notice_timer.setSingleShot(True)
        self._scan_notice_timer.setInterval(SCAN_NOTICE_MS)
        self._scan_notice_timer.timeout.connect(self.scan_notice.hide)
        context.scans.scanned.connect(self._route_scan)
        self.navigator.current_changed.connect(lambda _name: self.scan_notice.hide())

        layout.addWidget(header)
        layout.addWidget(self.stack, stretch=1)
        layout.addWidget(bar)
        context.shared_keyboard.home = self.stack  # the keyboard lies over the screen typing
        context.shared_keyboard.raised.connect(self._raise_notices)

        settings = context.config.kiosk
        self.idle = IdleWatcher(
            settings.idle_timeout_s * 1000, self, warning_ms=settings.idle_warning_s * 1000
        )
        self.idle.timed_out.connect(self._idle_timed_out)
        self.idle.counting_down.connect(self._show_idle_warning)
        self.idle.countdown_cancelled.connect(self._hide_idle_warning)
        self.idle_warning = QFrame(self.stack)  # floats over the screen; takes no room
        self.idle_warning.setObjectName("idleWarning")
        self.idle_warning_text = plain_label()
        self.idle_warning_text.setObjectName("idleWarningText")
        self.idle_warning_text.setWordWrap(True)
        self.idle_warning_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still_here = QPushButton()
        self.still_here.setObjectName("actionButton")
        self.still_here.clicked.connect(self.idle.poke)
        warning_layout = QVBoxLayout(self.idle_warning)
        warning_layout.setContentsMargins(32, 24, 32, 24)
        warning_layout.setSpacing(16)
        warning_layout.addWidget(self.idle_warning_text)
        warning_layout.addWidget(self.still_here, alignment=Qt.AlignmentFlag.AlignCenter)
        self.idle_warning.hide()
        self.touch_guard = TouchGuard(settings.tap_guard_ms, self)
        self.navigator.current_changed.connect(lambda _name: self.touch_guard.arm())
        self.attract = IdleWatcher(max(1, settings.attract_after_s) * 1000, self)
        self.attract.timed_out.connect(self._show_announcements)
        self._attract_enabled = settings.attract_after_s > 0
        self.navigator.current_changed.connect(
            lambda name: self.attract.poke() if name == Route.HOME else None
        )
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_MS)
        self._clock_timer.timeout.connect(self._update_clock)
        self._clock_timer.start()
        self.navigator.current_changed.connect(self._update_bar)
        self.navigator.current_changed.connect(self._guide_on_entry)
        context.catalogue_changed.connect(self.show_state)
        context.sync_status_changed.connect(self._update_sync_indicator)
        self.navigator.screen_built.connect(self._wire)
        self._register_screens()
        self.navigator.home()  # builds Home; every other screen is built on first use
        self.retranslate()
        self._update_clock()

    def build_citizen_screens_in_background(
        self, finished: Callable[[], None] | None = None
    ) -> None:
        """Build every screen a citizen may open, one at a time while the kiosk is idle
        (after Home has painted), so no first visit waits for a build; then ``finished``."""

        def built() -> None:
            self.prepare_guidance()
            if finished is not None:
                finished()

        self.navigator.build_in_background(
            [name for name in self.navigator.names() if name not in TECHNICIAN_SCREENS], built
        )

    def prepare_guidance(self) -> None:
        """Have the voice render every citizen screen's guidance in the current language
        ahead (in the background), so none waits for its engine when the screen opens."""
        voice = self.context.voice
        language = self.context.language.language
        if not voice.offers_guidance(language):
            return
        voice.prepare(
            (guide, language)
            for name in self.navigator.names()
            if name not in TECHNICIAN_SCREENS
            and self.navigator.is_built(name)
            and (guide := self.navigator.screen(name).spoken_guide())
        )

    def _register_screens(self) -> None:
        """Tell the navigator every screen and how to build it."""
        context = self.context
        factories: dict[Route, Callable[[], Screen]] = {
            Route.HOME: self._build_home,
            **{route: partial(self._build_screen, route) for route in SCREENS},
            Route.TECHNICIAN_PIN: lambda: PinScreen(context.technician),
            Route.TECHNICIAN: self._build_technician,
        }
        for name, factory in factories.items():
            self.navigator.add(name, factory)

    def _build_screen(self, route: Route) -> Screen:
        """A citizen screen, its module imported now (after Home's first paint)."""
        return screen_class(route)(self.context)

    def _build_home(self) -> HomeScreen:
        """Home, with a tile for every journey (the journeys' screens are not built)."""
        home = HomeScreen(self.context)
        for journey in JOURNEYS:
            home.add_journey(journey)
        return home

    def _build_technician(self) -> TechnicianScreen:
        """Technician mode, whose pages are imported only now (the test page brings in
        Pillow)."""
        from screens.technician.mode import TechnicianScreen

        technician = TechnicianScreen(self.context)
        technician.quit_requested.connect(self.quit_kiosk)
        return technician

    def _wire(self, screen: Screen) -> None:
        """Connect a screen, once built, to the bar, the notices, the idle countdown and the
        touch guard."""
        screen.navigation_changed.connect(partial(self._screen_step, screen))
        screen.notice.connect(partial(self._screen_notice, screen))
        screen.activity.connect(self.idle.poke)
        screen.spoken.connect(partial(self._say, screen))
        self._size_keys(screen)

    def retranslate(self) -> None:
        """Set the window's own texts that depend on the language alone, then show its
        state (in the current language too)."""
        self.back_button.setText(self.tr("◀ Back"))
        self.still_here.setText(self.tr("I am still here"))
        self.home_button.setText(self.tr("⌂ Home"))
        self.language_button.setText(
            language_info(self.context.language.next_language()).native_name
        )
        self.setWindowTitle(self.tr("Public service kiosk"))
        self.show_state()

    def show_state(self) -> None:
        """Show the office, the accessibility aids and the sync status as they are now."""
        language = self.context.language.language
        catalogue = self.context.catalogue
        self.office_name.setText(catalogue.office.display_name(language) if catalogue else "")
        self._update_aids()
        self._update_sync_indicator()

    def _update_sync_indicator(self) -> None:
        """A small dot and word in the header: online, offline, or still connecting."""
        online = self.context.online
        state, text = {
            None: ("connecting", self.tr("Connecting…")),
            True: ("online", self.tr("Online")),
            False: ("offline", self.tr("Offline")),
        }[online]
        self.sync_indicator.setText(f"● {text}")
        set_style_state(self.sync_indicator, "state", state)

    def _update_aids(self) -> None:
        display = self.context.display
        self.large_text_button.setChecked(display.large_text)
        self.contrast_button.setChecked(display.high_contrast)
        self.large_text_button.setText(self.tr("A+ Large text"))
        self.contrast_button.setText(self.tr("◐ Contrast"))
        self.listen_button.setText(" " + self.tr("Listen"))  # a space after the loudspeaker
        self.read_aloud_button.setChecked(self.read_aloud.on)
        self.read_aloud_button.setText(self.tr("Read buttons aloud"))
        colour = QColor("#FFFF00" if display.high_contrast else "#FFFFFF")  # as the header's
        image = pictogram("listen", LISTEN_ICON_PX, colour, self.devicePixelRatioF())
        self.listen_button.setIcon(QIcon(QPixmap.fromImage(image)))

    def _idle_timed_out(self) -> None:
        """The citizen has gone: forget everything, and start again as the kiosk is set up."""
        self._hide_idle_warning()
        on_announcements = self.navigator.current_name == Route.ANNOUNCEMENTS
        self.context.display.reset()
        self.context.shared_keyboard.reset()
        self.read_aloud.set(False)
        self.context.language.set_language(self.context.config.kiosk.language)
        if on_announcements:
            self.navigator.wipe_all()
        else:
            self.navigator.home()

    def _show_idle_warning(self, seconds_left: int) -> None:
        if self.navigator.current_name in (Route.HOME, Route.ANNOUNCEMENTS):
            return
        self.idle_warning_text.setText(
            fill(
                self.tr(
                    "Are you still there? To protect your information, this screen will be cleared "
                    "in %1 s."
                ),
                str(seconds_left),
            )
        )
        width = min(self.stack.width() - 2 * NOTICE_MARGIN, 900)
        self.idle_warning.setFixedWidth(width)
        self.idle_warning.setFixedHeight(self.idle_warning.heightForWidth(width))  # all lines
        self.idle_warning.move(
            (self.stack.width() - width) // 2,
            (self.stack.height() - self.idle_warning.height()) // 2,
        )
        self.idle_warning.show()
        self.idle_warning.raise_()

    def _hide_idle_warning(self) -> None:
        self.idle_warning.hide()

    def _raise_notices(self) -> None:
        """The floating notices stay over the keyboard (raised over its screen)."""
        for notice in (self.scan_notice, self.idle_warning):
            if notice.isVisible():
                notice.raise_()

    def _show_announcements(self) -> None:
        if self._attract_enabled and self.navigator.current_name == Route.HOME:
            self.navigator.go(Route.ANNOUNCEMENTS)

    def _update_bar(self) -> None:
        visible = self.navigator.current.wants_navigation()
        self.back_button.setVisible(visible)
        self.home_button.setVisible(visible)
        aids = visible or self.navigator.current_name not in (Route.TICKET_PRINT, Route.TECHNICIAN)
        for button in (self.large_text_button, self.contrast_button):
            button.setVisible(aids)
        self.language_button.setVisible(aids and len(self.context.language.offered) > 1)
        voice = self.context.voice.offers_guidance(self.context.language.language)
        self.listen_button.setVisible(aids and voice)  # not in a language it has no voice for
        self.read_aloud_button.setVisible(voice and self.navigator.current_name == Route.HOME)

    def _guide_on_entry(self, name: str) -> None:
        """Say the new screen's guidance (Home and the announcements say nothing: nobody may
        be there; the technician's screens neither)."""
        voice = self.context.voice
        if name in SILENT_SCREENS:
            voice.silence()
        else:
            voice.guide(self.navigator.current.spoken_guide(), self.context.language.language)

    def _listen(self) -> None:
        """The citizen asked to hear this screen's guidance."""
        self.context.voice.guide(
            self.navigator.current.spoken_guide(), self.context.language.language, asked=True
        )

    def _read_aloud(self, words: str) -> None:
        """Read-aloud mode: a button's words, when it is first tapped."""
        self.context.voice.guide(words, self.context.language.language, asked=True)

    def _screen_step(self, screen: Screen) -> None:
        """A screen's step changed: the bar follows it, and a tap that came too soon after
        the change is ignored; not for a screen that is no longer on display (wiped after
        the citizen left it)."""
        if self.navigator.current is screen:
            self._update_bar()
            self.touch_guard.arm()

    def _say(self, screen: Screen, text: str) -> None:
        """A screen's outcome, said as its guidance would be, while that screen is on
        display."""
        if self.navigator.current is screen:
            self.context.voice.guide(text, self.context.language.language)

    def _update_clock(self) -> None:
        now = datetime.now(ZoneInfo(self.context.config.office.timezone))
        self.clock.setText(f"{now:%H:%M}  {now:%d/%m/%Y}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_bar()
        self._fit_keys_to_panel()
        compact = self.height() < COMPACT_BELOW_PX
        if self.property("compact") != compact:  # short screens (1366×768): denser rows
            self.setProperty("compact", compact)
            self.style().unpolish(self)
            self.style().polish(self)
            for widget in self.findChildren(QWidget):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def set_panel_mm(self, size: tuple[float, float] | None) -> None:
        """The panel's size in mm where its display reports it wrongly or not at all (None:
        as the display reports it); the on-screen keys are sized from it."""
        self._panel_mm = size
        self._fit_keys_to_panel()

    def _fit_keys_to_panel(self) -> None:
        """Size the on-screen keys for a finger on this panel and this window's height, and
        the type for an eye on it."""
        if self._panel_mm is not None:
            pixels, reported = (self.width(), self.height()), self._panel_mm
        else:
            screen = self.screen()
            physical = screen.physicalSize()
            pixels = (screen.size().width(), screen.size().height())
            reported = (physical.width(), physical.height())
        density = pixels_per_mm(pixels, reported)
        self.key_height = key_height_px(self.height(), density)
        self._size_keys(self)
        self.context.display.set_panel_scale(type_scale(density))

    def _size_keys(self, root: QWidget) -> None:
        self.context.shared_keyboard.set_key_height(self.key_height)
        for keyboard in root.findChildren(OnScreenKeyboard):  # also the technician's PIN pad
            keyboard.set_key_height(self.key_height)

    def _arrange_bar(self) -> None:
        """The bar in one row when all its buttons fit the window's width, else in two."""
        margins = self.bar_layout.contentsMargins()
        spacing = self.bar_layout.spacing()
        one_row = (
            sum(button.sizeHint().width() for button in self._bar_buttons)
            + spacing * len(self._bar_buttons)
            + margins.left()
            + margins.right()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if one_row <= self.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.bar_layout.direction() != direction:
            self.bar_layout.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.scan_notice.hide()  # a notice in the other language would confuse
            self._update_bar()
            self.prepare_guidance()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def _route_scan(self, scan: Scan) -> None:
        """Give a scan to the screen on display; else a dossier code opens its status, and
        anything else is explained."""
        self.idle.poke()
        if self.navigator.current.handle_scan(scan):
            return
        if isinstance(scan, DossierCode):
            self.navigator.go(Route.DOSSIER_STATUS, code=scan.code)
            return
        if isinstance(scan, LocalReceipt):
            self.navigator.go(Route.DOSSIER_STATUS, local_reference=scan.reference)
            return
        if isinstance(scan, AppointmentCode):
            # the appointments' models (pydantic) are imported after Home's first paint
            from kiosk.domain.appointments import CheckInRequest

            self.navigator.go(Route.TICKET_PRINT, check_in=CheckInRequest(code=scan.code))
            return
        self.show_notice(self._scan_explanation(scan))

    def _screen_notice(self, screen: Screen, text: str) -> None:
        """A screen's message, shown only while that screen is on display (a slip that
        finishes printing after the citizen moved on says nothing over the next screen)."""
        if self.navigator.current is screen:
            self.show_notice(text)

    def show_notice(self, text: str) -> None:
        """A message over the screen for a few seconds, just below its heading so the
        heading stays readable (cleared on navigation)."""
        self.scan_notice.setText(text)
        width = self.stack.width() - 2 * NOTICE_MARGIN
        self.scan_notice.setGeometry(
            NOTICE_MARGIN, self._notice_top(), width, self.scan_notice.heightForWidth(width)
        )
        self.scan_notice.show()
        self.scan_notice.raise_()
        self._scan_notice_timer.start()

    def _notice_top(self) -> int:
        """Where a notice starts: under the current screen's heading, when it shows one."""
        title = getattr(self.navigator.current, "title", None)
        if isinstance(title, QWidget) and title.isVisible():
            return title.mapTo(self.stack, QPoint(0, title.height())).y() + NOTICE_MARGIN // 2
        return NOTICE_MARGIN

    def _scan_explanation(self, scan: Scan) -> str:
        if isinstance(scan, CitizenId):
            return self.tr(
                'Your citizen ID card was read. To use it, first choose "Take a queue number".'
            )
        if isinstance(scan, VietQR):
            return self.tr("This is a payment code. Please pay it with your bank's app.")
        if isinstance(scan, KioskTicket):
            return self.tr(
                "This is a ticket from this kiosk. Please wait until your number is called."
            )
        if isinstance(scan, Unrecognised) and scan.looks_like is ScanKind.CITIZEN_ID:
            return self.tr(
                "Your citizen ID card could not be read correctly. Please scan it again, "
                "holding it flat and still under the scanner."
            )
        return self.tr(
            "Code not recognised. Scan the QR code on your citizen ID card, the barcode "
            "on your dossier receipt, or a ticket from this kiosk."
        )

    def _open_technician_entry(self) -> None:
        """The hidden corner was tapped: ask for the technician's PIN."""
        if self.navigator.current_name not in TECHNICIAN_SCREENS:
            self.navigator.go(Route.TECHNICIAN_PIN)

    def quit_kiosk(self) -> None:
        """Close the window even in full screen (a technician chose Quit kiosk)."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._quitting:
            log.info("close request refused: the kiosk is locked in full screen")
            event.ignore()
            return
        self.idle.stop()
        self.attract.stop()
        self.touch_guard.stop()
        self.context.scans.stop()
        super().closeEvent(event)
