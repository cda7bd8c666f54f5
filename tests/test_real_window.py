"""A smoke test of the real window on a real X server (Xvfb): the demo kiosk starts full
screen on a portrait panel and on a 1366×768 one, fills exactly the screen, and paints Home."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kiosk_command import ROOT

XVFB = shutil.which("Xvfb")

pytestmark = pytest.mark.skipif(
    XVFB is None, reason="Xvfb is not installed (apt-get install xvfb; .ci/run does)"
)


@pytest.fixture
def x_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """An Xvfb server of the size the test asks for; its DISPLAY."""
    width, height = request.param
    assert XVFB is not None
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            XVFB,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as display_file:
        display = display_file.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    "x_server", [(1080, 1920), (1366, 768)], indirect=True, ids=["portrait", "1366x768"]
)
def test_the_full_screen_kiosk_fills_exactly_the_screen(x_server: str, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("", encoding="utf-8")
    environ = {
        **{
            key: value for key, value in os.environ.items() if not key.startswith(("KIOSK_", "QT_"))
        },
        "DISPLAY": x_server,
        "QT_QPA_PLATFORM": "xcb",
        "KIOSK_CONFIG": str(config),
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PATHS_LOG_DIR": str(tmp_path / "logs"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--exit-after-paint"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "could not connect to display" in result.stderr or (
        "xcb" in result.stderr and result.returncode
    ):
        pytest.skip(f"Qt's xcb platform cannot start here: {result.stderr.strip()[-300:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r"window (\d+)x(\d+) on a (\d+)x(\d+) screen", result.stdout)
    assert found, result.stdout
    window_w, window_h, screen_w, screen_h = map(int, found.groups())
    assert (window_w, window_h) == (screen_w, screen_h)
    assert "first-paint" in result.stdout.splitlines()
