"""systemd's notify protocol: READY once Home is painted, watchdog pings from the GUI thread."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.service_notify import READY, WATCHDOG, notify, watchdog_interval_s
from tests.kiosk_command import ROOT, kiosk_env


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A datagram socket standing in for systemd's notify socket."""
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(30)
    yield sock, str(path)
    sock.close()


def test_notify_sends_the_message_to_the_socket(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    assert notify(READY, {"NOTIFY_SOCKET": path})
    assert sock.recv(256) == b"READY=1"


def test_notify_reaches_an_abstract_socket() -> None:
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        assert notify(WATCHDOG, {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(256) == b"WATCHDOG=1"


def test_without_a_service_manager_nothing_is_sent(tmp_path: Path) -> None:
    assert not notify(READY, {})
    assert not notify(READY, {"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000"}, 15.0),
        (
            {
                "NOTIFY_SOCKET": "/run/x",
                "WATCHDOG_USEC": "30000000",
                "WATCHDOG_PID": str(os.getpid()),
            },
            15.0,
        ),
        ({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),
        ({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "lots"}, None),
        ({"NOTIFY_SOCKET": "/run/x"}, None),
        ({"WATCHDOG_USEC": "30000000"}, None),
    ],
)
def test_the_watchdog_interval_is_half_the_unit_s(
    environ: dict[str, str], expected: float | None
) -> None:
    assert watchdog_interval_s(environ) == expected


def test_the_kiosk_says_ready_after_home_and_keeps_pinging(
    listener: tuple[socket.socket, str], tmp_path: Path
) -> None:
    sock, path = listener
    env = kiosk_env(tmp_path, NOTIFY_SOCKET=path, WATCHDOG_USEC="400000")
    env.pop("WATCHDOG_PID", None)
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "demo", "--windowed"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        messages = [sock.recv(256) for _ in range(4)]
    finally:
        kiosk.terminate()
        kiosk.wait(30)
    assert messages[0] == b"READY=1"
    assert messages[1:] == [b"WATCHDOG=1"] * 3


def test_a_failing_socket_is_warned_about_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk import service_notify

    monkeypatch.setattr(service_notify, "_warned", False)
    gone = {"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}
    for _ in range(5):
        assert not notify(WATCHDOG, gone)
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "WATCHDOG=1" in warnings[0].getMessage()
