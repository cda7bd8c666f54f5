"""Tap to paper: from the citizen's tap to the last byte of the ticket at the printer.

The kiosk core takes tickets from the province simulator and prints them to the virtual
printer over TCP and over a serial pty throttled to 115200 baud, in raster and CP1258 text
modes, from the demo catalogue (whose office has its own logo, header and footer) and from a
realistic one (the same with a commune's long name, a long field name and priority tickets).
"Last byte" is when the printer read the final byte of the job, including the status query
that confirms it; "answer" is when the citizen's screen would get the result.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench.ticket_job import LONG_FIELD_NAME, REALISTIC_OFFICE
from kiosk.cli import build_kiosk_core
from kiosk.config import load_config
from simulators.province_api import DEFAULT_SEED, ProvinceSimulator
from simulators.virtual_printer import VirtualPrinter

SERIAL_BAUD = 115200
SERIAL = f"serial {SERIAL_BAUD} baud"
CASES = (
    ("TCP", "raster", "demo"),
    ("TCP", "cp1258", "demo"),
    (SERIAL, "raster", "demo"),
    (SERIAL, "cp1258", "demo"),
    (SERIAL, "raster", "realistic"),
)
"""Link, text mode and catalogue of each case."""


def realistic_seed(path: Path) -> Path:
    """The demo province with the realistic office's name and a long name for its first
    field (the one the cases take tickets for), written to ``path``."""
    seed = json.loads(DEFAULT_SEED.read_text(encoding="utf-8"))
    seed["office"]["name"] = REALISTIC_OFFICE.name
    seed["fields"][0]["name"] = LONG_FIELD_NAME
    path.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    return path


def run(repeats: int = 10) -> dict[str, dict[str, list[float]]]:
    """For each case: tap-to-last-byte and tap-to-answer times (ms)."""
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        provinces = {
            "demo": ProvinceSimulator(work / "demo.db").start(),
            "realistic": ProvinceSimulator(
                work / "realistic.db", seed_path=realistic_seed(work / "realistic.json")
            ).start(),
        }
        try:
            for index, (link, mode, content) in enumerate(CASES):
                name = f"{link}, {mode}" + (", realistic priority" if content != "demo" else "")
                results[name] = _measure(
                    work / f"case{index}",
                    provinces[content].url,
                    link,
                    mode,
                    repeats,
                    priority=content != "demo",
                )
        finally:
            for province in provinces.values():
                province.stop()
    return results


def _measure(
    work: Path, api_url: str, link: str, mode: str, repeats: int, *, priority: bool
) -> dict[str, list[float]]:
    serial = link.startswith("serial")
    printer = VirtualPrinter(pty=serial, baud=SERIAL_BAUD if serial else None).start()
    work.mkdir()
    (work / "kiosk.toml").touch()
    config = load_config(
        work / "kiosk.toml",
        environ={
            "KIOSK_PATHS_DATA_DIR": str(work / "data"),
            "KIOSK_PATHS_LOG_DIR": str(work / "logs"),
            "KIOSK_API_BASE_URL": api_url,
            "KIOSK_PRINTER_TEXT_MODE": mode,
            "KIOSK_PRINTER_URI": str(printer.serial_uri if serial else printer.uri),
        },
    )
    core = build_kiosk_core(config)
    try:
        if core.sync.run_cycle() is not None:
            raise RuntimeError("the simulator did not answer the first sync")
        catalogue = core.catalogue()
        assert catalogue is not None
        field_id = catalogue.fields[0].id
        to_last_byte: list[float] = []
        to_answer: list[float] = []
        for count in range(1, repeats + 1):
            tap = time.monotonic()
            outcome = core.desk.take(field_id, catalogue, priority)
            answered = time.monotonic()
            if outcome.kind != "issued":
                raise RuntimeError(f"ticket not printed: {outcome.kind} {outcome.detail}")
            job = printer.wait_for_jobs(count)[-1]
            to_last_byte.append((job.last_byte_at - tap) * 1000)
            to_answer.append((answered - tap) * 1000)
        return {"last_byte_ms": to_last_byte, "answer_ms": to_answer}
    finally:
        core.close()
        printer.stop()
