"""Technician mode: the PIN (hash, lockout, audit), ``kiosk set-pin``, the hidden entry, a
kiosk that cannot be closed without it, and the pages that act (reprint, dead letters)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from kiosk.config import load_config, parse_pin_hash
from kiosk.core import KioskCore
from kiosk.stores.high_water import HighWater, write_high_water
from kiosk.stores.outbox import OutboxItem, TicketRecord
from kiosk.technician.audit import AUDIT_FILE, AuditCheck, AuditLog, audit_key
from kiosk.technician.config_edit import (
    RESTART_EXIT_CODE,
    ConfigEditRefused,
    change_config_key,
    config_rows,
    write_pin_hash,
)
from kiosk.technician.diagnostics.config import check_config
from kiosk.technician.pin import (
    FREE_TRIES,
    MAX_DELAY_S,
    TechnicianGate,
    hash_pin,
    lockout_delay_s,
    pin_problem,
)
from kiosk.technician.views import describe_raw_scan, read_log_tail
from printers.job import printer_settings_problem
from screens.main_window import MainWindow
from screens.routes import Route
from screens.technician.devices import PrinterPage
from screens.technician.entry import PinScreen
from screens.technician.mode import TechnicianScreen
from screens.technician.system import SyncPage
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.sample_payloads import rating
from simulators.virtual_printer import VirtualPrinter
from tests.conftest import make_config
from tests.kiosk_command import run_kiosk, run_python
from tests.test_ticket_journey import take_ticket
from tests.touch import touch, wait_for_wipes

PIN = "246810"
WRONG = "135799"
DOSSIER = "000.00.17.H17-261116-0002"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def open_gate(tmp_path: Path, clock: Clock, pin_hash: str | None = None) -> TechnicianGate:
    audit = AuditLog(tmp_path / AUDIT_FILE, "K-TEST")
    return TechnicianGate(
        hash_pin(PIN) if pin_hash is None else pin_hash,
        tmp_path / "lockout.json",
        audit,
        clock=clock,
    )


def audit_entries(log_dir: Path) -> list[dict[str, Any]]:
    path = log_dir / AUDIT_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- the PIN, the lockout and the audit log (no Qt) ---------------------------------------


def test_only_the_right_pin_matches_its_salted_hash() -> None:
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert parse_pin_hash(first).matches(PIN) and parse_pin_hash(second).matches(PIN)
    assert not parse_pin_hash(first).matches(WRONG)
    assert PIN not in first
    for bad in ("", "bcrypt$x", "scrypt$1000$8$1$AAAA$AAAA", "scrypt$16384$8$1$!!$AAAA"):
        with pytest.raises(ValueError, match="kiosk set-pin"):
            parse_pin_hash(bad)


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("123456", True),
        ("123456789012", True),
        ("12345", False),
        ("1234567890123", False),
        ("12345a", False),
        (" 123456", False),
        ("١٢٣٤٥٦", False),  # Arabic-Indic digits
    ],
)
def test_a_pin_is_6_to_12_ascii_digits(pin: str, ok: bool) -> None:
    assert (pin_problem(pin) == "") is ok


def test_the_lockout_delay_doubles_from_30_s_and_is_capped() -> None:
    assert [lockout_delay_s(n) for n in range(1, 9)] == [0, 0, 30, 60, 120, 240, 480, 900]
    assert lockout_delay_s(10_000) == MAX_DELAY_S


def test_wrong_pins_lock_the_entry_and_a_restart_does_not_reset_it(tmp_path: Path) -> None:
    clock = Clock()
    gate = open_gate(tmp_path, clock)
    pin_hash = gate._hash.encoded()  # type: ignore[union-attr]
    assert [
        (a.outcome, a.tries_left, a.locked_for_s)
        for a in (gate.try_pin(WRONG), gate.try_pin(WRONG))
    ] == [("wrong", 2, 0), ("wrong", 1, 0)]
    third = gate.try_pin(WRONG)
    assert (third.outcome, third.locked_for_s) == ("wrong", 30)
    assert gate.try_pin(PIN).outcome == "locked"  # not even checked while locked
    clock.now += 10
    assert gate.locked_for_s() == 20

    restarted = open_gate(tmp_path, clock, pin_hash)
    assert restarted.locked_for_s() == 20
    clock.now += 20
    assert restarted.try_pin(WRONG).locked_for_s == 60  # the delay goes on growing
    clock.now += 60
    assert restarted.try_pin(PIN).outcome == "ok"
    assert restarted.try_pin(WRONG).tries_left == 2  # the right PIN starts the count again


def test_a_clock_set_back_cannot_lock_the_entry_for_longer_than_the_cap(tmp_path: Path) -> None:
    clock = Clock()
    gate = open_gate(tmp_path, clock)
    for _ in range(3):
        gate.try_pin(WRONG)
    clock.now -= 10 * 86400
    assert gate.locked_for_s() == MAX_DELAY_S


def test_every_entry_is_audited_and_the_pin_never_is(tmp_path: Path) -> None:
    gate = open_gate(tmp_path, Clock())
    gate.try_pin(WRONG)
    gate.try_pin(PIN)
    gate.audit.record("action", action="reprint", target="ticket A001")
    entries = audit_entries(tmp_path)
    assert [(e["event"], e.get("outcome"), e.get("action")) for e in entries] == [
        ("entry", "wrong", None),
        ("entry", "ok", None),
        ("action", None, "reprint"),
    ]
    assert all(e["kiosk_id"] == "K-TEST" and e["time"] for e in entries)
    text = (tmp_path / AUDIT_FILE).read_text(encoding="utf-8")
    assert PIN not in text and WRONG not in text


def test_without_a_pin_hash_technician_mode_is_disabled(tmp_path: Path) -> None:
    gate = open_gate(tmp_path, Clock(), pin_hash="")
    assert not gate.enabled
    assert gate.try_pin(PIN).outcome == "disabled"


def test_the_config_page_hides_secrets_and_marks_environment_overrides(tmp_path: Path) -> None:
    config = make_config(
        tmp_path, KIOSK_API_DEVICE_TOKEN="s3cret-token", KIOSK_TECHNICIAN_PIN_HASH=hash_pin(PIN)
    )
    rows = {
        key: (str(value), env)
        for key, value, env in config_rows(config, {"KIOSK_API_DEVICE_TOKEN": "x"})
    }
    assert rows["api.device_token"] == ("(set, hidden)", True)
    assert rows["technician.pin_hash"] == ("(set, hidden)", False)
    assert rows["kiosk.idle_timeout_s"] == ("90", False)
    assert "s3cret" not in repr(rows) and "scrypt" not in repr(rows)


def test_the_log_tail_keeps_records_from_the_level_up_with_their_tracebacks(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    log.write_text(
        "2026-01-02 10:00:00,001 DEBUG a: detail\n"
        "2026-01-02 10:00:01,002 ERROR b: it broke\n"
        "Traceback (most recent call last):\n"
        "ValueError: x\n"
        "2026-01-02 10:00:02,003 INFO c: fine\n",
        encoding="utf-8",
    )
    assert read_log_tail(log, min_level="ERROR") == [
        "2026-01-02 10:00:01,002 ERROR b: it broke",
        "Traceback (most recent call last):",
        "ValueError: x",
    ]
    assert len(read_log_tail(log, min_level="INFO")) == 4
    assert read_log_tail(log, max_lines=1) == ["2026-01-02 10:00:02,003 INFO c: fine"]
    assert read_log_tail(tmp_path / "none.log") == []


def test_a_raw_scan_shows_as_escaped_text_and_hex() -> None:
    assert describe_raw_scan(b"A\xc4\x91\r") == ("Ađ\\x0d", "41 C4 91 0D")
    assert describe_raw_scan("a\tb") == ("a\\x09b", "61 09 62")
    assert describe_raw_scan(b"\xff") == ("\\xff", "FF")


# -- kiosk set-pin ------------------------------------------------------------------------

CONFIG_TEXT = """\
# kiosk of the commune office
[kiosk]
id = "HC-01"  # on the sticker

