"""Render the kiosk's screens and its printed documents to docs/screenshots/ (offscreen).

Run with ``python3 dev.py screenshots``: the screens use the real simulator, virtual printer
and window, driven by taps as a citizen would: every journey in its meaningful states in
Vietnamese, English, high-contrast and large-text variants of the main ones, the on-screen
keyboard's pages, and what the kiosk printed on the way (``*-80mm.png``). ``python3 dev.py
screenshots --print-only`` renders just the printed documents (sample data through the
ESC/POS preview), without Qt, in a second or two.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kiosk.paths import ASSETS_DIR
from printers.job import JobSettings
from printers.raster_text import REGULAR_FONT
from printers.samples import DOCUMENT_NAMES, sample_documents
from screens.routes import Route
from simulators.escpos_preview import save_preview
from simulators.faults import FaultSettings
from tools import PROJECT_ROOT

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QListWidget, QWidget

    from screens.announcements import AnnouncementsScreen
    from screens.home import HomeScreen
    from screens.main_window import MainWindow
    from screens.navigator import Navigator
    from screens.onscreen_keyboard import OnScreenKeyboard
    from screens.procedures import ProcedureDetailScreen
    from simulators.province_api import ProvinceSimulator
    from simulators.virtual_printer import Fault, VirtualPrinter

OUT_DIR = PROJECT_ROOT / "docs" / "screenshots"
PRINT_PREVIEWS: tuple[tuple[str, JobSettings, tuple[str, ...]], ...] = (
    ("{}-80mm", JobSettings("TM-T20II", 80), DOCUMENT_NAMES),
    ("{}-cp1258-80mm", JobSettings("TM-T20II", 80, "cp1258"), ("ticket",)),
    ("{}-58mm", JobSettings("ZJ-5870", 58), ("ticket",)),
)
"""File name pattern, printer settings and the sample documents previewed with them."""


def write_print_previews(out_dir: Path = OUT_DIR) -> list[Path]:
    """Render each sample document as printed (``print-<name>[-mode]-<width>.png``); no Qt.

    Native text is drawn with the bundled Noto Sans, which stacks Vietnamese marks properly.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for pattern, settings, names in PRINT_PREVIEWS:
        documents = sample_documents(settings)
        width = 576 if settings.paper_width_mm == 80 else 384
        for name in names:
            path = out_dir / f"print-{pattern.format(name)}.png"
            written.append(save_preview(documents[name], path, width, REGULAR_FONT))
    return written


