"""One navigator owns the current screen: Home, Back, history and the idle reset.

Every screen derives from :class:`Screen`. It shows its state in ``show_state`` (called
whenever the state changes), sets the texts that depend on the language alone in
``retranslate`` (called again on every language change; it ends by showing the state, whose
texts are translated too), clears what a citizen entered in ``wipe``, and may clean up in
``leave`` when it stops being current. A screen that forgets its journey when left says so
(``wipe_on_leave``); reaching Home, by any way, wipes every screen shown since the last
wipe. Work that would block the UI goes through ``run``: its result comes back on the UI
thread, and not at all once the screen has called ``forget_pending``.

A screen left behind is wiped after the window has painted the screen the citizen goes to,
not before: a wipe refills lists and resets steps that nobody sees, and a tap should show
its screen first. Until then the screen is hidden and hears no answer to a request it made
(its pending work is forgotten at once); a screen shown again before its wipe is wiped first.

Screens are registered by name with a factory and built when first shown or asked for (a
kiosk starts with Home alone; most citizens use one journey). A screen built late comes up
in the current language and look, like one built at start.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from screens.background import JobFailed, PendingJobs
from screens.routes import Route

log = logging.getLogger(__name__)

T = TypeVar("T")

PREBUILD_GAP_MS = 50
#: posted to the navigator when screens wait to be wiped; at Qt's low priority, as the
#: window's repaint (UpdateRequest) is posted, so it comes after the repaint a tap asked for
WIPE_EVENT = QEvent.Type(QEvent.registerEventType())


class Screen(QWidget):
    """Base of every screen shown by the navigator."""

    #: whether Back returns here (False for transient screens such as a print result)
    keep_in_history = True
    #: whether leaving the screen, for any other, wipes it (its journey ends there)
    wipe_on_leave = False
    #: emitted when the screen wants the Home/Back bar shown or hidden
    navigation_changed = Signal()
    #: emitted with a short message for the citizen, shown over the screen for a while
    notice = Signal(str)
    #: emitted while the citizen is busy elsewhere (in a bank app): counts as a touch
    activity = Signal()
    #: emitted with an outcome to say aloud now ("Đã in số …"); never a citizen's personal data
    spoken = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator: Navigator | None = None
        self._pending = PendingJobs(self)

    def enter(self, **params: Any) -> None:
        """Called when the screen becomes current, with the parameters of ``go``."""

    def leave(self) -> None:
        """Called when another screen becomes current."""

    def wipe(self) -> None:
        """Forget everything a citizen entered or saw here (idle timeout, end of journey)."""

    def retranslate(self) -> None:
        """Set the texts that depend on the language alone, then show the state (its texts
        are in the language too). Screens set their own such texts, then call this."""
        self.show_state()

    def show_state(self) -> None:
        """Show the screen's current state, its texts in the current language (called on
        every change of the state; named so as not to hide ``QWidget.render``)."""

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[JobFailed], None],
        *,
        ended: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` off the UI thread; back on it, call ``ended()`` (whatever happened,
        to release a one-at-a-time guard), then ``done(result)`` or ``failed(failure)``
        unless ``forget_pending`` was called since the job started."""
        self._pending.run(work, done, failed, ended=ended)

    def forget_pending(self) -> None:
        """Drop the results of every job started so far with ``run`` (the screen moved on:
        the citizen left, the inputs were wiped, or a newer request replaces them)."""
        self._pending.forget()

    def spoken_guide(self) -> str:
        """What to say aloud on this screen, in the current language, to someone who cannot
        read it: what it is for and what to touch or scan ("" for nothing). Said when the
        screen opens and when "Listen" is tapped; fixed texts, never what a citizen entered."""
        return ""

    def wants_navigation(self) -> bool:
        """Whether the Home/Back bar should be visible on this screen."""
        return True

    def go_back(self) -> bool:
        """Take Back within the screen (a step of a journey); True if it did."""
        return False

    def handle_scan(self, scan: object) -> bool:
        """Use a scanned code here if it makes sense (a ``kiosk.input.scans.Scan``); True if
        used."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Navigator(QObject):
    """Decides which screen is current; keeps the Back history; builds screens on first use."""

    current_changed = Signal(str)
    #: emitted with each screen once it is built, before it is first shown
    screen_built = Signal(QWidget)

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._factories: dict[Route, Callable[[], Screen]] = {}
        self._screens: dict[Route, Screen] = {}
        self._history: list[Route] = []
        self._shown_since_wipe: set[Route] = set()
        self._to_wipe: set[Route] = set()  # left behind, wiped once the window has painted
        self.current_name: Route | None = None  # before the first screen is shown

    def add(self, name: Route, factory: Callable[[], Screen]) -> None:
        """Register the screen that ``factory`` builds, under ``name``; it is built when
        first shown or asked for."""
        self._factories[name] = factory

    def screen(self, name: Route) -> Screen:
        """The screen registered under ``name``, built now if it was not yet."""
        screen = self._screens.get(name)
        if screen is None:
            started = time.perf_counter()
            screen = self._factories[name]()
            screen.navigator = self
            self._screens[name] = screen
            self._stack.addWidget(screen)
            screen.retranslate()
            self.screen_built.emit(screen)
            log.debug("screen %s built in %.0f ms", name, (time.perf_counter() - started) * 1000)
        return screen

    def names(self) -> list[Route]:
        """The names of every registered screen, built or not, in the order added."""
        return list(self._factories)

    def is_built(self, name: Route) -> bool:
        """Whether the screen ``name`` exists yet."""
        return name in self._screens

    def build_in_background(
        self,
        names: list[Route],
        finished: Callable[[], None] | None = None,
        gap_ms: int = PREBUILD_GAP_MS,
    ) -> None:
        """Build the screens ``names`` that are not built yet, one per turn of the event loop
        with ``gap_ms`` between them, so that a touch is never kept waiting by more than one
        build and a citizen's first visit of a journey is as quick as the next; then call
        ``finished``."""
        waiting = [name for name in names if not self.is_built(name)]

        def build_next() -> None:
            while waiting and self.is_built(waiting[0]):  # built meanwhile, on demand
                waiting.pop(0)
            if waiting:
                self.screen(waiting.pop(0))
                QTimer.singleShot(gap_ms, self, build_next)
            elif finished is not None:
                finished()

        QTimer.singleShot(gap_ms, self, build_next)

    @property
    def current(self) -> Screen:
        """The screen on display (Home before the first is shown)."""
        return self._screens[self.current_name or Route.HOME]

    def go(self, name: Route, **params: Any) -> None:
        """Show screen ``name`` (remembering the current one for Back)."""
        if self.current_name and self.current_name != name and self.current.keep_in_history:
            self._history.append(self.current_name)
        self._show(name, params)

    def back(self) -> None:
        """Go a step back within the screen, else to the previous screen (or Home)."""
        if self.current_name and self.current.go_back():
            return
        self._show(self._history.pop() if self._history else Route.HOME, {})

    def home(self) -> None:
        """Return Home: the journey is over, every screen's inputs are cleared."""
        self._show(Route.HOME, {})

    def wipe_all(self) -> None:
        """Clear every screen's inputs and forget the history, staying where we are. Only
        the screens shown since the last clearing are cleared: a citizen entered nothing in
        the others. The current screen is wiped now, the others once the window has painted
        (see the module's docstring)."""
        self._history.clear()
        shown, self._shown_since_wipe = self._shown_since_wipe, set()
        self._wipe_later(shown)
        if self.current_name is not None:
            self._wipe_now(self.current_name)

    @property
    def wipes_pending(self) -> bool:
        """Whether screens left behind still wait to be wiped."""
        return bool(self._to_wipe)

    def event(self, event: QEvent) -> bool:
        if event.type() == WIPE_EVENT:
            for name in sorted(self._to_wipe):
                self._wipe_now(name)
            return True
        return super().event(event)

    def _wipe_later(self, names: set[Route]) -> None:
        """Wipe the screens ``names`` after the window's next paint; from now on they hear
        no answer to what they asked."""
        if not self._to_wipe and names:
            low = Qt.EventPriority.LowEventPriority.value
            QCoreApplication.postEvent(self, QEvent(WIPE_EVENT), low)
        for name in names:
            self._screens[name].forget_pending()
            self._to_wipe.add(name)

    def _wipe_now(self, name: Route) -> None:
        if name in self._to_wipe:
            self._to_wipe.discard(name)
            self._screens[name].wipe()

    def _show(self, name: Route, params: dict[str, Any]) -> None:
        screen = self.screen(name)
        left = self.current_name if self.current_name != name else None
        if left is not None:
            self.current.leave()
            if self.current.wipe_on_leave:
                self._wipe_later({left})
        self.current_name = name
        if name == Route.HOME:  # however Home is reached, nothing of the journey stays behind
            self.wipe_all()
        self._wipe_now(name)  # shown again before its wipe: wiped first
        self._shown_since_wipe.add(name)
        screen.enter(**params)
        self._stack.setCurrentWidget(screen)
        log.debug("screen %s", name)
        self.current_changed.emit(name)


class HomeCountdown(QObject):
    """A result screen's return Home: ``ticked`` every second with the seconds left, then
    the navigator goes Home."""

    ticked = Signal(int)

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self._screen = screen
        self.seconds_left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

    def start(self, seconds: int) -> None:
        """Go Home in ``seconds`` unless stopped."""
        self.seconds_left = seconds
        self._tick.start()

    def stop(self) -> None:
        """Stay on the screen."""
        self._tick.stop()

    def _count_down(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.ticked.emit(self.seconds_left)
            return
        self._tick.stop()
        if self._screen.navigator is not None:
            self._screen.navigator.home()
