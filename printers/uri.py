"""Printer addresses: one URI names the connection and its settings.

    serial:///dev/ttyUSB0?baudrate=115200&flow=xonxoff   (or serial://COM3 on Windows)
    usb://04b8:0202                                      (vendor:product, hex)
    tcp://192.168.1.50:9100
    file:///dev/usb/lp0
    cups://Kiosk_Printer                                 (a raw CUPS queue, via ``lp``)

Parsing never opens anything; it rejects a malformed URI with a message a technician can act
on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

Scheme = Literal["serial", "usb", "tcp", "file", "cups"]
Flow = Literal["none", "xonxoff", "rtscts", "dsrdtr"]

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 115200
BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600)
_USB_ID = re.compile(r"([0-9a-fA-F]{4}):([0-9a-fA-F]{4})")
_CUPS_QUEUE = re.compile(r"[A-Za-z0-9_.-]{1,127}")
_SERIAL_OPTIONS = {"baudrate", "flow"}
_USB_OPTIONS = {"in_ep", "out_ep"}


class BadPrinterUri(ValueError):
    """The printer URI is malformed; the message says what is wrong and what is expected."""


@dataclass(frozen=True)
class PrinterAddress:
    """A parsed printer URI."""

    scheme: Scheme
    target: str
    port: int = 0
    baudrate: int = DEFAULT_BAUDRATE
    flow: Flow = "none"
    usb_ids: tuple[int, int] = (0, 0)
    usb_endpoints: tuple[int, int] | None = field(default=None)

    @property
    def has_back_channel(self) -> bool:
        """Whether the printer can answer status queries over this connection."""
        return self.scheme in ("serial", "usb", "tcp")

    def __str__(self) -> str:
        match self.scheme:
            case "tcp":
                return f"tcp://{self.target}:{self.port}"
            case "serial":
                return f"serial://{self.target}?baudrate={self.baudrate}&flow={self.flow}"
            case "usb":
                return f"usb://{self.usb_ids[0]:04x}:{self.usb_ids[1]:04x}"
            case "file":
                return f"file://{self.target}"
            case _:
                return f"cups://{self.target}"


def parse_printer_uri(uri: str) -> PrinterAddress:
    """Parse ``uri`` into a :class:`PrinterAddress`; raise BadPrinterUri with the reason."""
    try:
        parts = urlsplit(uri.strip())
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        match parts.scheme:
            case "tcp":
                _no_options(options, set())
                if not parts.hostname:
                    raise BadPrinterUri("tcp:// needs a host, e.g. tcp://192.168.1.50:9100")
                return PrinterAddress("tcp", parts.hostname, port=parts.port or DEFAULT_TCP_PORT)
            case "serial":
                return _serial(parts.netloc, parts.path, options)
            case "usb":
                return _usb(parts.netloc, options)
            case "file":
                _no_options(options, set())
                if not parts.path or parts.netloc:
                    raise BadPrinterUri("file:// needs an absolute path, e.g. file:///dev/usb/lp0")
                return PrinterAddress("file", parts.path)
            case "cups":
                _no_options(options, set())
                if not _CUPS_QUEUE.fullmatch(parts.netloc) or parts.path not in ("", "/"):
                    raise BadPrinterUri("cups:// needs a queue name, e.g. cups://Kiosk_Printer")
                return PrinterAddress("cups", parts.netloc)
    except ValueError as exc:  # urlsplit's port parsing, int() of options
        if isinstance(exc, BadPrinterUri):
            raise
        raise BadPrinterUri(f"{uri!r}: {exc}") from exc
    raise BadPrinterUri(
        f"unsupported printer URI {uri!r}; expected serial://, usb://, tcp://, file:// or cups://"
    )


def _no_options(options: dict[str, str], allowed: set[str]) -> None:
    unknown = sorted(set(options) - allowed)
    if unknown:
        expected = ", ".join(sorted(allowed)) or "none"
        raise BadPrinterUri(f"unknown printer URI option {unknown[0]!r} (allowed: {expected})")


def _serial(netloc: str, path: str, options: dict[str, str]) -> PrinterAddress:
    _no_options(options, _SERIAL_OPTIONS)
    device = path if not netloc else netloc + path  # serial:///dev/ttyS0 or serial://COM3
    if not device or device == "/":
        raise BadPrinterUri("serial:// needs a port, e.g. serial:///dev/ttyUSB0 or serial://COM3")
    baudrate = int(options.get("baudrate", DEFAULT_BAUDRATE))
    if baudrate not in BAUDRATES:
        raise BadPrinterUri(
            f"unsupported baud rate {baudrate}; expected one of " + ", ".join(map(str, BAUDRATES))
        )
    flow = options.get("flow", "none")
    if flow not in ("none", "xonxoff", "rtscts", "dsrdtr"):
        raise BadPrinterUri(
            f"unknown flow control {flow!r}; expected none, xonxoff, rtscts or dsrdtr"
        )
    return PrinterAddress("serial", device, baudrate=baudrate, flow=flow)  # type: ignore[arg-type]


def _usb(netloc: str, options: dict[str, str]) -> PrinterAddress:
    _no_options(options, _USB_OPTIONS)
    ids = _USB_ID.fullmatch(netloc)
    if ids is None:
        raise BadPrinterUri("usb:// needs vendor:product in hex, e.g. usb://04b8:0202")
    endpoints = None
    if options:
        if set(options) != _USB_OPTIONS:
            raise BadPrinterUri("give both in_ep and out_ep, e.g. ?in_ep=0x82&out_ep=0x01")
        endpoints = (int(options["in_ep"], 0), int(options["out_ep"], 0))
    return PrinterAddress(
        "usb", netloc, usb_ids=(int(ids[1], 16), int(ids[2], 16)), usb_endpoints=endpoints
    )
