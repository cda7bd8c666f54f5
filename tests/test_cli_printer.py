"""Printer commands a technician runs from a shell: print-test, reprint; printer config errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.cli import build_kiosk_core
from kiosk.config import Config
from simulators.province_api import ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter
from tests.kiosk_command import kiosk

STATUS_QUERIES = re.compile(rb"(?:\x1dr\x01|\x10\x04[\x01\x02\x04])*")  # GS r 1, DLE EOT n


def test_print_test_prints_the_test_page_with_the_status(
    tmp_path: Path, printer: VirtualPrinter
) -> None:
    result = kiosk(tmp_path, "print-test", KIOSK_PRINTER_URI=printer.uri)
    assert result.returncode == 0, result.stderr
    assert "print-test: printer ONLINE" in result.stdout
    (job,) = printer.wait_for_jobs(1)
    sent = re.search(r"printed (\d+) bytes", result.stdout)
    assert job.printed and sent is not None
    # all of it arrived, followed at most by the status queries that confirmed it
    assert STATUS_QUERIES.fullmatch(job.data[int(sent[1]) :])


def test_print_test_on_a_printer_without_paper_fails_with_the_reason(
    tmp_path: Path, printer: VirtualPrinter
) -> None:
    printer.set_fault("paper_out")
    result = kiosk(tmp_path, "print-test", KIOSK_PRINTER_URI=printer.uri)
    assert result.returncode == 1
    assert "printer PAPER_OUT" in result.stdout
    assert "not printed: printer not ready: paper end" in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"KIOSK_PRINTER_URI": "serial:///dev/ttyS0?baudrate=12345"},
            "printer.uri: unsupported baud rate 12345",
        ),
        (
            {
                "KIOSK_PRINTER_URI": "tcp://10.0.0.9:9100",
                "KIOSK_PRINTER_PROFILE": "ZJ-5870",
                "KIOSK_PRINTER_PAPER_WIDTH_MM": "58",
                "KIOSK_PRINTER_TEXT_MODE": "cp1258",
            },
            "printer.text_mode: the ZJ-5870 has no cp1258 code page; it can use raster, ascii",
        ),
        ({"KIOSK_PRINTER_URI": "virtual"}, "printer.uri: 'virtual' is only for kiosk demo"),
    ],
)
def test_printer_config_errors_stop_before_anything_starts(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    result = kiosk(tmp_path, "print-test", **env)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_reprint_lists_and_reprints_a_failed_ticket(
    tmp_path: Path, province: ProvinceSimulator, printer: VirtualPrinter, config: Config
) -> None:
    core = build_kiosk_core(config)
    try:
        assert core.sync.run_cycle() is None
        catalogue = core.catalogue()
        assert catalogue is not None
        printer.set_fault("paper_out", after_bytes=300)  # paper runs out during the ticket
        outcome = core.desk.take(catalogue.fields[0].id, catalogue)
        assert outcome.kind == "print_failed" and outcome.ticket is not None
    finally:
        core.close()
    printer.set_fault(None)
    env = {"KIOSK_API_BASE_URL": province.url, "KIOSK_PRINTER_URI": printer.uri}

    listed = kiosk(tmp_path, "reprint", **env)
    assert listed.returncode == 0, listed.stderr
    assert "1 failed ticket(s) today" in listed.stdout
    assert f"{outcome.key}  {outcome.ticket.number}" in listed.stdout

    reprinted = kiosk(tmp_path, "reprint", outcome.key, **env)
    assert reprinted.returncode == 0, reprinted.stderr
    assert "reprint: issued" in reprinted.stdout
    assert any(
        job.printed and outcome.ticket.number.encode() in job.data
        for job in printer.wait_for_jobs(2)
    )
    assert province.store.tickets()[0]["status"] == "printed"  # told during the command

    again = kiosk(tmp_path, "reprint", outcome.key, **env)
    assert again.returncode == 1
    assert "no failed ticket of today" in again.stdout


def test_an_offline_ticket_that_did_not_print_is_reprinted_under_its_own_id(
    province: ProvinceSimulator, printer: VirtualPrinter, config: Config
) -> None:
    from simulators.faults import FaultSettings

    core = build_kiosk_core(config)
    try:
        assert core.sync.run_cycle() is None  # catalogue and leased blocks
        catalogue = core.catalogue()
        assert catalogue is not None
        province.faults.settings = FaultSettings(drop_rate=1.0)  # the network goes down
        printer.set_fault("paper_out", after_bytes=300)
        outcome = core.desk.take(catalogue.fields[0].id, catalogue)
        assert outcome.kind == "print_failed" and outcome.ticket is not None
        assert outcome.ticket.offline
        province.faults.settings = FaultSettings()
        printer.set_fault(None)
        assert core.desk.reprint(outcome.key, catalogue.office).kind == "issued"
        assert core.sync.run_cycle() is None  # the failure report, then the reprint
        assert core.outbox.depth().pending == 0 and core.outbox.depth().dead == 0
        (reported,) = [t for t in province.store.tickets() if t["number"] == outcome.ticket.number]
        assert (reported["id"], reported["status"]) == (outcome.key, "printed")
    finally:
        core.close()
