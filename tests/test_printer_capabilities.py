"""python-escpos's capability database, cached once for all kiosk processes: processes that
start together on a fresh kiosk (or after an upgrade) never read a half-written cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.kiosk_command import ROOT

IMPORT = (
    "import os, printers.job, escpos.capabilities as c; "
    "assert 'ESCPOS_CAPABILITIES_PICKLE_DIR' not in os.environ; print(c.pickle_dir)"
)
"""Import the printers; print where python-escpos read its cache (no folder left to the
processes it would start)."""
ESCPOS_FIRST = "import escpos.capabilities; " + IMPORT
"""A test module, or a tool, that imports python-escpos before the kiosk's printers."""


def _start_together(
    cache_home: Path, count: int, code: str = IMPORT
) -> list[subprocess.CompletedProcess[str]]:
    environment = {
        key: value for key, value in os.environ.items() if key != "ESCPOS_CAPABILITIES_PICKLE_DIR"
    }
    environment["XDG_CACHE_HOME"] = str(cache_home)
    started = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    return [
        subprocess.CompletedProcess(p.args, p.wait(timeout=60), *p.communicate()) for p in started
    ]


def test_processes_starting_together_on_an_empty_cache_all_load_the_printers(
    tmp_path: Path,
) -> None:
    for round_ in range(3):
        cache_home = tmp_path / f"cache-{round_}"
        for finished in _start_together(cache_home, 6):
            assert finished.returncode == 0, finished.stderr
            # the shared folder, or the private one in it where this process built the cache
            assert Path(finished.stdout.strip()).is_relative_to(cache_home / "kiosk-dvc")
        cache = cache_home / "kiosk-dvc"
        (pickle,) = cache.glob("*.capabilities.pickle")  # published whole, once
        assert pickle.stat().st_size > 10_000
        assert [p.name for p in cache.iterdir()] == [pickle.name]  # no private folder left


def test_a_cache_newer_than_the_database_is_read_not_rebuilt(tmp_path: Path) -> None:
    (first,) = _start_together(tmp_path, 1)
    assert first.returncode == 0, first.stderr
    (pickle,) = (tmp_path / "kiosk-dvc").glob("*.capabilities.pickle")
    built = pickle.stat().st_mtime_ns
    (second,) = _start_together(tmp_path, 1)
    assert second.returncode == 0, second.stderr
    assert pickle.stat().st_mtime_ns == built


def test_a_process_that_loaded_python_escpos_first_still_publishes_the_cache_whole(
    tmp_path: Path,
) -> None:
    """python-escpos read its database into a folder of its own before the printers package
    could point it at the shared one: the package publishes what it read, and the processes
    that start after it read that cache whole, never writing it again."""
    (first,) = _start_together(tmp_path, 1, ESCPOS_FIRST)
    assert first.returncode == 0, first.stderr
    (pickle,) = (tmp_path / "kiosk-dvc").glob("*.capabilities.pickle")
    built = pickle.stat().st_mtime_ns
    assert pickle.stat().st_size > 10_000
    for finished in _start_together(tmp_path, 6):
        assert finished.returncode == 0, finished.stderr
        assert finished.stdout.strip() == str(tmp_path / "kiosk-dvc")
    assert pickle.stat().st_mtime_ns == built  # read, never written again
