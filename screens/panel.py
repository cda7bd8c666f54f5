"""The panel the kiosk fills, in millimetres: touch targets are sized for fingers, not pixels.

A display reports its size (EDID) to the system, which Qt passes on as the screen's physical
size. Some report nothing or nonsense, and a panel turned upright often still reports its
landscape size: the size is matched to the pixels' orientation and kept only if plausible.
"""

from __future__ import annotations

KEY_MM = 18.0
"""The height an on-screen key aims at on the glass: a fingertip, with room to spare."""
KEY_MIN_PX, KEY_MAX_PX = 52, 88
"""Whatever the panel, keys stay legible and never crowd out the rest of the screen."""
KEYBOARD_SHARE = 0.35
"""The most of the window's height the on-screen keyboard takes."""
KEYBOARD_ROWS, KEYBOARD_EXTRA_PX = 4, 24 + 3 * 10
"""Key rows on every page, and the keyboard's margins and gaps between them."""
TYPE_DESIGN_DENSITY = 4.0
"""Pixels per mm of the panel the type sizes were chosen on (21.5-inch, 1920×1080)."""
TYPE_SCALE_FROM, TYPE_SCALE_MAX = 5.0, 1.3
"""Denser panels than this (a 15.6-inch 1920×1080) get larger type, up to this factor."""
_DENSITY_RANGE = (1.5, 16.0)
"""Plausible pixels per millimetre (about 38 to 400 dpi); outside it the report is wrong."""


def pixels_per_mm(pixels: tuple[int, int], reported_mm: tuple[float, float]) -> float | None:
    """The panel's pixel density from its pixel size and its reported size in mm, or None
    when the report is missing or implausible (orientation does not matter)."""
    long_px, short_px = sorted(pixels, reverse=True)
    long_mm, short_mm = sorted(reported_mm, reverse=True)
    if short_mm <= 0 or short_px <= 0:
        return None
    along, across = long_px / long_mm, short_px / short_mm
    if abs(along - across) > 0.15 * max(along, across):  # not the shape of the pixels
        return None
    density = (along + across) / 2
    low, high = _DENSITY_RANGE
    return density if low <= density <= high else None


def key_height_px(window_height: int, density: float | None) -> int:
    """How tall an on-screen key is: ``KEY_MM`` where the panel's density is known, never
    taller than leaves the keyboard within ``KEYBOARD_SHARE`` of the window's height."""
    wanted = KEY_MAX_PX if density is None else round(KEY_MM * density)
    room = int((window_height * KEYBOARD_SHARE - KEYBOARD_EXTRA_PX) / KEYBOARD_ROWS)
    return max(KEY_MIN_PX, min(wanted, room, KEY_MAX_PX))


def type_scale(density: float | None) -> float:
    """How much larger than designed the type must be for text to read as large on a dense
    panel (1.0 where the density is unknown or the pixels are not small)."""
    if density is None or density < TYPE_SCALE_FROM:
        return 1.0
    return round(min(density / TYPE_DESIGN_DENSITY, TYPE_SCALE_MAX), 2)