[technician]
entry_taps = 4

[printer]
uri = "tcp://10.0.0.9:9100"
"""


def set_pin(tmp_path: Path, config_file: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("KIOSK_")}
    environ.update(
        KIOSK_PATHS_DATA_DIR=str(tmp_path / "data"),
        KIOSK_PATHS_LOG_DIR=str(tmp_path / "logs"),
        HOME=str(tmp_path),
    )
    return run_kiosk(
        "--config", str(config_file), "set-pin", "--pin-stdin", env=environ, stdin=stdin
    )


def test_set_pin_writes_a_hash_that_verifies_and_leaves_the_rest_as_it_was(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(CONFIG_TEXT, encoding="utf-8")

    result = set_pin(tmp_path, config_file, PIN + "\n")

    assert result.returncode == 0, result.stderr
    text = config_file.read_text(encoding="utf-8")
    assert PIN not in text and PIN not in result.stdout + result.stderr
    data = tomllib.loads(text)
    assert parse_pin_hash(data["technician"]["pin_hash"]).matches(PIN)
    del data["technician"]["pin_hash"]
    assert data == tomllib.loads(CONFIG_TEXT)
    assert [
        line for line in text.splitlines() if "pin_hash" not in line
    ] == CONFIG_TEXT.splitlines()  # comments and layout kept
    (entry,) = audit_entries(tmp_path / "logs")
    assert (entry["event"], entry["kiosk_id"]) == ("pin_set", "HC-01")

    again = set_pin(tmp_path, config_file, "999999999\n")  # replaces, never adds a second
    assert again.returncode == 0, again.stderr
    text = config_file.read_text(encoding="utf-8")
    assert text.count("pin_hash") == 1
    assert parse_pin_hash(tomllib.loads(text)["technician"]["pin_hash"]).matches("999999999")


def test_set_pin_refuses_a_short_pin_and_changes_nothing(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(CONFIG_TEXT, encoding="utf-8")
    result = set_pin(tmp_path, config_file, "1234\n")
    assert result.returncode == 2
    assert "6 to 12 digits" in result.stderr
    assert config_file.read_text(encoding="utf-8") == CONFIG_TEXT


def test_set_pin_asks_twice_and_a_mismatch_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(CONFIG_TEXT, encoding="utf-8")
    answers = iter([PIN, WRONG])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert main(["--config", str(config_file), "set-pin"]) == 2
    assert config_file.read_text(encoding="utf-8") == CONFIG_TEXT


def test_a_config_without_a_technician_table_gets_one(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('[kiosk]\nid = "HC-01"', encoding="utf-8")  # no final newline
    write_pin_hash(config_file, hash_pin(PIN))
    data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    assert data["kiosk"] == {"id": "HC-01"} and parse_pin_hash(
        data["technician"]["pin_hash"]
    ).matches(PIN)
    missing = tmp_path / "new" / "kiosk.toml"
    write_pin_hash(missing, hash_pin(PIN))
    assert set(tomllib.loads(missing.read_text(encoding="utf-8"))) == {"technician"}


def test_a_config_the_pin_cannot_be_added_to_safely_is_left_alone(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    text = "technician = { entry_taps = 4 }\n"
    config_file.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="by hand"):
        write_pin_hash(config_file, hash_pin(PIN))
    assert config_file.read_text(encoding="utf-8") == text


# -- changing safe config keys (no Qt) -----------------------------------------------------

EDITED_TEXT = """\
# kiosk of the commune office
[kiosk]
id = "HC-01"  # on the sticker
idle_timeout_s = 90   # a minute and a half

