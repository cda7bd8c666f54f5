"""The queue seen from outside the kiosk: the phone page a ticket's QR opens, and the calling
board, against the province simulator on loopback.

- phone: the page (HTML) and its status answer (JSON) as a phone's refresh asks them;
- board: a poll of ``GET /api/v1/queue``, and the time from a counter's call to the board's
  tile showing the number (a real board window offscreen, polling every 2 s: the call lands
  at a random moment of the poll cycle).

Run alone with ``python -m bench.queue_views``.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator


def run(repeats: int = 20, calls: int = 8) -> dict[str, list[float]]:
    """Milliseconds of each measure, ``repeats`` requests and ``calls`` board calls."""
    with tempfile.TemporaryDirectory() as tmp:
        province = ProvinceSimulator(Path(tmp) / "province.db").start()
        try:
            return {**_phone(province, repeats), **_board(province, calls)}
        finally:
            province.stop()


def _phone(province: ProvinceSimulator, repeats: int) -> dict[str, list[float]]:
    _, ticket = province.store.issue_ticket("ho-tich", False, "K1", province.url)
    page: list[float] = []
    status: list[float] = []
    with httpx.Client() as client:
        for _ in range(repeats):
            for url, times in (
                (ticket["track_url"], page),
                (f"{ticket['track_url']}/status", status),
            ):
                started = time.perf_counter()
                client.get(url).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
    return {"phone_page_ms": page, "phone_status_ms": status}


def _board(province: ProvinceSimulator, calls: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.services.board import BoardFeed
    from kiosk.sync.api import ProvinceApi
    from screens.board import BoardWindow

    app = QApplication.instance() or QApplication([])
    api = ProvinceApi(province.url, DEFAULT_TOKEN, kiosk_id="BOARD", deadline_s=2)
    feed = BoardFeed(api)
    polls = []
    for _ in range(10):
        started = time.perf_counter()
        feed.poll()
        polls.append((time.perf_counter() - started) * 1000)
    board = BoardWindow(BoardFeed(api), lambda _call: None, "Asia/Ho_Chi_Minh")
    board.resize(1920, 1080)
    board.show()
    board.start()
    rng = random.Random(7)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    shown = []
    try:
        wait(1000)
        for _ in range(calls):
            wait(rng.randrange(100, 2000))  # anywhere in the poll cycle
            province.store.issue_ticket("ho-tich", False, "K1", province.url)
            ticket = province.store.call_next("q1")  # the oldest waiting: the phone's, first
            called = time.perf_counter()
            assert ticket is not None
            while (
                board.tiles.get("q1") is None or board.tiles["q1"].number.text() != ticket["number"]
            ):
                app.processEvents()
                time.sleep(0.005)
            shown.append((time.perf_counter() - called) * 1000)
    finally:
        board.close()
        api.close()
    return {"board_poll_ms": polls, "board_call_to_screen_ms": shown}


if __name__ == "__main__":
    for name, values in run().items():
        print(f"{name}: median {statistics.median(values):.1f}, max {max(values):.1f}")
