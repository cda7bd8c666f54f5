"""The error a simulator part raises for the client to get as an HTTP answer."""

from __future__ import annotations

from typing import Any


class SimulatorError(Exception):
    """An HTTP error answer: status, a message for the ``error`` field and, for a refusal a
    kiosk must tell a citizen about, a reason ``code`` (and any ``more`` fields the contract
    gives that refusal)."""

    def __init__(self, status: int, message: str, code: str = "", **more: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.more = more

    def body(self) -> dict[str, Any]:
        """The error answer's JSON body."""
        body: dict[str, Any] = {"error": str(self)}
        if self.code:
            body["code"] = self.code
        return body | self.more