# the printer by the door
[printer]
uri = "tcp://10.0.0.9:9100"
profile = "KR-306"
"""


def test_a_config_change_is_written_in_place_and_read_back_by_load_config(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(EDITED_TEXT, encoding="utf-8")
    config_file.chmod(0o640)

    changes = [
        change_config_key(config_file, name, value, {})
        for name, value in (
            ("kiosk.idle_timeout_s", 120),
            ("kiosk.language", "en"),
            ("printer.paper_width_mm", 58),
            ("logging.level", "DEBUG"),
        )
    ]

    assert [(c.key, c.old, c.new) for c in changes] == [
        ("kiosk.idle_timeout_s", 90, 120),
        ("kiosk.language", "vi", "en"),
        ("printer.paper_width_mm", 80, 58),
        ("logging.level", "INFO", "DEBUG"),
    ]
    config = load_config(config_file, environ={})
    assert (
        config.kiosk.idle_timeout_s,
        config.kiosk.language,
        config.printer.paper_width_mm,
        config.logging.level,
    ) == (120, "en", 58, "DEBUG")
    assert (config.kiosk.id, config.printer.uri, config.printer.profile) == (
        "HC-01",
        "tcp://10.0.0.9:9100",
        "KR-306",
    )
    assert (
        config_file.read_text(encoding="utf-8")
        == """\
# kiosk of the commune office
[kiosk]
id = "HC-01"  # on the sticker
idle_timeout_s = 120   # a minute and a half
language = "en"

# the printer by the door
[printer]
uri = "tcp://10.0.0.9:9100"
profile = "KR-306"
paper_width_mm = 58

