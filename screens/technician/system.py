"""Technician pages for the rest of the kiosk: network, sync, storage, logs, config (with
the keys a technician may change), about."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import PySide6
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
)

from kiosk.config import Config, ConfigError, config_file_path
from kiosk.domain.wording import fill
from kiosk.logs import LOG_FILE
from kiosk.stores.outbox import OutboxItem
from kiosk.technician.config_edit import (
    EDITABLE_KEYS,
    ConfigChange,
    ConfigEditRefused,
    EditableKey,
    audit_fields,
    change_config_key,
    config_on_next_start,
    config_rows,
)
from kiosk.technician.diagnostics.checks import Check, CheckResult
from kiosk.technician.diagnostics.network import check_api
from kiosk.technician.diagnostics.storage import check_storage
from kiosk.technician.diagnostics.sync import check_sync
from kiosk.technician.diagnostics.system import check_clock, check_version
from kiosk.technician.phrases import Phrase, Text
from kiosk.technician.views import LOG_LEVELS, read_log_tail
from printers.job import printer_settings_problem, supported_text_modes
from screens.background import JobFailed, run_in_background
from screens.context import ScreenContext
from screens.technician.parts import (
    CheckView,
    ConfirmButton,
    TechnicianPage,
    button_row,
    label,
    tab_button,
    tech_button,
    text_view,
    translated,
)

DEFAULT_LOG_LEVEL = "INFO"


class NetworkPage(TechnicianPage):
    """Whether the province answers: reachability, latency, TLS, the device token, and the
    clock compared with the province's."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.state = label("", "techSummary")
        self.body.addWidget(self.state)
        self.api_view, self.clock_view = CheckView(), CheckView()
        self.body.addWidget(self.api_view)
        self.body.addWidget(self.clock_view)
        self.check_button = tech_button(self._check_by_hand)
        self.body.addLayout(button_row(self.check_button))
        context.sync_status_changed.connect(self._show_sync_state)

    def title(self) -> str:
        return self.tr("Network / API")

    def retranslate(self) -> None:
        api = self.context.config.api
        self.facts.setText(
            fill(self.tr("Province API: %1"), api.base_url or self.tr("(none configured)"))
            + "\n"
            + fill(
                self.tr("TLS certificate check: %1; timeout %2 s; device token %3"),
                self.tr("on") if api.verify_tls else self.tr("OFF"),
                f"{api.timeout_s:g}",
                self.tr("set (hidden)") if api.device_token else self.tr("empty"),
            )
        )
        self.check_button.setText(self.tr("Check now"))
        self._show_sync_state()
        super().retranslate()

    def shown(self) -> None:
        self._show_sync_state()
        self.check()

    def check(self) -> None:
        """Reach the province and compare clocks (off the UI thread)."""
        core = self.context.core
        api, office = core.config.api, core.config.office
        wait_s = api.timeout_s
        self.run_checks(
            [
                (Check("network", lambda: check_api(core.api, api), 2 * wait_s + 2), self.api_view),
                (Check("clock", lambda: check_clock(office, api), wait_s + 2), self.clock_view),
            ]
        )

    def _check_by_hand(self) -> None:
        self.audit("check", target="network")
        self.check()

    def _show_sync_state(self) -> None:
        status = self.context.sync_status
        state = {
            None: self.tr("not tried yet"),
            True: self.tr("online"),
            False: self.tr("offline"),
        }[status.online]
        problem = f" ({status.problem})" if status.problem else ""
        self.state.setText(fill(self.tr("The sync engine's last contact: %1"), state + problem))


