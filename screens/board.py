"""The calling board: a full-screen display of the numbers the counters call.

Each counter shows the number it serves now, in type readable across a waiting room; a new
call flashes its counter and is announced (a chime, then "Mời số … đến quầy số …"); the
latest calls are listed beside, and the office's notices of the day run along the bottom.
It asks the province every two seconds (:class:`kiosk.services.board.BoardFeed`, off the UI
thread) and, when the network drops, keeps the last queue it saw under an "offline since"
bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.model import Catalogue, QueueCall, QueueState
from kiosk.services.board import BoardFeed, BoardView
from screens.background import JobFailed, PendingJobs
from screens.style_state import set_style_state
from screens.widgets import ElidedLabel

POLL_MS = 2_000
CATALOGUE_MS = 10 * 60_000
FLASH_MS = 10_000
NOTICE_MS = 15_000
RECENT_SHOWN = 6
STYLE = """
#board { background: #0b1d33; }
#boardHeader { background: #b3261e; color: white; }
#counterTile { background: #12304f; border-radius: 18px; }
#counterTile[flash="true"] { background: #f59e0b; }
#counterName { color: #cbd5e1; }
#counterTile[flash="true"] #counterName { color: #1f2937; }
#servingNumber { color: white; font-weight: 800; }
#counterTile[flash="true"] #servingNumber { color: #111827; }
#recentTitle, #recentCalls { color: #e2e8f0; }
#notice { color: #fde68a; }
#offlineBar { background: #7f1d1d; color: white; }
"""


class CounterTile(QFrame):
    """One counter: its name and the number it serves."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("counterTile")
        self.setProperty("flash", False)
        layout = QVBoxLayout(self)
        self.name = _label(name, "counterName")
        self.number = _label("—", "servingNumber")
        layout.addWidget(self.name)
        layout.addWidget(self.number, 1)

    def flash(self, on: bool) -> None:
        """Light the tile up (a new call) or back to normal."""
        set_style_state(self, "flash", on, self.name, self.number)