def wait_for(signal: SignalInstance, timeout_ms: int = 15_000) -> None:
    """Run the event loop until ``signal`` fires (or fail after ``timeout_ms``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    signal.connect(loop.quit)
    timer.start(timeout_ms)
    if loop.exec() != 0:
        raise TimeoutError(f"no signal within {timeout_ms} ms")
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


def main(argv: list[str]) -> int:
    """Write the print previews and (unless ``--print-only``) the screens; print the paths."""
    written = write_print_previews()
    if "--print-only" not in argv:
        written += write_screens()
    for path in written:
        print(path.relative_to(PROJECT_ROOT))
    return 0


class Shots:
    """The kiosk running on the simulators, driven like a citizen would, and what was written.

    ``shot(name)`` grabs the window to ``<name>.png``; ``variants`` adds the English,
    high-contrast and large-text looks of the same state; ``save_print`` keeps the preview
    of the next job the virtual printer received.
    """

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        province: ProvinceSimulator,
        printer: VirtualPrinter,
        size: tuple[int, int],
    ) -> None:
        self.app = app
        self.size = size
        self.window = window
        self.province = province
        self.printer = printer
        self.written: list[Path] = []
        self.jobs_seen = 0
        self.size_problems: list[str] = []

    @property
    def navigator(self) -> Navigator:
        return self.window.navigator

    def screen(self, name: Route) -> Any:
        """The screen registered as ``name`` (typed loosely: its own attributes are used)."""
        return self.window.navigator.screen(name)

    def settle(self) -> None:
        """Let posted events (layout, style, language changes) take effect."""
        for _ in range(3):
            self.app.processEvents()

    def shot(self, name: str) -> None:
        """Grab the window to ``docs/screenshots/<name>.png``."""
        self.settle()
        path = OUT_DIR / f"{name}.png"
        image = self.window.grab()
        image.save(str(path))
        if (image.width(), image.height()) != self.size:
            self.size_problems.append(f"{name}: {image.width()}×{image.height()}")  # squeezed
        self.written.append(path)

    def variants(
        self, name: str, *, en: bool = False, hc: bool = False, large: bool = False
    ) -> None:
        """``<name>-vi``, and ``-en``, ``-hc-vi``, ``-large-vi`` of the same state if asked."""
        self.shot(f"{name}-vi")
        context = self.window.context
        if en:
            context.language.set_language("en")
            self.shot(f"{name}-en")
            context.language.set_language("vi")
        # each switch restyles every widget (about a second): one switch per look, one back
        looks = [look for look, wanted in (("hc", hc), ("large", large)) if wanted]
        for look in looks:
            context.display.set(high_contrast=look == "hc", large_text=look == "large")
            self.shot(f"{name}-{look}-vi")
        if looks:
            context.display.reset()
        self.settle()

    def save_print(self, name: str) -> None:
        """Copy the preview of the next job the printer received to ``<name>.png``."""
        self.jobs_seen += 1
        job = self.printer.wait_for_jobs(self.jobs_seen)[self.jobs_seen - 1]
        if job.preview is not None:
            target = OUT_DIR / f"{name}.png"
            shutil.copyfile(job.preview, target)
            self.written.append(target)

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

    def type_keys(self, keyboard: OnScreenKeyboard, text: str) -> None:
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


def write_screens() -> list[Path]:
    """Run the kiosk against the simulators and grab each screen; return the paths written."""
    from PySide6.QtWidgets import QApplication

    from kiosk.cli import build_kiosk_core
    from kiosk.config import load_config
    from screens.app import WINDOWED_SIZE, create_window, setup_application
    from simulators.province_api import ProvinceSimulator
    from simulators.virtual_printer import VirtualPrinter

    # the running application is a QApplication; Qt types it as its base
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv)
    setup_application(app)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    province = ProvinceSimulator(work / "province.db").start()
    printer = VirtualPrinter(
        work / "printed", font_path=ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf"
    ).start()
    try:
        config = load_config(
            environ={
                "KIOSK_CONFIG": str(_empty_file(work)),
                "KIOSK_API_BASE_URL": province.url,
                "KIOSK_PRINTER_URI": printer.uri,
                "KIOSK_PATHS_DATA_DIR": str(work / "data"),
                "KIOSK_PATHS_LOG_DIR": str(work / "logs"),
                # nothing times out while the tool drives the kiosk (it shows those states itself),
                # and its taps come faster than a finger's: no tap guard after a screen change
                "KIOSK_KIOSK_IDLE_TIMEOUT_S": "3600",
                "KIOSK_KIOSK_ATTRACT_AFTER_S": "0",
                "KIOSK_KIOSK_TAP_GUARD_MS": "0",
            }
        )
        core = build_kiosk_core(config)
        window = create_window(core)
        window.resize(*WINDOWED_SIZE)
        window.show()
        context = window.context
        wait_until(lambda: context.catalogue is not None and context.online is True)
        shots = Shots(app, window, province, printer, WINDOWED_SIZE)
        _home(shots)
        _tickets(shots)
        _dossier_status(shots)
        _procedures(shots)
        _submission(shots)
        _submission_queued(shots)
        _payment(shots)
        _rating(shots)
        _announcements(shots)
        _offline(shots)  # stops the province
        _keyboards(shots)
        if shots.size_problems:
            print("window not 1280×1024 in: " + "; ".join(shots.size_problems), file=sys.stderr)
        printer.stop()
        window.close()
        core.close()
    finally:
        province.stop()
        shutil.rmtree(work, ignore_errors=True)
    return shots.written


def _home(shots: Shots) -> None:
    shots.variants("home", en=True, hc=True, large=True)
    shots.window.context.scans.receive(b"\x1b[31m?")  # a code the kiosk cannot use
    shots.shot("home-scan-unknown-vi")


def _tickets(shots: Shots) -> None:
    window = shots.window
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    shots.variants("ticket-fields", hc=True)
    window.context.scans.receive(SAMPLE_ELDER_ID_CARD.encode())
    shots.shot("ticket-fields-id-card-vi")
    window.navigator.screen(Route.TICKET_FIELDS).wipe()
    print_screen = shots.screen(Route.TICKET_PRINT)
    fields = shots.screen(Route.TICKET_FIELDS)
    next(iter(fields.tiles.values())).click()
    wait_for(print_screen.finished)
    shots.variants("ticket-issued", en=True)
    shots.save_print("ticket-80mm")


def _dossier_status(shots: Shots) -> None:
    window = shots.window
    dossier_screen = shots.screen(Route.DOSSIER_STATUS)
    dossier_code = shots.province.store.dossiers()[1]["code"]
    window.navigator.home()
    window.context.scans.receive(dossier_code.encode())  # a receipt scanned on Home
    wait_for(dossier_screen.looked_up)
    shots.variants("dossier-status", en=True, hc=True)
    dossier_screen.code.setText("000.00.17.H17-261120-9999")
    dossier_screen.look_up_typed()
    wait_for(dossier_screen.looked_up)
    shots.shot("dossier-unknown-vi")
    dossier_screen.code.setText("12345")
    dossier_screen.look_up_typed()
    shots.shot("dossier-invalid-vi")


def _procedures(shots: Shots) -> None:
    screen = shots.start("procedures")
    shots.variants("procedures", en=True)
    shots.tap(screen.query)  # the keyboard takes the place of the field buttons
    shots.type_keys(screen.keyboard, "dang ky kh")
    shots.variants("procedures-search", hc=True)
    shots.tap(screen.keyboard.button("done"))
    shots.shot("procedures-search-results-vi")
    screen.query.clear()
    shots.tap(screen.field_buttons["chung-thuc"])
    shots.shot("procedures-field-vi")
    shots.tap(screen.field_buttons[None])
    screen.query.setText("zzzz qqqq")
    shots.shot("procedures-no-match-vi")
    screen.query.setText("xac nhan tinh trang hon nhan")  # a fee, a form: every action shows
    shots.tap_row(screen.list, row=0)
    detail = cast("ProcedureDetailScreen", shots.navigator.current)
    shots.variants("procedure-detail", en=True, hc=True, large=True)
    shots.tap(detail.print_button)
    wait_until(lambda: not detail.printing.busy)
    shots.shot("procedure-detail-printed-vi")
    shots.save_print("guide-80mm")


def _field(screen: Any, field_id: str) -> Any:
    return next(i for i in (*screen.applicant_inputs, *screen.inputs) if i.field.id == field_id)


def _open_form(shots: Shots) -> Any:
    """From Home: the submission tile, the marital-status certificate, consent given."""
    screen = shots.start("submission")
    shots.tap_row(screen.services, MARITAL_FORM)
    shots.tap(screen.agree)
    return screen


def _fill_the_rest(shots: Shots, screen: Any) -> None:
    """What the ID card does not give: marital status, purpose, copies, phone, the pledge."""
    status = _field(screen, "tinh_trang_hon_nhan")
    shots.tap(
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
        shots.tap(tick)


def _submission(shots: Shots) -> None:
    screen = shots.start("submission")
    shots.variants("submission-services", en=True, large=True)
    shots.tap_row(screen.services, MARITAL_FORM)
    shots.variants("submission-consent", en=True)
    shots.tap(screen.disagree)
    shots.shot("submission-consent-declined-vi")
    shots.tap(screen.agree)
    shots.variants("submission-form", en=True, large=True)
    # the keyboard that suits each field: text with Telex for a name, digits for a phone
    name = _field(screen, "full_name").edit
    shots.tap(name)
    shots.type_keys(screen.keyboard, "nguyeenx")  # Telex: nguyễn
    shots.variants("submission-form-keyboard", hc=True)
    phone = _field(screen, "dien_thoai")
    screen.fields_area.ensureWidgetVisible(phone)
    shots.tap(phone.edit)
    shots.type_keys(screen.keyboard, "12345")
    shots.shot("submission-form-keyboard-numeric-vi")
    shots.tap(screen.keyboard.button("done"))  # the last text field: the keyboard goes away
    name.clear()
    shots.tap(screen.continue_button)
    shots.variants("submission-form-errors", en=True, hc=True)
    shots.window.context.scans.receive(SAMPLE_ID_CARD.encode())
    shots.variants("submission-prefill", en=True)
    shots.tap(screen.prefill_yes)
    shots.shot("submission-form-prefilled-vi")
    _fill_the_rest(shots, screen)
    shots.tap(screen.continue_button)
    shots.variants("submission-review", en=True)
    shots.tap(screen.submit_button)
    wait_until(lambda: screen.step == "done" and not screen.printing.busy)
    shots.variants("submission-received", en=True)
    shots.save_print("receipt-80mm")


def _submission_queued(shots: Shots) -> None:
    """The idle countdown over a filled form, then the province unreachable: queued."""
    window = shots.window
    screen = _open_form(shots)
    window.context.scans.receive(SAMPLE_ID_CARD.encode())
    shots.tap(screen.prefill_yes)
    _fill_the_rest(shots, screen)
    idle_ms = window.idle.timeout_ms
    window.idle.set_timeout_ms(6_000, warning_ms=3_000)
    wait_for(window.idle.counting_down)
    shots.shot("idle-countdown-vi")
    window.idle.set_timeout_ms(
        idle_ms, warning_ms=window.context.core.config.kiosk.idle_warning_s * 1000
    )
    shots.tap(screen.continue_button)
    shots.province.faults.settings = FaultSettings(drop_rate=1.0)  # every connection drops
    try:
        shots.tap(screen.submit_button)
        wait_until(lambda: screen.step == "done" and not screen.printing.busy)
        shots.variants("submission-queued", en=True)
        shots.save_print("receipt-queued-80mm")
    finally:
        shots.province.faults.settings = FaultSettings()
    window.context.core.sync.wake()
    wait_until(
        lambda: window.context.online is True and len(shots.province.store.submissions()) == 2,
        30_000,
    )


def _payment(shots: Shots) -> None:
    screen = shots.start("payment")
    shots.variants("payment-list", en=True)
    shots.tap_row(screen.list, row=0)
    shots.variants("payment-confirm", en=True)
    shots.tap(screen.confirm_button)
    wait_until(lambda: screen.step == "pay" and not screen.printing.busy)
    shots.variants("payment-qr", en=True, hc=True, large=True)
    shots.save_print("payment-slip-80mm")
    reference = screen.intent.reference
    store = shots.province.store
    shots.window.context.core.sync.wake()
    wait_until(lambda: store.payment(reference) is not None)
    store.set_payment_status(reference, "paid")  # the bank reports the transfer
    screen._poll.setInterval(50)  # ask now rather than in a few seconds
    wait_until(lambda: screen.step == "paid")
    shots.variants("payment-paid", en=True)


def _rating(shots: Shots) -> None:
    screen = shots.start("rating")
    shots.variants("rating-counter", en=True)
    catalogue = shots.window.context.catalogue
    assert catalogue is not None  # write_screens waited for it
    counter = catalogue.counters[1]
    shots.tap(screen.counter_buttons[counter.id])
    shots.variants("rating-faces", en=True, hc=True, large=True)
    shots.tap(screen.face_buttons[2])
    shots.variants("rating-reasons", en=True)
    shots.tap(screen.reason_buttons["long_wait"])
    wait_until(lambda: screen.step == "thanks")
    shots.variants("rating-thanks", en=True)


def _announcements(shots: Shots) -> None:
    """The attract screen, one notice of each kind: a fraud warning comes first."""
    window = shots.window
    window.navigator.home()
    window.navigator.go(Route.ANNOUNCEMENTS)
    screen = cast("AnnouncementsScreen", window.navigator.current)
    shown: set[str] = set()
    for _ in screen.notices():
        kind = screen.badge.property("kind")
        if kind not in shown:
            shown.add(kind)
            shots.variants(
                f"announcements-{kind.replace('_', '-')}", en=True, hc=kind == "fraud_warning"
            )
        screen.next()
    window.navigator.home()


def _offline(shots: Shots) -> None:
    """The province out of reach, then the printer's faults."""
    window = shots.window
    dossier_screen = shots.screen(Route.DOSSIER_STATUS)
    dossier_code = shots.province.store.dossiers()[1]["code"]
    shots.province.stop()  # the network goes down: the next ticket comes from a leased block
    window.context.core.sync.wake()
    wait_until(lambda: window.context.online is False)  # the header says so too
    window.navigator.go(Route.DOSSIER_STATUS)
    dossier_screen.look_up(dossier_code)
    wait_for(dossier_screen.looked_up)
    shots.shot("dossier-status-offline-vi")
    print_screen = shots.screen(Route.TICKET_PRINT)
    fields = shots.screen(Route.TICKET_FIELDS)
    window.navigator.home()
    cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
    next(iter(fields.tiles.values())).click()
    wait_for(print_screen.finished)
    shots.shot("ticket-offline-vi")
    shots.save_print("ticket-offline-80mm")
    window.navigator.home()
    shots.shot("home-offline-vi")
    faults: tuple[tuple[Fault, int | None, str], ...] = (
        ("paper_out", None, "ticket-printer-paper-out-vi"),
        ("paper_out", 300, "ticket-print-failed-vi"),
    )
    for fault, after_bytes, name in faults:
        shots.printer.set_fault(None)
        shots.printer.set_fault(fault, after_bytes=after_bytes)  # before, or during, the job
        window.navigator.home()
        cast("HomeScreen", window.navigator.screen(Route.HOME)).ticket_tile.click()
        next(iter(fields.tiles.values())).click()
        wait_for(print_screen.finished)
        shots.shot(name)
    shots.printer.set_fault(None)


