"""Links to a printer: open by address, write a finished job in chunks, read status replies.

Every write has a deadline, so a printer that stops taking data (paper jam, stalled cable)
cannot hang the kiosk; every read returns what arrived within its timeout, possibly nothing.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import Callable
from typing import Any, Protocol

import serial

from printers.uri import PrinterAddress

CHUNK_BYTES = 512
USB_READ_SLICE_MS = 100
CUPS_SUBMIT_TIMEOUT_S = 30.0
DRAIN_POLL_S = 0.01


class ConnectionFailed(Exception):
    """The printer could not be reached or stopped accepting data."""


class Transport(Protocol):
    """An open link to one printer."""

    address: PrinterAddress

    def write(self, data: bytes, timeout_s: float) -> None:
        """Send ``data``; raise ConnectionFailed if it is not all taken within ``timeout_s``."""
        ...

    def read(self, count: int, timeout_s: float) -> bytes:
        """Up to ``count`` bytes the printer sent within ``timeout_s`` (b"" if none)."""
        ...

    def finish(self, timeout_s: float) -> None:
        """End the job: wait until it has left this computer (or hand it to the spooler);
        raise ConnectionFailed if that takes longer than ``timeout_s``."""
        ...

    def abandon(self) -> None:
        """Drop whatever of the job has not left this computer yet (the job failed)."""
        ...

    def close(self) -> None:
        """Release the link; never raises."""
        ...


def open_transport(address: PrinterAddress, timeout_s: float) -> Transport:
    """Open the link to ``address``; raise ConnectionFailed with the reason."""
    try:
        match address.scheme:
            case "tcp":
                return TcpTransport(address, timeout_s)
            case "serial":
                return SerialTransport(address, timeout_s)
            case "usb":
                return UsbTransport(address, timeout_s)
            case "file":
                return FileTransport(address)
            case "cups":
                return CupsTransport(address)
    except ConnectionFailed:
        raise
    except Exception as exc:  # OSError, SerialException, USB errors: all mean unreachable
        raise ConnectionFailed(f"cannot open {address}: {exc}") from exc
    raise ConnectionFailed(f"no transport for {address.scheme}://")


def write_in_chunks(
    address: PrinterAddress, data: bytes, timeout_s: float, send: Callable[[bytes, float], None]
) -> None:
    """Send ``data`` in chunks, each with the time left until the overall deadline."""
    deadline = time.monotonic() + timeout_s
    for start in range(0, len(data), CHUNK_BYTES):
        left = deadline - time.monotonic()
        if left <= 0:
            raise ConnectionFailed(
                f"{address}: printer took {start} of {len(data)} bytes "
                f"in {timeout_s:.1f} s, then stopped"
            )
        try:
            send(data[start : start + CHUNK_BYTES], left)
        except ConnectionFailed:
            raise
        except Exception as exc:
            raise ConnectionFailed(
                f"{address}: writing failed after {start} of {len(data)} bytes: {exc}"
            ) from exc


class TcpTransport:
    """A raw TCP printer port (JetDirect, usually 9100)."""

    def __init__(self, address: PrinterAddress, timeout_s: float) -> None:
        self.address = address
        self._sock = socket.create_connection((address.target, address.port), timeout=timeout_s)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes, timeout_s: float) -> None:
        def send(chunk: bytes, left: float) -> None:
            self._sock.settimeout(left)
            try:
                self._sock.sendall(chunk)
            except TimeoutError as exc:
                raise ConnectionFailed(f"{self.address}: printer stopped taking data") from exc

        write_in_chunks(self.address, data, timeout_s, send)

    def read(self, count: int, timeout_s: float) -> bytes:
        self._sock.settimeout(timeout_s)
        try:
            return self._sock.recv(count)
        except (TimeoutError, BlockingIOError):
            return b""
        except OSError as exc:
            raise ConnectionFailed(f"{self.address}: {exc}") from exc

    def finish(self, timeout_s: float) -> None:
        """Nothing to wait for: the printer's replies come after what it has read."""

    def abandon(self) -> None:
        """Close with a reset, so the unsent rest of the job is never delivered."""
        with contextlib.suppress(OSError):
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.setblocking(False)
            while self._sock.recv(4096):  # unread replies would turn the close into a reset
                pass
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_WR)
        with contextlib.suppress(OSError):
            self._sock.close()


