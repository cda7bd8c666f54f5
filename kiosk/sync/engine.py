"""The sync engine: keeps the kiosk and the province in step, on its own thread.

One cycle: push the outbox in order (idempotency key per item), pull catalogue changes from
the cursor, top up the leased ticket-number blocks for today and tomorrow, and send a
heartbeat when one is due. When the province cannot be reached (network trouble, 5xx,
429, or an answer that is not the contract's: a captive portal's page, an error sent as
200) the cycle ends and the next one waits a full-jitter exponential backoff (at least
what Retry-After asked), at most ``offline_probe_s`` while the province cannot be reached at
all: those cycles only probe (delivery waits out its own backoff), so the kiosk is back
online soon after the network returns, and the first probe that gets through delivers what
waited. Nothing is marked delivered on such an answer. A step the province
refused is logged and the other steps still run. An item the province refuses becomes a
dead letter for a technician; a refused session is re-opened by the API client, and a
refused device token is reported. Each cause of failure is logged once, when it starts.

A pull is bounded: at most ``MAX_PAGES_PER_CYCLE`` pages per cycle (the rest next cycle), a
cursor that comes back again is an error, and a 410 leads to one full download of at most
``MAX_RESYNC_CHANGES`` changes, never to another within ``RESYNC_PAUSE_S``.

Qt-free: the screens learn about changes through the ``on_status`` and ``on_catalogue``
callbacks, which run on the sync thread.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from kiosk import __version__
from kiosk.config import SyncSection
from kiosk.domain.payloads import (
    OfflineTicketPayload,
    PaymentPayload,
    PrintResultPayload,
    RatingPayload,
    SubmissionPayload,
    TicketVoidPayload,
)
from kiosk.stores.cache import Cache
from kiosk.stores.outbox import Outbox, OutboxItem
from kiosk.sync.api import ApiError, ChangePage, ProvinceApi
from kiosk.sync.office_clock import OfficeClock
from kiosk.sync.status import SyncStatus

log = logging.getLogger(__name__)

LAST_PULL = "last_pull_at"
LAST_PUSH = "last_push_at"
CLOCK_OFFSET = "clock_offset_s"
PUSH_BATCH = 25  # items sent before their delivery is written down (one transaction)
MAX_PAGES_PER_CYCLE = 50
MAX_RESYNC_CHANGES = 100_000
MAX_RESYNC_PAGES = 2_000
RESYNC_PAUSE_S = 3600.0
REFUSALS_IN_A_ROW = 3
POISON_ATTEMPTS = 10
BLOCK_DAYS = 2  # numbers are leased for today and tomorrow


class Backoff:
    """Full-jitter exponential backoff: wait uniform(0, min(cap, base·2ⁿ)) after n failures."""

    def __init__(self, base_s: float, cap_s: float, rng: random.Random) -> None:
        self.base_s = base_s
        self.cap_s = cap_s
        self.failures = 0
        self._rng = rng

    def next_delay(self, at_least_s: float = 0.0) -> float:
        """The wait before the next try after one more failure."""
        self.failures += 1
        ceiling = min(self.cap_s, self.base_s * 2 ** min(self.failures, 30))
        if not math.isfinite(at_least_s):
            at_least_s = ceiling
        return max(at_least_s, self._rng.uniform(0, ceiling))

    def reset(self) -> None:
        """A success: the next failure starts from the base again."""
        self.failures = 0


class CycleFailed(Exception):
    """A step of a cycle failed.

    ``reachable``: the province answered (the trouble is in what was said), as opposed to
    the network or the province being down. ``retry_after_s`` is the pause it asked for.
    """

    def __init__(
        self, reason: str, retry_after_s: float = 0.0, *, reachable: bool = False, cause: str = ""
    ) -> None:
        super().__init__(reason)
        self.retry_after_s = retry_after_s
        self.reachable = reachable
        self.cause = cause or reason

    @classmethod
    def from_api(cls, step: str, error: ApiError, about: str = "") -> CycleFailed:
        """The failure of ``step`` (``about`` what) because of ``error``. An answer that is
        not the contract's does not count as the province answering: it may be a portal's."""
        return cls(
            f"{step}{about}: {error}",
            error.retry_after_s,
            reachable=error.kind == "rejected",
            cause=f"{step}: {error.cause}",
        )


class _NotNow(Exception):
    """An outbox item could not be delivered now: why, and how the cycle fails."""

    def __init__(self, error: str, failure: CycleFailed) -> None:
        super().__init__(error)
        self.error = error
        self.failure = failure


class SyncEngine:
    """Pushes the outbox, pulls the catalogue, leases ticket blocks, sends heartbeats."""

    def __init__(
        self,
        api: ProvinceApi,
        outbox: Outbox,
        cache: Cache,
        *,
        zone: ZoneInfo,
        settings: SyncSection | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.api = api
        self.outbox = outbox
        self.cache = cache
        self.zone = zone
        self.settings = settings or SyncSection()
        # set by the process that owns the printer (the kiosk's window): its state for the
        # heartbeat
        self.printer_report: Callable[[], dict[str, str]] = lambda: {
            "state": "UNKNOWN",
            "detail": "not watched by this process",
        }
        # only the window's process beats: kiosk sync or kiosk reprint must not overwrite
        # what the province knows of the printer
        self.sends_heartbeat = True
        #: what each heartbeat carries (the composition root adds the diagnostic summary)
        self.heartbeat_report: Callable[[], dict[str, Any]] = self.heartbeat_body
        self.on_status: Callable[[SyncStatus], None] = lambda _status: None
        self.on_catalogue: Callable[[], None] = lambda: None
        #: the office's time by the province's clock (measured at each heartbeat)
        self.clock = OfficeClock(zone, _number(cache.get_value(CLOCK_OFFSET)))
        rng = rng or random.Random()
        self._backoff = Backoff(self.settings.backoff_base_s, self.settings.backoff_cap_s, rng)
        self._push_backoff = Backoff(self.settings.backoff_base_s, self.settings.backoff_cap_s, rng)
        #: delivery waits until then after it failed to reach the province (its own backoff:
        #: the cycles in between only probe, so the kiosk sees the network return quickly)
        self._push_resume_at = 0.0
        self._push_held = False
        self._status_lock = threading.Lock()
        self._status = SyncStatus(
            last_pull_at=_parse(cache.get_value(LAST_PULL)),
            last_push_at=_parse(cache.get_value(LAST_PUSH)),
        )
        self._next_heartbeat = 0.0
        self._heartbeat_requested = False
        self._logged_cause = ""
        self._resynced_at = -math.inf
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- running ---------------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        """The latest status (thread-safe snapshot)."""
        with self._status_lock:
            return self._status

    def start(self) -> None:
        """Run cycles on a background thread until :meth:`stop`."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Ask the thread to finish its current step, wait for it, and drop the listeners."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        self.on_status = lambda _status: None
        self.on_catalogue = lambda: None

    def wake(self) -> None:
        """Start the next cycle now (something was queued, or the province answered)."""
        self._wake.set()

    def heartbeat_soon(self) -> None:
        """Send a heartbeat in the next cycle, due or not (e.g. the printer changed)."""
        self._heartbeat_requested = True

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                failure = self.run_cycle()
            except Exception as exc:  # e.g. the outbox unreadable: keep trying, slowly
                log.exception("sync cycle failed unexpectedly")
                failure = CycleFailed(f"internal error: {exc}", reachable=True)
            delay = self.cycle_delay(failure)
            # a wake-up (a ticket printed, the desk reached the province) may cut the
            # jittered backoff short, but never the pause the province asked for
            asked = min(failure.retry_after_s, delay) if failure else 0.0
            if asked and self._stop.wait(asked):
                return
            self._wake.wait(delay - asked)

    def cycle_delay(self, failure: CycleFailed | None) -> float:
        """How long to wait after a cycle: idle interval on success, backoff on failure;
        while the province cannot be reached at all, at most ``offline_probe_s`` (what it
        asked for with Retry-After is always honoured)."""
        if failure is None:
            self._backoff.reset()
            return self.settings.idle_s
        delay = self._backoff.next_delay(failure.retry_after_s)
        if failure.reachable:
            return delay
        return max(failure.retry_after_s, min(delay, self.settings.offline_probe_s))

    def run_cycle(self) -> CycleFailed | None:
        """One push–pull–lease–heartbeat cycle; returns its first failure, or None.

        A step that failed because the province is unreachable ends the cycle; a step the
        province answered badly is logged and the next steps still run, so one bad
        catalogue entry or refused heartbeat does not stop tickets, leases or delivery.
        """
        first: CycleFailed | None = None
        steps = [self.push, self.pull, self.lease_blocks, self.heartbeat_if_due]
        while steps and not self._stop.is_set():
            step = steps.pop(0)
            try:
                step()
            except CycleFailed as failure:
                first = first or failure
                if not failure.reachable:
                    break
            except Exception as exc:  # a bug must not kill the thread that delivers everything
                log.exception("sync step %s failed unexpectedly", step.__name__)
                first = first or CycleFailed(
                    f"internal error in {step.__name__}: {exc}", reachable=True
                )
            if self._push_held and step != self.push and (first is None or first.reachable):
                # the province answers again while delivery was waiting: deliver now
                self._push_resume_at = 0.0
                self._push_backoff.reset()
                steps.insert(0, self.push)
        self._log_cause(first)
        online = first is None or first.reachable
        self._update(online=online, problem=str(first) if first else "")
        return first

    def _log_cause(self, failure: CycleFailed | None) -> None:
        """Log a failure when its cause is new, and the recovery; not every retry."""
        cause = failure.cause if failure else ""
        if cause != self._logged_cause:
            if failure is not None:
                log.warning("sync: %s", failure)
            else:
                log.info("sync: working again after %s", self._logged_cause)
            self._logged_cause = cause

    def note_reachable(self, reachable: bool, problem: str = "") -> None:
        """Another part of the kiosk talked to the province (or failed to)."""
        if reachable and self.status.online is False:
            self.wake()
        self._update(online=reachable, problem=problem)

    # -- the steps -------------------------------------------------------------------------

    def push(self) -> int:
        """Deliver pending items in order until none is left; returns how many were sent.

        After a push that could not reach the province, delivery waits out its own backoff
        (the cycles in between only probe); the first cycle that reaches the province again
        ends that wait.

        Stops at the first item the province could not take now (it stays first in line),
        and after ``REFUSALS_IN_A_ROW`` refusals in a row: a run of refusals more likely
        means something between the kiosk and the province is wrong than that every item
        is, so the rest wait for the next cycle instead of all becoming dead letters.
        """
        self._push_held = time.monotonic() < self._push_resume_at
        if self._push_held:
            return 0
        try:
            sent = self._push_pending()
        except CycleFailed as failure:
            if not failure.reachable:
                self._push_resume_at = time.monotonic() + self._push_backoff.next_delay(
                    failure.retry_after_s
                )
            raise
        self._push_backoff.reset()
        return sent

    def _push_pending(self) -> int:
        sent = refused = 0
        while batch := self.outbox.pending(PUSH_BATCH):
            answers: list[tuple[str, str]] = []
            try:
                for item in batch:
                    if self._stop.is_set():
                        return sent
                    try:
                        answer = self._push_one(item)
                    except _NotNow as not_now:
                        # the items delivered before it are recorded first: whoever waits
                        # for one of them must not take this failure for theirs
                        self._record_delivered(answers)
                        answers = []
                        self.outbox.attempt_failed(item.key, not_now.error)
                        raise not_now.failure from not_now
                    if answer is None:
                        refused += 1
                        if refused >= REFUSALS_IN_A_ROW:
                            raise CycleFailed(
                                f"{refused} items refused in a row; pausing delivery",
                                reachable=True,
                            )
                        continue
                    answers.append((item.key, answer))
                    sent, refused = sent + 1, 0
            finally:
                self._record_delivered(answers)
        return sent

    def _record_delivered(self, answers: list[tuple[str, str]]) -> None:
        """Keep the province's answers to delivered items (one transaction)."""
        if answers:
            self.outbox.delivered(answers)
            now = datetime.now(UTC)
            self.cache.set_value(LAST_PUSH, now.isoformat())
            self._update(last_push_at=now)

    def _push_one(self, item: OutboxItem) -> str | None:
        """Deliver one item: its answer, or None if it became a dead letter.

        Raises _NotNow when it could not be delivered now (it stays pending).
        """
        try:
            return self._deliver(item).model_dump_json()
        except ApiError as exc:
            if exc.kind == "rejected":
                self._dead(item, str(exc))
                return None
            if exc.status == 500 and item.attempts + 1 >= POISON_ATTEMPTS:
                # the same item keeps breaking the province while others pass: a dead
                # letter for a technician, so it stops holding up everything behind it
                self._dead(item, f"HTTP 500 on {item.attempts + 1} attempts: {exc}")
                return None
            # an answer that is not the province's acceptance included: the item is sent
            # again later with the same key (the province replays its first answer)
            self._note_invalid(exc)
            raise _NotNow(
                str(exc),
                CycleFailed.from_api("push", exc, about=f" stopped at {item.kind} {item.key}"),
            ) from exc
        except (KeyError, TypeError, ValueError) as exc:  # a malformed payload never heals
            log.exception("outbox item %s (%s) cannot be sent", item.key, item.kind)
            self._dead(item, f"cannot be sent: {exc!r}")
            return None

    def _dead(self, item: OutboxItem, reason: str) -> None:
        log.error("outbox item %s (%s) is now a dead letter: %s", item.key, item.kind, reason)
        self.outbox.dead_letter(item.key, reason)

    def _deliver(self, item: OutboxItem) -> BaseModel:
        """Send one item (ValueError when its payload is not a valid one of its kind)."""
        api, key = self.api, item.key
        match item.data:
            case PrintResultPayload() as result:
                return api.report_print(key, result.ticket_id, result.printed, result.reason)
            case OfflineTicketPayload() as report:
                return api.report_offline_ticket(key, report)
            case TicketVoidPayload() as void:
                ticket = api.issue_ticket(
                    void.ticket_key, void.field_id, void.priority, waiting=False
                )
                return api.report_print(key, ticket.id, False, void.reason)
            case SubmissionPayload() as submission:
                return api.submit(key, submission)
            case RatingPayload() as rating:
                return api.rate(key, rating)
            case PaymentPayload() as payment:
                return api.create_payment(key, payment)
        raise ValueError(f"unknown outbox item kind {item.kind!r}")

    def pull(self) -> bool:
        """Apply catalogue changes since the cursor; True if anything changed.

        A 410 (the province no longer has changes that old) downloads everything again and
        swaps it in at once, so the kiosk keeps its old catalogue until the new one is whole.
        """
        cursor = self.cache.cursor()
        changed, more = False, False
        try:
            for page in self._pages(cursor, MAX_PAGES_PER_CYCLE):
                changed |= self.cache.apply_changes(page.changes, page.cursor) > 0
                more = page.has_more
        except ApiError as exc:
            if exc.status != 410:
                self._note_invalid(exc)
                raise CycleFailed.from_api("catalogue pull", exc) from exc
            changed, more = self._download_all(cursor), False
        if changed:
            self.on_catalogue()
        if more and not self._stop.is_set():
            raise CycleFailed(
                f"catalogue pull: more than {MAX_PAGES_PER_CYCLE} pages of "
                "changes; the rest in the next cycle",
                reachable=True,
                cause="catalogue pull: too many pages",
            )
        now = datetime.now(UTC)
        self.cache.set_value(LAST_PULL, now.isoformat())
        self._update(last_pull_at=now)
        return changed

    def _download_all(self, expired: str) -> bool:
        """Download the whole catalogue again after ``expired`` was refused with 410, and swap
        it in once whole: at most ``MAX_RESYNC_CHANGES`` changes, staged on disk rather than
        held in memory, and no second whole download within ``RESYNC_PAUSE_S``."""
        if time.monotonic() - self._resynced_at < RESYNC_PAUSE_S:
            raise CycleFailed(
                f"catalogue pull: cursor {expired!r} refused (410) again "
                "right after a full download; keeping the catalogue",
                reachable=True,
                cause="catalogue pull: 410 again",
            )
        log.warning("catalogue cursor %r expired; downloading the catalogue again", expired)
        count, last, more = 0, "", True
        try:
            for page in self._pages("", MAX_RESYNC_PAGES):
                self.cache.stage(page.changes, first=count == 0)
                count += len(page.changes) or 1
                last, more = page.cursor, page.has_more
                if count > MAX_RESYNC_CHANGES:
                    break
        except ApiError as again:
            self._note_invalid(again)
            raise CycleFailed.from_api("catalogue download", again) from again
        if more:
            if self._stop.is_set():
                return False
            raise CycleFailed(
                f"catalogue download: more than {MAX_RESYNC_CHANGES} changes "
                "or no end; keeping the catalogue",
                reachable=True,
                cause="catalogue download: too large",
            )
        self.cache.swap_in_staged(last)
        self._resynced_at = time.monotonic()
        return True

    def _pages(self, cursor: str, max_pages: int) -> Iterator[ChangePage]:
        """Pages of changes after ``cursor`` until the last one or ``max_pages`` (the rest
        waits for the next cycle). A cursor seen before in this pull is an ApiError."""
        seen = {cursor}
        for _ in range(max_pages):
            if self._stop.is_set():
                return
            page = self.api.catalogue_changes(cursor)
            if page.has_more and page.cursor in seen:
                raise ApiError(
                    "invalid_response",
                    f"catalogue cursor {page.cursor!r} came back: the changes go round in a circle",
                )
            yield page
            if not page.has_more:
                return
            seen.add(page.cursor)
            cursor = page.cursor

    def _note_invalid(self, error: ApiError) -> None:
        """Count an answer that was not the contract's (diag and the heartbeat show it)."""
        if error.kind == "invalid_response":
            self._update(invalid_answers=self.status.invalid_answers + 1)

    def lease_blocks(self) -> int:
        """Keep enough leased numbers per field for today and tomorrow; returns new leases."""
        catalogue = self.cache.load_catalogue()
        if catalogue is None:
            return 0
        today = self.clock.today()
        leased = 0
        for offset in range(BLOCK_DAYS):
            day = today + timedelta(days=offset)
            for field in catalogue.fields:
                if self._stop.is_set():
                    return leased
                if self.outbox.numbers_left(field.id, day) >= self.settings.block_size // 2:
                    continue
                try:
                    block = self.api.lease_block(
                        self.outbox.lease_key(field.id, day),
                        field.id,
                        day,
                        self.settings.block_size,
                    )
                except ApiError as exc:
                    if exc.kind == "rejected":
                        log.warning("no block leased for %s on %s: %s", field.id, day, exc)
                        continue
                    self._note_invalid(exc)
                    raise CycleFailed.from_api("block lease", exc) from exc
                self.outbox.add_block(block)
                leased += 1
        return leased

    def heartbeat_if_due(self) -> bool:
        """Send a heartbeat if the interval has passed or one was asked for; True if sent."""
        if not self.sends_heartbeat or (
            not self._heartbeat_requested and time.monotonic() < self._next_heartbeat
        ):
            return False
        report = self.heartbeat_report()  # may itself find the printer changed
        self._heartbeat_requested = False  # a request made from here on is for the next one
        sent = self.clock.system_now()
        try:
            reply = self.api.heartbeat(report)
        except ApiError as exc:
            self._heartbeat_requested = True
            self._note_invalid(exc)
            raise CycleFailed.from_api("heartbeat", exc) from exc
        if self.clock.note_server_time(reply.server_time, sent, self.clock.system_now()):
            self.cache.set_value(CLOCK_OFFSET, f"{self.clock.offset_s:.3f}")
        interval = (
            reply.next_heartbeat_s if reply.next_heartbeat_s > 0 else (self.settings.heartbeat_s)
        )
        self._next_heartbeat = time.monotonic() + min(interval, 3600)
        return True

    def heartbeat_body(self) -> dict[str, Any]:
        """The heartbeat's own body: outbox depth, last sync, printer state and version (the
        printer's state is the one the desk last read: nothing here waits on a device)."""
        depth = self.outbox.depth()
        status = self.status
        return {
            "version": __version__,
            "sent_at": datetime.now(UTC).isoformat(),
            "outbox": {
                "pending": depth.pending,
                "dead": depth.dead,
                "oldest_pending_at": _iso(depth.oldest_pending_at),
            },
            "last_pull_at": _iso(status.last_pull_at),
            "last_push_at": _iso(status.last_push_at),
            "catalogue_cursor": self.cache.cursor(),
            "printer": self.printer_report(),
        }

    # -- status ----------------------------------------------------------------------------

    def _update(self, **changes: Any) -> None:
        depth = self.outbox.depth()
        with self._status_lock:
            before = self._status
            self._status = replace(before, pending=depth.pending, dead=depth.dead, **changes)
            after = self._status
        if after != before:
            self.on_status(after)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _number(value: str | None) -> float:
    try:
        number = float(value or 0)
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0


def _parse(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
