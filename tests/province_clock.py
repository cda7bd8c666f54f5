"""The province simulator on a clock the test moves by hand."""

from __future__ import annotations

from datetime import UTC, datetime

START = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
"""08:30 at the office (Asia/Ho_Chi_Minh), a Friday."""


class Clock:
    """A clock the test moves by hand (``now`` starts at :data:`START`)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now
