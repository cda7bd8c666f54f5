"""A virtual serial barcode/QR scanner for tests and the demo: a pty behind a stable path.

The kiosk opens ``link_path``, a symlink to the pty's slave device, as it opens
``/dev/serial/by-id/usb-...`` on a kiosk PC. :meth:`VirtualScanner.unplug` makes the device
vanish (the kiosk's reads fail, the path is gone) and :meth:`VirtualScanner.replug` brings it
back: a new pty behind the same path. A pty alone has no speed, so codes are written at
the line's: baud/10 bytes per second (8N1), each byte once its line time has passed.

Run by hand with ``python -m simulators.virtual_scanner LINK``: each line typed is scanned.
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import termios
import threading
import time
import tty
from collections.abc import Sequence
from pathlib import Path

SUFFIX_BYTES: dict[str, bytes] = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t"}
PACE_S = 0.01
"""With a baud rate, bytes are written in pieces of this much line time."""
WRITE_TIMEOUT_S = 5.0
"""How long a write waits for the kiosk to make room in the pty before giving up."""


class VirtualScanner:
    """A serial scanner on a pseudo-terminal, reached through a symlink that survives replugs."""

    def __init__(
        self, link_path: Path, *, baud: int | None = 9600, suffix: str = "CR", prefix: str = ""
    ) -> None:
        """``baud=None`` writes as fast as the pty takes bytes; ``prefix`` is one byte per
        character (latin-1), like the kiosk's setting."""
        if baud is not None and baud <= 0:
            raise ValueError("baud must be positive")
        if suffix not in SUFFIX_BYTES:
            raise ValueError(f"suffix must be one of {', '.join(SUFFIX_BYTES)}")
        self.link_path = link_path
        self.baud = baud
        self._prefix = prefix.encode("latin-1")
        self._suffix = SUFFIX_BYTES[suffix]
        self._lock = threading.Lock()
        self._fds: tuple[int, int] | None = None
        self._stopped = False
        self.pty_path: str | None = None
        """The pty's slave device now (None while unplugged)."""
        self.replug()

    def scan(self, payload: bytes | str) -> float:
        """Send one code: prefix, payload (a str as UTF-8), suffix.

        Returns the ``time.monotonic()`` at which its last byte was written.
        """
        data = payload.encode() if isinstance(payload, str) else payload
        return self._send(self._prefix + data + self._suffix)

    def noise(self, data: bytes) -> float:
        """Send raw bytes (line noise, a badly set scanner); returns like :meth:`scan`."""
        return self._send(data)

    def unplug(self) -> None:
        """Pull the cable: the path disappears and the kiosk's reads fail."""
        with self._lock:
            self.link_path.unlink(missing_ok=True)
            if self._fds is not None:
                for fd in self._fds:
                    os.close(fd)
            self._fds = None
            self.pty_path = None

    def replug(self) -> None:
        """Plug back in: a new pty behind the same path (nothing happens if plugged in)."""
        with self._lock:
            if self._stopped:
                raise RuntimeError("the virtual scanner was stopped")
            if self._fds is not None:
                return
            master, slave = os.openpty()
            tty.setraw(slave, termios.TCSANOW)  # bytes pass unchanged: no CR/LF, echo, XON/XOFF
            os.set_blocking(master, False)
            self._fds = (master, slave)  # holding the slave keeps the pty up between opens
            self.pty_path = os.ttyname(slave)
            self.link_path.parent.mkdir(parents=True, exist_ok=True)
            staging = self.link_path.with_name(self.link_path.name + ".new")
            staging.unlink(missing_ok=True)
            staging.symlink_to(self.pty_path)
            staging.replace(self.link_path)  # atomic, as udev swaps a by-id link

    def stop(self) -> None:
        """Unplug for good."""
        with self._lock:
            self._stopped = True
        self.unplug()

    def _send(self, data: bytes) -> float:
        with self._lock:
            if self._fds is None:
                raise RuntimeError("the virtual scanner is unplugged")
            master = self._fds[0]
            if self.baud is None:
                _write_all(master, data)
                return time.monotonic()
            bytes_per_s = self.baud / 10
            piece = max(1, int(bytes_per_s * PACE_S))
            start = time.monotonic()
            for sent in range(0, len(data), piece):
                chunk = data[sent : sent + piece]
                # A byte reaches the receiver once its stop bit is through.
                if (delay := start + (sent + len(chunk)) / bytes_per_s - time.monotonic()) > 0:
                    time.sleep(delay)
                _write_all(master, chunk)
            return time.monotonic()


def _write_all(fd: int, data: bytes) -> None:
    """Write all of data to the non-blocking pty master, waiting while the pty is full."""
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
        except BlockingIOError:
            if not select.select([], [fd], [], WRITE_TIMEOUT_S)[1]:
                raise TimeoutError(
                    f"nobody read the scanner's port for {WRITE_TIMEOUT_S} s"
                ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Scan each line typed on stdin with a virtual serial scanner, until end of input."""
    parser = argparse.ArgumentParser(
        prog="python -m simulators.virtual_scanner", description=main.__doc__
    )
    parser.add_argument("link", type=Path, help="the stable path the kiosk opens (a symlink)")
    parser.add_argument("--baud", type=int, default=9600, help="line speed (0: unthrottled)")
    parser.add_argument("--suffix", choices=list(SUFFIX_BYTES), default="CR")
    args = parser.parse_args(argv)
    scanner = VirtualScanner(args.link, baud=args.baud or None, suffix=args.suffix)
    print(
        f"scanner on {args.link} -> {scanner.pty_path}; type a code and Enter to scan, "
        "Ctrl-D to stop",
        flush=True,
    )
    try:
        for line in sys.stdin:
            if code := line.rstrip("\r\n"):
                try:
                    scanner.scan(code)
                except TimeoutError as exc:
                    print(exc, flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        scanner.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
