"""What the technician pages share: the page base, a check's result, buttons, text views,
and the core's texts in the kiosk's language.

The pages speak the kiosk's language like every other screen: their own texts go through
``tr``, what the core tells a technician (``kiosk.technician.phrases``) through
:func:`translated`; values (paths, numbers, device names, errors from libraries, config keys
and a check's details, as ``kiosk diag --json`` gives them) stay as they are. A page sets its
texts in ``retranslate``, which technician mode calls again on every language change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.technician.diagnostics.checks import Check, CheckResult, flat_details, run_checks
from kiosk.technician.phrases import CONTEXT, Phrase, Text
from screens.background import JobFailed, PendingJobs
from screens.context import ScreenContext
from screens.style_state import set_style_state
from screens.widgets import finger_scrolling, plain_label, push_button, scroll_area

CONFIRM_MS = 4000

T = TypeVar("T")


def translated(text: Text) -> str:
    """A text from the core in the kiosk's language (a plain string is a value: as it is)."""
    if isinstance(text, str):
        return text
    return text.render(lambda template: QCoreApplication.translate(CONTEXT, template))


def tech_button(on_click: Callable[[], object], text: str = "") -> QPushButton:
    """A technician page's button (smaller than a citizen's, still a 15 mm target); its text
    is set in ``retranslate`` unless it is a sign (− +)."""
    button = push_button("techButton", on_click)
    button.setText(text)
    return button


def tab_button(
    group: QButtonGroup, on_click: Callable[[], object] | None = None, text: str = ""
) -> QPushButton:
    """A checkable button of ``group`` (one of a row of tabs or choices)."""
    button = QPushButton(text)
    button.setObjectName("techTab")
    button.setCheckable(True)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    group.addButton(button)
    return button


def label(text: str = "", object_name: str = "techFacts") -> QLabel:
    """A wrapping, left-aligned label styled by ``object_name``."""
    widget = plain_label(text)
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    return widget


def text_view() -> QPlainTextEdit:
    """A read-only, fixed-width text area (logs, raw scans, config)."""
    view = QPlainTextEdit()
    view.setObjectName("techText")
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    finger_scrolling(view.viewport())
    return view


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, from the left."""
    row = QHBoxLayout()
    row.setSpacing(12)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ConfirmButton(QPushButton):
    """A button for what cannot be undone: the first touch asks, a second touch within a
    few seconds emits ``confirmed``. Its two texts are given by ``set_texts``."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("techButton")
        self._text = self._question = ""
        self._disarm = QTimer(self)
        self._disarm.setSingleShot(True)
        self._disarm.setInterval(CONFIRM_MS)
        self._disarm.timeout.connect(self.reset)
        self.clicked.connect(self._touched)

    @property
    def armed(self) -> bool:
        """Whether the next touch confirms."""
        return self._disarm.isActive()

    def set_texts(self, text: str, question: str) -> None:
        """The button's text, and the question it shows after the first touch."""
        self._text, self._question = text, question
        self.setText(question if self.armed else text)

    def reset(self) -> None:
        """Forget the first touch."""
        self._disarm.stop()
        self.setText(self._text)

    def _touched(self) -> None:
        if self.armed:
            self.reset()
            self.confirmed.emit()
            return
        self.setText(self._question)
        self._disarm.start()


