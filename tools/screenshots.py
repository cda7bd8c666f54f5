"""Render the kiosk's screens and its printed documents to docs/screenshots/ (offscreen).

Run with ``python3 dev.py screenshots``: the screens use the real simulator, virtual printer
and window. ``python3 dev.py screenshots --print-only`` renders just the printed documents
(sample data through the ESC/POS preview), without Qt, in a second or two.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import ASSETS_DIR, PROJECT_ROOT
from printers.job import JobSettings
from printers.raster_text import REGULAR_FONT
from printers.samples import sample_documents
from simulators.escpos_preview import save_preview

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

OUT_DIR = PROJECT_ROOT / "docs" / "screenshots"
PRINT_PREVIEWS: tuple[tuple[str, JobSettings, tuple[str, ...]], ...] = (
    ("{}-80mm", JobSettings("TM-T20II", 80),
     ("ticket", "receipt", "receipt-queued", "status-slip", "status-slip-offline", "guide",
      "payment-slip", "test-page")),
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
    poll.timeout.connect(lambda: predicate() and loop.quit())
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


def write_screens() -> list[Path]:
    """Run the kiosk against the simulators and grab each screen; return the paths written."""
    from PySide6.QtWidgets import QApplication

    from kiosk.cli import build_kiosk_core
    from kiosk.config import load_config
    from screens.app import WINDOWED_SIZE, create_window, setup_application
    from simulators.province_api import ProvinceSimulator
    from simulators.virtual_printer import VirtualPrinter

    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    province = ProvinceSimulator(work / "province.db").start()
    printer = VirtualPrinter(work / "printed",
                             font_path=ASSETS_DIR / "fonts" / "NotoSans-Regular.ttf").start()
    written: list[Path] = []
    try:
        config = load_config(environ={
            "KIOSK_CONFIG": str(_empty_file(work)), "KIOSK_API_BASE_URL": province.url,
            "KIOSK_PRINTER_URI": printer.uri, "KIOSK_PATHS_DATA_DIR": str(work / "data"),
            "KIOSK_PATHS_LOG_DIR": str(work / "logs")})
        core = build_kiosk_core(config)
        window = create_window(core)
        window.resize(*WINDOWED_SIZE)
        window.show()
        context = window.context
        wait_until(lambda: context.catalogue is not None and context.online is True)
        language = window.context.language

        def shot(name: str) -> None:
            app.processEvents()
            path = OUT_DIR / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        shot("home-vi")
        language.set_language("en")
        shot("home-en")
        language.set_language("vi")
        window.context.scans.receive(b"\x1b[31m?")  # a code the kiosk cannot use
        shot("home-scan-unknown-vi")
        window.navigator.screen("home").ticket_tile.click()
        shot("ticket-fields-vi")
        window.context.scans.receive(SAMPLE_ELDER_ID_CARD.encode())
        shot("ticket-fields-id-card-vi")
        window.navigator.screen("ticket_fields").wipe()
        print_screen = window.navigator.screen("ticket_print")
        fields = window.navigator.screen("ticket_fields")
        next(iter(fields.tiles.values())).click()
        wait_for(print_screen.finished)
        shot("ticket-issued-vi")
        language.set_language("en")
        shot("ticket-issued-en")
        language.set_language("vi")
        job = printer.wait_for_jobs(1)[0]
        if job.preview is not None:
            target = OUT_DIR / "ticket-80mm.png"
            shutil.copyfile(job.preview, target)
            written.append(target)
        dossier_screen = window.navigator.screen("dossier_status")
        dossier_code = province.store.dossiers()[1]["code"]
        window.navigator.home()
        shot_dossier = lambda name: (wait_for(dossier_screen.looked_up), shot(name))  # noqa: E731
        window.context.scans.receive(dossier_code.encode())  # a receipt scanned on Home
        shot_dossier("dossier-status-vi")
        language.set_language("en")
        shot("dossier-status-en")
        language.set_language("vi")
        dossier_screen.code.setText("000.00.17.H17-261120-9999")
        dossier_screen.look_up_typed()
        shot_dossier("dossier-unknown-vi")
        dossier_screen.code.setText("12345")
        dossier_screen.look_up_typed()
        shot("dossier-invalid-vi")
        province.stop()  # the network goes down: the next ticket comes from a leased block
        dossier_screen.look_up(dossier_code)
        shot_dossier("dossier-status-offline-vi")
        window.navigator.home()
        window.navigator.screen("home").ticket_tile.click()
        next(iter(fields.tiles.values())).click()
        wait_for(print_screen.finished)
        shot("ticket-offline-vi")
        offline_job = printer.wait_for_jobs(2)[1]
        if offline_job.preview is not None:
            target = OUT_DIR / "ticket-offline-80mm.png"
            shutil.copyfile(offline_job.preview, target)
            written.append(target)
        window.navigator.home()
        shot("home-offline-vi")
        for fault, after_bytes, name in (("paper_out", None, "ticket-printer-paper-out-vi"),
                                         ("paper_out", 300, "ticket-print-failed-vi")):
            printer.set_fault(None)
            printer.set_fault(fault, after_bytes=after_bytes)  # before, or during, the job
            window.navigator.home()
            window.navigator.screen("home").ticket_tile.click()
            next(iter(fields.tiles.values())).click()
            wait_for(print_screen.finished)
            shot(name)
        printer.stop()
        window.close()
        core.close()
    finally:
        province.stop()
        shutil.rmtree(work, ignore_errors=True)
    return written


SAMPLE_ELDER_ID_CARD = ("079050001234||Trần Văn Bình|01011950|Nam|12 Lê Lợi, Quận 1, "
                        "TP. Hồ Chí Minh|01012021")
"""A made-up citizen ID card QR of someone born in 1950."""


def _empty_file(directory: Path) -> Path:
    path = directory / "kiosk.toml"
    path.touch()
    return path


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
