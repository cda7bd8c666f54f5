"""Starting the Qt application: bundled fonts, stylesheet, translations, the main window."""

from __future__ import annotations

import gc
import logging
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.languages import LANGUAGES
from kiosk.paths import ASSETS_DIR
from kiosk.service_notify import READY, STOPPING, WATCHDOG, notify, watchdog_interval_s
from kiosk.stores.problems import StoreUnusable
from screens.context import ScreenContext
from screens.full_screen import cover_screen, window_flags
from screens.language import LanguageManager
from screens.main_window import MainWindow
from screens.routes import Route

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.config import Config
    from kiosk.core import KioskCore
    from kiosk.domain.model import QueueCall
    from kiosk.paths import KioskPaths
    from kiosk.sync.api import ProvinceApi
    from kiosk.voice.speaker import Speaker
    from screens.board import BoardWindow

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
)
BUNDLED_FAMILY = "Noto Sans"
BASE_FONT_PX = 22
WINDOWED_SIZE = (1280, 1024)


def setup_application(app: QApplication) -> str:
    """Register the bundled fonts, set the base font, stylesheet and window icon; return the
    font family. Text in a script the base font lacks takes the font its language names
    (``kiosk.languages``), bundled too."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(ASSETS_DIR / "fonts" / name))
        if font_id < 0:
            log.error("bundled font %s could not be loaded", name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    family = families[0] if families else ""
    font = QFont(family or app.font().family())
    font.setFamilies(
        [family or app.font().family()]
        + [language.font for language in LANGUAGES if language.font in families[1:]]
    )
    font.setPixelSize(BASE_FONT_PX)
    app.setFont(font)
    app.setStyleSheet((ASSETS_DIR / "style.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(ASSETS_DIR / "icon.png")))
    return family


class StartFailed(Exception):
    """The kiosk's core could not be started; the kiosk exits with ``code`` (the message
    has been said on standard error and in the log)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def open_window(config: Config, paths: KioskPaths, voice: Speaker) -> MainWindow:
    """The main window in the configured language, before the core: Home can paint
    (journeys off, "Connecting…") while the stores and the sync are still to come."""
    language = LanguageManager(config.kiosk.language, config.kiosk.languages)
    context = ScreenContext(config, paths, voice, language)
    language.setParent(context)
    window = MainWindow(context)
    context.setParent(window)
    return window


def create_window(core: KioskCore) -> MainWindow:
    """The main window with ``core`` attached: the catalogue loads, the scanner listens, and
    syncing starts once the window has painted."""
    window = open_window(core.config, core.paths, core.voice)
    window.context.attach(core)
    window.first_painted.connect(window.context.start_sync)
    return window


