"""What a scanner reader reported on its own thread, for a test's thread to wait on."""

from __future__ import annotations

import threading
import time


class Recorder:
    """The ``on_scan`` and ``on_state`` of a reader under test: each code with the moment it
    arrived, and each state."""

    def __init__(self) -> None:
        self.scans: list[bytes] = []
        self.arrived_at: list[float] = []
        self.states: list[str] = []
        self._changed = threading.Condition()

    def on_scan(self, code: bytes) -> None:
        with self._changed:
            self.scans.append(code)
            self.arrived_at.append(time.monotonic())
            self._changed.notify_all()

    def on_state(self, state: str) -> None:
        with self._changed:
            self.states.append(state)
            self._changed.notify_all()

    def wait_scans(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """The codes once at least ``count`` arrived."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.scans) >= count, timeout):
                raise AssertionError(
                    f"{len(self.scans)} of {count} scans in {timeout} s: {self.scans}"
                )
            return list(self.scans)

    def wait_state(self, state: str, since: int = 0, timeout: float = 5.0) -> None:
        """Wait until ``state`` was reported after the first ``since`` reports."""
        with self._changed:
            if not self._changed.wait_for(lambda: state in self.states[since:], timeout):
                raise AssertionError(f"no {state!r} in {self.states[since:]} in {timeout} s")
