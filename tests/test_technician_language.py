"""Technician mode speaks the kiosk's language like every other screen: every page in
Vietnamese by default, in English on request, switched live; what the core reports (check
messages, printer states, config help) is translated at the screen's edge, values are not."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.domain.printer_status import PrinterState, PrinterStatus
from kiosk.paths import I18N_DIR
from kiosk.technician.diagnostics.devices import check_printer_status
from kiosk.technician.diagnostics.sync import check_sync
from kiosk.technician.pin import hash_pin
from screens.technician.devices import PrinterPage, ScannerPage
from screens.technician.mode import TechnicianScreen
from screens.technician.parts import CheckView, TechnicianPage
from screens.technician.system import ConfigPage, LogsPage, SyncPage
from simulators.sample_payloads import rating
from tests.test_technician import DOSSIER, PIN, enter_technician_mode
from tests.test_ticket_journey import take_ticket

TABS_VI = [
    "Máy in",
    "Đầu đọc mã",
    "Mạng / API",
    "Đồng bộ",
    "Lưu trữ",
    "Màn hình",
    "Nhật ký",
    "Cấu hình",
    "Thông tin",
]
TABS_EN = [
    "Printer",
    "Scanner",
    "Network / API",
    "Sync",
    "Storage",
    "Display",
    "Logs",
    "Config",
    "About",
]
VALUE_STYLES = {"techValue", "techStep"}
"""Labels and buttons that show values: a number being set, − and +."""


@pytest.fixture
def config_settings(
    config_settings: dict[str, str], request: pytest.FixtureRequest
) -> dict[str, str]:
    """The test kiosk's settings, with a technician PIN (and a test's own, given as its
    indirect parameter)."""
    own: dict[str, str] = getattr(request, "param", {})
    return {**config_settings, "KIOSK_TECHNICIAN_PIN_HASH": hash_pin(PIN), **own}


def texts_of(page: TechnicianPage) -> list[QLabel | QPushButton]:
    """The labels and buttons of ``page``."""
    return [*page.findChildren(QLabel), *page.findChildren(QPushButton)]


def english_sources() -> set[str]:
    """The English texts of technician mode that have a Vietnamese different from them."""
    root = ET.parse(I18N_DIR / "kiosk_vi.ts").getroot()
    contexts = {"Technician", "TechnicianScreen", "CheckView", "ConfigRow"}
    return {
        source
        for context in root.iter("context")
        if (name := context.findtext("name", "")) in contexts or name.endswith("Page")
        for message in context.iter("message")
        if (source := message.findtext("source", "")) != message.findtext("translation", "")
    }


def value_widgets(page: TechnicianPage) -> set[QWidget]:
    """The widgets of ``page`` whose texts are values, the same in every language."""
    values: set[QWidget] = {
        widget for widget in texts_of(page) if widget.objectName() in VALUE_STYLES
    }
    values.update(view.details for view in page.findChildren(CheckView))  # as kiosk diag --json
    if isinstance(page, LogsPage):
        values.update(page.levels.buttons())  # DEBUG, INFO…: as the log writes them
    if isinstance(page, ConfigPage):
        values.add(page.all_keys)  # every key and its value
        for row in page.rows.values():
            values.update(row.choice_buttons.values())  # vi, en, raster…: the config's values
    return values


def shown_texts(page: TechnicianPage) -> dict[QWidget, str]:
    """Every label's and button's text on ``page`` as a technician sees it (values aside)."""
    values = value_widgets(page)
    return {
        widget: widget.text()
        for widget in texts_of(page)
        if widget.isVisibleTo(page) and widget.text() and widget not in values
    }


def set_language(window, language: str) -> None:
    window.context.language.set_language(language)


def open_page(qtbot, window, name: str) -> tuple[TechnicianScreen, TechnicianPage]:
    """Technician mode on page ``name``, its checks ended."""
    technician = enter_technician_mode(qtbot, window)
    technician.show_page(name)
    page = technician.page
    views = page.findChildren(CheckView)
    qtbot.waitUntil(lambda: all(view.result is not None for view in views), timeout=15_000)
    return technician, page


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
@pytest.mark.parametrize(
    "name",
    ["printer", "scanner", "network", "sync", "storage", "display", "logs", "config", "about"],
)
def test_every_page_is_in_vietnamese_and_switches_to_english_and_back_live(
    qtbot, window, core, printer, name: str
) -> None:
    if name == "printer":  # a ticket that did not print: its row and Reprint button
        printer.set_fault("paper_out", after_bytes=300)
        assert take_ticket(qtbot, window).state == "print_failed"
        printer.set_fault(None)
    if name == "sync":  # a dead letter: its row, Retry and Discard
        item = core.outbox.enqueue(rating(window.context.catalogue, 4))
        core.outbox.dead_letter(item.key, "rejected: HTTP 422")
    technician, page = open_page(qtbot, window, name)
    if isinstance(page, ScannerPage):
        window.context.scans.receive(f"{DOSSIER}\r".encode())
    if isinstance(page, SyncPage):
        page.sync_now()  # something on the outcome line
    if isinstance(page, PrinterPage):
        assert page.reprint_buttons  # the failed ticket is listed
    assert [tab.text() for tab in technician.tabs.values()] == TABS_VI
    assert technician.exit_button.text() == "Về Trang chủ"

    vietnamese = shown_texts(page)
    english = english_sources()
    assert vietnamese, "nothing shown"
    untranslated = {text for text in vietnamese.values() if text in english}
    assert untranslated == set(), "English on a Vietnamese page"

    set_language(window, "en")
    in_english = shown_texts(page)
    assert [tab.text() for tab in technician.tabs.values()] == TABS_EN
    assert page.heading.text() == TABS_EN[list(technician.pages).index(name)]
    assert set(in_english) == set(vietnamese)
    unchanged = {vietnamese[w] for w in vietnamese if in_english[w] == vietnamese[w]}
    assert unchanged == set(), "not retranslated (or a value not marked as one)"

    set_language(window, "vi")
    assert shown_texts(page) == vietnamese


def test_a_check_reads_in_vietnamese_and_exactly_as_the_core_says_it_in_english(
    qtbot, window
) -> None:
    _technician, page = open_page(qtbot, window, "storage")
    view = page.findChild(CheckView)
    assert isinstance(view, CheckView)
    view.show_running()
    assert (view.level.text(), view.summary.text()) == ("…", "đang kiểm tra…")
    paper_out = check_printer_status(
        PrinterStatus(PrinterState.PAPER_OUT, "paper end sensor"), reports_status=True
    )
    view.show_result(paper_out)
    assert view.level.text() == "LỖI"
    assert view.summary.text() == "HẾT GIẤY: paper end sensor - lắp cuộn giấy"

    set_language(window, "en")
    assert view.level.text() == "FAIL"
    assert (
        view.summary.text()
        == paper_out.summary
        == "PAPER_OUT: paper end sensor - load a paper roll"
    )
    sync = check_sync(window.context.core.sync)  # nested: spans, "never", joined parts
    view.show_result(sync)
    assert view.summary.text() == sync.summary

    set_language(window, "vi")
    assert "chờ gửi" in view.summary.text() and "pending" not in view.summary.text()


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
def test_a_half_confirmed_button_asks_its_question_in_the_new_language(qtbot, window) -> None:
    technician = enter_technician_mode(qtbot, window)
    technician.quit_button.click()  # the first touch only asks
    assert technician.quit_button.text() == "Chạm lần nữa để thoát"
    set_language(window, "en")
    assert technician.quit_button.text() == "Touch again to quit the kiosk"
    technician.quit_button.reset()
    assert technician.quit_button.text() == "Quit kiosk"


EVDEV_DEVICE = "/dev/input/by-id/usb-Kiosk_Test_Scanner-event-kbd"  # not plugged in


# qtbot and window left untyped: pytest-qt declares mouseClick without annotations
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or importlib.util.find_spec("evdev") is None,
    reason="the config refuses an evdev scanner but on Linux with python-evdev",
)
@pytest.mark.parametrize(
    "config_settings",
    [{"KIOSK_SCANNER_KIND": "evdev", "KIOSK_SCANNER_DEVICE": EVDEV_DEVICE}],
    indirect=True,
)
def test_the_scanner_page_names_an_evdev_scanners_device_in_either_language(qtbot, window) -> None:
    _technician, page = open_page(qtbot, window, "scanner")
    assert isinstance(page, ScannerPage)
    assert page.facts.text().startswith(
        f"Đầu đọc mã đọc trực tiếp từ thiết bị nhập {EVDEV_DEVICE} (các phím của nó không "
        "bao giờ đến cửa sổ), tiền tố '', hậu tố CR. Hãy quét thử một mã:"
    )
    assert (page.port.level.text(), page.port.summary.text()) == (
        "LỖI",
        f"không thấy {EVDEV_DEVICE}: đầu đọc mã chưa cắm, hoặc scanner.device sai",
    )

    set_language(window, "en")
    assert page.facts.text().startswith(
        f"Scanner read directly from its input device {EVDEV_DEVICE} (its keys never reach "
        "the window), prefix '', suffix CR. Scan a code:"
    )
    assert (page.port.level.text(), page.port.summary.text()) == (
        "FAIL",
        f"{EVDEV_DEVICE} not found: scanner unplugged, or scanner.device is wrong",
    )