class SyncPage(TechnicianPage):
    """What waits to be delivered, when the kiosk last pulled and pushed, whether the outbox
    may have lost items (with Acknowledge), dead letters (the province refused them) with
    Retry and Discard, and Sync now."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.status = CheckView()
        self.body.addWidget(self.status)
        self.acknowledge = ConfirmButton()
        self.acknowledge.confirmed.connect(self.acknowledge_losses)
        self.acknowledge.setVisible(False)
        self.sync_button = tech_button(self.sync_now)
        self.body.addLayout(button_row(self.sync_button, self.acknowledge))
        self.dead_title = label("", "techSectionTitle")
        self.body.addWidget(self.dead_title)
        self.dead = QVBoxLayout()
        self.dead.setSpacing(8)
        self.body.addLayout(self.dead)
        self.dead_rows: dict[str, tuple[QPushButton, ConfirmButton]] = {}
        self._dead_facts: list[tuple[OutboxItem | None, QLabel]] = []
        self._dead_keys: list[str] | None = None
        self._handling: tuple[OutboxItem, str] | None = None
        self._on_display = False
        context.sync_status_changed.connect(self._status_changed)

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.acknowledge.set_texts(
            self.tr("Acknowledge outbox loss"), self.tr("Touch again: the loss was dealt with")
        )
        self.sync_button.setText(self.tr("Sync now"))
        self.dead_title.setText(
            self.tr(
                "Dead letters: refused by the province, never sent again unless retried. "
                "Discard erases the item's content."
            )
        )
        self._word_dead()
        super().retranslate()

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

    def _show_results(self, results: list[CheckResult]) -> None:
        super()._show_results(results)
        result = self.status.result
        self.acknowledge.setVisible(bool(result and result.details.get("outbox_losses")))

    def acknowledge_losses(self) -> None:
        """The technician has dealt with what the outbox lost (told the office, reissued)."""
        self.acknowledge.setEnabled(False)
        run_in_background(
            self.context.core.outbox.acknowledge_losses, self._acknowledged, self._not_acknowledged
        )

    def _not_acknowledged(self, failure: JobFailed) -> None:
        self.acknowledge.setEnabled(True)
        self._not_done(failure)

    def _acknowledged(self, count: int) -> None:
        self.acknowledge.setEnabled(True)
        self.audit("acknowledge_outbox_loss", target=f"{count} loss(es)")
        self.say(lambda: fill(self.tr("Acknowledged %1 outbox loss(es)."), str(count)))
        self.refresh()

    def _not_done(self, failure: JobFailed) -> None:
        self.say(lambda: fill(self.tr("Not done: %1"), str(failure)))

    def sync_now(self) -> None:
        """Start a sync cycle now."""
        self.audit("sync_now")
        self.context.core.sync.wake()
        self.say(lambda: self.tr("Sync started."))

    def list_dead(self) -> None:
        """Show the dead letters (rebuilt only when they changed, so a Discard half-confirmed
        is not lost to a status update)."""
        items = self.context.core.outbox.items("dead")
        if [item.key for item in items] == self._dead_keys:
            return
        self._dead_keys = [item.key for item in items]
        while (entry := self.dead.takeAt(0)) is not None:
            if (widget := entry.widget()) is not None:
                widget.deleteLater()
        self.dead_rows = {}
        self._dead_facts = []
        if not items:
            none = label()
            self.dead.addWidget(none)
            self._dead_facts.append((None, none))
        for item in items:
            self.dead.addWidget(self._dead_row(item))
        self._word_dead()

    def _dead_row(self, item: OutboxItem) -> QFrame:
        row = QFrame()
        row.setObjectName("techRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 16, 8)
        facts = label()
        layout.addWidget(facts, stretch=1)
        retry = tech_button(lambda: self._handle(item, "retry"))
        discard = ConfirmButton()
        discard.confirmed.connect(lambda: self._handle(item, "discard"))
        layout.addWidget(retry)
        layout.addWidget(discard)
        self.dead_rows[item.key] = (retry, discard)
        self._dead_facts.append((item, facts))
        return row

    def _word_dead(self) -> None:
        """The dead letters' texts in the kiosk's language."""
        zone = ZoneInfo(self.context.config.office.timezone)
        for item, facts in self._dead_facts:
            if item is None:
                facts.setText(self.tr("None."))
                continue
            # SQLite gives the UTC time back without its zone
            queued = item.created_at.replace(tzinfo=item.created_at.tzinfo or UTC).astimezone(zone)
            facts.setText(
                fill(
                    self.tr("%1  ·  queued %2  ·  %n attempt(s)", "", item.attempts),
                    f"{item.kind} {item.reference or item.key}",
                    f"{queued:%d/%m %H:%M}",
                )
                + f"\n{item.last_error}"
            )
            retry, discard = self.dead_rows[item.key]
            retry.setText(self.tr("Retry"))
            discard.set_texts(self.tr("Discard"), self.tr("Touch again to erase"))

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
        if what == "retry":
            self.say(lambda: fill(self.tr("Queued again: %1."), target))
        else:
            self.say(lambda: fill(self.tr("Discarded: %1."), target))
        self.context.core.sync.wake()  # delivers a retried item; updates the counts either way
        self.refresh()

    def _not_handled(self, failure: JobFailed) -> None:
        self._end_handling()
        self._not_done(failure)
        self.refresh()

    def _end_handling(self) -> tuple[OutboxItem, str]:
        handling, self._handling = self._handling, None
        self._dead_keys = None  # rebuild the rows: their buttons are disabled
        assert handling is not None
        return handling


class StoragePage(TechnicianPage):
    """The two databases (sizes, schema, integrity) and free disk space."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.result = CheckView()
        self.body.addWidget(self.result)
        self.check_button = tech_button(self._check_by_hand)
        self.body.addLayout(button_row(self.check_button))

    def title(self) -> str:
        return self.tr("Storage")

    def retranslate(self) -> None:
        self.facts.setText(fill(self.tr("Data directory: %1"), str(self.context.paths.data_dir)))
        self.check_button.setText(self.tr("Check integrity now"))
        super().retranslate()

    def shown(self) -> None:
        self.check()

    def check(self) -> None:
        """Sizes, ``PRAGMA quick_check`` of both stores, and free space (off the UI thread)."""
        paths = self.context.paths
        self.run_checks([(Check("storage", lambda: check_storage(paths), 30), self.result)])

    def _check_by_hand(self) -> None:
        self.audit("check", target="storage")
        self.check()


