"""Logging to a rotating file in the log directory (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"
HANDLER_NAMES = ("kiosk-file", "kiosk-console")
"""The names of the handlers set up here (a second setup replaces them)."""


def setup_logging(log_dir: Path, level: str, max_bytes: int, backups: int) -> Path:
    """Send the root logger to ``kiosk.log`` (rotating) and return the file's path."""
    log_file = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in HANDLER_NAMES:
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(LOG_FORMAT))
    handlers: tuple[logging.Handler, ...] = (file_handler, console)
    for name, handler in zip(HANDLER_NAMES, handlers, strict=True):
        handler.set_name(name)
        root.addHandler(handler)
    root.setLevel(level)
    return log_file
