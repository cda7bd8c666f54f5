"""The shapes of the codes the kiosk reads, prints and sends, as regular expressions.

Plain ``re`` and no pydantic: the scanner's classifier reads them, and it is imported before
Home's first paint, before the pydantic models of the catalogue and the outbox are.
"""

from __future__ import annotations

import re

TICKET_NUMBER = r"^[A-Z][0-9]{3,4}$"
"""A queue number: the field's queue prefix and a daily sequence of at least three digits."""
DOSSIER_CODE = r"[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-[0-9]{6}-[0-9]{4,6}"
"""A dossier code as the kiosk and the province write it: the agency (Circular 01/2018/
TT-VPCP's ``V1V2V3.Z1Z2.Y1Y2.MX1X2``, where provinces put letters too: ``000.A0.01.H26``),
the day it was received (``YYMMDD``) and that day's sequence, of 4 to 6 digits."""
EPOCH_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I to misread
EPOCH_LENGTH = 3
LOCAL_REFERENCE = re.compile(
    rf"(?P<kiosk>[A-Za-z0-9._-]{{1,60}})\.(?P<epoch>[{EPOCH_ALPHABET}]{{{EPOCH_LENGTH}}})"
    r"-(?P<day>[0-9]{6})-(?P<sequence>[0-9]{4,})"
)
"""A reference the kiosk gives an item before the province has it (printed on the queued
receipt): the kiosk id, the outbox's epoch, the office day YYMMDD and the series' number."""
APPOINTMENT_CODE = re.compile(r"LH-?([0-9A-Z]{6})", re.IGNORECASE)
"""A booking code as printed on a confirmation: ``LH`` and six letters or digits (a dash may
follow ``LH``; any case)."""


def normal_appointment_code(text: str) -> str | None:
    """A booking code as the province stores it (``LH7K3P9Q``), or None if ``text`` is not
    one (surrounding spaces are forgiven)."""
    found = APPOINTMENT_CODE.fullmatch(text.strip())
    return f"LH{found[1].upper()}" if found else None