class BoardWindow(QWidget):
    """The board; ``announce`` is given each new call, oldest first (to chime and speak)."""

    def __init__(
        self, feed: BoardFeed, announce: Callable[[QueueCall], object], timezone: str
    ) -> None:
        super().__init__()
        self.setObjectName("board")
        self.setStyleSheet(STYLE)
        self.setWindowTitle("Bảng gọi số")
        self.feed = feed
        self.announce = announce
        self.zone = ZoneInfo(timezone)
        self.view = BoardView(None, False)
        self.tiles: dict[str, CounterTile] = {}
        self.notices: list[str] = []
        self._notice_index = 0
        self._polling = False
        self._flashing: dict[str, QTimer] = {}
        self._jobs = PendingJobs(self)  # nothing lands on a board that was closed

        header = QFrame()
        header.setObjectName("boardHeader")
        top = QHBoxLayout(header)
        self.office = ElidedLabel()  # a long name never widens the board
        self.office.setObjectName("boardHeader")
        self.office.setContentsMargins(16, 8, 16, 8)
        self.clock = _label("", "boardHeader")
        top.addWidget(self.office, 1)
        top.addWidget(self.clock)
        self.offline = _label("", "offlineBar")
        self.offline.hide()
        self.grid = QGridLayout()
        self.grid.setSpacing(18)
        side = QVBoxLayout()
        self.recent_title = _label("Vừa gọi", "recentTitle")
        self.recent = _label("", "recentCalls")
        self.recent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.recent_title)
        side.addWidget(self.recent, 1)
        body = QHBoxLayout()
        body.setContentsMargins(24, 24, 24, 12)
        body.setSpacing(24)
        body.addLayout(self.grid, 3)
        body.addLayout(side, 1)
        self.notice = _label("", "notice")
        self.notice.setWordWrap(True)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.offline)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)

        self._poll_timer = _timer(self, POLL_MS, self.poll)
        self._catalogue_timer = _timer(self, CATALOGUE_MS, self.load_catalogue)
        self._notice_timer = _timer(self, NOTICE_MS, self._next_notice)
        self._clock_timer = _timer(self, 1_000, self._tick)
        self._tick()

    def start(self) -> None:
        """Fetch the catalogue and the queue now, then keep following them."""
        self.load_catalogue()
        self.poll()
        for timer in (
            self._poll_timer,
            self._catalogue_timer,
            self._notice_timer,
            self._clock_timer,
        ):
            timer.start()

    def load_catalogue(self) -> None:
        """Fetch the office's name, counters and notices (off the UI thread)."""
        self._jobs.run(self.feed.catalogue, self.show_catalogue, _ignore)

    def poll(self) -> None:
        """Ask the province for the queue, unless a question is still on its way."""
        if self._polling:
            return
        self._polling = True
        self._jobs.run(self.feed.poll, self.show_view, self._poll_failed)

    def show_catalogue(self, catalogue: Catalogue | None) -> None:
        """The office's name and notices; a tile for every counter."""
        if catalogue is None:
            return
        self.office.setText(catalogue.office.name)
        today = datetime.now(self.zone).date()
        self.notices = [
            f"{notice.title}: {notice.body}"
            for notice in catalogue.announcements
            if notice.shown_on(today)
        ]
        self._next_notice()
        for counter in catalogue.counters:
            self._tile(counter.id, counter.name)

    def show_view(self, view: BoardView) -> None:
        """Show a poll's outcome: the queue, whether it is live, and any new calls."""
        self._polling = False
        self.view = view
        self.offline.setVisible(not view.online)
        if not view.online:
            seen = view.seen_at.astimezone(self.zone) if view.seen_at else None
            self.offline.setText(
                f"Mất kết nối — đang hiển thị trạng thái lúc {seen:%H:%M}, đang thử lại"
                if seen
                else "Mất kết nối với hệ thống — đang thử lại"
            )
        if view.state is None:
            return
        self._show_state(view.state)
        counter_ids = {counter.number: counter.id for counter in view.state.counters}
        for call in view.announce:
            if (counter_id := counter_ids.get(call.counter_number)) in self.tiles:
                self._flash(counter_id)
            self.announce(call)

    def _show_state(self, state: QueueState) -> None:
        for counter in state.counters:
            tile = self._tile(counter.id, counter.name)
            tile.number.setText(counter.serving.number if counter.serving else "—")
        self.recent.setText(
            "\n".join(
                f"{call.number}  →  Quầy {call.counter_number}"
                for call in state.recent_calls[:RECENT_SHOWN]
            )
        )

    def _tile(self, counter_id: str, name: str) -> CounterTile:
        tile = self.tiles.get(counter_id)
        if tile is None:
            tile = CounterTile(name)
            self.tiles[counter_id] = tile
            self._arrange()
        return tile

    def _arrange(self) -> None:
        columns = 3 if self.width() >= self.height() else 2
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        self._fit_type()

    def _flash(self, counter_id: str) -> None:
        tile = self.tiles[counter_id]
        tile.flash(True)
        timer = self._flashing.get(counter_id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: tile.flash(False))
            self._flashing[counter_id] = timer
        timer.start(FLASH_MS)

    def _poll_failed(self, failure: JobFailed) -> None:
        self.show_view(BoardView(self.view.state, False, self.view.seen_at, str(failure)))

    def _next_notice(self) -> None:
        if not self.notices:
            self.notice.setText("")
            return
        self._notice_index = (self._notice_index + 1) % len(self.notices)
        self.notice.setText(self.notices[self._notice_index])

    def _tick(self) -> None:
        now = datetime.now(UTC).astimezone(self.zone)
        self.clock.setText(f"{now:%H:%M}  {now:%d/%m/%Y}")

    def _fit_type(self) -> None:
        """Type in proportion to the screen: numbers as large as their tiles allow, readable
        across a waiting room; the rest in steps of the screen's size."""
        unit = max(8, min(self.width(), self.height() * 16 // 9) // 60)
        columns = 3 if self.width() >= self.height() else 2
        rows = max(1, -(-len(self.tiles) // columns))
        tile_width = self.width() * 3 // 4 // columns
        tile_height = self.height() * 3 // 4 // rows
        number_px = max(24, min(tile_height * 2 // 5, tile_width * 2 // 7))
        for tile in self.tiles.values():
            _pixel_size(tile.name, min(unit * 2, tile_height // 6))
            _pixel_size(tile.number, number_px)
        for label, size in (
            (self.office, unit * 2),
            (self.clock, unit * 2),
            (self.recent_title, unit * 2),
            (self.recent, int(unit * 1.8)),
            (self.notice, int(unit * 1.2)),
            (self.offline, int(unit * 1.5)),
        ):
            _pixel_size(label, size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setContentsMargins(16, 8, 16, 8)
    return label


def _pixel_size(label: QLabel, pixels: int) -> None:
    font = label.font()
    font.setPixelSize(pixels)
    label.setFont(font)


def _timer(parent: QWidget, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def _ignore(_failure: JobFailed) -> None:
    """A catalogue that did not come: the board tries again at the next refresh."""
