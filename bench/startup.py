"""Cold start: process start to the first painted home screen, and peak RSS (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_start(home: str) -> tuple[float, float]:
    """Start ``kiosk demo`` once in ``home``; return (seconds to first paint, peak RSS MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
           "KIOSK_PATHS_DATA_DIR": str(Path(home) / "data"),
           "KIOSK_PATHS_LOG_DIR": str(Path(home) / "logs"),
           "KIOSK_CONFIG": str(Path(home) / "kiosk.toml")}
    (Path(home) / "kiosk.toml").touch()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "demo", "--windowed", "--exit-after-paint"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    painted = None
    for line in process.stdout:
        if line.strip() == "first-paint":
            painted = time.perf_counter() - started
    _pid, status, usage = os.wait4(process.pid, 0)
    if painted is None or status != 0:
        raise RuntimeError(f"kiosk demo did not paint (status {status})")
    return painted, usage.ru_maxrss / 1024


def run(runs: int = 5) -> dict[str, list[float]]:
    """Start a new process ``runs`` times, as an installed kiosk restarts: after one
    warm-up start that fills the OS file cache, the stores and python-escpos's cache."""
    with tempfile.TemporaryDirectory() as home:
        one_start(home)
        results = [one_start(home) for _ in range(runs)]
    return {"start_s": [r[0] for r in results], "rss_mb": [r[1] for r in results]}