class LogsPage(TechnicianPage):
    """The end of the kiosk's log, from a chosen level up."""

    scrolls = False

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.path = context.paths.log_dir / LOG_FILE
        self.levels = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        for level in LOG_LEVELS[:-1]:  # CRITICAL records show from ERROR up
            button = tab_button(self.levels, text=level)
            button.setChecked(level == DEFAULT_LOG_LEVEL)
            row.addWidget(button)
        self.levels.buttonClicked.connect(lambda _button: self.refresh())
        row.addStretch(1)
        self.refresh_button = tech_button(self.refresh)
        row.addWidget(self.refresh_button)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.body.addLayout(row)
        self.view = text_view()
        self.view.setLineWrapMode(self.view.LineWrapMode.NoWrap)
        self.body.addWidget(self.view, stretch=1)
        self._tail: tuple[str, list[str]] | None = None

    def title(self) -> str:
        return self.tr("Logs")

    def retranslate(self) -> None:
        self.facts.setText(
            fill(self.tr("%1: the last lines, from the level chosen up"), str(self.path))
        )
        self.refresh_button.setText(self.tr("Refresh"))
        if self._tail is not None and not self._tail[1]:
            self._show(self._tail)  # the note that there is nothing to show
        super().retranslate()

    @property
    def level(self) -> str:
        """The lowest level shown."""
        button = self.levels.checkedButton()
        assert button is not None  # exclusive group, one checked from the start
        return button.text()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the log's tail again (off the UI thread; a tail read before stays unshown)."""
        level, path = self.level, self.path
        self.forget_pending()
        self.run(
            lambda: (level, read_log_tail(path, min_level=level)), self._show, self.show_failure
        )

    def _show(self, tail: tuple[str, list[str]]) -> None:
        self._tail = tail
        level, lines = tail
        self.view.setPlainText(
            "\n".join(lines)
            or fill(self.tr("(nothing at %1 or above in %2)"), level, str(self.path))
        )
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def wipe(self) -> None:
        super().wipe()
        self._tail = None
        self.view.clear()


