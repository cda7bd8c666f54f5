"""The wheel: the kiosk's packages with their assets and compiled translations, and nothing
of the checkout that is not the kiosk (simulators, tests, benchmarks, tools)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.xdist_group("wheel")

LEFT_BEHIND = (".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "docs")
"""What the wheel's build does not need from the checkout."""


@pytest.fixture(scope="session")  # once per run, as tests/test_installer.py's build
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # built from a copy: setuptools writes build/ and *.egg-info beside the sources, which
    # must not touch the checkout (nor collide with another build of it)
    source = tmp_path_factory.mktemp("source") / "kiosk-dvc"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_BEHIND))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(source),
        ],
        check=True,
        timeout=300,
        cwd=out,
    )
    (built,) = out.glob("kiosk_dvc-*.whl")
    return built


def test_the_wheel_carries_the_assets_and_translations_and_no_developer_parts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (
        "kiosk/assets/style.qss",
        "kiosk/assets/high_contrast.qss",
        "kiosk/assets/icon.png",
        "kiosk/assets/fonts/NotoSans-Regular.ttf",
        "kiosk/assets/fonts/NotoSans-Bold.ttf",
        "kiosk/assets/fonts/OFL.txt",
        "kiosk/i18n/kiosk_vi.qm",
        "kiosk/i18n/kiosk_en.qm",
        "kiosk/cli.py",
        "printers/printer.py",
        "screens/app.py",
    ):
        assert shipped in names, shipped
    tops = {name.split("/")[0] for name in names}
    assert tops == {"kiosk", "printers", "screens", wheel.name.split("-py3")[0] + ".dist-info"}


def test_the_installed_kiosk_finds_its_files_inside_its_own_package(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=120,
    )
    probe = (
        "from kiosk.paths import ASSETS_DIR, I18N_DIR\n"
        "print(ASSETS_DIR)\n"
        "print(all(p.is_file() for p in (ASSETS_DIR / 'style.qss', "
        "ASSETS_DIR / 'fonts' / 'NotoSans-Regular.ttf', I18N_DIR / 'kiosk_vi.qm')))\n"
        "import importlib.util\n"
        "print(importlib.util.find_spec('simulators'))\n"
    )
    environ = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n{probe}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
        timeout=60,
        check=True,
    )
    assets, found, simulators = result.stdout.splitlines()
    assert Path(assets).is_relative_to(target)
    assert (found, simulators) == ("True", "None")
