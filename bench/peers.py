"""The kiosk's peers for benchmarks: the province simulator and the virtual printer, each in a
process of its own (as they would be on other machines), and the environment that points a
kiosk at them. No Qt here."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from simulators.province_api import DEFAULT_TOKEN

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Peers:
    """Where the kiosk finds the province and its printer."""

    api_url: str
    printer_uri: str


def _spawn(args: list[str], word: int) -> tuple[subprocess.Popen[str], str]:
    """Start ``python -m <args>``; return the process and word ``word`` of its first line
    (the address it listens on)."""
    process = subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.kill()
        raise RuntimeError(f"python -m {args[0]} did not start")
    return process, line.split()[word]


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait()


def start_province(work: Path) -> tuple[subprocess.Popen[str], str]:
    """The province simulator on a free port with its store in ``work``: (process, URL)."""
    return _spawn(["simulators.province_api", "--port", "0", "--db", str(work / "province.db")], 3)


@contextmanager
def peers(work: Path) -> Iterator[Peers]:
    """The province simulator and a virtual TCP printer (jobs kept in its own memory), each in
    its own process, for as long as the block runs."""
    with ExitStack() as stack:
        province, url = start_province(work)
        stack.callback(_stop, province)
        printer, uri = _spawn(["simulators.virtual_printer", "--port", "0"], 2)
        stack.callback(_stop, printer)
        yield Peers(url, uri)


def kiosk_environ(work: Path, peers: Peers, **settings: str) -> dict[str, str]:
    """``KIOSK_*`` variables for a kiosk whose config file is empty, with its data and logs in
    ``work``, talking to ``peers``; ``settings`` adds more (``KIOSK_KIOSK_TAP_GUARD_MS="0"``)."""
    config = work / "kiosk.toml"
    config.touch()
    return {
        "KIOSK_CONFIG": str(config),
        "KIOSK_API_BASE_URL": peers.api_url,
        "KIOSK_API_DEVICE_TOKEN": DEFAULT_TOKEN,
        "KIOSK_PRINTER_URI": peers.printer_uri,
        "KIOSK_PATHS_DATA_DIR": str(work / "data"),
        "KIOSK_PATHS_LOG_DIR": str(work / "logs"),
        **settings,
    }


def clean_environ(**extra: str) -> dict[str, str]:
    """This process's environment without any ``KIOSK_*`` variable, offscreen, plus ``extra``.

    ``PYTHONDONTWRITEBYTECODE`` goes too: an installed kiosk starts from compiled bytecode
    (pip and PyInstaller compile it), so a measured start must not compile its source."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KIOSK_") and key != "PYTHONDONTWRITEBYTECODE"
    }
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}
