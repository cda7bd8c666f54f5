"""Where the kiosk keeps its config, data and logs (platform directories unless configured)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kiosk-dvc"


def _shipped(folder: str) -> Path:
    """A folder shipped inside the kiosk package (in the wheel and the frozen build too,
    where the package is a folder on disk: importlib.resources would add 10 ms to the
    start for nothing more)."""
    return Path(__file__).resolve().parent / folder


ASSETS_DIR = _shipped("assets")
"""Stylesheets, the icon and the bundled fonts."""
I18N_DIR = _shipped("i18n")
"""The translations: ``.ts`` sources and the ``.qm`` files compiled from them."""


def config_dir() -> Path:
    """The platform's config directory for the kiosk (may not exist yet)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class KioskPaths:
    """Resolved, created directories for one kiosk process."""

    data_dir: Path
    log_dir: Path

    @property
    def cache_db(self) -> Path:
        return self.data_dir / "cache.db"

    @property
    def outbox_db(self) -> Path:
        return self.data_dir / "outbox.db"

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / "demo"


def resolve_paths(data_dir: Path | None, log_dir: Path | None) -> KioskPaths:
    """Use the configured directories or the platform's, and make sure they exist."""
    data = data_dir or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    logs = log_dir or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    for directory in (data, logs):
        directory.mkdir(parents=True, exist_ok=True)
    return KioskPaths(data_dir=data, log_dir=logs)
