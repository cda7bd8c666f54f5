"""The ticket journey end to end: a tap, the province issues a number, the printer prints it."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from screens.main_window import MainWindow
from screens.routes import Route
from simulators.faults import FaultSettings
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.conftest import open_window
from tests.touch import tap

GS_QR_STORE = b"\x1d(k"
GS_CUT = b"\x1dV"
GS_RASTER = b"\x1dv0"


def take_ticket(qtbot, window, field_index: int = 0, priority: bool = False):
    """From Home, tap through to a printed ticket and return the print screen."""
    window.navigator.home()
    tap(qtbot, window.navigator.screen(Route.HOME).ticket_tile)
    fields = window.navigator.screen(Route.TICKET_FIELDS)
    assert window.navigator.current is fields
    if priority:
        tap(qtbot, fields.priority)
    print_screen = window.navigator.screen(Route.TICKET_PRINT)
    with qtbot.waitSignal(print_screen.finished, timeout=15_000):
        tap(qtbot, list(fields.tiles.values())[field_index])
    return print_screen


def qr_payloads(job: bytes) -> list[bytes]:
    """The data stored by native QR commands (GS ( k pL pH 49 80 48 data)."""
    payloads = []
    for match in re.finditer(re.escape(GS_QR_STORE) + rb"(.)(.)\x31\x50\x30", job, re.DOTALL):
        length = match.group(1)[0] + 256 * match.group(2)[0] - 3
        payloads.append(job[match.end() : match.end() + length])
    return payloads


def test_ticket_is_issued_printed_and_recorded(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
) -> None:
    screen = take_ticket(qtbot, window)

    assert screen.state == "issued"
    # the sync engine tells the province it printed, right after
    qtbot.waitUntil(lambda: province.store.tickets()[0]["status"] == "printed", timeout=10_000)
    issued = province.store.tickets()
    assert len(issued) == 1
    server_ticket = issued[0]
    assert screen.number.text() == server_ticket["number"]
    catalogue = window.context.catalogue
    assert catalogue is not None
    assert server_ticket["number"] == catalogue.fields[0].queue_prefix + "001"

    job = printer.wait_for_jobs(1)[0].data
    assert server_ticket["number"].encode() in job  # the big number is native text
    assert GS_RASTER in job  # Vietnamese lines are raster images
    assert qr_payloads(job) == [f"{province.url}/q/{server_ticket['id']}".encode()]
    assert job.rstrip(b"\x00").find(GS_CUT) > job.find(GS_QR_STORE)  # cut after the QR

    (record,) = core.outbox.tickets()
    assert record.state == "issued"
    assert record.number == server_ticket["number"]
    assert record.origin == "online"
    qtbot.waitUntil(lambda: core.outbox.depth().pending == 0, timeout=10_000)


def test_numbers_follow_each_other_and_count_people_ahead(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    first = take_ticket(qtbot, window).outcome.ticket
    screen = take_ticket(qtbot, window)
    second = screen.outcome.ticket
    # one ahead, 10 minutes at the two counters serving the field (the demo catalogue)
    assert second.estimated_wait_min == 5
    assert "Trước bạn: 1 người, chờ khoảng 5 phút" in screen.details.text()
    other_field = take_ticket(qtbot, window, field_index=1).outcome.ticket

    catalogue = window.context.catalogue
    assert catalogue is not None
    prefix = catalogue.fields[0].queue_prefix
    assert (first.number, second.number) == (f"{prefix}001", f"{prefix}002")
    assert (first.people_ahead, second.people_ahead) == (0, 1)
    assert other_field.number.endswith("001") and other_field.people_ahead == 0
    assert len(printer.wait_for_jobs(3)) == 3


def test_priority_ticket_says_so_on_screen_and_paper(
    qtbot: QtBot, window: MainWindow, printer: VirtualPrinter
) -> None:
    screen = take_ticket(qtbot, window, priority=True)
    assert screen.outcome.ticket.priority
    assert screen.details.text().splitlines()[0] == "Số ưu tiên"
    plain = take_ticket(qtbot, window)
    jobs = printer.wait_for_jobs(2)
    assert not plain.outcome.ticket.priority
    raster = b"\x1dv0"  # the extra "ƯU TIÊN" raster line
    assert jobs[0].data.count(raster) == jobs[1].data.count(raster) + 1


def test_result_screen_returns_home_by_itself(qtbot: QtBot, window: MainWindow) -> None:
    take_ticket(qtbot, window)
    assert window.navigator.current_name == "ticket_print"
    with qtbot.waitSignal(window.navigator.current_changed, timeout=10_000) as changed:
        pass
    assert changed.args == ["home"]


def test_unreachable_printer_gets_no_number_and_a_clear_message(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
) -> None:
    printer.stop()  # the printer goes away: connections are refused

    screen = take_ticket(qtbot, window)

    assert screen.state == "printer_unavailable"
    assert screen.title.text() == "Máy in phiếu đang gặp sự cố"
    assert "Bạn chưa được cấp số" in screen.message.text()
    assert screen.number.isHidden()
    assert screen.retry.isVisible()
    (record,) = core.outbox.tickets()
    assert record.state == "failed"
    assert record.failure is not None
    assert record.failure.startswith("not issued: printer OFFLINE")
    assert record.number is None
    assert province.store.tickets() == []  # no number was taken from the queue
    assert window.back_button.isVisible() and window.home_button.isVisible()


def test_without_the_province_tickets_come_from_the_leased_block_and_are_reported(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
    tmp_path: Path,
) -> None:
    catalogue = window.context.catalogue
    assert catalogue is not None
    field = catalogue.fields[0]
    port = int(province.url.rsplit(":", 1)[1])
    province.stop()  # the network goes down

    screen = take_ticket(qtbot, window)

    assert screen.state == "issued"
    ticket = screen.outcome.ticket
    assert ticket.offline and ticket.number.startswith(field.queue_prefix)
    block = next(b for b in core.outbox.tickets() if b.key == screen.outcome.key)
    assert block.origin == "offline" and block.state == "issued"
    job = printer.wait_for_jobs(1)[0].data
    assert ticket.number.encode() in job and qr_payloads(job) == []  # no link to follow
    assert "Trước bạn" not in screen.details.text()
    qtbot.waitUntil(lambda: window.context.online is False, timeout=10_000)
    assert window.sync_indicator.text().endswith("Ngoại tuyến")

    # a second kiosk never gets that number: the province leased it to this one
    back = ProvinceSimulator(tmp_path / "province.db", port=port).start()
    try:
        core.sync.wake()
        qtbot.waitUntil(
            lambda: any(t["number"] == ticket.number for t in back.store.tickets()), timeout=20_000
        )
        reported = next(t for t in back.store.tickets() if t["number"] == ticket.number)
        assert reported["status"] == "printed"
        qtbot.waitUntil(lambda: window.context.online is True, timeout=20_000)
        other = core.api.issue_ticket("k-other-kiosk-0001", field.id, False)
        assert other.number != ticket.number
    finally:
        back.stop()


def test_no_province_and_no_leased_numbers_is_explained(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, core: KioskCore
) -> None:
    province.stop()
    with core.outbox.engine.begin() as connection:  # the leased numbers are used up
        connection.exec_driver_sql("UPDATE ticket_blocks SET next_seq = last + 1")

    screen = take_ticket(qtbot, window)

    assert screen.state == "unavailable"
    assert "chưa kết nối được" in screen.message.text()
    (record,) = core.outbox.tickets()
    assert record.state == "failed" and record.number is None


@pytest.mark.parametrize(
    "fault", ["invalid_json_rate", "truncate_rate", "drop_rate", "server_error_rate"]
)
def test_broken_province_answers_fall_back_to_an_offline_ticket(
    qtbot: QtBot,
    window: MainWindow,
    province: ProvinceSimulator,
    printer: VirtualPrinter,
    core: KioskCore,
    fault: str,
) -> None:
    # `fault` names one of the float rate fields: the others are not parametrized
    province.faults.settings = FaultSettings(**{fault: 1.0})  # type: ignore[arg-type]

    screen = take_ticket(qtbot, window)

    assert screen.state == "issued" and screen.outcome.ticket.offline
    assert len(printer.wait_for_jobs(1)) == 1
    (record,) = core.outbox.tickets()
    assert record.state == "issued"
    # whatever number the province may have given to the lost answer is voided later
    assert "ticket_void" in [item.kind for item in core.outbox.items("pending")]
    province.faults.settings = FaultSettings()
    core.sync.wake()
    qtbot.waitUntil(lambda: core.outbox.depth().pending == 0, timeout=20_000)
    statuses = {t["number"]: t["status"] for t in province.store.tickets()}
    assert statuses[record.number] == "printed"
    assert all(status in ("printed", "print_failed") for status in statuses.values())


def test_a_field_whose_numbers_are_all_given_today_says_so_plainly(
    qtbot: QtBot, window: MainWindow, province: ProvinceSimulator, printer: VirtualPrinter
) -> None:
    catalogue = window.context.catalogue
    assert catalogue is not None
    field = province.store.catalogue["fields"][0]
    province.store.upsert_entity("field", field["id"], {**field, "daily_cap": 1})
    assert take_ticket(qtbot, window).outcome.kind == "issued"
    capped = take_ticket(qtbot, window)
    assert capped.outcome.kind == "capped"
    assert capped.title.text() == "Hôm nay đã hết số cho lĩnh vực này"
    assert "ngày làm việc tiếp theo" in capped.message.text()
    assert capped.booking_qr.isVisible()  # the office's online booking, another day
    assert "đặt lịch hẹn" in capped.booking_caption.text()
    assert not capped.retry.isVisible()  # trying again now cannot help
    window.navigator.go(Route.TICKET_FIELDS)  # the tile says so before the next citizen taps
    fields: Any = window.navigator.current
    tile = fields.tiles[field["id"]]
    assert tile.subtitle.text() == "Hôm nay đã hết số" and tile.property("unavailable")
    assert window.context.core.sync.status.online is not False  # a refusal is no outage
    assert len(printer.wait_for_jobs(1)) == 1  # nothing printed for the refusal
    other = take_ticket(qtbot, window, field_index=1)  # other fields still give numbers
    assert other.outcome.kind == "issued"


WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def test_outside_opening_hours_the_kiosk_says_when_numbers_start_again(
    qtbot: QtBot,
    qapp: QApplication,
    province: ProvinceSimulator,
    core: KioskCore,
    printer: VirtualPrinter,
) -> None:
    office = province.store.catalogue["office"]
    tomorrow = datetime.now(ZoneInfo(office["timezone"])).date() + timedelta(days=1)
    hours = {"weekly": {WEEKDAY_KEYS[tomorrow.weekday()]: [{"start": "08:00", "end": "09:00"}]}}
    province.store.upsert_entity("office", office["id"], {**office, "hours": hours})
    window = open_window(qtbot, qapp, core)
    qtbot.waitUntil(lambda: window.context.catalogue is not None, timeout=10_000)
    closed = take_ticket(qtbot, window)
    assert closed.outcome.kind == "closed"
    assert closed.title.text() == "Hiện không trong giờ cấp số thứ tự"
    assert closed.details.text() == f"Cấp số trở lại từ 08:00 {tomorrow:%d/%m/%Y}."
    assert "tra cứu" in closed.message.text()  # what still works
    window.navigator.go(Route.TICKET_FIELDS)
    fields: Any = window.navigator.current
    subtitles = {tile.subtitle.text() for tile in fields.tiles.values()}
    assert subtitles == {f"Tạm ngừng: cấp số trở lại từ 08:00 {tomorrow:%d/%m/%Y}"}
    assert core.outbox.tickets() == [] and printer.jobs == []  # nothing asked, nothing printed


def test_a_capped_field_with_hours_says_when_it_gives_numbers_again(
    qtbot: QtBot, qapp: QApplication, province: ProvinceSimulator, core: KioskCore
) -> None:
    office = province.store.catalogue["office"]
    if datetime.now(ZoneInfo(office["timezone"])).time() >= time(23, 57):
        pytest.skip("the office's day ends at 23:59 here: run again after midnight")
    field = province.store.catalogue["fields"][0]
    every_day = {day: [{"start": "00:00", "end": "23:59"}] for day in WEEKDAY_KEYS}
    province.store.upsert_entity("office", office["id"], {**office, "hours": {"weekly": every_day}})
    province.store.upsert_entity("field", field["id"], {**field, "daily_cap": 1})
    window = open_window(qtbot, qapp, core)
    qtbot.waitUntil(lambda: window.context.catalogue is not None, timeout=10_000)
    assert take_ticket(qtbot, window).outcome.kind == "issued"
    capped = take_ticket(qtbot, window)
    assert capped.outcome.kind == "capped"
    tomorrow = datetime.now(ZoneInfo(office["timezone"])).date() + timedelta(days=1)
    assert capped.details.text() == f"Cấp số trở lại từ 00:00 {tomorrow:%d/%m/%Y}."