class CheckView(QWidget):
    """One diagnostic check's result: its level, its message and its details."""

    def __init__(self) -> None:
        super().__init__()
        self.level = label("", "techLevel")
        self.level.setWordWrap(False)
        self.summary = label("", "techSummary")
        self.details = label("", "techDetails")
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.level, alignment=Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.summary, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.details)
        self.result: CheckResult | None = None
        self.show_running()

    def show_running(self) -> None:
        """The check is under way."""
        self.result = None
        self.retranslate()

    def show_result(self, result: CheckResult) -> None:
        """Show ``result``."""
        self.result = result
        self.retranslate()

    def retranslate(self) -> None:
        """Show the check's state in the kiosk's language (the details' keys and values as
        they are, but for the phrases among them)."""
        result = self.result
        if result is None:
            self._set_level("running", "…")
            self.summary.setText(self.tr("checking…"))
            self.details.setText("")
            return
        levels = {"ok": self.tr("OK"), "warn": self.tr("WARN"), "fail": self.tr("FAIL")}
        self._set_level(result.level, levels[result.level])
        self.summary.setText(translated(result.message))
        self.details.setText(
            "\n".join(
                f"{key}: {translated(value) if isinstance(value, Phrase) else value}"
                for key, value in flat_details(result.details)
            )
        )

    def _set_level(self, level: str, text: str) -> None:
        self.level.setText(text)
        set_style_state(self.level, "level", level)


class TechnicianPage(QWidget):
    """One page of technician mode: a title, a scrolling body and a line for outcomes.

    ``shown`` and ``hidden`` are called when the page starts and stops being on display;
    ``retranslate`` sets its texts in the kiosk's language (a page sets its own, then calls
    the base's); ``wipe`` forgets what it showed when technician mode ends, and
    ``forget_pending`` what was still on its way (as ``Screen.forget_pending``).
    """

    #: whether the body scrolls (False for a page filled by a text view, which scrolls itself)
    scrolls = True

    def __init__(self, context: ScreenContext) -> None:
        super().__init__()
        self.context = context
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 16 if self.scrolls else 0, 0)
        content_layout.addLayout(self.body, stretch=1)
        if self.scrolls:
            content_layout.addStretch(1)
        self.message = label("", "techMessage")
        self._message: Callable[[], str] | None = None
        self._check_views: list[CheckView] = []
        self._pending = PendingJobs(self)
        self.heading = label("", "techPageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(scroll_area(content) if self.scrolls else content, stretch=1)
        layout.addWidget(self.message)

    def title(self) -> str:
        """The page's name (its heading and its tab), in the kiosk's language."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the page's texts again in the kiosk's language: its heading, the outcome line
        and the checks' results (a page sets its own texts first)."""
        self.heading.setText(self.title())
        self.message.setText(self._message() if self._message else "")
        for view in self.findChildren(CheckView):
            view.retranslate()

    def say(self, text: Callable[[], str] | None) -> None:
        """Show ``text()`` on the outcome line, again on every language change (None: nothing)."""
        self._message = text
        self.message.setText(text() if text else "")

    def shown(self) -> None:
        """The page is on display now."""

    def hidden(self) -> None:
        """The page is no longer on display."""

    def wipe(self) -> None:
        """Forget what the page showed."""
        self.say(None)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[JobFailed], None],
    ) -> None:
        """Run ``work`` off the UI thread; back on it, call ``done(result)`` or
        ``failed(failure)`` unless ``forget_pending`` was called since (``Screen.run``)."""
        self._pending.run(work, done, failed)

    def forget_pending(self) -> None:
        """Drop the results of every job started so far with ``run``."""
        self._pending.forget()

    def show_failure(self, failure: JobFailed) -> None:
        """Show on the outcome line why a job failed."""
        self.say(lambda: str(failure))

    def audit(self, action: str, **details: Any) -> None:
        """Record a technician's action in the audit log."""
        self.context.technician.audit.record("action", action=action, **details)

    def run_checks(self, checks: Sequence[tuple[Check, CheckView]]) -> None:
        """Run the checks off the UI thread, each shown in its view when all have ended
        (a late result never reaches a deleted page, nor one that forgot it)."""
        self._check_views = [view for _check, view in checks]
        for view in self._check_views:
            view.show_running()
        self.run(
            lambda: run_checks([check for check, _view in checks]),
            self._show_results,
            self.show_failure,
        )

    def _show_results(self, results: list[CheckResult]) -> None:
        for result, view in zip(results, self._check_views, strict=True):
            view.show_result(result)
