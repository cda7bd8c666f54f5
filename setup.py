"""The wheel's one build step beyond pyproject.toml: compile the translations into .qm files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    """``build_py`` that also runs lrelease on ``kiosk/i18n/*.ts`` into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's .qm (dev.py)
            return
        beside = Path(sys.executable).with_name("pyside6-lrelease")
        lrelease = (
            str(beside)
            if beside.exists()
            else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        )
        if lrelease is None:
            raise RuntimeError(
                "pyside6-lrelease not found: PySide6-Essentials is a build requirement"
            )
        target = Path(self.build_lib) / "kiosk" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(Path("kiosk", "i18n").glob("*.ts")):
            subprocess.run(
                [
                    lrelease,
                    "-silent",
                    str(source),
                    "-qm",
                    str(target / source.with_suffix(".qm").name),
                ],
                check=True,
            )


setup(cmdclass={"build_py": BuildWithTranslations})