[logging]
level = "DEBUG"
"""
    )
    assert config_file.stat().st_mode & 0o777 == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["kiosk.toml"]  # no .partial left


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        (
            "kiosk.idle_timeout_s",
            5,
            "kiosk.idle_timeout_s: expected a whole number from 10 to 3600, got 5",
        ),
        ("kiosk.language", "fr", "kiosk.language: expected one of vi, en, km, got 'fr'"),
        ("printer.paper_width_mm", 70, "printer.paper_width_mm: expected one of 58, 80, got 70"),
        ("printer.text_mode", "cp1258", "printer.text_mode: the KR-306 has no cp1258 code page"),
        ("api.base_url", "https://elsewhere.example", "api.base_url cannot be changed here"),
    ],
)
def test_an_invalid_value_is_refused_with_the_reason_and_nothing_is_written(
    tmp_path: Path, name: str, value: object, reason: str
) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(EDITED_TEXT, encoding="utf-8")
    with pytest.raises(ConfigEditRefused) as refused:
        change_config_key(config_file, name, value, {}, check=printer_settings_problem)
    assert reason in str(refused.value)
    assert config_file.read_text(encoding="utf-8") == EDITED_TEXT


def test_a_key_set_by_an_environment_variable_is_not_written(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(EDITED_TEXT, encoding="utf-8")
    with pytest.raises(ConfigEditRefused, match="KIOSK_KIOSK_IDLE_TIMEOUT_S, which wins over"):
        change_config_key(
            config_file, "kiosk.idle_timeout_s", 120, {"KIOSK_KIOSK_IDLE_TIMEOUT_S": "60"}
        )
    assert config_file.read_text(encoding="utf-8") == EDITED_TEXT
    # another key's override does not stop a change, and the validation includes it
    change = change_config_key(
        config_file, "kiosk.idle_warning_s", 20, {"KIOSK_KIOSK_IDLE_TIMEOUT_S": "60"}
    )
    assert (change.old, change.new) == (15, 20)


def test_a_config_file_that_cannot_be_written_safely_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.raises(ConfigEditRefused, match="is not a folder"):
        change_config_key(not_a_folder / "kiosk.toml", "kiosk.language", "en", {})

    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(EDITED_TEXT, encoding="utf-8")
    monkeypatch.setattr("kiosk.technician.config_edit.os.access", lambda _path, _mode: False)
    with pytest.raises(ConfigEditRefused, match="read-only for the kiosk's user"):
        change_config_key(config_file, "kiosk.language", "en", {})
    monkeypatch.undo()

    inline = 'kiosk = { id = "HC-01" }\n'
    config_file.write_text(inline, encoding="utf-8")
    with pytest.raises(ConfigEditRefused, match="set it by hand under \\[kiosk\\]"):
        change_config_key(config_file, "kiosk.language", "en", {})
    assert config_file.read_text(encoding="utf-8") == inline


def test_a_missing_config_file_is_created_with_the_change(tmp_path: Path) -> None:
    config_file = tmp_path / "etc" / "kiosk.toml"
    change = change_config_key(config_file, "scanner.priority_age", 65, {})
    assert (change.old, change.new) == (60, 65)
    assert config_file.read_text(encoding="utf-8") == "[scanner]\npriority_age = 65\n"


def test_the_restart_ends_the_event_loop_with_its_own_exit_code() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from screens.technician.mode import end_event_loop\n"
        "app = QApplication([])\n"
        "window = QWidget()\n"
        "window.show()\n"
        "QTimer.singleShot(0, lambda: end_event_loop(window.close, 75))\n"
        "code = app.exec()\n"
        "sys.exit(code if not window.isVisible() else 1)\n"
    )
    result = run_python(script)
    assert result.returncode == RESTART_EXIT_CODE == 75, result.stderr


# -- the kiosk: entry, lock-in and the pages ----------------------------------------------


@pytest.fixture
def config_settings(config_settings: dict[str, str]) -> dict[str, str]:
    """The test kiosk's settings, with a technician PIN."""
    return {**config_settings, "KIOSK_TECHNICIAN_PIN_HASH": hash_pin(PIN)}


