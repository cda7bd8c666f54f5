"""The kiosk on a really full and a really read-only disk (a small tmpfs mounted for the
test; skipped where this process may not mount one)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kiosk_command import UNREACHABLE, kiosk_env, run_kiosk

EXIT_STORES = 3


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs at ``tmp_path / "disk"``, unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip() or 'not root'})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def kiosk(data_dir: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = kiosk_env(tmp_path, KIOSK_PATHS_DATA_DIR=str(data_dir), **UNREACHABLE)
    return run_kiosk(*args, env=env, timeout=120)


def fill(directory: Path) -> None:
    """Write until the disk says it is full."""
    with open(directory / "filler", "wb") as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()
            os.fsync(filler.fileno())


def test_a_full_disk_stops_the_kiosk_with_one_line_that_says_so(
    small_disk: Path, tmp_path: Path
) -> None:
    data = small_disk / "data"
    assert kiosk(data, tmp_path, "run", "--windowed", "--exit-after-paint").returncode == 0
    fill(small_disk)
    with pytest.raises(OSError) as full:
        (small_disk / "probe").write_bytes(b"x" * 65536)
    assert full.value.errno == errno.ENOSPC
    result = kiosk(data, tmp_path, "run", "--windowed", "--exit-after-paint")
    assert result.returncode == EXIT_STORES and "Traceback" not in result.stderr
    assert "disk is full" in result.stderr
    assert (data / "outbox.db").stat().st_size > 0  # nothing replaced or lost


def test_a_read_only_disk_stops_the_kiosk_with_one_line_that_says_so(
    small_disk: Path, tmp_path: Path
) -> None:
    data = small_disk / "data"
    assert kiosk(data, tmp_path, "run", "--windowed", "--exit-after-paint").returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = kiosk(data, tmp_path, "run", "--windowed", "--exit-after-paint")
    assert result.returncode == EXIT_STORES and "Traceback" not in result.stderr
    assert "read-only" in result.stderr
