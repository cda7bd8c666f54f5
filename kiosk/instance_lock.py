"""One kiosk GUI per data directory: an OS lock on ``kiosk.lock``, freed when the process dies.

Only the process holding it may decide that tickets left half-done were interrupted (a
second process would mark a live ticket as failed while it is printing).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


class AlreadyRunning(Exception):
    """Another kiosk process holds the data directory."""


class InstanceLock:
    """An exclusive, non-blocking lock on a file; released by :meth:`release` or by exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`AlreadyRunning`."""
        handle = self.path.open("a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunning(f"another kiosk is running on {self.path.parent} "
                                 f"(it holds {self.path.name})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let the next kiosk process in."""
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None


def _lock(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
