"""Choosing how Vietnamese reaches paper: cp1258-raster, the test page's modes side by side,
and the technician's choice saved by ``kiosk set-text-mode`` or at ``kiosk print-test``."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from printers.job import JobBuilder, JobSettings, supported_text_modes
from printers.layouts.test_page import MODE_SAMPLE, build_test_page_job
from printers.raster_text import REGULAR_FONT
from printers.samples import sample_documents
from printers.vietnamese import decode_cp1258, encode_cp1258, encode_tcvn3
from simulators.escpos_preview import render_job
from simulators.virtual_printer import VirtualPrinter
from tests.kiosk_command import ROOT, kiosk, kiosk_env

GS_RASTER = b"\x1dv0"


def printed(job: bytes, *, composes_marks: bool) -> bytes:
    """The paper as a printer that does, or does not, draw a tone mark on its letter."""
    return render_job(job, 576, REGULAR_FONT, composes_marks=composes_marks).tobytes()


def test_cp1258_raster_reads_the_same_on_a_printer_that_cannot_compose_marks() -> None:
    """Every document in cp1258-raster prints the same whether the printer composes tone
    marks or gives them a cell of their own; in plain cp1258 the ticket does not. (The test
    page prints plain cp1258 too, on purpose, to compare.)"""
    for name, job in sample_documents(JobSettings("TM-T20II", 80, "cp1258-raster")).items():
        if name == "test-page":
            continue
        assert printed(job, composes_marks=True) == printed(job, composes_marks=False), name
    plain = sample_documents(JobSettings("TM-T20II", 80, "cp1258"))["ticket"]
    assert printed(plain, composes_marks=True) != printed(plain, composes_marks=False)


def test_cp1258_raster_prints_precomposed_paragraphs_as_code_page_text() -> None:
    job = JobBuilder(JobSettings("TM-T20II", 80, "cp1258-raster"))
    job.text("Đà Nẵng", align="left")  # ẵ has no CP1258 byte of its own: raster
    job.text("Quầy số 3", align="left")  # ầ, ố: raster
    job.text("Đà Lạt", align="left")  # ạ: raster
    job.text("Tây Ninh, Cà Mau, Hà Tĩnh", align="left")  # â à: one byte each
    data = job.finish()
    assert encode_cp1258("Tây Ninh, Cà Mau, Hà Tĩnh") not in data  # ĩ needs a tone byte
    assert data.count(GS_RASTER) == 4
    job = JobBuilder(JobSettings("TM-T20II", 80, "cp1258-raster"))
    job.text("Cà Mau, Tây Ninh, Đồng Tháp", align="left")
    job.text("Cà Mau, Tây Ninh, Sóc Trăng", align="left")
    data = job.finish()
    assert b"C\xe0 Mau, T\xe2y Ninh, S\xf3c Tr\xe3ng\n" in data  # à â ó ă: single bytes
    assert data.count(GS_RASTER) == 1  # Đồng: ồ is ô + a tone byte


def test_the_test_page_prints_the_sample_in_each_mode_numbered() -> None:
    job = build_test_page_job(
        JobSettings("TM-T20II", 80, "cp1258"), None, kiosk_id="K1", version="9.9"
    )
    headings = [line.decode() for line in re.findall(rb"\n?(\d\. [a-z0-9-]+[^\n]*)\n", job)]
    assert headings == [
        "1. raster",
        "2. cp1258 - dang dung",
        "3. cp1258-raster",
        "4. tcvn3",
        "5. ascii",
    ]
    first_words = MODE_SAMPLE.split(":")[0]  # "Đăng ký khai sinh"
    assert encode_cp1258(first_words) in job
    [(_page, lower_case)] = encode_tcvn3(first_words[1:])  # "ăng ký ...": one page
    assert lower_case in job
    assert b"Dang ky khai sinh: Nguyen Thi Ngoc Anh" in job
    assert "Đăng ký khai sinh" not in decode_cp1258(job.split(b"1. raster")[1].split(b"2. ")[0])
    # a printer without code pages compares only what it can print
    narrow = build_test_page_job(JobSettings("ZJ-5870", 58), None, kiosk_id="K1", version="9.9")
    assert supported_text_modes("ZJ-5870") == ["raster", "ascii"]
    assert b"1. raster - dang dung\n" in narrow and b"2. ascii\n" in narrow
    assert b"3. " not in narrow


def text_mode_in(config_file: Path) -> object:
    return (
        tomllib.loads(config_file.read_text(encoding="utf-8")).get("printer", {}).get("text_mode")
    )


def audit_events(tmp_path: Path) -> list[dict[str, object]]:
    lines = (tmp_path / "logs" / "technician-audit.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize(("given", "saved"), [("4", "tcvn3"), ("cp1258-raster", "cp1258-raster")])
def test_set_text_mode_saves_a_mode_by_its_number_or_name(
    tmp_path: Path, given: str, saved: str
) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('[printer]\n# the counter printer\nprofile = "TM-T20II"\n')
    result = kiosk(tmp_path, "set-text-mode", given)
    assert result.returncode == 0, result.stderr
    assert f"printer.text_mode raster -> {saved}" in result.stdout
    assert text_mode_in(config_file) == saved
    assert "# the counter printer" in config_file.read_text(encoding="utf-8")
    (event,) = audit_events(tmp_path)
    assert (event["event"], event["new"], event["via"]) == (
        "config_change",
        saved,
        "kiosk set-text-mode",
    )


@pytest.mark.parametrize(
    ("given", "env", "says"),
    [
        ("6", {}, "the TM-T20II prints 1 raster, 2 cp1258, 3 cp1258-raster, 4 tcvn3, 5 ascii"),
        ("cp1258", {"KIOSK_PRINTER_PROFILE": "ZJ-5870"}, "the ZJ-5870 prints 1 raster, 2 ascii"),
        ("tcvn3", {"KIOSK_PRINTER_TEXT_MODE": "ascii"}, "KIOSK_PRINTER_TEXT_MODE"),
    ],
)
def test_set_text_mode_refuses_what_the_printer_cannot_print_and_changes_nothing(
    tmp_path: Path, given: str, env: dict[str, str], says: str
) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("[printer]\n")
    result = kiosk(tmp_path, "set-text-mode", given, **env)
    assert result.returncode == 2
    assert says in result.stderr and "nothing changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert config_file.read_text(encoding="utf-8") == "[printer]\n"


def test_print_test_on_a_terminal_asks_which_mode_reads_right_and_saves_it(
    tmp_path: Path, printer: VirtualPrinter
) -> None:
    env = kiosk_env(tmp_path, KIOSK_PRINTER_URI=printer.uri)
    controller, terminal = pty.openpty()
    os.write(controller, b"3\n")  # typed ahead: read once the page has printed
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "print-test"],
            stdin=terminal,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
    finally:
        os.close(terminal)
        os.close(controller)
    assert result.returncode == 0, result.stderr
    assert "Which text mode reads right on the page?" in result.stdout
    assert "printer.text_mode raster -> cp1258-raster" in result.stdout
    assert text_mode_in(tmp_path / "kiosk.toml") == "cp1258-raster"
    (job,) = printer.wait_for_jobs(1)
    assert b"3. cp1258-raster\n" in job.data