class ConfigRow(QFrame):
    """One key the Config page may change: what it does, its value now and after a restart,
    the new value (choice buttons, or - and + that repeat while held) and Save."""

    def __init__(
        self, spec: EditableKey, choices: Sequence[Any], on_save: Callable[[ConfigRow], None]
    ) -> None:
        super().__init__()
        self.setObjectName("techRow")
        self.spec = spec
        self.running: Any = None
        self.saved: Any = None  # in the file (or the default): the value after a restart
        self.value: Any = None  # the value chosen here
        self.env_name = ""  # set when an environment variable overrides the key
        self.state = label("", "techFacts")
        self.choice_buttons: dict[Any, QPushButton] = {}
        controls = QHBoxLayout()
        controls.setSpacing(8)
        if spec.step:
            self.minus = self._step_button("−", -1)
            self.shown_value = label("", "techValue")
            self.shown_value.setWordWrap(False)
            self.shown_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.plus = self._step_button("+", +1)
            for widget in (self.minus, self.shown_value, self.plus):
                controls.addWidget(widget)
        else:
            group = QButtonGroup(self)
            for choice in choices:
                button = tab_button(group, partial(self.choose, choice), str(choice))
                controls.addWidget(button)
                self.choice_buttons[choice] = button
        controls.addSpacing(8)
        controls.addWidget(self.state, stretch=1)
        self.save_button = tech_button(lambda: on_save(self))
        controls.addWidget(self.save_button)
        self.help = label("", "techDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.help)
        layout.addLayout(controls)

    def retranslate(self) -> None:
        """Set the row's texts in the kiosk's language."""
        self.help.setText(f"{self.spec.name}: {translated(Phrase(self.spec.help))}")
        self.save_button.setText(self.tr("Save"))
        if self.value is not None:  # the values are shown (set_values)
            self._update()

    def _step_button(self, text: str, direction: int) -> QPushButton:
        button = tech_button(lambda: self.step(direction), text)
        button.setObjectName("techStep")
        button.setAutoRepeat(True)  # held down, it goes on stepping
        return button

    @property
    def controls(self) -> list[QPushButton]:
        """The buttons that change the value."""
        if self.spec.step:
            return [self.minus, self.plus]
        return list(self.choice_buttons.values())

    def set_values(self, running: Any, saved: Any, env_name: str) -> None:
        """Show the value running now and the one after a restart; choose the latter."""
        self.running, self.saved, self.value, self.env_name = running, saved, saved, env_name
        for button in self.controls:
            button.setEnabled(not env_name)
        self._update()

    def choose(self, value: Any) -> None:
        """Take ``value`` as the new value (not saved yet)."""
        self.value = value
        self._update()

    def step(self, direction: int) -> None:
        """Change the number one step up (1) or down (-1), within its bounds."""
        low, high = self.spec.bounds()
        self.value = min(high, max(low, self.value + direction * self.spec.step))
        self._update()

    def _update(self) -> None:
        if self.spec.step:
            self.shown_value.setText(str(self.value))
            low, high = self.spec.bounds()
            self.minus.setEnabled(not self.env_name and self.value > low)
            self.plus.setEnabled(not self.env_name and self.value < high)
        for choice, button in self.choice_buttons.items():
            button.setChecked(choice == self.value)
        self.save_button.setEnabled(not self.env_name and self.value != self.saved)
        if self.env_name:
            state = fill(
                self.tr(
                    "Now %1, set by the environment variable %2: change it where it is set "
                    "(the config file would not win)."
                ),
                str(self.running),
                self.env_name,
            )
        elif self.saved != self.running:
            state = fill(self.tr("Now %1; %2 after a restart."), str(self.running), str(self.saved))
        else:
            state = fill(self.tr("Now %1."), str(self.running))
        self.state.setText(state)


class ConfigPage(TechnicianPage):
    """The keys a technician may change on the spot, and every key's value (secrets hidden).

    A change is validated like the config at start (a bad value is refused with the
    reason), written into the config file without touching anything else in it, recorded
    in the audit log, and takes effect when the kiosk restarts (Restart kiosk)."""

    #: a technician chose Restart kiosk
    restart_requested = Signal()

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        # the long page scrolls: its height must not count towards the screen's
        area = self.findChild(QScrollArea)
        assert area is not None
        area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.environ: Mapping[str, str] = os.environ
        self.config_file = self._config_file()
        self.where = label()
        self.body.addWidget(self.where)
        self.pending = label("", "techSummary")
        self.restart_button = ConfirmButton()
        self.restart_button.confirmed.connect(self._restart)
        restart = QHBoxLayout()
        restart.setSpacing(12)
        restart.addWidget(self.pending, stretch=1)
        restart.addWidget(self.restart_button)
        self.body.addLayout(restart)
        self.rows: dict[str, ConfigRow] = {}
        for spec in EDITABLE_KEYS:
            row = ConfigRow(spec, self._choices(spec), self.save)
            self.rows[spec.name] = row
            self.body.addWidget(row)
        self.all_keys_title = label("", "techSectionTitle")
        self.body.addWidget(self.all_keys_title)
        self.all_keys = label("", "techDetails")
        self.all_keys.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.all_keys.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body.addWidget(self.all_keys)
        self._saving: ConfigRow | None = None
        self._problem = ""  # why the config file as it is now would not start the kiosk
        self._rows: list[tuple[str, Text, bool]] = []

    def title(self) -> str:
        return self.tr("Config")

    def retranslate(self) -> None:
        self.restart_button.set_texts(self.tr("Restart kiosk"), self.tr("Touch again to restart"))
        self.all_keys_title.setText(
            self.tr(
                "Every key as the kiosk runs now; secrets hidden, (env): set by an environment "
                "variable. Other keys: edit the config file and restart; the PIN: kiosk set-pin."
            )
        )
        for row in self.rows.values():
            row.retranslate()
        self._word()
        super().retranslate()

    def _choices(self, spec: EditableKey) -> Sequence[Any]:
        if spec.name == "printer.text_mode":  # only what this printer's profile can print
            try:
                return supported_text_modes(self.context.config.printer.profile)
            except (KeyError, ValueError):
                pass
        return spec.choices()

    def shown(self) -> None:
        self.refresh()

    def wipe(self) -> None:
        super().wipe()
        self.restart_button.reset()

    def _config_file(self) -> Path:
        """The file this kiosk was started with (else where it would look for one)."""
        return self.context.core.config_file or config_file_path(None, self.environ)

    def refresh(self) -> None:
        """Read the config file again and show each key's values."""
        self.config_file = self._config_file()
        running = self.context.config
        try:
            next_start: Config | None = config_on_next_start(self.config_file, self.environ)
            self._problem = ""
        except ConfigError as exc:
            next_start, self._problem = None, str(exc)
        for row in self.rows.values():
            section, key = row.spec.section, row.spec.key
            now = getattr(getattr(running, section), key)
            saved = getattr(getattr(next_start, section), key) if next_start else now
            row.set_values(
                now, saved, row.spec.env_name if row.spec.env_name in self.environ else ""
            )
        self._rows = config_rows(running, self.environ)
        self._word()

    def _word(self) -> None:
        """The page's texts that depend on what was read, in the kiosk's language."""
        if self.config_file.exists():
            where = self.tr("Changes are written to %1 and take effect after a restart.")
        else:
            where = self.tr(
                "Changes are written to %1 (created by the first change) and take effect "
                "after a restart."
            )
        where = fill(where, str(self.config_file))
        if self._problem:
            where += "\n" + fill(
                self.tr("The file as it is now would not start the kiosk: %1"), self._problem
            )
        self.where.setText(where)
        waiting = [row.spec.name for row in self.rows.values() if row.saved != row.running]
        self.pending.setText(
            fill(
                self.tr("Saved, waiting for a restart: %1. Touch Restart kiosk."),
                ", ".join(waiting),
            )
            if waiting
            else self.tr("Nothing saved waits for a restart.")
        )
        rows = [(key, translated(value), env) for key, value, env in self._rows]
        width = max((len(key) for key, _value, _env in rows), default=0)
        self.all_keys.setText(
            "\n".join(
                f"{key:<{width}}  {value}{'  (env)' if env else ''}" for key, value, env in rows
            )
        )

    def save(self, row: ConfigRow) -> None:
        """Validate and write the row's new value (off the UI thread), one at a time."""
        if self._saving is not None:
            return
        self._saving = row
        for each in self.rows.values():
            each.save_button.setEnabled(False)
        file, environ, name, value = self.config_file, dict(self.environ), row.spec.name, row.value

        def work() -> ConfigChange | ConfigEditRefused:
            try:
                return change_config_key(file, name, value, environ, check=printer_settings_problem)
            except ConfigEditRefused as refused:
                return refused

        self.say(lambda: fill(self.tr("Saving %1…"), name))
        run_in_background(work, self._saved, self._not_saved)

    def _saved(self, outcome: ConfigChange | ConfigEditRefused) -> None:
        if isinstance(outcome, ConfigEditRefused):
            self._refused("refused", outcome.reason)
            return
        self._saving = None
        self.audit("config_change", **audit_fields(outcome))
        self.refresh()
        self.say(
            lambda: fill(
                self.tr(
                    "%1: %2 → %3, saved in %4. Takes effect after a restart: touch Restart kiosk."
                ),
                outcome.key,
                str(outcome.old),
                str(outcome.new),
                str(outcome.file),
            )
        )

    def _not_saved(self, failure: JobFailed) -> None:
        self._refused("failed", str(failure))

    def _refused(self, result: str, reason: Text) -> None:
        """The change being saved was not: audited with ``result``, and said with ``reason``."""
        row, self._saving = self._saving, None
        assert row is not None
        self.audit(
            "config_change",
            key=row.spec.name,
            old=row.saved,
            new=row.value,
            result=result,
            reason=str(reason),
        )
        name = row.spec.name
        self.say(
            lambda: fill(
                self.tr("Not saved: %1"),
                translated(reason) if name in str(reason) else f"{name}: {translated(reason)}",
            )
        )
        self.refresh()

    def _restart(self) -> None:
        self.restart_requested.emit()


class AboutPage(TechnicianPage):
    """Versions, the kiosk's id and where it keeps its files."""

    def __init__(self, context: ScreenContext) -> None:
        super().__init__(context)
        self.facts = label()
        self.body.addWidget(self.facts)
        self.version = CheckView()
        self.body.addWidget(self.version)
        self._screen_size = ""  # as it was when the page was shown ("": not known)

    def title(self) -> str:
        return self.tr("About")

    def retranslate(self) -> None:
        self._show_facts()
        super().retranslate()

    def shown(self) -> None:
        screen = QGuiApplication.primaryScreen()
        size = screen.size() if screen else None
        self._screen_size = f"{size.width()}×{size.height()} px" if size else ""
        self._show_facts()
        self.run_checks([(Check("version", check_version, 5), self.version)])

    def _show_facts(self) -> None:
        core = self.context.core
        self.facts.setText(
            "\n".join(
                [
                    fill(self.tr("Kiosk id: %1"), core.config.kiosk.id),
                    fill(self.tr("Data: %1"), str(core.paths.data_dir)),
                    fill(self.tr("Logs: %1"), str(core.paths.log_dir)),
                    f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
                    fill(self.tr("Screen: %1"), self._screen_size or self.tr("unknown")),
                ]
            )
        )
