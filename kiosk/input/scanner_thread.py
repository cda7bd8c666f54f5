"""The reader thread every scanner reader shares: start, stop, reconnect and report state.

A :class:`ScannerThread` opens its device on a daemon thread, reports "connected", and reads
it until it goes away (the subclass's ``_read_until_gone``, which closes it); then it
reports "disconnected" and tries to open it again every ``reconnect_s`` until that works.
An open failure is logged once per distinct reason; a device that can never be read here
(``_open()`` raises :class:`ScannerUnavailable`) is reported "unavailable" and tried no
more. No exception ends the reader: it logs and retries. ``on_scan`` and ``on_state`` run
on the reader thread; one that raises is logged.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, Generic, Literal, Protocol, TypeVar

ScannerState = Literal["connected", "disconnected", "unavailable", "stopped"]

TICK_S = 0.05
"""The longest one read waits: how soon a reader notices stop(), and how late past
``read_timeout_s`` a code without suffix may be delivered."""
JOIN_S = 1.0
"""How long stop() waits for the reader thread to end."""


class ScannerUnavailable(Exception):
    """The scanner can never be read here (a platform or a library missing), worded for a
    technician: ``_open()`` raises it to end the tries."""


class ReconnectSettings(Protocol):
    """What the reader thread needs of a scanner's settings."""

    @property
    def reconnect_s(self) -> float:
        """How often to try opening the device while it cannot be opened."""
        ...


SettingsT = TypeVar("SettingsT", bound=ReconnectSettings)
DeviceT = TypeVar("DeviceT")


class ScannerThread(ABC, Generic[SettingsT, DeviceT]):
    """Reads codes from one scanner on a daemon thread, across unplugs and replugs.

    ``on_scan`` gets each code's bytes; ``on_state`` gets "connected", "disconnected" or
    "unavailable" whenever that changes (and the first time), and "stopped" at the end.
    """

    _log: ClassVar[logging.Logger]
    """The subclass's module logger: the reader's lines name the reader."""
    _thread_name: ClassVar[str]

    def __init__(
        self,
        settings: SettingsT,
        on_scan: Callable[[bytes], None],
        on_state: Callable[[ScannerState], None] = lambda s: None,
    ) -> None:
        self.settings = settings
        self._on_scan = on_scan
        self._on_state = on_state
        self._state: ScannerState = "stopped"
        self._reported: ScannerState | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> ScannerState:
        """ "connected" (open and read), "disconnected" (started, not open), "unavailable"
        (cannot be read here, no more tries) or "stopped"."""
        return self._state

    def start(self) -> None:
        """Start the reader thread (once)."""
        if self._thread is not None:
            raise RuntimeError(f"{type(self).__name__} starts only once")
        self._state = "disconnected"
        self._thread = threading.Thread(target=self._run, daemon=True, name=self._thread_name)
        self._thread.start()

    def stop(self) -> None:
        """Stop reading and close the device; returns within about ``TICK_S`` (at most
        ``JOIN_S``)."""
        self._stopping.set()
        if self._thread is threading.current_thread():  # called from on_scan or on_state
            return
        if self._thread is not None:
            self._thread.join(JOIN_S)
            if self._thread.is_alive():
                self._log.warning("scanner reader still busy after %s s (in on_scan?)", JOIN_S)
                return
        self._set_state("stopped")

    # ------------------------------------------------------------- the reader thread
    @property
    @abstractmethod
    def _source(self) -> str:
        """The port or device path read, as the log names it."""

    @abstractmethod
    def _open(self) -> DeviceT:
        """Open the device; raises OSError or ValueError to be tried again, and
        ScannerUnavailable to end the tries."""

    @abstractmethod
    def _read_until_gone(self, device: DeviceT) -> None:
        """Deliver the device's codes until it fails or stop(); then close it. Logs what
        ended the reading, never raises."""

    def _why_not_opened(self, exc: OSError | ValueError) -> str:
        """Why ``_open()`` failed, for the log."""
        return str(exc)

    def _run(self) -> None:
        failure: str | None = None  # the open failure last logged, so each is logged once
        while not self._stopping.is_set():
            try:
                device = self._open()
            except ScannerUnavailable as exc:
                self._log.error("scanner %s cannot be read: %s", self._source, exc)
                self._set_state("unavailable")
                return
            except (OSError, ValueError) as exc:
                if (reason := self._why_not_opened(exc)) != failure:
                    failure = reason
                    self._log.warning(
                        "scanner cannot be read, retrying every %s s: %s",
                        self.settings.reconnect_s,
                        reason,
                    )
                self._set_state("disconnected")
            except Exception:  # a bug must not end scanning
                self._log.exception("opening scanner %s failed", self._source)
            else:
                failure = None
                self._set_state("connected")
                self._read_until_gone(device)
                if not self._stopping.is_set():
                    self._set_state("disconnected")
            self._stopping.wait(self.settings.reconnect_s)
        self._set_state("stopped")

    def _deliver(self, code: bytes) -> None:
        try:
            self._on_scan(code)
        except Exception:
            self._log.exception("on_scan failed on a scan of %d bytes", len(code))

    def _set_state(self, state: ScannerState) -> None:
        self._state = state
        if state == self._reported:
            return
        self._reported = state
        try:
            self._on_state(state)
        except Exception:
            self._log.exception("on_state failed on %s", state)
