"""Technician mode: a hidden entry (taps in the top-left corner, then the PIN) and the
diagnostic pages. It speaks the kiosk's language like every other screen (Vietnamese unless
English was chosen); what the core reports is translated at the pages' edge
(``screens.technician.parts.translated``).

The pages (``screens.technician.mode``) are imported when technician mode first opens: a
kiosk starts without them.
"""

from screens.routes import Route
from screens.technician.entry import HotCorner, PinScreen

TECHNICIAN_SCREENS = frozenset({Route.TECHNICIAN_PIN, Route.TECHNICIAN})

__all__ = ["TECHNICIAN", "TECHNICIAN_PIN", "TECHNICIAN_SCREENS", "HotCorner", "PinScreen"]
