"""Opening a printer by URI and sending a finished job through it (python-escpos transports)."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

from escpos.escpos import Escpos
from escpos.printer import File, Network

DEFAULT_TCP_PORT = 9100


class ConnectionFailed(Exception):
    """The printer could not be reached or stopped accepting data."""


def open_printer(uri: str, timeout_s: float, profile: str) -> Escpos:
    """Connect to the printer at ``uri`` (``tcp://host:port`` or ``file:///path``)."""
    parts = urlsplit(uri)
    try:
        if parts.scheme == "tcp" and parts.hostname:
            printer: Escpos = Network(parts.hostname, parts.port or DEFAULT_TCP_PORT,
                                      timeout=timeout_s, profile=profile)
        elif parts.scheme == "file" and parts.path:
            printer = File(parts.path, profile=profile)
        else:
            raise ConnectionFailed(f"unsupported printer URI {uri!r}")
        printer.open()
    except ConnectionFailed:
        raise
    except Exception as exc:  # python-escpos raises many types; all mean "not reachable"
        raise ConnectionFailed(f"cannot open {uri}: {exc}") from exc
    return printer


def send_job(uri: str, job: bytes, timeout_s: float, profile: str) -> None:
    """Open, send all of ``job``, close. Raises ConnectionFailed on any transport error."""
    printer = open_printer(uri, timeout_s, profile)
    try:
        printer._raw(job)  # the public write path of python-escpos transports
    except Exception as exc:
        raise ConnectionFailed(f"sending to {uri} failed: {exc}") from exc
    finally:
        with contextlib.suppress(Exception):  # closing a broken link may fail; result stands
            printer.close()
