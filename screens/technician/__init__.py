"""Technician mode: a hidden entry (taps in the top-left corner, then the PIN) and the
diagnostic pages. In English only: it is for technicians, and citizens never reach it, so
its texts are not in the Vietnamese translation.

The pages (``screens.technician.mode``) are imported when technician mode first opens: a
kiosk starts without them.
"""

from screens.routes import Route
from screens.technician.entry import HotCorner, PinScreen

TECHNICIAN_SCREENS = frozenset({Route.TECHNICIAN_PIN, Route.TECHNICIAN})

__all__ = ["TECHNICIAN", "TECHNICIAN_PIN", "TECHNICIAN_SCREENS", "HotCorner", "PinScreen"]
