"""What a calling board shows: the province's queue, followed live, its calls announced once.

A board (``kiosk board``: a second screen, or a PC in the waiting room) asks the province for
today's queue every few seconds. When the network drops it keeps the last queue it saw, marked
offline with that moment, and says nothing new; once back, only calls it has not announced
yet are announced (a recall counts anew). The catalogue (the office's name, counters and
notices) is fetched whole into memory: a board keeps no store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.domain.model import Catalogue, QueueCall, QueueState
from kiosk.stores.cache import catalogue_from_bodies, entity_body
from kiosk.sync.api import ApiError, ProvinceApi

log = logging.getLogger(__name__)

MAX_CATALOGUE_PAGES = 100


@dataclass(frozen=True)
class BoardView:
    """The board after one poll: the last queue seen, whether it is live, and the calls to
    announce now (oldest first)."""

    state: QueueState | None
    online: bool
    seen_at: datetime | None = None
    """When ``state`` was fetched (the board's clock): shown while offline."""
    problem: str = ""
    announce: tuple[QueueCall, ...] = ()


@dataclass
class BoardFeed:
    """Follows the province's queue for one board; call :meth:`poll` off the UI thread."""

    api: ProvinceApi
    _view: BoardView = field(default_factory=lambda: BoardView(None, False))
    _announced: set[tuple[str, int, int]] | None = None

    def poll(self) -> BoardView:
        """Ask the province once; the view to show (the last one, offline, if it failed)."""
        try:
            state = self.api.queue()
        except ApiError as exc:
            if self._view.online:
                log.warning("calling board offline: %s", exc.cause)
            self._view = BoardView(self._view.state, False, self._view.seen_at, exc.cause)
            return self._view
        calls = sorted(_current_calls(state), key=lambda call: call.called_at)
        keys = {_key(call) for call in calls}
        if self._announced is None:  # a board that starts says nothing that was said before
            announce: list[QueueCall] = []
            self._announced = keys
        else:
            announce = [call for call in calls if _key(call) not in self._announced]
            self._announced |= keys
        self._view = BoardView(state, True, datetime.now(UTC), "", tuple(announce))
        return self._view

    def catalogue(self) -> Catalogue | None:
        """The whole catalogue now (None if the province cannot give it)."""
        bodies: dict[tuple[str, str], str] = {}
        cursor = ""
        try:
            for _ in range(MAX_CATALOGUE_PAGES):
                page = self.api.catalogue_changes(cursor)
                for change in page.changes:
                    body = entity_body(change)
                    bodies.pop((change.kind, change.id), None)  # moved to its latest place
                    if body is not None:
                        bodies[(change.kind, change.id)] = body
                cursor = page.cursor
                if not page.has_more:
                    break
            return catalogue_from_bodies((kind, body) for (kind, _id), body in bodies.items())
        except (ApiError, ValueError) as exc:
            log.warning("calling board: no catalogue: %s", exc)
            return None


def _current_calls(state: QueueState) -> Iterator[QueueCall]:
    for counter in state.counters:
        if counter.serving is not None:
            yield counter.serving


def _key(call: QueueCall) -> tuple[str, int, int]:
    return call.number, call.counter_number, call.calls
