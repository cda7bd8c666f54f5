"""Every journey of the kiosk, step by step, driven by taps as a citizen would.

The kiosk runs on the real simulators (province API, virtual printer) in a real window of the
size asked for. At each meaningful state of each journey the walk calls ``visit`` with the
state's name and the looks worth seeing it in; when the kiosk prints, ``printed`` gets the
job. The screenshot tool grabs the window at each visit; the geometry tests check it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kiosk.paths import ASSETS_DIR
from screens.routes import Route
from simulators.faults import FaultSettings

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QListWidget, QWidget

    from screens.announcements import AnnouncementsScreen
    from screens.home import HomeScreen
    from screens.keyboard_slot import KeyboardSlot
    from screens.main_window import MainWindow
    from screens.navigator import Navigator
    from screens.procedures import ProcedureDetailScreen
    from simulators.province_api import ProvinceSimulator
    from simulators.virtual_printer import Fault, PrintedJob, VirtualPrinter


@dataclass(frozen=True)
class Looks:
    """Besides Vietnamese in the standard look, which looks a state is worth seeing in."""

    en: bool = False
    hc: bool = False
    large: bool = False


@dataclass(frozen=True)
class Panel:
    """A touch panel kiosks are sold with: its pixels, and its size in millimetres as its
    display reports it (a panel turned to portrait often still reports its landscape size)."""

    name: str
    size: tuple[int, int]
    reported_mm: tuple[float, float]


LAYOUT_ROUNDS = 5


def settle_layouts() -> None:
    """Run the layout requests a change posts: it ripples up one level of widgets per round
    (label, tile, grid, screen), so fewer rounds measure stale sizes."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(LAYOUT_ROUNDS):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


PANELS = (
    Panel("1080x1920", (1080, 1920), (403, 716)),  # a 32-inch standing kiosk, portrait
    Panel("1080x1920-rotated", (1080, 1920), (476, 268)),  # a 21.5-inch panel turned upright
    Panel("1920x1080", (1920, 1080), (476, 268)),  # 21.5-inch, landscape
    Panel("1920x1080-15in", (1920, 1080), (344, 194)),  # 15.6-inch: small pixels, larger type
    Panel("1366x768", (1366, 768), (344, 194)),  # a 15.6-inch all-in-one touch PC
    Panel("1280x800", (1280, 800), (261, 163)),  # a 12.1-inch panel
    Panel("1280x1024", (1280, 1024), (376, 301)),  # a 19-inch 5:4 panel
)
"""The sizes every screen is checked at and shown in ``docs/screenshots/sheet-*.png``."""

Visit = Callable[["Walk", str, Looks], None]
"""Called at each state: the walk, the state's name (``home``, ``payment-qr``…), its looks."""
Printed = Callable[[str, "PrintedJob"], None]
"""Called with a name (``ticket-80mm``…) and each job the kiosk printed on the way."""


def wait_for(signal: SignalInstance, timeout_ms: int = 15_000) -> None:
    """Run the event loop until ``signal`` fires (or fail after ``timeout_ms``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    signal.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        if loop.exec() != 0:
            raise TimeoutError(f"no signal within {timeout_ms} ms")
    finally:
        signal.disconnect(loop.quit)


def wait_until(predicate: Callable[[], bool], timeout_ms: int = 15_000) -> None:
    """Run the event loop until ``predicate()`` holds (or fail after ``timeout_ms``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if predicate():
            loop.quit()

    poll.timeout.connect(check)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: loop.exit(1))
    poll.start()
    give_up.start(timeout_ms)
    failed = not predicate() and loop.exec() != 0
    poll.stop()
    give_up.stop()
    if failed:
        raise TimeoutError(f"not ready within {timeout_ms} ms")