def tap_corner(qtbot, window, times: int) -> None:
    for _ in range(times):
        qtbot.mouseClick(window.hot_corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def type_pin(qtbot, window, pin: str):
    """Type ``pin`` on the PIN pad and touch Done; wait for the answer."""
    screen = window.navigator.screen(Route.TECHNICIAN_PIN)
    for digit in pin:
        qtbot.mouseClick(screen.keyboard.button(digit), Qt.MouseButton.LeftButton)
    assert screen.pin.text() == pin and screen.pin.echoMode() == screen.pin.EchoMode.Password
    qtbot.mouseClick(screen.keyboard.button("done"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.checking, timeout=10_000)
    assert screen.pin.text() == ""
    return screen


def enter_technician_mode(qtbot, window) -> TechnicianScreen:
    tap_corner(qtbot, window, 5)
    type_pin(qtbot, window, PIN)
    assert window.navigator.current_name == "technician"
    technician = window.navigator.current
    assert isinstance(technician, TechnicianScreen)
    return technician


def outbox_item(core: KioskCore, key: str) -> OutboxItem:
    """The outbox item ``key``, which the test knows is there."""
    item = core.outbox.item(key)
    assert item is not None
    return item


def ticket_record(core: KioskCore, key: str) -> TicketRecord:
    """The ticket record ``key``, which the test knows is there."""
    record = core.outbox.ticket(key)
    assert record is not None
    return record


def test_five_quick_taps_in_the_corner_open_the_pin_pad(qtbot, window) -> None:
    assert window.childAt(QPoint(10, 10)) is window.hot_corner  # on top of the header
    window.navigator.go(Route.PROCEDURES)
    tap_corner(qtbot, window, 4)
    assert window.navigator.current_name == "procedures"
    # a double click follows a press: not a tap
    touch(window.hot_corner, QEvent.Type.MouseButtonDblClick, at=(10, 10))
    assert window.navigator.current_name == "procedures"
    tap_corner(qtbot, window, 1)
    assert window.navigator.current_name == "technician_pin"
    assert window.home_button.isVisible()  # a citizen who got here by chance can leave

    window.navigator.home()
    clock = Clock()
    window.hot_corner.clock = clock
    for _ in range(5):  # one tap a second: too slow for a 3 s window
        tap_corner(qtbot, window, 1)
        clock.now += 1.0
    assert window.navigator.current_name == "home"


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_the_right_pin_opens_technician_mode_and_exit_returns_home(
    qtbot, window, core: KioskCore
) -> None:
    technician = enter_technician_mode(qtbot, window)
    assert technician.page_name == "printer"
    assert window.back_button.isHidden() and window.language_button.isHidden()

    qtbot.mouseClick(technician.exit_button, Qt.MouseButton.LeftButton)

    assert window.navigator.current_name == "home"
    assert [
        (e["event"], e.get("outcome"), e.get("reason")) for e in audit_entries(core.paths.log_dir)
    ] == [("entry", "ok", None), ("exit", None, "exit")]


def test_wrong_pins_lock_the_pad_with_the_time_left_shown(
    qtbot: QtBot, window: MainWindow, core: KioskCore, tmp_path: Path
) -> None:
    clock = Clock()
    window.context.technician = TechnicianGate(
        core.config.technician.pin_hash,
        tmp_path / "lockout.json",
        window.context.technician.audit,
        clock=clock,
    )
    tap_corner(qtbot, window, 5)
    screen = type_pin(qtbot, window, WRONG)
    assert screen.message.text().startswith("Sai mã PIN. Nhập sai thêm 2 lần")
    type_pin(qtbot, window, WRONG)
    type_pin(qtbot, window, WRONG)

    assert screen.message.text() == "Nhập sai mã PIN quá nhiều lần. Vui lòng thử lại sau 30 giây."
    assert not screen.pin.isEnabled() and not screen.keyboard.isEnabled()
    clock.now += 25
    screen.refresh()  # the countdown's tick
    assert screen.message.text().endswith("sau 5 giây.")
    clock.now += 5
    screen.refresh()
    assert screen.pin.isEnabled() and screen.message.text() == ""
    type_pin(qtbot, window, PIN)
    assert window.navigator.current_name == "technician"
    outcomes = [e.get("outcome") for e in audit_entries(core.paths.log_dir)]
    assert outcomes == ["wrong", "wrong", "wrong", "ok"]


def test_without_a_pin_the_pad_says_technician_mode_is_disabled(
    qtbot: QtBot, window: MainWindow, core: KioskCore, tmp_path: Path
) -> None:
    window.context.technician = TechnicianGate(
        "", tmp_path / "lockout.json", window.context.technician.audit
    )
    tap_corner(qtbot, window, 5)
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    assert "đang tắt" in screen.prompt.text() and "kiosk set-pin" in screen.prompt.text()
    assert screen.pin.isHidden() and screen.keyboard.isHidden()


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_a_full_screen_kiosk_closes_only_through_technician_mode(
    qtbot, window, core: KioskCore
) -> None:
    window.locked = True
    assert not window.close()  # Alt+F4 and the window manager's close end up here
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.isVisible()

    technician = enter_technician_mode(qtbot, window)
    qtbot.mouseClick(technician.quit_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()  # the first touch only asks
    qtbot.mouseClick(technician.quit_button, Qt.MouseButton.LeftButton)

    assert not window.isVisible()
    assert audit_entries(core.paths.log_dir)[-1]["reason"] == "quit kiosk"


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_a_failed_ticket_is_reprinted_from_the_printer_page(
    qtbot, window, core: KioskCore, printer: VirtualPrinter, province: ProvinceSimulator
) -> None:
    printer.set_fault("paper_out", after_bytes=300)  # the paper runs out mid-ticket
    assert take_ticket(qtbot, window).state == "print_failed"
    (record,) = core.outbox.tickets("failed")
    printer.set_fault(None)  # a technician loads paper

    technician = enter_technician_mode(qtbot, window)
    page = technician.pages["printer"]
    assert isinstance(page, PrinterPage)
    qtbot.waitUntil(lambda: page.status.result is not None, timeout=10_000)
    assert page.status.result is not None
    assert page.status.result.level == "ok"
    qtbot.mouseClick(page.reprint_buttons[record.key], Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: ticket_record(core, record.key).state == "issued", timeout=15_000)
    qtbot.waitUntil(lambda: record.key not in page.reprint_buttons, timeout=5_000)
    number = record.number
    assert number is not None
    qtbot.waitUntil(
        lambda: any(job.printed and number.encode() in job.data for job in printer.jobs),
        timeout=10_000,
    )
    assert page.message.text() == f"Phiếu {record.number}: đã in."
    (action,) = [e for e in audit_entries(core.paths.log_dir) if e["event"] == "action"]
    assert (action["action"], action["result"]) == ("reprint", "printed")
    assert record.key in action["target"]

    jobs = len(printer.jobs)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Đã in trang thử.", timeout=15_000)
    assert len(printer.wait_for_jobs(jobs + 1)) == jobs + 1


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_dead_letters_are_retried_or_discarded_from_the_sync_page(
    qtbot, window, core: KioskCore, province: ProvinceSimulator
) -> None:
    catalogue = window.context.catalogue
    refused = core.outbox.enqueue(rating(catalogue, 3, counter_id="no-such"))
    core.sync.wake()
    qtbot.waitUntil(lambda: outbox_item(core, refused.key).state == "dead", timeout=10_000)
    province.faults.settings = FaultSettings(drop_rate=1.0)  # the province is unreachable
    fixed = core.outbox.enqueue(rating(catalogue, 4))
    core.outbox.dead_letter(fixed.key, "rejected: HTTP 422 (a bug at the province, since fixed)")

    technician = enter_technician_mode(qtbot, window)
    qtbot.mouseClick(technician.tabs["sync"], Qt.MouseButton.LeftButton)
    page = technician.pages["sync"]
    assert isinstance(page, SyncPage)
    assert set(page.dead_rows) == {refused.key, fixed.key}

    province.faults.settings = FaultSettings()
    retry, _discard = page.dead_rows[fixed.key]
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox_item(core, fixed.key).state == "delivered", timeout=15_000)
    assert [row["idempotency_key"] for row in province.store.ratings()] == [fixed.key]

    _retry, discard = page.dead_rows[refused.key]
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert outbox_item(core, refused.key).state == "dead"  # the first touch only asks
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox_item(core, refused.key).state == "discarded", timeout=10_000)
    assert outbox_item(core, refused.key).payload == "{}"
    qtbot.waitUntil(lambda: page.dead_rows == {}, timeout=10_000)
    actions = [
        (e["action"], e["target"].split()[-1])
        for e in audit_entries(core.paths.log_dir)
        if e["event"] == "action"
    ]
    assert actions == [
        ("retry_dead_letter", f"({fixed.key})"),
        ("discard_dead_letter", f"({refused.key})"),
    ]


def test_scans_in_technician_mode_show_raw_and_reach_no_citizen_screen(qtbot, window) -> None:
    technician = enter_technician_mode(qtbot, window)

    window.context.scans.receive(f"{DOSSIER}\r".encode())

    assert window.navigator.current is technician  # a dossier code opens nothing
    assert technician.page_name == "scanner"
    page = technician.pages["scanner"]
    text = page.view.toPlainText()
    assert f"chữ: {DOSSIER}\\x0d" in text and "hex: 30 30 30 2E" in text and "0D" in text
    assert page.last.text() == f"Nhận dạng gần nhất: DossierCode(code='{DOSSIER}')"

    window.navigator.home()  # leaving wipes what was scanned
    wait_for_wipes(qtbot, window)
    assert page.view.toPlainText() == ""
    window.context.scans.receive(f"{DOSSIER}\r".encode())  # and scans route as before
    assert window.navigator.current_name == "dossier_status"


def test_the_idle_timeout_ends_technician_mode(qtbot, window, core: KioskCore) -> None:
    enter_technician_mode(qtbot, window)
    window.idle.set_timeout_ms(200)
    with qtbot.waitSignal(window.idle.timed_out, timeout=5_000):
        pass
    assert window.navigator.current_name == "home"
    last = audit_entries(core.paths.log_dir)[-1]
    assert (last["event"], last["reason"]) == ("exit", "idle timeout")


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_the_config_page_saves_a_safe_key_audits_it_and_restarts_the_kiosk(
    qtbot, window, core: KioskCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file = tmp_path / "kiosk.toml"  # the file make_config loaded (empty)
    config_file.write_text(
        '# set up by the installer\n[kiosk]\nid = "KIOSK-DEMO-01"\n', encoding="utf-8"
    )
    monkeypatch.setenv("KIOSK_CONFIG", str(config_file))  # as kiosk run exports it
    monkeypatch.setenv("KIOSK_LOGGING_LEVEL", "WARNING")
    technician = enter_technician_mode(qtbot, window)
    qtbot.mouseClick(technician.tabs["config"], Qt.MouseButton.LeftButton)
    page = technician.config_page
    assert str(config_file) in page.where.text()
    minimum = 15 * core.config.kiosk.screen_width_px / core.config.kiosk.screen_width_mm
    for row in page.rows.values():
        for button in [*row.controls, row.save_button]:
            assert min(button.width(), button.height()) >= minimum, row.spec.name

    timeout = page.rows["kiosk.idle_timeout_s"]
    assert timeout.shown_value.text() == "90" and not timeout.save_button.isEnabled()
    qtbot.mouseClick(timeout.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(timeout.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(timeout.minus, Qt.MouseButton.LeftButton)
    assert timeout.shown_value.text() == "100"
    qtbot.mouseClick(timeout.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "đã lưu vào" in page.message.text(), timeout=10_000)

    assert page.message.text().startswith("kiosk.idle_timeout_s: 90 → 100, đã lưu vào")
    assert "Có hiệu lực sau khi khởi động lại" in page.message.text()
    assert timeout.state.text() == "Hiện tại 90; 100 sau khi khởi động lại."
    assert page.pending.text().startswith("Đã lưu, chờ khởi động lại: kiosk.idle_timeout_s")
    assert core.config.kiosk.idle_timeout_s == 90  # the running kiosk is unchanged
    assert load_config(config_file, environ={}).kiosk.idle_timeout_s == 100
    assert config_file.read_text(encoding="utf-8").startswith(
        '# set up by the installer\n[kiosk]\nid = "KIOSK-DEMO-01"\n'
    )

    modes = page.rows["printer.text_mode"]  # the profile TM-T20II prints them all
    assert list(modes.choice_buttons) == ["raster", "cp1258", "cp1258-raster", "tcvn3", "ascii"]
    level = page.rows["logging.level"]  # set by the environment: the file would not win
    assert "KIOSK_LOGGING_LEVEL" in level.state.text()
    assert not any(button.isEnabled() for button in level.controls)
    assert not level.save_button.isEnabled()

    (change,) = [e for e in audit_entries(core.paths.log_dir) if e["event"] == "action"]
    assert (change["action"], change["key"], change["old"], change["new"], change["result"]) == (
        "config_change",
        "kiosk.idle_timeout_s",
        90,
        100,
        "saved",
    )

    ended: list[int] = []

    def end_process(close_window: Callable[[], object], code: int) -> None:
        close_window()
        ended.append(code)

    technician.end_process = end_process
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    assert ended == []  # the first touch only asks
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    assert ended == [RESTART_EXIT_CODE]
    assert not window.isVisible()
    last = audit_entries(core.paths.log_dir)[-1]
    assert (last["event"], last["reason"], last["exit_code"]) == ("exit", "restart kiosk", 75)


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_the_config_page_shows_why_a_change_is_refused(
    qtbot, window, core: KioskCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file = tmp_path / "kiosk.toml"
    monkeypatch.setenv("KIOSK_CONFIG", str(config_file))
    technician = enter_technician_mode(qtbot, window)
    qtbot.mouseClick(technician.tabs["config"], Qt.MouseButton.LeftButton)
    page = technician.config_page
    config_file.write_text(
        "[kiosk]\nlanguage = 'en'\n[printer]\nprofile = 'KR-306'\n", encoding="utf-8"
    )  # edited by hand meanwhile: no code pages
    modes = page.rows["printer.text_mode"]
    modes.choose("cp1258")  # offered for the running printer's profile
    qtbot.mouseClick(modes.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Chưa lưu"), timeout=10_000)

    assert page.message.text() == (  # the reason from the printers' library stays as it is
        "Chưa lưu: printer.text_mode: the KR-306 has no cp1258 code page; it can use raster, ascii"
    )
    assert "text_mode" not in config_file.read_text(encoding="utf-8")
    assert page.rows["kiosk.language"].state.text() == "Hiện tại vi; en sau khi khởi động lại."
    (refused,) = [e for e in audit_entries(core.paths.log_dir) if e["event"] == "action"]
    assert (refused["key"], refused["new"], refused["result"]) == (
        "printer.text_mode",
        "cp1258",
        "refused",
    )


def test_the_config_file_written_by_set_pin_is_never_readable_by_others(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.toml"
    write_pin_hash(fresh, hash_pin("482915"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    shared = tmp_path / "shared.toml"
    shared.write_text('[api]\ndevice_token = "secret"\n', encoding="utf-8")
    shared.chmod(0o664)
    write_pin_hash(shared, hash_pin("482915"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o660  # the group keeps its access


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_an_outbox_loss_is_shown_on_the_sync_page_until_acknowledged(
    qtbot, window, core: KioskCore
) -> None:
    last = len(core.outbox.items())  # a mark two items ahead: the outbox lost its last two
    write_high_water(
        core.outbox.high_water_path,
        HighWater(core.outbox.outbox_id, last + 2, datetime.now(UTC)),
    )
    assert core.outbox.check_continuity() is not None
    technician = enter_technician_mode(qtbot, window)
    qtbot.mouseClick(technician.tabs["sync"], Qt.MouseButton.LeftButton)
    page = technician.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: "went back in time" in page.status.summary.text(), timeout=10_000)
    qtbot.waitUntil(page.acknowledge.isVisible, timeout=5_000)
    qtbot.mouseClick(page.acknowledge, Qt.MouseButton.LeftButton)
    assert core.outbox.losses()  # the first touch only asks
    qtbot.mouseClick(page.acknowledge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.acknowledge.isVisible(), timeout=10_000)
    assert core.outbox.losses() == []
    assert page.message.text() == "Đã xác nhận 1 lần hàng đợi gửi bị mất dữ liệu."
    actions = [e["action"] for e in audit_entries(core.paths.log_dir) if e["event"] == "action"]
    assert "acknowledge_outbox_loss" in actions


def tamper_gate(tmp_path: Path, clock: Clock) -> TechnicianGate:
    audit = AuditLog(
        tmp_path / AUDIT_FILE,
        "K-TEST",
        key=audit_key("token", "K-TEST"),
        clock=lambda: datetime.fromtimestamp(clock.now, UTC),
    )
    return TechnicianGate(hash_pin(PIN), tmp_path / "lockout.json", audit, clock=clock)


def test_the_audit_log_is_a_signed_chain_that_shows_a_changed_or_removed_line(
    tmp_path: Path,
) -> None:
    gate = tamper_gate(tmp_path, Clock())
    for event in ("one", "two", "three"):
        gate.audit.record("action", action=event)
    assert gate.audit.verify() == AuditCheck(3, "", gate.audit.verify().tail)
    path = gate.audit.path
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(lines[0] + lines[2], encoding="utf-8")  # a line removed
    assert gate.audit.verify().problem == "line 2 was changed, added or removed by hand"
    path.write_text("".join(lines).replace('"two"', '"TWO"'), encoding="utf-8")
    assert "line 2" in gate.audit.verify().problem
    path.write_text("".join(lines) + lines[0][:20], encoding="utf-8")  # a power cut
    assert "incomplete" in gate.audit.verify().problem
    other_key = AuditLog(path, "K-TEST", key=audit_key("another token", "K-TEST"))
    path.write_text("".join(lines), encoding="utf-8")
    assert "line 1" in other_key.verify().problem  # nobody without the token can sign


def test_a_changed_lockout_file_locks_the_longest_and_a_deleted_one_is_rebuilt(
    tmp_path: Path,
) -> None:
    clock = Clock()
    gate = tamper_gate(tmp_path, clock)
    for _ in range(FREE_TRIES):
        assert gate.try_pin("000000").outcome == "wrong"
    waiting = gate.locked_for_s()
    assert waiting > 0
    (tmp_path / "lockout.json").unlink()  # deleted: the audit log still tells
    assert gate.locked_for_s() == waiting
    (tmp_path / "lockout.json").write_text('{"failures": 0, "locked_until": 0, "mac": "x"}')
    assert gate.locked_for_s() == MAX_DELAY_S  # edited by hand: the longest wait
    assert any(entry["event"] == "lockout_tampered" for entry in audit_entries(tmp_path))
    clock.now += MAX_DELAY_S
    assert gate.try_pin(PIN).outcome == "ok"


def test_diag_fails_when_the_audit_log_was_edited(tmp_path: Path) -> None:
    config = make_config(tmp_path, KIOSK_TECHNICIAN_PIN_HASH=hash_pin(PIN))
    audit = AuditLog(tmp_path / AUDIT_FILE, "K", key=audit_key("t", "K"))
    audit.record("entry", outcome="ok")
    audit.record("exit", reason="exit")
    assert check_config(config, tmp_path / "kiosk.toml", {}, audit.verify()).level != "fail"
    text = audit.path.read_text(encoding="utf-8").replace('"exit"}', '"quit"}', 1)
    audit.path.write_text(text.replace('"reason": "exit"', '"reason": "quit"'), encoding="utf-8")
    result = check_config(config, tmp_path / "kiosk.toml", {}, audit.verify())
    assert result.level == "fail" and "technician audit log: line 2" in result.summary
