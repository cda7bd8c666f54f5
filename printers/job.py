"""Building ESC/POS jobs once, as bytes, independent of how they are sent.

A :class:`JobBuilder` wraps python-escpos's ``Dummy`` printer with the configured capability
profile and adds what a Vietnamese kiosk needs: text in the configured :data:`TextMode`,
wrapped by us (never left to the printer), native QR and Code128 where the profile has them
and images otherwise, and a cut only where the profile can cut. A code is never printed as
text alone: a Code128 too wide for the paper at 0.25 mm a bar becomes a QR.

Raster mode keeps jobs small: ASCII paragraphs go out as native text, Vietnamese lines as
images cropped to their ink, with the blank rows above and below sent as paper feeds.

Pillow, qrcode, python-barcode and python-escpos's printer classes are imported by the first
job, not with this module: the kiosk needs only :class:`JobSettings` to start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, get_args

from escpos.constants import (
    BARCODE_HEIGHT,
    BARCODE_TXT_OFF,
    BARCODE_TYPE_B,
    BARCODE_WIDTH,
    CODEPAGE_CHANGE,
    QR_ECLEVEL_M,
)

from printers.capabilities import CAPABILITIES
from printers.vietnamese import (
    TCVN3_LOWER_PAGE,
    TCVN3_UPPER_PAGE,
    cp1258_precomposed,
    encode_cp1258,
    encode_tcvn3,
    fold_to_ascii,
)
from printers.wrapping import wrap_words

if TYPE_CHECKING:
    from PIL import Image

    from kiosk.config import Config

TextMode = Literal["raster", "cp1258", "cp1258-raster", "tcvn3", "ascii"]
"""How Vietnamese reaches paper: ``raster`` images from the bundled font; ``cp1258`` the
printer's Windows-1258 page (a toned letter it lacks is a base byte and a tone-mark byte, which
the printer must draw in one cell); ``cp1258-raster`` that page only for paragraphs whose
letters it has precomposed, the others as raster (for printers that give a tone mark a cell
of its own); ``tcvn3`` the TCVN-3 pages (every letter precomposed); ``ascii`` marks stripped."""
TEXT_MODES: tuple[TextMode, ...] = get_args(TextMode)
DOTS_BY_PAPER_MM = {58: 384, 80: 576}
FONT_A_DOTS = 12
"""Width of one Font A character cell: 48 columns on 576 dots, 32 on 384."""
MARGIN_DOTS = 16
"""Room left beside wrapped raster lines."""
MAGNIFICATION_STEP = 28
"""Native text grows one magnification step (GS !) for every this many pixels of size."""
TEAR_FEED_LINES = 5
QUIET_ZONE_MODULES = 4
"""Blank modules a QR code needs above and below it."""
BARCODE_HEIGHT_DOTS = 80
MAX_MODULE_DOTS = 3
"""Widest Code128 module: 0.375 mm, plenty for any scanner."""
MIN_MODULE_DOTS = 2
"""Narrowest Code128 module: 0.25 mm. Thermal print gain widens bars by half a dot to a dot,
which closes the 1-dot spaces of a narrower code; scanners then misread it."""
BARCODE_QUIET_MODULES = 10
"""Blank modules a Code128 needs on each side, inside the printable width."""
CODE_QR_MODULE_DOTS = (4, 3)
"""Module sizes, largest first, for a code printed as a QR because its Code128 is too wide:
never under 3 dots (0.375 mm), so print gain does not merge its modules."""
CodeKind = Literal["code128", "qr"]
_TCVN3_CODE_PAGES = {TCVN3_LOWER_PAGE: "TCVN-3-1", TCVN3_UPPER_PAGE: "TCVN-3-2"}
_CODE_PAGES: dict[TextMode, tuple[str, ...]] = {
    "cp1258": ("CP1258",),
    "cp1258-raster": ("CP1258",),
    "tcvn3": tuple(_TCVN3_CODE_PAGES.values()),
}
_RASTER_MODES: frozenset[TextMode] = frozenset({"raster", "cp1258-raster"})
Align = Literal["left", "center", "right"]
_AFTER_INIT: tuple[Align, bool, int] = ("left", False, 1)
"""Alignment, emphasis and magnification after ESC @."""


def known_profiles() -> list[str]:
    """Names of the python-escpos capability profiles a printer can be configured with."""
    return sorted(CAPABILITIES["profiles"])


def supported_text_modes(profile: str) -> list[TextMode]:
    """The text modes a profile can print: code-page modes only where it has the code pages."""
    data = _profile_data(profile)
    pages = set(data.get("codePages", {}).values())
    return [
        mode
        for mode in TEXT_MODES
        if (mode not in _RASTER_MODES or data["features"].get("bitImageRaster"))
        and set(_CODE_PAGES.get(mode, ())) <= pages
    ]


class UnsupportedTextMode(ValueError):
    """The printer profile cannot print the configured text mode."""


class UnknownProfile(ValueError):
    """No python-escpos capability profile has this name."""


@dataclass(frozen=True)
class JobSettings:
    """How jobs are built for one printer: its profile, paper and way of printing Vietnamese."""

    profile: str
    paper_width_mm: int
    text_mode: TextMode = "raster"

    def __post_init__(self) -> None:
        if self.profile not in CAPABILITIES["profiles"]:
            raise UnknownProfile(
                f"unknown printer model {self.profile!r}; expected one of "
                f"{', '.join(known_profiles())}"
            )
        if self.paper_width_mm not in DOTS_BY_PAPER_MM:
            raise ValueError(f"paper width must be 58 or 80 mm, not {self.paper_width_mm}")
        supported = supported_text_modes(self.profile)
        if self.text_mode not in supported:
            raise UnsupportedTextMode(
                f"the {self.profile} has no {self.text_mode} code page; it can use "
                f"{', '.join(supported)}"
            )

    def prints(self, text: str) -> bool:
        """Whether every letter of ``text`` can reach this paper: any script as raster, only
        Latin letters (Vietnamese among them) through a code page."""
        return self.text_mode in _RASTER_MODES or all(
            not char.isalpha() or fold_to_ascii(char).isalpha() for char in text
        )


def printer_settings_problem(config: Config) -> str:
    """Why the printer settings of ``config`` would stop the kiosk at start ("" if none)."""
    section = config.printer
    try:
        JobSettings(section.profile, section.paper_width_mm, section.text_mode)
    except UnknownProfile as exc:
        return f"printer.profile: {exc}"
    except UnsupportedTextMode as exc:
        return f"printer.text_mode: {exc}"
    except ValueError as exc:
        return f"printer: {exc}"
    return ""


class JobBuilder:
    """Accumulates one job for a printer; :meth:`finish` returns its bytes."""

    def __init__(self, settings: JobSettings) -> None:
        from escpos.printer import Dummy

        self.settings = settings
        self._printer = Dummy(profile=settings.profile)
        self.width_dots = _width_dots(settings)
        self.columns = self.width_dots // FONT_A_DOTS
        self._pending_feed = 0
        self._style: tuple[Align, bool, int] = _AFTER_INIT
        self._code_page = ""
        self._qr_contents: set[str] = set()
        self._printer.hw("INIT")
        if settings.text_mode in ("cp1258", "cp1258-raster"):
            self._raw(self._select_code_page("CP1258"))

    @property
    def size(self) -> int:
        """Bytes of the job so far (before :meth:`finish`)."""
        return sum(len(part) for part in self._printer._output_list)

    @property
    def features(self) -> dict[str, bool]:
        """The profile's feature flags (qrCode, paperFullCut, …)."""
        features: dict[str, bool] = self._printer.profile.features
        return features

    def text(
        self,
        text: str,
        *,
        size: int = 24,
        bold: bool = False,
        align: Align = "center",
        mode: TextMode | None = None,
    ) -> None:
        """A paragraph, wrapped to the paper: native text, or raster lines for Vietnamese.

        ``mode`` prints this paragraph in another text mode than the job's (the test page's
        side-by-side modes); the profile must support it.
        """
        mode = mode or self.settings.text_mode
        lines = self._wrap(text, size, bold, mode, balanced=align == "center")
        if _as_raster(text, mode):
            from printers import raster_text

            self._set_style(align, bold, 1)
            for line in lines:
                self._image(raster_text.render_line(line, size, bold))
            return
        self._set_style(align, bold, _magnification(size))
        for line in lines:
            self._raw(self._encode(line, mode) + b"\n")

    def fitting_size(self, text: str, sizes: tuple[int, ...], *, bold: bool = False) -> int:
        """The first of ``sizes`` (largest first) at which ``text`` takes one line on this
        paper, else the last: a long name set smaller rather than across many lines."""
        mode = self.settings.text_mode
        return next(
            (size for size in sizes if len(self._wrap(text, size, bold, mode)) == 1), sizes[-1]
        )

    def big(self, text: str, magnification: int) -> None:
        """Large native ASCII (the queue number), centred."""
        if not text.isascii():
            raise ValueError(f"big text must be ASCII: {text!r}")
        self._set_style("center", True, magnification)
        self._raw(text.encode("ascii") + b"\n")

    def qr(self, content: str, module_size: int = 6) -> None:
        """A QR code, centred: native when the profile supports it, else as an image.

        A job prints each content as a QR once: a second QR of the same text (a receipt's
        dossier code already printed as a QR by :meth:`barcode128`) is left out.
        """
        if content in self._qr_contents:
            return
        self._qr_contents.add(content)
        self._set_style("center", False, 1)
        self._pending_feed += QUIET_ZONE_MODULES * module_size
        if self.features.get("qrCode"):
            self._flush_feed()
            self._printer.qr(content, ec=QR_ECLEVEL_M, size=module_size, native=True)
        else:
            import qrcode

            code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
            code.add_data(content)
            code.make(fit=True)
            self._code_image(code.get_matrix(), module_size)
        self._pending_feed += QUIET_ZONE_MODULES * module_size

    def barcode128(self, content: str) -> CodeKind:
        """``content`` as a centred scannable code with its text below; returns which code.

        A Code128 (native GS k, code sets B and C, when the profile has barcodes, else an
        image) when it fits the paper with its quiet zones at :data:`MIN_MODULE_DOTS` a module
        or more; otherwise a QR (native or an image, modules of 3 dots or more). Never only
        the text.
        """
        if not content.isascii() or not content.isprintable():
            raise ValueError(f"Code128 takes printable ASCII: {content!r}")
        self._set_style("center", False, 1)
        kind: CodeKind = "code128"
        if self.features.get("barcodeB"):
            data, modules = _code128_data(content)
            if _REALTIME.search(data):  # digit pairs such as "16" "04" would read as DLE EOT
                data = b"{B" + content.replace("{", "{{").encode()
                modules = 11 * (len(content) + 3) + 2
            module = self._bar_module(modules)
            if module:
                self._flush_feed()
                self._raw(
                    BARCODE_HEIGHT
                    + bytes([BARCODE_HEIGHT_DOTS])
                    + BARCODE_WIDTH
                    + bytes([module])
                    + BARCODE_TXT_OFF
                    + BARCODE_TYPE_B["CODE128"]
                    + bytes([len(data)])
                    + data
                )
            else:
                kind = "qr"
        else:
            import barcode

            bars = str(barcode.get_barcode_class("code128")(content).build()[0])
            module = self._bar_module(len(bars))
            if module:
                self._code_image([[bar == "1" for bar in bars]], module, BARCODE_HEIGHT_DOTS)
            else:
                kind = "qr"
        if kind == "qr":
            self.qr(content, module_size=self._code_qr_module(content))
        self.text(content, size=20)
        return kind

    def rule(self) -> None:
        """A separator across the full width."""
        self._set_style("left", False, 1)
        self._raw(b"-" * self.columns + b"\n")

    def image(self, picture: Image.Image, align: Align = "center") -> None:
        """A black-on-white picture no wider than the paper (rulers, patterns)."""
        if picture.width > self.width_dots:
            raise ValueError(f"image {picture.width} dots wide; the paper has {self.width_dots}")
        self._set_style(align, False, 1)
        self._image(picture.convert("1"))

    def feed(self, lines: int = 1) -> None:
        """Blank lines."""
        self._flush_feed()
        self._raw(b"\n" * lines)

    def finish(self, *, partial_cut: bool = False) -> bytes:
        """End the job (cut if the profile can, else feed past the tear bar); return bytes.

        ``partial_cut`` leaves a hinge where the profile can (pages of one document stay
        together until torn apart)."""
        self._flush_feed()
        if self.features.get("paperFullCut") or self.features.get("paperPartCut"):
            self._printer.cut(mode="PART" if partial_cut else "FULL", feed=True)
        else:
            self._raw(b"\n" * TEAR_FEED_LINES)
        return bytes(self._printer.output)

    # ----------------------------------------------------------------- internals
    def _bar_module(self, modules: int) -> int:
        """The widest Code128 module (dots) that fits with its quiet zones; 0 if under 2."""
        module = min(MAX_MODULE_DOTS, self.width_dots // (modules + 2 * BARCODE_QUIET_MODULES))
        return module if module >= MIN_MODULE_DOTS else 0

    def _code_qr_module(self, content: str) -> int:
        """The module size of the QR standing in for a Code128 of ``content``."""
        import qrcode

        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        code.add_data(content)
        code.make(fit=True)
        side = code.modules_count + 2 * QUIET_ZONE_MODULES
        for module in CODE_QR_MODULE_DOTS:
            if side * module <= self.width_dots:
                return module
        raise ValueError(f"{content!r} is too long for a QR on {self.width_dots} dots")

    def _wrap(
        self, text: str, size: int, bold: bool, mode: TextMode, *, balanced: bool = False
    ) -> list[str]:
        """The lines ``text`` takes on this paper: measured in the bundled font's dots where
        it goes out as raster, else in character cells of the magnified printer font;
        ``balanced`` makes them of even length (for centred text)."""
        wrap = _balanced if balanced else _greedy
        if _as_raster(text, mode):
            from printers import raster_text

            dots = partial(raster_text.text_width, size=size, bold=bold)
            return wrap(lambda width: wrap_words(text, width, dots), self.width_dots - MARGIN_DOTS)

        def cells(part: str) -> int:
            return text_cells(part, mode)

        columns = self.columns // _magnification(size)
        return wrap(lambda width: wrap_words(text, width, cells), columns)

    def _raw(self, data: bytes) -> None:
        self._flush_feed()
        self._printer._raw(data)

    def _encode(self, line: str, mode: TextMode) -> bytes:
        """One line of native text in ``mode``'s code page(s), selected where not yet."""
        if mode in ("cp1258", "cp1258-raster"):
            return self._select_code_page("CP1258") + encode_cp1258(line)
        if mode == "tcvn3":
            return b"".join(
                self._select_code_page(_TCVN3_CODE_PAGES[page]) + data
                if not data.isascii()
                else data
                for page, data in encode_tcvn3(line)
            )
        return (fold_to_ascii(line) if mode == "ascii" else line).encode("ascii")

    def _select_code_page(self, name: str) -> bytes:
        """ESC t with the profile's number for code page ``name``, unless it is selected."""
        if name == self._code_page:
            return b""
        self._code_page = name
        code_pages: dict[str, int] = self._printer.profile.get_code_pages()
        return bytes(CODEPAGE_CHANGE) + bytes([int(code_pages[name])])

    def _set_style(self, align: Align, bold: bool, magnification: int) -> None:
        """Send only the text settings that change."""
        previous_align, previous_bold, previous_magnification = self._style
        if align != previous_align:
            self._printer.set(align=align)
        if bold != previous_bold:
            self._printer.set(bold=bold)
        if magnification != previous_magnification:
            self._printer.set(custom_size=True, width=magnification, height=magnification)
        self._style = (align, bold, magnification)

    def _code_image(self, rows: list[list[bool]], module: int, height: int = 0) -> None:
        """Dark modules of ``module`` dots (rows stretched to ``height``) as an image; with
        an even module, drawn at half size and printed at double width and height (a
        quarter of the bytes, the same dots on paper)."""
        if module % 2 == 0 and height % 2 == 0:
            self._image(_modules_image(rows, module // 2, height // 2), double=(True, True))
        else:
            self._image(_modules_image(rows, module, height))

    def _image(self, picture: Image.Image, *, double: tuple[bool, bool] = (False, False)) -> None:
        """A 1-bit picture as GS v 0, its blank top and bottom rows sent as paper feed;
        ``double`` (width, height) has the printer print each column, each row, twice."""
        from PIL import Image

        double_width, double_height = double
        rows = 2 if double_height else 1
        ink = Image.eval(picture.convert("L"), lambda v: 255 - v).getbbox()
        if ink is None:
            self._pending_feed += picture.height * rows
            return
        self._pending_feed += ink[1] * rows
        self._flush_feed()
        first_new = len(self._printer._output_list)
        self._printer.image(
            picture.crop((0, ink[1], picture.width, ink[3])),
            impl="bitImageRaster",
            high_density_horizontal=not double_width,
            high_density_vertical=not double_height,
        )
        for index in range(first_new, len(self._printer._output_list)):  # GS v 0 fragments
            fragment = self._printer._output_list[index]
            self._printer._output_list[index] = fragment[:8] + without_realtime(fragment[8:])
        self._pending_feed += (picture.height - ink[3]) * rows

    def _flush_feed(self) -> None:
        """Feed the blank dots owed since the last output (ESC J, at most 255 dots each)."""
        while self._pending_feed > 0:
            dots = min(255, self._pending_feed)
            self._printer._raw(b"\x1bJ" + bytes([dots]))
            self._pending_feed -= dots


def without_realtime(data: bytes) -> bytes:
    """Image bytes in which no real-time command (DLE EOT, DLE ENQ, DLE DC4) can be seen.

    Printers act on these sequences even inside image data, and would answer status the
    kiosk did not ask for; setting bit 1 of the byte after DLE changes one dot instead.
    """
    return _REALTIME.sub(lambda match: bytes([0x10, match[0][1] | 0x02]), data)


def text_cells(text: str, mode: TextMode) -> int:
    """Character cells ``text`` takes on the printer in ``mode``: the bytes it encodes to.

    In CP1258 a toned letter is a base byte plus a combining tone byte, and many printers
    give the tone its own cell; TCVN-3 counts the bytes of its runs (an ESC t page switch
    takes no cell); ASCII counts the fold. Raster mode sends only ASCII as native text.
    """
    if mode in ("cp1258", "cp1258-raster"):
        return len(encode_cp1258(text))
    if mode == "tcvn3":
        return sum(len(data) for _, data in encode_tcvn3(text))
    if mode == "ascii":
        return len(fold_to_ascii(text))
    return len(unicodedata.normalize("NFC", text))


def _magnification(size: int) -> int:
    """The printer font's magnification (GS !) that stands for type of ``size`` pixels."""
    return min(8, 1 + size // MAGNIFICATION_STEP)


def _as_raster(text: str, mode: TextMode) -> bool:
    """Whether a paragraph goes out as raster lines in ``mode``: in raster mode any
    non-ASCII paragraph, in cp1258-raster one with a letter CP1258 has no single byte for."""
    if mode == "raster":
        return not text.isascii()
    return mode == "cp1258-raster" and not cp1258_precomposed(text)


_REALTIME = re.compile(rb"\x10[\x04\x05\x14]")
"""Real-time commands: DLE EOT n, DLE ENQ n, DLE DC4 fn."""


def _greedy(wrap: Callable[[int], list[str]], width: int) -> list[str]:
    return wrap(width)


def _balanced(wrap: Callable[[int], list[str]], width: int) -> list[str]:
    """Lines of even length (for centred text): the narrowest wrap that adds no line."""
    lines = wrap(width)
    if len(lines) < 2:
        return lines
    count = len(lines)
    low, high = 1, width
    while low < high:
        middle = (low + high) // 2
        if len(wrap(middle)) <= count:
            high = middle
        else:
            low = middle + 1
    return wrap(low)


def _code128_data(content: str) -> tuple[bytes, int]:
    """The GS k payload for ``content`` and its width in modules.

    Text goes in code set B ("{B", as python-escpos and the printers expect), runs of digits
    in code set C (two digits a symbol) where that takes fewer symbols. The width counts the
    start, data, switch, check and stop symbols of 11 modules and the final 2-module bar.
    """
    if not content:
        raise ValueError("Code128 needs at least one character")
    data, symbols, code_set = bytearray(), 3, ""

    def switch(to: str) -> None:
        nonlocal symbols, code_set
        if to != code_set:
            data.extend(b"{" + to.encode())
            symbols += 1 if code_set else 0
            code_set = to

    parts = re.split(r"(\d+)", content)  # text, digits, text, ... (possibly empty)
    for index, part in enumerate(parts):
        digits = index % 2 == 1
        head = part[: len(part) % 2] if digits else part
        pairs = len(part) // 2 if digits else 0
        at_start, at_end = not "".join(parts[:index]), not "".join(parts[index + 1 :])
        switches = (0 if at_start and not head else 1) + (0 if at_end else 1)
        if digits and pairs + switches + len(head) >= len(part):
            head, pairs = part, 0
        if head:
            switch("B")
            data.extend(head.replace("{", "{{").encode("ascii"))
            symbols += len(head)
        if pairs:
            switch("C")
            data.extend(int(part[i : i + 2]) for i in range(len(head), len(part), 2))
            symbols += pairs
    return bytes(data), 11 * symbols + 2


def _modules_image(rows: list[list[bool]], module: int, height: int = 0) -> Image.Image:
    """A black-on-white image of dark modules, ``module`` dots each (rows stretched to
    ``height`` when given)."""
    from PIL import Image

    width = len(rows[0])
    image = Image.frombytes(
        "L", (width, len(rows)), bytes(0 if dark else 255 for row in rows for dark in row)
    )
    size = (width * module, height or len(rows) * module)
    return image.resize(size, Image.Resampling.NEAREST).convert("1")


def _profile_data(profile: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = CAPABILITIES["profiles"][profile]
        return data
    except KeyError:
        raise ValueError(f"unknown printer profile {profile!r}") from None


def _width_dots(settings: JobSettings) -> int:
    """Printable dots: the paper's, or fewer if the profile says its head is narrower."""
    paper = DOTS_BY_PAPER_MM[settings.paper_width_mm]
    pixels = _profile_data(settings.profile).get("media", {}).get("width", {}).get("pixels")
    return min(paper, pixels) if isinstance(pixels, int) else paper
