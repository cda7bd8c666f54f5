"""What the sync engine last knew, as the screens show it (no network, no stores here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncStatus:
    """What the sync engine last knew: for the status line, the heartbeat and technicians."""

    online: bool | None = None  # None until the province was first tried
    pending: int = 0
    dead: int = 0
    last_pull_at: datetime | None = None
    last_push_at: datetime | None = None
    problem: str = ""
    #: answers since start that were not the contract's (a portal's page, an error as 200)
    invalid_answers: int = 0