def install_crash_guard(window: MainWindow) -> None:
    """Log any exception that escapes a Qt slot, wipe the screens and go Home.

    A citizen never sees a stack trace and the kiosk never drops to the desktop; the
    technician finds the traceback in the log.
    """

    def guard(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("unexpected error; returning Home", exc_info=(kind, error, trace))
        try:
            window.navigator.home()
        except Exception:  # the screens themselves are broken; keep the process alive
            log.exception("could not return Home after an error")

    sys.excepthook = guard


def settle_memory() -> None:
    """Collect once, then move everything alive into the permanent generation.

    The objects of a started kiosk (Qt wrappers, SQLAlchemy, pydantic models) live as long
    as the process; without this, every full collection walks them all on the GUI thread
    (about 30 ms on a kiosk PC, a visible stall while the sync thread is busy).
    """
    gc.collect()
    gc.freeze()


def report_to_service_manager(window: QWidget) -> None:
    """Tell systemd the kiosk is ready and, if the unit has a watchdog, keep telling it from
    the GUI thread that the screen is alive (a hung event loop gets the kiosk restarted)."""
    if not notify(READY):
        return
    QApplication.instance().aboutToQuit.connect(lambda: notify(STOPPING))  # type: ignore[union-attr]
    interval_s = watchdog_interval_s()
    if interval_s is None:
        return
    timer = QTimer(window)
    timer.timeout.connect(lambda: notify(WATCHDOG))
    timer.start(max(100, int(interval_s * 1000)))
    notify(WATCHDOG)


def report_first_paint(window: QWidget) -> None:
    """Say on standard output the window's size, how many modules were imported, and
    ``first-paint``; and ``first-paint`` on standard error too, where it marks the end of
    the imports before the paint among ``-X importtime``'s lines."""
    screen = window.screen().geometry()
    print(
        f"window {window.width()}x{window.height()} on a {screen.width()}x{screen.height()} screen",
        flush=True,
    )
    print(f"modules {len(sys.modules)}", flush=True)
    print("first-paint", flush=True)
    print("first-paint", file=sys.stderr, flush=True)


def run_gui(
    config: Config,
    paths: KioskPaths,
    start_core: Callable[[Speaker], KioskCore],
    *,
    windowed: bool,
    exit_after_paint: bool = False,
    quit_shortcut: bool = False,
    board: bool = False,
) -> int:
    """Show the kiosk and run the event loop until it quits; return the exit code.

    Home paints first; then ``start_core`` (given the window's voice) opens the stores, the
    printer and the API client, and the kiosk comes alive. When it raises StoreUnusable
    (said on standard error and in the log), the window gives way to the out-of-service
    screen; StartFailed quits with its code.

    ``exit_after_paint`` reports the first paint (``report_first_paint``) and quits once the
    core has started and read the cached catalogue (for benchmarks and tests).
    ``quit_shortcut`` lets Ctrl+Q close a windowed demo. In full screen the window cannot
    be closed (Alt+F4 and Escape do nothing) except by a technician's Quit kiosk. ``board``
    opens a calling board beside it (the demo's whole loop on one screen).
    """
    from kiosk.voice.speaker import Speaker

    started = time.perf_counter()
    # the running application is a QApplication; Qt types it as its base
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv)
    app.setApplicationName("kiosk-dvc")
    setup_application(app)
    voice = Speaker(config.voice, paths.data_dir / "voice", config.office.timezone)
    window = open_window(config, paths, voice)
    install_crash_guard(window)
    fullscreen = config.kiosk.fullscreen and not windowed
    window.setWindowFlags(window_flags(fullscreen))
    window.locked = fullscreen
    cores: list[KioskCore] = []
    out_of_service: list[QWidget] = []

    def painted() -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info("home screen painted %.0f ms after the GUI started", elapsed_ms)
        if exit_after_paint:
            report_first_paint(window)
        try:
            core = start_core(voice)
        except StoreUnusable as exc:  # not the desktop: a screen a technician can get behind
            from screens.out_of_service import open_out_of_service  # (and tomlkit) only now

            out_of_service.append(open_out_of_service(config, paths, str(exc), windowed=windowed))
            report_to_service_manager(out_of_service[0])
            window.locked = False
            window.close()
            window.deleteLater()  # its timers, scanner and translators go with it
            return
        except StartFailed as exc:
            window.locked = False  # Qt asks every window before it quits; a locked one says no
            app.exit(exc.code)
            return
        cores.append(core)
        window.context.attach(core)
        if board:
            calling = board_window(core.api, config, paths.data_dir)
            calling.setParent(window, Qt.WindowType.Window)  # its own window, closed with it
            calling.resize(*WINDOWED_SIZE)
            calling.show()
            calling.start()
        if exit_after_paint:  # once the cached catalogue is read (off the UI thread)
            window.locked = False
            window.context.catalogue_changed.connect(app.quit)
            return
        window.context.start_sync()  # the first paint came before any network traffic
        settle_memory()
        report_to_service_manager(window)
        window.build_citizen_screens_in_background(finished=settle_memory)

    window.first_painted.connect(painted)
    if quit_shortcut and not fullscreen:
        shortcut = QShortcut(QKeySequence("Ctrl+Q"), window)
        shortcut.activated.connect(app.quit)
    if fullscreen:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen shows no pointer
        cover_screen(window)
        window.showFullScreen()
    else:
        window.resize(*WINDOWED_SIZE)
        window.show()
    try:
        return app.exec()
    finally:
        for core in cores:
            core.close()
        voice.close()
        for widget in out_of_service:  # the kiosk's own window deletes itself on close
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def board_window(api: ProvinceApi, config: Config, data_dir: Path) -> BoardWindow:
    """A calling board following the province through ``api``, announcing each call with
    the voice ``config`` sets (its clips kept under ``data_dir``)."""
    from kiosk.services.board import BoardFeed
    from kiosk.voice.calls import call_sentence, reading_style
    from kiosk.voice.speaker import Speaker
    from screens.board import BoardWindow

    speaker = Speaker(config.voice, data_dir / "voice", config.office.timezone)
    style = reading_style(config.voice)

    again = config.voice.call_again_in

    def announce(call: QueueCall) -> None:
        number, counter = call.number, call.counter_number
        speaker.call(
            call_sentence(number, counter, style),
            again=[(call_sentence(number, counter, style, lang), lang) for lang in again],
        )

    board = BoardWindow(BoardFeed(api), announce, config.office.timezone)
    board.destroyed.connect(speaker.close)
    return board