class Walk:
    """The kiosk running on the simulators, and the taps and scans that drive it."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        province: ProvinceSimulator,
        printer: VirtualPrinter,
        visit: Visit,
        printed: Printed,
    ) -> None:
        self.app = app
        self.window = window
        self.province = province
        self.printer = printer
        self._visit = visit
        self._printed = printed
        self.jobs_seen = 0

    @property
    def navigator(self) -> Navigator:
        return self.window.navigator

    def screen(self, name: Route) -> Any:
        """The screen registered as ``name`` (typed loosely: its own attributes are used)."""
        return self.window.navigator.screen(name)

    def settle(self) -> None:
        """Let posted events (layout, style, language changes) take effect."""
        settle_layouts()

    def state(self, name: str, *, en: bool = False, hc: bool = False, large: bool = False) -> None:
        """The kiosk shows the state ``name``: let the visitor see it."""
        self.settle()
        self._visit(self, name, Looks(en, hc, large))

    def job(self, name: str) -> None:
        """Wait for the next job the printer receives and hand it on as ``name``."""
        self.jobs_seen += 1
        job = self.printer.wait_for_jobs(self.jobs_seen)[self.jobs_seen - 1]
        self._printed(name, job)

    def tap(self, widget: QWidget) -> None:
        """A finger on the middle of ``widget``."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.settle()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    def tap_row(self, items: QListWidget, value: object = None, row: int = 0) -> None:
        """A finger on the list's row whose data is ``value`` (or on row ``row``)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.settle()
        if value is not None:
            row = next(
                i
                for i in range(items.count())
                if items.item(i).data(Qt.ItemDataRole.UserRole) == value
            )
        item = items.item(row)
        items.scrollToItem(item)
        self.settle()
        centre = items.visualItemRect(item).center()
        QTest.mouseClick(
            items.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        self.settle()

    def type_keys(self, keyboard: KeyboardSlot, text: str) -> None:
        """Touch the on-screen keys spelling ``text``."""
        for char in text:
            self.tap(keyboard.button("space" if char == " " else char))

    def start(self, journey: str) -> Any:
        """From Home, touch a journey's tile; return its screen."""
        self.navigator.home()
        self.tap(self.screen(Route.HOME).journey_tiles[journey])
        if self.navigator.current_name != journey:  # e.g. a tap guard swallowed the tap
            raise RuntimeError(
                f"touching the {journey} tile left the kiosk on {self.navigator.current_name}"
            )
        return self.navigator.current


WALK_STARTS_AT = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
"""When every walk starts by the province's clock (which the kiosk follows): 09:00 at the
office (Asia/Ho_Chi_Minh), a Friday, so a walk's bookings, opening hours and office day are
the same whenever it runs, and no walk straddles midnight."""


def walk_clock() -> Callable[[], datetime]:
    """A clock that starts at ``WALK_STARTS_AT`` now and runs as the real one does."""
    started = time.monotonic()
    return lambda: WALK_STARTS_AT + timedelta(seconds=time.monotonic() - started)