class SerialTransport:
    """A serial port (RS-232 or USB-serial) through pyserial."""

    def __init__(self, address: PrinterAddress, timeout_s: float) -> None:
        self.address = address
        self._port = serial.serial_for_url(
            address.target,
            baudrate=address.baudrate,
            timeout=timeout_s,
            write_timeout=timeout_s,
            xonxoff=address.flow == "xonxoff",
            rtscts=address.flow == "rtscts",
            dsrdtr=address.flow == "dsrdtr",
            # no second process may talk to the port mid-job (POSIX; Windows ports always are)
            exclusive=True if os.name == "posix" else None,
        )
        self._port.reset_input_buffer()

    def write(self, data: bytes, timeout_s: float) -> None:
        def send(chunk: bytes, left: float) -> None:
            try:
                self._port.write_timeout = left
                self._port.write(chunk)
            except serial.SerialTimeoutException as exc:
                raise ConnectionFailed(
                    f"{self.address}: printer stopped taking data "
                    "(flow control held or cable stalled)"
                ) from exc
            except serial.SerialException as exc:
                raise ConnectionFailed(f"{self.address}: {exc}") from exc

        write_in_chunks(self.address, data, timeout_s, send)

    def read(self, count: int, timeout_s: float) -> bytes:
        try:
            self._port.timeout = timeout_s
            return bytes(self._port.read(count))
        except serial.SerialException as exc:
            raise ConnectionFailed(f"{self.address}: {exc}") from exc

    def finish(self, timeout_s: float) -> None:
        """Wait until the port has sent every byte (a status query sent earlier would wait
        behind them, and its reply seem late)."""
        deadline = time.monotonic() + timeout_s
        try:
            while self._port.out_waiting:
                if time.monotonic() >= deadline:
                    raise ConnectionFailed(
                        f"{self.address}: {self._port.out_waiting} bytes "
                        "still unsent: the line is held"
                    )
                time.sleep(DRAIN_POLL_S)
        except serial.SerialException as exc:
            raise ConnectionFailed(f"{self.address}: {exc}") from exc

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._port.reset_output_buffer()

    def close(self) -> None:
        """Close, dropping anything still queued: closing would otherwise wait for a held
        line to take it (the driver's closing wait, 30 s on most ports)."""
        with contextlib.suppress(Exception):
            if self._port.out_waiting:
                self._port.reset_output_buffer()
        with contextlib.suppress(Exception):
            self._port.close()


class UsbTransport:
    """A USB printer class device through pyusb (libusb), opened without a device reset.

    (python-escpos's ``Usb.open`` resets the device on every open, which can cut off the end
    of a ticket still printing from the printer's buffer.)
    """

    def __init__(self, address: PrinterAddress, timeout_s: float) -> None:
        import usb.core
        import usb.util

        self.address = address
        vendor, product = address.usb_ids
        try:
            device = usb.core.find(idVendor=vendor, idProduct=product)
        except usb.core.NoBackendError:
            raise ConnectionFailed(
                f"cannot open {address}: libusb-1.0 is not installed (USB printers need it)"
            ) from None
        if device is None:
            raise ConnectionFailed(
                f"cannot open {address}: no such USB printer (unplugged, switched off, or no "
                "permission: see the udev rule)"
            )
        with contextlib.suppress(NotImplementedError, usb.core.USBError):
            if device.is_kernel_driver_active(0):
                device.detach_kernel_driver(0)  # usblp would hold the interface
        try:
            configuration = device.get_active_configuration()
        except usb.core.USBError:
            device.set_configuration()
            configuration = device.get_active_configuration()
        interface = configuration[(0, 0)]
        self._in_ep, self._out_ep = address.usb_endpoints or (
            _bulk_endpoint(interface, usb.util.ENDPOINT_IN),
            _bulk_endpoint(interface, usb.util.ENDPOINT_OUT),
        )
        self._device = device
        self._unread = b""

    def write(self, data: bytes, timeout_s: float) -> None:
        def send(chunk: bytes, left: float) -> None:
            self._device.write(self._out_ep, chunk, max(1, int(left * 1000)))

        write_in_chunks(self.address, data, timeout_s, send)

    def read(self, count: int, timeout_s: float) -> bytes:
        """USB printers often answer a query only on a later read: poll until the timeout.

        A USB read returns a whole packet; what the caller did not ask for is kept for the
        next read.
        """
        import usb.core

        deadline = time.monotonic() + timeout_s
        while not self._unread:
            slice_ms = max(1, min(USB_READ_SLICE_MS, int((deadline - time.monotonic()) * 1000)))
            try:
                self._unread = bytes(self._device.read(self._in_ep, 64, slice_ms))
            except usb.core.USBTimeoutError:
                pass
            except (usb.core.USBError, ValueError) as exc:
                raise ConnectionFailed(f"{self.address}: {exc}") from exc
            if time.monotonic() >= deadline:
                break
        data, self._unread = self._unread[:count], self._unread[count:]
        return data

    def finish(self, timeout_s: float) -> None:
        """Nothing to wait for: each write went to the device."""

    def abandon(self) -> None:
        """Nothing to drop: nothing is queued on this side."""

    def close(self) -> None:
        import usb.util

        with contextlib.suppress(Exception):
            usb.util.dispose_resources(self._device)


