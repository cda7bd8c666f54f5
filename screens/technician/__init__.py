"""Technician mode: a hidden entry (taps in the top-left corner, then the PIN) and the
diagnostic pages. In English only: it is for technicians, and citizens never reach it, so
its texts are not in the Vietnamese translation.

The pages (``screens.technician.mode``) are imported when technician mode first opens: a
kiosk starts without them.
"""

from screens.technician.entry import TECHNICIAN, TECHNICIAN_PIN, HotCorner, PinScreen

TECHNICIAN_SCREENS = frozenset({TECHNICIAN_PIN, TECHNICIAN})

__all__ = ["TECHNICIAN", "TECHNICIAN_PIN", "TECHNICIAN_SCREENS", "HotCorner", "PinScreen"]
