"""Build the installable kiosk: PyInstaller one folder from ``kiosk.spec``, packed as .tar.gz
(.zip on Windows), then the frozen app's self-test.

    python3 dev.py build          → dist/kiosk-dvc/ and dist/kiosk-dvc-<version>-<platform>.tar.gz

Prints the build time, the folder's and the archive's size and the self-test's result.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk import __version__
from kiosk.cli import VIRTUAL_STANDIN  # the discard port: the self-test never prints
from tools import PROJECT_ROOT

SPEC = PROJECT_ROOT / "kiosk.spec"
APP_NAME = "kiosk-dvc"


@dataclass(frozen=True)
class Build:
    """A finished build: the folder, its executable and the seconds PyInstaller took."""

    folder: Path
    seconds: float

    @property
    def executable(self) -> Path:
        return self.folder / (APP_NAME + (".exe" if os.name == "nt" else ""))


def build(dist_dir: Path, work_dir: Path) -> Build:
    """Run PyInstaller on kiosk.spec into ``dist_dir`` and add the installer's files (the
    deploy/ folder and docs/deploy.md as DEPLOY.md); raise CalledProcessError on failure.

    PyInstaller's cache of processed binaries is kept in ``work_dir`` too: the shared one in
    the user's cache folder is corrupted by builds that run at the same time."""
    started = time.perf_counter()
    environ = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work_dir / "pyinstaller-cache")}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--distpath",
            str(dist_dir),
            "--workpath",
            str(work_dir),
            "--log-level",
            "ERROR",
        ],
        cwd=PROJECT_ROOT,
        check=True,
        env=environ,
    )
    folder = dist_dir / APP_NAME
    shutil.copytree(PROJECT_ROOT / "deploy", folder / "deploy", dirs_exist_ok=True)
    shutil.copy2(PROJECT_ROOT / "docs" / "deploy.md", folder / "DEPLOY.md")
    return Build(folder, time.perf_counter() - started)


def pack(folder: Path) -> Path:
    """The folder as one archive beside it, named with the version and platform."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    base = folder.parent / f"{APP_NAME}-{__version__}-{system}-{platform.machine().lower()}"
    kind = "zip" if os.name == "nt" else "gztar"
    return Path(shutil.make_archive(str(base), kind, folder.parent, folder.name))


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symlinks not followed)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def run_self_test(
    executable: Path, data_dir: Path, log_dir: Path, timeout_s: float = 120.0
) -> subprocess.CompletedProcess[str]:
    """``<executable> --self-test`` on ``data_dir``, with a config of its own and no display."""
    config = log_dir / "self-test.toml"
    log_dir.mkdir(parents=True, exist_ok=True)
    config.write_text(f'[printer]\nuri = "{VIRTUAL_STANDIN}"\n', encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIOSK_")}
    env.update(
        {
            "KIOSK_CONFIG": str(config),
            "KIOSK_PATHS_DATA_DIR": str(data_dir),
            "KIOSK_PATHS_LOG_DIR": str(log_dir),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return subprocess.run(
        [str(executable), "--self-test"], env=env, capture_output=True, text=True, timeout=timeout_s
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=PROJECT_ROOT / "dist")
    parser.add_argument("--work", type=Path, default=PROJECT_ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    result = build(args.dist, args.work)
    archive = pack(result.folder)
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        test = run_self_test(result.executable, Path(scratch) / "data", Path(scratch) / "logs")
        test_s = time.perf_counter() - started
    print(test.stdout, end="")
    if test.returncode != 0:
        print(test.stderr, end="", file=sys.stderr)
    mb = 1e6  # as bench and tests/test_installer.py count them
    print(
        f"build: {result.seconds:.0f} s → {result.folder} "
        f"({folder_bytes(result.folder) / mb:.1f} MB)"
    )
    print(f"archive: {archive} ({archive.stat().st_size / mb:.1f} MB)")
    print(f"frozen self-test: exit {test.returncode} in {test_s:.1f} s")
    return test.returncode


if __name__ == "__main__":
    sys.exit(main())