@contextmanager
def running_kiosk(panel: Panel) -> Iterator[tuple[MainWindow, Any, Any]]:
    """The kiosk's window filling ``panel`` on a fresh simulator and virtual printer, synced:
    ``(window, province, printer)``; all stopped and removed afterwards."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from kiosk.cli import build_kiosk_core
    from kiosk.config import load_config
    from screens.app import create_window, setup_application
    from simulators.province_api import ProvinceSimulator
    from simulators.virtual_printer import VirtualPrinter

    # the running application is a QApplication; Qt types it as its base
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv)
    setup_application(app)
    work = Path(tempfile.mkdtemp(prefix="kiosk-walk-"))
    province = ProvinceSimulator(work / "province.db", clock=walk_clock()).start()
    printer = VirtualPrinter(
        work / "printed", font_path=ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf"
    ).start()
    config_file = work / "kiosk.toml"
    config_file.touch()
    try:
        config = load_config(
            environ={
                "KIOSK_CONFIG": str(config_file),
                "KIOSK_API_BASE_URL": province.url,
                "KIOSK_PRINTER_URI": printer.uri,
                "KIOSK_PATHS_DATA_DIR": str(work / "data"),
                "KIOSK_PATHS_LOG_DIR": str(work / "logs"),
                # nothing times out while the walk drives the kiosk (it shows those states
                # itself), and its taps come faster than a finger's: no tap guard
                "KIOSK_KIOSK_IDLE_TIMEOUT_S": "3600",
                "KIOSK_KIOSK_ATTRACT_AFTER_S": "0",
                "KIOSK_KIOSK_TAP_GUARD_MS": "0",
            }
        )
        core = build_kiosk_core(config)
        window = create_window(core)
        try:
            window.set_panel_mm(panel.reported_mm)
            window.resize(*panel.size)
            window.show()
            context = window.context
            wait_until(lambda: context.catalogue is not None and context.online is True)
            yield window, province, printer
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone()  # jobs still using the data folder
            core.close()
            window.deleteLater()
    finally:
        printer.stop()
        province.stop()
        shutil.rmtree(work, ignore_errors=True)


def walk_every_journey(panel: Panel, visit: Visit, printed: Printed) -> None:
    """Start the kiosk on ``panel`` and walk every journey through its states."""
    from PySide6.QtWidgets import QApplication

    with running_kiosk(panel) as (window, province, printer):
        app = cast("QApplication", QApplication.instance())
        walk = Walk(app, window, province, printer, visit, printed)
        for journey in JOURNEYS:
            journey(walk)


def _home(walk: Walk) -> None:
    walk.state("home", en=True, hc=True, large=True)
    walk.window.context.scans.receive(b"\x1b[31m?")  # a code the kiosk cannot use
    walk.state("home-scan-unknown")
    window = walk.window
    window.navigator.home()
    walk.tap(window.read_aloud_button)  # read-aloud on: a first tap reads the tile
    walk.tap(cast("HomeScreen", window.navigator.current).journey_tiles["procedures"])
    walk.state("home-read-aloud", hc=True)
    window.read_aloud.set(False)


def _tickets(walk: Walk) -> None:
    window = walk.window
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    walk.state("ticket-fields", hc=True)
    window.context.scans.receive(SAMPLE_ELDER_ID_CARD.encode())
    walk.state("ticket-fields-id-card")
    window.navigator.screen(Route.TICKET_FIELDS).wipe()
    print_screen = walk.screen(Route.TICKET_PRINT)
    fields = walk.screen(Route.TICKET_FIELDS)
    next(iter(fields.tiles.values())).click()
    wait_for(print_screen.finished)
    walk.state("ticket-issued", en=True)
    walk.job("ticket-80mm")


def _check_in(walk: Walk) -> None:
    """An appointment checked in: typed wrong, too early, too late, unknown, then its
    confirmation's QR scanned."""
    window = walk.window
    screen = walk.start(Route.CHECK_IN)
    walk.state("check-in", en=True)
    print_screen = walk.screen(Route.TICKET_PRINT)
    for code, name in (
        ("000.00.17.H17", "check-in-invalid"),
        ("LH4CXR6M", "check-in-too-early"),  # the demo's booking in two hours
        ("LH9TWE3A", "check-in-too-late"),  # an hour ago
        ("LH000000", "check-in-not-found"),
    ):
        window.navigator.go(Route.CHECK_IN)
        screen.code.setText(code)
        screen.submit.click()  # not walk.tap: the answer could come while it settles
        if name != "check-in-invalid":
            wait_for(print_screen.finished)
        walk.state(name, en=name == "check-in-too-late")
    window.navigator.home()
    window.context.scans.receive(b"https://dichvucong.danang.gov.vn/lich-hen?ma=LH7K3P9Q\r\n")
    wait_for(print_screen.finished)
    walk.state("check-in-issued", en=True)
    walk.job("ticket-appointment-80mm")


def _ticket_refusals(walk: Walk) -> None:
    """A field whose numbers are all given today, then the office outside its hours."""
    window = walk.window
    store = walk.province.store
    fields = walk.screen(Route.TICKET_FIELDS)
    print_screen = walk.screen(Route.TICKET_PRINT)
    field = store.catalogue["fields"][0]
    office = store.catalogue["office"]
    store.upsert_entity("field", field["id"], {**field, "daily_cap": 1})
    catalogue_has = _pull(walk)
    catalogue_has(lambda c: c.fields[0].id == field["id"])
    window.navigator.home()  # the walk took one number of this field already
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    fields.tiles[field["id"]].click()
    wait_for(print_screen.finished)
    walk.state("ticket-capped", en=True)
    window.navigator.go(Route.TICKET_FIELDS)  # the tile says so before the next tap
    walk.state("ticket-fields-capped")
    store.upsert_entity("field", field["id"], field)
    tomorrow = window.context.core.sync.clock.today() + timedelta(days=1)
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[tomorrow.weekday()]
    hours = {"weekly": {weekday: [{"start": "07:30", "end": "11:30"}]}}
    store.upsert_entity("office", office["id"], {**office, "hours": hours})
    catalogue_has(lambda c: c.office.hours is not None)
    window.navigator.home()
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    fields.tiles[field["id"]].click()
    wait_for(print_screen.finished)
    walk.state("ticket-closed", en=True)
    window.navigator.go(Route.TICKET_FIELDS)
    walk.state("ticket-fields-closed", hc=True)
    store.upsert_entity("office", office["id"], office)
    catalogue_has(lambda c: c.office.hours is None)
    window.navigator.home()


