"""Looking up a dossier: scanned or typed, live online, last known offline, printed on a slip."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from kiosk.core import KioskCore
from screens.dossier_status import DossierStatusScreen
from screens.main_window import MainWindow
from screens.routes import Route
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.test_submissions import APPLICANT
from tests.test_submissions import RAW as SUBMISSION
from tests.touch import open_journey, wait_for_wipes

UNKNOWN_CODE = "000.00.17.H17-261120-9999"


def open_dossier_screen(qtbot, window: MainWindow) -> DossierStatusScreen:
    screen = open_journey(qtbot, window, "dossier_status", DossierStatusScreen)
    assert window.navigator.current_name == "dossier_status"
    return screen


def type_and_look_up(qtbot, screen, code: str) -> None:
    screen.code.setText(code)
    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)


def test_a_receipt_scanned_on_home_opens_its_status_and_history(
    qtbot, window, province: ProvinceSimulator
) -> None:
    dossier = province.store.dossiers()[1]
    screen = window.navigator.screen(Route.DOSSIER_STATUS)
    window.navigator.home()

    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        window.context.scans.receive(dossier["code"].encode())

    assert window.navigator.current is screen
    assert screen.state == "found"
    assert screen.state_label.text() == screen.state_name(dossier["status"])
    assert dossier["procedure_name"] in screen.summary.text()
    assert screen.freshness.isHidden()  # live: no warning about its age
    steps = [step.text() for step, _event in screen._steps]
    assert len(steps) == len(dossier["history"])
    newest = max(dossier["history"], key=lambda event: event["at"])
    assert steps[0].endswith(newest["note"])  # newest first
    assert screen.print_button.isVisible()


def test_a_typed_code_is_looked_up_even_with_spaces_and_in_lower_case(
    qtbot, window, province: ProvinceSimulator
) -> None:
    code = province.store.dossiers()[0]["code"]
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, f"  {code.lower()[:10]} {code.lower()[10:]} ")
    assert screen.state == "found"
    assert screen.result is not None
    assert screen.result.status.code == code


def test_a_code_typed_without_its_dots_finds_the_dossier(
    qtbot, window, province: ProvinceSimulator
) -> None:
    code = province.store.dossiers()[0]["code"]
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, code.replace(".", "").lower())
    assert screen.state == "found"
    assert screen.result is not None and screen.result.status.code == code


def test_an_unknown_code_says_so_and_offers_another_try(qtbot, window) -> None:
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, UNKNOWN_CODE)
    assert screen.state == "unknown"
    assert UNKNOWN_CODE in screen.message.text()
    assert screen.message.text().startswith("Không tìm thấy hồ sơ")
    assert screen.result_box.isHidden() and screen.print_button.isHidden()
    qtbot.mouseClick(screen.another, Qt.MouseButton.LeftButton)
    assert screen.state == "entry" and screen.code.text() == ""


def test_text_that_is_no_dossier_code_is_explained_without_asking_the_province(
    qtbot, window, province: ProvinceSimulator
) -> None:
    screen = open_dossier_screen(qtbot, window)
    screen.code.setText("12345")
    qtbot.mouseClick(screen.search, Qt.MouseButton.LeftButton)
    assert screen.state == "invalid"  # decided at once, on the UI thread
    assert "000.00.17.H17-261116-0002" in screen.message.text()  # an example of the form


def test_offline_the_last_known_status_is_shown_with_its_time(
    qtbot, window, province: ProvinceSimulator
) -> None:
    code = province.store.dossiers()[0]["code"]
    never_seen = province.store.dossiers()[2]["code"]
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, code)
    assert screen.result is not None
    seen_at = screen.result.seen_at
    province.stop()

    type_and_look_up(qtbot, screen, code)

    assert screen.state == "found" and screen.result.live is False
    assert screen.result.seen_at == seen_at
    assert screen.freshness.isVisible()
    assert screen._when(seen_at) in screen.freshness.text()
    type_and_look_up(qtbot, screen, never_seen)
    assert screen.state == "unavailable"  # not "no such dossier": it cannot be known now
    assert never_seen in screen.message.text()
    assert screen.message.text().startswith("Ki-ốt đang mất kết nối")


def test_the_status_slip_prints_the_code_and_state(
    qtbot, window, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    code = province.store.dossiers()[0]["code"]
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, code)

    with qtbot.waitSignal(screen.printing.finished, timeout=10_000) as printed:
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)

    assert printed.args == [True]
    job = printer.wait_for_jobs(1)[0].data
    assert code.encode() in job  # the Code128 carries the code as native data
    assert window.scan_notice.text() == "Vui lòng nhận phiếu ở khe máy in."


def test_a_printer_out_of_paper_prints_no_slip_and_says_why(
    qtbot, window, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, province.store.dossiers()[0]["code"])
    printer.set_fault("paper_out")

    with qtbot.waitSignal(screen.printing.finished, timeout=10_000) as printed:
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)

    assert printed.args == [False]
    assert printer.jobs == []
    assert window.scan_notice.text().startswith("Máy in phiếu đã hết giấy")


def test_leaving_forgets_the_code_and_the_status(
    qtbot, window, province: ProvinceSimulator, core: KioskCore
) -> None:
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, province.store.dossiers()[0]["code"])
    window.navigator.home()
    wait_for_wipes(qtbot, window)
    assert screen.code.text() == "" and screen.result is None and screen._steps == []


def test_a_new_scan_on_the_status_screen_looks_up_that_dossier(
    qtbot, window, province: ProvinceSimulator
) -> None:
    first, second = (d["code"] for d in province.store.dossiers()[:2])
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, first)
    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        window.context.scans.receive(second.encode())
    assert screen.result is not None
    assert screen.result.status.code == second and screen.code.text() == second


def test_the_kiosks_own_offline_receipt_says_it_waits_then_shows_its_dossier(
    qtbot, window: MainWindow, province: ProvinceSimulator
) -> None:
    """A receipt printed while the province could not be reached carries the application's
    local reference: scanned, it says the application waits on this kiosk; once delivered,
    the same scan shows the dossier the province made of it."""
    core = window.context.core
    assert core.sync.run_cycle() is None  # the catalogue, with its forms
    catalogue = core.catalogue()
    assert catalogue is not None
    form = next(f for f in catalogue.forms if f.id == "to-khai-xac-nhan-tinh-trang-hon-nhan")
    province.faults.settings = FaultSettings(drop_rate=1.0)
    queued = core.submissions.submit(
        form, SUBMISSION, APPLICANT, consent_at=datetime.now(UTC), timeout_s=0.0
    )
    assert queued.state == "queued"
    screen = window.navigator.screen(Route.DOSSIER_STATUS)
    assert isinstance(screen, DossierStatusScreen)
    window.navigator.home()

    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        window.context.scans.receive(queued.local_reference.encode() + b"\r\n")
    assert window.navigator.current is screen
    assert screen.state == "waiting"
    assert queued.local_reference in screen.message.text()
    assert screen.message.text().startswith("Hồ sơ")

    province.faults.settings = FaultSettings()
    core.sync.run_cycle()  # the first cycle that reaches the province delivers what waited

    def delivered() -> bool:
        item = core.outbox.item(queued.key)
        return item is not None and item.state == "delivered"

    qtbot.waitUntil(delivered, timeout=10_000)
    with qtbot.waitSignal(screen.looked_up, timeout=10_000):
        window.context.scans.receive(queued.local_reference.encode())
    assert screen.state == "found" and screen.result is not None
    (received,) = province.store.submissions()
    assert screen.result.status.code == received["dossier_code"]


def test_a_local_reference_no_application_of_this_kiosk_has_is_said_so(
    qtbot, window: MainWindow
) -> None:
    screen = open_dossier_screen(qtbot, window)
    type_and_look_up(qtbot, screen, "OTHER-KIOSK.K7Q-261123-0001")
    assert screen.state == "not_here"
    assert "OTHER-KIOSK.K7Q-261123-0001" in screen.message.text()
