"""Another process holding the outbox's write lock costs a citizen at most the busy timeout
and a clear answer, never a lost or a ghost ticket."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator

import pytest

from kiosk.core import KioskCore
from kiosk.domain.model import Catalogue
from kiosk.stores.engine import BUSY_TIMEOUT_MS

HOLD_S = 12.0
MARGIN_S = 2.0


@pytest.fixture
def catalogue(core: KioskCore) -> Catalogue:
    assert core.sync.run_cycle() is None  # the catalogue and the leased blocks are in
    found = core.catalogue()
    assert found is not None
    return found


@pytest.fixture
def sibling_holding_the_lock(core: KioskCore, catalogue: Catalogue) -> Iterator[threading.Event]:
    """A sibling process's connection that takes the outbox's write lock for ``HOLD_S`` (or
    until the event is set)."""
    release, taken = threading.Event(), threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(core.paths.outbox_db, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        taken.set()
        release.wait(HOLD_S)
        connection.execute("ROLLBACK")
        connection.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert taken.wait(10)
    yield release
    release.set()
    thread.join(10)


def test_a_locked_outbox_answers_the_citizen_within_the_busy_timeout(
    core: KioskCore, catalogue: Catalogue, sibling_holding_the_lock: threading.Event
) -> None:
    started = time.monotonic()
    outcome = core.desk.take(catalogue.fields[0].id, catalogue)
    took = time.monotonic() - started
    assert outcome.kind == "unavailable" and "busy" in outcome.detail
    assert took < BUSY_TIMEOUT_MS / 1000 + MARGIN_S < HOLD_S
    sibling_holding_the_lock.set()
    assert core.outbox.ticket(outcome.key) is None  # nothing half-recorded
    again = core.desk.take(catalogue.fields[0].id, catalogue)
    assert again.kind == "issued" and core.outbox.tickets("issued")[0].key == again.key
