"""Why a store cannot be used, in one line for the shell, the log and the out-of-service
screen (no SQLAlchemy here: the kiosk names these problems before it imports the ORM)."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

NEARLY_FULL_BYTES = 1_000_000


class StoreUnusable(Exception):
    """A store that cannot be opened or written as it is: the message names the file and
    says what to do (one line, for the shell and the log)."""


def _nearly_full(directory: Path) -> bool:
    """Whether the disk holding ``directory`` has (almost) no room left."""
    try:
        return shutil.disk_usage(directory).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def store_unusable(path: Path, error: BaseException) -> StoreUnusable:
    """The one-line explanation of why the store at ``path`` cannot be used."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy's wrapper says more than needed
    text = str(cause).lower()
    code = getattr(cause, "errno", None)
    if path.is_dir():
        why = "is a directory, not a file: remove or rename it"
    elif not path.parent.is_dir():
        why = f"cannot be created: {path.parent} is not a directory"
    elif (
        code == errno.ENOSPC
        or "disk is full" in text
        or "no space" in text
        or ("disk i/o error" in text and _nearly_full(path.parent))
    ):
        why = "cannot be written: the disk is full; make room (kiosk diag shows the space)"
    elif (
        code in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "readonly" in text
        or ("read-only" in text)
    ):
        why = (
            f"cannot be written: {path.parent} or the file is read-only; the kiosk's "
            "user must be able to write there"
        )
    elif "locked" in text or "busy" in text:
        why = (
            "is held by another process (another kiosk, or kiosk sync): stop it or wait, "
            "then start again"
        )
    elif (
        "not a database" in text
        or "malformed" in text
        or "corrupt" in text
        or ("disk image" in text)
    ):
        why = (
            "is damaged or not a database: move it aside and restore it from a backup "
            "(it may hold citizens' queued work, so the kiosk does not replace it)"
        )
    elif "unable to open" in text:
        why = "cannot be opened: check that the data directory exists and is writable"
    elif "disk i/o error" in text:
        why = "cannot be read or written (a disk I/O error): check the disk (kiosk diag)"
    else:
        why = f"cannot be used: {cause}"
    return StoreUnusable(f"{path.name} at {path} {why}")


class SchemaTooNew(Exception):
    """The store was written by a newer kiosk version than this one."""
