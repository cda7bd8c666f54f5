"""Render the kiosk's screens and its printed documents to docs/screenshots/ (offscreen).

Run with ``python3 dev.py screenshots``: the screens use the real simulator, virtual printer
and window, driven by taps as a citizen would (``tools.journey_walk``): every journey in its
meaningful states in Vietnamese, English, high-contrast and large-text variants of the main
ones at 1280×1024, the on-screen keyboard's pages, what the kiosk printed on the way
(``*-80mm.png``), and one sheet per kiosk panel size with every state at that size
(``sheet-<size>.png``). ``python3 dev.py screenshots --print-only`` renders just the printed
documents (sample data through the ESC/POS preview), without Qt, in a second or two.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from printers.job import JobSettings
from printers.raster_text import REGULAR_FONT
from printers.samples import DOCUMENT_NAMES, sample_documents
from simulators.escpos_preview import save_preview
from tools import PROJECT_ROOT
from tools.journey_walk import PANELS, Looks, Panel, Walk, walk_every_journey

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from simulators.virtual_printer import PrintedJob

OUT_DIR = PROJECT_ROOT / "docs" / "screenshots"
PRINT_PREVIEWS: tuple[tuple[str, JobSettings, tuple[str, ...], bool], ...] = (
    ("{}-80mm", JobSettings("TM-T20II", 80), DOCUMENT_NAMES, True),
    ("{}-cp1258-80mm", JobSettings("TM-T20II", 80, "cp1258"), ("ticket", "test-page"), True),
    ("{}-cp1258-apart-80mm", JobSettings("TM-T20II", 80, "cp1258"), ("test-page",), False),
    ("{}-cp1258-raster-80mm", JobSettings("TM-T20II", 80, "cp1258-raster"), ("ticket",), False),
    ("{}-58mm", JobSettings("ZJ-5870", 58), ("ticket",), True),
)
"""File name pattern, printer settings, the sample documents previewed with them, and whether
the printer draws a CP1258 tone mark on its letter (``apart``: in a cell of its own)."""
DETAIL_PANEL = "1280x1024"
"""The panel whose every state is also written full size, in its variants."""
SHEET_COLUMNS = 6
THUMB_WIDTH = 320


def write_print_previews(out_dir: Path = OUT_DIR) -> list[Path]:
    """Render each sample document as printed (``print-<name>[-mode]-<width>.png``); no Qt.

    Native text is drawn with the bundled Noto Sans, which stacks Vietnamese marks properly.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for pattern, settings, names, composes_marks in PRINT_PREVIEWS:
        documents = sample_documents(settings)
        width = 576 if settings.paper_width_mm == 80 else 384
        for name in names:
            path = out_dir / f"print-{pattern.format(name)}.png"
            job = documents[name]
            written.append(
                save_preview(job, path, width, REGULAR_FONT, composes_marks=composes_marks)
            )
    return written


def main(argv: list[str]) -> int:
    """Write the print previews and (unless ``--print-only``) the screens; print the paths."""
    written = write_print_previews()
    if "--print-only" not in argv:
        written += write_screens()
    for path in written:
        print(path.relative_to(PROJECT_ROOT))
    return 0


