"""The real kiosk window for benchmarks: offscreen, on the province simulator and the virtual
printer (each in its own process), driven by taps on the buttons a citizen reads.

Buttons are found by their object name or by their text (the source text translated in the
screen's translation context, so it works in Vietnamese as the kiosk runs), never through a
screen's internals: screens may be built lazily on first use.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QWidget

from bench.peers import Peers, kiosk_environ, peers
from kiosk.cli import build_kiosk_core
from kiosk.config import load_config

if TYPE_CHECKING:
    from screens.main_window import MainWindow

W = TypeVar("W", bound=QWidget)

#: the kiosk's screen: a 21.5" full-HD touchscreen (deploy/kiosk.toml.example)
SCREEN = (1920, 1080)
#: a benchmark taps faster than a finger and must not be interrupted: no double-tap guard
#: after a screen change, no idle timeout, no notices on an untouched Home
BENCH_SETTINGS = {
    "KIOSK_KIOSK_TAP_GUARD_MS": "0",
    "KIOSK_KIOSK_IDLE_TIMEOUT_S": "3600",
    "KIOSK_KIOSK_ATTRACT_AFTER_S": "0",
}


@dataclass(frozen=True)
class Kiosk:
    """A running kiosk window and its peers."""

    app: QApplication
    window: MainWindow
    peers: Peers

    @property
    def screen(self) -> QWidget:
        """The screen on display."""
        return self.window.navigator.current


@contextmanager
def running_kiosk(size: tuple[int, int] = SCREEN) -> Iterator[Kiosk]:
    """The main window shown offscreen at ``size``, synced (catalogue and number blocks in),
    its citizen screens built and memory settled, as the kiosk does after its first paint."""
    from screens.app import create_window, settle_memory, setup_application

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    setup_application(app)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp, peers(Path(tmp)) as found:
        config = load_config(environ=kiosk_environ(Path(tmp), found, **BENCH_SETTINGS))
        core = build_kiosk_core(config)
        window = create_window(core)
        try:
            window.resize(*size)
            window.show()
            context = window.context
            wait_until(lambda: context.catalogue is not None and context.online is True, 30)
            # as the kiosk does after its first paint: every citizen screen built while idle
            built: list[bool] = []
            settle_memory()
            window.build_citizen_screens_in_background(finished=lambda: built.append(True))
            wait_until(lambda: bool(built), 60)
            settle(100)
            settle_memory()
            yield Kiosk(app, window, found)
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone(10_000)  # no job touches a closed store
            core.close()


def wait_until(predicate: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Run the event loop until ``predicate()`` holds; sleeps while nothing happens (a
    background job's result wakes it), so it does not compete with the kiosk's threads."""
    if predicate():
        return
    deadline = time.monotonic() + timeout_s
    wake = QTimer()
    wake.start(50)  # to notice the deadline when no event comes
    try:
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready within {timeout_s} s")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()


def settle(ms: int = 20) -> None:
    """Run the event loop for ``ms`` (posted layout, paint and deletion events run; the
    kiosk's threads run too: unlike QTest.qWait, this does not hold Python's GIL)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def tap(widget: QWidget) -> None:
    """A finger on the middle of ``widget``: mouse press and release."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_row(rows: QListWidget, row: int = 0) -> None:
    """A finger on row ``row`` of a list."""
    item = rows.item(row)
    if item is None:
        raise LookupError(f"the list {rows.objectName()} has no row {row}")
    centre = rows.visualItemRect(item).center()
    QTest.mouseClick(
        rows.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )


def tr(context: str, source: str) -> str:
    """``source`` as the kiosk shows it now (``context``: the class that says it)."""
    return QCoreApplication.translate(context, source)


def shown(root: QWidget, kind: type[W], object_name: str | None = None) -> list[W]:
    """The visible widgets of ``kind`` under ``root`` (with that object name, if given)."""
    return [
        widget
        for widget in root.findChildren(kind)
        if widget.isVisible() and (object_name is None or widget.objectName() == object_name)
    ]


def button(root: QWidget, context: str, source: str, *, hidden: bool = False) -> QAbstractButton:
    """The visible (or, with ``hidden``, any) button under ``root`` that reads ``source``
    (translated in ``context``), as its text or, for a tile, its title."""
    text = tr(context, source)
    candidates = root.findChildren(QAbstractButton) if hidden else shown(root, QAbstractButton)
    for candidate in candidates:
        if text in (candidate.text(), candidate.accessibleName()):
            return candidate
    seen = [b.text() or b.accessibleName() for b in shown(root, QAbstractButton)]
    raise LookupError(f"no button reads {text!r} on {type(root).__name__}; there are {seen}")


def first(root: QWidget, kind: type[QWidget], object_name: str) -> QWidget:
    """The first visible widget of ``kind`` named ``object_name`` under ``root``."""
    found = shown(root, kind, object_name)
    if not found:
        raise LookupError(f"no visible {object_name} on {type(root).__name__}")
    return found[0]


def list_on(root: QWidget) -> QListWidget:
    """The visible list of rows on a screen."""
    found = first(root, QListWidget, "resultList")
    assert isinstance(found, QListWidget)
    return found


def line_edit(root: QWidget, object_name: str) -> QLineEdit:
    """The visible text input named ``object_name``."""
    found = first(root, QLineEdit, object_name)
    assert isinstance(found, QLineEdit)
    return found


def rss_mb() -> float:
    """This process's resident set size now, in MB (from /proc/self/statm)."""
    resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