def _pull(walk: Walk) -> Callable[[Callable[[Any], bool]], None]:
    """A wait for the kiosk to pull the province's latest catalogue until it fits."""
    context = walk.window.context

    def until(fits: Callable[[Any], bool]) -> None:
        context.core.sync.wake()
        wait_until(lambda: context.catalogue is not None and fits(context.catalogue))

    return until


def _dossier_status(walk: Walk) -> None:
    window = walk.window
    dossier_screen = walk.screen(Route.DOSSIER_STATUS)
    dossier_code = walk.province.store.dossiers()[1]["code"]
    window.navigator.home()
    window.context.scans.receive(dossier_code.encode())  # a receipt scanned on Home
    wait_for(dossier_screen.looked_up)
    walk.state("dossier-status", en=True, hc=True)
    dossier_screen.code.setText("000.00.17.H17-261120-9999")
    dossier_screen.look_up_typed()
    wait_for(dossier_screen.looked_up)
    walk.state("dossier-unknown")
    dossier_screen.code.setText("12345")
    dossier_screen.look_up_typed()
    walk.state("dossier-invalid")


def _procedures(walk: Walk) -> None:
    screen = walk.start("procedures")
    walk.state("procedures", en=True)
    walk.tap(screen.query)  # the keyboard takes the place of the field buttons
    walk.type_keys(screen.keyboard, "dang ky kh")
    walk.state("procedures-search", hc=True)
    walk.tap(screen.keyboard.button("done"))
    walk.state("procedures-search-results")
    screen.query.clear()
    walk.tap(screen.field_buttons["chung-thuc"])
    walk.state("procedures-field")
    walk.tap(screen.field_buttons[None])
    screen.query.setText("zzzz qqqq")
    walk.state("procedures-no-match")
    screen.query.setText("xac nhan tinh trang hon nhan")  # a fee, a form: every action shows
    walk.tap_row(screen.list, row=0)
    detail = cast("ProcedureDetailScreen", walk.navigator.current)
    walk.state("procedure-detail", en=True, hc=True, large=True)
    walk.tap(detail.print_button)
    wait_until(lambda: not detail.printing.busy)
    walk.state("procedure-detail-printed")
    walk.job("guide-80mm")


def _field(screen: Any, field_id: str) -> Any:
    return next(i for i in (*screen.applicant_inputs, *screen.inputs) if i.field.id == field_id)


def _open_form(walk: Walk) -> Any:
    """From Home: the submission tile, the marital-status certificate, consent given."""
    screen = walk.start("submission")
    walk.tap_row(screen.services, MARITAL_FORM)
    walk.tap(screen.agree)
    return screen


def _fill_the_rest(walk: Walk, screen: Any) -> None:
    """What the ID card does not give: marital status, purpose, copies, phone, the pledge."""
    status = _field(screen, "tinh_trang_hon_nhan")
    walk.tap(
        next(
            b
            for b in status.options.buttons()
            if b.property("value") == status.field.options[0].value
        )
    )
    _field(screen, "muc_dich").edit.setText("Để đăng ký kết hôn")
    _field(screen, "so_ban").edit.setText("2")
    _field(screen, "dien_thoai").edit.setText("0905 123 456")
    tick = _field(screen, "cam_doan").tick
    if not tick.isChecked():
        walk.tap(tick)


