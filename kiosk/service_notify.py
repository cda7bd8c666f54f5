"""Telling the service manager how the kiosk is doing (systemd's ``sd_notify`` protocol).

Under a ``Type=notify`` unit systemd sets ``NOTIFY_SOCKET``; the kiosk sends ``READY=1`` once
Home has painted and, when the unit has ``WatchdogSec=``, ``WATCHDOG=1`` from the GUI thread
at half that interval. A GUI thread that hangs stops the pings, and systemd restarts the
kiosk. Without ``NOTIFY_SOCKET`` (Windows, a terminal, tests) every call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)

READY = "READY=1"
STOPPING = "STOPPING=1"
WATCHDOG = "WATCHDOG=1"

_warned = False  # a failure was logged as a warning; later ones go to the debug log


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` to the service manager; False when there is none or it failed."""
    address = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode(), address)
    except OSError as exc:
        global _warned
        # warned once: a watchdog ping that cannot be sent fails again every few seconds
        (log.debug if _warned else log.warning)(
            "could not notify the service manager (%s): %s", message, exc
        )
        _warned = True
        return False
    return True


def watchdog_interval_s(environ: Mapping[str, str] | None = None) -> float | None:
    """How often to send ``WATCHDOG=1`` (half the unit's ``WatchdogSec``), or None when no
    watchdog is asked of this process."""
    env = os.environ if environ is None else environ
    if not env.get("NOTIFY_SOCKET"):
        return None
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
        pid = int(env.get("WATCHDOG_PID", str(os.getpid())))
    except ValueError:
        log.warning("ignoring a malformed WATCHDOG_USEC/WATCHDOG_PID from the service manager")
        return None
    if usec <= 0 or pid != os.getpid():
        return None
    return usec / 2 / 1_000_000
