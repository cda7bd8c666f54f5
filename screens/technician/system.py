"""Technician pages for the rest of the kiosk: network, sync, storage, logs, config, about."""

from __future__ import annotations

import os
from datetime import UTC
from zoneinfo import ZoneInfo

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.diagnostics import (
    Check,
    check_api,
    check_clock,
    check_storage,
    check_sync,
    check_version,
)
from kiosk.logs import LOG_FILE
from kiosk.outbox import OutboxItem
from kiosk.technician import LOG_LEVELS, config_rows, read_log_tail
from screens.background import run_in_background
from screens.context import ScreenContext
from screens.technician.parts import (
    CheckView,
    ConfirmButton,
    TechnicianPage,
    button_row,
    label,
    tech_button,
    text_view,
)

DEFAULT_LOG_LEVEL = "INFO"


class NetworkPage(TechnicianPage):
    """Whether the province answers: reachability, latency, TLS, the device token, and the
    clock compared with the province's."""

    title = "Network / API"

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        api = context.core.config.api
        self.body.addWidget(label(
            f"Province API: {api.base_url or '(none configured)'}\n"
            f"TLS certificate check: {'on' if api.verify_tls else 'OFF'}; timeout "
            f"{api.timeout_s:g} s; device token {'set (hidden)' if api.device_token else 'empty'}"))
        self.state = label("", "techSummary")
        self.body.addWidget(self.state)
        self.api_view, self.clock_view = CheckView(), CheckView()
        self.body.addWidget(self.api_view)
        self.body.addWidget(self.clock_view)
        self.body.addLayout(button_row(tech_button("Check now", self._check_by_hand)))
        context.sync_status_changed.connect(self._show_sync_state)

    def shown(self) -> None:
        self._show_sync_state()
        self.check()

    def check(self) -> None:
        """Reach the province and compare clocks (off the UI thread)."""
        core = self.context.core
        api, office = core.config.api, core.config.office
        wait_s = api.timeout_s
        self.run_checks([
            (Check("network", lambda: check_api(core.api, api), 2 * wait_s + 2), self.api_view),
            (Check("clock", lambda: check_clock(office, api), wait_s + 2), self.clock_view),
        ])

    def _check_by_hand(self) -> None:
        self.audit("check", target="network")
        self.check()

    def _show_sync_state(self) -> None:
        status = self.context.sync_status
        state = {None: "not tried yet", True: "online", False: "offline"}[status.online]
        problem = f" ({status.problem})" if status.problem else ""
        self.state.setText(f"The sync engine's last contact: {state}{problem}")


class SyncPage(TechnicianPage):
    """What waits to be delivered, when the kiosk last pulled and pushed, dead letters (the
    province refused them) with Retry and Discard, and Sync now."""

    title = "Sync"

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.status = CheckView()
        self.body.addWidget(self.status)
        self.body.addLayout(button_row(tech_button("Sync now", self.sync_now)))
        self.body.addWidget(label("Dead letters: refused by the province, never sent again "
                                  "unless retried. Discard erases the item's content.",
                                  "techSectionTitle"))
        self.dead = QVBoxLayout()
        self.dead.setSpacing(8)
        self.body.addLayout(self.dead)
        self.dead_rows: dict[str, tuple[QPushButton, ConfirmButton]] = {}
        self._dead_keys: list[str] | None = None
        self._handling: tuple[OutboxItem, str] | None = None
        self._on_display = False
        context.sync_status_changed.connect(self._status_changed)

    def shown(self) -> None:
        self._on_display = True
        self.refresh()

    def hidden(self) -> None:
        self._on_display = False

    def _status_changed(self) -> None:
        if self._on_display:
            self.refresh()

    def refresh(self) -> None:
        """Read the sync state again (off the UI thread) and list the dead letters."""
        sync = self.context.core.sync
        self.run_checks([(Check("sync", lambda: check_sync(sync), 10), self.status)])
        self.list_dead()

    def sync_now(self) -> None:
        """Start a sync cycle now."""
        self.audit("sync_now")
        self.context.core.sync.wake()
        self.message.setText("Sync started.")

    def list_dead(self) -> None:
        """Show the dead letters (rebuilt only when they changed, so a Discard half-confirmed
        is not lost to a status update)."""
        items = self.context.core.outbox.items("dead")
        if [item.key for item in items] == self._dead_keys:
            return
        self._dead_keys = [item.key for item in items]
        while (entry := self.dead.takeAt(0)) is not None:
            if entry.widget() is not None:
                entry.widget().deleteLater()
        self.dead_rows = {}
        if not items:
            self.dead.addWidget(label("None."))
        for item in items:
            self.dead.addWidget(self._dead_row(item))

    def _dead_row(self, item: OutboxItem) -> QFrame:
        zone = ZoneInfo(self.context.core.config.office.timezone)
        # SQLite gives the UTC time back without its zone
        queued = item.created_at.replace(tzinfo=item.created_at.tzinfo or UTC).astimezone(zone)
        row = QFrame()
        row.setObjectName("techRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(label(f"{item.kind} {item.reference or item.key}  ·  queued "
                               f"{queued:%d/%m %H:%M}  ·  {item.attempts} attempt(s)\n"
                               f"{item.last_error}"), stretch=1)
        retry = tech_button("Retry", lambda: self._handle(item, "retry"))
        discard = ConfirmButton("Discard", "Touch again to erase")
        discard.confirmed.connect(lambda: self._handle(item, "discard"))
        layout.addWidget(retry)
        layout.addWidget(discard)
        self.dead_rows[item.key] = (retry, discard)
        return row

    def _handle(self, item: OutboxItem, what: str) -> None:
        """Retry or discard one dead letter (off the UI thread), one at a time."""
        if self._handling is not None:
            return
        self._handling = (item, what)
        for buttons in self.dead_rows.values():
            for button in buttons:
                button.setEnabled(False)
        outbox = self.context.core.outbox
        work = outbox.retry_dead if what == "retry" else outbox.discard_dead
        run_in_background(lambda: work(item.key), self._handled, self._not_handled)

    def _handled(self, _result: object) -> None:
        item, what = self._end_handling()
        target = f"{item.kind} {item.reference or item.key} ({item.key})"
        self.audit(f"{what}_dead_letter", target=target)
        self.message.setText(f"{'Queued again' if what == 'retry' else 'Discarded'}: {target}.")
        self.context.core.sync.wake()  # delivers a retried item; updates the counts either way
        self.refresh()

    def _not_handled(self, reason: str) -> None:
        self._end_handling()
        self.message.setText(f"Not done: {reason}")
        self.refresh()

    def _end_handling(self) -> tuple[OutboxItem, str]:
        handling, self._handling = self._handling, None
        self._dead_keys = None  # rebuild the rows: their buttons are disabled
        assert handling is not None
        return handling