def run_board(api: ProvinceApi, config: Config, data_dir: Path, *, windowed: bool) -> int:
    """Show the calling board (full screen unless ``windowed``) until it is closed."""
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv)
    app.setApplicationName("kiosk-dvc-board")
    setup_application(app)
    board = board_window(api, config, data_dir)
    if windowed:
        board.resize(*WINDOWED_SIZE)
        board.show()
    else:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        cover_screen(board)
        board.showFullScreen()
    board.start()
    return app.exec()


def self_test(core: KioskCore) -> list[str]:
    """Build the window, render every screen once in both languages (and Home in high
    contrast), build a ticket job for the configured printer, search with a typo; the
    problems found (empty: all well). Checks that the bundled fonts, translations,
    stylesheets, icon and compiled search load. No network, no printing: the installer's
    smoke test of a (frozen) build."""
    from kiosk.input.text_search import ProcedureIndex
    from printers.job import JobSettings
    from printers.layouts.ticket import build_ticket_job
    from printers.samples import BIRTH_REGISTRATION, SAMPLE_OFFICE, sample_ticket

    problems: list[str] = []
    # the running application is a QApplication; Qt types it as its base
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv)
    family = setup_application(app)
    if family != BUNDLED_FAMILY:
        problems.append(f"the bundled font did not load (got {family or 'none'!r})")
    if app.windowIcon().isNull():
        problems.append("the window icon did not load")
    window = create_window(core)
    window.resize(*WINDOWED_SIZE)
    context = window.context
    if not context.language.translations_loaded:
        problems.append("the translations did not load")
    try:
        for language in context.language.offered:
            context.language.set_language(language)
            for name in window.navigator.names():
                image = window.navigator.screen(name).grab().toImage()
                if image.isNull() or image.width() == 0:
                    problems.append(f"screen {name} did not render in {language}")
        context.display.set(high_contrast=True)
        if window.navigator.screen(Route.HOME).grab().toImage().isNull():
            problems.append("home did not render in high contrast")
        context.display.reset()
        printer = core.config.printer
        settings = JobSettings(printer.profile, printer.paper_width_mm, printer.text_mode)
        job = build_ticket_job(sample_ticket(), SAMPLE_OFFICE, settings)
        if not job:
            problems.append("the ticket job is empty")
        if not ProcedureIndex([BIRTH_REGISTRATION]).search("khia sinh"):  # a typo: rapidfuzz
            problems.append("the search forgives no typo")
    except Exception as exc:  # a smoke test reports, it does not crash
        log.exception("self-test failed")
        problems.append(f"{type(exc).__name__}: {exc}")
    finally:
        window.close()
    return problems
