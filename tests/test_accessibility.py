"""Every screen, in every look (standard, large text, high contrast): touch targets of at least
15 mm on the configured screen, text contrast of at least 4.5:1 (7:1 in high contrast), content
that fits the window, and no text left untranslated in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from screens.main_window import MainWindow
from tests.contrast import contrast, drawn
from tools.journey_walk import settle_layouts

MIN_TARGET_MM = 15
LOOKS = {
    "standard": {},
    "large text": {"large_text": True},
    "high contrast": {"high_contrast": True},
}


class RecordingTranslator(QTranslator):
    """Installed over the real translator: notes every lookup and answers none of them."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source))
        return ""


def screen_params(window: Any) -> dict[str, dict[str, object]]:
    """What each screen is entered with when a citizen reaches it."""
    catalogue = window.context.catalogue
    procedure = next(p for p in catalogue.procedures if p.fee_vnd > 0)
    form_procedure = next(
        p for p in catalogue.procedures if any(f.procedure_id == p.id for f in catalogue.forms)
    )
    return {
        "procedure_detail": {"procedure": procedure},
        "ticket_print": {"field": catalogue.fields[0]},
        "payment": {"procedure": procedure},
        "submission": {"procedure": form_procedure},
    }


def walk(qtbot: Any, window: Any, look: dict[str, bool] | None = None) -> Iterator[str]:
    """Show each screen in turn (yielding its name), each time as a citizen would see it:
    in ``look`` (display aids), unless the screen itself resets the aids."""
    params = screen_params(window)
    for name in window.navigator.names():
        window.navigator.home()
        window.context.display.set(**(look or {}))
        window.navigator.go(name, **params.get(name, {}))
        if name == "ticket_print":
            qtbot.waitUntil(lambda: window.navigator.current.state != "printing", timeout=10_000)
        settle_layouts()
        yield name


def visible(root: QWidget, kind: type[QWidget] | tuple[type[QWidget], ...]) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kind) and w.isVisible() and w.width() > 0
    ]


@pytest.fixture
def min_target_px(core: KioskCore) -> float:
    settings = core.config.kiosk
    return MIN_TARGET_MM * settings.screen_width_px / settings.screen_width_mm


@pytest.mark.parametrize("look", LOOKS)
def test_every_screen_has_large_targets_readable_text_and_fits(
    qtbot: QtBot, window: MainWindow, min_target_px: float, look: str
) -> None:
    minimum_contrast = 7.0 if look == "high contrast" else 4.5
    problems: list[str] = []
    try:
        for name in walk(qtbot, window, LOOKS[look]):
            screen = window.navigator.current
            for target in visible(window, (QAbstractButton, QLineEdit)):
                label = getattr(target, "text", lambda: "")() or target.objectName()
                if min(target.width(), target.height()) < min_target_px:
                    problems.append(
                        f"{name}: {label!r} is {target.width()}×{target.height()}"
                        f" px, under {MIN_TARGET_MM} mm"
                    )
                if (
                    isinstance(target, QAbstractButton)
                    and target.text()
                    and (target.sizeHint().width() > target.width())
                ):
                    problems.append(
                        f"{name}: {label!r} is cut off ({target.width()} px wide,"
                        f" needs {target.sizeHint().width()})"
                    )
            layout = screen.layout()
            assert layout is not None
            needed = (
                layout.totalHeightForWidth(screen.width())
                if layout.hasHeightForWidth()
                else layout.totalMinimumSize().height()
            )
            if needed > screen.height():
                problems.append(f"{name}: needs {needed} px of height, has {screen.height()}")
            for widget in visible(screen, (QLabel, QAbstractButton)):
                text = widget.text() if hasattr(widget, "text") else ""
                shown = widget.visibleRegion().boundingRect().height()
                if not text.strip() or widget.height() < 10 or shown < min(widget.height(), 30):
                    continue  # out of view, or scrolled so far that too little is in view
                ratio = contrast(*drawn(widget))
                if ratio < minimum_contrast:
                    problems.append(f"{name}: {text[:40]!r} has contrast {ratio:.1f}:1")
    finally:
        window.context.display.reset()
    assert problems == [], "\n".join(problems)


def test_every_text_on_every_screen_is_translated_into_vietnamese(qtbot, window) -> None:
    assert window.context.language.language == "vi"
    real = window.context.language.translator("vi")
    assert real is not None
    recorder = RecordingTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(recorder)
    try:
        for _name in walk(qtbot, window):
            for widget in window.findChildren(QObject):
                if hasattr(widget, "retranslate"):
                    widget.retranslate()
    finally:
        app.removeTranslator(recorder)
    assert len(recorder.asked) > 60
    missing = sorted(
        f"{context}: {source}"
        for context, source in recorder.asked
        if not context.startswith("Q")  # Qt's own lookups
        and not real.translate(context, source)
    )
    assert missing == []
