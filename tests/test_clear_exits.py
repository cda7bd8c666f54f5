"""Broken stores, directories and config files end the kiosk with one clear line and the
right exit code (3 for the stores, 2 for the config), never a traceback."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.kiosk_command import UNREACHABLE, kiosk

EXIT_CONFIG, EXIT_STORES = 2, 3


def kiosk_sync(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``kiosk sync`` against a province and a printer that never answer."""
    return kiosk(tmp_path, "sync", **{**UNREACHABLE, "KIOSK_SYNC_BACKOFF_CAP_S": "1", **env})


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def truncated_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)


def directory(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize("damage", [garbage, truncated_header, directory])
def test_an_unusable_outbox_is_one_line_and_exit_3(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    (tmp_path / "data").mkdir()
    damage(tmp_path / "data" / "outbox.db")
    result = kiosk_sync(tmp_path)
    assert result.returncode == EXIT_STORES, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = [text for text in result.stderr.splitlines() if text.startswith("kiosk: ")]
    assert "outbox.db at " in line and ("restore" in line or "directory" in line)
    assert (tmp_path / "data" / "outbox.db").exists()  # never replaced: it may hold work


def test_a_damaged_cache_is_moved_aside_and_the_kiosk_goes_on(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    garbage(tmp_path / "data" / "cache.db")
    result = kiosk_sync(tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr  # offline, not broken
    assert list((tmp_path / "data").glob("cache.db.corrupt-*"))


def test_a_data_directory_under_a_file_is_one_line_and_exit_3(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = kiosk_sync(tmp_path, KIOSK_PATHS_DATA_DIR=str(tmp_path / "afile" / "data"))
    assert result.returncode == EXIT_STORES and "Traceback" not in result.stderr
    assert "cannot use the data or log directory" in result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"KIOSK_CONFIG": "/dev/zero"}, "is not a regular file"),
        ({"KIOSK_SCANNER_PREFIX": "đ"}, "printable ASCII only"),
    ],
)
def test_a_config_that_cannot_be_used_is_one_line_and_exit_2(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    result = kiosk_sync(tmp_path, **env)
    assert result.returncode == EXIT_CONFIG and "Traceback" not in result.stderr
    assert expected in result.stderr


def test_config_errors_never_repeat_the_device_token_or_the_pin_hash(tmp_path: Path) -> None:
    secret = "s3cr3t-do-not-print"
    for key in ("KIOSK_TECHNICIAN_PIN_HASH", "KIOSK_API_DEVICE_TOKEN"):
        value = secret if key.endswith("HASH") else "[1, 2]"
        result = kiosk_sync(tmp_path, **{key: value})
        assert result.returncode == EXIT_CONFIG
        assert secret not in result.stderr and "[1, 2]" not in result.stderr
        assert "not shown" in result.stderr
