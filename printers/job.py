"""Building ESC/POS jobs once, as bytes, independent of how they are sent.

A :class:`JobBuilder` wraps python-escpos's ``Dummy`` printer with the configured capability
profile and adds what a Vietnamese kiosk needs: ASCII in native text, Vietnamese lines as
raster images, native QR where the profile has it, and a cut only where the profile can cut.
"""

from __future__ import annotations

from escpos.capabilities import CAPABILITIES
from escpos.printer import Dummy

from printers import raster_text

DOTS_BY_PAPER_MM = {58: 384, 80: 576}
MARGIN_DOTS = 16


def known_profiles() -> list[str]:
    """Names of the python-escpos capability profiles a printer can be configured with."""
    return sorted(CAPABILITIES["profiles"])


class JobBuilder:
    """Accumulates one job for a printer profile; :meth:`finish` returns its bytes."""

    def __init__(self, profile: str, paper_width_mm: int) -> None:
        self._printer = Dummy(profile=profile)
        self.width_dots = _profile_width(self._printer, paper_width_mm)
        self._printer.hw("INIT")

    @property
    def features(self) -> dict[str, bool]:
        """The profile's feature flags (qrCode, paperFullCut, …)."""
        return self._printer.profile.features

    def text(self, text: str, *, size: int = 24, bold: bool = False,
             align: str = "center") -> None:
        """A paragraph: native text when it is plain ASCII, otherwise wrapped raster lines."""
        self._printer.set(align=align, bold=bold, normal_textsize=True)
        if text.isascii():
            self._printer.textln(text)
            return
        for line in raster_text.wrap(text, size, bold, self.width_dots - MARGIN_DOTS):
            self._printer.image(raster_text.render_line(line, size, bold),
                                impl="bitImageRaster")

    def big(self, text: str, magnification: int) -> None:
        """Large native ASCII (the queue number), centred."""
        if not text.isascii():
            raise ValueError(f"big text must be ASCII: {text!r}")
        self._printer.set(align="center", bold=True, custom_size=True,
                          width=magnification, height=magnification)
        self._printer.textln(text)
        self._printer.set(normal_textsize=True, bold=False)

    def qr(self, content: str, module_size: int = 6) -> None:
        """A QR code, native when the profile supports it, else as an image."""
        self._printer.set(align="center")
        native = bool(self.features.get("qrCode"))
        self._printer.qr(content, size=module_size, native=native, center=not native)

    def feed(self, lines: int = 1) -> None:
        """Blank lines."""
        self._printer.ln(lines)

    def finish(self) -> bytes:
        """End the job (cut if the profile can, else feed past the tear bar); return bytes."""
        if self.features.get("paperFullCut") or self.features.get("paperPartCut"):
            self._printer.cut(feed=True)
        else:
            self._printer.ln(5)
        return bytes(self._printer.output)


def _profile_width(printer: Dummy, paper_width_mm: int) -> int:
    pixels = printer.profile.profile_data.get("media", {}).get("width", {}).get("pixels")
    return pixels if isinstance(pixels, int) else DOTS_BY_PAPER_MM[paper_width_mm]
