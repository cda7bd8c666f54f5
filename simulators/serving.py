"""Running a socketserver on a background thread, for the simulators."""

from __future__ import annotations

import logging
import socketserver
import sys
import threading
from typing import Any

log = logging.getLogger(__name__)


class LoggedErrors:
    """Mixin for socketservers: a failed request goes to the log, not to stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):  # the client hung up (or was killed)
            log.debug("client %s went away: %s", client_address, error)
            return
        log.warning("request from %s failed", client_address, exc_info=True)


class ServerThread:
    """Serves ``server`` on a daemon thread between :meth:`start` and :meth:`stop`."""

    def __init__(self, server: socketserver.BaseServer, name: str) -> None:
        self.server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name=name
        )

    def start(self) -> None:
        """Start serving."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the listening socket (clients are then refused)."""
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