def _bulk_endpoint(interface: Any, direction: int) -> int:
    """The address of the interface's first bulk endpoint in ``direction``."""
    import usb.util

    for endpoint in interface:
        if (
            usb.util.endpoint_direction(endpoint.bEndpointAddress) == direction
            and usb.util.endpoint_type(endpoint.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK
        ):
            return int(endpoint.bEndpointAddress)
    raise ConnectionFailed("the USB device has no bulk endpoint pair; is it a printer?")


class FileTransport:
    """A device or file path written directly (``/dev/usb/lp0``, a capture file)."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0)
        if not address.target.startswith("/dev/"):
            flags |= os.O_CREAT  # a capture file; a missing device must not become one
        self._fd = os.open(address.target, flags, 0o644)

    def write(self, data: bytes, timeout_s: float) -> None:
        def send(chunk: bytes, left: float) -> None:
            deadline = time.monotonic() + left
            view = memoryview(chunk)
            while view:
                try:
                    view = view[os.write(self._fd, view) :]
                except BlockingIOError as exc:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0 or not select.select([], [self._fd], [], remaining)[1]:
                        raise ConnectionFailed(
                            f"{self.address}: device stopped taking data"
                        ) from exc

        write_in_chunks(self.address, data, timeout_s, send)

    def read(self, count: int, timeout_s: float) -> bytes:
        """A plain path has no back channel."""
        return b""

    def finish(self, timeout_s: float) -> None:
        """A capture file is synced to disk; a device needs nothing."""
        if os.path.isfile(self.address.target):
            try:
                os.fsync(self._fd)
            except OSError as exc:
                raise ConnectionFailed(f"{self.address}: {exc}") from exc

    def abandon(self) -> None:
        """Nothing to drop: each write went to the file."""

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


class CupsTransport:
    """A raw CUPS queue: the job is collected, then handed to ``lp -o raw`` at once (with its
    own deadline); it counts as printed once CUPS accepts it."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        self._lp = shutil.which("lp")
        if self._lp is None:
            raise ConnectionFailed(
                "CUPS is not installed here (no lp command); "
                "use usb://, serial://, tcp:// or file:// instead"
            )
        self._job = bytearray()

    def write(self, data: bytes, timeout_s: float) -> None:
        self._job += data

    def read(self, count: int, timeout_s: float) -> bytes:
        """A spooler has no back channel."""
        return b""

    def finish(self, timeout_s: float) -> None:
        """Submit the collected job; raise ConnectionFailed when CUPS refuses it."""
        try:
            done = subprocess.run(
                [str(self._lp), "-d", self.address.target, "-o", "raw", "-t", "kiosk"],
                input=bytes(self._job),
                capture_output=True,
                timeout=max(timeout_s, CUPS_SUBMIT_TIMEOUT_S),
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConnectionFailed(f"{self.address}: lp failed: {exc}") from exc
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip()[:300]
            raise ConnectionFailed(f"{self.address}: CUPS refused the job: {reason}")

    def abandon(self) -> None:
        """Nothing was submitted yet."""
        self._job.clear()

    def close(self) -> None:
        self._job.clear()