def _keyboards(shots: Shots) -> None:
    """The on-screen keyboard's pages on their own, as wide as the window."""
    from PySide6.QtWidgets import QLineEdit

    from screens.onscreen_keyboard import OnScreenKeyboard

    editor = QLineEdit()
    keyboard = OnScreenKeyboard()
    keyboard.resize(shots.size[0], KEYBOARD_HEIGHT)
    keyboard.show()

    def grab(name: str) -> None:
        shots.settle()
        path = OUT_DIR / f"{name}.png"
        keyboard.grab().save(str(path))
        shots.written.append(path)

    for mode in ("text", "code", "numeric"):
        keyboard.attach(editor, mode)
        grab(f"keyboard-{mode}")
    keyboard.attach(editor, "text")
    shots.tap(keyboard.button("symbols"))
    grab("keyboard-symbols")
    shots.tap(keyboard.button("letters"))
    shots.tap(keyboard.button("shift"))
    grab("keyboard-text-shift")
    keyboard.close()


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
"""The online form the submission screenshots fill in."""
KEYBOARD_HEIGHT = 422
"""Height of the keyboard images: the keyboard as the procedure search shows it."""


def _empty_file(directory: Path) -> Path:
    path = directory / "kiosk.toml"
    path.touch()
    return path


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