class Shots:
    """What the walk showed at one panel size: each state's image in Vietnamese for the
    sheet, and (on the detail panel) each state full size in its variants, and the prints."""

    def __init__(self, panel: Panel, *, full_size: bool) -> None:
        self.panel = panel
        self.full_size = full_size
        self.written: list[Path] = []
        self.sheet: list[tuple[str, QImage]] = []
        self.size_problems: list[str] = []

    def visit(self, walk: Walk, name: str, looks: Looks) -> None:
        """Grab ``name`` in Vietnamese, and if full size, its English, high-contrast and
        large-text variants."""
        image = self._grab(walk)
        self.sheet.append((name, image))
        if not self.full_size:
            return
        self._save(image, f"{name}-vi")
        context = walk.window.context
        if looks.en:
            context.language.set_language("en")
            self._save(self._grab(walk), f"{name}-en")
            context.language.set_language("vi")
        # each switch restyles every widget (about a second): one switch per look, one back
        wanted = [look for look, on in (("hc", looks.hc), ("large", looks.large)) if on]
        for look in wanted:
            context.display.set(high_contrast=look == "hc", large_text=look == "large")
            self._save(self._grab(walk), f"{name}-{look}-vi")
        if wanted:
            context.display.reset()
        walk.settle()

    def printed(self, name: str, job: PrintedJob) -> None:
        """Keep the preview of what the kiosk printed (full-size run only)."""
        if self.full_size and job.preview is not None:
            target = OUT_DIR / f"{name}.png"
            shutil.copyfile(job.preview, target)
            self.written.append(target)

    def _grab(self, walk: Walk) -> QImage:
        walk.settle()
        image = walk.window.grab().toImage()
        if (image.width(), image.height()) != self.panel.size:
            self.size_problems.append(f"{image.width()}×{image.height()}")  # squeezed
        return image

    def _save(self, image: QImage, name: str) -> None:
        path = OUT_DIR / f"{name}.png"
        image.save(str(path))
        self.written.append(path)

    def save_sheet(self) -> Path:
        """Every state's image side by side, named, as ``sheet-<panel>.png``."""
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QColor, QFont, QImage, QPainter

        width, height = self.panel.size
        thumb_height = round(THUMB_WIDTH * height / width)
        label_height, gap = 30, 16
        columns = min(SHEET_COLUMNS, len(self.sheet))
        rows = -(-len(self.sheet) // columns)
        sheet = QImage(
            gap + columns * (THUMB_WIDTH + gap),
            gap + rows * (thumb_height + label_height + gap),
            QImage.Format.Format_RGB32,
        )
        sheet.fill(QColor("#d0d4da"))
        painter = QPainter(sheet)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        font = QFont("Noto Sans")
        font.setPixelSize(16)
        painter.setFont(font)
        for index, (name, image) in enumerate(self.sheet):
            row, column = divmod(index, columns)
            left = gap + column * (THUMB_WIDTH + gap)
            top = gap + row * (thumb_height + label_height + gap)
            painter.drawImage(
                QRect(left, top, THUMB_WIDTH, thumb_height),
                image.scaled(
                    THUMB_WIDTH,
                    thumb_height,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
            painter.drawText(
                QRect(left, top + thumb_height, THUMB_WIDTH, label_height),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        painter.end()
        path = OUT_DIR / f"sheet-{self.panel.name}.png"
        _save_in_256_colours(sheet, path)
        return path


def _save_in_256_colours(image: QImage, path: Path) -> None:
    """Save ``image`` as a palette PNG: a third of the bytes, the interface's flat colours
    kept (Pillow's median cut; Qt's own palette turns light greys cyan)."""
    from PIL import Image

    image.save(str(path))
    with Image.open(path) as full:
        palette = full.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, optimize=True)


def write_screens() -> list[Path]:
    """Walk every journey on every panel size and grab each state; return the paths written."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for panel in PANELS:
        shots = Shots(panel, full_size=panel.name == DETAIL_PANEL)
        walk_every_journey(panel, shots.visit, shots.printed)
        written += [*shots.written, shots.save_sheet()]
        if shots.size_problems:
            print(f"window not {panel.name} in: " + "; ".join(shots.size_problems), file=sys.stderr)
    written += write_keyboards()
    written += write_boards()
    return written


BOARD_SIZES = ((1920, 1080), (1080, 1920), (1366, 768))
"""A TV in the waiting room, one turned upright, and an old monitor."""


def write_boards() -> list[Path]:
    """The calling board at each size, after four counters called, on a fresh simulator."""
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.services.board import BoardFeed
    from kiosk.sync.api import ProvinceApi
    from screens.board import BoardWindow
    from simulators.province_api import DEFAULT_TOKEN, ProvinceSimulator

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for width, height in BOARD_SIZES:
            simulator = ProvinceSimulator(Path(tmp) / f"board-{width}x{height}.db").start()
            api = ProvinceApi(simulator.url, DEFAULT_TOKEN, kiosk_id="BOARD", deadline_s=2)
            try:
                board = BoardWindow(BoardFeed(api), lambda _call: None, "Asia/Ho_Chi_Minh")
                board.resize(width, height)
                board.show()
                board.start()
                wait(800)
                for field_id in ("ho-tich", "chung-thuc", "dat-dai", "ho-tich"):
                    _, ticket = simulator.store.issue_ticket(field_id, False, "K", simulator.url)
                    simulator.store.record_print(ticket["id"], True, "")
                for counter_id in ("q1", "q3", "q4", "q2"):
                    simulator.store.call_next(counter_id)
                wait(2600)  # a poll brings the calls, and they flash
                path = OUT_DIR / f"board-{width}x{height}.png"
                board.grab().save(str(path))
                written.append(path)
                board.close()
            finally:
                api.close()
                simulator.stop()
    return written


def write_keyboards() -> list[Path]:
    """The on-screen keyboard's pages on their own, as wide as the detail panel."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from screens.onscreen_keyboard import OnScreenKeyboard

    editor = QLineEdit()
    keyboard = OnScreenKeyboard()
    keyboard.resize(KEYBOARD_WIDTH, KEYBOARD_HEIGHT)
    keyboard.show()
    written: list[Path] = []

    def grab(name: str) -> None:
        QApplication.processEvents()
        path = OUT_DIR / f"{name}.png"
        keyboard.grab().save(str(path))
        written.append(path)

    def tap(key: str) -> None:
        QTest.mouseClick(keyboard.button(key), Qt.MouseButton.LeftButton)

    for mode in ("text", "code", "numeric"):
        keyboard.attach(editor, mode)
        grab(f"keyboard-{mode}")
    keyboard.attach(editor, "text")
    tap("symbols")
    grab("keyboard-symbols")
    tap("letters")
    tap("shift")
    grab("keyboard-text-shift")
    keyboard.close()
    return written


KEYBOARD_WIDTH = 1280
KEYBOARD_HEIGHT = 422
"""Height of the keyboard images: the keyboard as the procedure search shows it."""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
