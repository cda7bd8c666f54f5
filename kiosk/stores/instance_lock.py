"""OS file locks, freed when the process dies.

One kiosk GUI per data directory (``kiosk.lock``): only the process holding it may decide
that tickets left half-done were interrupted (a second process would mark a live ticket as
failed while it is printing). And one process at a time at the printer (``printer.lock``):
the window and a technician's ``kiosk reprint`` take turns.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

RETRY_S = 0.05


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
            raise AlreadyRunning(
                f"another kiosk is running on {self.path.parent} (it holds {self.path.name})"
            ) from None
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


@contextlib.contextmanager
def held(path: Path, timeout_s: float) -> Iterator[None]:
    """Hold the lock on ``path`` for a block, waiting up to ``timeout_s`` for another process
    to let go; raise TimeoutError if it does not."""
    lock = InstanceLock(path)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            lock.acquire()
            break
        except AlreadyRunning:
            if time.monotonic() >= deadline:
                raise TimeoutError(f"another kiosk process holds {path.name}") from None
            time.sleep(RETRY_S)
    try:
        yield
    finally:
        lock.release()


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