def _submission(walk: Walk) -> None:
    screen = walk.start("submission")
    walk.state("submission-services", en=True, large=True)
    walk.tap_row(screen.services, MARITAL_FORM)
    walk.state("submission-consent", en=True)
    walk.tap(screen.disagree)
    walk.state("submission-consent-declined")
    walk.tap(screen.agree)
    walk.state("submission-form", en=True, large=True)
    # the keyboard that suits each field: text with Telex for a name, digits for a phone
    name = _field(screen, "full_name").edit
    walk.tap(name)
    walk.type_keys(screen.keyboard, "nguyeenx")  # Telex: nguyễn
    walk.state("submission-form-keyboard", hc=True)
    phone = _field(screen, "dien_thoai")
    screen.fields_area.ensureWidgetVisible(phone)
    walk.tap(phone.edit)
    walk.type_keys(screen.keyboard, "12345")
    walk.state("submission-form-keyboard-numeric")
    walk.tap(screen.keyboard.button("done"))  # the last text field: the keyboard goes away
    name.clear()
    walk.tap(screen.continue_button)
    walk.state("submission-form-errors", en=True, hc=True)
    walk.window.context.scans.receive(SAMPLE_ID_CARD.encode())
    walk.state("submission-prefill", en=True)
    walk.tap(screen.prefill_yes)
    walk.state("submission-form-prefilled")
    _fill_the_rest(walk, screen)
    walk.tap(screen.continue_button)
    walk.state("submission-review", en=True)
    walk.tap(screen.submit_button)
    wait_until(lambda: screen.step == "done" and not screen.printing.busy)
    walk.state("submission-received", en=True)
    walk.job("receipt-80mm")


def _submission_queued(walk: Walk) -> None:
    """The idle countdown over a filled form, then the province unreachable: queued."""
    window = walk.window
    screen = _open_form(walk)
    window.context.scans.receive(SAMPLE_ID_CARD.encode())
    walk.tap(screen.prefill_yes)
    _fill_the_rest(walk, screen)
    idle_ms = window.idle.timeout_ms
    window.idle.set_timeout_ms(3_100, warning_ms=3_000)  # the countdown at once
    wait_for(window.idle.counting_down)
    walk.state("idle-countdown")
    window.idle.set_timeout_ms(
        idle_ms, warning_ms=window.context.core.config.kiosk.idle_warning_s * 1000
    )
    walk.tap(screen.continue_button)
    walk.province.faults.settings = FaultSettings(drop_rate=1.0)  # every connection drops
    try:
        walk.tap(screen.submit_button)
        wait_until(lambda: screen.step == "done" and not screen.printing.busy)
        walk.state("submission-queued", en=True)
        walk.job("receipt-queued-80mm")
        outcome = screen.outcome
        dossier_screen = walk.screen(Route.DOSSIER_STATUS)
        window.navigator.home()
        window.context.scans.receive(outcome.local_reference.encode())  # its receipt, scanned
        wait_for(dossier_screen.looked_up)
        walk.state("dossier-waiting-to-send", en=True)
    finally:
        walk.province.faults.settings = FaultSettings()
    window.context.core.sync.wake()
    wait_until(
        lambda: window.context.online is True and len(walk.province.store.submissions()) == 2,
        30_000,
    )


def _payment(walk: Walk) -> None:
    screen = walk.start("payment")
    walk.state("payment-list", en=True)
    walk.tap(screen.search.query)  # the keyboard comes up; the list narrows as one types
    walk.type_keys(screen.search.keyboard, "ban sao")
    walk.state("payment-search", en=True, hc=True)
    walk.tap(screen.search.keyboard.button("done"))
    walk.tap_row(screen.list, row=0)
    walk.state("payment-confirm", en=True)
    walk.tap(screen.confirm_button)
    wait_until(lambda: screen.step == "pay" and not screen.printing.busy)
    walk.state("payment-qr", en=True, hc=True, large=True)
    walk.job("payment-slip-80mm")
    reference = screen.intent.reference
    store = walk.province.store
    walk.window.context.core.sync.wake()
    wait_until(lambda: store.payment(reference) is not None)
    store.set_payment_status(reference, "paid")  # the bank reports the transfer
    screen._poll.setInterval(50)  # ask now rather than in a few seconds
    wait_until(lambda: screen.step == "paid")
    walk.state("payment-paid", en=True)


