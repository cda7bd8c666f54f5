"""Drain 1,000 queued submissions to the local simulator while the Qt event loop runs.

The simulator runs in its own process (as the province would be on another machine); the
kiosk's sync engine runs on its thread next to a Qt event loop whose longest stall (the
largest gap between 1 ms timer ticks beyond the interval) is recorded.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.peers import start_province

ITEMS = 1000


def run(items: int = ITEMS) -> dict[str, float]:
    """Items per second and the longest UI stall (ms) while draining ``items`` submissions."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import SyncSection
    from kiosk.stores.cache import Cache
    from kiosk.stores.outbox import Outbox
    from kiosk.sync.api import ProvinceApi
    from kiosk.sync.engine import SyncEngine
    from kiosk.sync.status import SyncStatus
    from screens.app import settle_memory
    from simulators.province_api import DEFAULT_TOKEN
    from simulators.sample_payloads import submission

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="kiosk-drain-") as name:
        work = Path(name)
        simulator, url = start_province(work)
        api = ProvinceApi(url, DEFAULT_TOKEN, kiosk_id="BENCH-01")
        outbox, cache = Outbox(work / "outbox.db"), Cache(work / "cache.db")
        engine = SyncEngine(
            api, outbox, cache, zone=ZoneInfo("Asia/Ho_Chi_Minh"), settings=SyncSection(idle_s=3600)
        )
        try:
            engine.run_cycle()  # catalogue, forms and blocks first
            catalogue = cache.load_catalogue()
            assert catalogue is not None
            for index in range(items):
                outbox.enqueue(submission(catalogue, index))
            settle_memory()  # as the kiosk does once its home screen has painted
            drained = threading.Event()

            def on_status(status: SyncStatus) -> None:
                if status.pending == 0:
                    drained.set()

            engine.on_status = on_status
            clock = QElapsedTimer()
            longest_ms = 0.0
            last = 0.0
            tick = QTimer()
            tick.setInterval(1)

            def beat() -> None:
                nonlocal last, longest_ms
                now = clock.nsecsElapsed() / 1e6
                longest_ms = max(longest_ms, now - last - 1)
                last = now
                if drained.is_set():
                    app.quit()

            tick.timeout.connect(beat)
            clock.start()
            started = time.perf_counter()
            tick.start()
            engine.start()
            engine.wake()
            app.exec()
            elapsed = time.perf_counter() - started
            assert outbox.depth().pending == 0, "the outbox did not drain"
        finally:
            engine.stop()
            api.close()
            outbox.close()
            cache.close()
            simulator.terminate()
            simulator.wait()
    return {"items_per_s": items / elapsed, "stall_ms": longest_ms, "seconds": elapsed}


if __name__ == "__main__":
    result = run()
    print(
        f"{ITEMS} items in {result['seconds']:.2f} s = {result['items_per_s']:.0f} items/s; "
        f"longest UI stall {result['stall_ms']:.1f} ms"
    )
