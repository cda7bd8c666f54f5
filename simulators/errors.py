"""The error a simulator part raises for the client to get as an HTTP answer."""

from __future__ import annotations


class SimulatorError(Exception):
    """An HTTP error answer: status, a message for the ``error`` field and, for a refusal a
    kiosk must tell a citizen about, a reason ``code``."""

    def __init__(self, status: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
