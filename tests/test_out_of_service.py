"""A kiosk whose stores cannot be used shows an out-of-service screen, not the desktop; the
technician's corner and PIN still work, even when the disk cannot be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.technician.audit import AuditLog
from kiosk.technician.config_edit import RESTART_EXIT_CODE
from kiosk.technician.pin import TechnicianGate, hash_pin
from screens.out_of_service import (
    ADVICE,
    TITLE,
    OutOfServiceScreen,
    OutOfServiceWindow,
    RepairScreen,
)
from screens.routes import Route
from screens.technician.entry import PinScreen
from tests.kiosk_command import ROOT, UNREACHABLE, kiosk_env
from tests.test_technician import PIN, tap_corner, type_pin

PROBLEM = "outbox.db at /var/lib/kiosk-dvc/outbox.db is damaged or not a database"


def unwritable_gate(tmp_path: Path) -> TechnicianGate:
    """A gate whose lockout file cannot be written (its directory is a file)."""
    (tmp_path / "full").write_text("")
    return TechnicianGate(
        hash_pin(PIN), tmp_path / "full" / "lockout.json", AuditLog(tmp_path / "audit.jsonl", "K1")
    )


def test_the_out_of_service_screen_opens_to_a_technician_on_an_unwritable_disk(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = OutOfServiceWindow(PROBLEM, unwritable_gate(tmp_path), taps=5, window_s=3)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.navigator.current
    assert isinstance(home, OutOfServiceScreen)
    assert (home.title.text(), home.advice.text()) == (TITLE, ADVICE)

    tap_corner(qtbot, window, 5)
    assert window.navigator.current_name == Route.TECHNICIAN_PIN
    type_pin(qtbot, window, "000000")  # wrong: counted, though nothing can be saved
    pin_pad = window.navigator.current
    assert isinstance(pin_pad, PinScreen)
    assert "Wrong PIN" in pin_pad.message.text()
    type_pin(qtbot, window, PIN)
    assert window.navigator.current_name == Route.TECHNICIAN
    repair = window.navigator.current
    assert isinstance(repair, RepairScreen)
    assert repair.problem.text() == PROBLEM
    with qtbot.waitSignal(window.finished) as finished:
        repair.restart_button.click()
    assert finished.args == [RESTART_EXIT_CODE]


def test_back_from_the_repair_page_is_the_out_of_service_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = OutOfServiceWindow(PROBLEM, unwritable_gate(tmp_path), taps=5, window_s=3)
    qtbot.addWidget(window)
    window.show()
    tap_corner(qtbot, window, 5)
    type_pin(qtbot, window, PIN)
    repair = window.navigator.current
    assert isinstance(repair, RepairScreen)
    repair.back_button.click()
    assert window.navigator.current_name == Route.HOME


def test_kiosk_run_on_a_damaged_outbox_stays_up_out_of_service(tmp_path: Path) -> None:
    """Home paints, the stores are found damaged after that paint, and the kiosk stays up on
    its out-of-service screen (a process of its own: its event loop is the kiosk's)."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "outbox.db").write_bytes(os.urandom(8192))
    env = kiosk_env(tmp_path, **UNREACHABLE)
    with subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as kiosk:
        assert kiosk.stderr is not None
        said = next(  # blocks until the kiosk says why it is out of service (Qt says more)
            line for line in kiosk.stderr if line.startswith("kiosk:") or not line
        )
        still_up = kiosk.poll() is None
        kiosk.terminate()
        kiosk.wait(timeout=30)
    assert said.startswith("kiosk: out of service: outbox.db") and "damaged" in said
    assert still_up  # not the desktop: the out-of-service screen stays
    assert (tmp_path / "data" / "outbox.db").stat().st_size == 8192  # left for a technician