class StoragePage(TechnicianPage):
    """The two databases (sizes, schema, integrity) and free disk space."""

    title = "Storage"

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.body.addWidget(label(f"Data directory: {context.core.paths.data_dir}"))
        self.result = CheckView()
        self.body.addWidget(self.result)
        self.body.addLayout(button_row(tech_button("Check integrity now", self._check_by_hand)))

    def shown(self) -> None:
        self.check()

    def check(self) -> None:
        """Sizes, ``PRAGMA quick_check`` of both stores, and free space (off the UI thread)."""
        paths = self.context.core.paths
        self.run_checks([(Check("storage", lambda: check_storage(paths), 30), self.result)])

    def _check_by_hand(self) -> None:
        self.audit("check", target="storage")
        self.check()


class LogsPage(TechnicianPage):
    """The end of the kiosk's log, from a chosen level up."""

    title = "Logs"
    scrolls = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.path = context.core.paths.log_dir / LOG_FILE
        self.levels = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        for level in LOG_LEVELS[:-1]:  # CRITICAL records show from ERROR up
            button = QPushButton(level)
            button.setObjectName("techTab")
            button.setCheckable(True)
            button.setChecked(level == DEFAULT_LOG_LEVEL)
            self.levels.addButton(button)
            row.addWidget(button)
        self.levels.buttonClicked.connect(lambda _button: self.refresh())
        row.addStretch(1)
        row.addWidget(tech_button("Refresh", self.refresh))
        self.body.addWidget(label(f"{self.path}: the last lines, from the level chosen up"))
        self.body.addLayout(row)
        self.view = text_view()
        self.view.setLineWrapMode(self.view.LineWrapMode.NoWrap)
        self.body.addWidget(self.view, stretch=1)

    @property
    def level(self) -> str:
        """The lowest level shown."""
        return self.levels.checkedButton().text()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the log's tail again (off the UI thread)."""
        level, path = self.level, self.path
        run_in_background(lambda: (level, read_log_tail(path, min_level=level)), self._show,
                          self.message.setText)

    def _show(self, tail: tuple[str, list[str]]) -> None:
        level, lines = tail
        self.view.setPlainText("\n".join(lines) or f"(nothing at {level} or above in "
                                                   f"{self.path})")
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def wipe(self) -> None:
        super().wipe()
        self.view.clear()


class ConfigPage(TechnicianPage):
    """Every config key and its value (secrets hidden); view only."""

    title = "Config"
    scrolls = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.body.addWidget(label(
            "View only. To change a key, edit kiosk.toml (or set KIOSK_<SECTION>_<KEY>) and "
            "restart the kiosk; set the PIN with: kiosk set-pin. Secrets are hidden; (env) "
            "marks a key set by an environment variable."))
        self.view = text_view()
        rows = config_rows(context.core.config, os.environ)
        width = max(len(key) for key, _value, _env in rows)
        self.view.setPlainText("\n".join(f"{key:<{width}}  {value}{'  (env)' if env else ''}"
                                         for key, value, env in rows))
        self.body.addWidget(self.view, stretch=1)


class AboutPage(TechnicianPage):
    """Versions, the kiosk's id and where it keeps its files."""

    title = "About"

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        core = context.core
        self.facts = label()
        self.body.addWidget(self.facts)
        self.version = CheckView()
        self.body.addWidget(self.version)
        self._base_facts = (f"Kiosk id: {core.config.kiosk.id}\nData: {core.paths.data_dir}\n"
                            f"Logs: {core.paths.log_dir}\nQt {qVersion()}, PySide6 "
                            f"{PySide6.__version__}")

    def shown(self) -> None:
        screen = QGuiApplication.primaryScreen()
        size = screen.size() if screen else None
        shown = f"{size.width()}×{size.height()} px" if size else "unknown"
        self.facts.setText(f"{self._base_facts}\nScreen: {shown}")
        self.run_checks([(Check("version", check_version, 5), self.version)])
