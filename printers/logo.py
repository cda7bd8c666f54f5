"""The office's logo as a ticket prints it: decoded, scaled and dithered to black and white
once per logo and paper width (a kiosk prints hundreds of tickets with the same logo)."""

from __future__ import annotations

import base64
import binascii
import io
import logging
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported when a logo is first printed, not when the kiosk starts
    from PIL import Image

log = logging.getLogger(__name__)

MAX_SOURCE_SIDE = 1024
"""A larger picture is not a logo (and decoding it would cost memory for nothing)."""
LOGO_HEIGHT_DOTS = 72
"""The printed logo's height at most: 9 mm at 203 dpi (about 650 bytes a ticket)."""
LOGO_WIDTH_SHARE = 0.5
"""The printed logo's width at most, as a share of the paper's printable width."""


@lru_cache(maxsize=8)
def logo_image(png_base64: str, width_dots: int) -> Image.Image | None:
    """The logo in black and white (Floyd–Steinberg), no taller than ``LOGO_HEIGHT_DOTS`` nor
    wider than ``LOGO_WIDTH_SHARE`` of ``width_dots``; None, logged once, if it cannot be
    read as a picture of a sensible size."""
    from PIL import Image, UnidentifiedImageError

    try:
        data = base64.b64decode(png_base64, validate=True)
        with Image.open(io.BytesIO(data)) as source:
            if max(source.size) > MAX_SOURCE_SIDE:
                raise ValueError(f"{source.width}×{source.height} pixels")
            picture = source.convert("RGBA")
    except (binascii.Error, UnidentifiedImageError, OSError, ValueError) as exc:
        log.warning("the office's logo is not printed: %s", exc)
        return None
    flat = Image.new("RGBA", picture.size, "white")  # transparent parts print as paper
    flat.alpha_composite(picture)
    scale = min(LOGO_HEIGHT_DOTS / flat.height, width_dots * LOGO_WIDTH_SHARE / flat.width)
    size = (max(1, round(flat.width * scale)), max(1, round(flat.height * scale)))
    return flat.convert("L").resize(size, Image.Resampling.LANCZOS).convert("1")
