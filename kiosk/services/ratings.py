"""Citizens' ratings of the service at a counter (đánh giá mức độ hài lòng).

A rating is a score from 1 (not satisfied) to 4 (very satisfied), optionally with a reason —
one of ``REASON_CODES`` (the screens offer them as buttons and word them) or a short free
text, cleaned like form text and cut to ``MAX_REASON`` characters — and the ticket number
the citizen was served under. It is queued for the province and delivered by the sync
engine; nothing waits for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

from kiosk.domain.codes import TICKET_NUMBER
from kiosk.domain.model import Catalogue
from kiosk.domain.payloads import RatingPayload
from kiosk.services.forms import clean_text
from kiosk.stores.outbox import Outbox
from kiosk.sync.engine import SyncEngine

REASON_CODES = ("long_wait", "staff_attitude", "unclear_guidance", "extra_documents", "facilities")
"""Reasons the screens offer, sent as these codes."""
MAX_REASON = 200

RatingProblem = Literal["unknown_counter", "bad_score", "bad_ticket_number"]


class RatingInvalid(ValueError):
    """A rating the kiosk will not queue: ``kind`` says why.

    - unknown_counter: not a counter of the catalogue (or no catalogue arrived yet);
    - bad_score: not a whole number from 1 to 4;
    - bad_ticket_number: not a queue number such as A012.
    """

    def __init__(self, kind: RatingProblem) -> None:
        super().__init__(kind)
        self.kind = kind


class Ratings:
    """Queues citizens' ratings for the province."""

    def __init__(
        self,
        outbox: Outbox,
        sync: SyncEngine,
        catalogue: Callable[[], Catalogue | None],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._outbox = outbox
        self._sync = sync
        self._catalogue = catalogue
        self._clock = clock

    def rate(
        self, counter_id: str, score: int, reason: str = "", ticket_number: str | None = None
    ) -> str:
        """Queue a rating of a counter; returns its outbox key. Raises RatingInvalid."""
        catalogue = self._catalogue()
        if catalogue is None or all(counter.id != counter_id for counter in catalogue.counters):
            raise RatingInvalid("unknown_counter")
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 4:
            raise RatingInvalid("bad_score")
        number = clean_text(ticket_number or "").upper() or None
        if number is not None and not re.fullmatch(TICKET_NUMBER, number):
            raise RatingInvalid("bad_ticket_number")
        item = self._outbox.enqueue(
            RatingPayload(
                counter_id=counter_id,
                score=score,
                reason=clean_text(reason)[:MAX_REASON].rstrip(),
                ticket_number=number,
                rated_at=self._clock().astimezone(UTC).isoformat(),
            )
        )
        self._sync.wake()
        return item.key
