"""The error a simulator part raises for the client to get as an HTTP answer."""

from __future__ import annotations


class SimulatorError(Exception):
    """An HTTP error answer: status and a message for the ``error`` field."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
