"""The ``kiosk`` command, and short Python probes, run in a real subprocess from the project
root, as an installer, a service manager or a technician at a shell would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNREACHABLE = {"KIOSK_API_BASE_URL": "http://127.0.0.1:9", "KIOSK_PRINTER_URI": "tcp://127.0.0.1:9"}
"""A province and a printer on the discard port: nothing there answers."""


def kiosk_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """This process's environment for a kiosk kept under ``tmp_path``, ``overrides`` last.

    Qt offscreen, HOME at ``tmp_path``, the config file ``tmp_path / "kiosk.toml"`` (created
    empty unless the test wrote it), data and logs in ``tmp_path``'s ``data`` and ``logs``.
    """
    config = tmp_path / "kiosk.toml"
    config.touch()
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "KIOSK_CONFIG": str(config),
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PATHS_LOG_DIR": str(tmp_path / "logs"),
        **overrides,
    }


def run(
    argv: list[str],
    *,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
    check: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` from the project root with ``env`` (this process's when None); its output
    captured as text; stdin is ``stdin``, else empty. Unless ``check``, the exit code is left
    to the test."""
    return subprocess.run(
        argv,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,  # never the terminal's
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )


def run_kiosk(
    *args: str,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """``python -m kiosk *args``: see ``run``."""
    return run([sys.executable, "-m", "kiosk", *args], env=env, stdin=stdin, timeout=timeout)


def kiosk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the ``kiosk`` command with a config from the environment only: ``kiosk_env``."""
    return run_kiosk(*args, env=kiosk_env(tmp_path, **env))


def run_python(code: str, *, check: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -c code`` with Qt offscreen: see ``run``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return run([sys.executable, "-c", code], env=env, check=check)