def _rating(walk: Walk) -> None:
    screen = walk.start("rating")
    walk.state("rating-counter", en=True)
    catalogue = walk.window.context.catalogue
    assert catalogue is not None  # the walk starts synced
    counter = catalogue.counters[1]
    walk.tap(screen.counter_buttons[counter.id])
    walk.state("rating-faces", en=True, hc=True, large=True)
    walk.tap(screen.face_buttons[2])
    walk.state("rating-reasons", en=True)
    walk.tap(screen.reason_buttons["long_wait"])
    wait_until(lambda: screen.step == "thanks")
    walk.state("rating-thanks", en=True)


def _technician_entry(walk: Walk) -> None:
    """The technician's PIN pad, as the hidden corner opens it."""
    walk.navigator.home()
    walk.navigator.go(Route.TECHNICIAN_PIN)
    walk.state("technician-pin", en=True)
    walk.navigator.home()


def _announcements(walk: Walk) -> None:
    """The attract screen, one notice of each kind: a fraud warning comes first."""
    window = walk.window
    window.navigator.home()
    window.navigator.go(Route.ANNOUNCEMENTS)
    screen = cast("AnnouncementsScreen", window.navigator.current)
    shown: set[str] = set()
    for _ in screen.notices():
        kind = screen.badge.property("kind")
        if kind not in shown:
            shown.add(kind)
            walk.state(
                f"announcements-{kind.replace('_', '-')}", en=True, hc=kind == "fraud_warning"
            )
        screen.next()
    window.navigator.home()


def _offline(walk: Walk) -> None:
    """The province out of reach, then the printer's faults."""
    window = walk.window
    dossier_screen = walk.screen(Route.DOSSIER_STATUS)
    dossier_code = walk.province.store.dossiers()[1]["code"]
    walk.province.stop()  # the network goes down: the next ticket comes from a leased block
    window.context.core.sync.wake()
    wait_until(lambda: window.context.online is False)  # the header says so too
    window.navigator.go(Route.DOSSIER_STATUS)
    dossier_screen.look_up(dossier_code)
    wait_for(dossier_screen.looked_up)
    walk.state("dossier-status-offline")
    print_screen = walk.screen(Route.TICKET_PRINT)
    fields = walk.screen(Route.TICKET_FIELDS)
    window.navigator.home()
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    next(iter(fields.tiles.values())).click()
    wait_for(print_screen.finished)
    walk.state("ticket-offline")
    walk.job("ticket-offline-80mm")
    window.navigator.home()
    walk.state("home-offline")
    faults: tuple[tuple[Fault, int | None, str], ...] = (
        ("paper_out", None, "ticket-printer-paper-out"),
        ("paper_out", 300, "ticket-print-failed"),
    )
    for fault, after_bytes, name in faults:
        walk.printer.set_fault(None)
        walk.printer.set_fault(fault, after_bytes=after_bytes)  # before, or during, the job
        window.navigator.home()
        cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
        next(iter(fields.tiles.values())).click()
        wait_for(print_screen.finished)
        walk.state(name)
    walk.printer.set_fault(None)


JOURNEYS: tuple[Callable[[Walk], None], ...] = (
    _home,
    _tickets,
    _check_in,
    _ticket_refusals,
    _dossier_status,
    _procedures,
    _submission,
    _submission_queued,
    _payment,
    _rating,
    _technician_entry,
    _announcements,
    _offline,  # stops the province: last
)
"""Each journey from Home, in an order that leaves the kiosk ready for the next."""

SAMPLE_ELDER_ID_CARD = (
    "079050001234||Trần Văn Bình|01011950|Nam|12 Lê Lợi, Quận 1, TP. Hồ Chí Minh|01012021"
)
"""A made-up citizen ID card QR of someone born in 1950."""
SAMPLE_ID_CARD = (
    "048190001234||Nguyễn Thị Hồng Nhung|15081990|Nữ|45 Trần Phú, phường Hải "
    "Châu, thành phố Đà Nẵng|20042021"
)
"""A made-up citizen ID card QR whose data fits the marital-status form."""
MARITAL_FORM = "to-khai-xac-nhan-tinh-trang-hon-nhan"
"""The online form the submission walk fills in."""
